import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinRegistry } from '../registry/index.js';
import { predikatFor, round2 } from './predikat.js';

/**
 * The rulebook's rule (domain notes §4.4, "Encoding advice"): round the IID to 2 decimals, then
 * apply the year's bands, lower bounds inclusive, from the best band down. A score is taken as
 * the decimal written: k / 10^9 here, rounded half up in integer arithmetic as the reference.
 */
const reference = (k: number): number => Math.floor((k + 5_000_000) / 10_000_000) / 100;

describe('round2 rounds the decimal as written, half up', () => {
  it('matches integer arithmetic on 9-decimal scores', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000_000 }), (k) => {
        const x = Number((k / 1e9).toFixed(9));
        expect(round2(x)).toBe(reference(Math.round(x * 1e9)));
      }),
    );
  });

  it('65.004999999 is 65.00 and 65.005 is 65.01 (issue #14)', () => {
    expect(round2(65.004999999)).toBe(65);
    expect(round2(65.005)).toBe(65.01);
    expect(round2(40.005)).toBe(40.01);
    expect(round2(1.005)).toBe(1.01);
  });
});

describe('predikat at every band edge (iid-2026: 65.01, 40.01, 0.01)', () => {
  const rulebook = builtinRegistry.resolve('iid-2026');
  const bands: readonly [number, string][] = [
    [65.01, 'sangat-inovatif'],
    [40.01, 'inovatif'],
    [0.01, 'kurang-inovatif'],
  ];

  it('a score is in a band exactly when its 2-decimal rounding reaches the lower bound', () => {
    for (const [edge, band] of bands) {
      const centre = Math.round(edge * 1e9);
      fc.assert(
        fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (offset) => {
          const k = centre + offset;
          const x = Number((k / 1e9).toFixed(9));
          const result = predikatFor(x, rulebook);
          const inBand = reference(k) >= edge;
          if (inBand) expect(result.predikat).toBe(band);
          else expect(result.predikat).not.toBe(band);
        }),
      );
    }
  });

  it('65.004999999 is not sangat inovatif; 65.005 is', () => {
    expect(predikatFor(65.004999999, rulebook).predikat).toBe('inovatif');
    expect(predikatFor(65.005, rulebook).predikat).toBe('sangat-inovatif');
  });
});
