/**
 * CLI errors and the one table that maps every failure to an exit code.
 */
import { CoreError, type CoreErrorCode, type InputIssue } from '@inovasi/core';
import type { EngineOutcome } from '@inovasi/core/contract';

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

/** A usage or input problem the user can fix; printed as one line, exit 2. */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly issues: readonly InputIssue[];
  constructor(message: string, issues: readonly InputIssue[] = []) {
    super(message);
    this.issues = issues;
  }
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
    const lines = [`inovasi: ${prefix}${error.message}`];
    for (const issue of error.issues.slice(0, 20))
      lines.push(`  - ${issue.path}: ${issue.message}`);
    if (error.issues.length > 20) lines.push(`  … and ${error.issues.length - 20} more`);
    return `${lines.join('\n')}\n`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `inovasi: ${prefix}internal error: ${message}\nThis is a bug in inovasi; please report it with the command you ran.\n`;
}
