/**
 * Kota Metro 2027 local innovation competition, stage 1 ("penilaian judul"): six criteria with
 * weights 5/5/4/3/2/2 and three levels each (maximum 63), three judges. Source:
 * `../shared/domain/regional-apps.md` §6.3 (an unattributed seed SQL file: Tier D).
 *
 * @module
 */
import { defineRulebook } from '../../rulebook/schema.js';

const METRO_SEED = {
  citation: 'Kota Metro 2027 seed SQL (unattributed public file): "penilaian judul" criteria',
  tier: 'D',
  note: 'The file could not be tied to a repository. The descriptive text of the three levels is not recorded in the research notes, so the levels are numbered 1–3.',
} as const;

const criterion = (id: string, label: string, en: string, weight: number) => ({
  id,
  label: { id: label, en },
  weight,
});

/** Kota Metro 2027 title stage. */
export const kotaMetro2027Judul = defineRulebook({
  id: 'kota-metro-2027-judul',
  title: {
    id: 'Lomba Inovasi Kota Metro 2027 — penilaian judul (templat)',
    en: 'Kota Metro Innovation Contest 2027 — title stage (template)',
  },
  domain: 'scoring',
  status: 'template',
  issuer: 'Pemerintah Kota Metro',
  legalBasis: [METRO_SEED],
  effective: { from: '2027-01-01', to: '2027-12-31' },
  parameters: [
    {
      id: 'metro.judul.rubric',
      title: { id: 'Kriteria penilaian judul', en: 'Title-stage criteria' },
      values: [
        {
          from: '2027-01-01',
          value: {
            scale: { kind: 'numeric', min: 1, max: 3, step: 1 },
            total: 'weighted-sum',
            weightTotal: 21,
            criteria: [
              criterion('kebaruan', 'Kebaruan & Orisinalitas', 'Novelty & originality', 5),
              criterion('relevansi', 'Relevansi & Dampak', 'Relevance & impact', 5),
              criterion(
                'kelayakan',
                'Kelayakan & Kemudahan Implementasi',
                'Feasibility & ease of implementation',
                4,
              ),
              criterion('keberlanjutan', 'Keberlanjutan', 'Sustainability', 3),
              criterion('kolaborasi', 'Kolaborasi', 'Collaboration', 2),
              criterion(
                'dokumentasi',
                'Dokumentasi & Presentasi',
                'Documentation & presentation',
                2,
              ),
            ],
          },
          source: METRO_SEED,
        },
      ],
    },
  ],
  rules: [
    {
      id: 'METRO.JUDUL',
      kind: 'scoring.stage',
      title: { id: 'Penilaian judul (3 juri)', en: 'Title stage (3 judges)' },
      parameters: { rubric: 'metro.judul.rubric' },
      source: METRO_SEED,
      note: {
        id: 'Tahap 2 (penilaian SID oleh juri lain) memakai indikator IID, bukan rubrik ini.',
        en: 'Stage 2 (SID scoring by other judges) uses the IID indicators, not this rubric.',
      },
    },
  ],
});
