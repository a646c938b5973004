import { describe, expect, it } from 'vitest';
import { readParameter } from '../../rulebook/index.js';
import { builtinRegistry } from '../../registry/index.js';

describe('insentif-fiskal-2026', () => {
  const book = builtinRegistry.resolve('insentif-fiskal-2026');

  it('knows the Rp1.8 tn total from UU 17/2025 Pasal 15, and who sets the per-region amounts', () => {
    const total = readParameter(book, 'if.total', '2026-06-01');
    expect(total).toMatchObject({ status: 'known', value: 1_800_000_000_000 });
    if (total.status === 'known') {
      expect(total.basis.source?.citation).toContain('Pasal 15');
      expect(total.basis.source?.tier).toBe('B');
    }
    expect(readParameter(book, 'if.per-region-allocation', '2026-06-01')).toMatchObject({
      status: 'known',
      value: { setBy: 'Menteri Keuangan' },
      basis: { source: { citation: expect.stringContaining('Pasal 5 ayat (10)–(11)') as string } },
    });
  });

  it('records the conflict over the tracks instead of choosing one, and keeps criteria, split and formula unknown', () => {
    const pots = readParameter(book, 'if.pots', '2026-06-01');
    expect(pots.status).toBe('unknown');
    if (pots.status === 'unknown') {
      expect(pots.missing.en).toContain('UU 17/2025 rewards previous-year and current-year');
      expect(pots.missing.en).toContain('Perpres 118/2025 Article 5(10) rewards good current-year');
    }
    for (const id of ['if.gate.kriteria', 'if.clusters', 'if.normalisation'])
      expect(readParameter(book, id, '2026-06-01').status, id).toBe('unknown');
    expect(book.legalBasis.map((s) => s.citation).join(' | ')).toMatch(
      /UU.*17.*2025[\s\S]*Perpres 118\/2025[\s\S]*PMK 91/,
    );
  });
});
