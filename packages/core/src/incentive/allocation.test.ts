import {
  claimantsArbitrary,
  expectIncentiveCase,
  incentiveRegionsArbitrary,
  isAllocationCase,
  loadCases,
  rupiahArbitrary,
  type IncentiveExpectation,
} from '@inovasi/test-utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinRegistry } from '../registry/index.js';
import { CoreError } from '../shared/errors.js';
import { safeSimulateAllocation, simulateAllocation, type AllocationResult } from './allocation.js';
import { apportion } from './apportion.js';
import { improvementValue, minMaxValues } from './normalise.js';
import { regionsFromTable } from './table.js';

const cases = loadCases<IncentiveExpectation>('incentive').filter(isAllocationCase);

describe('shared incentive allocation cases (also run through the CLI and the HTTP API)', () => {
  it.each(cases)('$name', (c) => {
    const input = c.input as { regions: unknown[]; assumptions?: unknown };
    const result = simulateAllocation(input, builtinRegistry.resolve(c.rulebook), { asOf: c.asOf });
    expectIncentiveCase(c, result);
    // Invariants on every case: never above the pot, never negative, totals add up.
    for (const pot of result.pots) {
      expect(pot.allocated).toBeLessThanOrEqual(pot.amount ?? 0);
      expect(pot.shares.every((s) => Number.isInteger(s.amount) && s.amount >= 0)).toBe(true);
      expect(pot.shares.reduce((sum, s) => sum + s.amount, 0)).toBe(pot.allocated);
    }
    expect(result.regions.reduce((sum, r) => sum + r.total, 0)).toBe(result.totals.allocated);
  });
});

