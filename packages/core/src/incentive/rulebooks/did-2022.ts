/**
 * Dana Insentif Daerah, budget year 2022: PMK 160/PMK.07/2021 (previous-year part, Rp4 tn, in
 * clusters A/B/C at 50/35/15 %) and PMK 140 and 170/PMK.07/2022 (current-year part, Rp3 tn in
 * two tranches of Rp1.5 tn). Sources: `../shared/domain/iid-and-incentive.md` §6.7.
 *
 * @module
 */
import { defineRulebook } from '../../rulebook/schema.js';
import { flag, gate, GATE_TITLE, grade, opinion } from './gates.js';
import { SRC } from './sources.js';

const FROM = '2022-01-01';
const CLUSTER_SOURCE = {
  ...SRC.KOMPAS211209,
  note: 'Cluster shares and gates also in Tanya Jawab Akuntansi (DJPb staff) on PMK 160/PMK.07/2021.',
};
const PREVIOUS_YEAR = 4_000_000_000_000;
const CATEGORY_WEIGHTS_UNKNOWN = {
  id: 'bobot per kategori dalam tabel DJPK tidak terbaca; alur: pagu klaster → kriteria utama → indeks per kategori → persentase per kategori → alokasi per kategori → alokasi per daerah',
  en: 'the per-category weights in the DJPK table were not readable; flow: cluster pot → gates → per-category index → share per category → per-category allocation → per-region allocation',
};

const clusterPot = (cluster: 'A' | 'B' | 'C', share: number) => ({
  id: `klaster-${cluster.toLowerCase()}`,
  title: {
    id: `Kinerja tahun sebelumnya, klaster ${cluster}`,
    en: `Previous-year performance, cluster ${cluster}`,
  },
  track: 'previous-year' as const,
  amount: Math.round(PREVIOUS_YEAR * share),
  scoreKey: null,
  method: null,
  splitByLevel: false,
  cluster,
  gated: true,
  unknown: [CATEGORY_WEIGHTS_UNKNOWN],
  source: { ...CLUSTER_SOURCE, note: `${share * 100} % of Rp4 tn.` },
});

const gate2022 = (
  rule: string,
  parameter: string,
  title: { id: string; en: string },
  requirement: Parameters<typeof gate>[0]['requirement'],
) => gate({ rule, parameter, title, from: FROM, requirement, source: CLUSTER_SOURCE });

const GATES = [
  gate2022(
    'DID.GATE.WTP-5Y',
    'did.gate.wtp-5y',
    { id: 'WTP 5 tahun berturut-turut (klaster A)', en: 'WTP for 5 consecutive years (cluster A)' },
    opinion(['WTP'], 5),
  ),
  gate2022(
    'DID.GATE.WTP-1Y',
    'did.gate.wtp-1y',
    { id: 'WTP tahun terakhir (klaster B)', en: 'WTP in the last year (cluster B)' },
    opinion(['WTP'], 1),
  ),
  gate2022('DID.GATE.APBD', 'did.gate.apbd-on-time', GATE_TITLE.apbd, flag('apbdOnTime')),
  gate2022(
    'DID.GATE.EPROC-B',
    'did.gate.e-procurement-grade',
    { id: 'Nilai e-procurement minimal B', en: 'E-procurement grade at least B' },
    grade('B'),
  ),
  gate2022('DID.GATE.EBUDGET', 'did.gate.e-budgeting', GATE_TITLE.eBudgeting, flag('eBudgeting')),
  gate2022('DID.GATE.PTSP', 'did.gate.ptsp', GATE_TITLE.ptsp, flag('ptspAvailable')),
];

const GATES_A = [
  'DID.GATE.WTP-5Y',
  'DID.GATE.APBD',
  'DID.GATE.EPROC-B',
  'DID.GATE.EBUDGET',
  'DID.GATE.PTSP',
];
const GATES_B = [
  'DID.GATE.WTP-1Y',
  'DID.GATE.APBD',
  'DID.GATE.EPROC-B',
  'DID.GATE.EBUDGET',
  'DID.GATE.PTSP',
];

