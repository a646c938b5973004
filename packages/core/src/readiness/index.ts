/**
 * `@inovasi/core/readiness`: would a KIPP proposal pass administrative selection, and what
 * exactly to fix. Each edition's rulebook is a separate named export, so a bundle only carries
 * the editions it uses. Runs in a browser: the whole entry, every edition and zod (`zod/mini`)
 * included, is about 49 kB minified + gzipped; `checkReadiness` with one edition about 42 kB
 * (`pnpm --filter @inovasi/core size`).
 *
 * @example
 * ```ts
 * import { createRegistry } from '@inovasi/core/rulebook';
 * import { checkReadiness, kipp2021, readinessRuleKinds } from '@inovasi/core/readiness';
 *
 * const registry = createRegistry({ rulebooks: [kipp2021], kinds: readinessRuleKinds });
 * const result = checkReadiness(
 *   { title: 'Layanan Adminduk Keliling', group: 'umum', implementationStartDate: '2018-03-10' },
 *   registry.resolve('kipp-2021'),
 *   { asOf: '2021-03-01', registrationCloseDate: '2021-04-30' },
 * );
 * result.status; // 'not-ready': the answers are still missing
 * ```
 *
 * @module
 */
export {
  checkReadiness,
  checkReadinessBatch,
  createReadinessChecker,
  parseProposal,
  safeCheckReadiness,
} from './check.js';
export type {
  ReadinessBatchItem,
  ReadinessBatchResult,
  ReadinessBatchRun,
  ReadinessChecker,
  ReadinessOptions,
  ReadinessResult,
  ReadinessStatus,
  ReadinessStream,
  ReadinessStreamSummary,
  RulebookRef,
} from './check.js';
export {
  AgencyTypeSchema,
  AttachmentSchema,
  AwardSchema,
  AwardTierSchema,
  GroupSchema,
  ProposalBatchSchema,
  ProposalSchema,
  ReadinessRequestSchema,
  ReplicationSourceSchema,
  VideoSchema,
} from './schema.js';
export type {
  AgencyType,
  Attachment,
  Award,
  AwardTier,
  Group,
  Proposal,
  ReadinessRequest,
  ReplicationSource,
  Video,
} from './schema.js';
export type {
  BatchEvaluation,
  BatchItem,
  BatchStream,
  CompiledRule,
  Outcome,
  ProposalContext,
  ReadinessCompileContext,
  ReadinessRuleKind,
  RegistrationClose,
  RuleEvaluation,
  RuleOutcome,
} from './types.js';
export type { ProposalFacts } from './facts.js';
export { analyzeText, countWords, normalizeText } from '../shared/text.js';
export type { TextStats } from '../shared/text.js';
export { readinessRuleKinds } from './kinds.js';
export { readinessEngine } from './engine.js';
export type { ReadinessEngineOptions } from './engine.js';
export { readinessReferenceDate } from './reference-date.js';
export { readinessMessages } from './messages.js';
export {
  MinimumAgeSchema,
  describeAge,
  implementationAgeKind,
  latestStartFor,
  minimumYearsFor,
} from './rules/implementation-age.js';
export type { MinimumAge } from './rules/implementation-age.js';
export { ChoiceSchema, agencyTypeKind, categoryKind, groupKind } from './rules/choice.js';
export { RequiredFieldsSchema, requiredFieldsKind } from './rules/required-fields.js';
export { AwardConditionsSchema, awardHistoryKind } from './rules/award-history.js';
export { ReplicationRequirementSchema, replicationSourceKind } from './rules/replication-source.js';
export { SectionTemplateSchema, sectionsKind } from './rules/sections.js';
export type { SectionTemplate } from './rules/sections.js';
export {
  AttachmentRequirementsSchema,
  FileRulesSchema,
  attachmentsKind,
} from './rules/attachments.js';
export { VideoRequirementsSchema, videoKind } from './rules/video.js';
export { SdgMinimumSchema, sdgsKind } from './rules/sdgs.js';
export { SpbeQuestionsSchema, spbeKind } from './rules/spbe.js';
export { QualityThresholdsSchema, qualityKind } from './rules/quality.js';
export { QuotaSchema, duplicateTitleKind, quotaKind } from './rules/batch.js';
export { kipp2018 } from './rulebooks/kipp-2018.js';
export { kipp2019 } from './rulebooks/kipp-2019.js';
export { kipp2020 } from './rulebooks/kipp-2020.js';
export { kipp2021 } from './rulebooks/kipp-2021.js';
export { kipp2022 } from './rulebooks/kipp-2022.js';
export { kipp2023 } from './rulebooks/kipp-2023.js';
export { kipp2024 } from './rulebooks/kipp-2024.js';
export { kipp2025 } from './rulebooks/kipp-2025.js';
export { nttKoinYanlik2023 } from './rulebooks/ntt-koin-yanlik-2023.js';
export { bantenKesiapan2024 } from './rulebooks/banten-kesiapan-2024.js';
export { readinessRulebooks } from './rulebooks/index.js';
