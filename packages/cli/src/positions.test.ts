import { describe, expect, it } from 'vitest';
import { createLocator, splitPath } from './positions.js';

describe('splitPath', () => {
  it('splits dotted and indexed paths', () => {
    expect(splitPath('rules[0].parameters.limit')).toEqual(['rules', 0, 'parameters', 'limit']);
    expect(splitPath('(root)')).toEqual([]);
    expect(splitPath('(rule X from a parent)')).toEqual([]);
  });
});

describe('createLocator', () => {
  it('finds a YAML key, an array item and the nearest parent of a missing field', () => {
    const text = 'id: city\nrules:\n  - id: A\n    kind: x\n  - id: B\n    kind: y\n';
    const locate = createLocator(text);
    expect(locate('rules[1].kind')).toEqual({ line: 6, column: 5 });
    expect(locate('rules[1]')).toEqual({ line: 5, column: 5 });
    expect(locate('rules[1].missing')).toEqual({ line: 5, column: 5 });
    expect(locate('(root)')).toEqual({ line: 1, column: 1 });
  });

  it('finds a JSON key', () => {
    const text = '{\n  "id": "city",\n  "effective": {\n    "from": "2026-13-01"\n  }\n}\n';
    expect(createLocator(text)('effective.from')).toEqual({ line: 4, column: 5 });
  });
});
