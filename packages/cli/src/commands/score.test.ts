import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScoringResult } from '@inovasi/core/scoring';
import {
  loadCases,
  summariseScoring,
  type ScoringCaseInput,
  type ScoringExpectation,
} from '@inovasi/test-utils';
import { describe, expect, it } from 'vitest';
import { run } from '../main.js';
import { createTestIo } from '../test-io.js';

const dir = mkdtempSync(join(tmpdir(), 'inovasi-score-'));
const EXIT_FOR = { complete: 0, indeterminate: 3, invalid: 2 } as const;

describe('shared scoring cases through the CLI', () => {
  it.each(loadCases<ScoringExpectation>('scoring'))('$name', async (c) => {
    const input = c.input as ScoringCaseInput;
    let rulebook = c.rulebook;
    if (input.overlay) {
      rulebook = join(dir, `${input.overlay.id}.json`);
      writeFileSync(rulebook, JSON.stringify(input.overlay));
    }
    const args = ['score', '-', '--rulebook', rulebook, '--as-of', c.asOf, '--format', 'json'];
    if (c.options?.resamples !== undefined) args.push('--resamples', c.options.resamples);
    const io = createTestIo({ stdin: JSON.stringify(input.panel) });
    const code = await run(args, io);
    expect(code).toBe(EXIT_FOR[c.expected.status]);
    if (c.expected.status === 'invalid') {
      expect(io.out()).toBe('');
      for (const path of c.expected.issues ?? []) expect(io.err()).toContain(`  - ${path}: `);
      return;
    }
    expect(io.err()).toBe('');
    const result = JSON.parse(io.out()) as ScoringResult;
    expect(summariseScoring(result, c.expected)).toEqual(c.expected);
  });
});

