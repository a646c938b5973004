import { describe, expect, it } from 'vitest';
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
