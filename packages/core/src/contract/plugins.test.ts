/**
 * The contract suite, plug-in part: every engine whose kinds are `EngineRuleKind`s takes a custom
 * rule kind the same way: registered beside the rulebook that uses it (`kinds` of the registry),
 * passed to `compile` (`kinds` of the options), looked up by id, and its findings join the
 * result. A rule naming an unregistered kind, and a kind id registered twice, are refused with
 * `RULEBOOK_INVALID` naming the kind.
 *
 * The IID kind also goes through the what-if, the plan, the comparison and the report (the same
 * `kinds` option as `computeIid`), and the incentive engine takes a custom gate that reads its own
 * dated requirement and fails a region with an explained outcome.
 */
import { loadCases } from '@inovasi/test-utils';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { builtinRuleKinds, builtinRulebooks } from '../registry/index.js';
import {
  createRegistry,
  ruleRef,
  type Domain,
  type ResolvedRule,
  type RuleKindSpec,
  type RulebookInput,
} from '../rulebook/index.js';
import type { Finding } from '../shared/finding.js';
import type { ReadinessRuleKind } from '../readiness/types.js';
import { compareIid } from '../iid/compare.js';
import { computeIid } from '../iid/compute.js';
import type { IidRuleKind } from '../iid/kinds.js';
import { computeIidReport } from '../iid/report.js';
import { applyPlan, assessPlan, planIid, whatIf } from '../iid/what-if.js';
import type { EligibilityResult } from '../incentive/eligibility.js';
import type { IncentiveEngineOptions } from '../incentive/engine.js';
import type { IncentiveRuleKind } from '../incentive/types.js';
import { uniformRegion } from '../iid/test-regions.js';
import type { ScoringRuleKind } from '../scoring/kinds.js';
import { engineFor } from './engines.js';

const TEXT = { id: 'Aturan uji tambahan', en: 'An added test rule' };

/** The finding the custom kind raises on every input. */
const plugged = (rule: ResolvedRule): Finding => ({
  code: 'TEST.PLUGIN',
  severity: 'info',
  message: TEXT,
  rule: ruleRef(rule),
});

const common = { kind: 'test.plugin', title: TEXT, slots: {} } as const;

const SOURCE = { citation: 'test fixture', tier: 'D' } as const;

/**
 * The built-in rulebooks and kinds, with one test rulebook extending `base` (by default with one
 * rule of the kind `test.plugin`) and one extra kind.
 */
function registryWith(
  kind: RuleKindSpec,
  book: Pick<RulebookInput, 'id' | 'domain' | 'extends' | 'parameters'> & {
    readonly from: string;
    readonly rules?: RulebookInput['rules'];
  },
) {
  const { from, rules, ...rest } = book;
  return createRegistry({
    rulebooks: [
      ...builtinRulebooks,
      {
        ...rest,
        title: TEXT,
        status: 'template',
        issuer: 'test',
        effective: { from },
        rules: rules ?? [{ id: 'TEST.PLUGIN', kind: 'test.plugin', title: TEXT, source: SOURCE }],
      },
    ],
    kinds: [...builtinRuleKinds, kind],
  });
}

/** One custom kind per engine, each in that engine's own compiled shape. */
const PLUGINS: Record<
  Domain,
  ReadinessRuleKind | ScoringRuleKind | IidRuleKind | IncentiveRuleKind
> = {
  readiness: {
    ...common,
    domain: 'readiness',
    compile: ({ rule }) => ({
      proposal: () => ({
        outcome: { rule: ruleRef(rule), title: rule.title, outcome: 'pass', explanation: TEXT },
        findings: [plugged(rule)],
      }),
    }),
  } satisfies ReadinessRuleKind,
  scoring: {
    ...common,
    domain: 'scoring',
    compile: ({ rule }) => ({ panel: () => [plugged(rule)] }),
  } satisfies ScoringRuleKind,
  iid: {
    ...common,
    domain: 'iid',
    compile: ({ rule }) => ({ region: () => [plugged(rule)] }),
  } satisfies IidRuleKind,
  incentive: {
    ...common,
    domain: 'incentive',
    role: 'gate',
    compile:
      ({ rule }) =>
      () => ({
        outcome: { rule: ruleRef(rule), title: rule.title, outcome: 'pass', explanation: TEXT },
        findings: [plugged(rule)],
      }),
  } satisfies IncentiveRuleKind,
};

