/**
 * Issue #14, defects 2 and 3, per command through the built binary (a real process, as a user
 * runs it): a CSV or XLSX header naming `__proto__`, `constructor` or `prototype` is refused (exit 2,
 * the file and column named, nothing on stdout) by `check`, `report` and `rulebook replay`; and
 * every text a user controls that would start a spreadsheet formula (`=`, `+`, `-`, `@`, a tab,
 * a carriage return) comes out of `incentive allocate`, `score`, `rulebook replay` and
 * `check <dir>` neutralised with a leading `'`, in the CSV and in the XLSX alike.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { cilegonScoreArgs, inovasi, root, tempDir } from './helpers.js';

// Whole processes on a shared, loaded machine: generous time, no timing assertions.
vi.setConfig({ testTimeout: 180_000 });

const data = join(root, 'apps/examples/data/cilegon');

/** The texts a spreadsheet would run as a formula, one per dangerous first character. */
const FORMULAS = [
  '=HYPERLINK("http://x.test","klik")',
  '+1+1',
  '-2+3',
  '@SUM(A1)',
  '\t=1+1',
  '\r=1+1',
] as const;

/** A cell a spreadsheet would read as a formula (plain numbers such as `-12` are not). */
const FORMULA_CELL = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

/** RFC 4180 CSV as rows (quoted fields may hold commas, quotes, tabs and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text.charAt(i + 1) === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text.charAt(i + 1) === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** A fresh directory holding each value as a JSON file of the given name. */
function jsonFiles(files: readonly (readonly [string, unknown])[]): string {
  const dir = join(tempDir(), 'usulan');
  mkdirSync(dir);
  for (const [name, value] of files) writeFileSync(join(dir, name), JSON.stringify(value));
  return dir;
}

/** Every sheet's cells of a workbook, as text. */
async function xlsxCells(file: string): Promise<string[]> {
  const sheets = await readXlsxFile(readFileSync(file));
  return sheets.flatMap(({ data: rows }) =>
    rows.flatMap((r) => r.map((c) => (c === null ? '' : String(c)))),
  );
}

/** No cell starts a formula; each hostile text is there, neutralised. */
function expectNeutralised(cells: readonly string[], texts: readonly string[]): void {
  for (const cell of cells)
    expect(FORMULA_CELL.test(cell) && !PLAIN_NUMBER.test(cell), JSON.stringify(cell)).toBe(false);
  for (const text of texts)
    expect(
      cells.some((cell) => cell.startsWith(`'${text}`)),
      `${JSON.stringify(text)} neutralised`,
    ).toBe(true);
}

/**
 * Runs a command as CSV on stdout and as XLSX to a file: both exit alike, and both hold every
 * hostile text neutralised and no formula cell.
 */
async function expectSafeOutputs(
  args: readonly string[],
  texts: readonly string[],
  options: { cwd?: string } = {},
): Promise<void> {
  const csv = inovasi([...args, '--format', 'csv'], options);
  expect([0, 1, 3], csv.stderr).toContain(csv.status);
  expectNeutralised(parseCsv(csv.stdout).flat(), texts);
  const out = join(tempDir(), 'out.xlsx');
  const xlsx = inovasi([...args, '--format', 'xlsx', '--out', out], options);
  expect(xlsx.status, xlsx.stderr).toBe(csv.status);
  expectNeutralised(await xlsxCells(out), texts);
}

