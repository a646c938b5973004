import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sortFindings, type Finding } from './finding.js';

const finding: fc.Arbitrary<Finding> = fc.record({
  code: fc.constantFrom('A.ONE', 'A.TWO', 'B'),
  severity: fc.constantFrom('error', 'warning', 'info'),
  path: fc.option(fc.constantFrom('a', 'b', 'sections.x'), { nil: undefined }),
  message: fc.record({ id: fc.constantFrom('x', 'y'), en: fc.constantFrom('x', 'y', 'z') }),
  rule: fc.record({ id: fc.nat(5).map(String), rulebook: fc.constant('r') }),
});

describe('sortFindings', () => {
  it('orders short and long lists as the stable sort by severity, path, code and message', () => {
    const rank = { error: 0, warning: 1, info: 2 } as const;
    const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 20 }), (list) => {
        const expected = [...list].sort(
          (a, b) =>
            rank[a.severity] - rank[b.severity] ||
            cmp(a.path ?? '', b.path ?? '') ||
            cmp(a.code, b.code) ||
            cmp(a.message.en, b.message.en),
        );
        const sorted = sortFindings(list);
        expect(sorted).not.toBe(list);
        // the same objects in the same order (ties keep their input order)
        expect(sorted.length).toBe(expected.length);
        sorted.forEach((f, i) => {
          expect(f).toBe(expected[i]);
        });
      }),
    );
  });
});
