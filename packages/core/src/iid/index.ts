/**
 * `@inovasi/core/iid`: the Indeks Inovasi Daerah (IID) — the index, its predikat, every row
 * explained, and (see `planIid`) what a region should do next. Each edition's rulebook is a
 * separate named export.
 *
 * @example
 * ```ts
 * import { createRegistry } from '@inovasi/core/rulebook';
 * import { computeIid, iidRuleKinds, iidRulebooks } from '@inovasi/core/iid';
 *
 * const registry = createRegistry({ rulebooks: iidRulebooks, kinds: iidRuleKinds });
 * const result = computeIid(
 *   { region: { name: 'Kota Contoh' }, spd: { 'SPD-01': 3 }, innovations: [] },
 *   registry.resolve('iid-2026'),
 * );
 * result.predikat.predikat; // 'kurang-inovatif'
 * ```
 *
 * @module
 */
export {
  assessRegion as assessIidRegion,
  computeIid,
  constantsOf,
  iidOf,
  parseRegion as parseIidRegion,
  safeComputeIid,
  totalsOf,
} from './compute.js';
/** The word counter of the rancang bangun: the same Indonesian-aware one the readiness checks use. */
export { countWords } from '../shared/text.js';
export type {
  Aggregate,
  Component,
  Constants,
  IidOptions,
  IidResult,
  IidView,
  InnovationResult,
  RowResult,
  ViewTotals,
} from './compute.js';
export { levelForValue, normalizeAnswer, resolveAnswer } from './levels.js';
export type { BandResult, NormalizedAnswer, Placement } from './levels.js';
export { readIidModel } from './model.js';
export type { IidModel, IidSteps, Reading, Step } from './model.js';
export { PREDIKATS, PREDIKAT_TEXT, predikatFor, predikatInModel, round2 } from './predikat.js';
export type { Predikat, PredikatResult } from './predikat.js';
export { iidMessages } from './messages.js';
export { iidRuleKinds } from './kinds.js';
export type { CompiledIidRule, IidCompileContext, IidRuleKind } from './kinds.js';
// The old names, deprecated aliases kept one minor version (see deprecated.ts).
// eslint-disable-next-line @typescript-eslint/no-deprecated
export { assessRegion, parseRegion, RegionSchema } from './deprecated.js';
// eslint-disable-next-line @typescript-eslint/no-deprecated
export type { Region, RegionInput } from './deprecated.js';
export { iidEngine } from './engine.js';
export type { IidEngineOptions, IidPredikatAnswer } from './engine.js';
export { iidReferenceDate } from './envelope.js';
export type { IidEnvelope } from './envelope.js';
export {
  AnswerSchema,
  BandPolicySchema,
  CatalogueSchema,
  IidPredikatRequestSchema,
  IidRequestSchema,
  InnovationSchema,
  LevelSchema,
  RegionSchema as IidRegionSchema,
  RowSchema,
} from './schema.js';
export type {
  AnswerInput,
  BandPolicy,
  IidPredikatRequest,
  IidRequest,
  Innovation,
  InnovationInput,
  Level,
  Region as IidRegion,
  RegionInput as IidRegionInput,
  Row,
  RowInput,
  Verification,
} from './schema.js';
export {
  IID_PARAMETERS,
  URUSAN_YANDAS,
  iid2020,
  iid2021,
  iid2022,
  iid2023,
  iid2024,
  iid2024Community,
  iid2025,
  iid2026,
  iid2027,
  iidPre2023Weighted,
  iidRulebooks,
} from './rulebooks/editions.js';
export { sid2026, spd2026 } from './rulebooks/catalogue-2026.js';
export { sidCommunity2024, sidPre2023Weighted } from './rulebooks/catalogue-community.js';
export { applyPlan, assessPlan, whatIf } from './what-if.js';
export type { WhatIf } from './what-if.js';
export { planIid } from './plan.js';
export type { IidPlan, PlanChange, PlanOptions } from './plan.js';
export { compareIid } from './compare.js';
export { computeIidReport } from './report.js';
export type { IidReport, IidReportOptions } from './report.js';
export type { ConstantChange, IidComparison, RowChange } from './compare.js';
