import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../main.js';
import { renderCsv, renderMarkdownTable } from '../render/table.js';
import { createTestIo } from '../test-io.js';
import { CsvReader, readCsvRecords } from './csv.js';
import { decodeUtf8, invalidUtf8Offset } from './decode.js';
import { lineColumnAt, locateJsonError } from './json-error.js';

function tempFiles(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'inovasi-hostile-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

async function check(dir: string, file: string, ...extra: string[]) {
  const io = createTestIo({ cwd: dir });
  const code = await run(['check', file, '--rulebook', 'kipp-2021', ...extra], io);
  return { code, out: io.out(), err: io.err() };
}

describe('hostile tables (issue #14)', () => {
  it('refuses __proto__, constructor and prototype in a header, naming file and column', async () => {
    const dir = tempFiles({
      'proto.csv': 'title,__proto__.polluted\nA,1\nB,2\n',
      'ctor.csv': 'title;agency.constructor\nA;1\n',
      'proto2.csv': 'title,sdgs.prototype[]\nA,1\n',
    });
    for (const [file, column] of [
      ['proto.csv', 'column 2 ("__proto__.polluted")'],
      ['ctor.csv', 'column 2 ("agency.constructor")'],
      ['proto2.csv', 'column 2 ("sdgs.prototype[]")'],
    ] as const) {
      const { code, err } = await check(dir, file);
      expect(code).toBe(2);
      expect(err).toContain(`${file}: row 1, ${column}`);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a header-only CSV is an error, not an empty success', async () => {
    const { code, err } = await check(tempFiles({ 'h.csv': 'title,group\n' }), 'h.csv');
    expect(code).toBe(2);
    expect(err).toContain('h.csv: the file has a header row but no data rows.');
  });

  it('invalid UTF-8 is an error with the file and the byte offset', async () => {
    const bytes = Buffer.concat([
      Buffer.from('title\nab'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('cd\n'),
    ]);
    const dir = tempFiles({
      'bad.csv': bytes,
      'bad.json': Buffer.concat([
        Buffer.from('{"title":"'),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('"}'),
      ]),
    });
    const csv = await check(dir, 'bad.csv');
    expect(csv.code).toBe(2);
    expect(csv.err).toContain('bad.csv: byte 8: not valid UTF-8');
    const json = await check(dir, 'bad.json');
    expect(json.code).toBe(2);
    expect(json.err).toContain('bad.json: byte 10: not valid UTF-8');
  });

  it('accepts a byte-order mark in JSON, YAML and CSV alike', async () => {
    const bom = '\uFEFF';
    const dir = tempFiles({
      'a.json': `${bom}{"title":"Layanan Adminduk Keliling"}`,
      'b.yaml': `${bom}title: Layanan Adminduk Keliling\n`,
      'c.csv': `${bom}title\nLayanan Adminduk Keliling\n`,
    });
    for (const file of ['a.json', 'b.yaml', 'c.csv']) {
      const { code, err } = await check(dir, file, '--format', 'json');
      expect(err).not.toContain('invalid');
      expect([0, 1, 3]).toContain(code);
    }
  });

  it('JSON syntax errors give line and column, for every kind of error', async () => {
    const dir = tempFiles({ 'bad.json': '{"title": "x",\n  "a": }' });
    const { code, err } = await check(dir, 'bad.json');
    expect(code).toBe(2);
    expect(err).toContain('bad.json:2:8: invalid JSON: unexpected character "}"');
  });

  it('a YAML alias bomb is exit 2 naming the file', async () => {
    const bomb = [
      'a: &a [1,1,1,1,1,1,1,1,1,1]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    ].join('\n');
    const { code, err } = await check(tempFiles({ 'bomb.yaml': bomb }), 'bomb.yaml');
    expect(code).toBe(2);
    expect(err).toContain('bomb.yaml: invalid YAML');
  });

  it('dates near 0000 or 9999 are bad input (exit 2), never an internal error', async () => {
    const dir = tempFiles({
      'd9.json': '{"title":"x","implementationStartDate":"9999-12-31"}',
      'd0.json': '{"title":"x","implementationStartDate":"0000-01-01"}',
    });
    for (const file of ['d9.json', 'd0.json']) {
      const { code, err } = await check(dir, file);
      expect(code).toBe(2);
      expect(err).toContain('from 1900-01-01 to 2199-12-31');
    }
    const asOf = await check(dir, 'd9.json', '--as-of', '9999-12-31');
    expect(asOf.code).toBe(2);
    expect(asOf.err).toContain('--as-of must be a date from 1900-01-01 to 2199-12-31');
  });

  it('stdin that cannot be read is exit 2 naming <stdin>', async () => {
    const io = {
      ...createTestIo(),
      readStdin: () =>
        Promise.reject(Object.assign(new Error('EBADF: bad file descriptor'), { code: 'EBADF' })),
    };
    const code = await run(['check', '-', '--rulebook', 'kipp-2021'], io);
    expect(code).toBe(2);
    expect(io.err()).toContain('<stdin>: cannot read standard input (it is closed)');
  });

  it('iid predikat reads a decimal as written: 0x41, 1e1 and Infinity are refused', async () => {
    for (const text of ['0x41', '1e1', 'Infinity', ' ', '65.']) {
      const io = createTestIo();
      expect(await run(['iid', 'predikat', text, '--rulebook', 'iid-2026'], io)).toBe(2);
      expect(io.err()).toContain('the score must be a number from 0 to 100');
    }
    const io = createTestIo();
    expect(await run(['iid', 'predikat', '65,01', '--rulebook', 'iid-2026'], io)).toBe(0);
  });
});

describe('output safety (issue #14)', () => {
  it('neutralises every CSV cell that a spreadsheet would read as a formula (OWASP)', () => {
    const csv = renderCsv([
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
      ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx', '-12', '+3.5'],
    ]);
    const row = csv.split('\r\n')[1] ?? '';
    expect(row).toBe(`"'=HYPERLINK(""http://x"")",'+1+1,'-2+3,'@SUM(A1),'\tx,"'\rx",-12,+3.5`);
  });

  it('Markdown tables escape HTML and cannot make links', () => {
    const md = renderMarkdownTable([['a'], ['<script>alert(1)</script> [x](javascript:alert(1))']]);
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;');
    expect(md).toContain('\\[x](javascript:alert(1))');
  });
});

describe('the CSV reader', () => {
  it('reads in chunks exactly what it reads whole, whatever the chunk boundaries', () => {
    const text = 'a;b\r\n"x;""y""\r\nz";2\r\n\r\n3;"4"\n5;6';
    const whole = readCsvRecords(text, 'x.csv');
    expect(whole).toEqual([
      { row: 1, fields: ['a', 'b'] },
      { row: 2, fields: ['x;"y"\r\nz', '2'] },
      { row: 5, fields: ['3', '4'] },
      { row: 6, fields: ['5', '6'] },
    ]);
    for (let size = 1; size <= text.length; size += 1) {
      const reader = new CsvReader('x.csv');
      const records = [];
      for (let i = 0; i < text.length; i += size)
        records.push(...reader.push(text.slice(i, i + size)));
      records.push(...reader.end());
      expect(records).toEqual(whole);
    }
  });

  it('reads a long field in linear time (it grew one character at a time)', () => {
    const field = 'x'.repeat(5_000_000);
    const records = readCsvRecords(`a,b\n"${field}",1\n`, 'big.csv');
    expect(records[1]?.fields[0]?.length).toBe(5_000_000);
  });
});

describe('decoding and JSON errors', () => {
  it('finds the byte offset of invalid UTF-8 (overlong, surrogate, truncated)', () => {
    expect(invalidUtf8Offset(Buffer.from('abc'))).toBe(-1);
    expect(invalidUtf8Offset(Buffer.from([0x61, 0xc0, 0x80]))).toBe(1);
    expect(invalidUtf8Offset(Buffer.from([0x61, 0x62, 0xed, 0xa0, 0x80]))).toBe(2);
    expect(invalidUtf8Offset(Buffer.from([0x61, 0xe2, 0x82]))).toBe(1);
    expect(decodeUtf8(Buffer.from('\uFEFFé'), 'x')).toBe('é');
  });

  it('locates every JSON error', () => {
    for (const bad of [
      '{"a": }',
      '[1,]',
      '{"a" 1}',
      'nul',
      '"abc',
      '{"a":1}x',
      '{"a":"\u0001"}',
      '{a:1}',
      '',
    ]) {
      expect(() => {
        JSON.parse(bad);
      }).toThrow();
      expect(locateJsonError(bad)).toBeDefined();
    }
    for (const good of ['{"a":[1,2,{"b":null}]}', ' 1 ', '"x\\u00e9"', '[]', '{}'])
      expect(locateJsonError(good)).toBeUndefined();
    expect(lineColumnAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