describe('allocation details', () => {
  const if2024 = builtinRegistry.resolve('insentif-fiskal-2024');

  it('labels assumptions, keeps the rulebook notes, and splits each region total into tranches', () => {
    const result = simulateAllocation(
      {
        regions: [
          { id: 'a', level: 'kota', scores: { stunting: 1 } },
          { id: 'b', level: 'kota', scores: { stunting: 2 } },
        ],
        assumptions: { pots: { stunting: { byLevel: { kota: 1001 } } } },
      },
      if2024,
      { asOf: '2024-10-01' },
    );
    const stunting = result.pots.find((p) => p.id === 'stunting');
    expect(stunting?.assumed).toEqual(['byLevel']);
    expect(stunting?.notes.length).toBeGreaterThan(0);
    expect(stunting?.source.tier).toBe('A');
    expect(result.findings.map((f) => f.code)).toContain('INCENTIVE.POT.ASSUMED');
    const b = result.regions.find((r) => r.id === 'b');
    expect(b?.total).toBe(667);
    expect(b?.tranches).toEqual([334, 333]);
    expect(b?.trancheTwo).toBeUndefined();
    expect(stunting?.shares.find((s) => s.region === 'b')?.tranches).toEqual([334, 333]);
    expect(stunting?.schedule?.[1]?.when.en).toContain('at least 30%');
    expect(stunting?.schedule?.[1]?.source.citation).toBe('PMK 43 Tahun 2024, Pasal 26');
  });

  it('says per region whether tranche II can be released, from its submissions', () => {
    const submitted = {
      usagePlanReceivedAt: '2024-06-03T10:00:00+07:00',
      absorptionReportReceivedAt: '2024-11-29T16:59:00+07:00',
      receivedPreviousYear: false,
    };
    const result = simulateAllocation(
      {
        regions: [
          { id: 'a', level: 'kota', tranche: { ...submitted, absorptionPercent: 30 } },
          { id: 'b', level: 'kota', tranche: { ...submitted, absorptionPercent: 29.99 } },
          { id: 'c', level: 'kota' },
        ],
      },
      if2024,
      { asOf: '2024-12-01' },
    );
    expect(result.regions.map((r) => [r.id, r.trancheTwo])).toEqual([
      ['a', 'releasable'],
      ['b', 'withheld'],
      ['c', undefined],
    ]);
  });

  it('refuses assumptions that would overwrite a value the rulebook knows', () => {
    const outcome = safeSimulateAllocation(
      {
        regions: [],
        assumptions: {
          pots: {
            stunting: { amount: 1, method: 'proportional', byLevel: { kota: 1 } },
            'tahun-sebelumnya': { byLevel: { kota: 1 } },
          },
        },
      },
      if2024,
      { asOf: '2024-10-01' },
    );
    expect(outcome.success ? [] : outcome.error.issues.map((i) => i.path)).toEqual([
      'assumptions.pots.stunting.amount',
      'assumptions.pots.stunting.method',
      'assumptions.pots.tahun-sebelumnya.byLevel',
    ]);
  });

  it('refuses assumptions for a pot the edition does not have, naming it', () => {
    expect(() =>
      simulateAllocation({ regions: [], assumptions: { pots: { nope: { amount: 1 } } } }, if2024, {
        asOf: '2024-10-01',
      }),
    ).toThrow(CoreError);
  });

  it('rejects duplicate region ids and keeps the first', () => {
    const result = simulateAllocation(
      {
        regions: [
          { id: 'a', level: 'kota' },
          { id: 'a', level: 'kota' },
        ],
      },
      if2024,
      { asOf: '2024-10-01' },
    );
    expect(result.regions).toHaveLength(1);
    expect(result.rejected).toMatchObject([
      {
        index: 1,
        id: 'a',
        issues: [
          {
            path: 'id',
            message: expect.stringContaining('duplicate') as string,
            code: 'INPUT.DUPLICATE_REGION',
            text: { id: expect.stringContaining('muncul dua kali') as string },
          },
        ],
      },
    ]);
  });

  it('normalises PMK 91/2024 indicators in both directions, and says when it cannot', () => {
    const result = simulateAllocation(
      {
        regions: [
          {
            id: 'a',
            level: 'kota',
            indicators: { kemiskinan: { current: 10, previous: 12, target: 8 } },
          },
          {
            id: 'b',
            level: 'kota',
            indicators: { kemiskinan: { current: 6 }, pad: { current: 5 } },
          },
          {
            id: 'c',
            level: 'kota',
            indicators: { kemiskinan: { current: 8 }, pad: { current: 5 } },
          },
        ],
        assumptions: { directions: { kemiskinan: 'lower', pad: 'higher' } },
      },
      builtinRegistry.resolve('insentif-fiskal-2025'),
      { asOf: '2025-01-15' },
    );
    const a = result.regions.find((r) => r.id === 'a')?.normalised?.kemiskinan;
    expect(a?.improvement).toEqual({ defined: true, value: 0.5 });
    expect(a?.minMax).toEqual({ defined: true, value: 1 });
    expect(result.regions.find((r) => r.id === 'b')?.normalised?.kemiskinan?.minMax).toEqual({
      defined: true,
      value: 2,
    });
    expect(result.regions.find((r) => r.id === 'b')?.normalised?.pad?.minMax?.defined).toBe(false);
  });
});

describe("a custom rulebook (a planner's overlay)", () => {
  it('extends an edition, and a top-N pot keeps the best N per level, ties by id', () => {
    const registry = builtinRegistry.with([
      {
        id: 'simulasi-inflasi-2022',
        extends: 'did-2022',
        title: { id: 'Simulasi inflasi 2022', en: 'Inflation simulation 2022' },
        domain: 'incentive',
        status: 'template',
        issuer: 'Contoh (sample)',
        effective: { from: '2022-01-01', to: '2022-12-31' },
        parameters: [
          {
            id: 'did.pots',
            title: { id: 'Pagu', en: 'Pots' },
            values: [
              {
                from: '2022-01-01',
                value: [
                  {
                    id: 'inflasi',
                    title: { id: 'Inflasi', en: 'Inflation' },
                    track: 'current-year',
                    amount: 90,
                    scoreKey: 'inflasi',
                    method: 'proportional',
                    splitByLevel: false,
                    gated: false,
                    topN: { kota: 2 },
                    source: { citation: 'Sample: a planner assumption', tier: 'D' },
                  },
                ],
                source: { citation: 'Sample: a planner assumption', tier: 'D' },
              },
            ],
          },
        ],
      },
    ]);
    const result = simulateAllocation(
      {
        regions: [
          { id: 'k3', level: 'kota', scores: { inflasi: 1 } },
          { id: 'k2', level: 'kota', scores: { inflasi: 2 } },
          { id: 'k1', level: 'kota', scores: { inflasi: 2 } },
          { id: 'b1', level: 'kabupaten', scores: { inflasi: 1 } },
        ],
      },
      registry.resolve('simulasi-inflasi-2022'),
      { asOf: '2022-06-01' },
    );
    expect(result.status).toBe('complete');
    expect(result.pots[0]?.shares.map((x) => [x.region, x.amount])).toEqual([
      ['k1', 36],
      ['k2', 36],
      ['b1', 18],
    ]);
  });
});

