import { describe, expect, it } from 'vitest';
import { createRuleKindRegistry, type EngineRuleKind } from './kinds.js';

type Kind = EngineRuleKind<'readiness', { readonly n: number }, number>;

const kind = (id: string, add = 0): Kind => ({
  kind: id,
  domain: 'readiness',
  title: { id, en: id },
  slots: {},
  compile: ({ n }) => n + add,
});

describe('createRuleKindRegistry', () => {
  it('finds built-in and extra kinds by id, built-ins first', () => {
    const registry = createRuleKindRegistry('readiness', [kind('a', 1)], [kind('x.b', 2)]);
    expect(registry.kinds.map((k) => k.kind)).toEqual(['a', 'x.b']);
    expect(registry.get('x.b')?.compile({ n: 1 })).toBe(3);
    expect(registry.kindOf({ id: 'R1', kind: 'a' }, 'book').compile({ n: 1 })).toBe(2);
    expect(registry.get('missing')).toBeUndefined();
  });

  it('refuses an extra kind whose id a built-in already has, naming it', () => {
    const twice = () => createRuleKindRegistry('readiness', [kind('a')], [kind('a')]);
    expect(twice).toThrow(expect.objectContaining({ code: 'RULEBOOK_INVALID' }));
    expect(twice).toThrow(/^Rule kind a is registered twice with the readiness engine\./);
  });

  it('refuses a kind of another domain', () => {
    const other = { ...kind('s'), domain: 'scoring' } as unknown as Kind;
    expect(() => createRuleKindRegistry('readiness', [], [other])).toThrow(
      'Rule kind s is a scoring kind; it cannot be registered with the readiness engine.',
    );
  });

  it('names the rule and rulebook when a rule uses an unknown kind', () => {
    const registry = createRuleKindRegistry('readiness', [kind('a')]);
    expect(() => registry.kindOf({ id: 'R9', kind: 'nope' }, 'kipp-2099')).toThrow(
      'Rule R9 of kipp-2099 uses kind nope, which this version of inovasi does not know.',
    );
  });
});
