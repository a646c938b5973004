import { builtinRegistry } from '@inovasi/core/registry';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderOverlayTemplate } from './init.js';

describe('renderOverlayTemplate', () => {
  for (const summary of builtinRegistry.list()) {
    it(`writes a valid, commented overlay of ${summary.id}`, () => {
      const parent = builtinRegistry.resolve(summary.id);
      const text = renderOverlayTemplate(parent, { id: 'cilegon-lomba-2026', from: '2026-01-01' });
      const report = builtinRegistry.validate(parse(text));
      // Only the dates it would inherit from an edition that ended before 2026 are flagged.
      expect(report.findings.filter((f) => f.code !== 'RULEBOOK.DATES.INHERITED')).toEqual([]);
      for (const f of report.findings) {
        expect(f.severity).toBe('warning');
        expect(text).toContain(`! ${f.message.id.split(' ')[1] ?? ''} = `);
      }
      expect(report.valid).toBe(true);
      expect(text).toContain(`extends: ${summary.id}`);
      for (const rule of parent.rules) expect(text).toContain(`# - ${rule.id} (`);
      for (const id of Object.keys(parent.parameters)) expect(text).toContain(`# - ${id} — `);
    });
  }

  it('becomes a valid overlay with a changed value once the example is uncommented', () => {
    const parent = builtinRegistry.resolve('kipp-2018');
    const text = renderOverlayTemplate(parent, { id: 'city-2026', from: '2026-01-01' });
    const uncommented = text
      .replace('parameters: []\n', '')
      .replace(
        /^# parameters:\n((?:# {3}.*\n)+)/m,
        (_m, body: string) => `parameters:\n${body.replace(/^# /gm, '')}`,
      );
    const report = builtinRegistry.validate(parse(uncommented));
    expect(report.valid).toBe(true);
    expect(report.rulebook?.parameters).toHaveLength(1);
  });
});
