import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostileDir } from '@inovasi/test-utils';
import { describe, expect, it } from 'vitest';
import { run } from '../main.js';
import { createTestIo } from '../test-io.js';

function replayIn(cwd: string, inputs: string, format: string, extra: string[] = []) {
  const io = createTestIo({ cwd });
  return run(
    ['rulebook', 'replay', 'kipp-2018', 'kipp-2021', inputs, '--format', format, ...extra],
    io,
  ).then((code) => ({ code, out: io.out(), err: io.err() }));
}

describe('rulebook replay on a refused input', () => {
  it.each(['json', 'table', 'csv', 'md'])(
    '--format %s: exit 2, the reason on stderr, nothing on stdout',
    async (format) => {
      const r = await replayIn(hostileDir, 'proto-header.csv', format);
      expect(r.code).toBe(2);
      expect(r.err).toContain('proto-header.csv');
      expect(r.err).toContain('__proto__');
      expect(r.out).toBe('');
    },
  );

  it('--out writes no file when nothing was replayed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inovasi-replay-refused-'));
    copyFileSync(join(hostileDir, 'invalid-utf8.json'), join(dir, 'in.json'));
    const r = await replayIn(dir, 'in.json', 'xlsx', ['--out', 'replay.xlsx']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('in.json');
    expect(r.out).toBe('');
    expect(existsSync(join(dir, 'replay.xlsx'))).toBe(false);
  });

  it('a directory with one refused file still reports the inputs it could read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inovasi-replay-mixed-'));
    writeFileSync(join(dir, 'bad.json'), '{"title": ');
    writeFileSync(join(dir, 'good.json'), JSON.stringify({ title: 'Layanan Keliling' }));
    const r = await replayIn(dir, '.', 'json');
    expect(r.code).toBe(2);
    expect(r.err).toContain('bad.json');
    const rows = (JSON.parse(r.out) as { rows: { input: string }[] }).rows;
    expect(rows.map((row) => row.input)).toEqual(['Layanan Keliling (good.json)']);
  });
});