describe('inovasi score', () => {
  const panel = {
    entries: [{ id: 'E1', title: 'Si Pintar' }, { id: 'E2' }],
    judges: [{ id: 'J1' }, { id: 'J2' }],
  };
  const panelFile = join(dir, 'panel.json');
  writeFileSync(panelFile, JSON.stringify(panel));

  it('reads score sheets from a CSV exported from a spreadsheet and prints the ranking', async () => {
    const csv = join(dir, 'nilai.csv');
    writeFileSync(
      csv,
      [
        'Juri;Peserta;kebaruan;relevansi;kelayakan;keberlanjutan;kolaborasi;dokumentasi;Komentar',
        'J1;E1;3;3;3;3;3;3;sangat baik',
        'J2;E1;3;3;3;2;2;2;',
        'J1;E2;1;1;1;1;1;1;',
        'J2;E2;2;2;2;2;2;2;',
      ].join('\n'),
    );
    const io = createTestIo({ env: {} });
    const code = await run(
      [
        'score',
        panelFile,
        '--sheets',
        csv,
        '--rulebook',
        'kota-metro-2027-judul',
        '--as-of',
        '2027-03-01',
        '--resamples',
        '0',
      ],
      io,
    );
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    // E1: (63 + 15+15+12+6+4+4 = 56) / 2 = 59.5; E2: (21 + 42) / 2 = 31.5.
    expect(io.out()).toMatch(/1\s+E1 Si Pintar\s+59,5\s+2\s+lolos/);
    expect(io.out()).toMatch(/2\s+E2\s+31,5\s+2/);
    const csvOut = createTestIo();
    const args = ['score', panelFile, '--sheets', csv, '--rulebook', 'kota-metro-2027-judul'];
    const rest = ['--as-of', '2027-03-01', '--resamples', '0', '--format', 'csv', '--lang', 'en'];
    expect(await run([...args, ...rest], csvOut)).toBe(0);
    const lines = csvOut.out().trimEnd().split('\r\n');
    expect(lines[0]).toBe('stage,rank,entry,title,score,sheets_counted,decision,reasons');
    expect(lines.slice(1).map((l) => l.split(',').slice(1, 7))).toEqual([
      ['1', 'E1', 'Si Pintar', '59.5', '2', 'advance'],
      ['2', 'E2', '', '31.5', '2', expect.any(String)],
    ]);
  });

  it('reads score sheets from an XLSX workbook', async () => {
    const { default: writeXlsxFile } = await import('write-excel-file/node');
    const file = join(dir, 'nilai.xlsx');
    const header = [
      'juri',
      'peserta',
      'kebaruan',
      'relevansi',
      'kelayakan',
      'keberlanjutan',
      'kolaborasi',
      'dokumentasi',
    ];
    await writeXlsxFile(
      [
        header.map((value) => ({ value })),
        ['J1', 'E1', 2, 2, 2, 2, 2, 2].map((value) => ({ value })),
        ['J1', 'E2', 3, 3, 3, 3, 3, 3].map((value) => ({ value })),
      ],
      { sheet: 'Nilai' },
    ).toFile(file);
    const io = createTestIo();
    const code = await run(
      [
        'score',
        panelFile,
        '--sheets',
        file,
        '--worksheet',
        'Nilai',
        '--rulebook',
        'kota-metro-2027-judul',
        '--as-of',
        '2027-03-01',
        '--format',
        'json',
        '--resamples',
        '0',
      ],
      io,
    );
    expect(io.err()).toBe('');
    // J2 sent no sheets: both entries are still scored on J1's (minimum one sheet), with findings.
    expect(code).toBe(0);
    const result = JSON.parse(io.out()) as ScoringResult;
    expect(result.stages[0]?.entries.map((e) => [e.entry, e.score])).toEqual([
      ['E2', 63],
      ['E1', 42],
    ]);
    expect(result.findings.filter((f) => f.code === 'SCORING.SHEET.MISSING')).toHaveLength(2);
  });

  it('names the row and column of a bad CSV cell, exit 2', async () => {
    const csv = join(dir, 'bad.csv');
    writeFileSync(csv, 'juri,peserta,kebaruan\nJ1,,3\n');
    const io = createTestIo();
    expect(
      await run(['score', panelFile, '--sheets', csv, '--rulebook', 'kota-metro-2027-judul'], io),
    ).toBe(2);
    expect(io.err()).toContain('bad.csv, row 2, column peserta: the entry is empty');
  });

  it('prints the transparency report in English with --report md --lang en', async () => {
    const io = createTestIo({
      stdin: JSON.stringify({
        ...panel,
        sheets: [
          {
            judge: 'J1',
            entry: 'E1',
            scores: {
              kebaruan: 3,
              relevansi: 3,
              kelayakan: 3,
              keberlanjutan: 3,
              kolaborasi: 3,
              dokumentasi: 3,
            },
          },
        ],
      }),
    });
    const code = await run(
      [
        'score',
        '-',
        '--rulebook',
        'kota-metro-2027-judul',
        '--as-of',
        '2027-03-01',
        '--report',
        'md',
        '--lang',
        'en',
      ],
      io,
    );
    // E2 has no sheet at all: it needs human review.
    expect(code).toBe(3);
    expect(io.out()).toContain('# Scoring report: Kota Metro Innovation Contest 2027');
    expect(io.out()).toContain('| Novelty & originality (`kebaruan`) | 5 | yes | — |');
    expect(io.out()).toContain('## Objection window');
  });

  it('rejects bad options with exit 2', async () => {
    const io = createTestIo();
    expect(
      await run(
        ['score', panelFile, '--rulebook', 'kota-metro-2027-judul', '--resamples', 'many'],
        io,
      ),
    ).toBe(2);
    expect(io.err()).toContain('--resamples must be a whole number');
    const other = createTestIo();
    expect(await run(['score', panelFile, '--rulebook', 'kipp-2018'], other)).toBe(2);
    expect(other.err()).toContain('not for competition scoring');
  });
});
