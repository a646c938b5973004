import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { diffRulebooks } from './diff.js';
import type { RuleKindSpec } from './kinds.js';
import { createRegistry } from './registry.js';
import type { RulebookInput } from './schema.js';

const src = { citation: 'Test source', tier: 'A' } as const;

const kinds: RuleKindSpec[] = [
  {
    kind: 'test.threshold',
    domain: 'readiness',
    title: { id: 'Ambang', en: 'Threshold' },
    slots: {
      limit: {
        schema: z.number(),
        required: true,
        description: { id: 'batas', en: 'limit' },
      },
    },
  },
];

const base: RulebookInput = {
  id: 'base-2025',
  title: { id: 'Dasar 2025', en: 'Base 2025' },
  domain: 'readiness',
  issuer: 'Kementerian',
  effective: { from: '2025-01-01', to: '2025-12-31' },
  parameters: [
    {
      id: 'limit.words',
      title: { id: 'Batas kata', en: 'Word limit' },
      values: [{ from: '2025-01-01', value: 500, source: src }],
    },
    {
      id: 'limit.pages',
      title: { id: 'Batas halaman', en: 'Page limit' },
      values: [{ from: '2025-01-01', value: 10, source: src }],
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
      id: 'R.PAGES',
      kind: 'test.threshold',
      title: { id: 'Halaman', en: 'Pages' },
      parameters: { limit: 'limit.pages' },
      source: src,
    },
  ],
};

const overlay: RulebookInput = {
  id: 'city-2026',
  extends: 'base-2025',
  title: { id: 'Kota 2026', en: 'City 2026' },
  domain: 'readiness',
  issuer: 'Bappeda',
  effective: { from: '2026-01-01' },
  parameters: [
    {
      id: 'limit.words',
      title: { id: 'Batas kata', en: 'Word limit' },
      values: [{ from: '2026-01-01', value: 800, source: { ...src, citation: 'Perwali' } }],
    },
    {
      id: 'limit.slides',
      title: { id: 'Batas slide', en: 'Slide limit' },
      values: [{ from: '2026-01-01', unknown: 'not yet decided' }],
    },
  ],
  rules: [
    {
      id: 'R.SLIDES',
      kind: 'test.threshold',
      title: { id: 'Slide', en: 'Slides' },
      parameters: { limit: 'limit.slides' },
      source: src,
    },
  ],
  disable: { rules: ['R.PAGES'], parameters: ['limit.pages'] },
};

const registry = createRegistry({ rulebooks: [base, overlay], kinds });

describe('diffRulebooks', () => {
  it('finds nothing between a rulebook and itself', () => {
    const a = registry.resolve('base-2025');
    const diff = diffRulebooks(a, a);
    expect(diff.identical).toBe(true);
    expect(diff.parameters).toEqual([]);
    expect(diff.rules).toEqual([]);
  });

  it('lists added, removed and changed parameters and rules, and edition facts', () => {
    const diff = diffRulebooks(registry.resolve('base-2025'), registry.resolve('city-2026'));
    expect(diff.identical).toBe(false);
    expect(diff.edition.map((c) => c.field)).toEqual(['issuer', 'effective.from', 'effective.to']);
    expect(diff.edition.find((c) => c.field === 'effective.to')).toEqual({
      field: 'effective.to',
      before: '2025-12-31',
      after: null,
    });
    expect(diff.parameters.map((p) => [p.id, p.change])).toEqual([
      ['limit.pages', 'removed'],
      ['limit.slides', 'added'],
      ['limit.words', 'changed'],
    ]);
    const words = diff.parameters.find((p) => p.id === 'limit.words');
    expect(words?.fields.map((f) => f.field)).toEqual(['values']);
    expect(words?.after?.[0]).toMatchObject({ value: 800 });
    expect(diff.rules.map((r) => [r.id, r.change])).toEqual([
      ['R.PAGES', 'removed'],
      ['R.SLIDES', 'added'],
    ]);
  });

  it('sees a changed rule slot and source', () => {
    const changed: RulebookInput = {
      ...base,
      id: 'base-2025b',
      rules: [
        { ...base.rules![0]!, parameters: { limit: 'limit.pages' }, source: { ...src, tier: 'B' } },
      ],
    };
    const reg = createRegistry({ rulebooks: [base, changed], kinds });
    const diff = diffRulebooks(reg.resolve('base-2025'), reg.resolve('base-2025b'));
    const words = diff.rules.find((r) => r.id === 'R.WORDS');
    expect(words?.change).toBe('changed');
    expect(words?.fields.map((f) => f.field)).toEqual(['parameters.limit', 'source']);
  });

  it('is symmetric: added one way is removed the other way, and key order never counts', () => {
    const value = fc.oneof(
      fc.integer(),
      fc.string(),
      fc.record({ a: fc.integer(), b: fc.string() }),
    );
    const book = fc
      .dictionary(fc.constantFrom('p.a', 'p.b', 'p.c', 'p.d'), value, { maxKeys: 4 })
      .map((params): RulebookInput => ({
        ...base,
        parameters: Object.entries(params).map(([id, v]) => ({
          id,
          title: { id, en: id },
          values: [{ from: '2025-01-01', value: v, source: src }],
        })),
        rules: [],
      }));
    fc.assert(
      fc.property(book, book, (x, y) => {
        const reg = createRegistry({
          rulebooks: [
            { ...x, id: 'x-1' },
            { ...y, id: 'y-1' },
          ],
          kinds,
        });
        const a = reg.resolve('x-1');
        const b = reg.resolve('y-1');
        const ab = diffRulebooks(a, b);
        const ba = diffRulebooks(b, a);
        const flip = { added: 'removed', removed: 'added', changed: 'changed' } as const;
        expect(ba.parameters.map((p) => [p.id, flip[p.change]])).toEqual(
          ab.parameters.map((p) => [p.id, p.change]),
        );
        expect(diffRulebooks(a, a).identical).toBe(true);
        const reordered = {
          ...a,
          parameters: Object.fromEntries(
            Object.entries(a.parameters).map(([id, p]) => [
              id,
              {
                ...p,
                values: p.values.map((v) => Object.fromEntries(Object.entries(v).reverse())),
              },
            ]),
          ),
        } as typeof a;
        expect(diffRulebooks(a, reordered).identical).toBe(true);
      }),
    );
  });
});
