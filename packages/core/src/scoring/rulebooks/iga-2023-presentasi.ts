/**
 * Innovative Government Award 2023 (Kemendagri/BSKDN): the weights of the presentation stage.
 * Source: `../shared/domain/iid-and-incentive.md` §5.2 (official BSKDN page). The score scale
 * of each aspect is not in the source, so it stays unknown: extend this rulebook with a
 * `iga-2023.presentation.scale` parameter to run it.
 *
 * @module
 */
import { defineRulebook } from '../../rulebook/schema.js';

const BSKDN_2023 = {
  citation: 'BSKDN Kemendagri, presentation weights of the Innovative Government Award 2023',
  url: 'https://bskdn.kemendagri.go.id/website/?p=20362',
  tier: 'A',
} as const;

/** IGA 2023 presentation stage. */
export const iga2023Presentasi = defineRulebook({
  id: 'iga-2023-presentasi',
  title: {
    id: 'Innovative Government Award 2023 — tahap presentasi',
    en: 'Innovative Government Award 2023 — presentation stage',
  },
  domain: 'scoring',
  status: 'historical',
  issuer: 'BSKDN Kementerian Dalam Negeri',
  legalBasis: [BSKDN_2023],
  effective: { from: '2023-09-25', to: '2023-12-31' },
  parameters: [
    {
      id: 'iga-2023.presentation.rubric',
      title: { id: 'Bobot aspek presentasi', en: 'Presentation aspect weights' },
      values: [
        {
          from: '2023-09-25',
          value: {
            total: 'percent',
            weightTotal: 100,
            criteria: [
              { id: 'kebaharuan', label: { id: 'Kebaharuan', en: 'Novelty' }, weight: 30 },
              { id: 'kemanfaatan', label: { id: 'Kemanfaatan', en: 'Benefit' }, weight: 25 },
              {
                id: 'kewenangan-kolaborasi',
                label: {
                  id: 'Kewenangan daerah & kolaborasi',
                  en: "Region's authority & collaboration",
                },
                weight: 15,
              },
              {
                id: 'replikasi-aplikatif',
                label: { id: 'Replikasi & aplikatif', en: 'Replicability & applicability' },
                weight: 20,
              },
              {
                id: 'penguasaan-materi',
                label: {
                  id: 'Penguasaan materi / kualitas penyajian',
                  en: 'Mastery of material / presentation quality',
                },
                weight: 10,
              },
            ],
          },
          source: BSKDN_2023,
        },
      ],
    },
    {
      id: 'iga-2023.presentation.scale',
      title: { id: 'Skala nilai tiap aspek', en: 'Score scale of each aspect' },
      values: [
        {
          from: '2023-09-25',
          unknown: {
            id: 'Skala nilai per aspek presentasi IGA 2023 tidak disebut di sumber (hanya bobotnya). Tambahkan lewat rulebook turunan.',
            en: 'The score scale of each IGA 2023 presentation aspect is not in the source (only the weights). Add it in a rulebook that extends this one.',
          },
          source: BSKDN_2023,
        },
      ],
    },
  ],
  rules: [
    {
      id: 'IGA.PRESENTASI',
      kind: 'scoring.stage',
      title: { id: 'Presentasi kepala daerah', en: "Regional head's presentation" },
      parameters: { rubric: 'iga-2023.presentation.rubric', scale: 'iga-2023.presentation.scale' },
      source: BSKDN_2023,
    },
  ],
});
