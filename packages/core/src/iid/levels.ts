/**
 * From an answer to a level: a level given directly, or a measured value placed in the row's
 * published bands. Where the published bands overlap or leave gaps (several SPD rows as
 * published), the rulebook's recorded band policy decides, and the result says it did.
 *
 * @module
 */
import type { AnswerInput, BandPolicy, Level, Row, Verification } from './schema.js';

/** An answer with its short form expanded. */
export interface NormalizedAnswer {
  readonly level?: number | undefined;
  readonly value?: number | undefined;
  readonly basis?: string | undefined;
  readonly evidence?: string | undefined;
  readonly status: Verification;
}

/** Expands a bare-number answer to `{ level }`. *
 * @example
 * ```ts
 * normalizeAnswer(2); // { level: 2, status: 'claimed' }
 * ```
 */
export function normalizeAnswer(answer: AnswerInput | undefined): NormalizedAnswer | undefined {
  if (answer === undefined) return undefined;
  if (typeof answer === 'number') return { level: answer, status: 'claimed' };
  return { ...answer, status: answer.status ?? 'claimed' };
}

/** How the level of a measured value was found. */
export type Placement = 'in-band' | 'overlap' | 'gap' | 'above-best' | 'below-lowest';

/** The level of a value in a set of bands. */
export interface BandResult {
  readonly level: 0 | 1 | 2 | 3;
  readonly placement: Placement;
}

/** Do these levels carry numeric bands? */
export function hasBands(levels: readonly Level[]): boolean {
  return levels.some((l) => l.min !== undefined || l.max !== undefined);
}

/**
 * Places a measured value in the bands of a row (or of one Kemanfaatan basis).
 *
 * @example
 * ```ts
 * // SPD-04 per-capita income growth: "2.05…5.23" and "≥ 5.23" share 5.23.
 * levelForValue(spd04.levels, 'higher-is-better', 5.23, { overlap: 'higher', gap: 'lower' });
 * // { level: 3, placement: 'overlap' }
 * ```
 */
export function levelForValue(
  levels: readonly Level[],
  direction: 'higher-is-better' | 'lower-is-better',
  value: number,
  policy: BandPolicy,
): BandResult {
  const sign = direction === 'lower-is-better' ? -1 : 1;
  const v = value * sign;
  const bands = levels.map((l) => {
    const min = l.min ?? -Infinity;
    const max = l.max ?? Infinity;
    return sign === 1
      ? { level: l.level, lo: min, hi: max }
      : { level: l.level, lo: -max, hi: -min };
  });
  const containing = bands.filter((b) => v >= b.lo && v <= b.hi).map((b) => b.level);
  if (containing.length > 0) {
    const level = policy.overlap === 'higher' ? Math.max(...containing) : Math.min(...containing);
    return { level: level as 1 | 2 | 3, placement: containing.length > 1 ? 'overlap' : 'in-band' };
  }
  const below = bands.filter((b) => b.hi < v).map((b) => b.level);
  const above = bands.filter((b) => b.lo > v).map((b) => b.level);
  if (below.length === 0) return { level: 0, placement: 'below-lowest' };
  const lower = Math.max(...below) as 1 | 2 | 3;
  if (above.length === 0) return { level: lower, placement: 'above-best' };
  const upper = Math.min(...above) as 1 | 2 | 3;
  return { level: policy.gap === 'lower' ? lower : upper, placement: 'gap' };
}

/** A problem with one answer, as a stable code. */
export type AnswerProblem =
  | 'LEVEL_OUT_OF_RANGE'
  | 'BASIS_MISSING'
  | 'BASIS_UNKNOWN'
  | 'BASIS_NOT_APPLICABLE'
  | 'VALUE_UNSUPPORTED'
  | 'LEVEL_MISMATCH';

/** The level an answer earns on a row, and what went wrong on the way. */
export interface Resolved {
  readonly level: 0 | 1 | 2 | 3;
  readonly placement?: Placement;
  readonly levels: readonly Level[];
  readonly problems: readonly AnswerProblem[];
}

/** The levels an answer is read against: the row's, or its chosen basis'. *
 * @example
 * ```ts
 * resolveAnswer(sid33, { basis: 'a', value: 650, status: 'claimed' }, policy).level; // 3
 * ```
 */
export function resolveAnswer(
  row: Row,
  answer: NormalizedAnswer | undefined,
  policy: BandPolicy,
): Resolved {
  if (answer === undefined) return { level: 0, levels: row.levels, problems: [] };
  const problems: AnswerProblem[] = [];
  let levels = row.levels;
  let direction = row.direction;
  if (row.bases !== undefined && row.bases.length > 0) {
    const basis = row.bases.find((b) => b.id === answer.basis);
    if (answer.basis === undefined) {
      if (answer.value !== undefined) problems.push('BASIS_MISSING');
    } else if (!basis) problems.push('BASIS_UNKNOWN');
    else {
      levels = basis.levels;
      direction = basis.direction;
    }
  } else if (answer.basis !== undefined) problems.push('BASIS_NOT_APPLICABLE');

  let level: 0 | 1 | 2 | 3 = 0;
  let placement: Placement | undefined;
  const given = answer.level;
  const givenOk = given !== undefined && given >= 0 && given <= 3;
  if (given !== undefined && !givenOk) problems.push('LEVEL_OUT_OF_RANGE');
  if (answer.value !== undefined && !problems.includes('BASIS_MISSING')) {
    if (!problems.includes('BASIS_UNKNOWN') && hasBands(levels)) {
      const placed = levelForValue(levels, direction, answer.value, policy);
      level = placed.level;
      placement = placed.placement;
      if (givenOk && given !== level) problems.push('LEVEL_MISMATCH');
      return { level, placement, levels, problems };
    }
    if (!problems.includes('BASIS_UNKNOWN')) problems.push('VALUE_UNSUPPORTED');
  }
  if (givenOk && !problems.includes('BASIS_UNKNOWN')) level = given as 0 | 1 | 2 | 3;
  return { level, levels, problems };
}