interface Case {
  readonly rulebook: string;
  readonly asOf: string;
  readonly options?: Readonly<Record<string, string>>;
  readonly input: unknown;
}

describe.each(Object.keys(PLUGINS) as Domain[])(
  'the %s engine takes a custom rule kind',
  (domain) => {
    const engine = engineFor(domain);
    const plugin = PLUGINS[domain] as RuleKindSpec;
    const cases = loadCases<Record<string, unknown>>(domain) as unknown as Case[];
    const base = cases.find(
      (c) =>
        c.options?.mode !== 'predikat' &&
        c.options?.operation !== 'allocation' &&
        (typeof c.input !== 'object' || c.input === null || !('overlay' in c.input)),
    );
    if (base === undefined) throw new Error(`no plain case for ${domain}`);
    const registry = registryWith(plugin, {
      id: `test-plugin-${domain}`,
      domain,
      extends: base.rulebook,
      from: '2000-01-01',
    });
    const rulebook = registry.resolve(`test-plugin-${domain}`);
    const options = { ...engine.parseOptions(base.options ?? {}), asOf: base.asOf };
    /** The options with extra kinds (each engine's own options accept `kinds`). */
    const withKinds = (kinds: readonly RuleKindSpec[]): object => ({ ...options, kinds });

    it('runs the registered kind: its finding joins the result, nothing else changes', () => {
      const plain = engine.compile(registry.resolve(base.rulebook), options).run(base.input);
      const result = engine.compile(rulebook, withKinds([plugin])).run(base.input);
      expect(result.findings.filter((f) => f.code === 'TEST.PLUGIN').map((f) => f.rule.id)).toEqual(
        ['TEST.PLUGIN'],
      );
      expect(result.outcome).toBe(plain.outcome);
      expect(result.findings.length).toBe(plain.findings.length + 1);
    });

    it('refuses a rule whose kind is not registered, naming it', () => {
      expect(() => engine.compile(rulebook, options).run(base.input)).toThrow(
        /Rule TEST\.PLUGIN of test-plugin-\w+ uses kind test\.plugin/,
      );
    });

    it('refuses a kind id registered twice, or taken by a built-in kind', () => {
      const builtin = builtinRuleKinds.find((k) => k.domain === domain);
      for (const kinds of [[plugin, plugin], [{ ...plugin, kind: builtin?.kind ?? '' }]])
        expect(() => engine.compile(rulebook, withKinds(kinds)).run(base.input)).toThrow(
          expect.objectContaining({
            code: 'RULEBOOK_INVALID',
            message: expect.stringMatching(/is registered twice/) as unknown,
          }),
        );
    });
  },
);

