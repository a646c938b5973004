/**
 * The one error class of the core, for broken invariants and input that cannot be read at all.
 * Expected outcomes (a proposal that is not ready, a region that is not eligible) are results,
 * never exceptions. Each adapter maps {@link CoreErrorCode} to an exit code or HTTP status in one
 * table.
 *
 * @module
 */

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

/** A problem with one input field: where, and what is wrong. */
export interface InputIssue {
  /** Dotted path of the field, e.g. `agency.type` or `[3].implementationStartDate`. */
  readonly path: string;
  /** What is wrong, in English (field names are not translated). */
  readonly message: string;
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

  constructor(code: CoreErrorCode, message: string, issues: readonly InputIssue[] = []) {
    super(message);
    this.code = code;
    this.issues = issues;
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

/** Turns zod issues into {@link InputIssue}s. */
export function issuesFromZod(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  prefix: readonly PropertyKey[] = [],
): InputIssue[] {
  return issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]) || '(root)',
    message: issue.message,
  }));
}
