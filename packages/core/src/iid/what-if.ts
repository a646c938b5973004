/**
 * What-if and the plan: what a region should do next.
 *
 * - **What-if**: the marginal IID gain of one more innovation, of raising any single row one
 *   level, of covering the missing urusan; the empty seats below the divisor.
 * - **Plan** ({@link planIid}, in named phases in `plan.ts`): a short list of changes that reaches
 *   the next predikat, in order of gain, and {@link applyPlan} to apply it to the region file (so
 *   the promise can be checked by recomputing).
 *
 * A rulebook that uses a custom rule kind needs it in `options.kinds` here too, as in
 * `computeIid`: one registration shape for every IID entry point.
 *
 * @module
 */
import type { ResolvedRulebook } from '../rulebook/index.js';
import type { LocalizedText } from '../shared/i18n.js';
import {
  assessRegion,
  constantsOf,
  parseRegion,
  type IidOptions,
  type IidResult,
} from './compute.js';
import { known, readIidModel } from './model.js';
import {
  aggregateOf,
  divisorOf,
  gainOf,
  planInModel,
  templateOf,
  totalOf,
  urusanGap,
  withInnovations,
  type IidPlan,
} from './plan.js';
import type { Predikat } from './predikat.js';
import type { Region } from './schema.js';

export { planIid } from './plan.js';
export type { IidPlan, PlanChange, PlanOptions } from './plan.js';

/** The marginal effects of single changes, in IID points. */
export interface WhatIf {
  readonly rulebook: string;
  readonly base: { readonly iid: number | null; readonly predikat: Predikat | null };
  /** Adding one innovation: at the region's average SID score, and at the maximum. */
  readonly oneMoreInnovation: {
    readonly atAverage: { readonly sid: number; readonly gain: number };
    readonly atMaximum: { readonly sid: number; readonly gain: number };
  } | null;
  readonly emptySeats: number | null;
  readonly spdRows: readonly {
    readonly row: string;
    readonly title: LocalizedText;
    readonly from: number;
    readonly gain: number;
  }[];
  readonly sidRows: readonly {
    readonly row: string;
    readonly title: LocalizedText;
    readonly gainPerLevel: number;
    readonly innovationsBelowMaximum: number;
  }[];
  readonly urusan: {
    readonly missing: readonly string[];
    readonly needed: number;
    /** Gain of one new innovation (like the median one) in each needed missing urusan. */
    readonly gain: number;
  } | null;
  readonly plan: IidPlan;
}

/**
 * The marginal effects of single changes, and the plan. A rulebook that uses a custom rule kind
 * needs it in `options.kinds`, as `computeIid` does.
 *
 * @throws {CoreError} `RULEBOOK_INVALID` for a rule whose kind is neither built in nor in `kinds`.
 *
 * @example
 * ```ts
 * const result = computeIid(region, rulebook);
 * const w = whatIf(result, rulebook);
 * w.oneMoreInnovation?.atAverage.gain; // 0.35
 * ```
 */
export function whatIf(
  result: IidResult,
  rulebook: ResolvedRulebook,
  options: Pick<IidOptions, 'kinds'> = {},
): WhatIf {
  const model = readIidModel(rulebook, result.asOf, options.kinds);
  const c = constantsOf(model);
  const agg = aggregateOf(result);
  const now = totalOf(agg, c);
  const plan = planInModel(result, model);
  const base = { iid: result.views.claimed.iid, predikat: result.views.claimed.predikat.predikat };
  const sidCatalogue = known(model.sid?.slots.catalogue) ?? [];
  const spdCatalogue = known(model.spd?.slots.catalogue) ?? [];
  if (now === null || c.maximumTotal === undefined) {
    return {
      rulebook: rulebook.id,
      base,
      oneMoreInnovation: null,
      emptySeats: result.divisor.emptySeats,
      spdRows: [],
      sidRows: [],
      urusan: null,
      plan,
    };
  }
  const divisor = divisorOf(agg, c);
  const sidMax = sidCatalogue.reduce((s, r) => s + r.weight * 3, 0);
  const average = agg.n === 0 ? 0 : agg.sidSum / agg.n;
  const someUrusan = [...agg.covered][0] ?? 'lainnya';
  const addGain = (urusan: readonly string[], sid: number) =>
    gainOf((totalOf(withInnovations(agg, urusan, sid), c) ?? now) - now, c);
  const yandas = known(model.count?.slots.urusan);
  const assessed = result.innovations.filter((i) => i.status !== 'excluded');
  const gap = yandas ? urusanGap(yandas, agg.covered) : undefined;
  const urusan: WhatIf['urusan'] = gap
    ? {
        ...gap,
        gain:
          gap.needed === 0
            ? 0
            : addGain(gap.missing.slice(0, gap.needed), templateOf(sidCatalogue, result).score),
      }
    : null;
  return {
    rulebook: rulebook.id,
    base,
    oneMoreInnovation: {
      atAverage: { sid: Math.round(average * 100) / 100, gain: addGain([someUrusan], average) },
      atMaximum: { sid: sidMax, gain: addGain([someUrusan], sidMax) },
    },
    emptySeats: result.divisor.emptySeats,
    spdRows: result.spdRows
      .filter((r) => r.level < 3)
      .map((r) => ({ row: r.row, title: r.title, from: r.level, gain: gainOf(r.weight, c) }))
      .sort((a, b) => b.gain - a.gain),
    sidRows:
      spdCatalogue.length + sidCatalogue.length === 0
        ? []
        : sidCatalogue
            .map((row) => ({
              row: row.id,
              title: row.title,
              gainPerLevel: gainOf(row.weight / divisor, c),
              innovationsBelowMaximum: assessed.filter(
                (i) => (i.rows.find((r) => r.row === row.id)?.level ?? 0) < 3,
              ).length,
            }))
            .sort((a, b) => b.gainPerLevel - a.gainPerLevel),
    urusan,
    plan,
  };
}

