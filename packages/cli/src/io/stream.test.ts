import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../main.js';
import { createTestIo } from '../test-io.js';
import { MAX_DOCUMENT_BYTES } from './decode.js';
import { assertWorkbookSize, MAX_XLSX_EXPANDED_BYTES, zipExpandedSize } from './zip-guard.js';

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

/** A one-part ZIP archive: `data` deflated, declaring `declared` bytes uncompressed. */
function zipOf(data: Buffer, { declared, local }: { declared: number; local: boolean }): Buffer {
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  // fields: [offset, value, width in bytes]
  const header = (signature: number, size: number, fields: [number, number, 2 | 4][]): Buffer => {
    const b = Buffer.alloc(size + name.length);
    b.writeUInt32LE(signature, 0);
    for (const [at, value, width] of fields)
      if (width === 2) b.writeUInt16LE(value, at);
      else b.writeUInt32LE(value, at);
    name.copy(b, size);
    return b;
  };
  // local header: method, compressed and uncompressed sizes, name length
  const head = local
    ? header(0x04034b50, 30, [
        [8, 8, 2],
        [18, data.length, 4],
        [22, declared, 4],
        [26, name.length, 2],
      ])
    : Buffer.alloc(0);
  const central = header(0x02014b50, 46, [
    [10, 8, 2],
    [20, data.length, 4],
    [24, declared, 4],
    [28, name.length, 2],
    [42, 0, 4],
  ]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(head.length + (local ? data.length : 0), 16);
  return Buffer.concat([head, local ? data : Buffer.alloc(0), central, end]);
}

describe('check --stream (issue #14: national batches in flat memory)', () => {
  it('writes one JSON line per proposal of a CSV, the rules once, then a summary line', async () => {
    const rows = Array.from({ length: 3_000 }, (_, i) => `p${i},Layanan ${i},Dinas ${i % 7},umum`);
    writeFileSync(join(dir, 'big.csv'), `id,title,agency.name,group\n${rows.join('\n')}\n`);
    const { code, out, err } = await check('big.csv', '--stream', '--format', 'json');
    expect(err).toBe('');
    const lines = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const results = lines.filter((l) => 'file' in l);
    expect(results).toHaveLength(3_000);
    expect(results[0]?.file).toBe('big.csv, row 2');
    // the catalogue comes before the first result and holds each rule's source once
    const catalogue = lines[0] as { kind: string; rules: Record<string, { source?: unknown }> };
    expect(catalogue.kind).toBe('readiness-stream-rules');
    expect(catalogue.rules['KIPP.AGE.MIN']?.source).toBeDefined();
    expect(lines.filter((l) => l.kind === 'readiness-stream-rules').length).toBeLessThan(5);
    const summary = lines.at(-1) ?? {};
    expect(summary).toMatchObject({ kind: 'readiness-stream-summary', proposals: 3_000 });
    // Dinas 0 … Dinas 6 each send about 430 proposals in kelompok umum: over the quota
    expect(JSON.stringify(summary.findings)).toContain('KIPP.QUOTA.GROUP');
    expect(code).toBe(1);
  });

  it('20,000 proposals as JSON and a 10,000-row CSV without --stream are answered, not exit 70', async () => {
    // issue #14: 20,000 proposals with --format json ended in "Invalid string length" (exit 70)
    // after all the work; a 10,000-row CSV ran out of heap in the CSV parser
    const lines = Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ title: `L ${i}` }));
    writeFileSync(join(dir, 'national.jsonl'), `${lines.join('\n')}\n`);
    const json = await check('national.jsonl', '--format', 'json');
    expect(json.code).toBe(1);
    expect(json.out.split('\n').filter((l) => l.startsWith('{"file"'))).toHaveLength(20_000);
    const rows = Array.from({ length: 10_000 }, (_, i) => `Layanan ${i},Dinas ${i % 40}`);
    writeFileSync(join(dir, 'rows.csv'), `title,agency.name\n${rows.join('\n')}\n`);
    const csv = await check('rows.csv', '--format', 'csv');
    expect(csv.code).toBe(1);
    expect(csv.out).toContain('rows.csv, row 10001');
  }, 300_000);

  it('loses nothing: a line joined with the catalogue is the full result', async () => {
    const proposal = {
      title: 'Layanan Adminduk Keliling',
      agency: { name: 'Kota A', type: 'kota' },
      group: 'umum',
      implementationStartDate: '2015-02-01',
      sections: { ringkasan: 'Warga dilayani di rumah.' },
    };
    writeFileSync(join(dir, 'one.jsonl'), `${JSON.stringify(proposal)}\n`);
    const { out } = await check('one.jsonl', '--format', 'json');
    const [catalogue, line] = out
      .split('\n')
      .map((l) => (l === '' ? {} : (JSON.parse(l) as unknown))) as [
      {
        rulebook: unknown;
        asOfText: unknown;
        rules: Record<string, { title?: unknown } & Record<string, unknown>>;
        parameters: Record<string, unknown>;
      },
      { result: Record<string, unknown> },
    ];
    const rule = (id: unknown) => {
      const { title, ...ref } = catalogue.rules[id as string] ?? {};
      return { ref, title };
    };
    const basis = (ids: unknown) =>
      (ids as string[] | undefined)?.map((id) => catalogue.parameters[id]);
    type Compact = { rule: string; basis?: string[] } & Record<string, unknown>;
    const r = line.result;
    const joined = {
      kind: r.kind,
      rulebook: catalogue.rulebook,
      asOf: r.asOf,
      asOfReason: r.asOfReason,
      asOfText: catalogue.asOfText,
      ...r,
      outcomes: (r.outcomes as Compact[]).map((o) => ({
        ...o,
        rule: rule(o.rule).ref,
        title: rule(o.rule).title,
        ...(o.basis ? { basis: basis(o.basis) } : {}),
      })),
      findings: (r.findings as Compact[]).map((f) => ({
        ...f,
        rule: rule(f.rule).ref,
        ...(f.basis ? { basis: basis(f.basis) } : {}),
      })),
    };
    const whole = createTestIo({ cwd: dir, stdin: JSON.stringify(proposal) });
    await run(
      ['check', '-', '--rulebook', 'kipp-2021', '--as-of', '2021-03-01', '--format', 'json'],
      whole,
    );
    const sorted = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(sorted)
        : typeof v === 'object' && v !== null
          ? Object.fromEntries(
              Object.entries(v)
                .sort(([a], [b]) => a.localeCompare(b))
                .map(([k, x]) => [k, sorted(x)]),
            )
          : v;
    // alone, the quota is judged over a batch of one; in a stream it is judged at the end
    const alone = JSON.parse(whole.out()) as { outcomes: { rule: { id: string } }[] };
    alone.outcomes = alone.outcomes.filter((o) => o.rule.id !== 'KIPP.QUOTA');
    expect(sorted(joined)).toEqual(sorted(alone));
  });

  it('checks duplicate titles across a stream: the copy fails as it comes, the first at the end', async () => {
    const p = (id: string, title: string) =>
      JSON.stringify({ id, title, agency: { name: 'Kota A', type: 'kota' }, group: 'umum' });
    const lines = [p('a', 'Si Cantik'), p('b', 'Pojok Baca'), p('c', 'si  CANTIK')];
    writeFileSync(join(dir, 'dup.jsonl'), `${lines.join('\n')}\n`);
    const { out, code } = await check('dup.jsonl', '--format', 'csv', '--lang', 'en');
    expect(code).toBe(1);
    const rows = out.split('\r\n').filter((r) => r.includes('KIPP.TITLE.DUPLICATE'));
    expect(rows[0]).toMatch(/^dup\.jsonl:3,not-ready,error,KIPP\.TITLE\.DUPLICATE/);
    expect(rows[0]).toContain('(#1)');
    expect(rows[1]).toMatch(/^\*,.*proposals\[0\]\.title/);
    expect(rows).toHaveLength(2);
  });

  it('reads standard input as a stream: CSV rows, JSON Lines, or one JSON document', async () => {
    const stdin = async (text: string, ...args: string[]) => {
      const io = createTestIo({ cwd: dir, stdin: text });
      const code = await run(
        ['check', '-', '--stream', '--rulebook', 'kipp-2021', '--as-of', '2021-03-01', ...args],
        io,
      );
      return { code, out: io.out(), err: io.err() };
    };
    const csv = await stdin(
      '\uFEFFid,title\np1,Layanan Satu\np2,Layanan Dua\n',
      '--format',
      'json',
    );
    expect(csv.err).toBe('');
    expect(csv.out).toContain('"file":"<stdin>, row 2"');
    expect(csv.out).toContain('"file":"<stdin>, row 3"');
    const jsonl = await stdin('{"title":"Satu"}\n{"title":"Dua"}\n', '--format', 'json');
    expect(jsonl.out).toContain('"file":"<stdin>:2"');
    const whole = await stdin('{\n  "proposals": [{"title":"Satu"}, {"title":"Dua"}]\n}\n');
    expect(whole.err).toBe('');
    expect(whole.out).toContain('<stdin>#2');
    const yaml = await stdin('title: Satu\ngroup: umum\n', '--format', 'json');
    expect(yaml.out).toContain('"file":"<stdin>"');
    const empty = await stdin('  \n');
    expect(empty.code).toBe(2);
    expect(empty.err).toContain('<stdin>: nothing was read');
    const bad = await stdin('{"title":"Satu"}\n{"title":\n');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('<stdin>:2');
  });

  it('refuses a JSON document too large to read whole, naming the file, before reading it', async () => {
    const file = join(dir, 'huge.json');
    writeFileSync(file, '{');
    truncateSync(file, MAX_DOCUMENT_BYTES + 1); // sparse: takes no disk
    const { code, err } = await check('huge.json');
    expect(code).toBe(2);
    expect(err).toContain('huge.json: 129 MB or more, too large to read as one document');
    expect(err).toContain('--stream');
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
    const zip = zipOf(Buffer.alloc(0), { declared: 300 * 1024 * 1024, local: false });
    expect(zipExpandedSize(zip)?.bytes).toBeGreaterThan(MAX_XLSX_EXPANDED_BYTES);
    writeFileSync(join(dir, 'bomb.xlsx'), zip);
    const { code, err } = await check('bomb.xlsx');
    expect(code).toBe(2);
    expect(err).toContain('bomb.xlsx: the workbook expands to 300 MB');
  });

  it('refuses a workbook that lies about its sizes once its real inflated bytes pass the cap', async () => {
    // one part declaring 10 bytes, deflated from 3 MB of zeros: checked with a 1 MB cap
    const zip = zipOf(deflateRawSync(Buffer.alloc(3 * 1024 * 1024)), { declared: 10, local: true });
    expect(zipExpandedSize(zip)?.bytes).toBe(10);
    await expect(assertWorkbookSize(zip, 'lies.xlsx', 1024 * 1024)).rejects.toThrow(
      /^lies\.xlsx: .* > 1 MB/,
    );
    await expect(assertWorkbookSize(zip, 'lies.xlsx', 4 * 1024 * 1024)).resolves.toBeUndefined();
  });
});
