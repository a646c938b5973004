/**
 * One entry per engine, so the rulebook tools (`rulebook test`, `rulebook replay`) can run any
 * rulebook on its own kind of input. Each entry only calls the core; the rules live there.
 */
import type { Domain, ResolvedRulebook } from '@inovasi/core/rulebook';
import type { LocalizedText } from '@inovasi/core';
import { CoreError } from '@inovasi/core';
import { checkReadinessBatch, safeCheckReadiness } from '@inovasi/core/readiness';
import { safeScorePanel } from '@inovasi/core/scoring';
import { PREDIKATS, safeComputeIid } from '@inovasi/core/iid';
import { safeCheckEligibility, safeSimulateAllocation } from '@inovasi/core/incentive';
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
  /** Order among answers with the same exit code, lower is better (e.g. the IID predikat). */
  readonly rank?: number;
}

/** Runs one engine on one input; errors are returned, never thrown. */
export type EngineRun = (
  input: unknown,
  rulebook: ResolvedRulebook,
  options: { readonly asOf: string; readonly extra: Readonly<Record<string, string>> },
) => { success: true; answer: EngineAnswer } | { success: false; error: unknown };

type Outcome<R> = { success: true; result: R } | { success: false; error: unknown };

/** Turns an engine's safe outcome into an answer, with the exit code for its status. */
function answerFrom<R extends { status: string; statusText: LocalizedText }>(
  outcome: Outcome<R>,
  exits: Readonly<Record<string, number>>,
): ReturnType<EngineRun> {
  if (!outcome.success) return { success: false, error: outcome.error };
  const { result } = outcome;
  return {
    success: true,
    answer: {
      result,
      status: result.status,
      statusText: result.statusText,
      exit: exits[result.status] ?? EXIT.indeterminate,
    },
  };
}

/** Readiness: one proposal, or a batch `{ proposals: [...] }` (quotas, duplicate titles). */
const readiness: EngineRun = (input, rulebook, { asOf, extra }) => {
  const options = {
    asOf,
    ...(extra.registrationCloseDate !== undefined
      ? { registrationCloseDate: extra.registrationCloseDate }
      : {}),
  };
  const exits = { ready: EXIT.ok, 'not-ready': EXIT.negative, indeterminate: EXIT.indeterminate };
  const proposals = (input as { proposals?: unknown } | null)?.proposals;
  if (!Array.isArray(proposals))
    return answerFrom(safeCheckReadiness(input, rulebook, options), exits);
  try {
    return answerFrom(
      { success: true, result: checkReadinessBatch(proposals, rulebook, options) },
      exits,
    );
  } catch (error) {
    if (error instanceof CoreError) return { success: false, error };
    throw error;
  }
};

/** Scoring: the input is a panel (entries, judges, sheets); `options.resamples` is passed on. */
const scoring: EngineRun = (input, rulebook, { asOf, extra }) => {
  const resamples = extra.resamples === undefined ? undefined : Number(extra.resamples);
  return answerFrom(
    safeScorePanel(input, rulebook, {
      asOf,
      ...(resamples !== undefined && Number.isInteger(resamples) ? { resamples } : {}),
    }),
    { complete: EXIT.ok, indeterminate: EXIT.indeterminate },
  );
};

/**
 * Incentive: the input is one region's performance (eligibility, pots, tranche II), or with
 * `options.operation: allocation` a national dataset `{ regions, assumptions? }`.
 */
const incentive: EngineRun = (input, rulebook, { asOf, extra }) =>
  extra.operation === 'allocation'
    ? answerFrom(safeSimulateAllocation(input, rulebook, { asOf }), {
        complete: EXIT.ok,
        partial: EXIT.indeterminate,
        indeterminate: EXIT.indeterminate,
      })
    : answerFrom(safeCheckEligibility(input, rulebook, { asOf }), {
        eligible: EXIT.ok,
        'not-eligible': EXIT.negative,
        indeterminate: EXIT.indeterminate,
      });

/** IID: the input is a region's answers; the status is its predikat (ranked best first). */
const iid: EngineRun = (input, rulebook, { asOf }) => {
  const outcome = safeComputeIid(input, rulebook, { asOf });
  if (!outcome.success) return { success: false, error: outcome.error };
  const { result } = outcome;
  const known = result.predikat.status === 'known' ? result.predikat : undefined;
  return {
    success: true,
    answer: {
      result,
      status: known?.predikat ?? 'indeterminate',
      statusText: known
        ? { id: `${known.text.id} (${known.score})`, en: `${known.text.en} (${known.score})` }
        : { id: 'Perlu ditinjau', en: 'Needs review' },
      exit: known ? EXIT.ok : EXIT.indeterminate,
      ...(known ? { rank: PREDIKATS.indexOf(known.predikat) } : {}),
    },
  };
};

/** The engines the rulebook tools can run, by rulebook domain (one entry per line). */
export const engines: Partial<Record<Domain, EngineRun>> = {
  readiness,
  scoring,
  iid,
  incentive,
};
