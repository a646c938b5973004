import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRegistry } from '../rulebook/index.js';
import { shortlist } from './quota.js';
import { scoringRuleKinds } from './kinds.js';
import { scorePanel } from './score.js';
import { RubricSchema, type Aggregation, type Entry, type PanelInput } from './schema.js';
import { totalRange } from './sheet.js';

const SRC = { citation: 'property test', tier: 'D' } as const;
const label = (id: string) => ({ id, en: id });

const aggregationArb: fc.Arbitrary<Aggregation> = fc.constantFrom<Aggregation>(
  { kind: 'mean' },
  { kind: 'median' },
  { kind: 'sum' },
  { kind: 'trimmed-mean', trim: 1 },
);

/** A random contest: a rubric, a method, entries, judges and a (possibly gappy) set of sheets. */
const contestArb = fc
  .record({
    weights: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 4 }),
    total: fc.constantFrom('percent', 'weighted-mean', 'weighted-sum'),
    aggregation: aggregationArb,
    normalisation: fc.constantFrom('none', 'z-score', 'rank'),
    entries: fc.integer({ min: 1, max: 7 }),
    judges: fc.integer({ min: 1, max: 4 }),
    top: fc.integer({ min: 1, max: 5 }),
    agencies: fc.integer({ min: 1, max: 3 }),
  })
  .chain((c) =>
    fc.record({
      c: fc.constant(c),
      scores: fc.array(
        fc.option(
          fc.array(fc.integer({ min: 1, max: 5 }), {
            minLength: c.weights.length,
            maxLength: c.weights.length,
          }),
          { freq: 6 },
        ),
        { minLength: c.entries * c.judges, maxLength: c.entries * c.judges },
      ),
    }),
  )
  .map(({ c, scores }) => {
    const criteria = c.weights.map((weight, i) => ({ id: `k${i}`, label: label(`K${i}`), weight }));
    const rulebook = {
      id: 'prop-contest',
      title: label('prop'),
      domain: 'scoring',
      status: 'template',
      issuer: 'test',
      effective: { from: '2026-01-01' },
      parameters: [
        {
          id: 'rubric',
          title: label('r'),
          values: [
            {
              from: '2026-01-01',
              value: {
                scale: { kind: 'numeric', min: 1, max: 5, step: 1 },
                total: c.total,
                criteria,
              },
              source: SRC,
            },
          ],
        },
        {
          id: 'method',
          title: label('m'),
          values: [
            {
              from: '2026-01-01',
              value: {
                aggregation: c.aggregation,
                normalisation:
                  c.normalisation === 'none'
                    ? { kind: 'none' }
                    : { kind: c.normalisation, minimumSheets: 2 },
              },
              source: SRC,
            },
          ],
        },
        {
          id: 'adv',
          title: label('a'),
          values: [
            {
              from: '2026-01-01',
              value: {
                rule: { kind: 'top', n: c.top },
                quotas: [{ id: 'cap', label: label('cap'), field: 'agency', max: 1 }],
              },
              source: SRC,
            },
          ],
        },
        {
          id: 'tb',
          title: label('t'),
          values: [
            {
              from: '2026-01-01',
              value: [
                { by: 'criterion', criterion: 'k0' },
                { by: 'fewer-missing' },
                { by: 'draw' },
              ],
              source: SRC,
            },
          ],
        },
      ],
      rules: [
        {
          id: 'S',
          kind: 'scoring.stage',
          title: label('S'),
          parameters: { rubric: 'rubric', method: 'method', advancement: 'adv', tieBreaks: 'tb' },
          source: SRC,
        },
      ],
    } as const;
    const entries = Array.from({ length: c.entries }, (_, i) => ({
      id: `E${i}`,
      agency: `A${i % c.agencies}`,
    }));
    const judges = Array.from({ length: c.judges }, (_, j) => ({ id: `J${j}` }));
    const sheets = scores.flatMap((row, k) => {
      if (row === null) return [];
      const entry = entries[k % c.entries];
      const judge = judges[Math.floor(k / c.entries)];
      if (!entry || !judge) return [];
      return [
        {
          judge: judge.id,
          entry: entry.id,
          scores: Object.fromEntries(row.map((v, i) => [`k${i}`, v])),
        },
      ];
    });
    const panel: PanelInput = { entries, judges, sheets, seed: 'prop' };
    return { c, rulebook, panel };
  });

const resolve = (rb: unknown) =>
  createRegistry({ rulebooks: [rb as never], kinds: scoringRuleKinds }).resolve('prop-contest');
const run = (panel: PanelInput, rb: unknown) =>
  scorePanel(panel, resolve(rb), { asOf: '2026-06-01', resamples: 20 });
const summary = (r: ReturnType<typeof run>) =>
  r.stages.map((s) =>
    s.entries.map((e) => [e.entry, e.rank, e.score, e.decision, e.reasons.map((x) => x.en)]),
  );

