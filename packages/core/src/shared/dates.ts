/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`). Pure arithmetic in the proleptic Gregorian
 * calendar; no clock, no time zone. The core never asks what day it is: callers pass `asOf`.
 *
 * @module
 */
import * as z from 'zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseYmd(value: string): Ymd | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
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

/** A calendar date, `YYYY-MM-DD`, that must exist (no 30 February). */
export const IsoDateSchema = z
  .string()
  .refine(isIsoDate, {
    error: (issue) =>
      `expected a calendar date as YYYY-MM-DD, got ${JSON.stringify(issue.input).slice(0, 40)}`,
  })
  .meta({ id: 'IsoDate', description: 'A calendar date, YYYY-MM-DD.', examples: ['2025-03-14'] });

function toDayNumber(value: string): number {
  const ymd = parseYmd(value);
  if (!ymd) throw new RangeError(`not a calendar date: ${value}`);
  return Date.UTC(ymd.year, ymd.month - 1, ymd.day) / 86_400_000;
}

function fromDayNumber(days: number): string {
  const d = new Date(days * 86_400_000);
  return format({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
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
