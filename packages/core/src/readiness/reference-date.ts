/**
 * The reference date of a readiness edition: its registration close (the date the administrative
 * selection is judged at), read from the rule that holds it; else the edition's last day.
 *
 * @module
 */
import type { ReferenceDate } from '../contract/as-of.js';
import { readParameter, type ResolvedRulebook } from '../rulebook/index.js';
import { isIsoDate } from '../shared/dates.js';

/**
 * The date a readiness rulebook is read at when today lies outside its window.
 *
 * @example
 * ```ts
 * readinessReferenceDate(builtinRegistry.resolve('kipp-2018')); // { date: '2018-03-10', reason: 'registration-close' }
 * ```
 */
export function readinessReferenceDate(rulebook: ResolvedRulebook): ReferenceDate {
  const end = rulebook.effective.to;
  for (const rule of rulebook.rules) {
    const parameter = rule.parameters.registrationClose;
    if (parameter === undefined) continue;
    const reading = readParameter(rulebook, parameter, end ?? rulebook.effective.from);
    if (reading.status === 'known' && isIsoDate(reading.value))
      return { date: reading.value, reason: 'registration-close' };
  }
  return end !== undefined
    ? { date: end, reason: 'edition-end' }
    : { date: rulebook.effective.from, reason: 'edition-start' };
}
