/**
 * Insentif Fiskal, budget year 2024: PMK 125/2023 (previous-year part, clusters A–D) and PMK
 * 43/2024 (current-year part, Rp4 tn: inflation 3 × Rp300 bn, welfare 4 × Rp775 bn, split in
 * proportion to each region's value, tranche-II conditions and deadline). Sources:
 * `../shared/domain/iid-and-incentive.md` §6.9.
 *
 * @module
 */
import { defineRulebook } from '../../rulebook/schema.js';
import { SRC } from './sources.js';

const FROM = '2024-01-01';
const LEVEL_SPLIT_UNKNOWN = {
  id: 'PMK 43/2024 membagi per tingkat (provinsi/kabupaten/kota) lebih dulu; pagu per tingkat tidak ditemukan',
  en: 'PMK 43/2024 splits per level (province/regency/city) first; the pot per level was not found',
};

const SCHEDULE_CURRENT = [
  { share: 0.5, when: { id: 'tahap I', en: 'tranche I' }, source: SRC.PASAL43_26 },
  {
    share: 0.5,
    when: {
      id: 'tahap II: sesudah DJPK menerima rencana penggunaan, laporan penyerapan tahap I minimal 30% dan laporan penyerapan IF 2023 (bagi penerima 2023), paling lambat 29 November 2024 pukul 17.00 WIB',
      en: 'tranche II: once DJPK has the usage plan, the tranche-I absorption report showing at least 30% and the IF 2023 absorption report (for 2023 recipients), by 29 November 2024, 17:00 WIB',
    },
    source: SRC.PASAL43_26,
  },
];

const currentYear = (
  id: string,
  title: { id: string; en: string },
  amount: number,
  period?: string,
) => ({
  id,
  title,
  track: 'current-year' as const,
  ...(period !== undefined ? { period } : {}),
  amount,
  scoreKey: id,
  method: 'proportional' as const,
  splitByLevel: true,
  byLevel: null,
  gated: false,
  schedule: SCHEDULE_CURRENT,
  unknown: [
    LEVEL_SPLIT_UNKNOWN,
    {
      id: 'cara memilih daerah penerima (peringkat) tidak ditemukan: masukkan hanya daerah terpilih dengan nilainya',
      en: 'how recipients are selected (ranking) was not found: give only the selected regions with their values',
    },
  ],
  source: SRC.PASAL43_ALLOC,
});

