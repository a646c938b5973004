/**
 * Errors as RFC 9457 problem details (`application/problem+json`), in the language the client
 * asked for. One table maps the core's error codes to HTTP statuses.
 */
import type { CoreError } from '@inovasi/core';
import { type CoreErrorCode, type InputIssue, type Lang, type LocalizedText } from '@inovasi/core';
import { coreErrorLeads, problemTitles } from './messages.js';

/** A problem details document. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  /** Stable code, e.g. `INPUT_INVALID`; branch on this, never on the text. */
  readonly code: string;
  /** Every field at fault, with its path. */
  readonly errors?: readonly InputIssue[];
  readonly requestId?: string;
}

const STATUS: Record<CoreErrorCode, number> = {
  INPUT_INVALID: 422,
  RULEBOOK_NOT_FOUND: 404,
  RULEBOOK_INVALID: 422,
  RULEBOOK_CYCLE: 422,
  RULEBOOK_DOMAIN_MISMATCH: 422,
  NO_EDITION: 422,
  INTERNAL: 500,
};

/**
 * Builds a problem document; `detail` is picked in `lang` when bilingual.
 *
 * @example
 * ```ts
 * problem('NOT_FOUND', 404, { id: 'Tidak ada.', en: 'Nothing here.' }, 'en').title; // 'Not found'
 * ```
 */
export function problem(
  code: string,
  status: number,
  detail: string | LocalizedText,
  lang: Lang,
  errors?: readonly InputIssue[],
): Problem {
  // each field problem in the language asked for; its code stays for clients to branch on
  const shown = errors?.slice(0, MAX_ERRORS).map(({ path, code, text, message }) => ({
    path: clip(path, MAX_ISSUE_CHARS),
    message: clip(text?.[lang] ?? message, MAX_ISSUE_CHARS),
    ...(code !== undefined ? { code } : {}),
  }));
  return {
    type: `urn:inovasi:problem:${code.toLowerCase().replaceAll('_', '-')}`,
    title: problemTitles[code]?.[lang] ?? code,
    status,
    detail: clip(typeof detail === 'string' ? detail : detail[lang], MAX_DETAIL_CHARS),
    code,
    ...(shown && shown.length > 0 ? { errors: shown } : {}),
  };
}

/** A problem never echoes a huge input (a 900 KB id in a path): details and issues are clipped. */
const MAX_DETAIL_CHARS = 1_000;
const MAX_ISSUE_CHARS = 300;
/** At most this many field problems are listed (the first ones). */
const MAX_ERRORS = 200;

/** `text` cut to `max` characters, with `…` where it was cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * The problem for a core error. Its message is in English; in Bahasa Indonesia an Indonesian
 * lead sentence comes first.
 */
export function problemFromCoreError(error: CoreError, lang: Lang): Problem {
  const detail = error.text ?? {
    id: `${coreErrorLeads[error.code]} (${error.message})`,
    en: error.message,
  };
  return problem(error.code, STATUS[error.code], detail, lang, error.issues);
}