describe('defect 2: a header key that would pollute Object.prototype, per command', () => {
  const dir = tempDir();
  const tables = {
    'proto.csv': ['title,__proto__.polluted\nA,1\nB,2\n', 'column 2 ("__proto__.polluted")'],
    'ctor.csv': ['title,constructor\nA,1\n', 'column 2 ("constructor")'],
    'proto-in-path.csv': ['title,agency.prototype\nA,1\n', 'column 2 ("agency.prototype")'],
    'array.csv': ['title,__proto__[]\nA,1\n', 'column 2 ("__proto__[]")'],
  } as const;
  for (const [name, [text]] of Object.entries(tables)) writeFileSync(join(dir, name), text);
  const workbook = 'proto.xlsx';
  const workbookPlace = 'proto.xlsx, sheet Usulan: row 1, column 2 ("__proto__.polluted")';

  beforeAll(async () => {
    const { default: writeXlsxFile } = await import('write-excel-file/node');
    await writeXlsxFile(
      [
        [{ value: 'title' }, { value: '__proto__.polluted' }],
        [{ value: 'A' }, { value: '1' }],
      ],
      { sheet: 'Usulan' },
    ).toFile(join(dir, workbook));
  });

  const commands = {
    check: (file: string) => ['check', file, '--rulebook', 'kipp-2021', '--format', 'json'],
    report: (file: string) => [
      'report',
      file,
      '--rulebook',
      'kipp-2021',
      '--out',
      join(dir, `${file}.html`),
    ],
    'rulebook replay': (file: string) => [
      'rulebook',
      'replay',
      'kipp-2018',
      join(data, 'cilegon-lomba-2018.yaml'),
      file,
      '--format',
      'json',
    ],
  } as const;

  for (const [command, argsFor] of Object.entries(commands))
    it(`${command}: exit 2 naming the file and the column, no output, no stack trace`, () => {
      const cases: [string, string][] = [
        ...Object.entries(tables).map(([file, [, column]]): [string, string] => [
          file,
          `${file}: row 1, ${column}`,
        ]),
        [workbook, workbookPlace],
      ];
      for (const [file, place] of cases) {
        const r = inovasi(argsFor(file), { cwd: dir, env: { LANG: 'en_US.UTF-8' } });
        expect(r.status, `${file}: ${r.stderr}`).toBe(2);
        expect(r.stderr).toContain(place);
        expect(r.stderr).toContain('cannot name a field');
        expect(r.stderr).not.toMatch(/\n\s+at /);
        expect(r.stdout).toBe('');
      }
      if (command === 'report') expect(existsSync(join(dir, 'proto.csv.html'))).toBe(false);
    });
});

describe('defect 3: no output cell starts a formula, per command, in CSV and XLSX', () => {
  it('incentive allocate: region names', async () => {
    const dir = tempDir();
    // JSON keeps a leading tab or carriage return that a CSV reader would trim
    writeFileSync(
      join(dir, 'daerah.json'),
      JSON.stringify({
        regions: FORMULAS.map((name, i) => ({
          id: `r${i}`,
          name,
          level: 'kota',
          scores: { stunting: i + 1 },
        })),
      }),
    );
    writeFileSync(
      join(dir, 'asumsi.json'),
      JSON.stringify({ pots: { stunting: { byLevel: { kota: 300 } } } }),
    );
    await expectSafeOutputs(
      [
        'incentive',
        'allocate',
        join(dir, 'daerah.json'),
        '--rulebook',
        'insentif-fiskal-2024',
        '--assumptions',
        join(dir, 'asumsi.json'),
      ],
      FORMULAS,
    );
  });

  it('score: entry titles', async () => {
    const dir = tempDir();
    const panel = readFileSync(join(data, 'panel/panel.yaml'), 'utf8');
    const titles = [
      'Layanan Adminduk Keliling (Si Dukung)',
      'Izin Usaha Mikro Sehari Jadi',
      'Bank Sampah Digital',
      'Rekam Medis Elektronik RSUD',
      'Nelayan Cerdas Cuaca',
      'Ambulans Desa Gratis',
    ];
    let hostile = panel;
    titles.forEach((title, i) => {
      hostile = hostile.replace(`title: ${title}`, `title: ${JSON.stringify(FORMULAS[i])}`);
    });
    expect(hostile).not.toBe(panel);
    writeFileSync(join(dir, 'panel.yaml'), hostile);
    await expectSafeOutputs(cilegonScoreArgs(join(dir, 'panel.yaml')), FORMULAS);
  });

  it('rulebook replay: proposal titles', async () => {
    // one proposal per file: replay names each row by the proposal's title
    const dir = jsonFiles(
      FORMULAS.map((title, i) => [`p${i}.json`, { title, implementationStartDate: '2016-01-01' }]),
    );
    await expectSafeOutputs(
      [
        'rulebook',
        'replay',
        'kipp-2018',
        join(data, 'cilegon-lomba-2018.yaml'),
        dir,
        '--as-of',
        '2018-02-01',
      ],
      FORMULAS,
    );
  });

  it('check <dir>: file names', async () => {
    const names = FORMULAS.map((f) => `${f.replaceAll('/', '_')}.json`);
    const dir = jsonFiles(names.map((name, i) => [name, { title: `Layanan Keliling ${i}` }]));
    // `check .` names each proposal by its file name, so the name starts the cell
    await expectSafeOutputs(['check', '.', '--rulebook', 'kipp-2021'], names, { cwd: dir });
  });
});
