/**
 * The incentive engine under the contract: `incentiveEngine.compile(rulebook, options)` sorts the
 * edition's rules and reads its parameters once; `run` checks one region's eligibility, or with
 * `operation: 'allocation'` simulates the split over `{ regions, assumptions? }`.
 *
 * @module
 */
import { createChecker } from '../contract/checker.js';
import type { Engine } from '../contract/types.js';
import { CoreError, inputIssue } from '../shared/errors.js';
import { safeSimulateAllocation, type AllocationResult } from './allocation.js';
import {
  createEligibilityChecker,
  type EligibilityResult,
  type IncentiveOptions,
} from './eligibility.js';

/** The incentive engine's own options. */
export interface IncentiveEngineOptions extends Omit<IncentiveOptions, 'asOf' | 'today'> {
  /** `eligibility` (default): one region; `allocation`: the national split. */
  readonly operation?: 'eligibility' | 'allocation';
}

/**
 * The fiscal incentive as a contract engine.
 *
 * @example
 * ```ts
 * import { incentiveEngine } from '@inovasi/core/incentive';
 *
 * const checker = incentiveEngine.compile(builtinRegistry.resolve('did-2017'), { today: '2026-12-07' });
 * checker.asOf; // '2017-12-31' (the edition's last day)
 * checker.runBatch(regions).map((r) => r.success && r.result.outcome);
 * ```
 */
export const incentiveEngine: Engine<EligibilityResult | AllocationResult, IncentiveEngineOptions> =
  {
    domain: 'incentive',
    title: { id: 'Insentif fiskal', en: 'Fiscal incentive' },
    compile(rulebook, options = {}) {
      const checker = createEligibilityChecker(rulebook, options);
      if (options.operation === 'allocation') {
        const dated = { ...options, asOf: checker.asOf };
        return createChecker('incentive', rulebook, checker, (input) => {
          const outcome = safeSimulateAllocation(input, rulebook, dated);
          if (!outcome.success) throw outcome.error;
          // the date was chosen by the policy, not by the caller
          return { ...outcome.result, asOfReason: checker.asOfReason, asOfText: checker.asOfText };
        });
      }
      return createChecker('incentive', rulebook, checker, (input) => checker.check(input));
    },
    parseOptions(raw) {
      const operation = raw.operation;
      if (operation === undefined) return {};
      if (operation !== 'eligibility' && operation !== 'allocation')
        throw new CoreError('INPUT_INVALID', 'The incentive options are not valid.', [
          inputIssue('operation', 'INPUT.ONE_OF', {
            choices: ['eligibility', 'allocation'],
            got: operation,
          }),
        ]);
      return { operation };
    },
    caseView: (result) => ({ ...result }),
  };
