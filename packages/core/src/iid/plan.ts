/**
 * The plan to the next predikat, as named phases:
 *
 * ```
 * readIidModel → checkPlannable (the target, or why there is no plan) → startPlan
 *   → loop { candidatesOf → nextStep → takeStep } until the target or no gain → explainPlan
 * ```
 *
 * A change raises one row (an SPD row, or one innovation's SID row) to a higher level, completes
 * a rancang bangun that was too short (the innovation is then assessed), or adds innovations.
 * The planner is greedy on the exact formula: while no single raise reaches the target it takes
 * the change with the largest gain; then it finishes with the raise that needs the fewest levels.
 * For row changes at a fixed n this gives the fewest changes (taking the largest gains first is
 * optimal when gains are independent); when adding innovations changes n the plan is short but
 * not proven minimal.
 *
 * The plan's working state ({@link PlanState}) is its own: each `take*` phase records one change
 * and updates the aggregate; the other phases only read it.
 *
 * @module
 */
import type { ResolvedRulebook } from '../rulebook/index.js';
import type { LocalizedText } from '../shared/i18n.js';
import {
  constantsOf,
  totalsOf,
  type Aggregate,
  type Constants,
  type IidOptions,
  type IidResult,
} from './compute.js';
import { known, readIidModel, type IidModel } from './model.js';
import { PREDIKAT_TEXT, predikatInModel, round2, type Predikat } from './predikat.js';
import type { Row, UrusanRequirement } from './schema.js';
import { t } from './text.js';

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

/**
 * Options of {@link planIid}: the extra rule kinds of the IID compile path (`kinds` of
 * {@link IidOptions}, needed when the rulebook uses a custom kind), and a bound on the changes.
 */
export interface PlanOptions extends Pick<IidOptions, 'kinds'> {
  /**
   * No step is taken once the plan has this many changes (default 2000); the last step may add
   * innovations in several urusan, so a plan may hold a few more.
   */
  readonly maxChanges?: number;
}

/** The predikat aimed at and its lower bound. */
export interface PlanTarget {
  readonly predikat: Predikat;
  readonly minimum: number;
}

const PRECISION = 10000;

/**
 * Raw points as IID points (0 when the index maximum is not known), rounded to four decimals.
 *
 * @example
 * ```ts
 * gainOf(2, constantsOf(model)); // 0.8 under iid-2026 (2 of 250 points)
 * ```
 */
export function gainOf(delta: number, c: Constants): number {
  return c.maximumTotal === undefined
    ? 0
    : Math.round(((delta / c.maximumTotal) * 100 + Number.EPSILON) * PRECISION) / PRECISION;
}

/** The total score of an aggregate, null when a constant is unknown. */
export function totalOf(agg: Aggregate, c: Constants): number | null {
  return totalsOf(agg, c).total;
}

/** The aggregate with one innovation of SID score `sid` added in each of `urusan`. */
export function withInnovations(agg: Aggregate, urusan: readonly string[], sid: number): Aggregate {
  const covered = new Set(agg.covered);
  for (const u of urusan) covered.add(u);
  return {
    spd: agg.spd,
    sidSum: agg.sidSum + sid * urusan.length,
    n: agg.n + urusan.length,
    covered,
  };
}

/** The divisor of the SID average: the minimum divisor or the number of innovations (never 0). */
export function divisorOf(agg: Aggregate, c: Constants): number {
  return Math.max(c.divisorMinimum ?? 0, agg.n) || 1;
}

/** The answers and SID score of a planned new innovation. */
export interface InnovationTemplate {
  readonly answers: Readonly<Record<string, number>>;
  readonly score: number;
}

/**
 * The answers of a planned new innovation: those of the region's median assessed innovation
 * ("one more like your typical one"), or the mandatory rows at level 1 when there is none.
 */
