import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { inovasi as inovasiIn, tempDir, type Run } from './helpers.js';

/** These tests read the English texts: the locale says English (language.e2e tests the default). */
function inovasi(
  args: readonly string[],
  options: { cwd?: string; input?: string; env?: Record<string, string> } = {},
): Run {
  return inovasiIn(args, { ...options, env: { LANG: 'en_US.UTF-8', ...options.env } });
}

// Whole processes on a shared, loaded machine: generous time, no timing assertions.
vi.setConfig({ testTimeout: 60_000 });

const proposals = 'apps/examples/data/cilegon/proposals.csv';
const overlay = 'apps/examples/data/cilegon/cilegon-lomba-2018.yaml';
/** What the city overlay needs besides the dates (it decides every rule it keeps). */
const base = {
  agency: { name: 'Pemerintah Kota Cilegon', type: 'kota' },
  unit: 'Dinas Kependudukan dan Pencatatan Sipil',
  category: 'pelayanan-publik',
  sdgs: [16],
  awards: [],
};
const ready = JSON.stringify({
  ...base,
  title: 'Si Dukung',
  implementationStartDate: '2016-08-17',
});
const young = JSON.stringify({
  ...base,
  title: 'Pojok Baca',
  implementationStartDate: '2017-07-01',
});
const city = ['--rulebook', overlay, '--as-of', '2018-02-01'];
const asOf = ['--as-of', '2018-02-01'];
const csvHeader =
  'title,agency.name,agency.type,unit,category,sdgs[],awards[],implementationStartDate';
const csvRow = (title: string, start: string): string =>
  `${title},Pemerintah Kota Cilegon,kota,Disdukcapil,pelayanan-publik,16,,${start}`;
interface Batch {
  items: { file: string; result: { status: string } }[];
}

