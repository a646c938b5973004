/**
 * The readiness engine under the contract: `readinessEngine.compile(rulebook, options)` gives a
 * checker whose `run` takes one proposal or a batch `{ proposals: [...] }`.
 *
 * @module
 */
import { createChecker } from '../contract/checker.js';
import type { Engine } from '../contract/types.js';
import { CoreError, inputIssue } from '../shared/errors.js';
import { isIsoDate } from '../shared/dates.js';
import {
  createReadinessChecker,
  type ReadinessBatchResult,
  type ReadinessOptions,
  type ReadinessResult,
} from './check.js';

/** The engine's own options: a registration close that beats the rulebook's, extra rule kinds. */
export type ReadinessEngineOptions = Omit<ReadinessOptions, 'asOf' | 'today'>;

const isBatch = (input: unknown): input is { proposals: unknown[] } =>
  typeof input === 'object' &&
  input !== null &&
  Array.isArray((input as { proposals?: unknown }).proposals);

/**
 * Proposal readiness (KIPP administrative selection) as a contract engine.
 *
 * @example
 * ```ts
 * import { readinessEngine } from '@inovasi/core/readiness';
 *
 * const checker = readinessEngine.compile(builtinRegistry.resolve('kipp-2018'), { today: '2026-12-07' });
 * checker.asOf; // '2018-03-10' (the registration close: today is outside the 2018 window)
 * checker.run(proposal).outcome; // 'negative'
 * ```
 */
export const readinessEngine: Engine<
  ReadinessResult | ReadinessBatchResult,
  ReadinessEngineOptions
> = {
  domain: 'readiness',
  title: { id: 'Kesiapan proposal KIPP', en: 'KIPP proposal readiness' },
  compile(rulebook, options = {}) {
    const checker = createReadinessChecker(rulebook, options);
    return createChecker('readiness', rulebook, checker, (input) =>
      isBatch(input) ? checker.checkBatch(input.proposals) : checker.check(input),
    );
  },
  parseOptions(raw) {
    const close = raw.registrationCloseDate;
    if (close === undefined) return {};
    if (!isIsoDate(close))
      throw new CoreError('INPUT_INVALID', 'The readiness options are not valid.', [
        inputIssue('registrationCloseDate', 'INPUT.DATE', { got: close }),
      ]);
    return { registrationCloseDate: close };
  },
  // The case keys (status, codes, items, fixIncludes, error) are read from the result itself.
  caseView: (result) => ({ ...result }),
};
