/**
 * `@inovasi/core`: Indonesia's public-service innovation rules as code. This entry holds the
 * shared vocabulary (findings, bilingual text, sources, dates, errors) and the rulebook kernel;
 * each engine has its own entry: `@inovasi/core/readiness`, and `@inovasi/core/registry` for
 * every built-in rulebook.
 *
 * @example
 * ```ts
 * import { localize, type Finding } from '@inovasi/core';
 *
 * const show = (f: Finding) => `${f.code}: ${localize(f.message, 'en')}`;
 * ```
 *
 * @module
 */
export {
  DEFAULT_LANG,
  LANGS,
  LocalizedTextSchema,
  countText,
  defineMessages,
  formatNumber,
  localize,
  parseLang,
} from './shared/i18n.js';
export type { Lang, LocalizedText, MessageTemplate } from './shared/i18n.js';
export { EvidenceTierSchema, SourceSchema } from './shared/source.js';
export type { EvidenceTier, Source } from './shared/source.js';
export {
  BasisSchema,
  FindingSchema,
  RuleRefSchema,
  SeveritySchema,
  hasErrors,
  sortFindings,
} from './shared/finding.js';
export type { Basis, Finding, RuleRef, Severity } from './shared/finding.js';
export {
  CoreError,
  formatPath,
  inputIssue,
  issueText,
  issuesFromZod,
  zodCustom,
  zodRefine,
} from './shared/errors.js';
export { inputMessages } from './shared/input-messages.js';
export type { InputMessageCode, InputMessageParams } from './shared/input-messages.js';
export { zodIssueText } from './shared/zod-messages.js';
export type { ZodIssueLike } from './shared/zod-messages.js';
export type { CoreErrorCode, InputIssue } from './shared/errors.js';
export {
  DATE_RANGE,
  IsoDateSchema,
  addDays,
  addYears,
  compareDates,
  daysBetween,
  fullYearsBetween,
  isIsoDate,
  isSupportedDate,
  maxDate,
} from './shared/dates.js';
export { cellLocation } from './shared/table.js';
export { codeSpan, escapeMarkdown, safeLinkTarget } from './shared/markdown.js';
export type { Cell, Table, TableRow } from './shared/table.js';
export * from './rulebook/index.js';