export function templateOf(catalogue: readonly Row[], result: IidResult): InnovationTemplate {
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

/** The aggregate of a result: its SPD score, the sum of its assessed SID scores, n, the urusan covered. */
export function aggregateOf(result: IidResult): Aggregate {
  const assessed = result.innovations.filter((i) => i.status !== 'excluded');
  return {
    spd: result.spdRows.reduce((s, r) => s + r.score, 0),
    sidSum: assessed.reduce((s, i) => s + (i.score ?? 0), 0),
    n: result.divisor.n,
    covered: new Set(assessed.map((i) => i.urusan)),
  };
}

/** The urusan of the requirement not yet covered, and how many of them are still needed. */
export function urusanGap(
  yandas: UrusanRequirement,
  covered: ReadonlySet<string>,
): { readonly missing: string[]; readonly needed: number } {
  const missing = yandas.urusan.filter((u) => !covered.has(u.id)).map((u) => u.id);
  const needed = Math.max(0, yandas.required - (yandas.urusan.length - missing.length));
  return { missing, needed };
}

/**
 * The next predikat above `iid` and its lower bound; null when `iid` is unknown, its predikat
 * is not known, or it is already the highest.
 */
export function planTarget(model: IidModel, iid: number | null): PlanTarget | null {
  if (iid === null) return null;
  const current = predikatInModel(model, iid);
  if (current.status !== 'known' || current.band.next === undefined) return null;
  const next = predikatInModel(model, current.band.next);
  return next.status === 'known' ? { predikat: next.predikat, minimum: current.band.next } : null;
}

/**
 * Whether a plan can be made: the target (the next predikat) when it can, else the plan that says
 * why not (on the verified view, when the IID cannot be computed, or at the top predikat).
 */
export function checkPlannable(
  result: IidResult,
  model: IidModel,
  c: Constants,
): { readonly target: PlanTarget } | { readonly plan: IidPlan } {
  const base = result.views.claimed;
  const from = { iid: base.iid, predikat: base.predikat.predikat };
  const none = (explanation: LocalizedText) => ({
    plan: {
      rulebook: model.rulebook.id,
      from,
      target: null,
      reached: false,
      changes: [],
      after: from,
      explanation,
    },
  });
  if (result.view !== 'claimed')
    return none(
      t(
        'Rencana dibuat atas skor klaim; hitung ulang dengan view claimed.',
        'Plans are made on the claimed score; recompute with the claimed view.',
      ),
    );
  const target = planTarget(model, base.iid);
  if (target === null || base.iid === null || c.maximumTotal === undefined)
    return none(
      base.iid === null
        ? t(
            'Tidak ada rencana: IID edisi ini tidak dapat dihitung.',
            'No plan: the IID of this edition cannot be computed.',
          )
        : t('Sudah pada predikat tertinggi.', 'Already at the highest predikat.'),
    );
  return { target };
}

/** An innovation as the plan sees it: its id and its SID levels (raised as the plan goes). */
interface PlannedInnovation {
  readonly id: string;
  readonly levels: Map<string, number>;
}

/** What the plan reads and never changes: the constants, the target, the catalogues in order. */
export interface PlanContext {
  readonly c: Constants;
  readonly target: PlanTarget;
  /** The SPD and SID rows, heaviest first. */
  readonly spdOrder: readonly Row[];
  readonly sidOrder: readonly Row[];
  /** Whether the rulebook has an SID catalogue (else adding innovations gains nothing). */
  readonly hasSid: boolean;
  readonly template: InnovationTemplate;
  readonly yandas: UrusanRequirement | undefined;
  readonly minimumWords: number;
}

/** The plan's working state: the aggregate so far, the levels raised, the changes made. */
export interface PlanState {
  agg: Aggregate;
  readonly changes: PlanChange[];
  readonly spdLevels: Map<string, number>;
  readonly innovations: PlannedInnovation[];
  /** Excluded innovations a longer rancang bangun would bring in, in result order. */
  readonly fixable: {
    readonly id: string;
    readonly urusan: string;
    readonly potential: number;
    readonly levels: Map<string, number>;
  }[];
  /** Innovation ids in use (so a planned innovation's id is new). */
  readonly takenIds: Set<string>;
  /** How many planned-innovation ids were tried. */
  added: number;
}

/**
 * The context and the starting state of a plan for a result (on the claimed view).
 *
 * @example
 * ```ts
 * const { context, state } = startPlan(result, model, target);
 * state.changes; // []
 * ```
 */
export function startPlan(
  result: IidResult,
  model: IidModel,
  target: PlanTarget,
): { context: PlanContext; state: PlanState } {
  const spdCatalogue = known(model.spd?.slots.catalogue) ?? [];
  const sidCatalogue = known(model.sid?.slots.catalogue) ?? [];
  const levelsOf = (rows: readonly { row: string; level: number }[]) =>
    new Map(rows.map((r) => [r.row, r.level]));
  const context: PlanContext = {
    c: constantsOf(model),
    target,
    spdOrder: [...spdCatalogue].sort((a, b) => b.weight - a.weight),
    sidOrder: [...sidCatalogue].sort((a, b) => b.weight - a.weight),
    hasSid: sidCatalogue.length > 0,
    template: templateOf(sidCatalogue, result),
    yandas: known(model.count?.slots.urusan),
    minimumWords: known(model.words?.slots.minimumWords) ?? 0,
  };
  const state: PlanState = {
    agg: aggregateOf(result),
    changes: [],
    spdLevels: levelsOf(result.spdRows),
    innovations: result.innovations
      .filter((i) => i.status !== 'excluded')
      .map((i) => ({ id: i.id, levels: levelsOf(i.rows) })),
    fixable: result.innovations
      .filter((i) => i.status === 'excluded' && i.potential !== undefined)
      .map((i) => ({
        id: i.id,
        urusan: i.urusan,
        potential: i.potential ?? 0,
        levels: levelsOf(i.rows),
      })),
    takenIds: new Set(result.innovations.map((i) => i.id)),
    added: 0,
  };
  return { context, state };
}

/** The IID of the plan's state, rounded as the index is. */
export function planIidNow(context: PlanContext, state: PlanState): number | null {
  const tot = totalOf(state.agg, context.c);
  return tot === null ? null : round2((tot / (context.c.maximumTotal ?? 1)) * 100);
}

/** Whether the plan's state reaches the target. */
function reachesTarget(context: PlanContext, state: PlanState): boolean {
  return (planIidNow(context, state) ?? 0) >= context.target.minimum;
}

/** A candidate raise of one row: an SPD row (no scope) or one innovation's SID row. */
export interface Raise {
  readonly row: Row;
  readonly from: number;
  /** Raw points per level at the time of the choice. */
  readonly perLevel: number;
  readonly scope: PlannedInnovation | undefined;
}

/** The changes open at a state: the row raises, and the innovations to add with their raw gain. */
export interface Candidates {
  /** The total score now. */
  readonly now: number;
  readonly raises: readonly Raise[];
  /** The urusan the added innovations go to (the needed missing ones, else one). */
  readonly addUrusan: readonly string[];
  /** Raw points of adding them all. */
  readonly addDelta: number;
}

/**
 * The changes open at a state: each SPD row below the top level, for each SID row the innovation
 * lowest on it (the first at level 0 when there is one), and innovations in the missing urusan.
 */
export function candidatesOf(context: PlanContext, state: PlanState): Candidates {
  const { c, yandas } = context;
  const { agg } = state;
  const now = totalOf(agg, c) ?? 0;
  const divisor = divisorOf(agg, c);
  const raises: Raise[] = [];
  for (const row of context.spdOrder) {
    const level = state.spdLevels.get(row.id) ?? 0;
    if (level < 3) raises.push({ row, from: level, perLevel: row.weight, scope: undefined });
  }
  for (const row of context.sidOrder) {
    let best: PlannedInnovation | undefined;
    for (const innovation of state.innovations) {
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
  const { missing, needed } = yandas ? urusanGap(yandas, agg.covered) : { missing: [], needed: 0 };
  const addUrusan =
    needed > 0 ? missing.slice(0, needed) : [missing[0] ?? yandas?.urusan[0]?.id ?? 'lainnya'];
  const addDelta =
    (totalOf(withInnovations(agg, addUrusan, context.template.score), c) ?? now) - now;
  return { now, raises, addUrusan, addDelta };
}

/**
 * The raise that reaches the target on its own with the fewest levels (the first of equals), or
 * undefined when none does.
 */
export function finishingRaise(
  raises: readonly Raise[],
  deficit: number,
): { readonly raise: Raise; readonly to: number } | undefined {
  let finishing: { raise: Raise; to: number } | undefined;
  for (const raise of raises) {
    const levels = Math.max(1, Math.ceil(deficit / raise.perLevel - 1e-9));
    if (raise.from + levels > 3) continue;
    if (!finishing || levels < finishing.to - finishing.raise.from)
      finishing = { raise, to: raise.from + levels };
  }
  return finishing;
}

/** The raise with the largest gain when taken to the top level (the first of equals). */
export function largestRaise(raises: readonly Raise[]): Raise | undefined {
  return raises.reduce<Raise | undefined>(
    (x, y) =>
      x === undefined || y.perLevel * (3 - y.from) > x.perLevel * (3 - x.from) + 1e-12 ? y : x,
    undefined,
  );
}

/** One step of the plan. */
export type PlanStep =
  | { readonly kind: 'raise'; readonly raise: Raise; readonly to: number }
  | { readonly kind: 'complete'; readonly gain: number }
  | { readonly kind: 'add'; readonly urusan: readonly string[] };

/**
 * The next step: a raise that finishes the plan on its own; else the change with the largest
 * gain (completing a rancang bangun, then raising a row to the top, then adding innovations, on
 * ties); undefined when no change gains anything.
 */
export function nextStep(context: PlanContext, state: PlanState): PlanStep | undefined {
  const { c, target } = context;
  const { now, raises, addUrusan, addDelta } = candidatesOf(context, state);
  const deficit = ((target.minimum - 0.005) / 100) * (c.maximumTotal ?? 1) - now;
  const finishing = finishingRaise(raises, deficit);
  if (finishing) return { kind: 'raise', ...finishing };
  const best = largestRaise(raises);
  const raiseGain = best ? best.perLevel * (3 - best.from) : 0;
  const addGain = context.hasSid ? addDelta / addUrusan.length : 0;
  const fix = state.fixable[0];
  const fixGain = fix
    ? (totalOf(withInnovations(state.agg, [fix.urusan], fix.potential), c) ?? now) - now
    : 0;
  if (raiseGain <= 0 && addGain <= 0 && fixGain <= 0) return undefined;
  if (fix && fixGain >= raiseGain && fixGain >= addGain) return { kind: 'complete', gain: fixGain };
  if (best && raiseGain >= addGain) return { kind: 'raise', raise: best, to: 3 };
  return { kind: 'add', urusan: addUrusan };
}

/** Raises a row to `to`, recording the change. */
function takeRaise(context: PlanContext, state: PlanState, raise: Raise, to: number): void {
  const { c } = context;
  const gain = gainOf(raise.perLevel * (to - raise.from), c);
  const points = raise.row.weight * (to - raise.from);
  if (raise.scope === undefined) {
    state.spdLevels.set(raise.row.id, to);
    state.agg = { ...state.agg, spd: state.agg.spd + points };
    state.changes.push({
      kind: 'raise-spd',
      row: raise.row.id,
      from: raise.from,
      to,
      gain,
      text: raiseText(raise.row, raise.from, to),
    });
    return;
  }
  raise.scope.levels.set(raise.row.id, to);
  state.agg = { ...state.agg, sidSum: state.agg.sidSum + points };
  state.changes.push({
    kind: 'raise-sid',
    innovation: raise.scope.id,
    row: raise.row.id,
    from: raise.from,
    to,
    gain,
    text: raiseText(raise.row, raise.from, to, raise.scope.id),
  });
}

/** A planned innovation's id: `rencana-<k>`, the first not in use. */
function newInnovationId(state: PlanState): string {
  let id: string;
  do {
    state.added += 1;
    id = `rencana-${state.added}`;
  } while (state.takenIds.has(id));
  state.takenIds.add(id);
  return id;
}

/** Adds one innovation like the template in each urusan, one change each. */
function takeAddInnovations(
  context: PlanContext,
  state: PlanState,
  urusanList: readonly string[],
): void {
  const { c, template } = context;
  for (const urusan of urusanList) {
    const before = totalOf(state.agg, c) ?? 0;
    state.agg = withInnovations(state.agg, [urusan], template.score);
    const id = newInnovationId(state);
    state.innovations.push({ id, levels: new Map(Object.entries(template.answers)) });
    state.changes.push({
      kind: 'add-innovation',
      id,
      urusan,
      answers: template.answers,
      gain: gainOf((totalOf(state.agg, c) ?? 0) - before, c),
      text: t(
        `Laporkan satu inovasi baru pada urusan ${urusan}, sematang inovasi median Anda (skor SID ${template.score}).`,
        `Report one new innovation in the ${urusan} urusan, as mature as your median innovation (SID score ${template.score}).`,
      ),
    });
  }
}

/** Completes the rancang bangun of the first fixable innovation, which is then assessed. */
function takeCompleteRancangBangun(context: PlanContext, state: PlanState, gain: number): void {
  const fix = state.fixable.shift();
  if (fix === undefined) return;
  const { minimumWords } = context;
  state.agg = withInnovations(state.agg, [fix.urusan], fix.potential);
  state.innovations.push({ id: fix.id, levels: fix.levels });
  state.changes.push({
    kind: 'complete-rancang-bangun',
    innovation: fix.id,
    words: minimumWords,
    gain: gainOf(gain, context.c),
    text: t(
      `Lengkapi rancang bangun ${fix.id} sampai paling sedikit ${minimumWords} kata agar inovasi ini dinilai.`,
      `Complete the rancang bangun of ${fix.id} to at least ${minimumWords} words so the innovation is assessed.`,
    ),
  });
}

/** Takes one step: records its change(s) and updates the state. */
export function takeStep(context: PlanContext, state: PlanState, step: PlanStep): void {
  if (step.kind === 'raise') takeRaise(context, state, step.raise, step.to);
  else if (step.kind === 'complete') takeCompleteRancangBangun(context, state, step.gain);
  else takeAddInnovations(context, state, step.urusan);
}

/** The plan of a finished state: its changes largest gain first (stable), and what it reaches. */
export function explainPlan(
  result: IidResult,
  model: IidModel,
  context: PlanContext,
  state: PlanState,
): IidPlan {
  const { target } = context;
  const base = result.views.claimed;
  const iid = planIidNow(context, state);
  const after = { iid, predikat: iid === null ? null : predikatInModel(model, iid).predikat };
  const reached = iid !== null && iid >= target.minimum;
  const count = state.changes.length;
  const ordered = state.changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => b.change.gain - a.change.gain || a.index - b.index)
    .map((x) => x.change);
  return {
    rulebook: model.rulebook.id,
    from: { iid: base.iid, predikat: base.predikat.predikat },
    target,
    reached,
    changes: ordered,
    after,
    explanation: reached
      ? t(
          `${count} perubahan menaikkan IID dari ${fmt(base.iid, 'id')} ke ${fmt(iid, 'id')}, mencapai ${PREDIKAT_TEXT[target.predikat].id} (≥ ${fmt(target.minimum, 'id')}). Dipilih serakah: tiap langkah mengambil kenaikan terbesar, lalu perubahan terakhir yang paling sedikit tingkatnya.`,
          `${count} changes raise the IID from ${fmt(base.iid, 'en')} to ${fmt(iid, 'en')}, reaching ${PREDIKAT_TEXT[target.predikat].en} (≥ ${fmt(target.minimum, 'en')}). Chosen greedily: the largest gain first, then the last change with the fewest levels.`,
        )
      : t(
          `${PREDIKAT_TEXT[target.predikat].id} tidak tercapai dengan perubahan yang tersedia.`,
          `${PREDIKAT_TEXT[target.predikat].en} cannot be reached with the changes available.`,
        ),
  };
}

/** Plans in a model already read (so `whatIf` reads the rulebook once). */
export function planInModel(
  result: IidResult,
  model: IidModel,
  options: Pick<PlanOptions, 'maxChanges'> = {},
): IidPlan {
  const plannable = checkPlannable(result, model, constantsOf(model));
  if ('plan' in plannable) return plannable.plan;
  const { context, state } = startPlan(result, model, plannable.target);
  const maxChanges = options.maxChanges ?? 2000;
  while (!reachesTarget(context, state) && state.changes.length < maxChanges) {
    const step = nextStep(context, state);
    if (step === undefined) break;
    takeStep(context, state, step);
  }
  return explainPlan(result, model, context, state);
}

/**
 * Plans the next predikat for an assessed region (claimed view). A rulebook that uses a custom
 * rule kind needs it in `options.kinds`, as `computeIid` does.
 *
 * @throws {CoreError} `RULEBOOK_INVALID` for a rule whose kind is neither built in nor in `kinds`.
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
  options: PlanOptions = {},
): IidPlan {
  return planInModel(result, readIidModel(rulebook, result.asOf, options.kinds), options);
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
