import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReadinessBatchResult, ReadinessResult } from '@inovasi/core/readiness';
import { expectReadinessCase, loadCases, type ReadinessExpectation } from '@inovasi/test-utils';
import { describe, expect, it } from 'vitest';
import { run } from '../main.js';
import { createTestIo } from '../test-io.js';

const EXIT_FOR = { ready: 0, 'not-ready': 1, indeterminate: 3 } as const;

/** A KIPP 2018 proposal with every field 2018 is known to ask for. */
const complete2018 = {
  title: 'Si Dukung',
  agency: { name: 'Pemerintah Kota Cilegon', type: 'kota' },
  unit: 'Disdukcapil',
  category: 'tata-kelola',
  sdgs: [16],
  awards: [],
};

describe('shared readiness cases through the CLI', () => {
  it.each(loadCases<ReadinessExpectation>('readiness'))('$name', async (c) => {
    // The case file wraps the proposal (or the batch); the CLI reads it itself, here from stdin.
    const args = ['check', '-', '--rulebook', c.rulebook, '--as-of', c.asOf, '--format', 'json'];
    if (c.options?.registrationCloseDate !== undefined)
      args.push('--registration-close', c.options.registrationCloseDate);
    const io = createTestIo({ stdin: JSON.stringify(c.input) });
    const code = await run(args, io);
    if (c.expected.error !== undefined) {
      expect(code).toBe(2);
      expect(io.out()).toBe('');
      expect(io.err()).toMatch(/^inovasi: /);
      return;
    }
    const answer = JSON.parse(io.out()) as ReadinessResult | ReadinessBatchResult;
    expectReadinessCase(c, answer);
    const invalid = 'items' in answer && answer.items.some((i) => 'error' in i);
    if (!invalid) expect(io.err()).toBe('');
    expect(code).toBe(invalid ? 2 : EXIT_FOR[c.expected.status]);
  });
});

