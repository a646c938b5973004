/**
 * Robustness of a ranking: does it change under another aggregation, when one judge is left out,
 * or when the panel is resampled (bootstrap over judges, seeded)? Each entry gets the range of
 * ranks it takes and the share of resamples in which it is above the cut; entries whose rank
 * interval straddles the cut are "too close to call".
 *
 * @module
 */
import type { Aggregation } from './schema.js';
import { clean, seededRandom } from './stats.js';

/**
 * Aggregates `values[0..length)` of a scratch array, sorted in place by insertion (a handful of
 * judges): the bootstrap calls it hundreds of thousands of times, so it must not allocate.
 */
function aggregateScratch(values: Float64Array, length: number, aggregation: Aggregation): number {
  if (length === 0) return NaN;
  for (let i = 1; i < length; i += 1) {
    const v = values[i] ?? 0;
    let j = i - 1;
    while (j >= 0 && (values[j] ?? 0) > v) {
      values[j + 1] = values[j] ?? 0;
      j -= 1;
    }
    values[j + 1] = v;
  }
  if (aggregation.kind === 'median') {
    const mid = Math.floor(length / 2);
    return length % 2 === 1
      ? (values[mid] ?? NaN)
      : ((values[mid - 1] ?? NaN) + (values[mid] ?? NaN)) / 2;
  }
  const from = aggregation.kind === 'trimmed-mean' ? aggregation.trim : 0;
  const to = length - from;
  if (to - from < 1) return NaN;
  let s = 0;
  for (let i = from; i < to; i += 1) s += values[i] ?? 0;
  return aggregation.kind === 'sum' ? s : s / (to - from);
}

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
  /** A passing grade: entries whose bootstrap score range straddles it are too close to call. */
  readonly grade?: number;
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
  /** The 5th–95th percentile of the bootstrap scores (null without resamples). */
  readonly bootstrapScores: { readonly low: number; readonly high: number } | null;
  /** Share of bootstrap resamples in which the entry is above the cut (or at or above the grade). */
  readonly aboveCutShare: number | null;
  readonly tooCloseToCall: boolean;
}

/** Robustness of a stage's ranking. */
export interface Robustness {
  readonly scenarios: readonly string[];
  readonly resamples: number;
  readonly seed: string;
  readonly cut: number;
  readonly grade?: number;
  readonly entries: readonly EntryRobustness[];
}

/** Buffers {@link ranksInto} reuses from one ranking to the next (the bootstrap ranks hundreds). */
interface RankBuffers {
  readonly sorted: Float64Array;
  readonly ties: Int32Array;
}

const rankBuffers = (n: number): RankBuffers => ({
  sorted: new Float64Array(n),
  ties: new Int32Array(n + 1),
});

/**
 * 1-based ranks into `ranks`, best (highest) first, ties in entry order; 0 for NaN. A native
 * numeric sort of the scores and a binary search per entry: the bootstrap ranks thousands of
 * entries hundreds of times, and a comparator sort was its slowest part.
 */
