/**
 * The contract's envelope of an IID result: the predikat as the engine's label and grade, the
 * unknown components as the unknowns.
 *
 * @module
 */
import type { AsOfChoice, ReferenceDate } from '../contract/as-of.js';
import { contractMessages } from '../contract/messages.js';
import type { EngineOutcome, Unknown } from '../contract/types.js';
import type { ResolvedRulebook } from '../rulebook/index.js';
import type { LocalizedText } from '../shared/i18n.js';
import { formatScore } from './messages.js';
import { PREDIKATS, type PredikatResult } from './predikat.js';

/** The envelope fields of an IID result (see `EngineResult` in `@inovasi/core/contract`). */
export interface IidEnvelope extends AsOfChoice {
  readonly statusText: LocalizedText;
  readonly outcome: EngineOutcome;
  /** The predikat's rank: 3 sangat inovatif … 0 tidak dapat dinilai (0 when indeterminate). */
  readonly grade: number;
  readonly unknowns: readonly Unknown[];
}

/**
 * The reference date of an IID edition: its first day (the assessment it publishes).
 *
 * @example
 * ```ts
 * iidReferenceDate(builtinRegistry.resolve('iid-2026')).date; // '2026-04-29'
 * ```
 */
export function iidReferenceDate(rulebook: ResolvedRulebook): ReferenceDate {
  return { date: rulebook.effective.from, reason: 'edition-start' };
}

/** The label, outcome and grade of a predikat. */
export function predikatVerdict(
  predikat: PredikatResult,
): Pick<IidEnvelope, 'statusText' | 'outcome' | 'grade'> {
  if (predikat.status === 'known')
    return {
      statusText: {
        id: `${predikat.text.id} (${formatScore(predikat.score, 'id')})`,
        en: `${predikat.text.en} (${formatScore(predikat.score, 'en')})`,
      },
      outcome: 'positive',
      grade: PREDIKATS.length - 1 - PREDIKATS.indexOf(predikat.predikat),
    };
  return { statusText: predikat.text, outcome: 'indeterminate', grade: 0 };
}

/** The envelope of an IID result read at `asOf` (a caller's date unless `choice` says why). */
export function iidEnvelope(
  predikat: PredikatResult,
  components: Readonly<
    Record<string, { readonly status: string; readonly missing?: LocalizedText }>
  >,
  choice: AsOfChoice | string,
): IidEnvelope {
  const date: AsOfChoice =
    typeof choice === 'string'
      ? {
          asOf: choice,
          asOfReason: 'requested',
          asOfText: contractMessages.requested({ asOf: choice }),
        }
      : choice;
  const unknowns: Unknown[] = [];
  for (const [name, component] of Object.entries(components))
    if (component.status === 'unknown' && component.missing)
      unknowns.push({ rule: name, what: component.missing });
  if (predikat.status === 'indeterminate' && unknowns.length === 0)
    unknowns.push({ rule: 'predikat', what: predikat.missing });
  return { ...date, ...predikatVerdict(predikat), unknowns };
}
