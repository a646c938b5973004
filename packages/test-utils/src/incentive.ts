/**
 * One assertion for a fiscal-incentive case, shared by the core, CLI and HTTP runners so every
 * surface is held to exactly the same expectation, and fast-check arbitraries for the region and
 * allocation properties.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { RulebookCase } from './fixtures.js';

/**
 * What an incentive case expects: a partial result (objects partially, arrays element by
 * element, as `inovasi rulebook test` matches), plus `codes` (the finding codes in order) and
 * `fixIncludes` (text of the first finding's English fix).
 */
export interface IncentiveExpectation {
  readonly status: string;
  readonly codes?: readonly string[];
  readonly fixIncludes?: string;
  readonly [key: string]: unknown;
}

/** Is this case an allocation (a national dataset) rather than one region's eligibility? */
export function isAllocationCase(c: RulebookCase<IncentiveExpectation>): boolean {
  return c.options?.operation === 'allocation';
}

interface ResultLike {
  readonly status: string;
  readonly findings: readonly {
    readonly code: string;
    readonly fix?: { readonly en: string } | undefined;
  }[];
}

/** Asserts that a surface's answer to an incentive case is what the case expects. */
export function expectIncentiveCase(
  c: RulebookCase<IncentiveExpectation>,
  answer: ResultLike,
): void {
  const { codes, fixIncludes, ...partial } = c.expected;
  expect(answer, c.name).toMatchObject(partial);
  if (!isAllocationCase(c) || codes !== undefined)
    expect(answer.findings.map((f) => f.code)).toEqual(codes ?? []);
  if (fixIncludes !== undefined) expect(answer.findings[0]?.fix?.en).toContain(fixIncludes);
}

/** A pot claimant: a unique id and a non-negative score (often 0). */
export const claimantsArbitrary = fc.uniqueArray(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 6 }),
    score: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e6, noNaN: true })),
  }),
  { selector: (e) => e.id, maxLength: 40 },
);

/** Whole-rupiah pots, small (rounding matters) and national-size. */
export const rupiahArbitrary = fc.oneof(
  fc.integer({ min: 0, max: 1000 }),
  fc.integer({ min: 0, max: 4e12 }),
);

/** Regions of a national dataset with a stunting value, unique ids. */
export const incentiveRegionsArbitrary = fc.uniqueArray(
  fc.record({
    id: fc.stringMatching(/^[0-9]{2}\.[0-9]{2}$/),
    level: fc.constantFrom('provinsi' as const, 'kabupaten' as const, 'kota' as const),
    scores: fc.record({ stunting: fc.double({ min: 0, max: 100, noNaN: true }) }),
  }),
  { selector: (r) => r.id, maxLength: 30 },
);
