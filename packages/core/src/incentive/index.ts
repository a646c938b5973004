/**
 * `@inovasi/core/incentive`: the Ministry of Finance's incentive for well-performing regions —
 * Dana Insentif Daerah (DID) until 2022, Insentif Fiskal since 2023 — edition by edition. Does a
 * region qualify (eligible / not eligible / indeterminate, with what is missing), in which cluster,
 * for which pots, what would it take; and how would each pot split across all regions, in whole
 * rupiah that add up exactly to the pot. Every number carries its source and evidence tier; what
 * the research did not find is `unknown` and makes the answer indeterminate, never a guess.
 *
 * @example
 * ```ts
 * import { builtinRegistry } from '@inovasi/core/registry';
 * import { checkEligibility } from '@inovasi/core/incentive';
 *
 * const result = checkEligibility(
 *   {
 *     id: '32.01',
 *     level: 'kabupaten',
 *     auditOpinions: [{ year: 2020, opinion: 'WTP' }],
 *     apbdOnTime: true,
 *     eProcurementGrade: 'C',
 *     eBudgeting: true,
 *     ptspAvailable: true,
 *   },
 *   builtinRegistry.resolve('did-2022'),
 *   { asOf: '2022-01-01' },
 * );
 * result.status; // 'eligible' (cluster C: no gates)
 * result.cluster; // { status: 'assigned', cluster: 'C', upgrade: { cluster: 'B', rules: ['DID.GATE.EPROC-B'], … } }
 * ```
 *
 * @module
 */
export {
  assertIncentiveRulebook,
  assessRegion as assessIncentiveRegion,
  checkEligibility,
  defaultIncentiveAsOf,
  incentiveScheme,
  parseRegion as parseIncentiveRegion,
  safeCheckEligibility,
} from './eligibility.js';
export type {
  ClusterResult,
  EligibilityResult,
  EligibilityStatus,
  IncentiveOptions,
  IncentiveScheme,
  PotSummary,
  RegionAssessment,
} from './eligibility.js';
export { parseRegions, safeSimulateAllocation, simulateAllocation } from './allocation.js';
export type {
  AllocationInput,
  AllocationResult,
  PotAllocation,
  PotShare,
  RegionAllocation,
  RejectedRegion,
} from './allocation.js';
export { apportion } from './apportion.js';
export type { ApportionEntry, ApportionShare, Apportionment } from './apportion.js';
export { improvementValue, minMaxValues } from './normalise.js';
export type { Normalised } from './normalise.js';
export { checkTranche } from './tranche.js';
export type { TrancheCondition, TrancheResult } from './tranche.js';
export { regionsFromTable } from './table.js';
export type { TableRegions } from './table.js';
export {
  AllocationRequestSchema,
  AssumptionsSchema,
  AuditOpinionRequirementSchema,
  AuditOpinionSchema,
  ClusterSchema,
  ClusterSchemeSchema,
  DirectionSchema,
  EligibilityRequestSchema,
  FlagIndicatorSchema,
  FlagRequirementSchema,
  GRADE_ORDER,
  GradeRequirementSchema,
  GradeSchema,
  IndicatorValueSchema,
  MinimumScoreRequirementSchema,
  NationalDatasetSchema,
  NormalisationSchema,
  PotAssumptionSchema,
  PotListSchema,
  PotSchema,
  REGION_LEVELS,
  RegionLevelSchema,
  RegionSchema as IncentiveRegionSchema,
  TrancheConditionsSchema,
  TrancheDataSchema,
} from './schema.js';
export type {
  AllocationRequest,
  Assumptions,
  AuditOpinion,
  AuditOpinionRequirement,
  Cluster,
  ClusterScheme,
  Direction,
  EligibilityRequest,
  FlagIndicator,
  FlagRequirement,
  Grade,
  GradeRequirement,
  IndicatorValue,
  MinimumScoreRequirement,
  Normalisation,
  Pot,
  PotAssumption,
  Region as IncentiveRegion,
  RegionLevel,
  TrancheConditions,
  TrancheData,
} from './schema.js';
export type {
  CompiledGate,
  GateContext,
  GateEvaluation,
  GateOutcome,
  IncentiveRole,
  IncentiveRuleKind,
  IncentiveRuleOutcome,
} from './types.js';
export { incentiveRuleKinds } from './kinds.js';
// The old names, deprecated aliases kept one minor version (see deprecated.ts).
// eslint-disable-next-line @typescript-eslint/no-deprecated
export { assessRegion, parseRegion, RegionSchema } from './deprecated.js';
// eslint-disable-next-line @typescript-eslint/no-deprecated
export type { Region } from './deprecated.js';
export { incentiveEngine } from './engine.js';
export type { IncentiveEngineOptions } from './engine.js';
export {
  createEligibilityChecker,
  incentiveAsOf,
  incentiveReferenceDate,
  planScheme,
} from './eligibility.js';
export type { EligibilityChecker, SchemePlan } from './eligibility.js';
export { incentiveMessages } from './messages.js';
export {
  auditOpinionGateKind,
  flagGateKind,
  gradeGateKind,
  minimumScoreGateKind,
  unspecifiedGateKind,
  UnspecifiedRequirementSchema,
} from './rules/gates.js';
export { clustersKind, normalisationKind, potsKind, trancheKind } from './rules/scheme.js';
export { did2017 } from './rulebooks/did-2017.js';
export { did2018 } from './rulebooks/did-2018.js';
export { did2020 } from './rulebooks/did-2020.js';
export { did2020Tambahan } from './rulebooks/did-2020-tambahan.js';
export { did2021 } from './rulebooks/did-2021.js';
export { did2022 } from './rulebooks/did-2022.js';
export { insentifFiskal2023 } from './rulebooks/insentif-fiskal-2023.js';
export { insentifFiskal2024 } from './rulebooks/insentif-fiskal-2024.js';
export { insentifFiskal2025 } from './rulebooks/insentif-fiskal-2025.js';
export { insentifFiskal2026 } from './rulebooks/insentif-fiskal-2026.js';

/** Every built-in incentive edition, oldest first. */
export { incentiveRulebooks } from './rulebooks/index.js';
