/**
 * `@inovasi/core/readiness`: would a KIPP proposal pass administrative selection, and what
 * exactly to fix. Each edition's rulebook is a separate named export, so a bundle only carries
 * the editions it uses.
 *
 * @example
 * ```ts
 * import { createRegistry } from '@inovasi/core/rulebook';
 * import { checkReadiness, kipp2018, readinessRuleKinds } from '@inovasi/core/readiness';
 *
 * const registry = createRegistry({ rulebooks: [kipp2018], kinds: readinessRuleKinds });
 * const result = checkReadiness(
 *   { title: 'Layanan Adminduk Keliling', implementationStartDate: '2017-03-10' },
 *   registry.resolve('kipp-2018'),
 *   { asOf: '2018-03-01' },
 * );
 * result.status; // 'ready'
 * ```
 *
 * @module
 */
export { checkReadiness, parseProposal, safeCheckReadiness } from './check.js';
export type { ReadinessOptions, ReadinessResult, ReadinessStatus } from './check.js';
export { AgencyTypeSchema, GroupSchema, ProposalSchema, ReadinessRequestSchema } from './schema.js';
export type { AgencyType, Group, Proposal, ReadinessRequest } from './schema.js';
export type {
  Outcome,
  ReadinessRuleContext,
  ReadinessRuleKind,
  RegistrationClose,
  RuleEvaluation,
  RuleOutcome,
} from './types.js';
export { readinessRuleKinds } from './kinds.js';
export { readinessMessages } from './messages.js';
export {
  MinimumAgeSchema,
  describeAge,
  implementationAgeKind,
  latestStartFor,
  minimumYearsFor,
} from './rules/implementation-age.js';
export type { MinimumAge } from './rules/implementation-age.js';
export { kipp2018 } from './rulebooks/kipp-2018.js';
