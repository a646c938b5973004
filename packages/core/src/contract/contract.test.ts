/**
 * The contract suite: every engine runs the same checks over its shared rulebook cases
 * (`packages/test-utils/fixtures/<domain>/`): the case passes through `runCase`, the envelope
 * holds its invariants, `run`, `safeRun` and `runBatch` agree, and the date policy is applied.
 */
import { loadCases } from '@inovasi/test-utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinRegistry } from '../registry/index.js';
import type { Domain, ResolvedRulebook } from '../rulebook/index.js';
import { resolveAsOf } from './as-of.js';
import { runCase } from './cases.js';
import { atPath } from './checker.js';
import { engineFor } from './engines.js';
import { compareOutcomes, diffResults, replay } from './replay.js';
import { OUTCOMES, type EngineResult } from './types.js';
import { CoreError } from '../shared/errors.js';

interface Case {
  readonly name: string;
  readonly rulebook: string;
  readonly asOf: string;
  readonly options?: Readonly<Record<string, string>>;
  readonly input: unknown;
  readonly expected: Readonly<Record<string, unknown>>;
}

/** A case's rulebook, and its input without an `overlay` (a rulebook the case brings). */
function prepare(c: Case): { rulebook: ResolvedRulebook; input: unknown } {
  const input = c.input as { overlay?: { id: string } } | null;
  if (typeof input === 'object' && input?.overlay !== undefined) {
    const { overlay, ...rest } = input;
    return { rulebook: builtinRegistry.with([overlay]).resolve(overlay.id), input: rest };
  }
  return { rulebook: builtinRegistry.resolve(c.rulebook), input: c.input };
}

function checkEnvelope(result: EngineResult, rulebook: ResolvedRulebook): void {
  expect(OUTCOMES).toContain(result.outcome);
  expect(typeof result.status).toBe('string');
  expect(result.statusText.id.length).toBeGreaterThan(0);
  expect(result.statusText.en.length).toBeGreaterThan(0);
  expect(result.rulebook.id).toBe(rulebook.id);
  expect(result.rulebook.chain).toEqual(rulebook.chain);
  expect(result.asOfText.en).toContain(result.asOf);
  expect(Number.isFinite(result.grade)).toBe(true);
  expect(
    result.findings.filter((f) => f.code === 'RULEBOOK.PARAMETER.STALE').length,
  ).toBeLessThanOrEqual(1);
  if (result.outcome === 'positive' && !result.kind.endsWith('batch'))
    expect(result.unknowns).toEqual([]);
  if (result.outcome === 'indeterminate' && !result.kind.endsWith('batch'))
    expect(result.unknowns.length).toBeGreaterThan(0);
}

const DOMAINS: readonly Domain[] = ['readiness', 'scoring', 'iid', 'incentive'];

