/**
 * The contract suite, plug-in part: every engine whose kinds are `EngineRuleKind`s takes a custom
 * rule kind the same way: registered beside the rulebook that uses it (`kinds` of the registry),
 * passed to `compile` (`kinds` of the options), looked up by id, and its findings join the
 * result. A rule naming an unregistered kind, and a kind id registered twice, are refused with
 * `RULEBOOK_INVALID` naming the kind.
 *
 * Incentive joins this table when its kinds adopt `EngineRuleKind` (its own work item).
 */
import { loadCases } from '@inovasi/test-utils';
import { describe, expect, it } from 'vitest';
import { builtinRuleKinds, builtinRulebooks } from '../registry/index.js';
import {
  createRegistry,
  ruleRef,
  type Domain,
  type ResolvedRule,
  type RuleKindSpec,
} from '../rulebook/index.js';
import type { Finding } from '../shared/finding.js';
import type { ReadinessRuleKind } from '../readiness/types.js';
import type { IidRuleKind } from '../iid/kinds.js';
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

/** One custom kind per engine, each in that engine's own compiled shape. */
const PLUGINS: Partial<Record<Domain, ReadinessRuleKind | ScoringRuleKind | IidRuleKind>> = {
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
        (typeof c.input !== 'object' || c.input === null || !('overlay' in c.input)),
    );
    if (base === undefined) throw new Error(`no plain case for ${domain}`);
    const registry = createRegistry({
      rulebooks: [
        ...builtinRulebooks,
        {
          id: `test-plugin-${domain}`,
          title: TEXT,
          domain,
          status: 'template',
          issuer: 'test',
          extends: base.rulebook,
          effective: { from: '2000-01-01' },
          rules: [
            {
              id: 'TEST.PLUGIN',
              kind: 'test.plugin',
              title: TEXT,
              source: { citation: 'test fixture', tier: 'D' },
            },
          ],
        },
      ],
      kinds: [...builtinRuleKinds, plugin],
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
