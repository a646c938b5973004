/**
 * Insentif Fiskal, budget year 2025: PMK 91/2024 (11 Nov 2024). Gates: the BPK opinion and a
 * timely APBD; then the best-ranked regions per category in each cluster; the two normalisation
 * formulas of Lampiran A. Rp6 tn = Rp4 tn previous-year + Rp2 tn current-year. Sources:
 * `../shared/domain/iid-and-incentive.md` §6.10.
 *
 * @module
 */
import { defineRulebook } from '../../rulebook/schema.js';
import { SRC } from './sources.js';

const FROM = '2024-11-11';
const RANKED = {
  id: 'dialokasikan kepada provinsi/kabupaten/kota peringkat terbaik per kategori dalam setiap klaster; jumlah penerima, pagu per kategori dan klaster, serta agregasi nilai sesudah normalisasi (Lampiran A) tidak ditemukan',
  en: 'allocated to the best-ranked provinces/regencies/cities per category in each cluster; the number of recipients, the pots per category and cluster, and the aggregation after normalisation (Lampiran A) were not found',
};

/** IF 2025: opinion level, clusters and aggregation not found; normalisation formulas known. */
export const insentifFiskal2025 = defineRulebook({
  id: 'insentif-fiskal-2025',
  title: { id: 'Insentif Fiskal 2025', en: 'Fiscal Incentive 2025' },
  domain: 'incentive',
  status: 'historical',
  issuer: 'Kementerian Keuangan (DJPK)',
  legalBasis: [SRC.DDTC91, SRC.PASAL91_32],
  effective: { from: FROM, to: '2025-12-31' },
  parameters: [
    {
      id: 'if.gate.audit-opinion',
      title: { id: 'Opini BPK atas LKPD', en: 'BPK opinion on the LKPD' },
      values: [
        {
          from: FROM,
          unknown: {
            id: 'opini BPK adalah saringan, tetapi opini mana yang lolos (WTP saja atau juga WDP) dan untuk berapa tahun tidak ditemukan',
            en: 'the BPK opinion is a filter, but which opinions pass (WTP only, or WDP too) and for how many years was not found',
          },
          source: SRC.BERKAT25,
        },
      ],
    },
    {
      id: 'if.gate.apbd-on-time',
      title: { id: 'APBD tepat waktu', en: 'Timely APBD' },
      values: [{ from: FROM, value: { indicator: 'apbdOnTime' }, source: SRC.BERKAT25 }],
    },
    {
      id: 'if.clusters',
      title: { id: 'Klaster', en: 'Clusters' },
      values: [
        {
          from: FROM,
          unknown: {
            id: 'klaster PMK 91/2024 dan kriterianya tidak ditemukan',
            en: 'the PMK 91/2024 clusters and their criteria were not found',
          },
          source: SRC.BERKAT25,
        },
      ],
    },
    {
      id: 'if.normalisation',
      title: { id: 'Rumus normalisasi (Lampiran A)', en: 'Normalisation formulas (Lampiran A)' },
      values: [
        {
          from: FROM,
          value: { improvement: 'pmk-91-2024', minMax: 'pmk-91-2024-plus-one' },
          source: {
            ...SRC.PASAL91_32,
            note: 'As printed, the +1 sits outside the min-max fraction; check the operator precedence against the PDF.',
          },
        },
      ],
    },
    {
      id: 'if.pots',
      title: { id: 'Pagu Insentif Fiskal 2025', en: 'Fiscal Incentive 2025 pots' },
      unit: 'rupiah',
      values: [
        {
          from: FROM,
          value: [
            {
              id: 'tahun-sebelumnya',
              title: { id: 'Kinerja tahun sebelumnya', en: 'Previous-year performance' },
              track: 'previous-year',
              amount: 4_000_000_000_000,
              scoreKey: null,
              method: null,
              splitByLevel: true,
              byLevel: null,
              gated: true,
              unknown: [RANKED],
              source: SRC.BERKAT25,
            },
            {
              id: 'tahun-berjalan',
              title: {
                id: 'Kinerja tahun berjalan (dukungan sasaran prioritas nasional)',
                en: 'Current-year performance (support for national priority targets)',
              },
              track: 'current-year',
              amount: 2_000_000_000_000,
              scoreKey: null,
              method: null,
              splitByLevel: false,
              gated: false,
              unknown: [
                {
                  id: 'kategori, pagu per kategori dan rumus tidak ditemukan (KMK 330/2025: stunting Rp300 miliar untuk 50 daerah)',
                  en: 'categories, pots per category and formula not found (KMK 330/2025: stunting Rp300 bn to 50 regions)',
                },
              ],
              source: {
                ...SRC.BABE26,
                note: 'Perpres 201/2024 sets the 2025 current-year incentive at Rp2 tn.',
              },
            },
          ],
          source: SRC.BERKAT25,
        },
      ],
    },
  ],
  rules: [
    {
      id: 'IF.GATE.OPINION',
      kind: 'incentive.gate.audit-opinion',
      title: { id: 'Opini BPK atas LKPD', en: 'BPK opinion on the LKPD' },
      parameters: { requirement: 'if.gate.audit-opinion' },
      source: SRC.BERKAT25,
    },
    {
      id: 'IF.GATE.APBD',
      kind: 'incentive.gate.flag',
      title: { id: 'APBD tepat waktu', en: 'Timely APBD' },
      parameters: { requirement: 'if.gate.apbd-on-time' },
      source: SRC.BERKAT25,
    },
    {
      id: 'IF.CLUSTERS',
      kind: 'incentive.clusters',
      title: { id: 'Klaster', en: 'Clusters' },
      parameters: { clusters: 'if.clusters' },
      source: SRC.BERKAT25,
    },
    {
      id: 'IF.NORMALISATION',
      kind: 'incentive.normalisation',
      title: {
        id: 'Normalisasi nilai (PMK 91/2024 Lampiran A)',
        en: 'Score normalisation (PMK 91/2024 Lampiran A)',
      },
      parameters: { formulas: 'if.normalisation' },
      source: SRC.PASAL91_32,
    },
    {
      id: 'IF.POTS',
      kind: 'incentive.pots',
      title: { id: 'Pagu per jalur', en: 'Pots per track' },
      parameters: { pots: 'if.pots' },
      source: SRC.BERKAT25,
    },
  ],
});
