import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { inovasi, tempDir } from './helpers.js';

// Whole processes on a shared, loaded machine: generous time, no timing assertions.
vi.setConfig({ testTimeout: 60_000 });

const proposal = JSON.stringify({
  title: 'Si Dukung',
  agency: { name: 'Pemerintah Kota Cilegon', type: 'kota' },
  implementationStartDate: '2016-08-17',
});
const check = ['check', '-', '--rulebook', 'kipp-2021', '--as-of', '2021-03-01'];

describe('the compiled-code cache of the binary', () => {
  it('gives the same answer without a cache, writing it, using it, and with a damaged one', () => {
    const dir = join(tempDir(), 'cache');
    const off = inovasi(check, { input: proposal, env: { INOVASI_COMPILE_CACHE: 'off' } });
    expect(off.status).toBe(1);
    expect(off.stdout).toContain('KIPP.');
    const env = { INOVASI_COMPILE_CACHE: dir };
    const writing = inovasi(check, { input: proposal, env });
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^check-/);
    const using = inovasi(check, { input: proposal, env });
    const path = join(dir, files[0] ?? '');
    const bytes = readFileSync(path);
    bytes[bytes.length >> 1] = (bytes[bytes.length >> 1] ?? 0) ^ 0xff;
    writeFileSync(path, bytes);
    const damaged = inovasi(check, { input: proposal, env });
    for (const run of [writing, using, damaged]) expect(run).toEqual(off);
    // another command has its own cache; its answer is the same with it
    const list = inovasi(['rulebook', 'list', '--format', 'json'], { env });
    expect(inovasi(['rulebook', 'list', '--format', 'json'], { env })).toEqual(list);
    expect(
      readdirSync(dir)
        .sort()
        .map((f) => f.split('-')[0]),
    ).toEqual(['check', 'rulebook']);
  });

  it("keeps the cache in the user's own folder of the temporary directory, or nowhere", () => {
    const dir = tempDir();
    inovasi(check, { input: proposal, env: { INOVASI_COMPILE_CACHE: 'off', TMPDIR: dir } });
    expect(readdirSync(dir)).toEqual([]);
    inovasi(check, { input: proposal, env: { TMPDIR: dir } });
    const own = `inovasi-compile-cache-${process.getuid?.() ?? 'user'}`;
    expect(readdirSync(dir)).toEqual([own]);
    expect(readdirSync(join(dir, own))).toHaveLength(1);
  });
});