describe('inovasi check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'inovasi-check-'));

  it('prints a table in Bahasa Indonesia by default, English with --lang en', async () => {
    const file = join(dir, 'p.json');
    writeFileSync(
      file,
      JSON.stringify({ title: 'Si Dukung', implementationStartDate: '2017-06-01' }),
    );
    const id = createTestIo({ env: {} });
    expect(await run(['check', file, '--rulebook', 'kipp-2018', '--as-of', '2018-03-01'], id)).toBe(
      1,
    );
    expect(id.out()).toContain('Belum siap');
    expect(id.out()).toContain('Perbaikan: Inovasi ini cukup umur mulai 2018-06-01');
    const en = createTestIo();
    await run(
      [
        'check',
        file,
        '--rulebook',
        'kipp-2018',
        '--as-of',
        '2018-03-01',
        '--lang',
        'en',
        '--format',
        'md',
      ],
      en,
    );
    expect(en.out()).toContain('## ');
    expect(en.out()).toContain('| error | `KIPP.AGE.MIN` |');
  });

  it('names the file, line and column of malformed JSON and exits 2', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{\n  "title": "x",,\n}');
    const io = createTestIo();
    expect(await run(['check', file, '--rulebook', 'kipp-2018'], io)).toBe(2);
    expect(io.err()).toMatch(/bad\.json:2:16: invalid JSON/);
    expect(io.err().trim().split('\n')).toHaveLength(1);
    expect(io.out()).toBe('');
  });

  it('rejects impossible dates and wrong types with the field path, exit 2', async () => {
    const io = createTestIo({
      stdin: JSON.stringify({ title: 1, implementationStartDate: '2021-02-30' }),
    });
    expect(await run(['check', '-', '--rulebook', 'kipp-2018'], io)).toBe(2);
    expect(io.err()).toContain('implementationStartDate: expected a calendar date');
    expect(io.err()).toContain('title:');
  });

  it('explains usage errors: unknown rulebook, missing file, bad option values', async () => {
    const cases: [string[], RegExp][] = [
      [
        ['check', '-', '--rulebook', 'kipp-1999'],
        /unknown rulebook "kipp-1999"\..* Known rulebooks: .*kipp-2018/,
      ],
      [
        ['check', join(dir, 'nope.json'), '--rulebook', 'kipp-2018'],
        /nope\.json: no such file or directory/,
      ],
      [
        ['check', '-', '--rulebook', 'kipp-2018', '--as-of', '2018-02-30'],
        /--as-of must be a calendar date/,
      ],
      [
        ['check', '-', '--rulebook', 'kipp-2018', '--format', 'xml'],
        /--format must be one of table, json, md/,
      ],
      [['check', '-', '--rulebook', 'kipp-2018', '--bogus'], /unknown option --bogus/],
      [['check', '--rulebook', 'kipp-2018'], /give a proposal file/],
      [['check', '-'], /--rulebook is required/],
    ];
    for (const [args, message] of cases) {
      const io = createTestIo({ stdin: '{}' });
      expect(await run(args, io), args.join(' ')).toBe(2);
      expect(io.err()).toMatch(message);
    }
  });

  it('prints CSV with one row per finding, header in the chosen language', async () => {
    const file = join(dir, 'csv.json');
    writeFileSync(
      file,
      JSON.stringify({ title: 'Si Dukung, "Keliling"', implementationStartDate: '2017-06-01' }),
    );
    const io = createTestIo();
    const args = ['check', file, '--rulebook', 'kipp-2018', '--as-of', '2018-03-01'];
    expect(await run([...args, '--format', 'csv', '--lang', 'en'], io)).toBe(1);
    const lines = io.out().trimEnd().split('\r\n');
    expect(lines[0]).toBe('file,status,severity,code,path,message,fix,rule,source');
    const age = lines.find((l) => l.includes(',KIPP.AGE.MIN,'));
    expect(age).toMatch(/^[^,]*csv\.json,not-ready,error,KIPP\.AGE\.MIN,implementationStartDate,/);
    const id = createTestIo({ env: {} });
    await run([...args, '--format', 'csv'], id);
    expect(id.out().split('\r\n')[0]).toBe(
      'berkas,status,tingkat,kode,isian,pesan,perbaikan,aturan,sumber',
    );
    expect(id.out().split('\r\n').length).toBe(io.out().split('\r\n').length);
  });

  it('checks a directory, keeps going past a bad file and exits with the worst code', async () => {
    const batch = mkdtempSync(join(tmpdir(), 'inovasi-batch-'));
    writeFileSync(
      join(batch, 'a.json'),
      JSON.stringify({ ...complete2018, implementationStartDate: '2016-01-01' }),
    );
    writeFileSync(
      join(batch, 'b.yaml'),
      'title: Pojok Baca\nagency: { name: Kota Cilegon, type: kota }\nunit: Dispusip\ncategory: tata-kelola\nsdgs: [4]\nawards: []\nimplementationStartDate: 2017-12-01',
    );
    writeFileSync(join(batch, 'c.json'), '{');
    const io = createTestIo();
    expect(
      await run(
        ['check', batch, '--rulebook', 'kipp-2018', '--as-of', '2018-03-01', '--format', 'json'],
        io,
      ),
    ).toBe(2);
    const batchResult = JSON.parse(io.out()) as Omit<ReadinessBatchResult, 'items'> & {
      items: { file: string; result: ReadinessResult }[];
    };
    expect(batchResult.kind).toBe('readiness-batch');
    expect(batchResult.items.map((r) => [r.file.split('/').at(-1), r.result.status])).toEqual([
      ['a.json', 'indeterminate'],
      ['b.yaml', 'not-ready'],
    ]);
    expect(io.err()).toMatch(/c\.json:1:2: invalid JSON/);
  });

  it('accepts a custom rulebook file that extends a national edition', async () => {
    const overlay = join(dir, 'cilegon.json');
    writeFileSync(
      overlay,
      JSON.stringify({
        id: 'cilegon-lomba-inovasi-2026',
        extends: 'kipp-2018',
        title: { id: 'Lomba Inovasi Cilegon 2026', en: 'Cilegon Innovation Contest 2026' },
        domain: 'readiness',
        issuer: 'Bappeda Kota Cilegon',
        effective: { from: '2026-01-01', to: '2026-12-31' },
        parameters: [
          {
            id: 'kipp.registration-close',
            title: { id: 'Penutupan pendaftaran', en: 'Registration close' },
            values: [
              {
                from: '2026-01-01',
                value: '2026-06-30',
                source: { citation: 'Contoh: pengumuman Bappeda (sample data)', tier: 'C' },
              },
            ],
          },
        ],
      }),
    );
    const io = createTestIo({
      stdin: JSON.stringify({ ...complete2018, implementationStartDate: '2025-06-30' }),
    });
    // Indeterminate (exit 3): the 2018 section template and attachment list were never found.
    expect(
      await run(
        ['check', '-', '--rulebook', overlay, '--as-of', '2026-03-01', '--format', 'json'],
        io,
      ),
    ).toBe(3);
    const result = JSON.parse(io.out()) as ReadinessResult;
    expect(result.rulebook.chain).toEqual(['cilegon-lomba-inovasi-2026', 'kipp-2018']);
    const age = result.outcomes.find((o) => o.rule.id === 'KIPP.AGE.MIN');
    expect(age?.outcome).toBe('pass');
    expect(age?.rule.rulebook).toBe('kipp-2018');
    expect(age?.basis?.map((b) => b.rulebook)).toEqual(['kipp-2018', 'cilegon-lomba-inovasi-2026']);
  });
});
