import { describe, expect, it } from 'vitest';
import { builtinRegistry } from '../registry/index.js';
import { computeIid, constantsOf } from './compute.js';
import { readIidModel } from './model.js';
import {
  candidatesOf,
  checkPlannable,
  finishingRaise,
  largestRaise,
  nextStep,
  planIid,
  startPlan,
  takeStep,
  urusanGap,
  type PlanTarget,
  type Raise,
} from './plan.js';
import { sid2026, spd2026 } from './rulebooks/catalogue-2026.js';
import { URUSAN_YANDAS } from './rulebooks/editions.js';
import { uniformRegion } from './test-regions.js';

const iid2026 = builtinRegistry.resolve('iid-2026');
const asOf = '2026-06-01';
const model = readIidModel(iid2026, asOf);
const c = constantsOf(model);
const INOVATIF: PlanTarget = { predikat: 'inovatif', minimum: 40.01 };

/** A result and its plan's starting point. */
function started(region = uniformRegion(12, 1)) {
  const result = computeIid(region, iid2026, { asOf });
  return { result, ...startPlan(result, model, INOVATIF) };
}

const row = (id: string, weight: number) => ({
  id,
  weight,
  mandatory: false,
  title: { id, en: id },
  variable: { id, en: id },
  levels: [],
  bases: [],
});
const raise = (id: string, from: number, perLevel: number): Raise =>
  ({ row: row(id, perLevel), from, perLevel, scope: undefined }) as unknown as Raise;

