/**
 * Errors as RFC 9457 problem details (`application/problem+json`), in the language the client
 * asked for. One table maps the core's error codes to HTTP statuses.
 */
import type { CoreError } from '@inovasi/core';
import { type CoreErrorCode, type InputIssue, type Lang } from '@inovasi/core';

/** A problem details document. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: string;
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

const TITLES: Record<string, Record<Lang, string>> = {
  INPUT_INVALID: { id: 'Masukan tidak sah', en: 'Invalid input' },
  RULEBOOK_NOT_FOUND: { id: 'Buku aturan tidak ditemukan', en: 'Rulebook not found' },
  RULEBOOK_INVALID: { id: 'Buku aturan tidak sah', en: 'Invalid rulebook' },
  RULEBOOK_CYCLE: { id: 'Buku aturan memperluas dirinya sendiri', en: 'Rulebook extends itself' },
  RULEBOOK_DOMAIN_MISMATCH: {
    id: 'Buku aturan untuk mesin lain',
    en: 'Rulebook for another engine',
  },
  NO_EDITION: { id: 'Edisi tidak diselenggarakan', en: 'Edition did not take place' },
  INTERNAL: { id: 'Kesalahan internal', en: 'Internal error' },
  BAD_JSON: { id: 'JSON tidak sah', en: 'Malformed JSON' },
  UNSUPPORTED_MEDIA_TYPE: { id: 'Jenis konten tidak didukung', en: 'Unsupported media type' },
  PAYLOAD_TOO_LARGE: { id: 'Isi permintaan terlalu besar', en: 'Payload too large' },
  NOT_FOUND: { id: 'Tidak ditemukan', en: 'Not found' },
  METHOD_NOT_ALLOWED: { id: 'Metode tidak diizinkan', en: 'Method not allowed' },
};

/** Builds a problem document. */
export function problem(
  code: string,
  status: number,
  detail: string,
  lang: Lang,
  errors?: readonly InputIssue[],
): Problem {
  return {
    type: `urn:inovasi:problem:${code.toLowerCase().replaceAll('_', '-')}`,
    title: TITLES[code]?.[lang] ?? code,
    status,
    detail,
    code,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

/** The problem for a core error. */
export function problemFromCoreError(error: CoreError, lang: Lang): Problem {
  return problem(error.code, STATUS[error.code], error.message, lang, error.issues);
}
