/**
 * What-if and the plan: what a region should do next.
 *
 * - **What-if**: the marginal IID gain of one more innovation, of raising any single row one
 *   level, of covering the missing urusan; the empty seats below the divisor.
 * - **Plan**: a short list of changes that reaches the next predikat, in order of gain, and
 *   {@link applyPlan} to apply it to the region file (so the promise can be checked by
 *   recomputing).
 *
 * A change raises one row (an SPD row, or one innovation's SID row) to a higher level, completes
 * a rancang bangun that was too short (the innovation is then assessed), or adds innovations. The planner is greedy on the exact formula: while no single change reaches the
 * target it takes the change with the largest gain; then it finishes with the change that needs
 * the fewest levels. For row changes at a fixed n this gives the fewest changes (taking the
 * largest gains first is optimal when gains are independent); when adding innovations changes n
 * the plan is short but not proven minimal.
 *
 * @module
 */
import type { ResolvedRulebook } from '../rulebook/index.js';
import type { LocalizedText } from '../shared/i18n.js';
import {
  assessRegion,
  constantsOf,
  parseRegion,
  totalsOf,
  type Aggregate,
  type Constants,
  type IidOptions,
  type IidResult,
} from './compute.js';
import { known, readIidModel, type IidModel } from './model.js';
import { PREDIKAT_TEXT, predikatInModel, round2, type Predikat } from './predikat.js';
import { t } from './text.js';
import type { Region, Row } from './schema.js';

/** Raising one row one level. */
interface RowRaise {
  readonly row: string;
  readonly from: number;
  readonly to: number;
  readonly gain: number;
  readonly text: LocalizedText;
}

/** One change of a plan. `gain` is in IID points at the moment the change is made. */
export type PlanChange =
  | (RowRaise & { readonly kind: 'raise-spd' })
  | (RowRaise & { readonly kind: 'raise-sid'; readonly innovation: string })
  | {
      readonly kind: 'complete-rancang-bangun';
      readonly innovation: string;
      readonly words: number;
      readonly gain: number;
      readonly text: LocalizedText;
    }
  | {
      readonly kind: 'add-innovation';
      readonly id: string;
      readonly urusan: string;
      readonly answers: Readonly<Record<string, number>>;
      readonly gain: number;
      readonly text: LocalizedText;
    };

/** A plan to reach the next predikat. */
export interface IidPlan {
  readonly rulebook: string;
  readonly from: { readonly iid: number | null; readonly predikat: Predikat | null };
  /** The predikat aimed at and its lower bound; null when already at the top or unknown. */
  readonly target: { readonly predikat: Predikat; readonly minimum: number } | null;
  readonly reached: boolean;
  /** The changes, largest gain first. */
  readonly changes: readonly PlanChange[];
  readonly after: { readonly iid: number | null; readonly predikat: Predikat | null };
  readonly explanation: LocalizedText;
}

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

const PRECISION = 10000;
const gainOf = (delta: number, c: Constants) =>
  c.maximumTotal === undefined
    ? 0
    : Math.round(((delta / c.maximumTotal) * 100 + Number.EPSILON) * PRECISION) / PRECISION;

function total(agg: Aggregate, c: Constants): number | null {
  return totalsOf(agg, c).total;
}

function withInnovations(agg: Aggregate, urusan: readonly string[], sid: number): Aggregate {
  const covered = new Set(agg.covered);
  for (const u of urusan) covered.add(u);
  return {
    spd: agg.spd,
    sidSum: agg.sidSum + sid * urusan.length,
    n: agg.n + urusan.length,
    covered,
  };
}

/**
 * The answers of a planned new innovation: those of the region's median assessed innovation
 * ("one more like your typical one"), or the mandatory rows at level 1 when there is none.
 */
function templateOf(
  catalogue: readonly Row[],
  result: IidResult,
): { answers: Record<string, number>; score: number } {
  const assessed = result.innovations
    .filter((i) => i.status !== 'excluded' && i.score !== null)
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0));
  const median = assessed[Math.floor((assessed.length - 1) / 2)];
  if (median && (median.score ?? 0) > 0) {
    const answers = Object.fromEntries(
      median.rows.filter((r) => r.level > 0).map((r) => [r.row, r.level as number]),
    );
    return { answers, score: median.score ?? 0 };
  }
  const answers: Record<string, number> = {};
  let score = 0;
  for (const row of catalogue) {
    if (!row.mandatory) continue;
    answers[row.id] = 1;
    score += row.weight;
  }
  return { answers, score };
}

function aggregateOf(result: IidResult): Aggregate {
  const assessed = result.innovations.filter((i) => i.status !== 'excluded');
  return {
    spd: result.spdRows.reduce((s, r) => s + r.score, 0),
    sidSum: assessed.reduce((s, i) => s + (i.score ?? 0), 0),
    n: result.divisor.n,
    covered: new Set(assessed.map((i) => i.urusan)),
  };
}

