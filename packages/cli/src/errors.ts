/**
 * CLI errors and the one table that maps every failure to an exit code.
 */
import { CoreError, issueText, type CoreErrorCode, type InputIssue } from '@inovasi/core';
import type { LocalizedText } from '@inovasi/core';
import type { EngineOutcome } from '@inovasi/core/contract';
import { activeLang, t } from './messages.js';

/**
 * Exit codes, documented once:
 * - 0: ok, ready, eligible
 * - 1: the domain answer is negative (not ready, not eligible)
 * - 2: bad input or usage
 * - 3: indeterminate (a rule or a value is unknown; needs human review)
 * - 70: a bug in inovasi
 */
export const EXIT = { ok: 0, negative: 1, badInput: 2, indeterminate: 3, internal: 70 } as const;

const EXIT_ORDER: readonly number[] = [
  EXIT.ok,
  EXIT.indeterminate,
  EXIT.negative,
  EXIT.badInput,
  EXIT.internal,
];

/** The one table from an engine's outcome (the core's contract) to the exit code. */
const OUTCOME_EXIT: Record<EngineOutcome, number> = {
  positive: EXIT.ok,
  negative: EXIT.negative,
  indeterminate: EXIT.indeterminate,
};

/** The exit code for an engine's answer (ready / eligible / a predikat → 0 …). */
export function exitForOutcome(outcome: EngineOutcome): number {
  return OUTCOME_EXIT[outcome];
}

/** The worse of two exit codes: internal > bad input > negative > indeterminate > ok. */
export function worstExit(a: number, b: number): number {
  return EXIT_ORDER.indexOf(b) > EXIT_ORDER.indexOf(a) ? b : a;
}

/**
 * A usage or input problem the user can fix; printed as one line, exit 2. Written in both
 * languages; `message` is the one of this run.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly text: LocalizedText;
  readonly issues: readonly InputIssue[];
  constructor(text: LocalizedText, issues: readonly InputIssue[] = []) {
    super(text[activeLang()]);
    this.text = text;
    this.issues = issues;
  }
}

/**
 * The core's errors speak English; their code says what happened. In Bahasa Indonesia the CLI
 * says it from this table (the field problems below it are already in the run's language).
 */
const CORE_HEADLINE: Record<CoreErrorCode, LocalizedText> = {
  INPUT_INVALID: {
    id: 'Masukan tidak sesuai format. Perbaiki kolom berikut lalu coba lagi.',
    en: 'The input does not match its format. Fix the fields listed and try again.',
  },
  RULEBOOK_NOT_FOUND: {
    id: 'Rulebook tidak ditemukan (lihat `inovasi rulebook list`).',
    en: 'No such rulebook (see `inovasi rulebook list`).',
  },
  RULEBOOK_INVALID: {
    id: 'Rulebook tidak sah (jalankan `inovasi rulebook validate <berkas>`).',
    en: 'The rulebook is not valid (run `inovasi rulebook validate <file>`).',
  },
  RULEBOOK_CYCLE: {
    id: 'Rantai `extends` rulebook berputar kembali ke dirinya sendiri.',
    en: "The rulebook's `extends` chain loops back on itself.",
  },
  RULEBOOK_DOMAIN_MISMATCH: {
    id: 'Rulebook ini untuk mesin lain; pilih rulebook yang sesuai dengan perintahnya.',
    en: 'This rulebook is for another engine; choose one that fits the command.',
  },
  NO_EDITION: {
    id: 'Edisi ini tidak diselenggarakan.',
    en: 'This edition did not take place.',
  },
  INTERNAL: {
    id: 'Kesalahan internal inovasi.',
    en: 'An internal error in inovasi.',
  },
};

/** The sentence to print for a core error, in this run's language. */
function coreMessage(error: CoreError): string {
  if (error.text !== undefined) return t(error.text);
  return activeLang() === 'en' ? error.message : t(CORE_HEADLINE[error.code]);
}

const CORE_EXIT: Record<CoreErrorCode, number> = {
  INPUT_INVALID: EXIT.badInput,
  RULEBOOK_NOT_FOUND: EXIT.badInput,
  RULEBOOK_INVALID: EXIT.badInput,
  RULEBOOK_CYCLE: EXIT.badInput,
  RULEBOOK_DOMAIN_MISMATCH: EXIT.badInput,
  NO_EDITION: EXIT.badInput,
  INTERNAL: EXIT.internal,
};

/** The exit code for an error. */
export function exitCodeFor(error: unknown): number {
  if (error instanceof CliError) return EXIT.badInput;
  if (error instanceof CoreError) return CORE_EXIT[error.code];
  return EXIT.internal;
}

/** The lines to print for an error: one line, then one per field problem. Never a stack trace. */
export function describeError(error: unknown, context?: string): string {
  const prefix = context ? `${context}: ` : '';
  if (error instanceof CliError || error instanceof CoreError) {
    const message = error instanceof CliError ? t(error.text) : coreMessage(error);
    const lines = [`inovasi: ${prefix}${message}`];
    for (const issue of error.issues.slice(0, 20))
      lines.push(`  - ${issue.path}: ${issueText(issue, activeLang())}`);
    const more = error.issues.length - 20;
    if (more > 0) lines.push(`  ${t({ id: `… dan ${more} lagi`, en: `… and ${more} more` })}`);
    return `${lines.join('\n')}\n`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `inovasi: ${prefix}${t({
    id: `kesalahan internal: ${message}\nIni bug di inovasi; mohon laporkan beserta perintah yang Anda jalankan.`,
    en: `internal error: ${message}\nThis is a bug in inovasi; please report it with the command you ran.`,
  })}\n`;
}
