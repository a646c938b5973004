/**
 * Every input problem in one language (issue #17, point 8): the hostile corpus and a set of
 * invalid inputs for every engine — wrong types, impossible dates, cells that are not numbers,
 * scores off the scale, bad YAML and JSON — go through the CLI with `--lang id`. No English
 * phrase may reach stderr, and every error is said exactly once. The same inputs with
 * `--lang en` must carry no Indonesian phrase.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostileDir, hostileFiles } from '@inovasi/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { run } from '../main.js';
import { createTestIo } from '../test-io.js';
import { inovasi, tempDir } from './helpers.js';

vi.setConfig({ testTimeout: 300_000 });

/** Phrases only English text uses (the words the core and its parsers used to leak). */
const ENGLISH = /\b(expected|received|invalid|must be|got|is not|not a|duplicate|empty)\b/i;
/** Phrases only Indonesian text uses. */
const INDONESIAN = /\b(seharusnya|diterima|tidak sah|wajib diisi|kolom|bukan)\b/i;

/** stderr without the names the user typed (file paths, which may hold any word). */
function prose(stderr: string, dir: string): string {
  return stderr.replaceAll(dir, '<dir>').replaceAll(hostileDir, '<dir>');
}

/** Lines said more than once (blank lines and the `… and n more` tail aside). */
function repeated(stderr: string): string[] {
  const seen = new Set<string>();
  const twice: string[] = [];
  for (const line of stderr.split('\n')) {
    if (line.trim() === '') continue;
    if (seen.has(line)) twice.push(line);
    seen.add(line);
  }
  return twice;
}

const dir = tempDir();
const write = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

const panel = (sheets: unknown[]): string =>
  JSON.stringify({
    entries: [{ id: 'E1' }, { id: 'E1' }],
    judges: [{ id: 'J1' }],
    sheets,
  });

/** Invalid inputs for every engine, with the command that reads them. */
/**
 * `said: 'stdout'`: the problems are the command's answer (exit 1 with findings on stdout, as
 * `rulebook validate` does), not an input error on stderr.
 */
const CASES: readonly {
  name: string;
  args: readonly string[];
  stdin?: string;
  said?: 'stdout';
}[] = [
  {
    name: 'readiness: wrong types and an impossible date',
    args: [
      'check',
      write('p.json', '{"title": 5, "implementationStartDate": "2024-02-30", "sdgs": "tiga"}'),
      '--rulebook',
      'kipp-2023',
    ],
  },
  {
    name: 'readiness: a date outside the supported range',
    args: [
      'check',
      write('p-range.json', '{"title": "x", "implementationStartDate": "9999-12-31"}'),
      '--rulebook',
      'kipp-2023',
    ],
  },
  {
    name: 'readiness: bad YAML from stdin',
    args: ['check', '-', '--rulebook', 'kipp-2023'],
    stdin: 'title: [x, y\nunit: z\n',
  },
  {
    name: 'readiness: a YAML key twice',
    args: ['check', write('dup.yaml', 'title: a\ntitle: b\n'), '--rulebook', 'kipp-2023'],
  },
  {
    name: 'readiness: a tab as indentation',
    args: ['check', write('tab.yaml', 'agency:\n\tname: x\n'), '--rulebook', 'kipp-2023'],
  },
  {
    name: 'readiness: two YAML documents',
    args: ['check', write('docs.yaml', 'title: a\n---\ntitle: b\n'), '--rulebook', 'kipp-2023'],
  },
  {
    name: 'readiness: broken JSON',
    args: ['check', write('broken.json', '{"title": "x",\n "unit" 1}'), '--rulebook', 'kipp-2023'],
  },
  {
    name: 'incentive: cells that are not numbers, booleans or opinions',
    args: [
      'incentive',
      'allocate',
      write(
        'regions.csv',
        'id,name,level,underdeveloped,scores.stunting,auditOpinions.2023\n' +
          '11,Aceh,provinsi,mungkin,banyak,BAIK\n12,Sumut,provinsi,ya,2,WTP\n',
      ),
      '--rulebook',
      'insentif-fiskal-2024',
    ],
  },
  {
    name: 'incentive: a region of the wrong shape',
    args: [
      'incentive',
      write(
        'region.json',
        '{"id": 11, "level": "desa", "auditOpinions": [{"year": 2023, "opinion": "WTP"}, {"year": 2023, "opinion": "WDP"}]}',
      ),
      '--rulebook',
      'insentif-fiskal-2024',
    ],
  },
  {
    name: 'scoring: sheets that do not fit the panel',
    args: [
      'score',
      write(
        'panel.json',
        panel([
          { judge: 'J9', entry: 'E1', scores: { kebaruan: 'sangat' } },
          { judge: 'J1', entry: 'E7', stage: 'final', scores: {} },
        ]),
      ),
      '--rulebook',
      'iga-2023-presentasi',
    ],
  },
  {
    name: 'scoring: a sheet table without a judge column and an empty entry',
    args: [
      'score',
      write('panel-empty.json', panel([])),
      '--sheets',
      write('sheets.csv', 'peserta,kebaruan\n,3\n'),
      '--rulebook',
      'iga-2023-presentasi',
    ],
  },
  {
    name: 'iid: a region of the wrong shape',
    args: [
      'iid',
      write('iid.json', '{"id": "x", "innovations": [{"urusan": 5, "stage": "nanti"}]}'),
      '--rulebook',
      'iid-2024',
    ],
  },
  {
    name: 'iid: a predikat out of range',
    args: ['iid', 'predikat', '140', '--rulebook', 'iid-2024'],
  },
  {
    name: 'options: an impossible --as-of',
    args: ['check', '-', '--rulebook', 'kipp-2023', '--as-of', '2024-13-01'],
    stdin: '{"title": "x"}',
  },
  {
    name: 'rulebook validate: a rulebook of the wrong shape',
    said: 'stdout',
    args: [
      'rulebook',
      'validate',
      write(
        'rb.yaml',
        'id: x\ndomain: lomba\neffective: { from: 2024-02-30 }\nparameters: []\nrules: []\n',
      ),
    ],
  },
  {
    name: 'rulebook validate: extends a rulebook that does not exist',
    said: 'stdout',
    args: [
      'rulebook',
      'validate',
      write(
        'rb-ext.yaml',
        'id: x\nextends: kipp-1999\ndomain: readiness\ntitle: { id: X, en: X }\nstatus: in-force\nissuer: X\neffective: { from: 2024-01-01 }\n',
      ),
    ],
  },
];

