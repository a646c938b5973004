/**
 * `@inovasi/core/scoring`: competition scoring that is fair, reproducible and explained. Judges
 * score entries against weighted rubrics over ordered stages; the engine handles conflicts of
 * interest, missing sheets, per-judge normalisation, aggregation, non-compensatory minimums,
 * declared tie-breaks, shortlists under quotas, manual overrides, judge agreement and the
 * robustness of each cut.
 *
 * @example
 * ```ts
 * import { createRegistry } from '@inovasi/core/rulebook';
 * import { kotaMetro2027Judul, scorePanel, scoringRuleKinds } from '@inovasi/core/scoring';
 *
 * const registry = createRegistry({ rulebooks: [kotaMetro2027Judul], kinds: scoringRuleKinds });
 * const result = scorePanel(
 *   {
 *     entries: [{ id: 'E1' }, { id: 'E2' }],
 *     judges: [{ id: 'J1' }],
 *     sheets: [
 *       { judge: 'J1', entry: 'E1', scores: { kebaruan: 3, relevansi: 3, kelayakan: 2, keberlanjutan: 2, kolaborasi: 1, dokumentasi: 1 } },
 *       { judge: 'J1', entry: 'E2', scores: { kebaruan: 2, relevansi: 2, kelayakan: 2, keberlanjutan: 2, kolaborasi: 2, dokumentasi: 2 } },
 *     ],
 *   },
 *   registry.resolve('kota-metro-2027-judul'),
 *   { asOf: '2027-03-01' },
 * );
 * result.stages[0]?.entries.map((e) => [e.entry, e.score]); // [['E1', 49], ['E2', 42]]
 * ```
 *
 * @module
 */
export {
  checkPanel,
  completeRubric,
  parsePanel,
  readStages,
  safeScorePanel,
  scorePanel,
} from './score.js';
export type {
  EntryStageResult,
  ScoringOptions,
  ScoringResult,
  SheetResult,
  SlotReading,
  StageDefinition,
  StageResult,
} from './score.js';
export {
  AdvancementSchema,
  AggregationSchema,
  CombineSchema,
  CriterionSchema,
  EntrySchema,
  JudgeSchema,
  NormalisationSchema,
  PanelSchema,
  QuotaSchema,
  RubricSchema,
  ScalePointSchema,
  ScaleSchema,
  ScoringRequestSchema,
  SheetSchema,
  StageMethodSchema,
  TieBreakSchema,
  TieBreaksSchema,
  TotalKindSchema,
} from './schema.js';
export type {
  Advancement,
  Aggregation,
  Combine,
  CompleteRubric,
  Criterion,
  Entry,
  Judge,
  Normalisation,
  Panel,
  PanelInput,
  Quota,
  Rubric,
  Scale,
  ScoringRequest,
  Sheet,
  StageMethod,
  TieBreak,
  TotalKind,
} from './schema.js';
export {
  NOT_APPLICABLE,
  criterionApplies,
  describeScale,
  readCell,
  scaleBounds,
  sheetTotal,
  totalRange,
} from './sheet.js';
export type { CellReading, CriterionLine, SheetTotal } from './sheet.js';
export { fieldValues, shortlist } from './quota.js';
export type { QuotaOutcome, Shortlist, ShortlistReason } from './quota.js';
export { DISAGREEMENT_THRESHOLD, assessAgreement } from './agreement.js';
export type { Agreement, AgreementSheet, JudgeAgreement } from './agreement.js';
export { assessRobustness } from './robustness.js';
export type { EntryRobustness, Robustness, RobustnessInput } from './robustness.js';
export {
  aggregate,
  correlation,
  krippendorffAlphaInterval,
  mean,
  median,
  seededRandom,
  standardDeviation,
  trimmedMean,
} from './stats.js';
export { renderScoringMarkdown } from './report.js';
export { sheetsFromTable } from './table.js';
export { scoringRuleKinds, stageKind } from './kinds.js';
export type { CompiledScoringRule, ScoringCompileContext, ScoringRuleKind } from './kinds.js';
export { scoringEngine } from './engine.js';
export type { ScoringEngineOptions } from './engine.js';
export { createScoringChecker, scoringReferenceDate } from './score.js';
export type { ScoringChecker } from './score.js';
export { scoringMessages } from './messages.js';
export { bantenKompetisi2024 } from './rulebooks/banten-kompetisi-2024.js';
export { iga2023Presentasi } from './rulebooks/iga-2023-presentasi.js';
export { kipp2023Penilaian } from './rulebooks/kipp-2023-penilaian.js';
export { kipp2025Penilaian } from './rulebooks/kipp-2025-penilaian.js';
export { kotaMetro2027Judul } from './rulebooks/kota-metro-2027-judul.js';
export { sulselKipp2022 } from './rulebooks/sulsel-kipp-2022.js';