describe('normalisation formulas (PMK 91/2024 Lampiran A)', () => {
  it('min-max runs from 1 (worst) to 2 (best) in both directions', () => {
    expect(minMaxValues([10, 20, 30], 'higher').map((n) => (n.defined ? n.value : null))).toEqual([
      1, 1.5, 2,
    ]);
    expect(minMaxValues([10, 20, 30], 'lower').map((n) => (n.defined ? n.value : null))).toEqual([
      2, 1.5, 1,
    ]);
    expect(minMaxValues([4, 4], 'higher')[0]?.defined).toBe(false);
  });

  it('improvement is the distance covered towards the target', () => {
    expect(improvementValue({ current: 8, previous: 10, target: 0 })).toEqual({
      defined: true,
      value: 0.2,
    });
    expect(improvementValue({ current: 75, previous: 70, target: 80 })).toEqual({
      defined: true,
      value: 0.5,
    });
    expect(improvementValue({ current: 5, previous: 5, target: 5 }).defined).toBe(false);
    expect(improvementValue({ current: 5 }).defined).toBe(false);
  });

  it('min-max always lies in [1, 2]', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 }),
        fc.constantFrom('higher' as const, 'lower' as const),
        (values, direction) => {
          for (const n of minMaxValues(values, direction))
            if (n.defined) {
              expect(n.value).toBeGreaterThanOrEqual(1);
              expect(n.value).toBeLessThanOrEqual(2);
            }
        },
      ),
    );
  });
});

