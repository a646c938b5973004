/**
 * Robustness of a ranking: does it change under another aggregation, when one judge is left out,
 * or when the panel is resampled (bootstrap over judges, seeded)? Each entry gets the range of
 * ranks it takes and the share of resamples in which it is above the cut; entries whose rank
 * interval straddles the cut are "too close to call".
 *
 * @module
 */
import type { Aggregation } from './schema.js';
import { aggregate, clean, seededRandom } from './stats.js';

/** What robustness needs: every entry's counted (normalised) sheet totals by judge. */
export interface RobustnessInput {
  /** Entries in the stage's final order (best first): ties in a scenario keep this order. */
  readonly entries: readonly {
    readonly id: string;
    /** Totals by judge index (into `judges`); missing judges are absent. */
    readonly totals: ReadonlyMap<number, number>;
    /** The part of the score that does not come from this stage's judges (earlier stages × weight). */
    readonly fixed: number;
  }[];
  readonly judges: readonly string[];
  /** Weight of this stage's own aggregate in the score. */
  readonly ownWeight: number;
  readonly aggregation: Aggregation;
  readonly minimumSheets: number;
  /** How many advance (the cut); 0 when nobody is cut. */
  readonly cut: number;
  readonly resamples: number;
  readonly seed: string;
}

/** One entry's robustness. */
export interface EntryRobustness {
  readonly entry: string;
  /** Best and worst rank over the alternative aggregations and leave-one-judge-out. */
  readonly scenarioRanks: { readonly best: number; readonly worst: number };
  /** The 5th–95th percentile of the bootstrap ranks (null without resamples). */
  readonly bootstrapRanks: { readonly low: number; readonly high: number } | null;
  /** Share of bootstrap resamples in which the entry is above the cut. */
  readonly aboveCutShare: number | null;
  readonly tooCloseToCall: boolean;
}

/** Robustness of a stage's ranking. */
export interface Robustness {
  readonly scenarios: readonly string[];
  readonly resamples: number;
  readonly seed: string;
  readonly cut: number;
  readonly entries: readonly EntryRobustness[];
}

function ranksFor(scores: Float64Array): Int32Array {
  const order: number[] = [];
  for (let i = 0; i < scores.length; i += 1) if (!Number.isNaN(scores[i] ?? NaN)) order.push(i);
  order.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  const ranks = new Int32Array(scores.length).fill(0);
  order.forEach((index, position) => {
    ranks[index] = position + 1;
  });
  return ranks;
}

/**
 * Runs the scenarios and the bootstrap.
 *
 * @example
 * ```ts
 * const r = assessRobustness({ entries, judges: ['J1', 'J2', 'J3'], ownWeight: 1,
 *   aggregation: { kind: 'mean' }, minimumSheets: 1, cut: 10, resamples: 200, seed: 'kipp' });
 * r.entries.filter((e) => e.tooCloseToCall).map((e) => e.entry);
 * ```
 */
export function assessRobustness(input: RobustnessInput): Robustness {
  const { entries, judges, ownWeight, minimumSheets, cut } = input;
  const n = entries.length;
  const scoreWith = (
    aggregation: Aggregation,
    weights: (judge: number) => number,
    into: Float64Array,
  ): void => {
    const values: number[] = [];
    for (let e = 0; e < n; e += 1) {
      const entry = entries[e];
      if (!entry) continue;
      values.length = 0;
      for (const [judge, total] of entry.totals) {
        const times = weights(judge);
        for (let t = 0; t < times; t += 1) values.push(total);
      }
      const own = values.length >= minimumSheets ? aggregate(values, aggregation) : NaN;
      into[e] = Number.isNaN(own) ? NaN : clean(entry.fixed + ownWeight * own);
    }
  };

  const scenarios: { name: string; aggregation: Aggregation; weights: (j: number) => number }[] =
    [];
  const all = (): number => 1;
  const alternatives: Aggregation[] = [{ kind: 'mean' }, { kind: 'median' }];
  if (judges.length >= 3) alternatives.push({ kind: 'trimmed-mean', trim: 1 });
  for (const a of alternatives)
    scenarios.push({ name: `aggregation:${a.kind}`, aggregation: a, weights: all });
  if (judges.length >= 2) {
    judges.forEach((judge, j) =>
      scenarios.push({
        name: `without:${judge}`,
        aggregation: input.aggregation,
        weights: (k) => (k === j ? 0 : 1),
      }),
    );
  }
  const best = new Int32Array(n).fill(2 ** 31 - 1);
  const worst = new Int32Array(n).fill(0);
  const scores = new Float64Array(n);
  for (const s of scenarios) {
    scoreWith(s.aggregation, s.weights, scores);
    const ranks = ranksFor(scores);
    for (let e = 0; e < n; e += 1) {
      const r = ranks[e] ?? 0;
      if (r === 0) continue;
      if (r < (best[e] ?? 0)) best[e] = r;
      if (r > (worst[e] ?? 0)) worst[e] = r;
    }
  }

  const resamples = judges.length >= 2 ? input.resamples : 0;
  const bootRanks: Int32Array[] = entries.map(() => new Int32Array(resamples));
  const counts = new Int32Array(judges.length);
  const next = seededRandom(`${input.seed}:bootstrap`);
  for (let b = 0; b < resamples; b += 1) {
    counts.fill(0);
    for (const _ of judges) {
      const j = Math.floor(next() * judges.length);
      counts[j] = (counts[j] ?? 0) + 1;
    }
    scoreWith(input.aggregation, (j) => counts[j] ?? 0, scores);
    const ranks = ranksFor(scores);
    for (let e = 0; e < n; e += 1) {
      const target = bootRanks[e];
      if (target) target[b] = ranks[e] ?? 0;
    }
  }

  return {
    scenarios: scenarios.map((s) => s.name),
    resamples,
    seed: input.seed,
    cut,
    entries: entries.map((entry, e): EntryRobustness => {
      const sampled = [...(bootRanks[e] ?? [])].filter((r) => r > 0).sort((a, b) => a - b);
      const low = sampled[Math.max(0, Math.ceil(0.05 * sampled.length) - 1)];
      const high = sampled[Math.max(0, Math.ceil(0.95 * sampled.length) - 1)];
      const bootstrap = low !== undefined && high !== undefined ? { low, high } : null;
      const above = sampled.filter((r) => r <= cut).length;
      const scenarioRanks = {
        best: (worst[e] ?? 0) === 0 ? 0 : (best[e] ?? 0),
        worst: worst[e] ?? 0,
      };
      const straddles = (lo: number, hi: number): boolean => lo > 0 && lo <= cut && hi > cut;
      return {
        entry: entry.id,
        scenarioRanks,
        bootstrapRanks: bootstrap,
        aboveCutShare: sampled.length === 0 ? null : clean(above / sampled.length),
        tooCloseToCall:
          cut > 0 &&
          cut < n &&
          (straddles(scenarioRanks.best, scenarioRanks.worst) ||
            (bootstrap !== null && straddles(bootstrap.low, bootstrap.high))),
      };
    }),
  };
}
