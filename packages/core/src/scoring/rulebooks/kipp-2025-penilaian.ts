/**
 * KIPP 2025 (the 11th edition): desk evaluation by the Tim Evaluasi. The only published number
 * is the passing grade (≥ 85); the rubric, its weights and scale are not public, so they stay
 * unknown and every entry needs human review until an overlay supplies them. Source:
 * `../shared/domain/kipp.md` §4.4.
 *
 * @module
 */
import { defineRulebook } from '../../rulebook/schema.js';

const PASSING_2025 = {
  citation:
    'suaraborneo.id, "2.116 Inovasi Lolos Seleksi KIPP 2025" (Jul 2025); kabar24.id (2025): TE peer review, passing grade ≥ 85',
  url: 'https://www.suaraborneo.id/2025/07/2116-inovasi-lolos-seleksi-kipp-2025.html',
  tier: 'B',
  note: 'The scale is not stated (presumably 0–100). Already-replicated innovations are said to get priority; how is not published.',
} as const;

const PEDOMAN_2025 = {
  citation: 'Pedoman MenPANRB Nomor 4 Tahun 2025 (one source says 5/2025)',
  tier: 'A',
  note: 'The annex with the scoring rubric could not be read.',
} as const;

/** KIPP 2025 desk evaluation. */
export const kipp2025Penilaian = defineRulebook({
  id: 'kipp-2025-penilaian',
  title: {
    id: 'KIPP 2025 — penilaian proposal oleh Tim Evaluasi',
    en: 'KIPP 2025 — proposal evaluation by the Tim Evaluasi',
  },
  domain: 'scoring',
  status: 'historical',
  issuer: 'Kementerian PANRB',
  legalBasis: [PEDOMAN_2025],
  effective: { from: '2025-01-01', to: '2025-12-31' },
  parameters: [
    {
      id: 'kipp-2025.te.rubric',
      title: { id: 'Rubrik penilaian proposal', en: 'Proposal rubric' },
      values: [
        {
          from: '2025-01-01',
          unknown: {
            id: 'Kriteria, bobot dan skala penilaian TE KIPP 2025 ada di lampiran Pedoman MenPANRB 4/2025 yang tidak terbaca; hanya nilai ambang ≥ 85 yang diketahui.',
            en: 'The TE criteria, weights and scale for KIPP 2025 are in the unread annex of Pedoman MenPANRB 4/2025; only the passing grade ≥ 85 is known.',
          },
          source: PEDOMAN_2025,
        },
      ],
    },
    {
      id: 'kipp-2025.te.advancement',
      title: { id: 'Nilai ambang', en: 'Passing grade' },
      values: [
        {
          from: '2025-01-01',
          value: { rule: { kind: 'passing-grade', min: 85 } },
          source: PASSING_2025,
        },
      ],
    },
  ],
  rules: [
    {
      id: 'KIPP.TE',
      kind: 'scoring.stage',
      title: { id: 'Penilaian proposal (Tim Evaluasi)', en: 'Proposal evaluation (Tim Evaluasi)' },
      parameters: { rubric: 'kipp-2025.te.rubric', advancement: 'kipp-2025.te.advancement' },
      source: PASSING_2025,
    },
  ],
});
