/**
 * DID Tambahan 2020 (COVID-19), PMK 87/PMK.07/2020, period I: a health variable (gates: timely
 * APBD adjustment and COVID-19 reports; a performance score of at least 76, grade B) and a
 * regional-innovation variable (fixed prizes for the winners of Kemendagri's Lomba Inovasi
 * Daerah Tatanan Normal Baru: Juara I Rp3 bn, II Rp2 bn, III Rp1 bn). The only formula-level
 * link between a Kemendagri innovation contest and the incentive that the research found.
 * Sources: `../shared/domain/iid-and-incentive.md` §6.5, §9.
 *
 * @module
 */
import { defineRulebook } from '../../rulebook/schema.js';
import { flag, gate } from './gates.js';
import { SRC } from './sources.js';

const FROM = '2020-07-20';

const GATES = [
  gate({
    rule: 'DIDT.GATE.APBD-ADJUSTMENT',
    parameter: 'didt.gate.apbd-adjustment',
    title: {
      id: 'Laporan penyesuaian APBD 2020 tepat waktu',
      en: 'Timely 2020 APBD adjustment report',
    },
    from: FROM,
    requirement: flag('apbdAdjustmentOnTime'),
    source: SRC.DJPK_KB,
  }),
  gate({
    rule: 'DIDT.GATE.COVID-REPORTS',
    parameter: 'didt.gate.covid-reports',
    title: {
      id: 'Laporan belanja kesehatan dan bansos COVID-19 tepat waktu',
      en: 'Timely COVID-19 health and social-aid reports',
    },
    from: FROM,
    requirement: flag('covidReportsOnTime'),
    source: SRC.DJPK_KB,
  }),
];

/** DID Tambahan 2020, period I: health variable gates and threshold, innovation prizes. */
export const did2020Tambahan = defineRulebook({
  id: 'did-2020-tambahan',
  title: { id: 'DID Tambahan 2020 (periode I)', en: 'Additional DID 2020 (period I)' },
  domain: 'incentive',
  status: 'historical',
  statusNote: {
    id: 'Periode II dan III (PMK 114/2020 dan 151/2020) tidak dikodekan: rinciannya tidak ditemukan.',
    en: 'Periods II and III (PMK 114/2020 and 151/2020) are not encoded: their detail was not found.',
  },
  issuer: 'Kementerian Keuangan (DJPK)',
  legalBasis: [SRC.BISNIS200720, SRC.DJPK_KB],
  effective: { from: FROM, to: '2020-12-31' },
  parameters: [
    ...GATES.map((g) => g.parameter),
    {
      id: 'didt.gate.health-score',
      title: { id: 'Nilai kinerja kesehatan minimal', en: 'Minimum health performance score' },
      values: [
        {
          from: FROM,
          value: {
            scoreKey: 'kesehatan',
            minimum: 76,
            label: {
              id: 'nilai kinerja variabel kesehatan',
              en: 'the health-variable performance score',
            },
          },
          source: {
            ...SRC.DJPK_KB,
            note: 'Eligible when the gates are met and the score is at least 76 (grade B).',
          },
        },
      ],
    },
    {
      id: 'didt.pots',
      title: { id: 'Pagu DID Tambahan periode I', en: 'Additional DID period I pots' },
      unit: 'rupiah',
      values: [
        {
          from: FROM,
          value: [
            {
              id: 'kesehatan',
              title: {
                id: 'Variabel kesehatan (zona hijau, perubahan zona, skor epidemiologi)',
                en: 'Health variable (green zone, zone change, epidemiology score)',
              },
              track: 'current-year',
              period: 'I',
              amount: 1_750_000_000_000,
              scoreKey: 'kesehatan',
              method: null,
              splitByLevel: false,
              gated: true,
              unknown: [
                {
                  id: 'rumus pembagian per daerah tidak ditemukan',
                  en: 'the per-region split formula was not found',
                },
              ],
              source: {
                ...SRC.DJPK_KB,
                note: 'The performance part of period I was Rp1.75 tn (period I total Rp1.91 tn).',
              },
            },
            {
              id: 'inovasi-daerah',
              title: {
                id: 'Variabel inovasi daerah: pemenang Lomba Inovasi Daerah Tatanan Normal Baru (Kepmendagri)',
                en: 'Regional-innovation variable: winners of the New Normal Regional Innovation Contest (Kepmendagri)',
              },
              track: 'current-year',
              period: 'I',
              amount: 168_000_000_000,
              scoreKey: 'lomba-inovasi-new-normal',
              method: 'fixed-by-rank',
              prizes: { '1': 3_000_000_000, '2': 2_000_000_000, '3': 1_000_000_000 },
              splitByLevel: false,
              gated: false,
              unknown: [
                {
                  id: 'juara per kategori lomba ditetapkan Kepmendagri; 47 daerah menerima Rp168 miliar (provinsi Rp42 miliar, kabupaten/kota Rp126 miliar)',
                  en: 'winners per contest category are set by Kepmendagri; 47 regions received Rp168 bn (provinces Rp42 bn, regencies/cities Rp126 bn)',
                },
              ],
              source: SRC.DJPK_KB,
            },
          ],
          source: SRC.DJPK_KB,
        },
      ],
    },
  ],
  rules: [
    ...GATES.map((g) => g.rule),
    {
      id: 'DIDT.GATE.HEALTH-SCORE',
      kind: 'incentive.gate.minimum-score',
      title: {
        id: 'Nilai kinerja kesehatan minimal 76 (B)',
        en: 'Health performance score at least 76 (B)',
      },
      parameters: { requirement: 'didt.gate.health-score' },
      source: SRC.DJPK_KB,
    },
    {
      id: 'DIDT.POTS',
      kind: 'incentive.pots',
      title: { id: 'Pagu periode I', en: 'Period I pots' },
      parameters: { pots: 'didt.pots' },
      source: SRC.DJPK_KB,
    },
  ],
});