describe('scoring properties', () => {
  it('permuting entries, judges or sheets never changes the result', () => {
    fc.assert(
      fc.property(
        contestArb,
        fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
        ({ rulebook, panel }, keys) => {
          const shuffle = <T>(xs: readonly T[]): T[] =>
            xs
              .map((x) => ({ x, k: keys.next().value as number }))
              .sort((a, b) => a.k - b.k)
              .map((p) => p.x);
          const base = run(panel, rulebook);
          const permuted = run(
            {
              ...panel,
              entries: shuffle(panel.entries),
              judges: shuffle(panel.judges),
              sheets: shuffle(panel.sheets),
            },
            rulebook,
          );
          expect(summary(permuted)).toEqual(summary(base));
          expect(permuted.findings).toEqual(base.findings);
          expect(permuted.stages[0]?.robustness).toEqual(base.stages[0]?.robustness);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('totals and scores stay within the scale of the rubric', () => {
    fc.assert(
      fc.property(contestArb, ({ c, rulebook, panel }) => {
        const result = run(panel, rulebook);
        const range = totalRange(
          RubricSchema.parse(rulebook.parameters[0].values[0].value) as never,
        );
        const factor = c.aggregation.kind === 'sum' ? c.judges : 1;
        for (const e of result.stages[0]?.entries ?? []) {
          for (const s of e.sheets) {
            if (s.total === null || s.normalised === null) continue;
            expect(s.total).toBeGreaterThanOrEqual(range.min - 1e-9);
            expect(s.total).toBeLessThanOrEqual(range.max + 1e-9);
            expect(s.normalised).toBeGreaterThanOrEqual(range.min - 1e-9);
            expect(s.normalised).toBeLessThanOrEqual(range.max + 1e-9);
          }
          if (e.score !== null) expect(e.score).toBeLessThanOrEqual(range.max * factor + 1e-9);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('raising one score never lowers that entry’s aggregate (without normalisation)', () => {
    fc.assert(
      fc.property(contestArb, fc.nat(), fc.nat(), ({ rulebook, panel }, pick, criterion) => {
        const noNorm = {
          ...rulebook,
          parameters: rulebook.parameters.map((p) =>
            p.id === 'method'
              ? {
                  ...p,
                  values: [
                    {
                      ...p.values[0],
                      value: {
                        aggregation: (p.values[0].value as { aggregation: Aggregation })
                          .aggregation,
                      },
                    },
                  ],
                }
              : p,
          ),
        };
        if (panel.sheets.length === 0) return;
        const index = pick % panel.sheets.length;
        const sheet = panel.sheets[index];
        if (!sheet) return;
        const keys = Object.keys(sheet.scores);
        const key = keys[criterion % keys.length] ?? 'k0';
        const value = sheet.scores[key];
        if (typeof value !== 'number' || value >= 5) return;
        const raised = {
          ...panel,
          sheets: panel.sheets.map((s, i) =>
            i === index ? { ...s, scores: { ...s.scores, [key]: value + 1 } } : s,
          ),
        };
        const own = (r: ReturnType<typeof run>) =>
          r.stages[0]?.entries.find((e) => e.entry === sheet.entry)?.own ?? null;
        const before = own(run(panel, noNorm));
        const after = own(run(raised, noNorm));
        if (before !== null && after !== null) expect(after).toBeGreaterThanOrEqual(before - 1e-9);
      }),
      { numRuns: 80 },
    );
  });

  it('a quota cap is never exceeded and the shortlist never exceeds n', () => {
    fc.assert(
      fc.property(contestArb, ({ c, rulebook, panel }) => {
        const stage = run(panel, rulebook).stages[0];
        const advanced = stage?.advanced ?? [];
        expect(advanced.length).toBeLessThanOrEqual(c.top);
        const perAgency = new Map<string, number>();
        for (const id of advanced) {
          const agency = panel.entries.find((e) => e.id === id)?.agency ?? '';
          perAgency.set(agency, (perAgency.get(agency) ?? 0) + 1);
        }
        for (const count of perAgency.values()) expect(count).toBeLessThanOrEqual(1);
      }),
      { numRuns: 80 },
    );
  });

  it('shortlist: maxima hold, minima are met whenever the seats and candidates allow', () => {
    const entryArb = fc.array(
      fc.record({ region: fc.constantFrom('R1', 'R2', 'R3'), t3: fc.boolean() }),
      { minLength: 1, maxLength: 30 },
    );
    fc.assert(
      fc.property(
        entryArb,
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 3 }),
        (rows, n, cap, min) => {
          const ranked: Entry[] = rows.map((r, i) => ({
            id: `E${String(i).padStart(2, '0')}`,
            region: r.region,
            ...(r.t3 ? { tags: ['3T'] } : {}),
          }));
          const list = shortlist(ranked, n, [
            { id: 'cap', label: label('cap'), field: 'region', max: cap },
            { id: '3t', label: label('3t'), field: 'tag', value: '3T', min },
          ]);
          expect(list.selected.length).toBeLessThanOrEqual(n);
          for (const region of ['R1', 'R2', 'R3'])
            expect(
              list.selected.filter((id) => ranked.find((e) => e.id === id)?.region === region)
                .length,
            ).toBeLessThanOrEqual(cap);
          const t3 = list.selected.filter(
            (id) => ranked.find((e) => e.id === id)?.tags !== undefined,
          ).length;
          const quota = list.quotas.find((q) => q.quota === '3t');
          expect(quota?.selected).toBe(t3);
          if (quota?.met === false) {
            // Unmet only when the seats ran out, or every 3T candidate left out sits in a full region.
            const full = (region: string | undefined) =>
              list.selected.filter((id) => ranked.find((e) => e.id === id)?.region === region)
                .length >= cap;
            const leftOut = ranked.filter(
              (e) => e.tags !== undefined && !list.selected.includes(e.id),
            );
            expect(list.selected.length === n || leftOut.every((e) => full(e.region))).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('weights must sum as declared', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 5 }),
        (weights, delta) => {
          const criteria = weights.map((weight, i) => ({ id: `k${i}`, label: label('k'), weight }));
          const sum = weights.reduce((s, w) => s + w, 0);
          const scale = { kind: 'numeric', min: 1, max: 5 } as const;
          if (sum > 0)
            expect(RubricSchema.safeParse({ scale, criteria, weightTotal: sum }).success).toBe(
              true,
            );
          expect(
            RubricSchema.safeParse({ scale, criteria, weightTotal: sum + delta }).success,
          ).toBe(false);
        },
      ),
    );
  });
});
