/**
 * The one error class of the core, for broken invariants and input that cannot be read at all.
 * Expected outcomes (a proposal that is not ready, a region that is not eligible) are results,
 * never exceptions. Each adapter maps {@link CoreErrorCode} to an exit code or HTTP status in one
 * table.
 *
 * @module
 */
import { DEFAULT_LANG, type Lang, type LocalizedText } from './i18n.js';
import { inputMessages, type InputMessageCode, type InputMessageParams } from './input-messages.js';
import { zodIssueText, type ZodIssueLike } from './zod-messages.js';

/**
 * - `INPUT_INVALID`: the input does not have the documented shape (wrong types, impossible dates).
 * - `RULEBOOK_NOT_FOUND`: no rulebook with that id.
 * - `RULEBOOK_INVALID`: a rulebook fails its schema or its semantic checks.
 * - `RULEBOOK_CYCLE`: `extends` loops back on itself.
 * - `RULEBOOK_DOMAIN_MISMATCH`: a rulebook used with the wrong engine (an IID rulebook for readiness).
 * - `NO_EDITION`: the competition did not run that year (KIPP 2024).
 * - `INTERNAL`: a bug in inovasi; please report it.
 */
export type CoreErrorCode =
  | 'INPUT_INVALID'
  | 'RULEBOOK_NOT_FOUND'
  | 'RULEBOOK_INVALID'
  | 'RULEBOOK_CYCLE'
  | 'RULEBOOK_DOMAIN_MISMATCH'
  | 'NO_EDITION'
  | 'INTERNAL';

/**
 * A problem with one input field: where, and what is wrong, in both languages.
 *
 * Every issue the core raises carries `text` (Bahasa Indonesia and English) and a stable `code`;
 * show `text[lang]` (or {@link issueText}) to the user and branch on `code`, never on the words.
 * `message` is kept for callers written before `text` existed: it is English when zod speaks
 * English (the default), and always English for the core's own problems.
 */
export interface InputIssue {
  /** Dotted path of the field, e.g. `agency.type` or `[3].implementationStartDate`. */
  readonly path: string;
  /** What is wrong, in English (field names are not translated). Prefer {@link InputIssue.text}. */
  readonly message: string;
  /**
   * Stable code: a key of the core's input catalogue (`INPUT.DATE`, `SCORING.CELL`) for problems
   * the core finds itself, `zod.<issue code>` (`zod.invalid_type`) for schema problems.
   */
  readonly code?: string;
  /** The values the message is built from (the cell as written, the allowed choices). */
  readonly params?: Readonly<Record<string, unknown>>;
  /** What is wrong, in Bahasa Indonesia and English. */
  readonly text?: LocalizedText;
}

/**
 * The core's error. `code` is stable; `message` says what to do next; `issues` lists every
 * problem with a field path when the input was at fault.
 *
 * @example
 * ```ts
 * try {
 *   registry.resolve('kipp-1999');
 * } catch (error) {
 *   if (error instanceof CoreError && error.code === 'RULEBOOK_NOT_FOUND') {
 *     // show the list of rulebooks
 *   }
 * }
 * ```
 */
export class CoreError extends Error {
  override readonly name = 'CoreError';
  readonly code: CoreErrorCode;
  readonly issues: readonly InputIssue[];
  /** The message in Bahasa Indonesia and English, when the core wrote it in both. */
  readonly text?: LocalizedText;

  constructor(
    code: CoreErrorCode,
    message: string,
    issues: readonly InputIssue[] = [],
    text?: LocalizedText,
  ) {
    super(message);
    this.code = code;
    this.issues = issues;
    if (text !== undefined) this.text = text;
  }
}

/** Formats a path array from zod (`['agency', 'type']`, `[3, 'title']`) as `agency.type`, `[3].title`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/**
 * An input problem from the core's catalogue, in both languages.
 *
 * @example
 * ```ts
 * const issue = inputIssue('ppkd', 'INPUT.NUMBER', { got: 'banyak' });
 * issue.text?.id; // 'seharusnya angka, diterima "banyak"'
 * issue.message; // 'expected a number, got "banyak"'
 * ```
 */
export function inputIssue<C extends InputMessageCode>(
  path: string,
  code: C,
  params: InputMessageParams<C>,
): InputIssue {
  const template = inputMessages[code] as (p: InputMessageParams<C>) => LocalizedText;
  const text = template(params);
  return { path, message: text.en, code, params: params as Record<string, unknown>, text };
}

