import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  compareDates,
  daysBetween,
  fullYearsBetween,
  isIsoDate,
  IsoDateSchema,
} from './dates.js';

/** Calendar dates from `min` to `max`, as `YYYY-MM-DD`. */
function isoDates(min: string, max: string): fc.Arbitrary<string> {
  return fc
    .date({
      min: new Date(`${min}T00:00:00Z`),
      max: new Date(`${max}T00:00:00Z`),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
}

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2021-02-30', false],
    ['2021-13-01', false],
    ['2021-1-01', false],
    ['20210101', false],
    ['2021-04-31', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
  ])('%s → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('rejects non-strings', () => {
    expect(isIsoDate(20210101)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });

  it('explains a bad date in the schema message', () => {
    const result = IsoDateSchema.safeParse('2021-02-30');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('"2021-02-30"');
  });
});

describe('date arithmetic', () => {
  it('adds years, rolling 29 February forward to 1 March', () => {
    expect(addYears('2023-03-14', 2)).toBe('2025-03-14');
    expect(addYears('2020-02-29', 1)).toBe('2021-03-01');
    expect(addYears('2020-02-29', 4)).toBe('2024-02-29');
    expect(addYears('2021-03-01', -1)).toBe('2020-03-01');
  });

  it('counts whole years and days', () => {
    expect(fullYearsBetween('2017-03-10', '2018-03-10')).toBe(1);
    expect(fullYearsBetween('2017-03-11', '2018-03-10')).toBe(0);
    expect(fullYearsBetween('2016-02-29', '2017-02-28')).toBe(0);
    expect(fullYearsBetween('2016-02-29', '2017-03-01')).toBe(1);
    expect(daysBetween('2017-03-11', '2018-03-10')).toBe(364);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(compareDates('2018-03-10', '2018-03-11')).toBeLessThan(0);
  });

  const date = isoDates('1950-01-01', '2100-12-31');

  it('addDays and daysBetween are inverse', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        expect(daysBetween(d, addDays(d, n))).toBe(n);
      }),
    );
  });

  it('a date is exactly n full years before its n-year anniversary, never n', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 30 }), (d, n) => {
        const anniversary = addYears(d, n);
        expect(fullYearsBetween(d, anniversary)).toBe(n);
        if (n > 0) expect(fullYearsBetween(d, addDays(anniversary, -1))).toBe(n - 1);
      }),
    );
  });
});

describe('the day arithmetic agrees with the platform calendar', () => {
  const anyDate = isoDates('0100-01-01', '9999-12-31');

  it('daysBetween counts the same days as Date.UTC, and addDays lands on the same date', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        const utc = (s: string) => Date.parse(`${s}T00:00:00Z`) / 86_400_000;
        expect(daysBetween(a, b)).toBe(utc(b) - utc(a));
        expect(addDays(a, utc(b) - utc(a))).toBe(b);
      }),
    );
  });

  it('keeps the first century in its own century (Date.UTC would read 0050 as 1950)', () => {
    expect(isIsoDate('0004-02-29')).toBe(true);
    expect(isIsoDate('0100-02-29')).toBe(false);
    expect(addDays('0000-12-31', 1)).toBe('0001-01-01');
    expect(daysBetween('0000-03-01', '0001-03-01')).toBe(365);
    expect(daysBetween('0000-02-28', '0000-03-01')).toBe(2); // year 0 is a leap year
  });

  it('rejects signs, spaces and non-ASCII digits where a digit belongs', () => {
    for (const bad of ['+021-01-01', '2021-0 -01', '２０２１-01-01', '2021-01-0a', '2021-01-01 '])
      expect(isIsoDate(bad)).toBe(false);
  });
});
