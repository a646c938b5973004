import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  expectIidCase,
  expectPredikatCase,
  loadCases,
  type IidExpectation,
} from '@inovasi/test-utils';
import { describe, expect, it } from 'vitest';
import { run } from '../main.js';
import { createTestIo } from '../test-io.js';

const EXIT_FOR = { determinate: 0, indeterminate: 3 } as const;

describe('shared IID cases through the CLI', () => {
  it.each(loadCases<IidExpectation>('iid'))('$name', async (c) => {
    const predikat = c.options?.mode === 'predikat';
    const args = predikat
      ? ['iid', 'predikat', String((c.input as { score: number }).score)]
      : ['iid', '-'];
    args.push('--rulebook', c.rulebook, '--as-of', c.asOf, '--format', 'json');
    if (c.options?.view !== undefined) args.push('--view', c.options.view);
    const io = createTestIo({ stdin: JSON.stringify(c.input) });
    const code = await run(args, io);
    expect(io.err()).toBe('');
    const output = JSON.parse(io.out()) as unknown;
    if (predikat) {
      expectPredikatCase(output, c.expected);
      expect(output).toMatchObject({ rulebook: { id: c.rulebook } });
    } else expectIidCase(output, c.expected);
    expect(code).toBe(EXIT_FOR[c.expected.status]);
  });
});

describe('inovasi iid', () => {
  const dir = mkdtempSync(join(tmpdir(), 'inovasi-iid-'));
  const file = join(dir, 'region.json');
  const innovations = Array.from({ length: 12 }, (_, i) => ({
    id: `i${i}`,
    name: `Inovasi ${i}`,
    urusan: [
      'pendidikan',
      'kesehatan',
      'sosial',
      'pekerjaan-umum-penataan-ruang',
      'perumahan-rakyat-kawasan-permukiman',
    ][i % 5],
    implementationDate: '2025-01-10',
    rancangBangunWords: 400,
    answers: {
      'SID-16': 2,
      'SID-17': { value: 12 },
      'SID-32': 2,
      'SID-33': { basis: 'a', value: 350 },
      'SID-35': 2,
    },
  }));
  writeFileSync(
    file,
    JSON.stringify({
      region: { name: 'Kota Contoh' },
      // Most mandatory rows are empty: their consequence is unpublished, so label a choice.
      assumptions: { mandatoryEmpty: 'row-scores-zero', chosenBy: 'CLI test' },
      spd: { 'SPD-01': 3, 'SPD-08': 2 },
      innovations,
    }),
  );

  it('prints the breakdown in Bahasa Indonesia, with what-if and a plan', async () => {
    const io = createTestIo({ env: {} });
    expect(await run(['iid', file, '--rulebook', 'iid-2026', '--what-if'], io)).toBe(0);
    const out = io.out();
    expect(out).toContain('Kota Contoh — Indeks Inovasi Daerah 2026');
    expect(out).toMatch(/IID \d+,\d\d — Kurang Inovatif/);
    expect(out).toContain('Pembagi: MAX(12, n = 12) = 12');
    expect(out).toContain('Bagaimana jika');
    expect(out).toContain('Rencana:');
    expect(out).toContain('mencapai Inovatif (≥ 40,01)');
  });

  it('gives the what-if and the plan in JSON, the plan reaching its target', async () => {
    const io = createTestIo();
    expect(
      await run(['iid', file, '--rulebook', 'iid-2026', '--what-if', '--format', 'json'], io),
    ).toBe(0);
    const body = JSON.parse(io.out()) as {
      predikat: { predikat: string };
      whatIf: {
        plan: { reached: boolean; target: { predikat: string }; after: { predikat: string } };
      };
    };
    expect(body.predikat.predikat).toBe('kurang-inovatif');
    expect(body.whatIf.plan).toMatchObject({
      reached: true,
      target: { predikat: 'inovatif' },
      after: { predikat: 'inovatif' },
    });
  });

  it('gives one CSV line per scored row, the same rows as the JSON breakdown', async () => {
    const io = createTestIo();
    const args = ['iid', file, '--rulebook', 'iid-2026'];
    expect(await run([...args, '--format', 'csv', '--lang', 'en'], io)).toBe(0);
    const lines = io.out().trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'part,innovation,innovation_status,row,title,level,score,maximum,counted,explanation,next_level',
    );
    const json = createTestIo();
    await run([...args, '--format', 'json'], json);
    const body = JSON.parse(json.out()) as {
      spdRows: unknown[];
      innovations: { rows: unknown[] }[];
    };
    const expected =
      body.spdRows.length + body.innovations.reduce((n, i) => n + Math.max(1, i.rows.length), 0);
    expect(lines.length - 1).toBe(expected);
    expect(lines.filter((l) => l.startsWith('spd,'))).toHaveLength(body.spdRows.length);
  });

  it('compares with the 2027 prognosis in English Markdown', async () => {
    const io = createTestIo();
    await run(
      [
        'iid',
        file,
        '--rulebook',
        'iid-2026',
        '--compare',
        'iid-2027',
        '--format',
        'md',
        '--lang',
        'en',
      ],
      io,
    );
    expect(io.out()).toContain('### Comparison');
    expect(io.out()).toContain('IID.SID.divisorMinimum: 12 → 14');
  });

  it('answers which band a published score falls in, indeterminate where the band is unknown', async () => {
    const known = createTestIo({ env: {} });
    expect(await run(['iid', 'predikat', '62,5', '--rulebook', 'iid-2024'], known)).toBe(0);
    expect(known.out()).toBe('62,50 (iid-2024): Sangat Inovatif\n');
    const unknown = createTestIo();
    expect(
      await run(['iid', 'predikat', '20', '--rulebook', 'iid-2025', '--lang', 'en'], unknown),
    ).toBe(3);
    expect(unknown.out()).toContain('Kurang Inovatif was not seen');
  });

  it('explains bad input: a malformed region, a bad score, a bad view — exit 2, no stack trace', async () => {
    const bad = createTestIo({ stdin: JSON.stringify({ region: {}, innovations: [{}] }) });
    expect(await run(['iid', '-', '--rulebook', 'iid-2026'], bad)).toBe(2);
    expect(bad.err()).toContain('<stdin>: The region file does not match');
    expect(bad.err()).toContain('region.name');
    expect(bad.err()).not.toMatch(/\bat .*:\d+:\d+/);
    for (const args of [
      ['iid', 'predikat', '101', '--rulebook', 'iid-2026'],
      ['iid', 'predikat', '--rulebook', 'iid-2026'],
      ['iid', file, '--rulebook', 'iid-2026', '--view', 'all'],
      ['iid', file, '--rulebook', 'kipp-2018'],
    ]) {
      const io = createTestIo();
      expect(await run(args, io), args.join(' ')).toBe(2);
      expect(io.err()).not.toBe('');
    }
  });
});