function nextTarget(
  model: IidModel,
  iid: number | null,
): { predikat: Predikat; minimum: number } | null {
  if (iid === null) return null;
  const current = predikatInModel(model, iid);
  if (current.status !== 'known' || current.band.next === undefined) return null;
  const next = predikatInModel(model, current.band.next);
  return next.status === 'known' ? { predikat: next.predikat, minimum: current.band.next } : null;
}

/**
 * Plans the next predikat for an assessed region (claimed view).
 *
 * @example
 * ```ts
 * const result = computeIid(region, rulebook);
 * const plan = planIid(result, rulebook);
 * plan.changes[0]; // { kind: 'raise-spd', row: 'SPD-12', from: 0, to: 1, gain: 0.8, … }
 * ```
 */
export function planIid(
  result: IidResult,
  rulebook: ResolvedRulebook,
  options: { readonly maxChanges?: number } = {},
): IidPlan {
  const model = readIidModel(rulebook, result.asOf);
  const c = constantsOf(model);
  const base = result.views.claimed;
  const from = { iid: base.iid, predikat: base.predikat.predikat };
  const target = nextTarget(model, base.iid);
  const spdCatalogue = known(model.spd?.slots.catalogue) ?? [];
  const sidCatalogue = known(model.sid?.slots.catalogue) ?? [];
  if (result.view !== 'claimed') {
    return {
      rulebook: rulebook.id,
      from,
      target: null,
      reached: false,
      changes: [],
      after: from,
      explanation: t(
        'Rencana dibuat atas skor klaim; hitung ulang dengan view claimed.',
        'Plans are made on the claimed score; recompute with the claimed view.',
      ),
    };
  }
  if (target === null || base.iid === null || c.maximumTotal === undefined) {
    return {
      rulebook: rulebook.id,
      from,
      target: null,
      reached: false,
      changes: [],
      after: from,
      explanation:
        base.iid === null
          ? t(
              'Tidak ada rencana: IID edisi ini tidak dapat dihitung.',
              'No plan: the IID of this edition cannot be computed.',
            )
          : t('Sudah pada predikat tertinggi.', 'Already at the highest predikat.'),
    };
  }
  const maxChanges = options.maxChanges ?? 2000;
  let agg = aggregateOf(result);
  const changes: PlanChange[] = [];
  const spdLevels = new Map(result.spdRows.map((r) => [r.row, r.level as number]));
  const spdOrder = [...spdCatalogue].sort((a, b) => b.weight - a.weight);
  const sidOrder = [...sidCatalogue].sort((a, b) => b.weight - a.weight);
  const innovations = result.innovations
    .filter((i) => i.status !== 'excluded')
    .map((i) => ({ id: i.id, levels: new Map(i.rows.map((r) => [r.row, r.level as number])) }));
  const template = templateOf(sidCatalogue, result);
  const yandas = known(model.count?.slots.urusan);
  const takenIds = new Set(result.innovations.map((i) => i.id));
  const minimumWords = known(model.words?.slots.minimumWords) ?? 0;
  const fixable = result.innovations
    .filter((i) => i.status === 'excluded' && i.potential !== undefined)
    .map((i) => ({
      id: i.id,
      urusan: i.urusan,
      potential: i.potential ?? 0,
      levels: new Map(i.rows.map((r) => [r.row, r.level as number])),
    }));
  let added = 0;
  const iidNow = () => {
    const tot = total(agg, c);
    return tot === null ? null : round2((tot / (c.maximumTotal ?? 1)) * 100);
  };
  const newId = () => {
    let id: string;
    do {
      added += 1;
      id = `rencana-${added}`;
    } while (takenIds.has(id));
    takenIds.add(id);
    return id;
  };

  interface Raise {
    readonly row: Row;
    readonly from: number;
    /** Raw points per level at the time of the choice. */
    readonly perLevel: number;
    readonly scope: { id: string; levels: Map<string, number> } | undefined;
  }
  const applyRaise = (raise: Raise, to: number) => {
    const points = raise.perLevel * (to - raise.from);
    if (raise.scope === undefined) {
      spdLevels.set(raise.row.id, to);
      agg = { ...agg, spd: agg.spd + raise.row.weight * (to - raise.from) };
      changes.push({
        kind: 'raise-spd',
        row: raise.row.id,
        from: raise.from,
        to,
        gain: gainOf(points, c),
        text: raiseText(raise.row, raise.from, to),
      });
      return;
    }
    raise.scope.levels.set(raise.row.id, to);
    agg = { ...agg, sidSum: agg.sidSum + raise.row.weight * (to - raise.from) };
    changes.push({
      kind: 'raise-sid',
      innovation: raise.scope.id,
      row: raise.row.id,
      from: raise.from,
      to,
      gain: gainOf(points, c),
      text: raiseText(raise.row, raise.from, to, raise.scope.id),
    });
  };
  const addInnovations = (urusanList: readonly string[]) => {
    for (const urusan of urusanList) {
      const before = total(agg, c) ?? 0;
      agg = withInnovations(agg, [urusan], template.score);
      const id = newId();
      innovations.push({ id, levels: new Map(Object.entries(template.answers)) });
      changes.push({
        kind: 'add-innovation',
        id,
        urusan,
        answers: template.answers,
        gain: gainOf((total(agg, c) ?? 0) - before, c),
        text: t(
          `Laporkan satu inovasi baru pada urusan ${urusan}, sematang inovasi median Anda (skor SID ${template.score}).`,
          `Report one new innovation in the ${urusan} urusan, as mature as your median innovation (SID score ${template.score}).`,
        ),
      });
    }
  };

  const reachedNow = () => (iidNow() ?? 0) >= target.minimum;
  while (!reachedNow() && changes.length < maxChanges) {
    const now = total(agg, c) ?? 0;
    const divisor = Math.max(c.divisorMinimum ?? 0, agg.n) || 1;
    // Candidates: raise one row (an SPD row, or one innovation's SID row) to some higher level,
    // or add innovations. Each is one change.
    const raises: Raise[] = [];
    for (const row of spdOrder) {
      const level = spdLevels.get(row.id) ?? 0;
      if (level < 3) raises.push({ row, from: level, perLevel: row.weight, scope: undefined });
    }
    for (const row of sidOrder) {
      let best: { id: string; levels: Map<string, number> } | undefined;
      for (const innovation of innovations) {
        const level = innovation.levels.get(row.id) ?? 0;
        if (level < (best?.levels.get(row.id) ?? 3)) best = innovation;
        if (level === 0) break;
      }
      if (best)
        raises.push({
          row,
          from: best.levels.get(row.id) ?? 0,
          perLevel: row.weight / divisor,
          scope: best,
        });
    }
    const missing = yandas
      ? yandas.urusan.filter((u) => !agg.covered.has(u.id)).map((u) => u.id)
      : [];
    const needed = yandas
      ? Math.max(0, yandas.required - (yandas.urusan.length - missing.length))
      : 0;
    const addUrusan =
      needed > 0 ? missing.slice(0, needed) : [missing[0] ?? yandas?.urusan[0]?.id ?? 'lainnya'];
    const addDelta = (total(withInnovations(agg, addUrusan, template.score), c) ?? now) - now;

    // A raise that finishes the plan on its own, with the fewest levels, wins outright.
    const deficit = ((target.minimum - 0.005) / 100) * (c.maximumTotal ?? 1) - now;
    let finishing: { raise: Raise; to: number } | undefined;
    for (const raise of raises) {
      const levels = Math.max(1, Math.ceil(deficit / raise.perLevel - 1e-9));
      if (raise.from + levels > 3) continue;
      if (!finishing || levels < finishing.to - finishing.raise.from)
        finishing = { raise, to: raise.from + levels };
    }
    if (finishing) {
      applyRaise(finishing.raise, finishing.to);
      if (reachedNow()) break;
      continue;
    }
    const bestRaise = raises.reduce<Raise | undefined>(
      (x, y) =>
        x === undefined || y.perLevel * (3 - y.from) > x.perLevel * (3 - x.from) + 1e-12 ? y : x,
      undefined,
    );
    const raiseGain = bestRaise ? bestRaise.perLevel * (3 - bestRaise.from) : 0;
    const addGain = sidCatalogue.length > 0 ? addDelta / addUrusan.length : 0;
    const fix = fixable[0];
    const fixGain = fix
      ? (total(withInnovations(agg, [fix.urusan], fix.potential), c) ?? now) - now
      : 0;
    if (raiseGain <= 0 && addGain <= 0 && fixGain <= 0) break;
    if (fix && fixGain >= raiseGain && fixGain >= addGain) {
      fixable.shift();
      agg = withInnovations(agg, [fix.urusan], fix.potential);
      innovations.push({ id: fix.id, levels: fix.levels });
      changes.push({
        kind: 'complete-rancang-bangun',
        innovation: fix.id,
        words: minimumWords,
        gain: gainOf(fixGain, c),
        text: t(
          `Lengkapi rancang bangun ${fix.id} sampai paling sedikit ${minimumWords} kata agar inovasi ini dinilai.`,
          `Complete the rancang bangun of ${fix.id} to at least ${minimumWords} words so the innovation is assessed.`,
        ),
      });
    } else if (bestRaise && raiseGain >= addGain) applyRaise(bestRaise, 3);
    else addInnovations(addUrusan);
  }
  const iid = iidNow();
  const after = { iid, predikat: iid === null ? null : predikatInModel(model, iid).predikat };
  const reached = iid !== null && iid >= target.minimum;
  const ordered = changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => b.change.gain - a.change.gain || a.index - b.index)
    .map((x) => x.change);
  return {
    rulebook: rulebook.id,
    from,
    target,
    reached,
    changes: ordered,
    after,
    explanation: reached
      ? t(
          `${changes.length} perubahan menaikkan IID dari ${fmt(base.iid, 'id')} ke ${fmt(iid, 'id')}, mencapai ${PREDIKAT_TEXT[target.predikat].id} (≥ ${fmt(target.minimum, 'id')}). Dipilih serakah: tiap langkah mengambil kenaikan terbesar, lalu perubahan terakhir yang paling sedikit tingkatnya.`,
          `${changes.length} changes raise the IID from ${fmt(base.iid, 'en')} to ${fmt(iid, 'en')}, reaching ${PREDIKAT_TEXT[target.predikat].en} (≥ ${fmt(target.minimum, 'en')}). Chosen greedily: the largest gain first, then the last change with the fewest levels.`,
        )
      : t(
          `${PREDIKAT_TEXT[target.predikat].id} tidak tercapai dengan perubahan yang tersedia.`,
          `${PREDIKAT_TEXT[target.predikat].en} cannot be reached with the changes available.`,
        ),
  };
}