describe('a custom IID kind works through the what-if, the plan, the comparison and the report', () => {
  const plugin = PLUGINS.iid as IidRuleKind;
  const kinds = [plugin];
  const registry = registryWith(plugin, {
    id: 'test-plugin-iid-2026',
    domain: 'iid',
    extends: 'iid-2026',
    from: '2026-01-01',
  });
  const iid2026 = registry.resolve('iid-2026');
  const custom = registry.resolve('test-plugin-iid-2026');
  const asOf = '2026-06-01';
  // 12 innovations and every row at level 1: kurang inovatif, with a plan to inovatif
  const region = uniformRegion(12, 1);
  const plain = computeIid(region, iid2026, { asOf });
  const result = computeIid(region, custom, { asOf, kinds });
  const pluggedCodes = (r: { findings: readonly Finding[] }) =>
    r.findings.filter((f) => f.code === 'TEST.PLUGIN').map((f) => f.rule.id);
  /** A plan or what-if with the rulebook id set aside (the only thing the custom rule changes). */
  const unnamed = <T extends { rulebook: string }>(x: T) => ({ ...x, rulebook: '' });

  it('refuses the custom rulebook in every entry point when the kind is not passed, naming it', () => {
    const refused: unknown = expect.objectContaining({
      code: 'RULEBOOK_INVALID',
      message: expect.stringMatching(
        /Rule TEST\.PLUGIN of test-plugin-iid-2026 uses kind test\.plugin/,
      ) as unknown,
    });
    const plan = planIid(result, custom, { kinds });
    for (const call of [
      () => computeIid(region, custom, { asOf }),
      () => whatIf(result, custom),
      () => planIid(result, custom),
      () => compareIid(region, iid2026, custom, { asOfA: asOf, asOfB: asOf }),
      () => applyPlan(region, plan, custom, { asOf }),
      () => assessPlan(region, plan, custom, { asOf }),
      () => computeIidReport(region, custom, { asOf, whatIf: true }),
    ])
      expect(call).toThrow(refused);
  });

  it('plans with the kind: the same changes as without the rule, and the plan applied keeps its finding', () => {
    expect(pluggedCodes(result)).toEqual(['TEST.PLUGIN']);
    const plan = planIid(result, custom, { kinds });
    expect(plan.changes.length).toBeGreaterThan(0);
    expect(plan.reached).toBe(true);
    expect(unnamed(plan)).toEqual(unnamed(planIid(plain, iid2026)));
    const after = assessPlan(region, plan, custom, { asOf, kinds });
    expect(after.iid).toBe(plan.after.iid);
    expect(after.predikat.predikat).toBe(plan.target?.predikat);
    expect(pluggedCodes(after)).toEqual(['TEST.PLUGIN']);
    expect(
      computeIid(applyPlan(region, plan, custom, { asOf, kinds }), custom, { asOf, kinds }).iid,
    ).toBe(plan.after.iid);
  });

  it('gives the what-if with the kind, the same gains as without the rule', () => {
    const w = whatIf(result, custom, { kinds });
    const p = whatIf(plain, iid2026);
    expect({ ...unnamed(w), plan: unnamed(w.plan) }).toEqual({
      ...unnamed(p),
      plan: unnamed(p.plan),
    });
    expect(w.rulebook).toBe('test-plugin-iid-2026');
  });

  it('compares with the kind: the custom rule changes no constant, row or score, and its finding is in its result', () => {
    const cmp = compareIid(region, iid2026, custom, { asOfA: asOf, asOfB: asOf, kinds });
    expect(cmp.delta.iid).toBe(0);
    expect(cmp.constants).toEqual([]);
    expect(cmp.rows).toEqual([]);
    expect(pluggedCodes(cmp.a)).toEqual([]);
    expect(pluggedCodes(cmp.b)).toEqual(['TEST.PLUGIN']);
  });

  it('composes the report with the kind, as the CLI and the API do', () => {
    const report = computeIidReport(region, custom, {
      asOf,
      kinds,
      view: 'verified',
      whatIf: true,
      compareWith: iid2026,
    });
    expect(pluggedCodes(report.result)).toEqual(['TEST.PLUGIN']);
    expect(report.whatIf?.plan).toEqual(planIid(result, custom, { kinds }));
    expect(pluggedCodes(report.comparison?.a ?? { findings: [] })).toEqual(['TEST.PLUGIN']);
    expect(report.comparison?.delta.iid).toBe(0);
  });
});

