/**
 * One score sheet against a rubric: each criterion's raw score, its position on its scale, and
 * its contribution to the sheet's total. "n/a" re-normalises the other weights; a missing score
 * makes the sheet incomplete (it is not counted, and the result says so).
 *
 * @module
 */
import type { LocalizedText } from '../shared/i18n.js';
import { inputMessages as m } from '../shared/input-messages.js';
import type { CompleteRubric, Criterion, Entry, Scale } from './schema.js';
import { clean } from './stats.js';

/** The value `n/a` on a sheet: the criterion does not apply to this entry. */
export const NOT_APPLICABLE = 'n/a';

/** Lowest and highest value of a scale. */
export function scaleBounds(scale: Scale): { min: number; max: number } {
  if (scale.kind === 'numeric') return { min: scale.min, max: scale.max };
  const values = scale.points.map((p) => p.value);
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** A scale in words, e.g. `1–5` or `kurang (1) / cukup (2) / baik (3)`. */
export function describeScale(scale: Scale): string {
  if (scale.kind === 'numeric')
    return `${scale.min}–${scale.max}${scale.step !== undefined ? ` (step ${scale.step})` : ''}`;
  return scale.points.map((p) => `${p.key} (${p.value})`).join(' / ');
}

/** A scale in both languages: `1–5 (langkah 0.5)` / `1–5 (step 0.5)`. */
function scaleText(scale: Scale): LocalizedText {
  if (scale.kind === 'labelled') return { id: describeScale(scale), en: describeScale(scale) };
  const range = `${scale.min}–${scale.max}`;
  if (scale.step === undefined) return { id: range, en: range };
  return { id: `${range} (langkah ${scale.step})`, en: `${range} (step ${scale.step})` };
}

/** The scale a criterion is scored on. */
export function criterionScale(rubric: CompleteRubric, criterion: Criterion): Scale {
  return criterion.scale ?? rubric.scale;
}

/** Does this criterion apply to this entry (category/group filters)? */
export function criterionApplies(criterion: Criterion, entry: Entry): boolean {
  const only = criterion.appliesTo;
  if (!only) return true;
  if (only.category && !(entry.category !== undefined && only.category.includes(entry.category)))
    return false;
  if (only.group && !(entry.group !== undefined && only.group.includes(entry.group))) return false;
  return true;
}

/** What a sheet cell means. */
export type CellReading =
  | { readonly kind: 'value'; readonly value: number }
  | { readonly kind: 'not-applicable' }
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid'; readonly problem: LocalizedText };

/** Reads one cell of a sheet against the criterion's scale. */
export function readCell(scale: Scale, criterion: Criterion, cell: unknown): CellReading {
  if (cell === undefined || cell === null || cell === '') return { kind: 'missing' };
  if (typeof cell === 'string' && cell.trim().toLowerCase() === NOT_APPLICABLE) {
    return criterion.allowNotApplicable
      ? { kind: 'not-applicable' }
      : { kind: 'invalid', problem: m['SCORING.CELL.NOT_APPLICABLE']({ criterion: criterion.id }) };
  }
  if (scale.kind === 'labelled') {
    if (typeof cell === 'string') {
      const point = scale.points.find((p) => p.key === cell.trim());
      if (point) return { kind: 'value', value: point.value };
      return {
        kind: 'invalid',
        problem: m['SCORING.CELL.NOT_A_POINT']({ got: cell, scale: scaleText(scale) }),
      };
    }
    if (typeof cell === 'number' && scale.points.some((p) => p.value === cell))
      return { kind: 'value', value: cell };
    return {
      kind: 'invalid',
      problem: m['SCORING.CELL.NOT_A_POINT']({ got: cell, scale: scaleText(scale) }),
    };
  }
  const value = typeof cell === 'string' ? Number(cell.replace(',', '.')) : cell;
  if (typeof value !== 'number' || !Number.isFinite(value))
    return { kind: 'invalid', problem: m['SCORING.CELL.NOT_A_NUMBER']({ got: cell }) };
  if (value < scale.min || value > scale.max)
    return {
      kind: 'invalid',
      problem: m['SCORING.CELL.OUTSIDE_SCALE']({ value, scale: scaleText(scale) }),
    };
  if (scale.step !== undefined) {
    const steps = (value - scale.min) / scale.step;
    if (Math.abs(steps - Math.round(steps)) > 1e-9)
      return {
        kind: 'invalid',
        problem: m['SCORING.CELL.OFF_STEP']({ value, step: scale.step, min: scale.min }),
      };
  }
  return { kind: 'value', value };
}

/** One criterion on one sheet, explained. */
export interface CriterionLine {
  readonly criterion: string;
  readonly label: LocalizedText;
  readonly weight: number;
  readonly counted: boolean;
  /** The score as given (after a label is turned into its value); null when n/a or missing. */
  readonly raw: number | null;
  readonly notApplicable: boolean;
  /** Where the raw score sits on its scale, 0 (lowest) to 1 (highest). */
  readonly position: number | null;
  /** Points this criterion adds to the total. */
  readonly contribution: number | null;
}

/** A sheet's total, or why there is none. */
export type SheetTotal =
  | {
      readonly status: 'complete';
      readonly total: number;
      readonly lines: readonly CriterionLine[];
    }
  | {
      readonly status: 'incomplete';
      readonly missing: readonly string[];
      readonly lines: readonly CriterionLine[];
    }
  | { readonly status: 'not-applicable'; readonly lines: readonly CriterionLine[] };

/** The range a sheet's total can take under a rubric. */
export function totalRange(rubric: CompleteRubric): { min: number; max: number } {
  if (rubric.total === 'percent') return { min: 0, max: 100 };
  if (rubric.total === 'weighted-mean') return scaleBounds(rubric.scale);
  let min = 0;
  let max = 0;
  for (const c of rubric.criteria) {
    if (!c.counted) continue;
    const b = scaleBounds(criterionScale(rubric, c));
    min += c.weight * b.min;
    max += c.weight * b.max;
  }
  return { min: clean(min), max: clean(max) };
}

/**
 * The total of one sheet. Cells must already have been checked with {@link readCell}; an
 * invalid cell counts as missing here.
 *
 * @example
 * ```ts
 * const rubric = { ...RubricSchema.parse({
 *   criteria: [
 *     { id: 'kebaruan', label: { id: 'Kebaruan', en: 'Novelty' }, weight: 60 },
 *     { id: 'manfaat', label: { id: 'Manfaat', en: 'Benefit' }, weight: 40 },
 *   ],
 * }), scale: { kind: 'numeric', min: 1, max: 5 } } as const;
 * sheetTotal(rubric, { id: 'E1' }, { kebaruan: 5, manfaat: 3 }); // { status: 'complete', total: 80, … }
 * ```
 */
export function sheetTotal(
  rubric: CompleteRubric,
  entry: Entry,
  scores: Readonly<Record<string, unknown>>,
): SheetTotal {
  const read = rubric.criteria.map((criterion) => {
    const scale = criterionScale(rubric, criterion);
    const applies = criterionApplies(criterion, entry);
    const cell = applies ? readCell(scale, criterion, scores[criterion.id]) : undefined;
    return { criterion, scale, applies, cell };
  });
  const missing = read
    .filter((r) => r.applies && r.criterion.counted && r.cell?.kind !== 'value')
    .filter((r) => r.cell?.kind !== 'not-applicable')
    .map((r) => r.criterion.id);
  const active = read.filter(
    (r) => r.applies && r.criterion.counted && r.cell?.kind === 'value' && r.criterion.weight > 0,
  );
  const allWeight = rubric.criteria.filter((c) => c.counted).reduce((s, c) => s + c.weight, 0);
  const activeWeight = active.reduce((s, r) => s + r.criterion.weight, 0);
  const lines: CriterionLine[] = read.map(({ criterion, scale, applies, cell }) => {
    const raw = cell?.kind === 'value' ? cell.value : null;
    const bounds = scaleBounds(scale);
    const position = raw === null ? null : clean((raw - bounds.min) / (bounds.max - bounds.min));
    const isActive =
      applies && criterion.counted && raw !== null && criterion.weight > 0 && activeWeight > 0;
    let contribution: number | null = null;
    if (isActive && position !== null) {
      if (rubric.total === 'percent')
        contribution = (100 * criterion.weight * position) / activeWeight;
      else if (rubric.total === 'weighted-mean')
        contribution = (criterion.weight * raw) / activeWeight;
      else contribution = (criterion.weight * raw * allWeight) / activeWeight;
      contribution = clean(contribution);
    } else if (applies && criterion.counted && raw !== null) contribution = 0;
    return {
      criterion: criterion.id,
      label: criterion.label,
      weight: criterion.weight,
      counted: criterion.counted && applies,
      raw,
      notApplicable: !applies || cell?.kind === 'not-applicable',
      position,
      contribution,
    };
  });
  if (missing.length > 0) return { status: 'incomplete', missing, lines };
  if (active.length === 0) return { status: 'not-applicable', lines };
  let total = 0;
  for (const line of lines) total += line.contribution ?? 0;
  return { status: 'complete', total: clean(total), lines };
}
