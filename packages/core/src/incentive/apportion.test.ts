import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion, exactBinary } from './apportion.js';

/** `x` as an exact fraction of BigInts. */
function exact(x: number): { n: bigint; d: bigint } {
  const { m, e } = exactBinary(x);
  return e >= 0 ? { n: m << BigInt(e), d: 1n } : { n: m, d: 1n << BigInt(-e) };
}

/** |amount − pot × score / Σ scores| ≤ 1, checked in exact rational arithmetic. */
function withinOneRupiah(
  pot: number,
  scores: readonly number[],
  amounts: readonly number[],
): boolean {
  const fractions = scores.map(exact);
  const d = fractions.reduce((acc, f) => (acc > f.d ? acc : f.d), 1n);
  const weights = fractions.map((f) => f.n * (d / f.d));
  const total = weights.reduce((a, b) => a + b, 0n);
  if (total === 0n) return amounts.every((a) => a === 0);
  return weights.every((w, i) => {
    // amount − quota = (amount × total − pot × w) / total
    const diff = BigInt(amounts[i] ?? 0) * total - BigInt(pot) * w;
    return (diff < 0n ? -diff : diff) < total;
  });
}

describe('apportion is exact (no quantisation of scores)', () => {
  it('gives ⅓ of a pot its exact quota to the rupiah (issue #14: 12,499,999,988 before)', () => {
    const pot = 37_500_000_000;
    const result = apportion(pot, [
      { id: 'a', score: 1 / 3 },
      { id: 'b', score: 1 / 3 },
      { id: 'c', score: 1 / 3 },
    ]);
    expect(result.shares.map((s) => s.amount)).toEqual([
      12_500_000_000, 12_500_000_000, 12_500_000_000,
    ]);
    const uneven = apportion(pot, [
      { id: 'a', score: 1 / 3 },
      { id: 'b', score: 2 / 3 },
    ]);
    expect(
      withinOneRupiah(
        pot,
        [1 / 3, 2 / 3],
        uneven.shares.map((s) => s.amount),
      ),
    ).toBe(true);
    expect(uneven.shares[0]?.amount).toBe(12_500_000_000);
  });

  it('counts a score below 5e-10 (it left the pot empty before)', () => {
    const result = apportion(1_000, [{ id: 'a', score: 1e-12 }]);
    expect(result.shares[0]?.amount).toBe(1_000);
    expect(result.unallocated).toBe(0);
    const tiny = apportion(1_000, [
      { id: 'a', score: 1e-300 },
      { id: 'b', score: 3e-300 },
    ]);
    expect(tiny.shares.map((s) => s.amount)).toEqual([250, 750]);
  });

  it('takes a score of 1e308 and the largest double without overflow (a 500 before)', () => {
    const result = apportion(1_000, [
      { id: 'a', score: 1e308 },
      { id: 'b', score: Number.MAX_VALUE },
      { id: 'c', score: Number.MIN_VALUE },
    ]);
    expect(result.allocated).toBe(1_000);
    expect(result.shares.reduce((s, x) => s + x.amount, 0)).toBe(1_000);
    expect(result.shares[2]?.amount).toBe(0);
  });

  it('keeps every share within one rupiah of its exact quota, and the total exact', () => {
    const score = fc.oneof(
      fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }),
      fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(0, 1 / 3, 2 / 3, 0.1, 5e-10, Number.MIN_VALUE),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.array(score, { minLength: 1, maxLength: 30 }),
        (pot, scores) => {
          const result = apportion(
            pot,
            scores.map((s, i) => ({ id: `r${String(i).padStart(2, '0')}`, score: s })),
          );
          const amounts = result.shares.map((s) => s.amount);
          expect(withinOneRupiah(pot, scores, amounts)).toBe(true);
          const positive = scores.some((s) => s > 0);
          expect(amounts.reduce((a, b) => a + b, 0)).toBe(positive ? pot : 0);
        },
      ),
    );
  });
});