/**
 * Applies a plan to a region file: raises the named rows (as new claims) and adds the planned
 * innovations (dated at the start of the window, with the minimum rancang bangun length as a
 * placeholder to be written). Pure: returns a new region.
 *
 * @example
 * ```ts
 * const next = applyPlan(region, plan, rulebook);
 * computeIid(next, rulebook).predikat.predikat === plan.target?.predikat; // true when plan.reached
 * ```
 */
export function applyPlan(
  input: unknown,
  plan: IidPlan,
  rulebook: ResolvedRulebook,
  options: Pick<IidOptions, 'asOf' | 'kinds'> = {},
): Region {
  const region = parseRegion(structuredClone(input));
  const model = readIidModel(rulebook, options.asOf ?? rulebook.effective.from, options.kinds);
  const window = known(model.window?.slots.window);
  const words = known(model.words?.slots.minimumWords);
  const raise = (
    answers: Record<string, unknown>,
    row: string,
    to: number,
    max: Map<string, number>,
    key: string,
  ) => {
    const level = Math.max(max.get(key) ?? 0, to);
    max.set(key, level);
    const previous = answers[row];
    const evidence =
      typeof previous === 'object' && previous !== null && 'evidence' in previous
        ? (previous as { evidence?: string }).evidence
        : undefined;
    answers[row] = { level, status: 'claimed', ...(evidence !== undefined ? { evidence } : {}) };
  };
  const max = new Map<string, number>();
  for (const change of plan.changes) {
    if (change.kind === 'complete-rancang-bangun') {
      const innovation = region.innovations.find((i) => i.id === change.innovation);
      if (innovation) {
        // The plan's placeholder: the text is to be rewritten to at least `words` words.
        delete innovation.rancangBangun;
        innovation.rancangBangunWords = change.words;
      }
    }
    if (change.kind === 'add-innovation') {
      region.innovations.push({
        id: change.id,
        name: `Inovasi baru (rencana) ${change.id}`,
        stage: 'penerapan',
        urusan: change.urusan,
        ...(window ? { implementationDate: window.from } : {}),
        ...(words !== undefined ? { rancangBangunWords: words } : {}),
        answers: { ...change.answers },
      });
    }
  }
  for (const change of plan.changes) {
    if (change.kind === 'raise-spd')
      raise(region.spd, change.row, change.to, max, `spd:${change.row}`);
    if (change.kind === 'raise-sid') {
      const innovation = region.innovations.find((i) => i.id === change.innovation);
      if (innovation)
        raise(innovation.answers, change.row, change.to, max, `${change.innovation}:${change.row}`);
    }
  }
  return region;
}

/** Recomputes a region after a plan: convenience for checking a plan's promise. *
 * @example
 * ```ts
 * assessPlan(region, plan, rulebook).iid === plan.after.iid; // true
 * ```
 */
export function assessPlan(
  input: unknown,
  plan: IidPlan,
  rulebook: ResolvedRulebook,
  options: Pick<IidOptions, 'asOf' | 'kinds'> = {},
): IidResult {
  const model = readIidModel(rulebook, options.asOf ?? rulebook.effective.from, options.kinds);
  return assessRegion(applyPlan(input, plan, rulebook, options), model, 'claimed');
}
