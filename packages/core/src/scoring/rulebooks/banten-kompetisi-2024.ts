/**
 * Banten provincial innovation competition ("Kompetisi", JARI Banten), as encoded in the
 * province's own application: KIPP-style proposal sections with weights, 1–5 per section, up to
 * five judges. Source: `../shared/domain/regional-apps.md` §6.1 (Tier D: regional code, not a
 * regulation).
 *
 * @module
 */
import { defineRulebook } from '../../rulebook/schema.js';

const BANTEN_CODE = {
  citation:
    'chimeyant/inovasi-banten-server @ 6fc1e96 (InovationIndicatorService.ts) and chimeyant/inovasi-banten-frontend (kompetisi/penilaian/Index.vue): section weights and the 1–5 score per judge',
  url: 'https://github.com/chimeyant/inovasi-banten-server',
  tier: 'D',
  note: 'Regional application code, not the competition guideline. The ranking in that code is (sum of the five judge totals) / 2 with the year 2024 hard-coded; a constant divisor does not change the ranking, so the sum is used here.',
} as const;

const section = (id: string, label: string, en: string, weight: number) => ({
  id,
  label: { id: label, en },
  weight,
  ...(weight === 0 ? { counted: false } : {}),
});

/** Banten "Kompetisi" 2024 scoring template. */
export const bantenKompetisi2024 = defineRulebook({
  id: 'banten-kompetisi-2024',
  title: {
    id: 'Kompetisi Inovasi Provinsi Banten 2024 (templat)',
    en: 'Banten Province Innovation Competition 2024 (template)',
  },
  domain: 'scoring',
  status: 'template',
  statusNote: {
    id: 'Disusun dari kode aplikasi Pemprov Banten (Tier D), bukan dari pedoman resmi.',
    en: "Built from the Banten provincial application's code (Tier D), not from an official guideline.",
  },
  issuer: 'Pemerintah Provinsi Banten',
  legalBasis: [BANTEN_CODE],
  effective: { from: '2024-01-01', to: '2024-12-31' },
  parameters: [
    {
      id: 'banten.rubric',
      title: { id: 'Bobot bagian proposal', en: 'Proposal section weights' },
      values: [
        {
          from: '2024-01-01',
          value: {
            scale: { kind: 'numeric', min: 1, max: 5, step: 1 },
            total: 'weighted-sum',
            weightTotal: 100,
            criteria: [
              section('ringkasan', 'Ringkasan', 'Summary', 0),
              section('latar-belakang', 'Latar Belakang dan Tujuan', 'Background and aims', 10),
              section('kebaruan', 'Kebaruan / Nilai Tambah', 'Novelty / added value', 15),
              section('implementasi', 'Implementasi Inovasi', 'Implementation', 5),
              section('signifikansi', 'Signifikansi', 'Significance', 30),
              section('adaptabilitas', 'Adaptabilitas', 'Adaptability', 20),
              section('sumber-daya', 'Sumber Daya', 'Resources', 5),
              section('keberlanjutan', 'Strategi Keberlanjutan', 'Sustainability strategy', 15),
            ],
          },
          source: BANTEN_CODE,
        },
      ],
    },
    {
      id: 'banten.method',
      title: { id: 'Agregasi antar juri', en: 'Aggregation across judges' },
      values: [
        { from: '2024-01-01', value: { aggregation: { kind: 'sum' } }, source: BANTEN_CODE },
      ],
    },
  ],
  rules: [
    {
      id: 'BANTEN.PENILAIAN',
      kind: 'scoring.stage',
      title: {
        id: 'Penilaian proposal oleh tim pengkaji',
        en: 'Proposal scoring by the review team',
      },
      parameters: { rubric: 'banten.rubric', method: 'banten.method' },
      source: BANTEN_CODE,
    },
  ],
});
