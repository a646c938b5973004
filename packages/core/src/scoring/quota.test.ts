import { describe, expect, it } from 'vitest';
import { shortlist } from './quota.js';
import type { Entry, Quota } from './schema.js';

const ranked: Entry[] = [
  { id: 'A', agency: 'Kab X', category: 'kesehatan' },
  { id: 'B', agency: 'Kab X', category: 'kesehatan' },
  { id: 'C', agency: 'Kab Y', category: 'pendidikan' },
  { id: 'D', agency: 'Kab Z', category: 'kesehatan', tags: ['3T'] },
  { id: 'E', agency: 'Kab W', category: 'pendidikan', tags: ['3T'] },
];
const label = { id: 'q', en: 'q' };
const perPemda: Quota = { id: 'per-pemda', label, field: 'agency', max: 1 };
const threeT: Quota = { id: '3t', label, field: 'tag', value: '3T', min: 1 };

describe('shortlist under quotas (hand-checked)', () => {
  it('without quotas takes the top n', () => {
    expect(shortlist(ranked, 3, []).selected).toEqual(['A', 'B', 'C']);
  });

  it('a cap per Pemda skips the second entry of Kab X and says why', () => {
    const list = shortlist(ranked, 3, [perPemda]);
    expect(list.selected).toEqual(['A', 'C', 'D']);
    expect(list.reasons.get('B')).toEqual({
      in: false,
      by: 'capped',
      quota: 'per-pemda',
      value: 'Kab X',
    });
    expect(list.reasons.get('E')).toEqual({ in: false, by: 'below-cut' });
  });

  it('a 3T minimum takes a seat from the last entry by rank, which is displaced', () => {
    const list = shortlist(ranked, 3, [threeT]);
    expect(list.selected).toEqual(['A', 'B', 'D']);
    expect(list.reasons.get('D')).toEqual({ in: true, by: 'quota', quota: '3t', value: '3T' });
    expect(list.reasons.get('C')).toEqual({
      in: false,
      by: 'displaced',
      quotas: [{ quota: '3t', value: '3T' }],
    });
  });

  it('a minimum already met by rank displaces nobody', () => {
    const list = shortlist(ranked, 4, [threeT]);
    expect(list.selected).toEqual(['A', 'B', 'C', 'D']);
    expect(list.reasons.get('D')?.in).toBe(true);
  });

  it('a minimum per category (no value) reserves one seat per category', () => {
    const list = shortlist(ranked, 2, [{ id: 'cat', label, field: 'category', min: 1 }]);
    expect(list.selected).toEqual(['A', 'C']);
    expect(list.quotas.map((q) => [q.value, q.selected])).toEqual([
      ['kesehatan', 1],
      ['pendidikan', 1],
    ]);
  });

  it('reports a minimum that cannot be met and minimums larger than the seats', () => {
    const unmet = shortlist(ranked, 3, [
      { id: 'bumd', label, field: 'agencyType', value: 'bumd', min: 1 },
    ]);
    expect(unmet.quotas[0]?.met).toBe(false);
    const over = shortlist(ranked, 1, [{ id: 'cat', label, field: 'category', min: 1 }]);
    expect(over.overbooked).toBe(true);
    expect(over.selected).toHaveLength(1);
  });
});