describe('apportion (largest remainder, ties by id)', () => {
  const entries = claimantsArbitrary;
  const amount = rupiahArbitrary;

  it('never negative, and sums exactly to the pot (or to 0 when no score is positive)', () => {
    fc.assert(
      fc.property(amount, entries, (pot, list) => {
        const result = apportion(pot, list);
        const sum = result.shares.reduce((s, x) => s + x.amount, 0);
        expect(result.shares.every((s) => Number.isSafeInteger(s.amount) && s.amount >= 0)).toBe(
          true,
        );
        const positive = list.some((e) => e.score > 0);
        expect(sum).toBe(positive ? pot : 0);
        expect(result.allocated + result.unallocated).toBe(pot);
      }),
    );
  });

  it('does not depend on the order of the entries', () => {
    fc.assert(
      fc.property(
        amount,
        entries,
        fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
        (pot, list, keys) => {
          const shuffled = [...list]
            .map((e, i) => ({ e, k: keys[i] ?? 0 }))
            .sort((a, b) => a.k - b.k)
            .map((x) => x.e);
          const byId = (r: ReturnType<typeof apportion>) =>
            Object.fromEntries(r.shares.map((s) => [s.id, s.amount]));
          expect(byId(apportion(pot, shuffled))).toEqual(byId(apportion(pot, list)));
        },
      ),
    );
  });

  it("a region's amount never falls when only its own score rises", () => {
    fc.assert(
      fc.property(
        amount,
        entries.filter((l) => l.length > 0),
        fc.nat(),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (pot, list, pick, raise) => {
          const index = pick % list.length;
          const before = apportion(pot, list).shares[index]?.amount ?? 0;
          const raised = list.map((e, i) => (i === index ? { ...e, score: e.score + raise } : e));
          const after = apportion(pot, raised).shares[index]?.amount ?? 0;
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is exact on a known case and rejects bad input', () => {
    expect(
      apportion(100, [
        { id: 'b', score: 1 },
        { id: 'a', score: 1 },
        { id: 'c', score: 1 },
      ]).shares,
    ).toEqual([
      { id: 'b', amount: 33 },
      { id: 'a', amount: 34 },
      { id: 'c', amount: 33 },
    ]);
    expect(() => apportion(1.5, [])).toThrow(CoreError);
    expect(() => apportion(1, [{ id: 'a', score: -1 }])).toThrow(CoreError);
    expect(() =>
      apportion(1, [
        { id: 'a', score: 1 },
        { id: 'a', score: 1 },
      ]),
    ).toThrow(CoreError);
  });
});

describe('simulation invariants', () => {
  const if2024 = builtinRegistry.resolve('insentif-fiskal-2024');
  const regions = incentiveRegionsArbitrary;
  const assumptions = {
    pots: {
      stunting: {
        byLevel: { provinsi: 175_000_000_000, kabupaten: 400_000_000_000, kota: 200_000_000_000 },
      },
    },
  };

  it('results do not depend on input order, and never exceed the pot', () => {
    fc.assert(
      fc.property(regions, (list) => {
        const forward = simulateAllocation({ regions: list, assumptions }, if2024, {
          asOf: '2024-10-01',
        });
        const backward = simulateAllocation({ regions: [...list].reverse(), assumptions }, if2024, {
          asOf: '2024-10-01',
        });
        const stunting = (r: AllocationResult) => r.pots.find((p) => p.id === 'stunting');
        expect(stunting(backward)?.shares).toEqual(stunting(forward)?.shares);
        expect(stunting(forward)?.allocated).toBeLessThanOrEqual(775_000_000_000);
      }),
      { numRuns: 25 },
    );
  });
});

describe('national table', () => {
  it('reads every good row, names the row and column of a bad cell, and loses no other row', () => {
    const read = regionsFromTable({
      source: 'daerah.csv',
      columns: ['id', 'level', 'apbdOnTime', 'auditOpinions.2022', 'scores.stunting', 'catatan'],
      rows: [
        {
          row: 2,
          cells: {
            id: '11',
            level: 'provinsi',
            apbdOnTime: 'ya',
            'auditOpinions.2022': 'wtp',
            'scores.stunting': '2,5',
            catatan: 'x',
          },
        },
        {
          row: 3,
          cells: {
            id: '12',
            level: 'provinsi',
            apbdOnTime: 'mungkin',
            'auditOpinions.2022': 'WTP',
            'scores.stunting': '1',
            catatan: null,
          },
        },
        {
          row: 4,
          cells: {
            id: '13',
            level: 'provinsi',
            apbdOnTime: 'tidak',
            'auditOpinions.2022': 'BAIK',
            'scores.stunting': 'x',
            catatan: null,
          },
        },
        {
          row: 5,
          cells: {
            id: '14',
            level: 'provinsi',
            apbdOnTime: null,
            'auditOpinions.2022': null,
            'scores.stunting': '0',
            catatan: null,
          },
        },
      ],
    });
    expect(read.regions).toEqual([
      {
        id: '11',
        level: 'provinsi',
        apbdOnTime: true,
        auditOpinions: [{ year: 2022, opinion: 'WTP' }],
        scores: { stunting: 2.5 },
      },
      { id: '14', level: 'provinsi', scores: { stunting: 0 } },
    ]);
    expect(read.rows).toEqual([2, 5]);
    expect(read.rejected.map((r) => [r.row, r.issues.map((i) => i.path)])).toEqual([
      [3, ['apbdOnTime']],
      [4, ['auditOpinions.2022', 'scores.stunting']],
    ]);
    expect(read.unknownColumns).toEqual(['catatan']);
  });
});
