import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber, type Lang } from './i18n.js';

const intl = (value: number, lang: Lang, digits: number): string =>
  new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', {
    maximumFractionDigits: digits,
  }).format(value);

describe('formatNumber', () => {
  it('writes what Intl.NumberFormat writes, for any number and digit count', () => {
    const value = fc.oneof(
      fc.double(),
      fc.double({ min: -1e6, max: 1e6 }),
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
      fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 8),
      fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100 + 0.005),
      fc.constantFrom(0, -0, 0.5, 1.005, 2.675, 999.995, 9.9999, -0.001, 1e15, 1e21, 1e-7, NaN),
    );
    fc.assert(
      fc.property(
        value,
        fc.constantFrom<Lang>('id', 'en'),
        fc.integer({ min: 0, max: 6 }),
        (v, lang, d) => {
          expect(formatNumber(v, lang, d)).toBe(intl(v, lang, d));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('groups thousands and writes decimals the way each language does', () => {
    expect(formatNumber(1234567.891, 'id')).toBe('1.234.567,89');
    expect(formatNumber(1234567.891, 'en')).toBe('1,234,567.89');
    expect(formatNumber(999.995, 'id')).toBe('1.000');
    expect(formatNumber(-0.001, 'en')).toBe('-0');
  });
});