describe('the phases of a plan', () => {
  it('checkPlannable: the next predikat, or the plan that says why there is none', () => {
    const low = computeIid(uniformRegion(12, 1), iid2026, { asOf });
    expect(checkPlannable(low, model, c)).toEqual({ target: INOVATIF });

    const top = checkPlannable(computeIid(uniformRegion(200, 3), iid2026, { asOf }), model, c);
    expect(top).toMatchObject({ plan: { target: null, changes: [], reached: false } });
    expect('plan' in top && top.plan.explanation.en).toBe('Already at the highest predikat.');

    const verified = computeIid(uniformRegion(12, 1), iid2026, { asOf, view: 'verified' });
    const refused = checkPlannable(verified, model, c);
    expect('plan' in refused && refused.plan.explanation.en).toMatch(/claimed view/);
  });

  it('startPlan: the region as it is, no change yet, the catalogues heaviest first', () => {
    const { context, state } = started();
    expect(state.changes).toEqual([]);
    expect(state.innovations).toHaveLength(12);
    expect(state.agg.n).toBe(12);
    expect(context.spdOrder.map((r) => r.weight)).toEqual(
      spd2026.map((r) => r.weight).sort((a, b) => b - a),
    );
    expect(context.template.score).toBeGreaterThan(0);
  });

  it('candidatesOf: one raise per SPD row below the top, one per SID row, at n = 12', () => {
    const { context, state } = started();
    const { raises, addUrusan } = candidatesOf(context, state);
    const spd = raises.filter((r) => r.scope === undefined);
    const sid = raises.filter((r) => r.scope !== undefined);
    expect(spd).toHaveLength(spd2026.length);
    expect(sid).toHaveLength(sid2026.length);
    // an SID level is worth the row's weight over the divisor (12)
    for (const r of sid) expect(r.perLevel).toBeCloseTo(r.row.weight / 12, 12);
    // every urusan is covered by the uniform region: one innovation is added at a time
    expect(addUrusan).toHaveLength(1);
  });

  it('finishingRaise: the raise that reaches the target with the fewest levels, the first of equals', () => {
    const [a, b, c2, d] = [raise('A', 0, 2), raise('B', 1, 5), raise('C', 2, 5), raise('D', 0, 1)];
    // deficit 5: A needs 3 levels (to 3), B needs 1 (to 2), C needs 1 (to 3), D needs 5 (too many)
    expect(finishingRaise([a, b, c2, d], 5)).toEqual({ raise: b, to: 2 });
    expect(finishingRaise([d], 5)).toBeUndefined();
    // a met deficit still takes one level
    expect(finishingRaise([a], -1)).toEqual({ raise: a, to: 1 });
  });

  it('largestRaise: the largest gain when taken to the top, the first of equals', () => {
    const raises = [raise('A', 2, 3), raise('B', 0, 1), raise('C', 1, 1.5)];
    // gains to level 3: A 3, B 3, C 3 → A (first)
    expect(largestRaise(raises)).toBe(raises[0]);
    expect(largestRaise([...raises, raise('D', 0, 2)])?.row.id).toBe('D');
    expect(largestRaise([])).toBeUndefined();
  });

  it('nextStep: completing a rancang bangun when it gains most', () => {
    const region = uniformRegion(12, 1);
    region.innovations![0] = {
      ...region.innovations![0]!,
      rancangBangunWords: 120,
      answers: Object.fromEntries(sid2026.map((r) => [r.id, 3])),
    };
    const { context, state } = started(region);
    expect(state.fixable.map((f) => f.id)).toEqual(['inov-0']);
    const step = nextStep(context, state);
    expect(step?.kind).toBe('complete');
    if (step) takeStep(context, state, step);
    expect(state.fixable).toEqual([]);
    expect(state.changes).toEqual([
      expect.objectContaining({
        kind: 'complete-rancang-bangun',
        innovation: 'inov-0',
        words: 300,
      }),
    ]);
    expect(state.agg.n).toBe(12);
  });

  it('takeStep: a raise moves the aggregate by weight × levels and records its gain', () => {
    const { context, state } = started();
    const [first] = candidatesOf(context, state).raises;
    if (first === undefined) throw new Error('no raise');
    const spd = state.agg.spd;
    takeStep(context, state, { kind: 'raise', raise: first, to: 3 });
    expect(state.agg.spd).toBe(spd + first.row.weight * 2);
    expect(state.spdLevels.get(first.row.id)).toBe(3);
    expect(state.changes[0]).toMatchObject({
      kind: 'raise-spd',
      row: first.row.id,
      from: 1,
      to: 3,
    });
    expect(state.changes[0]?.gain).toBeCloseTo(((first.row.weight * 2) / 250) * 100, 4);
  });

  it('takeStep: planned innovations get ids not in use', () => {
    const region = uniformRegion(2, 1);
    region.innovations![1] = { ...region.innovations![1]!, id: 'rencana-1' };
    const { context, state } = started(region);
    takeStep(context, state, { kind: 'add', urusan: ['pendidikan', 'kesehatan'] });
    expect(state.changes.map((ch) => ch.kind === 'add-innovation' && ch.id)).toEqual([
      'rencana-2',
      'rencana-3',
    ]);
    expect(state.agg.n).toBe(4);
  });

  it('urusanGap: the missing urusan and how many are still needed', () => {
    const yandas = { required: 3, urusan: URUSAN_YANDAS.slice(0, 4) };
    const [a, b] = URUSAN_YANDAS.map((u) => u.id);
    expect(urusanGap(yandas, new Set([a ?? '']))).toEqual({
      missing: URUSAN_YANDAS.slice(1, 4).map((u) => u.id),
      needed: 2,
    });
    expect(urusanGap(yandas, new Set([a ?? '', b ?? '', 'x', 'y'])).needed).toBe(1);
  });

  it('maxChanges bounds the plan: no step starts after that many changes (one step may add several innovations)', () => {
    const result = computeIid(uniformRegion(2, 1), iid2026, { asOf });
    const full = planIid(result, iid2026);
    expect(full.changes.length).toBeGreaterThan(2);
    const short = planIid(result, iid2026, { maxChanges: 2 });
    expect(short.changes.length).toBeGreaterThanOrEqual(2);
    expect(short.changes.length).toBeLessThan(full.changes.length);
    expect(short.reached).toBe(false);
    expect(short.explanation.en).toMatch(/cannot be reached/);
  });
});
