/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`). Pure arithmetic in the proleptic Gregorian
 * calendar; no clock, no time zone. The core never asks what day it is: callers pass `asOf`.
 *
 * @module
 */
import * as z from 'zod/mini';
import { zodRefine } from './errors.js';
import { withMeta } from './zod.js';

interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/** The value of the ASCII digits `value[from..to)`, or -1 when one is not a digit. */
function digits(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** `YYYY-MM-DD` read by hand (no regular expression: dates are read for every proposal). */
function parseYmd(value: string): Ymd | undefined {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) {
    return undefined;
  }
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined;
  }
  return { year, month, day };
}

function format({ year, month, day }: Ymd): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Is this string a real calendar date in `YYYY-MM-DD` form? `2021-02-30` is not.
 *
 * @example
 * ```ts
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2021-02-30'); // false
 * ```
 */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && parseYmd(value) !== undefined;
}

/**
 * The first and last dates any input may hold. Rules add and subtract a few years (an
 * implementation age, a registration window), so dates near year 0000 or 9999 would leave the
 * four-digit calendar mid-rule; these bounds are far wider than any rule of the Republic needs
 * (1945–) and keep every date a rule computes inside it.
 */
export const DATE_RANGE = { earliest: '1900-01-01', latest: '2199-12-31' } as const;

/**
 * Is this a calendar date within {@link DATE_RANGE}? What every input date must be.
 *
 * @example
 * ```ts
 * isSupportedDate('2025-03-14'); // true
 * isSupportedDate('9999-12-31'); // false
 * ```
 */
export function isSupportedDate(value: unknown): value is string {
  // YYYY-MM-DD strings of the same length compare as dates
  return isIsoDate(value) && value >= DATE_RANGE.earliest && value <= DATE_RANGE.latest;
}

/** A calendar date, `YYYY-MM-DD`, that must exist (no 30 February), from 1900 to 2199. */
export const IsoDateSchema = withMeta(
  z.string().check(
    // not `abort`: an aborted check would hide the issue inside a union (zod reports the union)
    z.refine(isIsoDate, zodRefine('INPUT.DATE', {})),
    z.refine((v) => !isIsoDate(v) || isSupportedDate(v), zodRefine('INPUT.DATE_RANGE', DATE_RANGE)),
  ),
  {
    id: 'IsoDate',
    description: `A calendar date, YYYY-MM-DD, from ${DATE_RANGE.earliest} to ${DATE_RANGE.latest}.`,
    examples: ['2025-03-14'],
  },
);

/**
 * Days since 1970-01-01 in the proleptic Gregorian calendar, by the civil-date arithmetic of
 * Howard Hinnant's `days_from_civil` (eras of 400 years), so years 0000–0099 stay in their own
 * century (the `Date` constructor would read them as 1900–1999).
 */
function toDayNumber(value: string): number {
  const ymd = parseYmd(value);
  if (!ymd) throw new RangeError(`not a calendar date: ${value}`);
  const year = ymd.month <= 2 ? ymd.year - 1 : ymd.year;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear =
    Math.floor((153 * (ymd.month + (ymd.month > 2 ? -3 : 9)) + 2) / 5) + ymd.day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The date of a day number, the inverse of {@link toDayNumber} (`civil_from_days`). */
function fromDayNumber(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return format({ year, month, day });
}

/** Negative, zero or positive as `a` is before, equal to or after `b`. */
export function compareDates(a: string, b: string): number {
  return toDayNumber(a) - toDayNumber(b);
}

/** Days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** The date `n` days after (or before, when negative) `date`. */
export function addDays(date: string, n: number): string {
  return fromDayNumber(toDayNumber(date) + n);
}

/**
 * The same calendar day `n` years later. A 29 February start reaches its anniversary on 1 March
 * in a common year: a full year must have passed.
 *
 * @example
 * ```ts
 * addYears('2023-03-14', 2); // '2025-03-14'
 * addYears('2020-02-29', 1); // '2021-03-01'
 * ```
 */
export function addYears(date: string, n: number): string {
  const ymd = parseYmd(date);
  if (!ymd) throw new RangeError(`not a calendar date: ${date}`);
  const year = ymd.year + n;
  if (ymd.day > daysInMonth(year, ymd.month)) {
    return addDays(format({ year, month: ymd.month, day: daysInMonth(year, ymd.month) }), 1);
  }
  return format({ year, month: ymd.month, day: ymd.day });
}

/** Whole years completed from `start` to `end` (0 when `end` is before the first anniversary). */
export function fullYearsBetween(start: string, end: string): number {
  const a = parseYmd(start);
  const b = parseYmd(end);
  if (!a || !b) throw new RangeError(`not a calendar date: ${!a ? start : end}`);
  let years = b.year - a.year;
  if (years > 0 && compareDates(addYears(start, years), end) > 0) years -= 1;
  return Math.max(0, years);
}

/** The later of two dates. */
export function maxDate(a: string, b: string): string {
  return compareDates(a, b) >= 0 ? a : b;
}
