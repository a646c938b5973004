/**
 * The two normalisation formulas of PMK 91/2024 Lampiran A (pasal.id copy,
 * `../shared/domain/iid-and-incentive.md` §6.10):
 *
 * - improvement: `(Data_t − Data_{t−1}) / (nilai_target − Data_{t−1})`;
 * - min-max: `(x_i − x_min) / (x_max − x_min) + 1`, where "max" is the best value (the highest
 *   when higher is better, the lowest when lower is better). The `+1` sits outside the fraction
 *   as printed in the copy read; the result lies in [1, 2].
 *
 * Both are undefined when their denominator is zero; the functions then say why instead of
 * inventing a value. How the normalised values are aggregated into a category score was not
 * found, so the engine stops here.
 *
 * @module
 */
import type { LocalizedText } from '../shared/i18n.js';
import type { Direction, IndicatorValue } from './schema.js';

/** A normalised value, or why it is undefined. */
export type Normalised =
  | { readonly defined: true; readonly value: number }
  | { readonly defined: false; readonly why: LocalizedText };

/**
 * PMK 91/2024 improvement value (standar nilai peningkatan).
 *
 * @example
 * ```ts
 * improvementValue({ current: 8, previous: 10, target: 0 }); // { defined: true, value: 0.2 }
 * ```
 */
export function improvementValue(data: IndicatorValue): Normalised {
  if (data.previous === undefined || data.target === undefined) {
    return {
      defined: false,
      why: {
        id: 'perlu nilai periode sebelumnya (previous) dan nilai target (target)',
        en: 'needs the previous period (previous) and the target value (target)',
      },
    };
  }
  const denominator = data.target - data.previous;
  if (denominator === 0) {
    return {
      defined: false,
      why: {
        id: 'nilai target sama dengan nilai periode sebelumnya (pembagi nol)',
        en: 'the target equals the previous value (division by zero)',
      },
    };
  }
  return { defined: true, value: (data.current - data.previous) / denominator };
}

/**
 * PMK 91/2024 min-max value (standar nilai) of every value in a group, in input order.
 *
 * @example
 * ```ts
 * minMaxValues([10, 20, 30], 'higher'); // values 1, 1.5, 2
 * minMaxValues([10, 20, 30], 'lower'); // values 2, 1.5, 1
 * ```
 */
export function minMaxValues(values: readonly number[], direction: Direction): Normalised[] {
  if (values.length === 0) return [];
  const high = Math.max(...values);
  const low = Math.min(...values);
  const best = direction === 'higher' ? high : low;
  const worst = direction === 'higher' ? low : high;
  if (best === worst) {
    const why = {
      id: 'semua nilai dalam kelompok sama (x_max = x_min, pembagi nol)',
      en: 'every value in the group is the same (x_max = x_min, division by zero)',
    };
    return values.map(() => ({ defined: false, why }));
  }
  return values.map((x) => ({ defined: true, value: (x - worst) / (best - worst) + 1 }));
}
