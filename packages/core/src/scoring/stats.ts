/**
 * The arithmetic of scoring: aggregations, standard deviation, quantiles, a seeded generator,
 * Krippendorff's alpha. Every function sorts its input first where order could change a float
 * sum, so results never depend on the order sheets were given in.
 *
 * @module
 */
import type { Aggregation } from './schema.js';

/** Rounds away float noise (1e-9) so equal scores compare equal whatever the summation order. */
export function clean(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

/** An ascending copy (a native numeric sort of a typed array: no comparator calls). */
function sortedCopy(values: readonly number[]): Float64Array {
  return Float64Array.from(values).sort();
}

/** Sum in ascending order (order-independent up to {@link clean}). */
export function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of sortedCopy(values)) s += v;
  return s;
}

/** The arithmetic mean; NaN for no values. */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? NaN : sum(values) / values.length;
}

/** The median; NaN for no values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = sortedCopy(values);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}

/** Mean after dropping `trim` highest and `trim` lowest values; NaN when nothing is left. */
export function trimmedMean(values: readonly number[], trim: number): number {
  if (values.length - 2 * trim < 1) return NaN;
  const kept = sortedCopy(values).subarray(trim, values.length - trim);
  let s = 0;
  for (const v of kept) s += v;
  return s / kept.length;
}

/**
 * Aggregates judges' values.
 *
 * @example
 * ```ts
 * aggregate([70, 80, 95], { kind: 'median' }); // 80
 * aggregate([60, 70, 80, 100], { kind: 'trimmed-mean', trim: 1 }); // 75
 * ```
 */
export function aggregate(values: readonly number[], aggregation: Aggregation): number {
  switch (aggregation.kind) {
    case 'mean':
      return mean(values);
    case 'median':
      return median(values);
    case 'sum':
      return values.length === 0 ? NaN : sum(values);
    case 'trimmed-mean':
      return trimmedMean(values, aggregation.trim);
  }
}

/** Sample standard deviation (n − 1); NaN below two values. */
export function standardDeviation(values: readonly number[]): number {
  if (values.length < 2) return NaN;
  const m = mean(values);
  return Math.sqrt(sum(values.map((v) => (v - m) ** 2)) / (values.length - 1));
}

/** Pearson correlation; NaN when either side is constant or fewer than three pairs. */
export function correlation(xs: readonly number[], ys: readonly number[]): number {
  if (xs.length !== ys.length || xs.length < 3) return NaN;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i += 1) {
    const dx = (xs[i] ?? 0) - mx;
    const dy = (ys[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return NaN;
  return sxy / Math.sqrt(sxx * syy);
}

/** The q-quantile (0–1) of values by the nearest-rank method; NaN for no values. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const s = sortedCopy(values);
  const index = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[index] ?? NaN;
}

/** A 32-bit FNV-1a hash of a string. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A seeded generator (mulberry32): the same seed gives the same draws on every machine.
 *
 * @example
 * ```ts
 * const next = seededRandom('kipp-2025');
 * next(); // a number in [0, 1), always the same for this seed
 * ```
 */
export function seededRandom(seed: string): () => number {
  let a = hashString(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Krippendorff's alpha for interval data. `units` holds, per unit (entry), the values the judges
 * gave; units with fewer than two values are not pairable and are skipped. Null when fewer than
 * two pairable values or no variation at all.
 *
 * @example
 * ```ts
 * krippendorffAlphaInterval([[1, 1], [2, 2], [3, 3]]); // 1
 * ```
 */
export function krippendorffAlphaInterval(units: readonly (readonly number[])[]): number | null {
  let n = 0;
  let s1 = 0;
  let s2 = 0;
  let observed = 0;
  for (const unit of units) {
    const m = unit.length;
    if (m < 2) continue;
    let u1 = 0;
    let u2 = 0;
    for (const v of unit) {
      u1 += v;
      u2 += v * v;
    }
    observed += (2 * (m * u2 - u1 * u1)) / (m - 1);
    n += m;
    s1 += u1;
    s2 += u2;
  }
  if (n < 2) return null;
  const expected = (2 * (n * s2 - s1 * s1)) / (n * (n - 1));
  const doVal = observed / n;
  if (clean(expected) === 0) return null;
  return clean(1 - doVal / expected);
}
