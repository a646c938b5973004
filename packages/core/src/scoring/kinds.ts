/**
 * The scoring rule kinds, as plug-ins of the shared shape ({@link EngineRuleKind}). Each
 * `scoring.stage` rule of a rulebook compiles into one stage of the pipeline, in rulebook order.
 * Its parameters are the stage's rubric, method, combination with earlier stages, advancement
 * rule (with quotas) and tie-break chain. A custom kind may compile into a stage of its own or a
 * check of each panel whose findings join the result.
 *
 * @module
 */
import type { ZodMiniType } from 'zod/mini';
import {
  readSlot,
  ruleRef,
  type EngineRuleKind,
  type Evaluation,
  type ResolvedRule,
} from '../rulebook/index.js';
import type { Finding } from '../shared/finding.js';
import type { SlotReading, StageDefinition } from './score.js';
import {
  AdvancementSchema,
  CombineSchema,
  RubricSchema,
  ScaleSchema,
  StageMethodSchema,
  TieBreaksSchema,
  type Panel,
} from './schema.js';

/** What a scoring rule kind sees when it compiles a rule. */
export interface ScoringCompileContext {
  readonly evaluation: Evaluation;
  readonly rule: ResolvedRule;
}

/** A scoring rule compiled for one date: a stage of the pipeline, a panel check, or both. */
export interface CompiledScoringRule {
  /** The stage this rule defines; stages run in rulebook order. */
  readonly stage?: StageDefinition;
  /** A check of each panel; its findings join the result. */
  readonly panel?: (panel: Panel) => readonly Finding[];
}

/** A scoring rule kind: its slots, and how it compiles a rule of a rulebook. */
export type ScoringRuleKind = EngineRuleKind<'scoring', ScoringCompileContext, CompiledScoringRule>;

/** Reads one slot: absent (or its default), known with its basis, or unknown. */
function readStageSlot<T>(
  { evaluation, rule }: ScoringCompileContext,
  slot: string,
  schema: ZodMiniType<T>,
  fallback?: T,
): SlotReading<T> {
  const reading = readSlot(evaluation, rule, slot, schema) as SlotReading<T>;
  return reading.status === 'absent' && fallback !== undefined
    ? { status: 'default', value: fallback }
    : reading;
}

/** The stage rule kind. */
export const stageKind: ScoringRuleKind = {
  compile(context) {
    const { rule } = context;
    return {
      stage: {
        id: rule.id,
        title: rule.title,
        rule: ruleRef(rule),
        rubric: readStageSlot(context, 'rubric', RubricSchema),
        scale: readStageSlot(context, 'scale', ScaleSchema),
        method: readStageSlot(context, 'method', StageMethodSchema, StageMethodSchema.parse({})),
        combine: readStageSlot(context, 'combine', CombineSchema),
        advancement: readStageSlot(context, 'advancement', AdvancementSchema),
        tieBreaks: readStageSlot(context, 'tieBreaks', TieBreaksSchema, [{ by: 'draw' }]),
      },
    };
  },
  kind: 'scoring.stage',
  domain: 'scoring' as const,
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
export const scoringRuleKinds: readonly ScoringRuleKind[] = [stageKind];
