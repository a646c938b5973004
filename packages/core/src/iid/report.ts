/**
 * The IID report every surface gives: the result, and on request the what-if (with the plan to
 * the next predikat) and the comparison with a second rulebook. The CLI (`inovasi iid --what-if
 * --compare`) and the HTTP API (`POST /v1/iid` with `whatIf`, `compareWith`) both call
 * {@link computeIidReport}, so they cannot compose it differently.
 *
 * @module
 */
import type { ResolvedRulebook } from '../rulebook/index.js';
import { compareIid, type IidComparison } from './compare.js';
import { computeIid, type IidOptions, type IidResult } from './compute.js';
import { whatIf, type WhatIf } from './what-if.js';

/** A result with the optional what-if and comparison. */
export interface IidReport {
  readonly result: IidResult;
  /** The marginal gains and the plan, always on the claimed score. */
  readonly whatIf?: WhatIf;
  /** The same region under `compareWith`. */
  readonly comparison?: IidComparison;
}

/** Options of {@link computeIidReport}: those of `computeIid`, and what to add. */
export interface IidReportOptions extends IidOptions {
  /** Add the what-if and the plan (computed on the claimed view whatever `view` is). */
  readonly whatIf?: boolean;
  /**
   * Also compute the region under this rulebook. The first rulebook is read at the result's
   * date; the second at `asOf` when given, else under the date policy with `today`.
   */
  readonly compareWith?: ResolvedRulebook;
}

/**
 * Computes a region's IID, and on request its what-if and its comparison with a second rulebook.
 *
 * @throws {CoreError} `INPUT_INVALID` for a malformed region file or date,
 *   `RULEBOOK_DOMAIN_MISMATCH` for a rulebook of another engine.
 *
 * @example
 * ```ts
 * const report = computeIidReport(regionFile, registry.resolve('iid-2026'), {
 *   today: '2026-12-07',
 *   whatIf: true,
 *   compareWith: registry.resolve('iid-2027'),
 * });
 * report.whatIf?.plan.changes[0]; // the change with the largest gain
 * report.comparison?.delta.iid; // -2.13
 * ```
 */
export function computeIidReport(
  input: unknown,
  rulebook: ResolvedRulebook,
  options: IidReportOptions = {},
): IidReport {
  const { whatIf: wantWhatIf, compareWith, ...iidOptions } = options;
  const result = computeIid(input, rulebook, iidOptions);
  const view = iidOptions.view ?? 'claimed';
  const claimed =
    view === 'claimed' ? result : computeIid(input, rulebook, { ...iidOptions, view: 'claimed' });
  const dateB =
    iidOptions.asOf !== undefined
      ? { asOfB: iidOptions.asOf }
      : iidOptions.today !== undefined
        ? { today: iidOptions.today }
        : {};
  const kindsOption = iidOptions.kinds !== undefined ? { kinds: iidOptions.kinds } : {};
  return {
    result,
    ...(wantWhatIf === true ? { whatIf: whatIf(claimed, rulebook, kindsOption) } : {}),
    ...(compareWith
      ? {
          comparison: compareIid(input, rulebook, compareWith, {
            view,
            asOfA: result.asOf,
            ...kindsOption,
            ...dateB,
          }),
        }
      : {}),
  };
}
