import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinRegistry } from '@inovasi/core/registry';
import { createReadinessChecker } from '@inovasi/core/readiness';
import { describe, expect, it } from 'vitest';
import { run } from '../main.js';
import { useZodLanguage } from '../messages.js';
import { createTestIo } from '../test-io.js';

/** A batch with a repeated title (a batch rule speaks of both copies) and two unreadable items. */
const proposals = [
  { id: 'a', title: 'Si Cantik', agency: { name: 'Kota A', type: 'kota' }, group: 'umum' },
  { id: 'b', title: 'si cantik!', agency: { name: 'Kota A', type: 'kota' }, group: 'umum' },
  { id: 'c', title: 5 },
  null,
  { title: 'Pojok Baca', agency: { name: 'Kota A', type: 'kota' }, tittle: 'typo' },
];
const asOf = '2021-03-01';

function batchFile(list: readonly unknown[]): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'inovasi-batch-'));
  writeFileSync(join(dir, 'usulan.json'), JSON.stringify({ proposals: list }));
  return { dir, file: 'usulan.json' };
}

const check = async (cwd: string, ...args: string[]) => {
  const writes: string[] = [];
  const io = createTestIo({ cwd });
  const code = await run(['check', ...args, '--rulebook', 'kipp-2021', '--as-of', asOf], {
    ...io,
    stdout: (text) => {
      writes.push(text);
      io.stdout(text);
    },
  });
  return { code, out: io.out(), err: io.err(), writes };
};

describe('check on a batch writes each result as it comes (issue #14)', () => {
  it('--format json is the whole batch as JSON.stringify writes it, each item named', async () => {
    const { dir, file } = batchFile(proposals);
    const { code, out, err } = await check(dir, file, '--format', 'json');
    // the same batch through the core, with zod speaking the CLI's English as in the run
    const restore = useZodLanguage('en');
    const batch = createReadinessChecker(builtinRegistry.resolve('kipp-2021'), {
      asOf,
    }).checkBatch(proposals);
    restore();
    const names = ['#1 (a)', '#2 (b)', '#3 (c)', '#4', '#5'].map((n) => `usulan.json${n}`);
    const whole = {
      ...batch,
      items: batch.items.map((item) => ({ file: names[item.index], ...item })),
    };
    expect(out).toBe(`${JSON.stringify(whole, null, 2)}\n`);
    expect(code).toBe(2);
    // each unreadable proposal is named once on standard error
    expect(err.match(/usulan\.json#3 \(c\)/g)).toHaveLength(1);
    expect(err.match(/usulan\.json#4/g)).toHaveLength(1);
  });

  it('an empty result list and a batch of unreadable proposals stay valid JSON', async () => {
    const { dir, file } = batchFile([{ title: 5 }, null]);
    const { code, out } = await check(dir, file, '--format', 'json');
    expect(code).toBe(2);
    const parsed = JSON.parse(out) as { items: unknown[]; summary: { invalid: number } };
    expect(parsed.items).toHaveLength(2);
    expect(parsed.summary.invalid).toBe(2);
  });

  it('a large batch reaches standard output in many writes, not one string', async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ title: `Layanan Keliling ${i}` }));
    const { dir, file } = batchFile(many);
    for (const format of ['json', 'csv', 'md', 'table']) {
      const { out, writes } = await check(dir, file, '--format', format);
      expect(writes.length, format).toBeGreaterThan(1);
      // no write much longer than the chunk (64 K characters) plus one proposal's text
      expect(Math.max(...writes.map((w) => w.length)), format).toBeLessThan(200_000);
      expect(writes.join(''), format).toBe(out);
    }
  });

  it('--out is written whole at the end: refused before any work when it exists, no temporary left', async () => {
    const { dir, file } = batchFile(proposals);
    const first = await check(dir, file, '--format', 'csv', '--out', 'hasil.csv');
    expect(first.out).toBe('');
    const stdout = await check(dir, file, '--format', 'csv');
    expect(readFileSync(join(dir, 'hasil.csv'), 'utf8')).toBe(stdout.out);
    writeFileSync(join(dir, 'hasil.csv'), 'keep me');
    const refused = await check(dir, file, '--format', 'csv', '--out', 'hasil.csv');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('hasil.csv: the file exists');
    // refused before checking: no proposal's error was printed
    expect(refused.err).not.toContain('usulan.json#3');
    expect(readFileSync(join(dir, 'hasil.csv'), 'utf8')).toBe('keep me');
    const forced = await check(dir, file, '--format', 'csv', '--out', 'hasil.csv', '--force');
    expect(forced.code).toBe(stdout.code);
    expect(readFileSync(join(dir, 'hasil.csv'), 'utf8')).toBe(stdout.out);
    expect(readdirSync(dir).sort()).toEqual(['hasil.csv', 'usulan.json']);
    const missing = await check(dir, file, '--format', 'json', '--out', 'nope/hasil.json');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('nope/hasil.json: the folder does not exist');
    expect(existsSync(join(dir, 'nope'))).toBe(false);
  });
});
