/**
 * XLSX output wherever CSV output is offered (issue #17, point 10), through the built binary:
 * each workbook is read back and holds the same rows as the CSV; a cell a spreadsheet would run
 * as a formula is written as text with a leading `'`, as in the CSV; bytes never go to a
 * terminal; `--out` never overwrites without `--force`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it, vi } from 'vitest';
import { run } from '../main.js';
import { createTestIo } from '../test-io.js';
import { cilegonScoreArgs, inovasi, root, tempDir } from './helpers.js';

// Whole processes on a shared, loaded machine: generous time, no timing assertions.
vi.setConfig({ testTimeout: 120_000 });

/** Every sheet of a workbook as rows of text (empty cells as ''). */
async function readBook(file: string): Promise<Record<string, string[][]>> {
  const sheets = await readXlsxFile(readFileSync(file));
  const book: Record<string, string[][]> = {};
  for (const { sheet, data } of sheets)
    book[sheet] = data.map((row) => row.map((c) => (c === null ? '' : String(c))));
  return book;
}

/** CSV text as rows (quoted fields with commas and doubled quotes; no newlines inside cells). */
function csvRows(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .filter((l) => l !== '')
    .map((line) => {
      const cells: string[] = [];
      let cell = '';
      let quoted = false;
      for (let i = 0; i < line.length; i += 1) {
        const c = line.charAt(i);
        if (quoted && c === '"' && line.charAt(i + 1) === '"') {
          cell += '"';
          i += 1;
        } else if (c === '"') quoted = !quoted;
        else if (c === ',' && !quoted) {
          cells.push(cell);
          cell = '';
        } else cell += c;
      }
      cells.push(cell);
      return cells;
    });
}

/** Runs a command as CSV to stdout and as XLSX to a file; both must hold the same rows. */
async function sameRowsAsCsv(
  args: readonly string[],
  sheet: string,
  exits: readonly number[] = [0, 1, 3],
): Promise<string[][]> {
  const dir = tempDir();
  const csv = inovasi([...args, '--format', 'csv']);
  expect(exits).toContain(csv.status);
  const out = join(dir, 'out.xlsx');
  const xlsx = inovasi([...args, '--format', 'xlsx', '--out', out]);
  expect(xlsx.status).toBe(csv.status);
  expect(xlsx.stdout).toBe('');
  const book = await readBook(out);
  expect(Object.keys(book)).toEqual([sheet]);
  expect(book[sheet]).toEqual(csvRows(csv.stdout));
  return book[sheet] ?? [];
}

const data = join(root, 'apps/examples/data');

describe('--format xlsx holds the rows of --format csv', () => {
  it('check on a table of proposals', async () => {
    const rows = await sameRowsAsCsv(
      [
        'check',
        join(data, 'cilegon/proposals.csv'),
        '--rulebook',
        'kipp-2018',
        '--as-of',
        '2018-02-01',
      ],
      'Kesiapan',
    );
    expect(rows[0]).toEqual([
      'berkas',
      'status',
      'tingkat',
      'kode',
      'isian',
      'pesan',
      'perbaikan',
      'aturan',
      'sumber',
    ]);
    expect(rows.length).toBeGreaterThan(10);
  });

  it('score, iid, incentive allocate and rulebook list', async () => {
    await sameRowsAsCsv(cilegonScoreArgs(join(data, 'cilegon/panel/panel.yaml')), 'Peringkat');
    await sameRowsAsCsv(
      ['iid', join(data, 'cilegon/region/iid.yaml'), '--rulebook', 'iid-2026', '--lang', 'en'],
      'IID',
    );
    const dir = tempDir();
    const national = join(dir, 'daerah.csv');
    writeFileSync(
      national,
      'id,name,level,scores.stunting\n73.71,Kota Makassar,kota,2\n35.73,Kota Malang,kota,1\n',
    );
    const assumptions = join(dir, 'asumsi.json');
    writeFileSync(assumptions, JSON.stringify({ pots: { stunting: { byLevel: { kota: 300 } } } }));
    const allocation = await sameRowsAsCsv(
      [
        'incentive',
        'allocate',
        national,
        '--rulebook',
        'insentif-fiskal-2024',
        '--assumptions',
        assumptions,
      ],
      'Alokasi',
    );
    // a region id such as 73.71 stays text, never the number 73.71
    expect(allocation[1]?.[0]).toBe('73.71');
    await sameRowsAsCsv(['rulebook', 'list'], 'Rulebook');
  });

  it('rulebook replay neutralises a formula in a title, as the CSV does', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'p.json'),
      JSON.stringify({
        title: '=HYPERLINK("http://x.test","klik")',
        implementationStartDate: '2016-01-01',
      }),
    );
    const rows = await sameRowsAsCsv(
      [
        'rulebook',
        'replay',
        'kipp-2018',
        join(data, 'cilegon/cilegon-lomba-2018.yaml'),
        join(dir, 'p.json'),
        '--as-of',
        '2018-02-01',
      ],
      'Replay',
    );
    expect(rows[1]?.[0]).toMatch(/^'=HYPERLINK\(/);
  });

  it('report writes its tables, one sheet each', async () => {
    const dir = tempDir();
    const out = join(dir, 'laporan.xlsx');
    const r = inovasi([
      'report',
      join(data, 'cilegon/proposals.csv'),
      '--rulebook',
      'kipp-2018',
      '--as-of',
      '2018-02-01',
      '--format',
      'xlsx',
      '--out',
      out,
    ]);
    expect(r.status).toBe(0);
    const book = await readBook(out);
    expect(Object.keys(book)[0]).toBe('Ringkasan');
    expect(book.Ringkasan?.[0]).toEqual(['Proposal', 'Status', 'Temuan']);
    expect(book.Ringkasan?.length).toBe(19);
  });
});

describe('where the bytes go', () => {
  it('never to a terminal; to a pipe they go whole; --out is never overwritten without --force', async () => {
    const args = ['rulebook', 'list', '--format', 'xlsx'];
    const tty = createTestIo({ tty: true, env: {} });
    expect(await run(args, tty)).toBe(2);
    expect(tty.out()).toBe('');
    expect(tty.err()).toContain('XLSX adalah berkas biner');

    const piped = inovasi(args);
    expect(piped.status).toBe(0);
    expect(piped.stdout.startsWith('PK')).toBe(true);

    const dir = tempDir();
    const out = join(dir, 'daftar.xlsx');
    writeFileSync(out, 'keep me');
    const refused = inovasi([...args, '--out', out]);
    expect(refused.status).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect(inovasi([...args, '--out', out, '--force']).status).toBe(0);
    expect(Object.keys(await readBook(out))).toEqual(['Rulebook']);
  });
});
