import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEvaluation } from '../rulebook/index.js';
import { builtinRegistry } from '../registry/index.js';
import {
  checkEligibility,
  createEligibilityChecker,
  incentiveScheme,
  parseRegion,
  type EligibilityResult,
} from './eligibility.js';
import { FLAG_TEXT } from './messages.js';
import { flagGateKind } from './rules/gates.js';
import type { GateEvaluation, IncentiveRuleKind } from './types.js';

// A checker shares between regions what follows from the same gate answers (status, findings,
// fixes, what is missing). These tests hold it to what a new checker, which has seen no other
// region, answers for each region, and to what each gate kind answers on its own.

const editions = builtinRegistry.list({ domain: 'incentive' }).map((b) => b.id);
const SCORE_KEYS = ['inflasi-1', 'stunting', 'kemiskinan-ekstrem', 'total', 'kesehatan'] as const;
const FLAGS = Object.keys(FLAG_TEXT);

const time = fc.constantFrom(
  '2024-03-01T10:00:00+07:00',
  '2024-09-30T23:59:00+07:00',
  '2025-08-01T08:00:00+07:00',
);
/** Regions with the patterns a national run has: few ids, latest years, gaps, missing values. */
const region = fc.record(
  {
    id: fc.constantFrom('11', '32.01', '33.74', '35.10', '91.71'),
    name: fc.constantFrom('Kota A', 'Kabupaten B'),
    level: fc.constantFrom('provinsi', 'kabupaten', 'kota'),
    underdeveloped: fc.boolean(),
    auditOpinions: fc.uniqueArray(
      fc.record({
        year: fc.integer({ min: 2013, max: 2023 }),
        opinion: fc.constantFrom('WTP', 'WTP', 'WDP', 'TW', 'TMP'),
      }),
      { maxLength: 8, selector: (o) => o.year },
    ),
    ...Object.fromEntries(FLAGS.map((flag) => [flag, fc.boolean()])),
    eProcurementGrade: fc.constantFrom('A', 'B', 'C', 'D', 'E'),
    scores: fc.record(
      Object.fromEntries(
        SCORE_KEYS.map((key) => [
          key,
          fc.oneof(fc.constantFrom(0, 50, 60, 75.5), fc.double({ min: 0, max: 100, noNaN: true })),
        ]),
      ),
      { requiredKeys: [] },
    ),
    ranks: fc.record({ 'lomba-inovasi-new-normal': fc.integer({ min: 1, max: 3 }) }),
    igaRecommended: fc.boolean(),
    kippAward: fc.boolean(),
    tranche: fc.record(
      {
        usagePlanReceivedAt: fc.option(time),
        absorptionReportReceivedAt: fc.option(time),
        absorptionPercent: fc.integer({ min: 0, max: 100 }),
        receivedPreviousYear: fc.boolean(),
        previousYearReportReceivedAt: fc.option(time),
      },
      { requiredKeys: [] },
    ),
    indicators: fc.record({
      kemiskinan: fc.record({ current: fc.constantFrom(6, 8), previous: fc.constantFrom(6, 7) }),
    }),
  },
  { requiredKeys: ['id', 'level'] },
);

/** The result as JSON (key order included) and as a value. */
const same = (a: EligibilityResult, b: EligibilityResult, label: string) => {
  expect(JSON.stringify(a), label).toBe(JSON.stringify(b));
  expect(a, label).toEqual(b);
};

describe('a checker shares what follows from the same gate answers', () => {
  // One long-lived checker per edition and date, across every run: it sees many patterns.
  const dates = editions.flatMap((id) => {
    const { from, to } = builtinRegistry.resolve(id).effective;
    return [...new Set([from, to ?? from])].map((asOf) => ({ id, asOf }));
  });
  const checkers = dates.map(({ id, asOf }) => ({
    id,
    asOf,
    checker: createEligibilityChecker(builtinRegistry.resolve(id), { asOf }),
  }));

  it('answers every region as a new checker does, on every edition', () => {
    let compared = 0;
    fc.assert(
      fc.property(fc.array(region, { minLength: 1, maxLength: 6 }), (regions) => {
        for (const { id, asOf, checker } of checkers) {
          for (const input of regions) {
            const label = `${id} ${asOf} ${JSON.stringify(input)}`;
            same(
              checker.check(input),
              checkEligibility(input, builtinRegistry.resolve(id), { asOf }),
              label,
            );
            compared += 1;
          }
        }
      }),
      { numRuns: 40 },
    );
    expect(compared).toBeGreaterThan(1000);
  });

  // Enough regions that the opinion gates see more than the 256 patterns they keep (and start
  // over), while every answer must still be the kind's own.
  it('gives each gate what its kind answers on its own', () => {
    const did2022 = builtinRegistry.resolve('did-2022');
    const checker = createEligibilityChecker(did2022, { asOf: '2022-01-01' });
    const evaluation = createEvaluation(did2022, '2022-01-01');
    const scheme = incentiveScheme(did2022);
    fc.assert(
      fc.property(region, (input) => {
        const parsed = parseRegion(input);
        expect(checker.check(input).gates).toEqual(
          scheme.gates.map(
            ({ rule, kind }) => kind.evaluate?.(parsed, { evaluation, rule }).outcome,
          ),
        );
      }),
      { numRuns: 1500 },
    );
  });

  it('freezes what it shares, so no caller can change another region’s answer', () => {
    const checker = createEligibilityChecker(builtinRegistry.resolve('did-2021'), {
      asOf: '2021-01-01',
    });
    const first = checker.check({ id: '1', level: 'kota' });
    const second = checker.check({ id: '2', level: 'kabupaten', apbdOnTime: true });
    expect(second.findings).toBe(first.findings);
    expect(second.region).toEqual({ id: '2', level: 'kabupaten' });
    expect(Object.isFrozen(first.findings)).toBe(true);
    expect(Object.isFrozen(first.gates)).toBe(true);
    expect(Object.isFrozen(first.missing)).toBe(true);
    expect(() => (first.findings as unknown[]).push(1)).toThrow(TypeError);
  });

  it('gives each region its own answer from a plug-in gate that explains per region', () => {
    // a flag gate whose answer is a new object per region, naming the region
    const perRegion: IncentiveRuleKind = {
      ...flagGateKind,
      kind: 'test.gate.per-region',
      compile: (context) => {
        const check = flagGateKind.compile(context);
        if (!check) return undefined;
        return (r): GateEvaluation => {
          const answer = check(r);
          const text = { id: `daerah ${r.id}`, en: `region ${r.id}` };
          return {
            outcome: { ...answer.outcome, explanation: text },
            findings: answer.findings.map((f) => ({ ...f, message: text })),
          };
        };
      },
    };
    const base = builtinRegistry.resolve('did-2017');
    const rulebook = {
      ...base,
      rules: base.rules.map((rule) =>
        rule.id === 'DID.GATE.APBD' ? { ...rule, kind: 'test.gate.per-region' } : rule,
      ),
    };
    const checker = createEligibilityChecker(rulebook, {
      asOf: '2017-01-01',
      kinds: [perRegion],
    });
    for (const id of ['1', '2', '3']) {
      const result = checker.check({ id, level: 'kota', apbdOnTime: false });
      expect(result.gates[1]?.explanation.en).toBe(`region ${id}`);
      expect(result.findings.map((f) => f.message.en)).toContain(`region ${id}`);
      expect(result.toQualify.length).toBeGreaterThan(0);
    }
  });
});
