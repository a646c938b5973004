/**
 * The Cilegon demo's scoring overlay: the city's own innovation selection of 2026, written as an
 * overlay on `banten-kompetisi-2024` (the province's section weights, Tier D). Everything the
 * city adds — the percent total, N/A for the implementation section of trial-stage
 * innovations, the floor on significance, the shortlist of six with one governance seat, and the
 * presentation stage — is INVENTED FOR THE DEMO (Tier D), not a real decree of Kota Cilegon.
 *
 * @module
 */

const DEMO = {
  citation: 'Invented for the inovasi desk demo (not a real decree of Kota Cilegon)',
  tier: 'D',
  note: 'Sample data. A real overlay cites the real decree (number, year, article).',
} as const;

const BANTEN = {
  citation:
    'chimeyant/inovasi-banten-server @ 6fc1e96 (InovationIndicatorService.ts): section weights',
  url: 'https://github.com/chimeyant/inovasi-banten-server',
  tier: 'D',
  note: "The section weights are the province's; the city's sample overlay keeps them.",
} as const;

const section = (id: string, label: string, en: string, weight: number, extra = {}) => ({
  id,
  label: { id: label, en },
  weight,
  ...(weight === 0 ? { counted: false } : {}),
  ...extra,
});

/** Id of the demo overlay. */
export const DEMO_SCORING_RULEBOOK = 'cilegon-seleksi-2026';

/** The overlay document (JSON-compatible, validated by the kernel when a registry takes it). */
export const cilegonSeleksi2026 = {
  id: DEMO_SCORING_RULEBOOK,
  extends: 'banten-kompetisi-2024',
  title: {
    id: 'Seleksi Inovasi Kota Cilegon 2026 (contoh)',
    en: 'Cilegon City innovation selection 2026 (example)',
  },
  domain: 'scoring',
  status: 'in-force',
  issuer: 'Bappeda Kota Cilegon (contoh / example)',
  legalBasis: [DEMO],
  effective: { from: '2026-01-01', to: '2026-12-31' },
  parameters: [
    {
      id: 'cilegon.seleksi.rubric',
      title: { id: 'Rubrik seleksi proposal', en: 'Proposal selection rubric' },
      values: [
        {
          from: '2026-01-01',
          value: {
            scale: { kind: 'numeric', min: 1, max: 5, step: 1 },
            total: 'percent',
            weightTotal: 100,
            criteria: [
              section('ringkasan', 'Ringkasan', 'Summary', 0),
              section('latar-belakang', 'Latar Belakang dan Tujuan', 'Background and aims', 10),
              section('kebaruan', 'Kebaruan / Nilai Tambah', 'Novelty / added value', 15),
              section('implementasi', 'Implementasi Inovasi', 'Implementation', 5, {
                allowNotApplicable: true,
              }),
              section('signifikansi', 'Signifikansi', 'Significance', 30, { minimum: 2 }),
              section('adaptabilitas', 'Adaptabilitas', 'Adaptability', 20),
              section('sumber-daya', 'Sumber Daya', 'Resources', 5),
              section('keberlanjutan', 'Strategi Keberlanjutan', 'Sustainability strategy', 15),
            ],
          },
          source: BANTEN,
        },
      ],
    },
    {
      id: 'cilegon.seleksi.method',
      title: { id: 'Cara menggabungkan nilai juri', en: 'How judges’ scores combine' },
      values: [
        {
          from: '2026-01-01',
          value: {
            aggregation: { kind: 'mean' },
            minimumSheets: 2,
            conflicts: { sameAgency: true, sameRegion: false },
          },
          source: DEMO,
        },
      ],
    },
    {
      id: 'cilegon.seleksi.advancement',
      title: { id: 'Yang lolos ke presentasi', en: 'Who goes on to the presentation' },
      values: [
        {
          from: '2026-01-01',
          value: {
            rule: { kind: 'top', n: 6 },
            borderline: 2,
            quotas: [
              {
                id: 'tata-kelola',
                label: { id: 'Kursi tata kelola pemerintahan', en: 'Governance seat' },
                field: 'category',
                value: 'tata-kelola-pemerintahan',
                min: 1,
              },
            ],
          },
          source: DEMO,
        },
      ],
    },
    {
      id: 'cilegon.presentasi.rubric',
      title: { id: 'Rubrik presentasi', en: 'Presentation rubric' },
      values: [
        {
          from: '2026-01-01',
          value: {
            scale: { kind: 'numeric', min: 1, max: 5, step: 1 },
            total: 'percent',
            criteria: [
              section('penguasaan', 'Penguasaan materi', 'Command of the subject', 40),
              section('dampak', 'Bukti dampak', 'Evidence of impact', 40),
              section('replikasi', 'Kesiapan replikasi', 'Readiness to be replicated', 20),
            ],
          },
          source: DEMO,
        },
      ],
    },
    {
      id: 'cilegon.presentasi.combine',
      title: { id: 'Nilai akhir', en: 'Final score' },
      values: [
        {
          from: '2026-01-01',
          value: { own: 0.4, from: [{ stage: 'CILEGON.SELEKSI', weight: 0.6 }] },
          source: DEMO,
        },
      ],
    },
    {
      id: 'cilegon.presentasi.advancement',
      title: { id: 'Yang dibina menuju KIPP', en: 'Who is coached towards KIPP' },
      values: [
        { from: '2026-01-01', value: { rule: { kind: 'top', n: 3 }, borderline: 2 }, source: DEMO },
      ],
    },
  ],
  rules: [
    {
      id: 'CILEGON.SELEKSI',
      kind: 'scoring.stage',
      title: { id: 'Seleksi proposal', en: 'Proposal selection' },
      parameters: {
        rubric: 'cilegon.seleksi.rubric',
        method: 'cilegon.seleksi.method',
        advancement: 'cilegon.seleksi.advancement',
      },
      source: DEMO,
    },
    {
      id: 'CILEGON.PRESENTASI',
      kind: 'scoring.stage',
      title: { id: 'Presentasi dan wawancara', en: 'Presentation and interview' },
      parameters: {
        rubric: 'cilegon.presentasi.rubric',
        method: 'cilegon.seleksi.method',
        combine: 'cilegon.presentasi.combine',
        advancement: 'cilegon.presentasi.advancement',
      },
      source: DEMO,
    },
  ],
  disable: { rules: ['BANTEN.PENILAIAN'] },
} as const;