function fmt(x: number | null, lang: 'id' | 'en'): string {
  if (x === null) return '?';
  return lang === 'id' ? x.toFixed(2).replace('.', ',') : x.toFixed(2);
}

function raiseText(row: Row, from: number, to: number, innovation?: string): LocalizedText {
  const spec = row.levels.find((l) => l.level === to);
  const where = innovation !== undefined ? ` (${innovation})` : '';
  return t(
    `Naikkan ${row.id}${where} dari tingkat ${from} ke ${to}: ${spec?.text.id ?? ''}`,
    `Raise ${row.id}${where} from level ${from} to ${to}: ${spec?.text.en ?? ''}`,
  );
}

/**
 * The marginal effects of single changes, and the plan.
 *
 * @example
 * ```ts
 * const result = computeIid(region, rulebook);
 * const w = whatIf(result, rulebook);
 * w.oneMoreInnovation?.atAverage.gain; // 0.35
 * ```
 */
export function whatIf(result: IidResult, rulebook: ResolvedRulebook): WhatIf {
  const model = readIidModel(rulebook, result.asOf);
  const c = constantsOf(model);
  const agg = aggregateOf(result);
  const now = total(agg, c);
  const plan = planIid(result, rulebook);
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
  const divisor = Math.max(c.divisorMinimum ?? 0, agg.n) || 1;
  const sidMax = sidCatalogue.reduce((s, r) => s + r.weight * 3, 0);
  const average = agg.n === 0 ? 0 : agg.sidSum / agg.n;
  const someUrusan = [...agg.covered][0] ?? 'lainnya';
  const addGain = (sid: number) =>
    gainOf((total(withInnovations(agg, [someUrusan], sid), c) ?? now) - now, c);
  const yandas = known(model.count?.slots.urusan);
  const missing = yandas
    ? yandas.urusan.filter((u) => !agg.covered.has(u.id)).map((u) => u.id)
    : [];
  const needed = yandas
    ? Math.max(0, yandas.required - (yandas.urusan.length - missing.length))
    : 0;
  const template = templateOf(sidCatalogue, result);
  const assessed = result.innovations.filter((i) => i.status !== 'excluded');
  return {
    rulebook: rulebook.id,
    base,
    oneMoreInnovation: {
      atAverage: { sid: Math.round(average * 100) / 100, gain: addGain(average) },
      atMaximum: { sid: sidMax, gain: addGain(sidMax) },
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
    urusan: yandas
      ? {
          missing,
          needed,
          gain:
            needed === 0
              ? 0
              : gainOf(
                  (total(withInnovations(agg, missing.slice(0, needed), template.score), c) ??
                    now) - now,
                  c,
                ),
        }
      : null,
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
  options: Pick<IidOptions, 'asOf'> = {},
): Region {
  const region = parseRegion(structuredClone(input));
  const model = readIidModel(rulebook, options.asOf ?? rulebook.effective.from);
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
  options: Pick<IidOptions, 'asOf'> = {},
): IidResult {
  const model = readIidModel(rulebook, options.asOf ?? rulebook.effective.from);
  return assessRegion(applyPlan(input, plan, rulebook, options), model, 'claimed');
}
