/**
 * One language at a time (issue #17, point 8), through the built binary: every `--help`, usage
 * and input errors, zod's validation messages and the status words come in Bahasa Indonesia by
 * default and in English with `--lang en` or `LANG=en*`, never mixed. The check is a word list:
 * words that belong to one language only, looked for in the other's output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { inovasi, root, tempDir } from './helpers.js';

// Whole processes on a shared, loaded machine: generous time, no timing assertions.
vi.setConfig({ testTimeout: 120_000 });

/**
 * Words only English text uses (never an Indonesian word, a field name such as `expected`, a
 * subcommand such as `show`, or a format name).
 */
const ENGLISH = [
  'the',
  'and',
  'with',
  'this',
  'help',
  'usage',
  'options',
  'examples',
  'example',
  'default',
  'give',
  'file',
  'write',
  'which',
  'every',
  'each',
  'for',
  'from',
  'not',
  'unknown',
  'withheld',
  'invalid',
  'got',
  'received',
  'must',
  'wrong',
  'required',
  'see',
  'exists',
  'eligible',
  'cluster',
];

/** Words only Indonesian text uses (none of them a domain term English output keeps). */
const INDONESIAN = [
  'dan',
  'yang',
  'untuk',
  'dengan',
  'atau',
  'berkas',
  'bawaan',
  'tampilkan',
  'bantuan',
  'pemakaian',
  'opsi',
  'contoh',
  'tidak',
  'setiap',
  'beri',
  'tulis',
  'sebagai',
  'ini',
  'harus',
  'diterima',
  'seharusnya',
  'salah',
  'klaster',
  'ditahan',
  'diketahui',
];

/**
 * The words of `text` a reader reads: command lines (`  inovasi …`), options (`--as-of`),
 * placeholders (`<id|file>`), code in backticks and file paths are names, the same in both.
 */
