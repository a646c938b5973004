import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { hostileDir, hostileFiles, hostileString } from '@inovasi/test-utils';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../main.js';
import { createTestIo } from '../test-io.js';
import { inovasi } from './helpers.js';

const STACK = /\n\s+at [\w.<>]+ \(|\n\s+at file:/;
const DOMAIN_EXITS = [0, 1, 2, 3];

/** No cell of CSV output may start a formula (neutralised cells start with `'`). */
function expectNoFormulaCell(csv: string): void {
  for (const line of csv.split(/\r?\n/))
    for (const cell of line.split(','))
      expect(/^[=+@\t\r]|^-(?!\d+(?:[.,]\d+)?$)/.test(cell), cell).toBe(false);
}

async function check(cwd: string, file: string, format: string) {
  const io = createTestIo({ cwd });
  const code = await run(['check', file, '--rulebook', 'kipp-2021', '--format', format], io);
  return { code, out: io.out(), err: io.err() };
}

describe('the hostile corpus through the CLI (issue #14)', () => {
  const files = hostileFiles();

  it('holds dozens of files', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(files)(
    '%s: a domain exit code, no stack trace, safe CSV and Markdown',
    async (file) => {
      for (const format of ['json', 'csv', 'md', 'table']) {
        const { code, out, err } = await check(hostileDir, file, format);
        expect(DOMAIN_EXITS, `${format}: ${err}`).toContain(code);
        expect(err).not.toContain('internal error');
        expect(err).not.toMatch(STACK);
        if (format === 'csv') expectNoFormulaCell(out);
        if (format === 'md') expect(out).not.toMatch(/<(?:script|img|b)\b/i);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
    60_000,
  );

  it('the built binary survives every corpus file (a real process: no crash, no exit 70)', () => {
    for (const file of files) {
      const result = inovasi(['check', join(hostileDir, file), '--rulebook', 'kipp-2021']);
      expect(DOMAIN_EXITS, `${file}: ${result.stderr}`).toContain(result.status);
      expect(result.stderr).not.toMatch(STACK);
    }
  }, 300_000);
});

describe('generated hostile input through the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'inovasi-hostile-gen-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('a 900 KB title of "<a" repeated and 10,000 copies of one proposal are answered', async () => {
    writeFileSync(join(dir, 'long-title.json'), JSON.stringify({ title: '<a'.repeat(450_000) }));
    writeFileSync(
      join(dir, 'copies.json'),
      JSON.stringify({
        proposals: Array.from({ length: 10_000 }, () => ({ title: 'Layanan Adminduk Keliling' })),
      }),
    );
    for (const file of ['long-title.json', 'copies.json']) {
      const { code, err } = await check(dir, file, 'csv');
      expect(DOMAIN_EXITS, err).toContain(code);
      expect(err).not.toContain('internal error');
    }
  }, 300_000);

  it('CSV cells of any hostile text come back safe', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileString, { minLength: 1, maxLength: 5 }), async (titles) => {
        const csv = `id,title\n${titles
          .map((t, i) => `p${i},"${t.replaceAll('"', '""')}"`)
          .join('\n')}\n`;
        writeFileSync(join(dir, 'gen.csv'), csv);
        for (const format of ['csv', 'md']) {
          const { code, out, err } = await check(dir, 'gen.csv', format);
          expect(DOMAIN_EXITS, err).toContain(code);
          expect(err).not.toContain('internal error');
          if (format === 'csv') expectNoFormulaCell(out);
          if (format === 'md') expect(out).not.toMatch(/<script/i);
        }
      }),
      { numRuns: 40 },
    );
  }, 300_000);
});
