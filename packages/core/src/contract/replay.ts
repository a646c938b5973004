/**
 * Comparing runs: a total order on outcomes, the difference between two results, and replay —
 * the same inputs under an old and a new rulebook, with who gains and who loses.
 *
 * @module
 */
import type { InputIssue } from '../shared/errors.js';
import type { Finding } from '../shared/finding.js';
import type { LocalizedText } from '../shared/i18n.js';
import type { AsOfReason } from './as-of.js';
import { contractMessages as m } from './messages.js';
import {
  OUTCOMES,
  type Checker,
  type EngineResult,
  type EngineOutcome,
  type RulebookRef,
} from './types.js';

/** What {@link compareOutcomes} orders: an outcome and, within it, a grade. */
export interface Ranked {
  readonly outcome: EngineOutcome;
  readonly grade?: number;
}

/**
 * A total order on answers: negative < indeterminate < positive, then by grade (a better IID
 * predikat is a higher grade). Negative when `a` is worse than `b`, 0 when equal, positive when
 * better.
 *
 * @example
 * ```ts
 * compareOutcomes({ outcome: 'negative' }, { outcome: 'positive' }); // < 0
 * compareOutcomes({ outcome: 'positive', grade: 3 }, { outcome: 'positive', grade: 2 }); // > 0
 * ```
 */
export function compareOutcomes(a: Ranked, b: Ranked): number {
  return (
    OUTCOMES.indexOf(a.outcome) - OUTCOMES.indexOf(b.outcome) || (a.grade ?? 0) - (b.grade ?? 0)
  );
}

/** How one input fared from the old rulebook to the new one. */
export type Change = 'gains' | 'loses' | 'changes' | 'unchanged' | 'not-run';

/** The parts of a result a replay shows. */
export interface Verdict {
  readonly outcome: EngineOutcome;
  readonly status: string;
  readonly statusText: LocalizedText;
  readonly grade: number;
}

/** What changed between two results of one engine. */
export interface ResultDiff {
  /** Set when the outcome, status or grade changed. */
  readonly verdict?: { readonly before: Verdict; readonly after: Verdict };
  /** Findings (as `CODE path`) only the new result has. */
  readonly added: readonly string[];
  /** Findings only the old result has. */
  readonly removed: readonly string[];
  /** Unknowns only the new result has, and only the old one has. */
  readonly unknowns: { readonly added: readonly string[]; readonly removed: readonly string[] };
}

function verdictOf(r: EngineResult): Verdict {
  return { outcome: r.outcome, status: r.status, statusText: r.statusText, grade: r.grade };
}

const findingKey = (f: Finding): string => (f.path !== undefined ? `${f.code} ${f.path}` : f.code);

/** Items of `a` not in `b`, as a multiset (two equal findings count twice). */
function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    else out.push(x);
  }
  return out;
}

/**
 * The difference between two results of one engine (e.g. under two rulebooks).
 *
 * @example
 * ```ts
 * const d = diffResults(before, after);
 * d.verdict?.after.status; // 'not-ready'
 * d.added; // ['KIPP.AGE.MIN implementationStartDate']
 * ```
 */
export function diffResults(before: EngineResult, after: EngineResult): ResultDiff {
  const a = before.findings.map(findingKey);
  const b = after.findings.map(findingKey);
  const ua = before.unknowns.map((u) => u.rule ?? u.what.en);
  const ub = after.unknowns.map((u) => u.rule ?? u.what.en);
  const same =
    before.outcome === after.outcome &&
    before.status === after.status &&
    before.grade === after.grade;
  return {
    ...(same ? {} : { verdict: { before: verdictOf(before), after: verdictOf(after) } }),
    added: minus(b, a),
    removed: minus(a, b),
    unknowns: { added: minus(ub, ua), removed: minus(ua, ub) },
  };
}

/** One input of a replay. */
export interface ReplayInput {
  /** How the input is named in the report (a file name, a region id). */
  readonly name: string;
  readonly input: unknown;
}

/** Why an input could not be run under one side. */
export interface ReplayError {
  readonly side: 'before' | 'after';
  readonly code: string;
  readonly message: string;
  readonly issues: readonly InputIssue[];
}

/** One input of a replay, under both rulebooks. */
export interface ReplayRow {
  readonly input: string;
  readonly change: Change;
  readonly changeText: LocalizedText;
  readonly before?: Verdict;
  readonly after?: Verdict;
  readonly diff?: ResultDiff;
  readonly errors?: readonly ReplayError[];
}

/** One side of a replay: the rulebook and the date it was read at. */
export interface ReplaySide {
  readonly rulebook: RulebookRef;
  readonly asOf: string;
  readonly asOfReason: AsOfReason;
}

/** The same inputs under two rulebooks. */
export interface ReplayResult {
  readonly kind: 'replay';
  readonly engine: string;
  readonly before: ReplaySide;
  readonly after: ReplaySide;
  readonly rows: readonly ReplayRow[];
  readonly counts: Readonly<Record<Change, number>>;
}

const side = (c: Checker): ReplaySide => ({
  rulebook: c.rulebook,
  asOf: c.asOf,
  asOfReason: c.asOfReason,
});

/**
 * Runs the same inputs under two compiled rulebooks of one engine, and says for each input
 * whether it gains (a better outcome or grade), loses, changes (another status of the same
 * rank), stays unchanged, or could not be run (an input error on either side).
 *
 * @example
 * ```ts
 * const before = readinessEngine.compile(registry.resolve('kipp-2018'), { today });
 * const after = readinessEngine.compile(registry.resolve('cilegon-2026'), { today });
 * const report = replay(before, after, [{ name: 'a.json', input: proposal }]);
 * report.counts.loses; // how many proposals the overlay turns away
 * ```
 */
export function replay(
  before: Checker,
  after: Checker,
  inputs: readonly ReplayInput[],
): ReplayResult {
  const left = before.runBatch(inputs.map((i) => i.input));
  const right = after.runBatch(inputs.map((i) => i.input));
  const counts: Record<Change, number> = {
    gains: 0,
    loses: 0,
    changes: 0,
    unchanged: 0,
    'not-run': 0,
  };
  const rows = inputs.map((item, index): ReplayRow => {
    const x = left[index];
    const y = right[index];
    if (!x?.success || !y?.success) {
      counts['not-run'] += 1;
      const errors: ReplayError[] = [];
      for (const [name, run] of [
        ['before', x],
        ['after', y],
      ] as const)
        if (run && !run.success)
          errors.push({
            side: name,
            code: run.error.code,
            message: run.error.message,
            issues: run.error.issues,
          });
      return {
        input: item.name,
        change: 'not-run',
        changeText: m['not-run'](),
        ...(x?.success ? { before: verdictOf(x.result) } : {}),
        ...(y?.success ? { after: verdictOf(y.result) } : {}),
        errors,
      };
    }
    const order = compareOutcomes(y.result, x.result);
    const change: Change =
      x.result.status === y.result.status && x.result.grade === y.result.grade
        ? 'unchanged'
        : order > 0
          ? 'gains'
          : order < 0
            ? 'loses'
            : 'changes';
    counts[change] += 1;
    return {
      input: item.name,
      change,
      changeText: m[change](),
      before: verdictOf(x.result),
      after: verdictOf(y.result),
      diff: diffResults(x.result, y.result),
    };
  });
  return {
    kind: 'replay',
    engine: before.engine,
    before: side(before),
    after: side(after),
    rows,
    counts,
  };
}