function proseWords(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !/^\s*(inovasi|cat|\$) /.test(line) && !/^\s+--\S+$/.test(line))
    .join('\n')
    .replace(/`[^`]*`/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/(^|\s)--?[\w-]+/g, ' ')
    .replace(/\S*[/\\.]\S*\.(json|ya?ml|csv|xlsx|html|md)\b/g, ' ')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

/** The words of `list` that appear in `text`. */
function foreign(text: string, list: readonly string[]): string[] {
  const words = new Set(proseWords(text));
  return list.filter((w) => words.has(w));
}

const COMMANDS = [
  [],
  ['check'],
  ['score'],
  ['iid'],
  ['rulebook'],
  ['incentive'],
  ['report'],
  ['init'],
] as const;

describe('the word lists can fail', () => {
  it('finds English in an Indonesian text and Indonesian in an English one', () => {
    expect(foreign('Pemakaian: inovasi check — show the help', ENGLISH)).toEqual(['the', 'help']);
    expect(foreign('Usage: the file berkas', INDONESIAN)).toEqual(['berkas']);
    // names are not prose: options, placeholders, code and command lines
    expect(foreign('  --format <the file>\n  inovasi check the\n`the`', ENGLISH)).toEqual([]);
  });
});

describe('--help in one language at a time', () => {
  for (const command of COMMANDS) {
    const name = ['inovasi', ...command, '--help'].join(' ');
    it(`${name}: Bahasa Indonesia by default, English with --lang en and with LANG=en_US`, () => {
      const id = inovasi([...command, '--help']);
      expect(id.status).toBe(0);
      expect(id.stdout).toMatch(/Pemakaian|Perintah/);
      expect(foreign(id.stdout, ENGLISH)).toEqual([]);

      const en = inovasi([...command, '--help', '--lang', 'en']);
      expect(en.status).toBe(0);
      expect(en.stdout).toMatch(/Usage|Commands/);
      expect(foreign(en.stdout, INDONESIAN)).toEqual([]);

      const locale = inovasi([...command, '--help'], { env: { LANG: 'en_US.UTF-8' } });
      expect(locale.stdout).toBe(en.stdout);
      // --lang wins over the locale
      expect(
        inovasi([...command, '--help', '--lang', 'id'], { env: { LANG: 'en_US.UTF-8' } }).stdout,
      ).toBe(id.stdout);
    });
  }
});

describe('errors in one language at a time', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'broken.json'), '{"title": "x" "unit": "y"}');
  writeFileSync(join(dir, 'wrong-type.json'), '{"title": 5, "sdgs": "tiga"}');
  writeFileSync(join(dir, 'exists.yaml'), 'x: 1\n');
  const cases: readonly { name: string; args: readonly string[]; input?: string }[] = [
    { name: 'an unknown command', args: ['chekc'] },
    { name: 'an unknown option', args: ['check', 'p.json', '--bogus'] },
    { name: 'an option without its value', args: ['check', 'p.json', '--rulebook'] },
    { name: 'a missing file', args: ['check', join(dir, 'nope.json'), '--rulebook', 'kipp-2018'] },
    {
      name: 'an unknown rulebook',
      args: ['check', join(dir, 'x.json'), '--rulebook', 'kipp-1999'],
    },
    {
      name: 'a bad date',
      args: ['check', '-', '--rulebook', 'kipp-2018', '--as-of', '2018-02-30'],
    },
    { name: 'a bad format', args: ['check', '-', '--rulebook', 'kipp-2018', '--format', 'xml'] },
    { name: 'invalid JSON', args: ['check', join(dir, 'broken.json'), '--rulebook', 'kipp-2018'] },
    {
      name: "zod's validation messages",
      args: ['check', join(dir, 'wrong-type.json'), '--rulebook', 'kipp-2018'],
    },
    {
      name: 'an IID score out of range',
      args: ['iid', 'predikat', '140', '--rulebook', 'iid-2024'],
    },
    { name: 'empty stdin', args: ['iid', '-', '--rulebook', 'iid-2026'], input: '' },
    {
      name: 'an existing --out',
      args: ['init', 'proposal', '--rulebook', 'kipp-2023', '--out', join(dir, 'exists.yaml')],
    },
    { name: 'a rulebook subcommand typo', args: ['rulebook', 'lsit'] },
  ];
  for (const c of cases) {
    it(`${c.name}: exit 2, one language, printed once`, () => {
      const id = inovasi(c.args, c.input !== undefined ? { input: c.input } : {});
      expect(id.status).toBe(2);
      expect(id.stdout).toBe('');
      expect(id.stderr).toMatch(/^inovasi: /);
      expect(foreign(id.stderr, ENGLISH)).toEqual([]);
      // the error is said once
      const first = id.stderr.split('\n')[0] ?? '';
      expect(id.stderr.split(first).length - 1).toBe(1);

      const en = inovasi(
        [...c.args, '--lang', 'en'],
        c.input !== undefined ? { input: c.input } : {},
      );
      expect(en.status).toBe(2);
      expect(foreign(en.stderr, INDONESIAN)).toEqual([]);
      expect(en.stderr).not.toBe(id.stderr);
    });
  }

  it("zod's messages name the field and are translated by issue code", () => {
    const args = ['check', join(dir, 'wrong-type.json'), '--rulebook', 'kipp-2018'];
    const id = inovasi(args).stderr;
    expect(id).toContain('title: tipe salah: seharusnya teks, diterima angka');
    expect(id).not.toContain('Invalid input');
    const en = inovasi([...args, '--lang', 'en']).stderr;
    expect(en).toContain('title: wrong type: expected text, received a number');
  });
});

describe('status words in the output language', () => {
  const fixture = JSON.parse(
    readFileSync(
      join(
        root,
        'packages/test-utils/fixtures/incentive/insentif-fiskal-2024/02-absorption-29-99.json',
      ),
      'utf8',
    ),
  ) as { input: unknown };
  const dir = tempDir();
  const file = join(dir, 'makassar.json');
  writeFileSync(file, JSON.stringify(fixture.input));

  it('incentive: an unknown cluster and a withheld tranche are words, not codes', () => {
    const args = ['incentive', file, '--rulebook', 'insentif-fiskal-2024', '--as-of', '2024-11-30'];
    const id = inovasi(args);
    expect(id.status).toBe(3);
    expect(id.stdout).toMatch(/Klaster: tidak diketahui/);
    expect(id.stdout).toMatch(/Tahap II: ditahan/);
    expect(id.stdout).not.toMatch(/: (unknown|withheld|releasable|indeterminate)\b/);
    const en = inovasi([...args, '--lang', 'en']);
    expect(en.stdout).toMatch(/Cluster: unknown/);
    expect(en.stdout).toMatch(/Tranche II: withheld/);
  });
});

describe('rulebook test with nothing to test', () => {
  it('exits 2 when no valid case is found, instead of passing with 0 cases', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'not-cases.yaml'), 'hello: world\n');
    const r = inovasi(['rulebook', 'test', join(dir, 'not-cases.yaml'), '--rulebook', 'kipp-2018']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('tidak ada kasus sah yang ditemukan');
  });
});