/** An issue's text in both languages (an issue built by an older caller: its message twice). */
export function issueTexts(issue: InputIssue): LocalizedText {
  return issue.text ?? { id: issue.message, en: issue.message };
}

/**
 * The words of an issue in `lang`: its bilingual `text`, else its `message` (an issue built by
 * an older caller).
 *
 * @example
 * ```ts
 * issueText(inputIssue('asOf', 'INPUT.DATE', { got: '2024-13-01' }), 'id');
 * // 'seharusnya tanggal kalender YYYY-MM-DD, diterima "2024-13-01"'
 * ```
 */
export function issueText(issue: InputIssue, lang: Lang = DEFAULT_LANG): string {
  return issue.text?.[lang] ?? issue.message;
}

/**
 * What a zod check of the core raises: an English message and, in `params`, the catalogue code
 * {@link issuesFromZod} translates. For `z.refine(check, zodCustom(…))` and
 * `ctx.addIssue({ code: 'custom', ...zodCustom(…) })`.
 *
 * @example
 * ```ts
 * z.refine((q: { min?: number }) => q.min !== undefined, zodCustom('SCORING.QUOTA.MIN_OR_MAX', {}));
 * ```
 */
export function zodCustom<C extends InputMessageCode>(
  code: C,
  params: InputMessageParams<C>,
): { message: string; params: { inputMessage: C; args: InputMessageParams<C> } } {
  const template = inputMessages[code] as (p: InputMessageParams<C>) => LocalizedText;
  return { message: template(params).en, params: { inputMessage: code, args: params } };
}

/**
 * The options of a zod refinement of the core: its English message names the value received, and
 * `params` carries the catalogue code {@link issuesFromZod} translates.
 *
 * @example
 * ```ts
 * z.string().check(z.refine(isIsoDate, zodRefine('INPUT.DATE', {})));
 * ```
 */
export function zodRefine<C extends InputMessageCode>(
  code: C,
  params: InputMessageParams<C>,
): {
  error: (issue: { input?: unknown }) => string;
  params: { inputMessage: C; args: InputMessageParams<C> };
} {
  const template = inputMessages[code] as (p: Record<string, unknown>) => LocalizedText;
  const args = params as Record<string, unknown>;
  return {
    error: (issue) =>
      template(
        issue.input === null || typeof issue.input !== 'object'
          ? { ...args, got: issue.input }
          : args,
      ).en,
    params: { inputMessage: code, args: params },
  };
}

/** The catalogue code a custom zod issue carries (see {@link zodCustom}), if any. */
function customCode(
  issue: ZodIssueLike,
): { code: InputMessageCode; args: Record<string, unknown> } | undefined {
  if (issue.code !== 'custom') return undefined;
  const params: unknown = issue.params;
  if (typeof params !== 'object' || params === null) return undefined;
  const { inputMessage, args } = params as { inputMessage?: unknown; args?: unknown };
  if (typeof inputMessage !== 'string' || !Object.hasOwn(inputMessages, inputMessage))
    return undefined;
  return {
    code: inputMessage as InputMessageCode,
    args: typeof args === 'object' && args !== null ? (args as Record<string, unknown>) : {},
  };
}

/**
 * Turns zod issues into {@link InputIssue}s, each with its text in both languages. Parse with
 * `{ reportInput: true }` so the texts can name the value received ("wajib diisi" for a missing
 * field, "diterima teks" for a wrong type).
 */
export function issuesFromZod(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  prefix: readonly PropertyKey[] = [],
): InputIssue[] {
  return issues.map((raw) => {
    const path = formatPath([...prefix, ...raw.path]) || '(root)';
    if (!('code' in raw)) return { path, message: raw.message };
    const issue = raw as ZodIssueLike;
    const custom = customCode(issue);
    if (custom) {
      // the value as written, when zod kept it and it is a plain value (never a whole object)
      const input: unknown = 'input' in issue ? issue.input : undefined;
      const args =
        'input' in issue && (input === null || typeof input !== 'object')
          ? { ...custom.args, got: input }
          : custom.args;
      const template = inputMessages[custom.code] as (p: Record<string, unknown>) => LocalizedText;
      return { path, message: raw.message, code: custom.code, params: args, text: template(args) };
    }
    return { path, message: raw.message, code: `zod.${issue.code}`, text: zodIssueText(issue) };
  });
}
