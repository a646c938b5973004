import { regionArbitrary } from '@inovasi/test-utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinRegistry } from '../registry/index.js';
import { compareIid } from './compare.js';
import { computeIid } from './compute.js';
import { sid2026, spd2026 } from './rulebooks/catalogue-2026.js';
import { URUSAN_YANDAS } from './rulebooks/editions.js';
import { uniformRegion } from './test-regions.js';
import { applyPlan, planIid, whatIf } from './what-if.js';

const iid2026 = builtinRegistry.resolve('iid-2026');
const shape = {
  spdRows: spd2026.map((r) => r.id),
  sidRows: sid2026.map((r) => r.id),
  urusan: URUSAN_YANDAS.map((u) => u.id),
};
const regions = regionArbitrary(shape);

describe('what-if', () => {
  it('gives the gain of one more innovation, of each row, of the missing urusan, and the empty seats', () => {
    const region = uniformRegion(6, 1);
    const result = computeIid(region, iid2026);
    const w = whatIf(result, iid2026);
    expect(w.emptySeats).toBe(6);
    // One more innovation at the average (37): +37/12 SID and +0.38 count, over 250.
    expect(w.oneMoreInnovation?.atAverage.gain).toBeCloseTo(((37 / 12 + 0.38) / 250) * 100, 4);
    expect(w.spdRows[0]).toMatchObject({ row: 'SPD-12', gain: 0.8 });
    expect(w.sidRows[0]).toMatchObject({
      row: 'SID-35',
      gainPerLevel: 0.1333,
      innovationsBelowMaximum: 6,
    });
    expect(w.urusan).toMatchObject({ missing: [], needed: 0, gain: 0 });
  });

  it('shows what covering the missing urusan is worth', () => {
    const region = uniformRegion(12, 2);
    region.innovations = region.innovations!.map((inv) => ({ ...inv, urusan: 'pendidikan' }));
    const w = whatIf(computeIid(region, iid2026), iid2026);
    expect(w.urusan?.missing).toHaveLength(5);
    expect(w.urusan?.needed).toBe(4);
    expect(w.urusan?.gain).toBeGreaterThan(2);
  });

  it('plans the next predikat in order of gain, and the plan applied reaches it', () => {
    const region = uniformRegion(12, 1);
    const result = computeIid(region, iid2026);
    expect(result.predikat.predikat).toBe('kurang-inovatif');
    const plan = planIid(result, iid2026);
    expect(plan.target).toEqual({ predikat: 'inovatif', minimum: 40.01 });
    expect(plan.reached).toBe(true);
    const gains = plan.changes.map((c) => c.gain);
    expect([...gains].sort((a, b) => b - a)).toEqual(gains);
    const after = computeIid(applyPlan(region, plan, iid2026), iid2026);
    expect(after.iid).toBe(plan.after.iid);
    expect(after.predikat.predikat).toBe('inovatif');
  });

  it('has no plan at the top, or where the IID cannot be computed', () => {
    expect(planIid(computeIid(uniformRegion(200, 3), iid2026), iid2026).target).toBeNull();
    const older = builtinRegistry.resolve('iid-2024');
    const plan = planIid(computeIid(uniformRegion(3, 1), older), older);
    expect(plan.reached).toBe(false);
    expect(plan.explanation.en).toContain('cannot be computed');
  });
});

describe('compare across rulebooks', () => {
  it('shows the 2027 prognosis against 2026: the divisor and the urusan rule', () => {
    const cmp = compareIid(uniformRegion(12, 3), iid2026, builtinRegistry.resolve('iid-2027'));
    expect(cmp.constants).toEqual(
      expect.arrayContaining([
        { rule: 'IID.SID', slot: 'divisorMinimum', a: 12, b: 14 },
        expect.objectContaining({ rule: 'IID.COUNT', slot: 'urusan' }),
        expect.objectContaining({ rule: 'IID.WINDOW', slot: 'window', b: 'unknown' }),
      ]),
    );
    expect(cmp.delta.sidAverage).toBeCloseTo((111 * 12) / 14 - 111, 4);
    expect(cmp.rows).toEqual([]);
  });

  it('re-scores innovations under the community 2024/25 catalogue beside 2026', () => {
    const cmp = compareIid(
      uniformRegion(2, 3),
      builtinRegistry.resolve('iid-2024-community'),
      iid2026,
    );
    expect(cmp.innovations[0]).toMatchObject({ a: 105, b: 111 });
    expect(cmp.rows.find((r) => r.row === 'SID-16')).toMatchObject({ change: 'weight' });
    expect(cmp.delta.iid).toBeNull();
  });
});

describe('properties', () => {
  it('raising any answer never lowers the IID', () => {
    fc.assert(
      fc.property(regions, fc.nat(), (region, pick) => {
        const before = computeIid(region, iid2026);
        const raised = structuredClone(region) as {
          spd: Record<string, number>;
          innovations: { answers: Record<string, number> }[];
        };
        const targets = [raised.spd, ...raised.innovations.map((i) => i.answers)];
        const answers = targets[pick % targets.length]!;
        const keys = Object.keys(answers).filter((k) => (answers[k] ?? 0) < 3);
        const key = keys[pick % Math.max(keys.length, 1)];
        if (key === undefined) return;
        answers[key] = (answers[key] ?? 0) + 1;
        const after = computeIid(raised, iid2026);
        expect(after.iid!).toBeGreaterThanOrEqual(before.iid!);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('does not depend on the order of innovations', () => {
    fc.assert(
      fc.property(regions, fc.array(fc.nat()), (region, keys) => {
        const innovations = region.innovations as unknown[];
        const shuffled = innovations
          .map((inv, i) => ({ inv, key: keys[i] ?? i }))
          .sort((a, b) => a.key - b.key)
          .map((x) => x.inv);
        const a = computeIid(region, iid2026);
        const b = computeIid({ ...region, innovations: shuffled }, iid2026);
        expect(b.iid).toBe(a.iid);
        expect(b.views.verified.iid).toBe(a.views.verified.iid);
        expect(b.predikat.predikat).toBe(a.predikat.predikat);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('the plan, applied, reaches the predikat it promised', () => {
    fc.assert(
      fc.property(regions, (region) => {
        const result = computeIid(region, iid2026);
        const plan = planIid(result, iid2026);
        if (plan.target === null) return;
        expect(plan.reached).toBe(true);
        const after = computeIid(applyPlan(region, plan, iid2026), iid2026);
        expect(after.iid!).toBeGreaterThanOrEqual(plan.target.minimum);
        expect(after.predikat.predikat).toBe(plan.target.predikat);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
