import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AllocationResult, EligibilityResult } from '@inovasi/core/incentive';
import {
  expectIncentiveCase,
  fixturesDir,
  isAllocationCase,
  loadCases,
  type IncentiveExpectation,
} from '@inovasi/test-utils';
import { describe, expect, it } from 'vitest';
import { run } from '../main.js';
import { createTestIo } from '../test-io.js';

const cases = loadCases<IncentiveExpectation>('incentive');
const EXIT = { eligible: 0, 'not-eligible': 1, indeterminate: 3 } as const;

describe('shared incentive cases through the CLI', () => {
  it.each(cases.filter((c) => !isAllocationCase(c)))('$name', async (c) => {
    const io = createTestIo({ stdin: JSON.stringify(c.input) });
    const code = await run(
      ['incentive', '-', '--rulebook', c.rulebook, '--as-of', c.asOf, '--format', 'json'],
      io,
    );
    expect(io.err()).toBe('');
    const result = JSON.parse(io.out()) as EligibilityResult;
    expectIncentiveCase(c, result);
    expect(code).toBe(EXIT[c.expected.status as keyof typeof EXIT]);
  });

  it.each(cases.filter(isAllocationCase))('$name', async (c) => {
    const io = createTestIo({ stdin: JSON.stringify(c.input) });
    const code = await run(
      [
        'incentive',
        'allocate',
        '-',
        '--rulebook',
        c.rulebook,
        '--as-of',
        c.asOf,
        '--format',
        'json',
      ],
      io,
    );
    const result = JSON.parse(io.out()) as AllocationResult;
    expectIncentiveCase(c, result);
    if (c.expected.rejected) {
      expect(code).toBe(2);
      expect(io.err()).toMatch(/regions\[2\]\.level/);
    } else expect(code).toBe(c.expected.status === 'complete' ? 0 : 3);
  });
});

describe('the same cases through `inovasi rulebook test`', () => {
  it.each(['did-2017', 'did-2022', 'insentif-fiskal-2024', 'insentif-fiskal-2025'])(
    '%s',
    async (book) => {
      const io = createTestIo();
      const code = await run(
        ['rulebook', 'test', join(fixturesDir, 'incentive', book), '--format', 'json'],
        io,
      );
      const report = JSON.parse(io.out()) as { passed: number; failed: number };
      expect(report.failed).toBe(0);
      expect(report.passed).toBe(cases.filter((c) => c.rulebook === book).length);
      expect(code).toBe(0);
    },
  );
});

