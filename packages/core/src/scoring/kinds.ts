/**
 * The scoring rule kind: each `scoring.stage` rule of a rulebook is one stage of the pipeline,
 * in rulebook order. Its parameters are the stage's rubric, method, combination with earlier
 * stages, advancement rule (with quotas) and tie-break chain.
 *
 * @module
 */
import type { RuleKindSpec } from '../rulebook/index.js';
import {
  AdvancementSchema,
  CombineSchema,
  RubricSchema,
  ScaleSchema,
  StageMethodSchema,
  TieBreaksSchema,
} from './schema.js';

/** The stage rule kind. */
export const stageKind: RuleKindSpec = {
  kind: 'scoring.stage',
  domain: 'scoring',
  title: { id: 'Tahap penilaian', en: 'Judging stage' },
  slots: {
    rubric: {
      schema: RubricSchema,
      required: false,
      description: {
        id: 'Rubrik tahap ini: kriteria, bobot, skala.',
        en: "The stage's rubric: criteria, weights, scales.",
      },
    },
    scale: {
      schema: ScaleSchema,
      required: false,
      description: {
        id: 'Skala bawaan kriteria bila rubrik tidak menyebutnya.',
        en: 'The default scale of the criteria when the rubric does not state it.',
      },
    },
    method: {
      schema: StageMethodSchema,
      required: false,
      description: {
        id: 'Agregasi antar juri, normalisasi per juri, konflik kepentingan, jumlah lembar minimal.',
        en: 'Aggregation across judges, per-judge normalisation, conflicts of interest, minimum sheets.',
      },
    },
    combine: {
      schema: CombineSchema,
      required: false,
      description: {
        id: 'Bobot skor tahap ini dan tahap sebelumnya (mis. 30 % presentasi + 70 % substansi).',
        en: "Weights of this stage's own score and earlier stages (e.g. 30 % presentation + 70 % substance).",
      },
    },
    advancement: {
      schema: AdvancementSchema,
      required: false,
      description: {
        id: 'Siapa yang lolos: N teratas, nilai ambang, persentil; kuota keterwakilan.',
        en: 'Who advances: top N, passing grade, percentile; representation quotas.',
      },
    },
    tieBreaks: {
      schema: TieBreaksSchema,
      required: false,
      description: {
        id: 'Urutan penentu jika skor sama; selalu diakhiri undian berbenih.',
        en: 'The tie-break chain; it always ends with a seeded draw.',
      },
    },
  },
};

/** Every scoring rule kind. */
export const scoringRuleKinds: readonly RuleKindSpec[] = [stageKind];
