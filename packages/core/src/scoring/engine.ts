/**
 * The scoring engine under the contract: `scoringEngine.compile(rulebook, options)` reads the
 * stages once; `run` takes a panel (or `{ panel }`, as the HTTP API has it).
 *
 * @module
 */
import { createChecker } from '../contract/checker.js';
import type { Engine } from '../contract/types.js';
import { CoreError, inputIssue } from '../shared/errors.js';
import type { ScoringRuleKind } from './kinds.js';
import { createScoringChecker, type ScoringResult } from './score.js';

/** The scoring engine's own options. */
export interface ScoringEngineOptions {
  /** Bootstrap resamples for robustness (default 200; 0 turns the bootstrap off). */
  readonly resamples?: number;
  /** Extra rule kinds (for custom rulebooks that bring their own stages or checks). */
  readonly kinds?: readonly ScoringRuleKind[];
}

const unwrap = (input: unknown): unknown =>
  typeof input === 'object' &&
  input !== null &&
  'panel' in input &&
  !('entries' in input) &&
  !('sheets' in input)
    ? input.panel
    : input;

/**
 * Competition scoring as a contract engine.
 *
 * @example
 * ```ts
 * import { scoringEngine } from '@inovasi/core/scoring';
 *
 * const checker = scoringEngine.compile(builtinRegistry.resolve('kota-metro-2027-judul'), { resamples: 0 });
 * checker.run(panel).outcome; // 'positive' when every entry is ranked
 * ```
 */
export const scoringEngine: Engine<ScoringResult, ScoringEngineOptions> = {
  domain: 'scoring',
  title: { id: 'Penilaian kompetisi', en: 'Competition scoring' },
  compile(rulebook, options = {}) {
    const checker = createScoringChecker(rulebook, options);
    return createChecker('scoring', rulebook, checker, (input) => checker.score(unwrap(input)));
  },
  parseOptions(raw) {
    if (raw.resamples === undefined) return {};
    const resamples = Number(raw.resamples);
    if (!Number.isInteger(resamples) || resamples < 0 || resamples > 10_000)
      throw new CoreError('INPUT_INVALID', 'The scoring options are not valid.', [
        inputIssue('resamples', 'INPUT.WHOLE_NUMBER_RANGE', {
          min: 0,
          max: 10_000,
          got: raw.resamples,
        }),
      ]);
    return { resamples };
  },
  caseView(result, expected) {
    const last = result.stages.at(-1);
    const reasons =
      typeof expected.reasons === 'object' && expected.reasons !== null ? expected.reasons : {};
    return {
      ...result,
      stages: result.stages.map((s) => ({
        stage: s.stage,
        ranking: s.entries.map((e) => [e.entry, e.score, e.decision]),
      })),
      reasons: Object.fromEntries(
        Object.keys(reasons).map((id) => [
          id,
          last?.entries.find((e) => e.entry === id)?.reasons[0]?.en ?? '',
        ]),
      ),
    };
  },
};
