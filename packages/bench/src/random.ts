/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same sequence on every
 * machine, so every run of a benchmark or a test works on the same data.
 *
 * @module
 */

/** A function returning the next number in [0, 1). */
export type Random = () => number;

/**
 * Creates a seeded generator.
 *
 * @example
 * ```ts
 * const random = createRandom(7);
 * random(); // 0.…, the same on every run
 * ```
 */
export function createRandom(seed: number): Random {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max]. */
export function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One element of a non-empty list. */
export function pick<T>(random: Random, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** A calendar date `YYYY-MM-DD` between two years (inclusive), day 1–28. */
export function isoDate(random: Random, fromYear: number, toYear: number): string {
  const year = between(random, fromYear, toYear);
  const month = String(between(random, 1, 12)).padStart(2, '0');
  const day = String(between(random, 1, 28)).padStart(2, '0');
  return `${year}-${month}-${day}`;
}
