import { describe, expect, it } from 'vitest';
import {
  aggregate,
  clean,
  correlation,
  krippendorffAlphaInterval,
  median,
  seededRandom,
  standardDeviation,
  trimmedMean,
} from './stats.js';

describe('aggregations (hand-checked)', () => {
  const totals = [70, 80, 95];
  it.each([
    [{ kind: 'mean' } as const, 81.666666667],
    [{ kind: 'median' } as const, 80],
    [{ kind: 'trimmed-mean', trim: 1 } as const, 80],
    [{ kind: 'sum' } as const, 245],
  ])('%o of 70, 80, 95 is %d', (aggregation, expected) => {
    expect(clean(aggregate(totals, aggregation))).toBe(expected);
  });

  it('median of an even count averages the middle two; trimming too much leaves nothing', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(trimmedMean([60, 70, 80, 100], 1)).toBe(75);
    expect(trimmedMean([1, 2], 1)).toBeNaN();
  });

  it('standard deviation and correlation', () => {
    expect(standardDeviation([60, 70, 80])).toBe(10);
    expect(correlation([1, 2, 3], [2, 4, 6])).toBeCloseTo(1);
    expect(correlation([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1);
    expect(correlation([1, 1, 1], [1, 2, 3])).toBeNaN();
  });
});

describe("Krippendorff's alpha (interval)", () => {
  it('is 1 for perfect agreement and null without variation', () => {
    expect(
      krippendorffAlphaInterval([
        [1, 1],
        [2, 2],
        [3, 3],
      ]),
    ).toBe(1);
    expect(
      krippendorffAlphaInterval([
        [2, 2],
        [2, 2],
      ]),
    ).toBeNull();
    expect(krippendorffAlphaInterval([[1], [2]])).toBeNull();
  });

  it('matches a hand computation', () => {
    // Units (1,2), (3,3): n = 4, Σv = 9, Σv² = 23.
    // Do = (1/4)·[2·(2·5 − 9)/1 + 2·(2·18 − 36)/1] = 0.5
    // De = 2·(4·23 − 81)/(4·3) = 22/12
    // alpha = 1 − 0.5 / (22/12) = 1 − 6/22 = 0.727272…
    expect(
      krippendorffAlphaInterval([
        [1, 2],
        [3, 3],
      ]),
    ).toBeCloseTo(1 - 6 / 22, 9);
  });
});

describe('seededRandom', () => {
  it('is reproducible per seed and differs between seeds', () => {
    const a = seededRandom('kipp');
    const b = seededRandom('kipp');
    const c = seededRandom('other');
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});
