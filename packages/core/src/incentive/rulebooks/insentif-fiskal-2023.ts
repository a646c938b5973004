/**
 * Insentif Fiskal, budget year 2023: PMK 208/PMK.07/2022 (previous-year part, Rp4 tn) and PMK
 * 67/2023 with PMK 97/2023 (current-year part, Rp4 tn: inflation in three periods, four welfare
 * categories). Sources: `../shared/domain/iid-and-incentive.md` §6.8.
 *
 * @module
 */
import { defineRulebook } from '../../rulebook/schema.js';
import { SRC, type JsonSource } from './sources.js';

const FROM = '2023-01-01';
const NO_FORMULA = {
  id: 'rumus pembagian per daerah untuk 2023 tidak ditemukan',
  en: 'the 2023 per-region split formula was not found',
};

const currentYear = (
  id: string,
  title: { id: string; en: string },
  amount: number,
  source: JsonSource,
  period?: string,
  schedule?: typeof SCHEDULE_WELFARE,
) => ({
  ...(schedule ? { schedule } : {}),
  id,
  title,
  track: 'current-year' as const,
  ...(period !== undefined ? { period } : {}),
  amount,
  scoreKey: id,
  method: null,
  splitByLevel: false,
  gated: false,
  unknown: [NO_FORMULA],
  source,
});

const SCHEDULE_WELFARE = [
  {
    share: 0.5,
    when: { id: 'tahap I: mulai September 2023', en: 'tranche I: from September 2023' },
    source: SRC.RMOL230930,
  },
  {
    share: 0.5,
    when: {
      id: 'tahap II: sesudah rencana penggunaan dan laporan penyerapan tahap I diterima (batas penyerapan dan tanggal tidak ditemukan)',
      en: 'tranche II: after the usage plan and the tranche-I absorption report are received (threshold and date not found)',
    },
    source: SRC.RMOL230930,
  },
];

const WELFARE = {
  ...SRC.KONTAN231003,
  note: 'Four categories of Rp750 bn (PMK 97/2023, KMK 350/2023); 125 recipients.',
};

