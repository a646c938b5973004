import { describe, expect, it } from 'vitest';
import { auditRulebook, isTraceable } from '../rulebook/index.js';
import { builtinRegistry } from './index.js';

const books = builtinRegistry.list().map((b) => builtinRegistry.resolve(b.id));

describe('the rulebook source audit', () => {
  it.each(books.map((b) => [b.id, b] as const))(
    '%s: every value, rule and legal basis has a tier, and every tier-A/B source a URL or document reference',
    (_id, book) => {
      const entries = auditRulebook(book);
      const parameters = Object.values(book.parameters);
      // Every dated value is listed, with its tier (an unknown value may lack a source, never
      // what is missing).
      expect(entries.filter((e) => e.kind === 'value' || e.kind === 'unknown')).toHaveLength(
        parameters.reduce((n, p) => n + p.values.length, 0),
      );
      for (const e of entries) {
        if (e.kind === 'unknown') expect(e.missing, e.where).toBeDefined();
        else expect(['A', 'B', 'C', 'D'], `${book.id} ${e.where}`).toContain(e.tier);
      }
      expect(
        entries.filter((e) => e.problem !== undefined).map((e) => `${e.where}: ${e.citation}`),
      ).toEqual([]);
    },
  );

  it('accepts a URL, a regulation or letter number, or a quoted title; flags anything else at tier A/B', () => {
    expect(isTraceable({ citation: 'PMK 43 Tahun 2024, Pasal 26', tier: 'A' })).toBe(true);
    expect(isTraceable({ citation: 'Surat B/188/PP.00.05/2023', tier: 'A' })).toBe(true);
    expect(
      isTraceable({ citation: 'Kompas, "Daerah Inovatif Diumumkan Hari Ini"', tier: 'B' }),
    ).toBe(true);
    expect(isTraceable({ citation: 'x', url: 'https://example.org/a', tier: 'A' })).toBe(true);
    expect(isTraceable({ citation: 'a ministry release', tier: 'A' })).toBe(false);
    expect(isTraceable({ citation: 'national press', tier: 'B' })).toBe(false);
    expect(isTraceable({ citation: 'a regional copy', tier: 'D' })).toBe(true);
  });

  it('lists sources nested inside values (pots, tranches) and flags an untraceable one', () => {
    const entries = auditRulebook(builtinRegistry.resolve('insentif-fiskal-2024'));
    expect(entries.some((e) => e.kind === 'nested' && e.where.includes('.source'))).toBe(true);
    const broken = auditRulebook({
      ...builtinRegistry.resolve('insentif-fiskal-2024'),
      legalBasis: [{ citation: 'somewhere official', tier: 'A' }],
    });
    expect(broken.filter((e) => e.problem === 'UNTRACEABLE').map((e) => e.where)).toEqual([
      'legalBasis[0]',
    ]);
  });
});