async function cli(args: readonly string[], lang: 'id' | 'en', stdin?: string) {
  const io = createTestIo({ cwd: dir, ...(stdin !== undefined ? { stdin } : {}) });
  const code = await run([...args, '--lang', lang], io);
  return { code, err: io.err(), out: io.out() };
}

describe('input problems in the language asked for, each said once', () => {
  it('the invalid inputs hold at least one problem each (the test can fail)', async () => {
    for (const c of CASES) {
      const { code, err, out } = await cli(c.args, 'id', c.stdin);
      expect(code, `${c.name}: ${err}`).toBeGreaterThan(0);
      expect((c.said === 'stdout' ? out : err).trim(), c.name).not.toBe('');
    }
  });

  it.each(CASES)('$name', async (c) => {
    const id = await cli(c.args, 'id', c.stdin);
    expect(prose(id.err, dir), c.name).not.toMatch(ENGLISH);
    expect(repeated(id.err), c.name).toEqual([]);
    const en = await cli(c.args, 'en', c.stdin);
    expect(prose(en.err, dir), c.name).not.toMatch(INDONESIAN);
    expect(repeated(en.err), c.name).toEqual([]);
  });

  it('every file of the hostile corpus, with every output format', async () => {
    const files = hostileFiles();
    expect(files.length).toBeGreaterThanOrEqual(30);
    for (const file of files)
      for (const format of ['table', 'json']) {
        const io = createTestIo({ cwd: hostileDir });
        await run(
          ['check', file, '--rulebook', 'kipp-2021', '--format', format, '--lang', 'id'],
          io,
        );
        // the file's own name may hold any word ("duplicate-header.csv")
        const said = prose(io.err(), dir).replaceAll(file, '<file>');
        expect(said, `${file} ${format}`).not.toMatch(ENGLISH);
        expect(repeated(io.err()), `${file} ${format}`).toEqual([]);
      }
  });

  it('the built binary: an invalid file in each engine, in Indonesian, once', () => {
    for (const c of CASES.filter((x) => x.stdin === undefined)) {
      const r = inovasi([...c.args, '--lang', 'id']);
      expect(r.status, c.name).toBe(c.said === 'stdout' ? 1 : 2);
      expect(prose(r.stderr, dir), c.name).not.toMatch(ENGLISH);
      if (c.said === 'stdout') expect(prose(r.stdout, dir), c.name).not.toMatch(ENGLISH);
      expect(repeated(r.stderr), c.name).toEqual([]);
    }
  });

  it('the scan sees English when it is there', () => {
    expect('  - n: expected a number, got "x"').toMatch(ENGLISH);
    expect(repeated('inovasi: a\ninovasi: a\n')).toEqual(['inovasi: a']);
    expect(readdirSync(dir).length).toBeGreaterThan(10);
  });
});
