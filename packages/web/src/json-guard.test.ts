import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkJsonDepth, checkJsonValue } from './json-guard.js';

function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + Math.max(0, ...children.map(depthOf));
}

function entriesOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children: unknown[] = Array.isArray(value) ? value : Object.values(value);
  return children.length + children.reduce<number>((n, v) => n + entriesOf(v), 0);
}

describe('checkJsonDepth', () => {
  it('refuses exactly the texts nested deeper than the limit, whatever the strings hold', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 0, max: 8 }), (value, limit) => {
        const refused = checkJsonDepth(JSON.stringify(value), limit) !== undefined;
        expect(refused).toBe(depthOf(value) > limit);
      }),
    );
  });

  it('ignores brackets and escaped quotes inside strings', () => {
    expect(checkJsonDepth(JSON.stringify({ a: '\\"[[[[{{{{' }), 1)).toBeUndefined();
    expect(checkJsonDepth('[[1]]', 1)).toEqual({ kind: 'too-deep', limit: 1 });
    // a string ending in escaped backslashes ends at its quote; an escaped quote does not end it
    expect(checkJsonDepth(JSON.stringify(['\\\\', [1]]), 1)).toEqual({
      kind: 'too-deep',
      limit: 1,
    });
    expect(checkJsonDepth(JSON.stringify(['\\"[[', 1]), 1)).toBeUndefined();
  });
});

describe('checkJsonValue', () => {
  it('refuses exactly the values with more entries than the limit', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.integer({ min: 0, max: 40 }),
        (value, limit) => {
          const clean = JSON.parse(
            JSON.stringify(value).replaceAll(/"(__proto__|constructor|prototype)"/g, '"x"'),
          ) as unknown;
          const failure = checkJsonValue(clean, limit);
          expect(failure?.kind === 'too-many-entries').toBe(entriesOf(clean) > limit);
        },
      ),
    );
  });

  it('finds a forbidden key at any depth and names its path', () => {
    const value = JSON.parse('{"a":[{"b":{"__proto__":{"x":1}}}]}') as unknown;
    expect(checkJsonValue(value, 100)).toEqual({
      kind: 'forbidden-key',
      key: '__proto__',
      path: 'a[0].b.__proto__',
    });
    expect(checkJsonValue({ a: { constructor: 1 } }, 100)).toMatchObject({ key: 'constructor' });
    expect(checkJsonValue({ a: 'constructor' }, 100)).toBeUndefined();
  });
});
