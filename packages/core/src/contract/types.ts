/**
 * The engine contract: what every engine (readiness, scoring, iid, incentive) offers. A rulebook
 * is compiled once into a {@link Checker}; the checker runs one input or a batch and answers with
 * one result envelope ({@link EngineResult}) whatever the engine.
 *
 * @module
 */
import type { CoreError } from '../shared/errors.js';
import type { Finding } from '../shared/finding.js';
import type { LocalizedText } from '../shared/i18n.js';
import type { Domain, ResolvedRulebook } from '../rulebook/index.js';
import type { AsOfReason } from './as-of.js';

/**
 * The engine's answer, reduced to three words every surface understands:
 * - `positive`: ready, eligible, a complete ranking, a predikat;
 * - `negative`: not ready, not eligible;
 * - `indeterminate`: a rule or a value is unknown; a human must review.
 */
export type EngineOutcome = 'positive' | 'negative' | 'indeterminate';

/** The outcomes, worst first: the order {@link compareOutcomes} uses. */
export const OUTCOMES: readonly EngineOutcome[] = ['negative', 'indeterminate', 'positive'];

/** Something the engine could not decide, and what is missing. */
export interface Unknown {
  /** The rule (or component) that could not be decided. */
  readonly rule?: string;
  readonly what: LocalizedText;
}

/** The rulebook a result was computed with: its id, title and `extends` chain (itself first). */
export interface RulebookRef {
  readonly id: string;
  readonly title: LocalizedText;
  readonly chain: readonly string[];
}

/**
 * The envelope every engine's result carries (the engine adds its own detail beside it).
 *
 * @example
 * ```ts
 * const result = engine.compile(rulebook, { today: '2026-12-07' }).run(input);
 * result.outcome; // 'negative'
 * result.statusText.en; // 'not ready' — the engine's own label
 * `${result.asOf} (${result.asOfReason})`; // '2018-03-10 (registration-close)'
 * ```
 */
export interface EngineResult {
  /** What kind of result this is (`readiness`, `scoring`, `iid`, `incentive-eligibility` …). */
  readonly kind: string;
  readonly outcome: EngineOutcome;
  /** The engine's own status word (`ready`, `not-eligible`, a predikat …). */
  readonly status: string;
  /** The engine's own label for the answer, in Bahasa Indonesia and English. */
  readonly statusText: LocalizedText;
  /**
   * Order among results with the same outcome, higher is better (the IID predikat); 0 when the
   * engine has no finer order.
   */
  readonly grade: number;
  /** The date the rules were read at. */
  readonly asOf: string;
  /** Where that date came from (see `resolveAsOf`). */
  readonly asOfReason: AsOfReason;
  /** The same, as a sentence. */
  readonly asOfText: LocalizedText;
  readonly rulebook: RulebookRef;
  /** Every finding, errors first; at most one stale-rule warning. */
  readonly findings: readonly Finding[];
  /** What could not be decided (empty unless the outcome is `indeterminate`, or a part is). */
  readonly unknowns: readonly Unknown[];
}

/** A run that did not throw: the result, or the core error that stopped it. */
export type SafeRun<R> =
  | { readonly success: true; readonly result: R }
  | { readonly success: false; readonly error: CoreError };

/** Options every engine's `compile` takes: the date policy's two inputs. */
export interface DateOptions {
  /** Read the rules at this date (`YYYY-MM-DD`); wins over everything else. */
  readonly asOf?: string;
  /** Today's date, from the adapter's clock (the core has none). */
  readonly today?: string;
}

/** A rulebook compiled once, for one date: run it as often as needed. */
export interface Checker<R extends EngineResult = EngineResult> {
  readonly engine: Domain;
  readonly rulebook: RulebookRef;
  readonly asOf: string;
  readonly asOfReason: AsOfReason;
  /**
   * Runs one input.
   *
   * @throws {CoreError} `INPUT_INVALID` with every field problem.
   */
  run(input: unknown): R;
  /** {@link Checker.run} that returns errors instead of throwing them. */
  safeRun(input: unknown): SafeRun<R>;
  /** Runs several inputs with this one compiled rulebook; a bad input never stops the others. */
  runBatch(inputs: readonly unknown[]): SafeRun<R>[];
}

/**
 * An engine: compiles a rulebook of its domain into a checker. `O` are the engine's own
 * options (a registration close date, the IID view …), given beside the date options.
 */
export interface Engine<
  R extends EngineResult = EngineResult,
  O extends object = Readonly<Record<string, unknown>>,
> {
  readonly domain: Domain;
  readonly title: LocalizedText;
  /**
   * Compiles a rulebook once.
   *
   * @throws {CoreError} `RULEBOOK_DOMAIN_MISMATCH`, `NO_EDITION`, `RULEBOOK_INVALID`, or
   *   `INPUT_INVALID` for a bad option (a date that does not exist).
   */
  compile(rulebook: ResolvedRulebook, options?: O & DateOptions): Checker<R>;
  /**
   * Reads engine options given as strings (a CLI flag, a case file's `options`), naming the
   * field on a bad value.
   *
   * @throws {CoreError} `INPUT_INVALID`.
   */
  parseOptions(raw: Readonly<Record<string, string>>): O;
  /**
   * The facts of a result that a rulebook case (`{ name, asOf, input, expected }`) can name,
   * for the keys it names: the result itself, plus derived views (e.g. the IID's SPD levels).
   */
  caseView(result: R, expected: Readonly<Record<string, unknown>>): Record<string, unknown>;
}
