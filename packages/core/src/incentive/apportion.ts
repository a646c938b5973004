/**
 * Splitting a pot of whole rupiah among regions in proportion to their scores, so that the
 * amounts add up exactly to the pot.
 *
 * **Rounding rule (inovasi's, documented here; the PMKs read do not state one):** the largest
 * remainder method. Each region first gets the whole-rupiah part of its exact share
 * `pot × score / Σ scores`; the rupiah left over (fewer than the number of regions) go one each
 * to the regions with the largest remainders, ties broken by region id (ascending, code-point
 * order). Each score is read as the exact binary fraction it holds (`m × 2^e`, no rounding to a
 * number of decimals) and the arithmetic is exact (BigInt), so every amount is within one rupiah
 * of its exact quota, a score of 1e-300 still counts, a score of 1e308 cannot overflow, and the
 * result never depends on input order or on floating-point error.
 *
 * Invariants (property-tested): every amount is a non-negative integer; the amounts add up to the
 * pot exactly when some score is positive, and to 0 otherwise; a region's amount never falls when
 * only its own score rises; the result does not depend on the order of the entries.
 *
 * @module
 */
import { CoreError } from '../shared/errors.js';

/** One claimant on a pot. */
export interface ApportionEntry {
  readonly id: string;
  /** A finite, non-negative score. */
  readonly score: number;
}

/** One claimant's whole-rupiah amount. */
export interface ApportionShare {
  readonly id: string;
  readonly amount: number;
}

/** The result of splitting a pot. */
export interface Apportionment {
  /** Amounts in the order of the entries given. */
  readonly shares: readonly ApportionShare[];
  readonly allocated: number;
  /** What was not allocated: the whole pot when no score is positive, else 0. */
  readonly unallocated: number;
}

/** A finite, non-negative double as the exact integer pair `m × 2^e`. */
export function exactBinary(value: number): { readonly m: bigint; readonly e: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const bits = view.getBigUint64(0);
  const exponent = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & 0xfffffffffffffn;
  // subnormals have no hidden bit and the smallest exponent
  return exponent === 0
    ? { m: fraction, e: -1074 }
    : { m: fraction | 0x10000000000000n, e: exponent - 1075 };
}

/** Scores as exact integers on one common scale (each `m × 2^(e − smallest e)`). */
function exactWeights(scores: readonly number[]): bigint[] {
  const parts = scores.map(exactBinary);
  let smallest = Infinity;
  for (const p of parts) if (p.m !== 0n && p.e < smallest) smallest = p.e;
  return parts.map((p) => (p.m === 0n ? 0n : p.m << BigInt(p.e - smallest)));
}

/**
 * Splits `amount` rupiah among `entries` in proportion to their scores (largest remainder,
 * ties by id).
 *
 * @throws {CoreError} `INTERNAL` when the amount is not a non-negative safe integer, a score is
 *   negative or not finite, or two entries share an id (callers validate first).
 *
 * @example
 * ```ts
 * apportion(100, [{ id: 'a', score: 1 }, { id: 'b', score: 1 }, { id: 'c', score: 1 }]).shares;
 * // [{ id: 'a', amount: 34 }, { id: 'b', amount: 33 }, { id: 'c', amount: 33 }]
 * ```
 */
export function apportion(amount: number, entries: readonly ApportionEntry[]): Apportionment {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new CoreError(
      'INTERNAL',
      `apportion: the amount must be a whole rupiah ≥ 0, got ${amount}.`,
    );
  }
  const seen = new Set<string>();
  for (const e of entries) {
    if (!Number.isFinite(e.score) || e.score < 0) {
      throw new CoreError(
        'INTERNAL',
        `apportion: score of ${e.id} must be finite and ≥ 0, got ${e.score}.`,
      );
    }
    if (seen.has(e.id)) throw new CoreError('INTERNAL', `apportion: duplicate id ${e.id}.`);
    seen.add(e.id);
  }
  const weights = exactWeights(entries.map((e) => e.score));
  const total = weights.reduce((a, b) => a + b, 0n);
  if (total === 0n) {
    return {
      shares: entries.map((e) => ({ id: e.id, amount: 0 })),
      allocated: 0,
      unallocated: amount,
    };
  }
  const pot = BigInt(amount);
  const base: bigint[] = [];
  const remainder: bigint[] = [];
  let given = 0n;
  for (const w of weights) {
    const numerator = pot * w;
    const whole = numerator / total;
    base.push(whole);
    remainder.push(numerator % total);
    given += whole;
  }
  let left = Number(pot - given);
  const order = entries
    .map((e, index) => index)
    .sort((a, b) => {
      const ra = remainder[a] ?? 0n;
      const rb = remainder[b] ?? 0n;
      if (ra !== rb) return ra > rb ? -1 : 1;
      const ia = entries[a]?.id ?? '';
      const ib = entries[b]?.id ?? '';
      return ia < ib ? -1 : ia > ib ? 1 : 0;
    });
  for (const index of order) {
    if (left <= 0) break;
    base[index] = (base[index] ?? 0n) + 1n;
    left -= 1;
  }
  return {
    shares: entries.map((e, index) => ({ id: e.id, amount: Number(base[index] ?? 0n) })),
    allocated: amount,
    unallocated: 0,
  };
}
