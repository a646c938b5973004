/**
 * One entry per engine, so the rulebook tools (`rulebook test`, `rulebook replay`) can run any
 * rulebook on its own kind of input. Each entry only calls the core; the rules live there.
 */
import type { Domain, ResolvedRulebook } from '@inovasi/core/rulebook';
import type { LocalizedText } from '@inovasi/core';
import { safeCheckReadiness } from '@inovasi/core/readiness';
import { EXIT } from './errors.js';

/** An engine's answer for one input, reduced to what the rulebook tools compare. */
export interface EngineAnswer {
  /** The whole result, as the engine's command prints it with `--format json`. */
  readonly result: unknown;
  /** A stable status word (`ready`, `not-ready`, `indeterminate`, a predikat …). */
  readonly status: string;
  readonly statusText: LocalizedText;
  /** The exit code the engine's command would give. */
  readonly exit: number;
}

/** Runs one engine on one input; errors are returned, never thrown. */
export type EngineRun = (
  input: unknown,
  rulebook: ResolvedRulebook,
  options: { readonly asOf: string; readonly extra: Readonly<Record<string, string>> },
) => { success: true; answer: EngineAnswer } | { success: false; error: unknown };

const readiness: EngineRun = (input, rulebook, { asOf, extra }) => {
  const outcome = safeCheckReadiness(input, rulebook, {
    asOf,
    ...(extra.registrationCloseDate !== undefined
      ? { registrationCloseDate: extra.registrationCloseDate }
      : {}),
  });
  if (!outcome.success) return { success: false, error: outcome.error };
  const { result } = outcome;
  return {
    success: true,
    answer: {
      result,
      status: result.status,
      statusText: result.statusText,
      exit:
        result.status === 'ready'
          ? EXIT.ok
          : result.status === 'not-ready'
            ? EXIT.negative
            : EXIT.indeterminate,
    },
  };
};

/** The engines the rulebook tools can run, by rulebook domain. */
export const engines: Partial<Record<Domain, EngineRun>> = {
  readiness,
};
