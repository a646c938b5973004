/**
 * Predikat: which band of a year an IID score (rounded to two decimals) falls in, evaluated from
 * the best band downward. A band whose lower bound is unknown makes the answer indeterminate,
 * with the candidate bands and what is missing.
 *
 * @module
 */
import { resolveAsOf } from '../contract/as-of.js';
import type { ResolvedRulebook } from '../rulebook/index.js';
import { CoreError, inputIssue } from '../shared/errors.js';
import type { Basis, RuleRef } from '../shared/finding.js';
import type { LocalizedText } from '../shared/i18n.js';
import { readIidModel, type IidModel, type Reading } from './model.js';
import { t } from './text.js';

/** The predikat, best first. `tidak-dapat-dinilai` (cannot be assessed) is below every band. */
export const PREDIKATS = [
  'sangat-inovatif',
  'inovatif',
  'kurang-inovatif',
  'tidak-dapat-dinilai',
] as const;

/** A predikat of the Indeks Inovasi Daerah. */
export type Predikat = (typeof PREDIKATS)[number];

/** The names of each predikat. */
export const PREDIKAT_TEXT: Record<Predikat, LocalizedText> = {
  'sangat-inovatif': t('Sangat Inovatif', 'Sangat Inovatif (very innovative)'),
  inovatif: t('Inovatif', 'Inovatif (innovative)'),
  'kurang-inovatif': t('Kurang Inovatif', 'Kurang Inovatif (less innovative)'),
  'tidak-dapat-dinilai': t('Tidak Dapat Dinilai', 'Tidak Dapat Dinilai (cannot be assessed)'),
};

/** The predikat of a score under a rulebook. */
export type PredikatResult =
  | {
      readonly status: 'known';
      readonly predikat: Predikat;
      readonly text: LocalizedText;
      readonly score: number;
      /** The lower bound of the band, and of the next band up (if any). */
      readonly band: { readonly minimum: number | null; readonly next?: number };
      readonly rule?: RuleRef;
      readonly basis: readonly Basis[];
    }
  | {
      readonly status: 'indeterminate';
      readonly predikat: null;
      readonly candidates: readonly Predikat[];
      readonly text: LocalizedText;
      readonly score: number | null;
      readonly missing: LocalizedText;
      readonly rule?: RuleRef;
    };

/**
 * Rounds to two decimals, half up, as the IID is published and the rulebook says ("round the IID
 * to 2 decimals, then apply the bands"). The rounding is done on the number as written (its
 * shortest decimal form, the one JavaScript prints), digit by digit, so `65.005` rounds up to
 * 65.01 while `65.004999999` stays 65.00: no binary error and no fudge term can move a score
 * across a band edge.
 *
 * @example
 * ```ts
 * round2(65.005); // 65.01
 * round2(65.004999999); // 65
 * ```
 */
export function round2(x: number): number {
  // beyond 2^53 / 100 a double holds no hundredths to round
  if (!Number.isFinite(x) || x === 0 || Math.abs(x) >= 1e14) return x;
  const [mantissa = '0', exponent = '0'] = Math.abs(x).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  // |x| × 100 = 0.d1d2d3… × 10^(exponent + 3): its integer part has `whole` digits
  const whole = Number(exponent) + 3;
  const integer = whole > 0 ? Number(digits.slice(0, whole).padEnd(whole, '0')) : 0;
  const next = whole >= 0 ? (digits.charCodeAt(whole) || 48) - 48 : 0;
  const rounded = (integer + (next >= 5 ? 1 : 0)) / 100;
  return x < 0 ? -rounded : rounded;
}

// Several bands may be unknown for the same reason: say it once.
const join = (items: readonly LocalizedText[]): LocalizedText => ({
  id: [...new Set(items.map((i) => i.id))].join('; '),
  en: [...new Set(items.map((i) => i.en))].join('; '),
});

/** The predikat of a score in a model (score already known). *
 * @example
 * ```ts
 * predikatInModel(model, 40.005).predikat; // 'inovatif' (rounds to 40.01)
 * ```
 */
export function predikatInModel(model: IidModel, score: number): PredikatResult {
  const step = model.predikat;
  const rounded = round2(score);
  if (!step) {
    return indeterminate(rounded, [...PREDIKATS], {
      id: `${model.rulebook.id} tidak memiliki aturan predikat.`,
      en: `${model.rulebook.id} has no predikat rule.`,
    });
  }
  const bands: [Predikat, Reading<number>][] = [
    ['sangat-inovatif', step.slots.sangatInovatif],
    ['inovatif', step.slots.inovatif],
    ['kurang-inovatif', step.slots.kurangInovatif],
  ];
  let candidates: Predikat[] = [];
  let missing: LocalizedText[] = [];
  let above: number | undefined;
  const basis: Basis[] = [];
  for (const [predikat, reading] of bands) {
    if (reading.status === 'unknown') {
      candidates.push(predikat);
      missing.push(reading.missing);
      continue;
    }
    basis.push(reading.basis);
    if (rounded >= reading.value) {
      if (candidates.length === 0) {
        return {
          status: 'known',
          predikat,
          text: PREDIKAT_TEXT[predikat],
          score: rounded,
          band: { minimum: reading.value, ...(above !== undefined ? { next: above } : {}) },
          rule: step.rule,
          basis,
        };
      }
      candidates.push(predikat);
      return indeterminate(rounded, candidates, join(missing), step.rule);
    }
    candidates = [];
    missing = [];
    above = reading.value;
  }
  if (candidates.length === 0) {
    return {
      status: 'known',
      predikat: 'tidak-dapat-dinilai',
      text: PREDIKAT_TEXT['tidak-dapat-dinilai'],
      score: rounded,
      band: { minimum: null, ...(above !== undefined ? { next: above } : {}) },
      rule: step.rule,
      basis,
    };
  }
  candidates.push('tidak-dapat-dinilai');
  return indeterminate(rounded, candidates, join(missing), step.rule);
}

function indeterminate(
  score: number | null,
  candidates: readonly Predikat[],
  missing: LocalizedText,
  rule?: RuleRef,
): PredikatResult {
  const names = candidates.map((c) => PREDIKAT_TEXT[c].id).join(' / ');
  return {
    status: 'indeterminate',
    predikat: null,
    candidates,
    text: t(`Tidak dapat ditentukan (${names})`, `Indeterminate (${names})`),
    score,
    missing,
    ...(rule ? { rule } : {}),
  };
}

/**
 * Which predikat a published score falls in under a rulebook.
 *
 * @throws {CoreError} `INPUT_INVALID` for a score outside 0–100.
 *
 * @example
 * ```ts
 * predikatFor(65.01, builtinRegistry.resolve('iid-2026')).predikat; // 'sangat-inovatif'
 * predikatFor(20, builtinRegistry.resolve('iid-2025')).status; // 'indeterminate'
 * ```
 */
export function predikatFor(
  score: number,
  rulebook: ResolvedRulebook,
  options: { asOf?: string; today?: string } = {},
): PredikatResult {
  if (!Number.isFinite(score) || score < 0 || score > 100) {
    throw new CoreError('INPUT_INVALID', 'An IID score is a number from 0 to 100.', [
      inputIssue('score', 'INPUT.SCORE_RANGE', { got: score }),
    ]);
  }
  const date = resolveAsOf(
    rulebook,
    { date: rulebook.effective.from, reason: 'edition-start' },
    options,
  );
  return predikatInModel(readIidModel(rulebook, date.asOf), score);
}
