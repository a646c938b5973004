import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../main.js';
import { createTestIo } from '../test-io.js';
import { MAX_XLSX_EXPANDED_BYTES, zipExpandedSize } from './zip-guard.js';

const dir = mkdtempSync(join(tmpdir(), 'inovasi-stream-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function check(...args: string[]) {
  const io = createTestIo({ cwd: dir });
  const code = await run(
    ['check', ...args, '--rulebook', 'kipp-2021', '--as-of', '2021-03-01'],
    io,
  );
  return { code, out: io.out(), err: io.err() };
}

describe('check --stream (issue #14: national batches in flat memory)', () => {
  it('writes one JSON line per proposal of a CSV, then a summary line', async () => {
    const rows = Array.from({ length: 3_000 }, (_, i) => `p${i},Layanan ${i},Dinas ${i % 7},umum`);
    writeFileSync(join(dir, 'big.csv'), `id,title,agency.name,group\n${rows.join('\n')}\n`);
    const { code, out, err } = await check('big.csv', '--stream', '--format', 'json');
    expect(err).toBe('');
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(3_001);
    const first = JSON.parse(lines[0] ?? '') as { file: string; result: { kind: string } };
    expect(first.file).toBe('big.csv, row 2');
    expect(first.result.kind).toBe('readiness');
    const summary = JSON.parse(lines.at(-1) ?? '') as Record<string, unknown>;
    expect(summary).toMatchObject({
      kind: 'readiness-stream-summary',
      proposals: 3_000,
      batchRules: 'not-checked',
    });
    expect([1, 3]).toContain(code);
  });

  it('streams .jsonl input by itself, naming each line; a bad line does not stop the rest', async () => {
    writeFileSync(join(dir, 'p.jsonl'), '{"title":"A"}\n\n{"title": }\n{"title":"C"}\n');
    const { code, out, err } = await check('p.jsonl', '--format', 'csv');
    expect(err).toContain('p.jsonl:3:11: invalid JSON');
    expect(code).toBe(2);
    expect(out).toContain('p.jsonl:1');
    expect(out).toContain('p.jsonl:4');
    expect(out.match(/^severity|^tingkat|^file|^berkas/gim)?.length ?? 1).toBeLessThanOrEqual(1);
  });

  it('refuses a workbook that declares more than it may expand to, naming the file', async () => {
    // a minimal ZIP: one central-directory entry declaring 300 MB, then the end record
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const central = Buffer.alloc(46 + name.length);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(300 * 1024 * 1024, 24);
    central.writeUInt16LE(name.length, 28);
    name.copy(central, 46);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(central.length, 12);
    end.writeUInt32LE(0, 16);
    const zip = Buffer.concat([central, end]);
    expect(zipExpandedSize(zip)?.bytes).toBeGreaterThan(MAX_XLSX_EXPANDED_BYTES);
    writeFileSync(join(dir, 'bomb.xlsx'), zip);
    const { code, err } = await check('bomb.xlsx');
    expect(code).toBe(2);
    expect(err).toContain('bomb.xlsx: the workbook expands to 300 MB');
  });
});