/** IF 2024: gates and clusters A–D not found in detail; PMK 43/2024 pots and tranche II. */
export const insentifFiskal2024 = defineRulebook({
  id: 'insentif-fiskal-2024',
  title: { id: 'Insentif Fiskal 2024', en: 'Fiscal Incentive 2024' },
  domain: 'incentive',
  status: 'historical',
  issuer: 'Kementerian Keuangan (DJPK)',
  legalBasis: [SRC.JDIH125, SRC.PASAL43_6, SRC.PASAL43_26],
  effective: { from: FROM, to: '2024-12-31' },
  parameters: [
    {
      id: 'if.gate.kriteria-utama',
      title: { id: 'Kriteria utama PMK 125/2023', en: 'PMK 125/2023 gates' },
      values: [
        {
          from: FROM,
          unknown: {
            id: 'PMK 125/2023 memakai kriteria utama, tetapi isinya tidak ada di ringkasan JDIH yang terbaca',
            en: 'PMK 125/2023 uses gates (kriteria utama), but their content is not in the readable JDIH summary',
          },
          source: SRC.JDIH125,
        },
      ],
    },
    {
      id: 'if.clusters',
      title: { id: 'Klaster A–D', en: 'Clusters A–D' },
      values: [
        {
          from: FROM,
          unknown: {
            id: 'alokasi menurut klaster A, B, C dan D; kriteria, porsi dan cara penempatan daerah ke klaster tidak ditemukan',
            en: 'allocation by clusters A, B, C and D; their gates, shares and how regions are placed were not found',
          },
          source: SRC.JDIH125,
        },
      ],
    },
    {
      id: 'if.pots',
      title: { id: 'Pagu Insentif Fiskal 2024', en: 'Fiscal Incentive 2024 pots' },
      unit: 'rupiah',
      values: [
        {
          from: FROM,
          value: [
            {
              id: 'tahun-sebelumnya',
              title: {
                id: 'Kinerja tahun sebelumnya (pengelolaan keuangan, pelayanan dasar, dukungan kebijakan nasional, sinergi kebijakan pemerintah)',
                en: 'Previous-year performance (financial management, basic services, support for national policy, government policy synergy)',
              },
              track: 'previous-year',
              amount: null,
              scoreKey: null,
              method: null,
              splitByLevel: false,
              gated: true,
              schedule: [
                {
                  share: 0.5,
                  when: {
                    id: 'tahap I: Februari, dengan syarat Perda APBD, rencana penggunaan dan laporan penyerapan',
                    en: 'tranche I: February, subject to the Perda APBD, a usage plan and absorption reports',
                  },
                  source: SRC.JDIH125,
                },
                {
                  share: 0.5,
                  when: { id: 'tahap II: Juli', en: 'tranche II: July' },
                  source: SRC.JDIH125,
                },
              ],
              unknown: [
                {
                  id: 'pagu tahun sebelumnya dilaporkan Rp4 triliun (total 8 triliun) dan juga total 7,8 triliun; bobot kategori dan rumus (nilai peningkatan dan capaian terakhir) tidak ditemukan',
                  en: 'the previous-year pot is reported as Rp4 tn (8 tn total) and also as a 7.8 tn total; category weights and formula (improvement and latest achievement) not found',
                },
              ],
              source: SRC.JDIH125,
            },
            currentYear(
              'inflasi-1',
              {
                id: 'Pengendalian inflasi, periode I (mulai Mei 2024)',
                en: 'Inflation control, period I (from May 2024)',
              },
              300_000_000_000,
              'I',
            ),
            currentYear(
              'inflasi-2',
              {
                id: 'Pengendalian inflasi, periode II (mulai Juli 2024)',
                en: 'Inflation control, period II (from July 2024)',
              },
              300_000_000_000,
              'II',
            ),
            currentYear(
              'inflasi-3',
              {
                id: 'Pengendalian inflasi, periode III (mulai Oktober 2024)',
                en: 'Inflation control, period III (from October 2024)',
              },
              300_000_000_000,
              'III',
            ),
            currentYear(
              'kemiskinan-ekstrem',
              { id: 'Penghapusan kemiskinan ekstrem', en: 'Eliminating extreme poverty' },
              775_000_000_000,
            ),
            currentYear(
              'stunting',
              { id: 'Penurunan stunting', en: 'Reducing stunting' },
              775_000_000_000,
            ),
            currentYear(
              'produk-dalam-negeri',
              { id: 'Penggunaan produk dalam negeri', en: 'Use of domestic products' },
              775_000_000_000,
            ),
            currentYear(
              'percepatan-belanja',
              { id: 'Percepatan belanja daerah', en: 'Faster regional spending' },
              775_000_000_000,
            ),
          ],
          source: SRC.PASAL43_6,
        },
      ],
    },
    {
      id: 'if.tranche',
      title: {
        id: 'Syarat penyaluran tahap II (PMK 43/2024 Pasal 26)',
        en: 'Tranche-II conditions (PMK 43/2024 Article 26)',
      },
      values: [
        {
          from: FROM,
          value: {
            shares: [0.5, 0.5],
            minimumAbsorptionPercent: 30,
            deadline: '2024-11-29T17:00:00+07:00',
            requiresUsagePlan: true,
            requiresPreviousYearReport: true,
          },
          source: SRC.PASAL43_26,
        },
      ],
    },
  ],
  rules: [
    {
      id: 'IF.GATE.KRITERIA-UTAMA',
      kind: 'incentive.gate.unspecified',
      title: { id: 'Kriteria utama (PMK 125/2023)', en: 'Gates (PMK 125/2023)' },
      parameters: { requirement: 'if.gate.kriteria-utama' },
      source: SRC.JDIH125,
    },
    {
      id: 'IF.CLUSTERS',
      kind: 'incentive.clusters',
      title: { id: 'Klaster A–D', en: 'Clusters A–D' },
      parameters: { clusters: 'if.clusters' },
      source: SRC.JDIH125,
    },
    {
      id: 'IF.POTS',
      kind: 'incentive.pots',
      title: {
        id: 'Pagu per kategori dan periode (PMK 43/2024 Pasal 6)',
        en: 'Pots per category and period (PMK 43/2024 Article 6)',
      },
      parameters: { pots: 'if.pots' },
      source: SRC.PASAL43_6,
    },
    {
      id: 'IF.TRANCHE',
      kind: 'incentive.tranche',
      title: {
        id: 'Syarat penyaluran tahap II (kinerja tahun berjalan)',
        en: 'Tranche-II conditions (current-year performance)',
      },
      parameters: { conditions: 'if.tranche' },
      source: SRC.PASAL43_26,
      note: {
        id: 'Tahap I 50%; tahap II 50% setelah DJPK menerima rencana penggunaan, laporan penyerapan tahap I minimal 30%, dan laporan penyerapan Insentif Fiskal 2023 bagi penerima 2023; batas 29 November 2024 pukul 17.00 WIB.',
        en: 'Tranche I 50%; tranche II 50% once DJPK has the usage plan, the tranche-I absorption report showing at least 30%, and the IF 2023 absorption report for 2023 recipients; deadline 29 November 2024, 17:00 WIB.',
      },
    },
  ],
});
