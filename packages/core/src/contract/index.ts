/**
 * `@inovasi/core/contract`: the one shape every engine has. Compile a rulebook once into a
 * checker (`engine.compile(rulebook, { asOf?, today? })`), run it on one input or a batch
 * (`run` / `safeRun` / `runBatch`), and read one result envelope: the `outcome` (`positive`,
 * `negative`, `indeterminate`) beside the engine's own label, the findings, `asOf` and why that
 * date (`asOfReason`), the rulebook chain and what is unknown. `compareOutcomes` orders two
 * answers; `replay` runs the same inputs under two rulebooks; `diffResults` says what changed.
 *
 * @example
 * ```ts
 * import { engineFor, replay } from '@inovasi/core/contract';
 * import { builtinRegistry } from '@inovasi/core/registry';
 *
 * const old = builtinRegistry.resolve('kipp-2021');
 * const next = builtinRegistry.resolve('kipp-2022');
 * const engine = engineFor(old.domain);
 * const report = replay(engine.compile(old), engine.compile(next), [{ name: 'a', input: proposal }]);
 * report.rows[0]?.change; // 'loses'
 * ```
 *
 * @module
 */
export { checkDate, inWindow, resolveAsOf } from './as-of.js';
export type { AsOfChoice, AsOfReason, ReferenceDate } from './as-of.js';
export {
  assertRulebookFor,
  atPath,
  createChecker,
  rulebookRef,
  safely,
  underPath,
} from './checker.js';
export { engineFor, engines } from './engines.js';
export { compareCase, compareCaseError, runCase } from './cases.js';
export type { CaseOutcome, Mismatch, RulebookCaseRun } from './cases.js';
export { contractMessages } from './messages.js';
export { compareOutcomes, diffResults, replay } from './replay.js';
export type {
  Change,
  Ranked,
  ReplayError,
  ReplayInput,
  ReplayResult,
  ReplayRow,
  ReplaySide,
  ResultDiff,
  Verdict,
} from './replay.js';
export { OUTCOMES } from './types.js';
export type {
  Checker,
  DateOptions,
  Engine,
  EngineOutcome,
  EngineResult,
  RulebookRef,
  SafeRun,
  Unknown,
} from './types.js';
