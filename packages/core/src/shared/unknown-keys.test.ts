import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ProposalSchema } from '../readiness/schema.js';
import { closest, findUnknownKeys } from './unknown-keys.js';

describe('findUnknownKeys', () => {
  it('names every unknown field of a proposal, nested ones too, with the field meant', () => {
    expect(
      findUnknownKeys(ProposalSchema, {
        title: 'x',
        implementationStartdate: '2020-01-01',
        agency: { nmae: 'Kota Cilegon' },
        attachments: [{ type: 'a' }, { tipe: 'b' }],
        sections: { 'any-section-id': 'free keys in a record are not second-guessed' },
        zzzqqq: 1,
      }),
    ).toEqual([
      {
        path: 'implementationStartdate',
        key: 'implementationStartdate',
        suggestion: 'implementationStartDate',
      },
      { path: 'agency.nmae', key: 'nmae', suggestion: 'name' },
      { path: 'attachments[1].tipe', key: 'tipe', suggestion: 'type' },
      { path: 'zzzqqq', key: 'zzzqqq' },
    ]);
  });

  it('finds nothing in a proposal that uses only known fields', () => {
    expect(findUnknownKeys(ProposalSchema, { title: 'x', agency: { name: 'y' } })).toEqual([]);
  });
});

describe('closest', () => {
  it('suggests only what is close', () => {
    expect(closest('sosiall', ['pendidikan', 'sosial'])).toBe('sosial');
    expect(closest('pertanian', ['pendidikan', 'sosial'])).toBeUndefined();
  });
});

describe('closest', () => {
  // An independent reference: the full optimal-string-alignment table, every candidate scored.
  function reference(word: string, candidates: readonly string[]): string | undefined {
    const osa = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i += 1)
        for (let j = 1; j <= b.length; j += 1) {
          const row = d[i]!;
          row[j] = Math.min(
            d[i - 1]![j]! + 1,
            row[j - 1]! + 1,
            d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
            row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
        }
      return d[a.length]![b.length]!;
    };
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const c of candidates) {
      const distance = osa(word.toLowerCase(), c.toLowerCase());
      if (distance < bestDistance) [best, bestDistance] = [c, distance];
    }
    return bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
  }

  it('suggests what the full distance table suggests (length pruning changes nothing)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'S', 'o', 's'), maxLength: 12 });
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 8 }), (w, candidates) => {
        expect(closest(w, candidates)).toBe(reference(w, candidates));
      }),
      { numRuns: 2000 },
    );
  });
});