/** IF 2023: gates and clusters not found; pots per category and period. */
export const insentifFiskal2023 = defineRulebook({
  id: 'insentif-fiskal-2023',
  title: { id: 'Insentif Fiskal 2023', en: 'Fiscal Incentive 2023' },
  domain: 'incentive',
  status: 'historical',
  issuer: 'Kementerian Keuangan (DJPK)',
  legalBasis: [SRC.MUC208, SRC.KONTAN_8T],
  effective: { from: FROM, to: '2023-12-31' },
  parameters: [
    {
      id: 'if.gate.kriteria-utama',
      title: { id: 'Kriteria utama PMK 208/2022', en: 'PMK 208/2022 gates' },
      values: [
        {
          from: FROM,
          unknown: {
            id: 'kriteria utama, variabel dan bobot PMK 208/PMK.07/2022 tidak ditemukan (ringkasan yang terbaca hanya menyebut nama)',
            en: 'the gates, variables and weights of PMK 208/PMK.07/2022 were not found (the readable summaries give only names)',
          },
          source: SRC.MUC208,
        },
      ],
    },
    {
      id: 'if.clusters',
      title: { id: 'Klaster menurut kapasitas fiskal', en: 'Clusters by fiscal capacity' },
      values: [
        {
          from: FROM,
          unknown: {
            id: 'klaster menurut kapasitas fiskal disebut, tetapi variabel, porsi dan kriterianya tidak ditemukan',
            en: 'clusters by fiscal capacity are mentioned, but their variables, shares and gates were not found',
          },
          source: SRC.MUC208,
        },
      ],
    },
    {
      id: 'if.pots',
      title: { id: 'Pagu Insentif Fiskal 2023', en: 'Fiscal Incentive 2023 pots' },
      unit: 'rupiah',
      values: [
        {
          from: FROM,
          value: [
            {
              id: 'berkinerja-baik',
              title: {
                id: 'Daerah berkinerja baik (tahun sebelumnya)',
                en: 'Good performers (previous year)',
              },
              track: 'previous-year',
              amount: 3_000_000_000_000,
              scoreKey: null,
              method: null,
              splitByLevel: false,
              gated: true,
              unknown: [
                {
                  id: 'kategori, bobot dan rumus PMK 208/2022 tidak ditemukan',
                  en: 'PMK 208/2022 categories, weights and formula not found',
                },
              ],
              source: SRC.KONTAN_8T,
            },
            {
              id: 'tertinggal-berkinerja-baik',
              title: {
                id: 'Daerah tertinggal berkinerja baik',
                en: 'Good-performing underdeveloped regions',
              },
              track: 'previous-year',
              amount: 1_000_000_000_000,
              scoreKey: null,
              method: null,
              splitByLevel: false,
              underdeveloped: true,
              gated: true,
              unknown: [
                {
                  id: 'kategori, bobot dan rumus PMK 208/2022 tidak ditemukan',
                  en: 'PMK 208/2022 categories, weights and formula not found',
                },
              ],
              source: SRC.KONTAN_8T,
            },
            currentYear(
              'inflasi-1',
              { id: 'Pengendalian inflasi, periode I', en: 'Inflation control, period I' },
              330_000_000_000,
              SRC.OKEZONE230731,
              'I',
            ),
            currentYear(
              'inflasi-2',
              {
                id: 'Pengendalian inflasi, periode II (KMK 336/2023)',
                en: 'Inflation control, period II (KMK 336/2023)',
              },
              330_000_000_000,
              SRC.BISNIS231003,
              'II',
            ),
            currentYear(
              'inflasi-3',
              {
                id: 'Pengendalian inflasi, periode III (KMK 400/2023)',
                en: 'Inflation control, period III (KMK 400/2023)',
              },
              340_000_000_000,
              SRC.INDOGRAF23,
              'III',
            ),
            currentYear(
              'kemiskinan-ekstrem',
              { id: 'Penghapusan kemiskinan ekstrem', en: 'Eliminating extreme poverty' },
              750_000_000_000,
              WELFARE,
              undefined,
              SCHEDULE_WELFARE,
            ),
            currentYear(
              'stunting',
              { id: 'Penurunan stunting', en: 'Reducing stunting' },
              750_000_000_000,
              WELFARE,
              undefined,
              SCHEDULE_WELFARE,
            ),
            currentYear(
              'produk-dalam-negeri',
              { id: 'Penggunaan produk dalam negeri', en: 'Use of domestic products' },
              750_000_000_000,
              WELFARE,
              undefined,
              SCHEDULE_WELFARE,
            ),
            currentYear(
              'percepatan-belanja',
              { id: 'Percepatan belanja daerah', en: 'Faster regional spending' },
              750_000_000_000,
              WELFARE,
              undefined,
              SCHEDULE_WELFARE,
            ),
          ],
          source: SRC.KONTAN_8T,
        },
      ],
    },
    {
      id: 'if.tranche',
      title: { id: 'Syarat penyaluran tahap II', en: 'Tranche-II conditions' },
      values: [
        {
          from: FROM,
          unknown: {
            id: '50% mulai September 2023, 50% sesudah rencana penggunaan dan laporan penyerapan tahap I diterima; batas penyerapan dan batas waktu tidak ditemukan',
            en: '50% from September 2023, 50% after the usage plan and the tranche-I absorption report are received; the absorption threshold and the deadline were not found',
          },
          source: SRC.RMOL230930,
        },
      ],
    },
  ],
  rules: [
    {
      id: 'IF.GATE.KRITERIA-UTAMA',
      kind: 'incentive.gate.unspecified',
      title: { id: 'Kriteria utama (PMK 208/2022)', en: 'Gates (PMK 208/2022)' },
      parameters: { requirement: 'if.gate.kriteria-utama' },
      source: SRC.MUC208,
    },
    {
      id: 'IF.CLUSTERS',
      kind: 'incentive.clusters',
      title: { id: 'Klaster', en: 'Clusters' },
      parameters: { clusters: 'if.clusters' },
      source: SRC.MUC208,
    },
    {
      id: 'IF.POTS',
      kind: 'incentive.pots',
      title: { id: 'Pagu per kategori dan periode', en: 'Pots per category and period' },
      parameters: { pots: 'if.pots' },
      source: SRC.KONTAN_8T,
    },
    {
      id: 'IF.TRANCHE',
      kind: 'incentive.tranche',
      title: { id: 'Syarat penyaluran tahap II', en: 'Tranche-II conditions' },
      parameters: { conditions: 'if.tranche' },
      source: SRC.RMOL230930,
    },
  ],
});
