import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CoreError } from '../shared/errors.js';
import type { RuleKindSpec } from './kinds.js';
import { createEvaluation, readParameter } from './parameters.js';
import { createRegistry } from './registry.js';
import { RulebookSchema, type RulebookInput } from './schema.js';

const src = { citation: 'Test source', tier: 'A' } as const;

const kinds: RuleKindSpec[] = [
  {
    kind: 'test.threshold',
    domain: 'readiness',
    title: { id: 'Ambang', en: 'Threshold' },
    slots: {
      limit: {
        schema: z.number().int().min(0),
        required: true,
        description: { id: 'batas', en: 'limit' },
      },
      label: { schema: z.string(), required: false, description: { id: 'label', en: 'label' } },
    },
  },
];

const national: RulebookInput = {
  id: 'national-2025',
  title: { id: 'Nasional 2025', en: 'National 2025' },
  domain: 'readiness',
  issuer: 'Kementerian',
  effective: { from: '2025-01-01', to: '2025-12-31' },
  parameters: [
    {
      id: 'limit.words',
      title: { id: 'Batas kata', en: 'Word limit' },
      values: [
        { from: '2025-01-01', to: '2025-06-30', value: 500, source: src },
        { from: '2025-07-01', value: 600, source: { ...src, citation: 'Amended source' } },
      ],
    },
    {
      id: 'limit.quota',
      title: { id: 'Kuota', en: 'Quota' },
      values: [
        {
          from: '2025-01-01',
          unknown: { id: 'lampiran juklak tidak terbaca', en: 'juklak annex unreadable' },
        },
      ],
    },
  ],
  rules: [
    {
      id: 'R.WORDS',
      kind: 'test.threshold',
      title: { id: 'Kata', en: 'Words' },
      parameters: { limit: 'limit.words' },
      source: src,
    },
    {
      id: 'R.QUOTA',
      kind: 'test.threshold',
      title: { id: 'Kuota', en: 'Quota' },
      parameters: { limit: 'limit.quota' },
      source: src,
    },
  ],
};

const city: RulebookInput = {
  id: 'cilegon-2026',
  extends: 'national-2025',
  title: { id: 'Lomba Kota 2026', en: 'City contest 2026' },
  domain: 'readiness',
  issuer: 'Bappeda Kota Cilegon',
  effective: { from: '2026-01-01', to: '2026-12-31' },
  parameters: [
    {
      id: 'limit.words',
      title: { id: 'Batas kata', en: 'Word limit' },
      values: [{ from: '2026-01-01', value: 300, source: { ...src, tier: 'D' } }],
    },
    {
      id: 'limit.opd',
      title: { id: 'Kuota OPD', en: 'OPD quota' },
      values: [{ from: '2026-01-01', value: 3, source: { ...src, tier: 'C' } }],
    },
  ],
  rules: [
    {
      id: 'R.OPD',
      kind: 'test.threshold',
      title: { id: 'OPD', en: 'OPD' },
      parameters: { limit: 'limit.opd' },
      source: src,
    },
  ],
  disable: { rules: ['R.QUOTA'], parameters: ['limit.quota'] },
};

const registry = createRegistry({ rulebooks: [national, city], kinds });

describe('extends', () => {
  it('replaces, adds and disables, recording where each rule came from', () => {
    const resolved = registry.resolve('cilegon-2026');
    expect(resolved.chain).toEqual(['cilegon-2026', 'national-2025']);
    expect(resolved.rules.map((r) => [r.id, r.origin])).toEqual([
      ['R.WORDS', 'national-2025'],
      ['R.OPD', 'cilegon-2026'],
    ]);
    expect(resolved.parameters['limit.words']?.origin).toBe('cilegon-2026');
    expect(resolved.parameters['limit.quota']).toBeUndefined();
    expect(resolved.disabled).toEqual([
      { kind: 'parameter', id: 'limit.quota', by: 'cilegon-2026' },
      { kind: 'rule', id: 'R.QUOTA', by: 'cilegon-2026' },
    ]);
  });

  it('refuses a cycle and a missing parent', () => {
    const a = { ...national, id: 'a', extends: 'b' };
    const b = { ...national, id: 'b', extends: 'a' };
    const looped = createRegistry({ rulebooks: [a, b], kinds });
    expect(() => looped.resolve('a')).toThrow(
      expect.objectContaining({ code: 'RULEBOOK_CYCLE' }) as Error,
    );
    const orphan = createRegistry({
      rulebooks: [{ ...national, id: 'c', extends: 'nowhere' }],
      kinds,
    });
    expect(() => orphan.resolve('c')).toThrow(CoreError);
    expect(() => registry.resolve('kipp-1999')).toThrow(/No rulebook with id kipp-1999/);
  });
});

