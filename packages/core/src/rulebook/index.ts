/**
 * `@inovasi/core/rulebook`: the kernel every engine uses. Rulebooks as plain data with a zod
 * schema, `extends` overlays, dated parameters with sources and stale-rule warnings, validation
 * of custom rulebooks, and registries.
 *
 * @example
 * ```ts
 * import { createRegistry } from '@inovasi/core/rulebook';
 * import { kipp2018, readinessRuleKinds } from '@inovasi/core/readiness';
 *
 * const registry = createRegistry({ rulebooks: [kipp2018], kinds: readinessRuleKinds });
 * registry.list().map((b) => b.id); // ['kipp-2018']
 * ```
 *
 * @module
 */
export {
  DatedValueSchema,
  DomainSchema,
  KnownValueSchema,
  ParameterSchema,
  RuleSchema,
  RulebookSchema,
  RulebookStatusSchema,
  UnknownValueSchema,
  defineRulebook,
} from './schema.js';
export type {
  DatedValue,
  Domain,
  Parameter,
  Rule,
  Rulebook,
  RulebookInput,
  RulebookStatus,
} from './schema.js';
export { resolveRulebook } from './resolve.js';
export type {
  Disabled,
  ResolvedParameter,
  ResolvedRule,
  ResolvedRulebook,
  RulebookLookup,
} from './resolve.js';
export { createEvaluation, readParameter, readSlot, ruleRef } from './parameters.js';
export type {
  Evaluation,
  KnownReading,
  ParameterReading,
  SlotValue,
  UnknownReading,
} from './parameters.js';
export { createRuleKindRegistry } from './kinds.js';
export type { EngineRuleKind, RuleKindRegistry, RuleKindSpec, SlotSpec } from './kinds.js';
export { validateRulebook } from './validate.js';
export type { RulebookValidation, ValidateOptions } from './validate.js';
export { createRegistry } from './registry.js';
export type { RulebookRegistry, RulebookSummary } from './registry.js';
export { rulebookMessages } from './messages.js';
export { diffRulebooks } from './diff.js';
export { auditRulebook, isTraceable } from './audit.js';
export type { AuditEntry } from './audit.js';
export type { FieldChange, ParameterChange, RuleChange, RulebookDiff } from './diff.js';
