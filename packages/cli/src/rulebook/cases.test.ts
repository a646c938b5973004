import { describe, expect, it } from 'vitest';
import { casesOf, compareExpected } from './cases.js';

const result = {
  status: 'not-ready',
  score: { total: 71.5, parts: [1, 2] },
  findings: [{ code: 'A', fix: { id: 'perbaiki', en: 'fix it from 2018-03-11' } }, { code: 'B' }],
};

describe('compareExpected', () => {
  it('passes a matching subset', () => {
    expect(compareExpected({ status: 'not-ready', codes: ['A', 'B'] }, result)).toEqual([]);
    expect(compareExpected({ fixIncludes: 'from 2018-03-11' }, result)).toEqual([]);
    expect(compareExpected({ score: { parts: [1, 2] } }, result)).toEqual([]);
  });

  it('names every mismatch by path', () => {
    expect(
      compareExpected({ status: 'ready', codes: ['A'], score: { total: 70 } }, result),
    ).toEqual([
      { path: 'status', expected: 'ready', actual: 'not-ready' },
      { path: 'codes', expected: ['A'], actual: ['A', 'B'] },
      { path: 'score.total', expected: 70, actual: 71.5 },
    ]);
  });

  it('allows numbers within a tolerance, overall or per path', () => {
    expect(compareExpected({ score: { total: 71 } }, result, 0.5)).toEqual([]);
    expect(
      compareExpected({ score: { total: 71 } }, result, 0, { 'score.total': 0.49 }),
    ).toHaveLength(1);
  });
});

describe('batches', () => {
  it('compares each item as { status, codes }', () => {
    const batch = {
      status: 'not-ready',
      findings: [],
      items: [{ result: { status: 'ready', findings: [{ code: 'X' }] } }, { error: {} }],
    };
    expect(
      compareExpected(
        {
          items: [
            { status: 'ready', codes: ['X'] },
            { status: 'invalid', codes: [] },
          ],
        },
        batch,
      ),
    ).toEqual([]);
  });
});

describe('casesOf', () => {
  it('accepts one case, a list, or { cases }', () => {
    expect(casesOf({ name: 'a' })).toEqual([{ name: 'a' }]);
    expect(casesOf([{ name: 'a' }, { name: 'b' }])).toHaveLength(2);
    expect(casesOf({ cases: [{ name: 'a' }] })).toEqual([{ name: 'a' }]);
  });
});
