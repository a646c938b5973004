import { builtinRegistry } from '@inovasi/core/registry';
import { diffRulebooks, type RulebookSummary } from '@inovasi/core/rulebook';
import { describe, expect, it } from 'vitest';
import { renderNewestEditions, renderRulebookDiff, renderValidation } from './rulebook.js';

const overlay = {
  id: 'city-2018',
  extends: 'kipp-2018',
  title: { id: 'Kota', en: 'City' },
  domain: 'readiness',
  issuer: 'Bappeda',
  effective: { from: '2018-01-02' },
  parameters: [
    {
      id: 'kipp.registration-close',
      title: { id: 'Penutupan', en: 'Close' },
      values: [
        { from: '2018-01-02', value: '2018-02-09', source: { citation: 'Perwali', tier: 'C' } },
      ],
    },
  ],
  disable: { rules: ['KIPP.SECTIONS'] },
};

describe('renderRulebookDiff', () => {
  const registry = builtinRegistry.with([overlay]);
  const diff = diffRulebooks(registry.resolve('kipp-2018'), registry.resolve('city-2018'));

  it('shows each changed value with its source, and removed rules, in text', () => {
    const text = renderRulebookDiff(diff, 'en', 'table');
    expect(text).toMatch(/^kipp-2018 → city-2018\n/);
    expect(text).toContain('~ kipp.registration-close — Close');
    expect(text).toMatch(/\(value\) +2018-03-10 → 2018-02-09/);
    expect(text).toContain('→ [C] Perwali');
    expect(text).toMatch(/- KIPP\.SECTIONS \(readiness\.sections\)/);
    expect(text).toContain('Rules: 0 added, 1 removed, 0 changed.');
  });

  it('wraps the same in a fenced diff block for Markdown', () => {
    expect(renderRulebookDiff(diff, 'id', 'md')).toMatch(
      /^## kipp-2018 → city-2018\n\n.*\n\n```diff\n/,
    );
  });

  it('says so when nothing differs', () => {
    const same = diffRulebooks(registry.resolve('kipp-2018'), registry.resolve('kipp-2018'));
    expect(renderRulebookDiff(same, 'en', 'table')).toBe(
      'kipp-2018 → kipp-2018: No difference in the rules.\n',
    );
  });
});

describe('renderValidation', () => {
  it('prints compiler-style lines with file:line:column', () => {
    const line = renderValidation(
      [
        {
          code: 'RULEBOOK.DATES.ORDER',
          severity: 'error',
          path: 'effective',
          message: { id: 'Tanggal terbalik', en: 'Dates out of order' },
          rule: { id: 'RULEBOOK.FORMAT', rulebook: 'x' },
          line: 6,
          column: 1,
        },
      ],
      'city.yaml',
      'en',
    );
    expect(line).toBe(
      'city.yaml:6:1: error RULEBOOK.DATES.ORDER: Dates out of order (effective)\n',
    );
  });
});

describe('renderNewestEditions', () => {
  const summary = (id: string, domain: string, from: string, to: string, status = 'historical') =>
    ({ id, domain, status, effective: { from, to } }) as unknown as RulebookSummary;

  it('names the newest edition per engine and says when today is past its window', () => {
    const text = renderNewestEditions(
      [
        summary('kipp-2023', 'readiness', '2023-01-01', '2023-12-31'),
        summary('kipp-2025', 'readiness', '2025-01-01', '2025-12-31'),
        summary('banten-kesiapan-2026', 'readiness', '2026-01-01', '2026-12-31', 'template'),
        summary('insentif-fiskal-2026', 'incentive', '2026-01-01', '2026-12-31', 'in-force'),
      ],
      '2026-12-07',
      'en',
    );
    expect(text).toContain(
      'readiness: kipp-2025 (historical, 2025-01-01…2025-12-31) — today is past its window (ended 2025-12-31)',
    );
    expect(text).toContain(
      'incentive: insentif-fiskal-2026 (in-force, 2026-01-01…2026-12-31) — today is within its window',
    );
    expect(text).not.toContain('banten-kesiapan-2026');
  });
});