describe('dated parameters', () => {
  const resolved = registry.resolve('national-2025');

  it('reads the value in force at a date, with its source', () => {
    const early = readParameter(resolved, 'limit.words', '2025-03-01');
    const late = readParameter(resolved, 'limit.words', '2025-08-01');
    expect(early).toMatchObject({
      status: 'known',
      value: 500,
      basis: { from: '2025-01-01', source: src },
    });
    expect(late).toMatchObject({
      status: 'known',
      value: 600,
      basis: { source: { citation: 'Amended source' } },
    });
    expect(early.status === 'known' && early.staleSince).toBeFalsy();
  });

  it('says a value is not yet in force before its first date', () => {
    expect(readParameter(resolved, 'limit.words', '2024-12-31')).toMatchObject({
      status: 'unknown',
      reason: 'not-yet-in-force',
    });
  });

  it('reports unknown values with what is missing', () => {
    expect(readParameter(resolved, 'limit.quota', '2025-03-01')).toMatchObject({
      status: 'unknown',
      reason: 'unknown',
      missing: { en: 'juklak annex unreadable' },
    });
  });

  it('uses the last value past the window, but warns once that it is stale', () => {
    const evaluation = createEvaluation(resolved, '2026-02-01');
    const rule = resolved.rules[0]!;
    const first = evaluation.read(rule, 'limit', z.number());
    evaluation.read(rule, 'limit', z.number());
    expect(first).toMatchObject({ status: 'known', value: 600, staleSince: '2025-12-31' });
    expect(evaluation.findings).toHaveLength(1);
    expect(evaluation.findings[0]).toMatchObject({
      code: 'RULEBOOK.PARAMETER.STALE',
      severity: 'warning',
      rule: { id: 'R.WORDS', rulebook: 'national-2025' },
    });
  });

  it('does not warn inside the window', () => {
    const evaluation = createEvaluation(resolved, '2025-12-31');
    evaluation.read(resolved.rules[0]!, 'limit', z.number());
    expect(evaluation.findings).toEqual([]);
  });

  it('a value with an explicit end warns after it even if a rulebook window is open', () => {
    const open = createRegistry({
      rulebooks: [{ ...national, id: 'open', effective: { from: '2025-01-01' } }],
      kinds,
    }).resolve('open');
    expect(readParameter(open, 'limit.words', '2030-01-01')).toMatchObject({
      status: 'known',
      value: 600,
    });
    expect(readParameter(open, 'limit.words', '2030-01-01')).not.toHaveProperty('staleSince');
  });
});