describe('a custom incentive gate kind reads its dated requirement and explains its outcome', () => {
  const LEVELS = ['provinsi', 'kabupaten', 'kota'] as const;
  const LEVELS_TEXT = { id: 'Tingkat yang dikecualikan', en: 'Excluded levels' };
  /** A province's own gate: regions of the listed levels are not eligible. */
  const levelGate: IncentiveRuleKind = {
    kind: 'test.excluded-levels',
    domain: 'incentive',
    role: 'gate',
    title: LEVELS_TEXT,
    slots: {
      levels: {
        schema: z.array(z.enum(LEVELS)),
        required: true,
        description: LEVELS_TEXT,
      },
    },
    compile: ({ evaluation, rule }) => {
      const reading = evaluation.read(rule, 'levels', z.array(z.enum(LEVELS)));
      return (region) => {
        const known = reading.status === 'known';
        const excluded = known && reading.value.includes(region.level);
        const outcome = !known ? 'indeterminate' : excluded ? 'fail' : 'pass';
        const explanation = {
          id: `Tingkat ${region.level} ${excluded ? 'dikecualikan' : 'tidak dikecualikan'}.`,
          en: `Level ${region.level} is ${excluded ? '' : 'not '}excluded.`,
        };
        return {
          outcome: {
            rule: ruleRef(rule),
            title: rule.title,
            outcome,
            explanation,
            observed: region.level,
            ...(known ? { expected: { notIn: reading.value }, basis: [reading.basis] } : {}),
          },
          findings:
            outcome === 'fail'
              ? [
                  {
                    code: 'TEST.LEVEL.EXCLUDED',
                    severity: 'error',
                    path: 'level',
                    message: explanation,
                    observed: region.level,
                    rule: ruleRef(rule),
                  },
                ]
              : [],
        };
      };
    },
  };
  const registry = registryWith(levelGate, {
    id: 'test-levels-did-2017',
    domain: 'incentive',
    extends: 'did-2017',
    from: '2017-01-01',
    parameters: [
      {
        id: 'test.excluded-levels',
        title: LEVELS_TEXT,
        values: [{ from: '2017-01-01', value: ['kota'], source: SOURCE }],
      },
    ],
    rules: [
      {
        id: 'TEST.LEVELS',
        kind: 'test.excluded-levels',
        title: LEVELS_TEXT,
        parameters: { levels: 'test.excluded-levels' },
        source: SOURCE,
      },
    ],
  });
  const rulebook = registry.resolve('test-levels-did-2017');
  /** The incentive engine's own options, `kinds` as for every engine. */
  const options: IncentiveEngineOptions & { readonly asOf: string } = {
    asOf: '2017-06-01',
    kinds: [levelGate],
  };
  const checker = engineFor('incentive').compile(rulebook, options);
  const region = (level: (typeof LEVELS)[number]) => ({
    id: '35.10',
    level,
    auditOpinions: [{ year: 2015, opinion: 'WTP' }],
    apbdOnTime: true,
  });

  it('fails a region of an excluded level, with the gate explained and the finding naming the field', () => {
    const result = checker.run(region('kota')) as EligibilityResult;
    expect(result.outcome).toBe('negative');
    expect(result.gates.find((g) => g.rule.id === 'TEST.LEVELS')).toMatchObject({
      outcome: 'fail',
      observed: 'kota',
      expected: { notIn: ['kota'] },
      explanation: { en: 'Level kota is excluded.' },
      basis: [expect.objectContaining({ parameter: 'test.excluded-levels' })],
    });
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'TEST.LEVEL.EXCLUDED', path: 'level', observed: 'kota' }),
    );
  });

  it('passes a region of another level, as the edition alone does', () => {
    const alone = engineFor('incentive')
      .compile(registry.resolve('did-2017'), { asOf: '2017-06-01' })
      .run(region('kabupaten'));
    const result = checker.run(region('kabupaten')) as EligibilityResult;
    expect(result.outcome).toBe('positive');
    expect(result.outcome).toBe(alone.outcome);
    expect(result.gates.find((g) => g.rule.id === 'TEST.LEVELS')?.outcome).toBe('pass');
  });

  it('runs the batch through the one compiled checker, each region explained', () => {
    const batch = checker.runBatch(LEVELS.map(region));
    expect(batch.map((r) => r.success && r.result.outcome)).toEqual([
      'positive',
      'positive',
      'negative',
    ]);
  });
});