describe('inovasi incentive', () => {
  const dir = mkdtempSync(join(tmpdir(), 'inovasi-incentive-'));

  it('explains gates, cluster and fix in Bahasa Indonesia by default and in English', async () => {
    const file = join(dir, 'kota.json');
    writeFileSync(
      file,
      JSON.stringify({
        id: '33.74',
        name: 'Kota Semarang',
        level: 'kota',
        auditOpinions: [{ year: 2020, opinion: 'WTP' }],
        apbdOnTime: true,
        eProcurementGrade: 'C',
        eBudgeting: true,
        ptspAvailable: true,
      }),
    );
    const id = createTestIo({ env: {} });
    expect(await run(['incentive', file, '--rulebook', 'did-2022'], id)).toBe(0);
    expect(id.out()).toContain('Memenuhi syarat');
    expect(id.out()).toContain('Klaster: C');
    expect(id.out()).toContain('Perbaikan: Naikkan nilai e-procurement menjadi B (bukan C).');
    expect(id.out()).toContain('(did-2022, per 2022-12-31');
    const en = createTestIo();
    await run(['incentive', file, '--rulebook', 'did-2022', '--lang', 'en', '--format', 'md'], en);
    expect(en.out()).toContain('## Kota Semarang: Eligible');
    expect(en.out()).toContain('| ✗ | `DID.GATE.EPROC-B` |');
  });

  it('says what it would take for a region that fails', async () => {
    const io = createTestIo({
      stdin: JSON.stringify({
        id: '91.01',
        level: 'kabupaten',
        auditOpinions: [{ year: 2015, opinion: 'TW' }],
        apbdOnTime: true,
      }),
    });
    expect(await run(['incentive', '-', '--rulebook', 'did-2017', '--lang', 'en'], io)).toBe(1);
    expect(io.out()).toContain(
      'What it would take:\n    - DID.GATE.OPINION: Needs a WTP opinion (instead of TW for LKPD 2015).',
    );
  });

  it('names the row and column of a malformed CSV row, keeps every other row, and prints CSV', async () => {
    const csv = join(dir, 'daerah.csv');
    writeFileSync(
      csv,
      [
        'id,name,level,scores.stunting,tranche.absorptionPercent',
        '73.71,Kota Makassar,kota,2,31',
        '35.77,Kota Madiun,kota,dua,',
        '35.73,Kota Malang,kota,1,',
      ].join('\n'),
    );
    const assumptions = join(dir, 'asumsi.json');
    writeFileSync(assumptions, JSON.stringify({ pots: { stunting: { byLevel: { kota: 300 } } } }));
    const io = createTestIo({ env: {} });
    const code = await run(
      [
        'incentive',
        'allocate',
        csv,
        '--rulebook',
        'insentif-fiskal-2024',
        '--assumptions',
        assumptions,
        '--format',
        'csv',
      ],
      io,
    );
    expect(code).toBe(2);
    expect(io.err()).toMatch(
      /daerah\.csv, baris 3, kolom scores\.stunting \(35\.77\): seharusnya angka, diterima "dua"/,
    );
    const lines = io.out().trim().split('\n');
    expect(lines[0]).toContain('id,name,level,kelayakan,klaster');
    expect(lines[0]).toContain('status_tahap_ii');
    const cells = lines.slice(1).map((l) => l.split(','));
    expect(cells.map((c) => [c[0], c.at(-4), c.at(-1)])).toEqual([
      // No usage plan and no report received, evaluated today, long after the 2024 deadline.
      ['73.71', '200', 'withheld'],
      ['35.73', '100', ''],
    ]);
  });

  it('reads the national file as an XLSX workbook (typed cells), and names a bad row', async () => {
    const { default: writeXlsxFile } = await import('write-excel-file/node');
    const bytes = await writeXlsxFile(
      [
        [{ value: 'id' }, { value: 'level' }, { value: 'scores.stunting' }],
        [{ value: '73.71' }, { value: 'kota' }, { value: 3 }],
        [{ value: '35.77' }, { value: 'kota' }, { value: 'tiga' }],
        [{ value: '35.73' }, { value: 'kota' }, { value: 1 }],
      ],
      { sheet: 'Daerah' },
    ).toBuffer();
    const file = join(dir, 'daerah.xlsx');
    writeFileSync(file, bytes);
    const io = createTestIo({
      stdin: '',
    });
    const assumptions = join(dir, 'asumsi-xlsx.json');
    writeFileSync(assumptions, JSON.stringify({ pots: { stunting: { byLevel: { kota: 400 } } } }));
    const code = await run(
      [
        'incentive',
        'allocate',
        file,
        '--rulebook',
        'insentif-fiskal-2024',
        '--assumptions',
        assumptions,
        '--format',
        'json',
      ],
      io,
    );
    expect(code).toBe(2);
    expect(io.err()).toMatch(/daerah\.xlsx, row 3, column scores\.stunting/);
    const result = JSON.parse(io.out()) as AllocationResult;
    expect(
      result.pots.find((p) => p.id === 'stunting')?.shares.map((s) => [s.region, s.amount]),
    ).toEqual([
      ['73.71', 300],
      ['35.73', 100],
    ]);
  });

  it('usage errors exit 2 with a clear message', async () => {
    const cases: [string[], RegExp][] = [
      [['incentive', '-'], /--rulebook is required/],
      [['incentive', '--rulebook', 'did-2022'], /give a region file/],
      [['incentive', 'allocate', '--rulebook', 'did-2022'], /give a national file/],
      [
        ['incentive', '-', '--rulebook', 'did-2022', '--format', 'csv'],
        /--format must be one of table, json, md/,
      ],
      [['incentive', '-', '--rulebook', 'did-1999'], /unknown rulebook "did-1999"/],
    ];
    for (const [args, message] of cases) {
      const io = createTestIo({ stdin: '{"id":"1","level":"kota"}' });
      expect(await run(args, io), args.join(' ')).toBe(2);
      expect(io.err()).toMatch(message);
    }
    const bad = createTestIo({ stdin: '{"id":"1","level":"desa"}' });
    expect(await run(['incentive', '-', '--rulebook', 'did-2022'], bad)).toBe(2);
    expect(bad.err()).toContain('level:');
  });
});