/** DID 2022: clusters A/B/C with their gates; previous-year and current-year pots. */
export const did2022 = defineRulebook({
  id: 'did-2022',
  title: { id: 'Dana Insentif Daerah 2022', en: 'Regional Incentive Fund (DID) 2022' },
  domain: 'incentive',
  status: 'historical',
  issuer: 'Kementerian Keuangan (DJPK)',
  legalBasis: [SRC.PMK160, SRC.INFOBANK22],
  effective: { from: FROM, to: '2022-12-31' },
  parameters: [
    ...GATES.map((g) => g.parameter),
    {
      id: 'did.clusters',
      title: { id: 'Klaster DID 2022', en: 'DID 2022 clusters' },
      values: [
        {
          from: FROM,
          value: {
            clusters: [
              { id: 'A', title: { id: 'Klaster A', en: 'Cluster A' }, share: 0.5, gates: GATES_A },
              { id: 'B', title: { id: 'Klaster B', en: 'Cluster B' }, share: 0.35, gates: GATES_B },
              {
                id: 'C',
                title: { id: 'Klaster C (tanpa kriteria utama)', en: 'Cluster C (no gates)' },
                share: 0.15,
                gates: [],
              },
            ],
          },
          source: CLUSTER_SOURCE,
        },
      ],
    },
    {
      id: 'did.pots',
      title: { id: 'Pagu DID 2022', en: 'DID 2022 pots' },
      unit: 'rupiah',
      values: [
        {
          from: FROM,
          value: [
            clusterPot('A', 0.5),
            clusterPot('B', 0.35),
            clusterPot('C', 0.15),
            {
              id: 'tahun-berjalan-1',
              title: {
                id: 'Kinerja tahun berjalan, tahap 1 (PMK 140/PMK.07/2022)',
                en: 'Current-year performance, tranche 1 (PMK 140/PMK.07/2022)',
              },
              track: 'current-year',
              period: '1',
              amount: 1_500_000_000_000,
              scoreKey: null,
              method: null,
              splitByLevel: true,
              byLevel: null,
              gated: false,
              unknown: [
                {
                  id: 'pagu per kategori (PDN/UMK, percepatan belanja, vaksinasi, kemiskinan/pengangguran/stunting, inflasi) tidak ditemukan; kategori inflasi: 10 provinsi, 15 kota dan 15 kabupaten terbaik',
                  en: 'the pot per category (domestic products, faster spending, vaccination, poverty/unemployment/stunting, inflation) was not found; inflation category: best 10 provinces, 15 cities and 15 regencies',
                },
              ],
              source: SRC.INFOBANK22,
            },
            {
              id: 'tahun-berjalan-2',
              title: {
                id: 'Kinerja tahun berjalan, tahap 2 (PMK 170/PMK.07/2022)',
                en: 'Current-year performance, tranche 2 (PMK 170/PMK.07/2022)',
              },
              track: 'current-year',
              period: '2',
              amount: 1_500_000_000_000,
              scoreKey: null,
              method: null,
              splitByLevel: false,
              gated: false,
              unknown: [
                {
                  id: 'bobot kategori PMK 170/2022 (dilaporkan inflasi 31 dan lainnya 23) belum diverifikasi; rumus tidak ditemukan',
                  en: 'the PMK 170/2022 category weights (reported as inflation 31, others 23) are not verified; formula not found',
                },
              ],
              source: SRC.TEMPO22,
            },
          ],
          source: CLUSTER_SOURCE,
        },
      ],
    },
  ],
  rules: [
    ...GATES.map((g) => g.rule),
    {
      id: 'DID.CLUSTERS',
      kind: 'incentive.clusters',
      title: { id: 'Klaster A/B/C', en: 'Clusters A/B/C' },
      parameters: { clusters: 'did.clusters' },
      source: CLUSTER_SOURCE,
    },
    {
      id: 'DID.POTS',
      kind: 'incentive.pots',
      title: { id: 'Pagu DID 2022', en: 'DID 2022 pots' },
      parameters: { pots: 'did.pots' },
      source: CLUSTER_SOURCE,
    },
  ],
});