function ranksInto(scores: Float64Array, ranks: Int32Array, buffers: RankBuffers): void {
  const n = scores.length;
  const { sorted, ties } = buffers;
  sorted.set(scores);
  sorted.sort(); // ascending; NaN last
  let valid = n;
  while (valid > 0 && Number.isNaN(sorted[valid - 1] ?? NaN)) valid -= 1;
  // Equal scores share their upper bound, so it indexes the count of earlier ties.
  ties.fill(0);
  for (let i = 0; i < n; i += 1) {
    const score = scores[i] ?? NaN;
    if (Number.isNaN(score)) {
      ranks[i] = 0;
      continue;
    }
    let lo = 0;
    let hi = valid;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] ?? 0) <= score) lo = mid + 1;
      else hi = mid;
    }
    const earlierTies = ties[lo] ?? 0;
    ties[lo] = earlierTies + 1;
    ranks[i] = valid - lo + earlierTies + 1;
  }
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
  // Flat per-entry arrays of (judge, total), in the canonical judge order.
  const judgeOf = entries.map((entry) => Int32Array.from(entry.totals.keys()));
  const totalOf = entries.map((entry) => Float64Array.from(entry.totals.values()));
  const maxSheets = Math.max(1, ...judgeOf.map((j) => j.length)) * Math.max(1, judges.length);
  const scratch = new Float64Array(maxSheets);
  // How many times each judge's sheet counts, per scenario or resample (0 leaves a judge out).
  const scoreWith = (aggregation: Aggregation, weights: Int32Array, into: Float64Array): void => {
    for (let e = 0; e < n; e += 1) {
      const entry = entries[e];
      const js = judgeOf[e];
      const ts = totalOf[e];
      if (!entry || !js || !ts) continue;
      let length = 0;
      for (let k = 0; k < js.length; k += 1) {
        const times = weights[js[k] ?? -1] ?? 0;
        const total = ts[k] ?? 0;
        for (let t = 0; t < times; t += 1) scratch[length++] = total;
      }
      const own = length >= minimumSheets ? aggregateScratch(scratch, length, aggregation) : NaN;
      into[e] = Number.isNaN(own) ? NaN : clean(entry.fixed + ownWeight * own);
    }
  };

  const scenarios: { name: string; aggregation: Aggregation; weights: Int32Array }[] = [];
  const all = new Int32Array(judges.length).fill(1);
  const alternatives: Aggregation[] = [{ kind: 'mean' }, { kind: 'median' }];
  if (judges.length >= 3) alternatives.push({ kind: 'trimmed-mean', trim: 1 });
  for (const a of alternatives)
    scenarios.push({ name: `aggregation:${a.kind}`, aggregation: a, weights: all });
  if (judges.length >= 2) {
    judges.forEach((judge, j) => {
      const without = new Int32Array(judges.length).fill(1);
      without[j] = 0;
      scenarios.push({
        name: `without:${judge}`,
        aggregation: input.aggregation,
        weights: without,
      });
    });
  }
  const best = new Int32Array(n).fill(2 ** 31 - 1);
  const worst = new Int32Array(n).fill(0);
  const scores = new Float64Array(n);
  const ranks = new Int32Array(n);
  const buffers = rankBuffers(n);
  for (const s of scenarios) {
    scoreWith(s.aggregation, s.weights, scores);
    ranksInto(scores, ranks, buffers);
    for (let e = 0; e < n; e += 1) {
      const r = ranks[e] ?? 0;
      if (r === 0) continue;
      if (r < (best[e] ?? 0)) best[e] = r;
      if (r > (worst[e] ?? 0)) worst[e] = r;
    }
  }

  const resamples = judges.length >= 2 ? input.resamples : 0;
  // One flat buffer each, resample by resample (row b holds every entry's rank and score).
  const bootRanks = new Int32Array(n * resamples);
  const bootScores = new Float64Array(n * resamples);
  const counts = new Int32Array(judges.length);
  const next = seededRandom(`${input.seed}:bootstrap`);
  for (let b = 0; b < resamples; b += 1) {
    counts.fill(0);
    for (const _ of judges) {
      const j = Math.floor(next() * judges.length);
      counts[j] = (counts[j] ?? 0) + 1;
    }
    scoreWith(input.aggregation, counts, scores);
    ranksInto(scores, ranks, buffers);
    bootRanks.set(ranks, b * n);
    bootScores.set(scores, b * n);
  }
  // One entry's resamples, gathered into scratch columns (sorted in place, then read).
  const rankColumn = new Int32Array(resamples);
  const scoreColumn = new Float64Array(resamples);

  return {
    scenarios: scenarios.map((s) => s.name),
    resamples,
    seed: input.seed,
    cut,
    ...(input.grade !== undefined ? { grade: input.grade } : {}),
    entries: entries.map((entry, e): EntryRobustness => {
      for (let b = 0, at = e; b < resamples; b += 1, at += n) {
        rankColumn[b] = bootRanks[at] ?? 0;
        scoreColumn[b] = bootScores[at] ?? NaN;
      }
      // Sorted in place (NaN last; rank 0 first).
      const allScores = scoreColumn.sort();
      let scoredCount = allScores.length;
      while (scoredCount > 0 && Number.isNaN(allScores[scoredCount - 1] ?? NaN)) scoredCount -= 1;
      const scored = allScores.subarray(0, scoredCount);
      const scoreRange =
        scored.length === 0
          ? null
          : {
              low: scored[Math.max(0, Math.ceil(0.05 * scored.length) - 1)] ?? NaN,
              high: scored[Math.max(0, Math.ceil(0.95 * scored.length) - 1)] ?? NaN,
            };
      const grade = input.grade;
      const allRanks = rankColumn.sort();
      let firstRanked = 0;
      while (firstRanked < allRanks.length && (allRanks[firstRanked] ?? 0) === 0) firstRanked += 1;
      const sampled = allRanks.subarray(firstRanked);
      const low = sampled[Math.max(0, Math.ceil(0.05 * sampled.length) - 1)];
      const high = sampled[Math.max(0, Math.ceil(0.95 * sampled.length) - 1)];
      const bootstrap = low !== undefined && high !== undefined ? { low, high } : null;
      let above = 0;
      if (grade !== undefined) {
        for (const x of scored) if (x >= grade) above += 1;
      } else for (const r of sampled) if (r <= cut) above += 1;
      const denominator = grade !== undefined ? scored.length : sampled.length;
      const scenarioRanks = {
        best: (worst[e] ?? 0) === 0 ? 0 : (best[e] ?? 0),
        worst: worst[e] ?? 0,
      };
      const straddles = (lo: number, hi: number): boolean => lo > 0 && lo <= cut && hi > cut;
      return {
        entry: entry.id,
        scenarioRanks,
        bootstrapRanks: bootstrap,
        bootstrapScores: scoreRange,
        aboveCutShare: denominator === 0 ? null : clean(above / denominator),
        tooCloseToCall:
          grade !== undefined
            ? scoreRange !== null && scoreRange.low < grade && scoreRange.high >= grade
            : cut > 0 &&
              cut < n &&
              (straddles(scenarioRanks.best, scenarioRanks.worst) ||
                (bootstrap !== null && straddles(bootstrap.low, bootstrap.high))),
      };
    }),
  };
}