describe.each(DOMAINS)('the %s engine implements the contract', (domain) => {
  const engine = engineFor(domain);
  const cases = loadCases<Record<string, unknown>>(domain) as unknown as Case[];

  it('has shared cases to run', () => {
    expect(engine.domain).toBe(domain);
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('$name', (c) => {
    const { rulebook, input } = prepare(c);
    const outcome = runCase(engine, rulebook, { ...c, input });
    expect(outcome.mismatches).toEqual([]);
    if (!('result' in outcome)) return;
    const { result } = outcome;
    checkEnvelope(result, rulebook);
    expect(result.asOf).toBe(c.asOf);
    expect(result.asOfReason).toBe('requested');
    // run, safeRun and runBatch of one compiled checker agree
    const checker = engine.compile(rulebook, {
      ...engine.parseOptions(c.options ?? {}),
      asOf: c.asOf,
    });
    expect(checker.safeRun(input)).toEqual({ success: true, result });
    expect(checker.runBatch([input, input])).toEqual([
      { success: true, result },
      { success: true, result },
    ]);
    // the same rulebook twice: nothing changes
    const same = replay(checker, checker, [{ name: c.name, input }]);
    expect(same.rows[0]?.change).toBe('unchanged');
    expect(diffResults(result, result)).toEqual({
      added: [],
      removed: [],
      unknowns: { added: [], removed: [] },
    });
  });

  it('applies the date policy: explicit asOf, else today in the window, else the reference date', () => {
    const rulebook = builtinRegistry.resolve(cases[0]?.rulebook ?? '');
    const options = engine.parseOptions(cases[0]?.options ?? {});
    const { from } = rulebook.effective;
    const inside = engine.compile(rulebook, { ...options, today: from });
    expect([inside.asOf, inside.asOfReason]).toEqual([from, 'today']);
    const far = engine.compile(rulebook, { ...options, today: '2199-01-01' });
    expect(['registration-close', 'edition-start', 'edition-end']).toContain(far.asOfReason);
    const pure = engine.compile(rulebook, options);
    expect([pure.asOf, pure.asOfReason]).toEqual([far.asOf, far.asOfReason]);
    const asked = engine.compile(rulebook, { ...options, asOf: '2199-01-01', today: from });
    expect([asked.asOf, asked.asOfReason]).toEqual(['2199-01-01', 'requested']);
  });

  it('refuses a date that does not exist, naming the field', () => {
    const rulebook = builtinRegistry.resolve(cases[0]?.rulebook ?? '');
    for (const [key, value] of [
      ['asOf', '2026-13-45'],
      ['today', '2026-02-30'],
    ] as const) {
      let error: unknown;
      try {
        engine.compile(rulebook, { [key]: value });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(CoreError);
      expect((error as CoreError).code).toBe('INPUT_INVALID');
      expect((error as CoreError).issues.map((i) => i.path)).toEqual([key]);
    }
  });

  it('refuses a rulebook of another engine', () => {
    const other = DOMAINS.find((d) => d !== domain) ?? 'readiness';
    const foreign = builtinRegistry
      .list()
      .find((b) => b.domain === other && b.status !== 'cancelled');
    expect(() => engine.compile(builtinRegistry.resolve(foreign?.id ?? ''))).toThrow(
      expect.objectContaining({ code: 'RULEBOOK_DOMAIN_MISMATCH' }),
    );
  });
});

describe('compareOutcomes', () => {
  const ranked = fc.record({
    outcome: fc.constantFrom(...OUTCOMES),
    grade: fc.integer({ min: 0, max: 3 }),
  });
  it('is a total order: antisymmetric and transitive', () => {
    fc.assert(
      fc.property(ranked, ranked, ranked, (a, b, c) => {
        expect(Math.sign(compareOutcomes(a, b)) + Math.sign(compareOutcomes(b, a))).toBe(0);
        if (compareOutcomes(a, b) <= 0 && compareOutcomes(b, c) <= 0)
          expect(compareOutcomes(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });
  it('puts negative below indeterminate below positive, whatever the grade', () => {
    expect(
      compareOutcomes({ outcome: 'negative', grade: 9 }, { outcome: 'indeterminate' }),
    ).toBeLessThan(0);
    expect(
      compareOutcomes({ outcome: 'indeterminate', grade: 9 }, { outcome: 'positive' }),
    ).toBeLessThan(0);
  });
});

describe('replay', () => {
  it('says who gains and who loses between two editions', () => {
    const engine = engineFor('readiness');
    const proposal = {
      title: 'Layanan Adminduk Keliling',
      agency: { name: 'Pemerintah Kota Cilegon', type: 'kota' },
      implementationStartDate: '2017-06-01',
    };
    const before = engine.compile(builtinRegistry.resolve('kipp-2018'), { asOf: '2018-03-01' });
    const after = engine.compile(builtinRegistry.resolve('kipp-2018'), { asOf: '2018-09-01' });
    const report = replay(before, after, [
      { name: 'young', input: proposal },
      { name: 'broken', input: { title: 3 } },
    ]);
    const [young, broken] = report.rows;
    expect(compareOutcomes(young!.after!, young!.before!)).toBeGreaterThanOrEqual(0);
    expect(broken?.change).toBe('not-run');
    expect(broken?.errors?.map((e) => e.side)).toEqual(['before', 'after']);
    expect(Object.values(report.counts).reduce((a, b) => a + b, 0)).toBe(2);
  });
});

describe('resolveAsOf and atPath', () => {
  const window = { id: 'x', effective: { from: '2024-01-01', to: '2024-12-31' } };
  const reference = { date: '2024-03-10', reason: 'registration-close' } as const;
  it('picks today only inside the window', () => {
    expect(resolveAsOf(window, reference, { today: '2024-12-31' }).asOfReason).toBe('today');
    expect(resolveAsOf(window, reference, { today: '2025-01-01' }).asOf).toBe('2024-03-10');
    expect(resolveAsOf(window, reference, { today: '2023-12-31' }).asOf).toBe('2024-03-10');
  });
  it('places input problems at the path the user sent', () => {
    expect(() =>
      atPath('region', () => {
        throw new CoreError('INPUT_INVALID', 'bad', [
          { path: 'level', message: 'x' },
          { path: '[0].id', message: 'y' },
          { path: '(root)', message: 'z' },
        ]);
      }),
    ).toThrow(
      expect.objectContaining({
        issues: [
          { path: 'region.level', message: 'x' },
          { path: 'region[0].id', message: 'y' },
          { path: 'region', message: 'z' },
        ],
      }),
    );
  });
});