describe('inovasi (the built binary)', () => {
  it('--version prints the version, exit 0', () => {
    const r = inovasi(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('check: exit 0 ready, 1 not ready, 3 indeterminate — in text, json and md', () => {
    const ok = inovasi(['check', '-', ...city, '--lang', 'id'], { input: ready });
    expect([ok.status, ok.stdout]).toEqual([0, expect.stringContaining('Siap diajukan')]);
    const no = inovasi(['check', '-', ...city, '--format', 'json'], { input: young });
    expect(no.status).toBe(1);
    expect(JSON.parse(no.stdout)).toMatchObject({ status: 'not-ready' });
    // The national 2018 edition does not know its attachment list: a person must check.
    const unsure = inovasi(
      ['check', '-', '--rulebook', 'kipp-2018', ...asOf, '--format', 'md', '--lang', 'en'],
      { input: ready },
    );
    expect(unsure.status).toBe(3);
    expect(unsure.stdout).toContain('KIPP.ATTACHMENTS.UNKNOWN');
  });

  it('reads YAML and CSV from stdin, and one proposal per CSV row with the row in its name', () => {
    const yaml = inovasi(['check', '-', ...city, '--format', 'json'], {
      input: `title: Si Dukung\nimplementationStartDate: 2016-08-17\n${Object.entries(base)
        .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
        .join('\n')}\n`,
    });
    expect(yaml.status).toBe(0);
    const csv = inovasi(['check', proposals, ...city, '--format', 'json']);
    const results = (JSON.parse(csv.stdout) as Batch).items;
    expect(results).toHaveLength(18);
    expect(results[0]?.file).toBe(`${proposals}, row 2`);
    const piped = inovasi(['check', '-', ...city, '--format', 'json'], {
      input: `${csvHeader}\n${csvRow('Si Dukung', '2016-08-17')}\n${csvRow('Pojok Baca', '2017-07-01')}\n`,
    });
    expect(piped.status).toBe(1);
    expect((JSON.parse(piped.stdout) as Batch).items.map((x) => [x.file, x.result.status])).toEqual(
      [
        ['<stdin>, row 2', 'ready'],
        ['<stdin>, row 3', 'not-ready'],
      ],
    );
  });

  it('reads an XLSX workbook, naming the sheet and row', async () => {
    const { default: writeXlsxFile } = await import('write-excel-file/node');
    const dir = tempDir();
    const file = join(dir, 'usulan.xlsx');
    const rows = [csvHeader, csvRow('Si Dukung', '2016-08-17'), csvRow('Pojok Baca', '2017-07-01')];
    await writeXlsxFile(
      rows.map((line) => line.split(',').map((value) => (value === '' ? null : { value }))),
      { sheet: 'Usulan' },
    ).toFile(file);
    const r = inovasi(['check', file, ...city, '--format', 'json']);
    expect(r.status).toBe(1);
    const results = (JSON.parse(r.stdout) as Batch).items;
    expect(results.map((x) => [x.file.replace(dir, ''), x.result.status])).toEqual([
      ['/usulan.xlsx, sheet Usulan, row 2', 'ready'],
      ['/usulan.xlsx, sheet Usulan, row 3', 'not-ready'],
    ]);
  });

  it('a bad file of each format: one clear line naming the place, exit 2, nothing on stdout', () => {
    const dir = tempDir();
    const files: Record<string, [string, RegExp]> = {
      'bad.json': ['{"title": "x",\n "implementationStartDate" 1}', /bad\.json:2:28: invalid JSON/],
      'bad.yaml': ['title: x\n  implementationStartDate: [1\n', /bad\.yaml:\d+:\d+: invalid YAML/],
      'bad.csv': [
        'title,implementationStartDate\n"Si Dukung,2016-08-17\n',
        /bad\.csv: row 2: a quoted field is not closed/,
      ],
      'bad.xlsx': ['PK not really a workbook', /bad\.xlsx: not a readable XLSX workbook/],
    };
    for (const [name, [text, message]] of Object.entries(files)) {
      writeFileSync(join(dir, name), text);
      const r = inovasi(['check', name, '--rulebook', 'kipp-2018', ...asOf], { cwd: dir });
      expect({ name, status: r.status, stdout: r.stdout }).toEqual({ name, status: 2, stdout: '' });
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
    }
  });

  it('a field problem names the field, exit 2', () => {
    const r = inovasi(['check', '-', ...city], {
      input: '{"implementationStartDate": "2017-02-30"}',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('implementationStartDate');
  });

  it('usage errors: unknown option, bad --format, missing --rulebook — exit 2', () => {
    expect(inovasi(['check', '-', '--rulbook', 'kipp-2018']).status).toBe(2);
    const format = inovasi(['rulebook', 'list', '--format', 'xml']);
    expect([format.status, format.stderr]).toEqual([
      2,
      expect.stringContaining('--format must be one of table, json, csv, md'),
    ]);
    expect(inovasi(['check', '-'], { input: ready }).stderr).toContain('--rulebook is required');
  });

  it('rulebook list in text, json and csv', () => {
    expect(inovasi(['rulebook', 'list', '--lang', 'id']).stdout).toMatch(/^id\s+mesin\s+status/);
    expect(JSON.parse(inovasi(['rulebook', 'list', '--format', 'json']).stdout)).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'kipp-2018' })]),
    );
    const csv = inovasi(['rulebook', 'list', '--format', 'csv', '--lang', 'en']).stdout;
    expect(csv.split('\r\n')[0]).toBe('id,engine,status,effective,unknown,legal basis,title');
  });

  it('rulebook validate points at file:line:column in YAML and JSON, exit 1', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'city.yaml'),
      'id: city-2026\nextends: kipp-2018\ntitle: { id: x, en: x }\ndomain: readiness\nissuer: Bappeda\neffective:\n  from: 2026-12-01\n  to: 2026-01-31\ndisable:\n  rules: [KIPP.NOPE]\n',
    );
    const yaml = inovasi(['rulebook', 'validate', 'city.yaml', '--lang', 'en'], { cwd: dir });
    expect(yaml.status).toBe(1);
    expect(yaml.stdout).toContain('city.yaml:6:1: error RULEBOOK.DATES.ORDER');
    expect(yaml.stdout).toContain('city.yaml:10:11: error RULEBOOK.DISABLE.UNKNOWN');
    writeFileSync(
      join(dir, 'city.json'),
      '{\n  "id": "city",\n  "title": {"id": "a", "en": "b"},\n  "domain": "readiness",\n  "issuer": "B",\n  "effective": {"from": "2026-13-01"}\n}\n',
    );
    const json = inovasi(['rulebook', 'validate', 'city.json', '--format', 'json'], { cwd: dir });
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      valid: false,
      findings: [{ code: 'RULEBOOK.SCHEMA', path: 'effective.from', line: 6, column: 17 }],
    });
  });

  it('rulebook diff and replay show what the city overlay changes and who loses', () => {
    const diff = inovasi(['rulebook', 'diff', 'kipp-2018', overlay, '--format', 'json']);
    expect(diff.status).toBe(0);
    expect(JSON.parse(diff.stdout)).toMatchObject({
      parameters: [
        { id: 'kipp.categories', change: 'changed' },
        { id: 'kipp.registration-close', change: 'changed' },
      ],
      rules: [
        { id: 'KIPP.ATTACHMENTS', change: 'removed' },
        { id: 'KIPP.SECTIONS', change: 'removed' },
      ],
    });
    const replay = inovasi([
      'rulebook',
      'replay',
      'kipp-2018',
      overlay,
      proposals,
      '--as-of',
      '2018-02-01',
      '--format',
      'json',
    ]);
    expect(replay.status).toBe(0);
    const losers = (JSON.parse(replay.stdout) as { rows: { input: string; change: string }[] }).rows
      .filter((i) => i.change === 'loses')
      .map((i) => i.input);
    expect(losers).toEqual([
      `Antar Jemput Lansia ke Puskesmas (${proposals}, row 6)`,
      `Satpol PP Menyapa (${proposals}, row 15)`,
    ]);
    const csv = inovasi([
      'rulebook',
      'replay',
      'kipp-2018',
      overlay,
      proposals,
      '--as-of',
      '2018-02-01',
      '--format',
      'csv',
      '--lang',
      'en',
    ]);
    expect(csv.stdout.split('\r\n')[0]).toBe('input,kipp-2018,cilegon-lomba-2018,change');
  });

  it('rulebook test runs the shared KIPP cases and the city overlay cases; a failing case exits 1', () => {
    const shared = inovasi(['rulebook', 'test', 'packages/test-utils/fixtures/readiness']);
    expect(shared.stdout).toMatch(/\n(\d+) passed, 0 failed\n$/);
    expect(shared.status).toBe(0);
    expect(inovasi(['rulebook', 'test', 'apps/examples/data/cilegon/cases.yaml']).status).toBe(0);
    const dir = tempDir();
    writeFileSync(
      join(dir, 'cases.yaml'),
      '- name: wrong on purpose\n  rulebook: kipp-2018\n  asOf: 2018-03-01\n  input: { implementationStartDate: 2017-07-01 }\n  expected: { status: ready }\n',
    );
    const failing = inovasi(['rulebook', 'test', 'cases.yaml', '--lang', 'en'], { cwd: dir });
    expect(failing.status).toBe(1);
    expect(failing.stdout).toContain('status: expected "ready", got "not-ready"');
    expect(failing.stdout).toContain('0 passed, 1 failed');
  });

  it("rulebook test runs every engine's shared cases through the core contract", () => {
    for (const domain of ['readiness', 'scoring', 'iid', 'incentive']) {
      const r = inovasi(['rulebook', 'test', `packages/test-utils/fixtures/${domain}`]);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(/\n[1-9]\d* passed, 0 failed\n$/);
      expect(r.status).toBe(0);
    }
  });

  it('rulebook test runs scoring cases too (a subset of the score JSON)', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'panel-cases.yaml'),
      [
        '- name: an entry nobody scored needs review under the Banten criteria',
        '  rulebook: banten-kompetisi-2024',
        '  asOf: 2024-06-01',
        '  options: { resamples: "0" }',
        '  input:',
        '    entries: [{ id: A }, { id: B }]',
        '    judges: [{ id: M1 }]',
        '    sheets:',
        '      - { judge: M1, entry: A, scores: { ringkasan: 3, latar-belakang: 3, kebaruan: 3, implementasi: 3, signifikansi: 3, adaptabilitas: 3, sumber-daya: 3, keberlanjutan: 3 } }',
        '  expected:',
        '    status: indeterminate',
        '    codes: [SCORING.ENTRY.TOO_FEW_SHEETS, SCORING.SHEET.MISSING]',
        '',
      ].join('\n'),
    );
    const r = inovasi(['rulebook', 'test', 'panel-cases.yaml', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout)).toMatchObject({ passed: 1, failed: 0 });
    expect(r.status).toBe(0);
  });

  it('report writes a self-contained HTML page, never over an existing file', () => {
    const dir = tempDir();
    const out = join(dir, 'laporan.html');
    const r = inovasi([
      'report',
      proposals,
      '--rulebook',
      overlay,
      '--as-of',
      '2018-02-01',
      '--out',
      out,
      '--lang',
      'id',
    ]);
    // Written means done: the answers (8 ready, 10 not) are in the report, exit 0.
    expect(r.status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('18 proposal diperiksa: 8 siap, 10 belum siap');
    expect(html).not.toMatch(/<script|<link|src=/);
    const again = inovasi(['report', proposals, '--rulebook', overlay, '--out', out]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('the file exists');
    expect(readFileSync(out, 'utf8')).toBe(html);
  });

  it('report for a region: the IID with what to fix, and the incentive outlook', () => {
    const r = inovasi([
      'report',
      'apps/examples/data/cilegon/region/iid.yaml',
      '--rulebook',
      'iid-2026',
      '--as-of',
      '2026-06-01',
      '--incentive',
      'apps/examples/data/cilegon/region/insentif-fiskal.yaml',
      '--incentive-rulebook',
      'insentif-fiskal-2024',
      '--format',
      'md',
      '--lang',
      'en',
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      '## Regional Innovation Index (IID) — ✓ Inovatif (innovative) — 48.5',
    );
    expect(r.stdout).toContain('The next predikat starts at 65.01');
    expect(r.stdout).toContain('Add at least 10 words to the rancang bangun.');
    expect(r.stdout).toContain('Raise tranche-I absorption to at least 30%');
    const scoring = inovasi(['report', '-', '--rulebook', 'banten-kompetisi-2024'], {
      input: '{}',
    });
    expect([scoring.status, scoring.stderr]).toEqual([
      2,
      expect.stringContaining('inovasi score --format md'),
    ]);
  });

  it('bad input writes no file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.json'), '{');
    const r = inovasi(['report', 'bad.json', '--rulebook', 'kipp-2018', '--out', 'x.html'], {
      cwd: dir,
    });
    expect(r.status).toBe(2);
    expect(existsSync(join(dir, 'x.html'))).toBe(false);
    const md = inovasi(['report', '-', ...city, '--format', 'md', '--lang', 'id'], {
      input: ready,
    });
    expect([md.status, md.stdout]).toEqual([0, expect.stringMatching(/^# Laporan kesiapan/)]);
  });

  it('no colour when stdout is not a terminal, even without NO_COLOR', () => {
    const r = inovasi(['check', proposals, '--rulebook', 'kipp-2018', ...asOf]);
    expect(r.stdout).not.toContain('\u001b[');
    expect(r.stderr).not.toContain('\u001b[');
  });
});
