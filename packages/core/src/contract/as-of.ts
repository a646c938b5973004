/**
 * The one date policy. Every engine and every surface reads a rulebook at the date
 * {@link resolveAsOf} picks, and every result says which date and why:
 *
 * 1. an explicit `asOf` wins (`requested`);
 * 2. otherwise today, when today lies inside the edition's effective window (`today`);
 * 3. otherwise the edition's own reference date: the registration close of a KIPP edition
 *    (`registration-close`), the first day of an IID assessment or a scoring edition
 *    (`edition-start`), the last day of a fiscal-incentive year (`edition-end`).
 *
 * The core has no clock: adapters pass `today`. Without it, rule 2 is skipped.
 *
 * @module
 */
import { compareDates, isIsoDate } from '../shared/dates.js';
import { CoreError, inputIssue } from '../shared/errors.js';
import type { LocalizedText } from '../shared/i18n.js';
import type { ResolvedRulebook } from '../rulebook/index.js';
import { contractMessages as m } from './messages.js';

/** Why a result was read at its date. */
export type AsOfReason =
  'requested' | 'today' | 'registration-close' | 'edition-start' | 'edition-end';

/** An edition's own reference date, and which one it is. */
export interface ReferenceDate {
  readonly date: string;
  readonly reason: Exclude<AsOfReason, 'requested' | 'today'>;
}

/** The date a rulebook is read at, and why. */
export interface AsOfChoice {
  readonly asOf: string;
  readonly asOfReason: AsOfReason;
  readonly asOfText: LocalizedText;
}

/**
 * Checks a date option, naming the field.
 *
 * @throws {CoreError} `INPUT_INVALID` when `value` is not a calendar date.
 *
 * @example
 * ```ts
 * checkDate('2026-13-45', 'asOf'); // throws: asOf: expected a calendar date as YYYY-MM-DD
 * ```
 */
export function checkDate(value: unknown, path: string): string {
  if (!isIsoDate(value))
    throw new CoreError('INPUT_INVALID', `${path} is not a calendar date (YYYY-MM-DD).`, [
      inputIssue(path, 'INPUT.DATE', { got: value }),
    ]);
  return value;
}

/** Is `date` inside the rulebook's effective window? */
export function inWindow(rulebook: Pick<ResolvedRulebook, 'effective'>, date: string): boolean {
  const { from, to } = rulebook.effective;
  return compareDates(date, from) >= 0 && (to === undefined || compareDates(date, to) <= 0);
}

/**
 * Picks the date a rulebook is read at (see the module comment for the policy).
 *
 * @throws {CoreError} `INPUT_INVALID` for an `asOf` or `today` that is not a calendar date.
 *
 * @example
 * ```ts
 * const kipp2018 = builtinRegistry.resolve('kipp-2018');
 * const reference = { date: '2018-03-10', reason: 'registration-close' } as const;
 * resolveAsOf(kipp2018, reference, { today: '2026-12-07' }).asOf; // '2018-03-10'
 * resolveAsOf(kipp2018, reference, { today: '2018-02-01' }).asOfReason; // 'today'
 * resolveAsOf(kipp2018, reference, { asOf: '2018-01-20' }).asOfReason; // 'requested'
 * ```
 */
export function resolveAsOf(
  rulebook: Pick<ResolvedRulebook, 'effective' | 'id'>,
  reference: ReferenceDate,
  options: { readonly asOf?: string | undefined; readonly today?: string | undefined } = {},
): AsOfChoice {
  if (options.asOf !== undefined) {
    const asOf = checkDate(options.asOf, 'asOf');
    return { asOf, asOfReason: 'requested', asOfText: m.requested({ asOf }) };
  }
  if (options.today !== undefined) {
    const today = checkDate(options.today, 'today');
    if (inWindow(rulebook, today))
      return { asOf: today, asOfReason: 'today', asOfText: m.today({ asOf: today }) };
  }
  return {
    asOf: reference.date,
    asOfReason: reference.reason,
    asOfText: m[reference.reason]({ asOf: reference.date, rulebook: rulebook.id }),
  };
}
