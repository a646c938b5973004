/**
 * Rulebook cases (`{ name, asOf, input, expected }`, as OpenFisca's tests have them): how a
 * case's `expected` is compared with an engine's result, so the core, the CLI and the HTTP API
 * hold every engine to the same answer. `expected` is a subset of the engine's case view (the
 * result plus derived facts, see `Engine.caseView`); numbers may differ by a tolerance.
 *
 * @module
 */

import type { CoreError } from '../shared/errors.js';
import type { ResolvedRulebook } from '../rulebook/index.js';
import { safely } from './checker.js';
import type { Engine, EngineResult } from './types.js';

/** One difference between expected and actual. */
export interface Mismatch {
  readonly path: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

interface FindingLike {
  code?: unknown;
  fix?: { en?: unknown; id?: unknown };
}

/**
 * Compares a case's `expected` with a result (or an engine's case view of it). Special keys:
 * `codes` (the finding codes, in order), `fixIncludes` (text some finding's fix must contain, in
 * either language) and, for a batch result, `items` (each item as `{ status, codes }`).
 *
 * @example
 * ```ts
 * compareCase({ status: 'ready', codes: [] }, result); // [] when the result matches
 * ```
 */
export function compareCase(
  expected: Readonly<Record<string, unknown>>,
  result: unknown,
  tolerance = 0,
  tolerances: Readonly<Record<string, number>> = {},
): Mismatch[] {
  const out: Mismatch[] = [];
  const findings = ((result as { findings?: unknown }).findings ?? []) as FindingLike[];
  for (const [key, want] of Object.entries(expected)) {
    if (key === 'codes' && !hasKey(result, 'codes')) {
      const codes = Array.isArray(findings) ? findings.map((f) => f.code) : [];
      if (JSON.stringify(codes) !== JSON.stringify(want))
        out.push({ path: 'codes', expected: want, actual: codes });
      continue;
    }
    if (key === 'fixIncludes' && !hasKey(result, 'fixIncludes')) {
      const texts = findings.flatMap((f) =>
        [f.fix?.en, f.fix?.id].filter((t): t is string => typeof t === 'string'),
      );
      if (typeof want !== 'string' || !texts.some((t) => t.includes(want)))
        out.push({ path: 'fixIncludes', expected: want, actual: texts[0] ?? null });
      continue;
    }
    if (key === 'items' && Array.isArray((result as { items?: unknown }).items)) {
      // A batch: each item as `{ status, codes }` (`invalid` for an unreadable one).
      const items = (result as { items: unknown[] }).items.map((item) => {
        const inner = (item as { result?: { status?: unknown; findings?: FindingLike[] } }).result;
        return inner
          ? { status: inner.status, codes: (inner.findings ?? []).map((f) => f.code) }
          : { status: 'invalid', codes: [] };
      });
      compare(want, items, key, out, tolerance, tolerances);
      continue;
    }
    compare(want, (result as Record<string, unknown>)[key], key, out, tolerance, tolerances);
  }
  return out;
}

function hasKey(value: unknown, key: string): boolean {
  return typeof value === 'object' && value !== null && key in value;
}

function compare(
  want: unknown,
  got: unknown,
  path: string,
  out: Mismatch[],
  tolerance: number,
  tolerances: Readonly<Record<string, number>>,
): void {
  if (typeof want === 'number' && typeof got === 'number') {
    const allowed = tolerances[path] ?? tolerance;
    if (Math.abs(want - got) > allowed) out.push({ path, expected: want, actual: got });
    return;
  }
  if (Array.isArray(want)) {
    if (!Array.isArray(got) || got.length !== want.length) {
      out.push({ path, expected: want, actual: got ?? null });
      return;
    }
    want.forEach((w, i) => {
      compare(w, got[i], `${path}[${i}]`, out, tolerance, tolerances);
    });
    return;
  }
  if (typeof want === 'object' && want !== null) {
    if (typeof got !== 'object' || got === null || Array.isArray(got)) {
      out.push({ path, expected: want, actual: got ?? null });
      return;
    }
    for (const [k, w] of Object.entries(want))
      compare(w, (got as Record<string, unknown>)[k], `${path}.${k}`, out, tolerance, tolerances);
    return;
  }
  if (want !== got) out.push({ path, expected: want, actual: got ?? null });
}

/**
 * Compares a case's `expected` with the core error its input raised: `expected.error` names the
 * error code; `expected.status: 'invalid'` with `issues` names the input paths.
 *
 * @example
 * ```ts
 * compareCaseError({ error: 'NO_EDITION' }, error); // [] when the code matches
 * ```
 */
export function compareCaseError(
  expected: Readonly<Record<string, unknown>>,
  error: CoreError,
): Mismatch[] {
  if (expected.error !== undefined)
    return expected.error === error.code
      ? []
      : [{ path: 'error', expected: expected.error, actual: error.code }];
  if (expected.status === 'invalid') {
    const issues = error.issues.map((i) => i.path);
    return expected.issues === undefined ||
      JSON.stringify(issues) === JSON.stringify(expected.issues)
      ? []
      : [{ path: 'issues', expected: expected.issues, actual: issues }];
  }
  return [{ path: 'error', expected: null, actual: error.code }];
}

/** A rulebook case as the contract runs it. */
export interface RulebookCaseRun {
  readonly asOf: string;
  readonly options?: Readonly<Record<string, string>> | undefined;
  readonly input: unknown;
  readonly expected: Readonly<Record<string, unknown>>;
  readonly tolerance?: number | undefined;
  readonly tolerances?: Readonly<Record<string, number>> | undefined;
}

/** What a case came to: the mismatches, and the result or the error. */
export type CaseOutcome =
  | { readonly mismatches: readonly Mismatch[]; readonly result: EngineResult }
  | { readonly mismatches: readonly Mismatch[]; readonly error: CoreError };

/**
 * Runs one rulebook case through an engine (compiled at the case's `asOf` with its `options`)
 * and compares the answer with `expected`.
 *
 * @throws {CoreError} only for a bug; input and rulebook problems are compared as results.
 *
 * @example
 * ```ts
 * const outcome = runCase(engineFor('iid'), builtinRegistry.resolve('iid-2026'), aCase);
 * outcome.mismatches; // [] when the case passes
 * ```
 */
export function runCase(
  engine: Engine<EngineResult, object>,
  rulebook: ResolvedRulebook,
  c: RulebookCaseRun,
): CaseOutcome {
  const outcome = safely(() =>
    engine
      .compile(rulebook, { ...engine.parseOptions(c.options ?? {}), asOf: c.asOf })
      .run(c.input),
  );
  if (!outcome.success)
    return { mismatches: compareCaseError(c.expected, outcome.error), error: outcome.error };
  return {
    mismatches: compareCase(
      c.expected,
      engine.caseView(outcome.result, c.expected),
      c.tolerance,
      c.tolerances,
    ),
    result: outcome.result,
  };
}
