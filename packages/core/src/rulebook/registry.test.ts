import { describe, expect, it } from 'vitest';
import { createRegistry } from './registry.js';
import type { RulebookInput } from './schema.js';

const book = (id: string): RulebookInput => ({
  id,
  title: { id, en: id },
  domain: 'readiness',
  issuer: 'Kementerian',
  effective: { from: '2025-01-01' },
});

describe('createRegistry parses each rulebook on its first use', () => {
  it('resolves a valid rulebook while another is broken, and lists only when all are valid', () => {
    const broken = { ...book('broken-2025'), effective: { from: 'not a date' } };
    const registry = createRegistry({ rulebooks: [book('good-2025'), broken], kinds: [] });
    expect(registry.has('broken-2025')).toBe(true);
    expect(registry.resolve('good-2025').id).toBe('good-2025');
    expect(() => registry.resolve('broken-2025')).toThrow(
      expect.objectContaining({ code: 'RULEBOOK_INVALID' }),
    );
    expect(() => registry.list()).toThrow(expect.objectContaining({ code: 'RULEBOOK_INVALID' }));
  });

  it('refuses two rulebooks with one id on first use', () => {
    const registry = createRegistry({
      rulebooks: [book('twin-2025'), book('twin-2025')],
      kinds: [],
    });
    expect(() => registry.has('twin-2025')).toThrow('Two rulebooks have the id twin-2025.');
  });

  it('keeps the others unparsed through with(), and an overlay replaces its id', () => {
    const registry = createRegistry({ rulebooks: [book('a-2025'), book('b-2025')], kinds: [] });
    const extended = registry.with([{ ...book('b-2025'), issuer: 'Bappeda' }]);
    expect(extended.resolve('b-2025').issuer).toBe('Bappeda');
    expect(extended.list().map((b) => b.id)).toEqual(['a-2025', 'b-2025']);
  });
});