describe('validation of a custom rulebook', () => {
  it('accepts the built-in shapes', () => {
    const report = registry.validate(city);
    expect(report.findings).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.resolved?.chain).toEqual(['cilegon-2026', 'national-2025']);
  });

  it('points at every offending path', () => {
    const bad = {
      ...city,
      parameters: [
        {
          id: 'limit.words',
          title: { id: 'x', en: 'x' },
          values: [{ from: '2026-02-30', value: 1, source: src }],
        },
      ],
    };
    const report = registry.validate(bad);
    expect(report.valid).toBe(false);
    expect(report.findings.map((f) => [f.code, f.path])).toEqual([
      ['RULEBOOK.SCHEMA', 'parameters[0].values[0].from'],
    ]);
    expect(report.findings[0]!.message.en).toContain('2026-02-30');
  });

  it('finds semantic problems, all of them', () => {
    const bad: RulebookInput = {
      ...city,
      effective: { from: '2026-12-31', to: '2026-01-01' },
      parameters: [
        {
          id: 'limit.neg',
          title: { id: 'x', en: 'x' },
          values: [{ from: '2026-01-01', value: -3, source: src }],
        },
        {
          id: 'limit.opd',
          title: { id: 'x', en: 'x' },
          values: [{ from: '2026-01-01', value: 2, source: src }],
        },
        {
          id: 'limit.opd',
          title: { id: 'x', en: 'x' },
          values: [
            { from: '2026-03-01', value: 2, source: src },
            { from: '2026-02-01', value: 2, source: src },
          ],
        },
      ],
      rules: [
        {
          id: 'R.OPD',
          kind: 'test.threshold',
          title: { id: 'x', en: 'x' },
          parameters: { limit: 'limit.neg', colour: 'limit.opd' },
          source: src,
        },
        { id: 'R.NEW', kind: 'test.nope', title: { id: 'x', en: 'x' }, source: src },
        {
          id: 'R.GHOST',
          kind: 'test.threshold',
          title: { id: 'x', en: 'x' },
          parameters: { limit: 'limit.ghost' },
          source: src,
        },
        { id: 'R.EMPTY', kind: 'test.threshold', title: { id: 'x', en: 'x' }, source: src },
      ],
      disable: { rules: ['R.NOT_THERE'], parameters: [] },
    };
    const report = registry.validate(bad);
    expect(report.valid).toBe(false);
    expect(report.findings.map((f) => `${f.code} @ ${f.path}`)).toEqual([
      'RULEBOOK.DATES.ORDER @ effective',
      'RULEBOOK.DUPLICATE_ID @ parameters[2].id',
      'RULEBOOK.PARAMETER.OVERLAP @ parameters[2].values[1].from',
      'RULEBOOK.DISABLE.UNKNOWN @ disable.rules[0]',
      'RULEBOOK.RULE.SLOT_UNKNOWN @ rules[0].parameters.colour',
      'RULEBOOK.PARAMETER.VALUE_INVALID @ parameters[0].values[0].value',
      'RULEBOOK.RULE.KIND_UNKNOWN @ rules[1].kind',
      'RULEBOOK.RULE.PARAMETER_UNKNOWN @ rules[2].parameters.limit',
      'RULEBOOK.RULE.SLOT_MISSING @ rules[3].parameters',
    ]);
  });

  it('reports an unknown parent and a parent of another engine', () => {
    expect(
      registry.validate({ ...city, extends: 'kipp-1999' }).findings.map((f) => f.code),
    ).toEqual(['RULEBOOK.EXTENDS.UNKNOWN']);
    const other = createRegistry({ rulebooks: [{ ...national, domain: 'iid' }], kinds });
    expect(other.validate(city).findings.map((f) => f.code)).toContain('RULEBOOK.EXTENDS.INVALID');
  });

  it('never throws on garbage', () => {
    for (const garbage of [null, 42, 'kipp', [], { id: 7 }, { __proto__: { id: 'x' } }]) {
      const report = registry.validate(garbage);
      expect(report.valid).toBe(false);
      expect(report.findings.length).toBeGreaterThan(0);
    }
  });

  it('registry.with adds a valid overlay and rejects an invalid one with its paths', () => {
    const base = createRegistry({ rulebooks: [national], kinds });
    expect(base.with([city]).resolve('cilegon-2026').rules).toHaveLength(2);
    expect(() =>
      base.with([
        {
          ...city,
          rules: [{ id: 'X', kind: 'test.nope', title: { id: 'x', en: 'x' }, source: src }],
        },
      ]),
    ).toThrow(
      expect.objectContaining({
        code: 'RULEBOOK_INVALID',
        issues: [expect.objectContaining({ path: 'rules[0].kind' })],
      }) as Error,
    );
  });

  it('lists summaries with unknown-parameter counts', () => {
    expect(
      registry.list().map((s) => [s.id, s.parameterCount, s.unknownParameterCount, s.ruleCount]),
    ).toEqual([
      ['cilegon-2026', 2, 0, 2],
      ['national-2025', 2, 1, 2],
    ]);
  });

  it('the schema applies defaults', () => {
    const parsed = RulebookSchema.parse({ ...national, parameters: undefined, rules: undefined });
    expect(parsed.status).toBe('in-force');
    expect(parsed.rules).toEqual([]);
  });
});
