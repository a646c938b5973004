/**
 * Building blocks the engines use to implement the contract: one way to refuse a rulebook, to
 * turn a throwing run into a safe one, and to say where in a request an input problem lies.
 *
 * @module
 */
import { CoreError } from '../shared/errors.js';
import type { Domain, ResolvedRulebook } from '../rulebook/index.js';
import type { AsOfChoice } from './as-of.js';
import type { Checker, EngineResult, RulebookRef, SafeRun } from './types.js';

/**
 * Runs `fn`, returning a core error instead of throwing it (other errors are bugs: rethrown).
 *
 * @example
 * ```ts
 * const outcome = safely(() => checker.run(input));
 * if (!outcome.success) outcome.error.issues;
 * ```
 */
export function safely<R>(fn: () => R): SafeRun<R> {
  try {
    return { success: true, result: fn() };
  } catch (error) {
    if (error instanceof CoreError) return { success: false, error };
    throw error;
  }
}

/**
 * The same error with every input issue placed under `prefix`, so a problem is reported at the
 * path the user sent (`region.level`, not `level`). The issues of a custom rulebook sent in a
 * request (`RULEBOOK_INVALID`) move the same way (`rulebook.effective.from`).
 *
 * @example
 * ```ts
 * underPath(error, 'region').issues[0]?.path; // 'region.level'
 * ```
 */
export function underPath(error: CoreError, prefix: string): CoreError {
  if ((error.code !== 'INPUT_INVALID' && error.code !== 'RULEBOOK_INVALID') || prefix === '')
    return error;
  return new CoreError(
    error.code,
    error.message,
    error.issues.map((issue) => ({
      path:
        issue.path === '(root)'
          ? prefix
          : issue.path.startsWith('[')
            ? `${prefix}${issue.path}`
            : `${prefix}.${issue.path}`,
      message: issue.message,
    })),
  );
}

/**
 * Runs `fn`; an input problem it throws is reported under `prefix`.
 *
 * @example
 * ```ts
 * const result = atPath('region', () => checker.run(body.region));
 * ```
 */
export function atPath<R>(prefix: string, fn: () => R): R {
  try {
    return fn();
  } catch (error) {
    if (error instanceof CoreError) throw underPath(error, prefix);
    throw error;
  }
}

const ENGINE_NAMES: Record<Domain, string> = {
  readiness: 'proposal readiness. Choose a KIPP rulebook',
  scoring: 'competition scoring. Choose a scoring rulebook (`inovasi rulebook list`)',
  iid: 'the Indeks Inovasi Daerah. Choose an iid-… rulebook',
  incentive: 'the fiscal incentive. Choose a did-… or insentif-fiskal-… rulebook',
};

/**
 * Refuses a rulebook of another engine and a cancelled edition.
 *
 * @throws {CoreError} `RULEBOOK_DOMAIN_MISMATCH` or `NO_EDITION`.
 */
export function assertRulebookFor(domain: Domain, rulebook: ResolvedRulebook): void {
  if (rulebook.domain !== domain)
    throw new CoreError(
      'RULEBOOK_DOMAIN_MISMATCH',
      `Rulebook ${rulebook.id} is for ${rulebook.domain}, not for ${ENGINE_NAMES[domain]}.`,
    );
  if (rulebook.status === 'cancelled')
    throw new CoreError(
      'NO_EDITION',
      rulebook.statusNote?.en ?? `The ${rulebook.id} edition did not take place.`,
    );
}

/** The reference a result carries to its rulebook. */
export function rulebookRef(rulebook: ResolvedRulebook): RulebookRef {
  return { id: rulebook.id, title: rulebook.title, chain: rulebook.chain };
}

/**
 * A checker from a compiled `run`: `safeRun` and `runBatch` come with it.
 *
 * @example
 * ```ts
 * return createChecker('iid', rulebook, choice, (input) => assess(parseRegion(input)));
 * ```
 */
export function createChecker<R extends EngineResult>(
  engine: Domain,
  rulebook: ResolvedRulebook,
  choice: Pick<AsOfChoice, 'asOf' | 'asOfReason'>,
  run: (input: unknown) => R,
): Checker<R> {
  return {
    engine,
    rulebook: rulebookRef(rulebook),
    asOf: choice.asOf,
    asOfReason: choice.asOfReason,
    run,
    safeRun: (input) => safely(() => run(input)),
    runBatch: (inputs) => inputs.map((input) => safely(() => run(input))),
  };
}
