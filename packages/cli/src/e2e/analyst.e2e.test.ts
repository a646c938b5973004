/**
 * A Bappeda analyst's ten complaints (issue #17), each replayed through the built binary: the
 * city's own limits take effect, typos are caught, stale dates are flagged, summaries agree with
 * findings, and the current edition reaches a determinate answer with labelled local decisions.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { inovasi, root, tempDir } from './helpers.js';

// Whole processes on a shared, loaded machine: generous time, no timing assertions.
vi.setConfig({ testTimeout: 60_000 });

const SECTIONS_2023 = [
  ['ringkasan', 200],
  ['latar-belakang', 300],
  ['kebaruan', 200],
  ['implementasi', 200],
  ['signifikansi', 1000],
  ['adaptabilitas-replikasi', 100],
  ['adaptabilitas-potensi', 200],
  ['sumber-daya', 200],
  ['keberlanjutan', 500],
] as const;

/** A city overlay on kipp-2023 that makes all nine sections required with binding limits. */
function hardLimitOverlay(): string {
  return [
    'id: cilegon-2023',
    'extends: kipp-2023',
    'title: { id: Lomba Cilegon 2023, en: Cilegon contest 2023 }',
    'domain: readiness',
    'status: in-force',
    'issuer: Bappeda Kota Cilegon',
    'effective: { from: 2023-01-01, to: 2023-12-31 }',
    'parameters:',
    '  - id: kipp.sections.umum',
    '    title: { id: Bagian proposal kota, en: City proposal sections }',
    '    values:',
    '      - from: 2023-01-01',
    '        source: { citation: Keputusan Bappeda Kota Cilegon (demo), tier: C }',
    '        value:',
    '          sections:',
    ...SECTIONS_2023.map(
      ([id, max]) =>
        `            - { id: ${id}, title: { id: ${id}, en: ${id} }, maxWords: ${max}, limit: hard, required: true }`,
    ),
    '',
  ].join('\n');
}

const words = (n: number): string => Array.from({ length: n }, (_, i) => `kata${i}`).join(' ');

/** A kipp-2023 proposal complete in everything but what a test changes. */
function proposal2023(sections: Record<string, string>): string {
  return JSON.stringify({
    title: 'Si Dukung',
    agency: { name: 'Pemerintah Kota Cilegon', type: 'kota' },
    unit: 'Disdukcapil',
    group: 'umum',
    isApplication: false,
    implementationStartDate: '2019-01-01',
    sections,
  });
}

interface Result {
  status: string;
  findings: { code: string; severity: string; path?: string; message: { en: string } }[];
}

describe('1. a city overlay does what it says', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'cilegon.yaml'), hardLimitOverlay());
  const check = (input: string) =>
    inovasi(
      ['check', '-', '--rulebook', 'cilegon.yaml', '--as-of', '2023-04-01', '--format', 'json'],
      { cwd: dir, input },
    );

  it('a section over a hard limit is an error: not ready, exit 1', () => {
    const full = Object.fromEntries(SECTIONS_2023.map(([id]) => [id, words(40)]));
    const r = check(proposal2023({ ...full, signifikansi: words(1200) }));
    expect(r.status).toBe(1);
    const result = JSON.parse(r.stdout) as Result;
    expect(result.status).toBe('not-ready');
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        code: 'KIPP.SECTION.TOO_LONG',
        severity: 'error',
        path: 'sections.signifikansi',
      }),
    );
  });

  it('a proposal without its required sections is not ready', () => {
    const r = check(proposal2023({}));
    expect(r.status).toBe(1);
    const missing = (JSON.parse(r.stdout) as Result).findings.filter(
      (f) => f.code === 'KIPP.SECTION.MISSING',
    );
    expect(missing).toHaveLength(9);
    expect(new Set(missing.map((f) => f.severity))).toEqual(new Set(['error']));
  });

  it('the national kipp-2023 (known only from a regional copy) still only warns', () => {
    const r = inovasi(
      ['check', '-', '--rulebook', 'kipp-2023', '--as-of', '2023-04-01', '--format', 'json'],
      { input: proposal2023({}) },
    );
    const result = JSON.parse(r.stdout) as Result;
    const missing = result.findings.filter((f) => f.code === 'KIPP.SECTION.MISSING');
    expect(missing.length).toBeGreaterThan(0);
    expect(new Set(missing.map((f) => f.severity))).toEqual(new Set(['warning']));
  });

  it('`rulebook validate` warns about a parameter no rule reads and a change with no effect', () => {
    const text = [
      'id: cilegon-2018',
      'extends: kipp-2018',
      'title: { id: Lomba Cilegon, en: Cilegon contest }',
      'domain: readiness',
      'status: in-force',
      'issuer: Bappeda Kota Cilegon',
      'effective: { from: 2018-01-02, to: 2018-03-10 }',
      'parameters:',
      '  - id: kipp.sdg.minimum',
      '    title: { id: TPB minimal, en: Least SDGs }',
      '    values:',
      '      - { from: 2018-01-02, value: 2, source: { citation: Keputusan Bappeda (demo), tier: C } }',
      '  - id: kipp.sdgs.minimum',
      '    title: { id: TPB minimal, en: Least SDGs }',
      '    values:',
      '      - { from: 2018-01-02, value: 1, source: { citation: Keputusan Bappeda (demo), tier: C } }',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'typo.yaml'), text);
    const r = inovasi(['rulebook', 'validate', 'typo.yaml', '--format', 'json', '--lang', 'en'], {
      cwd: dir,
    });
    const report = JSON.parse(r.stdout) as {
      valid: boolean;
      findings: { code: string; severity: string; line: number; message: { en: string } }[];
    };
    const codes = report.findings.map((f) => `${f.code}:${f.severity}:${f.line}`);
    expect(codes).toContain('RULEBOOK.PARAMETER.UNUSED:warning:9');
    expect(codes).toContain('RULEBOOK.CHANGE.NO_EFFECT:warning:16');
    const human = inovasi(['rulebook', 'validate', 'typo.yaml', '--lang', 'en'], { cwd: dir });
    expect(human.stdout).toContain('No rule reads parameter kipp.sdg.minimum');
    expect(human.stdout).toContain('kipp.sdgs.minimum');
  });
});

describe('2. typos are findings, with "did you mean"', () => {
  it('an unknown proposal field is a warning naming the path and the field meant', () => {
    const r = inovasi(
      ['check', '-', '--rulebook', 'kipp-2018', '--as-of', '2018-03-01', '--format', 'json'],
      { input: JSON.stringify({ title: 'Si Dukung', implementationStartdate: '2016-08-17' }) },
    );
    const result = JSON.parse(r.stdout) as Result;
    const typo = result.findings.find((f) => f.code === 'INPUT.FIELD.UNKNOWN');
    expect([typo?.severity, typo?.path]).toEqual(['warning', 'implementationStartdate']);
    expect(typo?.message.en).toContain('Did you mean "implementationStartDate"?');
  });

  it('in a CSV too: the column name is the path', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'usulan.csv'),
      'title,agency.nmae,implementationStartDate\nSi Dukung,Kota Cilegon,2016-08-17\n',
    );
    const r = inovasi(
      ['check', 'usulan.csv', '--rulebook', 'kipp-2018', '--as-of', '2018-03-01', '--lang', 'en'],
      { cwd: dir },
    );
    expect(r.stdout).toContain('INPUT.FIELD.UNKNOWN');
    expect(r.stdout).toContain('Did you mean "name"?');
  });

  it('an IID urusan typo is an error with the urusan meant', () => {
    const region = readFileSync(join(root, 'apps/examples/data/cilegon/region/iid.yaml'), 'utf8');
    const first = /urusan: (\S+)/.exec(region)?.[1] ?? '';
    const dir = tempDir();
    writeFileSync(join(dir, 'iid.yaml'), region.replace(`urusan: ${first}`, 'urusan: sosiall'));
    const r = inovasi(
      ['iid', 'iid.yaml', '--rulebook', 'iid-2026', '--as-of', '2026-06-01', '--format', 'json'],
      { cwd: dir },
    );
    const result = JSON.parse(r.stdout) as Result;
    const typo = result.findings.find((f) => f.code === 'IID.URUSAN.UNKNOWN');
    expect([typo?.severity, typo?.path]).toEqual(['error', 'innovations[0].urusan']);
    expect(typo?.message.en).toContain('Did you mean "sosial"?');
  });
});

describe('4. a fresh overlay does not inherit stale dates silently', () => {
  it('init warns, the template lists the decisions, validate warns', () => {
    const dir = tempDir();
    const init = inovasi(
      [
        'rulebook',
        'init',
        '--extends',
        'kipp-2018',
        '--id',
        'cilegon-lomba-2026',
        '--from',
        '2026-01-01',
        '--out',
        'cilegon.yaml',
      ],
      { cwd: dir },
    );
    expect(init.status).toBe(0);
    expect(init.stderr).toContain('kipp.registration-close = 2018-03-31 diwarisi dari kipp-2018');
    const template = readFileSync(join(dir, 'cilegon.yaml'), 'utf8');
    expect(template).toContain('KEPUTUSAN UNTUK DAERAH / DECISIONS FOR THE REGION');
    // Each unknown of the base edition is offered as a decision: a value and its source.
    expect(template).toMatch(/# {3}- id: kipp\.attachments\n/);
    expect(template).toContain('a local decision, not a national rule');
    const validate = inovasi(['rulebook', 'validate', 'cilegon.yaml', '--lang', 'en'], {
      cwd: dir,
    });
    expect(validate.status).toBe(0);
    expect(validate.stdout).toContain('RULEBOOK.DATES.INHERITED');
    expect(validate.stdout).toContain('2018-03-31 is inherited from kipp-2018');
  });
});

describe('5. the rules summary agrees with the findings', () => {
  it('no tick beside a rule with findings against it', () => {
    const r = inovasi(['check', '-', '--rulebook', 'kipp-2023', '--as-of', '2023-04-01'], {
      input: proposal2023({ ringkasan: 'tbd' }),
    });
    const summary = r.stdout.slice(r.stdout.indexOf('Aturan:'));
    const findingRules = new Set(
      [...r.stdout.matchAll(/^ {2}[✗!] (KIPP\.[A-Z_]+)/gm)].map((m) => m[1] ?? ''),
    );
    for (const line of summary.split('\n').filter((l) => /^ {4}✓ /.test(l))) {
      const id = line.trim().split(' ')[1] ?? '';
      for (const code of findingRules) expect(code.startsWith(`${id}.`) ? line : '').toBe('');
    }
    // A rule that failed only with warnings is not shown as failed while the status is ready.
    expect(summary).toMatch(/ {4}! KIPP\.SECTIONS /);
  });
});

describe('6. the current edition reaches a determinate answer with local decisions', () => {
  const data = join(root, 'apps/examples/data/cilegon');
  it('unknowns say how a region settles them, and never cite research notes', () => {
    const r = inovasi([
      'check',
      `${data}/si-dukung-2026.yaml`,
      '--rulebook',
      'kipp-2025',
      '--as-of',
      '2025-06-01',
      '--lang',
      'en',
    ]);
    expect(r.status).toBe(3);
    expect(r.stdout).not.toContain('kipp.md');
    expect(r.stdout).toContain('rulebook init --extends kipp-2025');
    expect(r.stdout).toContain('a local decision, not a national rule');
  });

  it('the Cilegon overlay on kipp-2025 settles every unknown, labelled as a local decision', () => {
    const overlay = readFileSync(`${data}/cilegon-lomba-2026.yaml`, 'utf8');
    const decisions = overlay.match(/citation: Keputusan Bappeda Kota Cilegon \(demo\)/g) ?? [];
    expect(decisions.length).toBeGreaterThanOrEqual(9);
    expect(overlay).toContain('KEPUTUSAN DAERAH, BUKAN ATURAN NASIONAL');
    const r = inovasi([
      'check',
      `${data}/si-dukung-2026.yaml`,
      '--rulebook',
      `${data}/cilegon-lomba-2026.yaml`,
      '--as-of',
      '2026-03-01',
      '--format',
      'json',
    ]);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as Result).status).toBe('ready');
  });
});

describe('10. what a user expects: a blank proposal, --force', () => {
  it('init proposal writes every section with its limit, and check reads it as it is', () => {
    const dir = tempDir();
    const init = inovasi(
      ['init', 'proposal', '--rulebook', 'kipp-2023', '--group', 'umum', '--out', 'usulan.yaml'],
      { cwd: dir },
    );
    expect(init.status).toBe(0);
    const text = readFileSync(join(dir, 'usulan.yaml'), 'utf8');
    for (const [id] of SECTIONS_2023.filter(([id]) => id !== 'signifikansi'))
      expect(text).toContain(`  ${id}: ""`);
    expect(text).toContain('# Signifikansi — paling banyak 600 kata (tidak mengikat)');
    expect(text).toContain('group: umum');
    const check = inovasi(
      ['check', 'usulan.yaml', '--rulebook', 'kipp-2023', '--as-of', '2023-04-01'],
      { cwd: dir },
    );
    expect(check.status).toBe(1); // read as it is (not exit 2), and not ready until filled in
    const unknownGroup = inovasi(['init', 'proposal', '--rulebook', 'kipp-2023', '--group', 'x']);
    expect([unknownGroup.status, unknownGroup.stderr]).toEqual([
      2,
      expect.stringContaining('umum, khusus'),
    ]);
  });

  it('--out refuses an existing file (exit 2, untouched) unless --force', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'usulan.yaml'), 'mine\n');
    const args = ['init', 'proposal', '--rulebook', 'kipp-2021', '--out', 'usulan.yaml'];
    const refused = inovasi(args, { cwd: dir });
    expect([refused.status, refused.stderr]).toEqual([2, expect.stringContaining('--force')]);
    expect(readFileSync(join(dir, 'usulan.yaml'), 'utf8')).toBe('mine\n');
    expect(inovasi([...args, '--force'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, 'usulan.yaml'), 'utf8')).toContain('sections:');
  });
});

describe('9. report exit codes as documented', () => {
  it('a written report exits 0 whatever its answers; bad input exits 2 and writes nothing', () => {
    const dir = tempDir();
    const args = [
      'report',
      join(root, 'apps/examples/data/cilegon/proposals.csv'),
      '--rulebook',
      'kipp-2018',
      '--as-of',
      '2018-02-01',
      '--out',
      'laporan.html',
    ];
    expect(inovasi(args, { cwd: dir }).status).toBe(0);
    expect(inovasi(args, { cwd: dir }).status).toBe(2);
    expect(inovasi([...args, '--force'], { cwd: dir }).status).toBe(0);
    const help = inovasi(['report', '--help']).stdout;
    expect(help).toContain('0 laporan ditulis');
  });
});

describe('7. readable output', () => {
  const region = join(root, 'apps/examples/data/cilegon/region/iid.yaml');

  it('rulebook diff is a table of changes, not JSON blobs', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'longer.yaml'),
      hardLimitOverlay().replace('id: cilegon-2023', 'id: cilegon-2023b'),
    );
    const r = inovasi(['rulebook', 'diff', 'kipp-2023', 'longer.yaml', '--lang', 'en'], {
      cwd: dir,
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/sections\[signifikansi\]\.maxWords\s+600 → 1000/);
    expect(r.stdout).toMatch(/sections\[ringkasan\]\.limit\s+soft → hard/);
    expect(r.stdout).not.toContain('{"');
  });

  it('iid --compare lists the changed constants as rows, not JSON', () => {
    const r = inovasi([
      'iid',
      region,
      '--rulebook',
      'iid-2026',
      '--as-of',
      '2026-06-01',
      '--compare',
      'iid-2027',
      '--lang',
      'en',
    ]);
    const comparison = r.stdout.slice(r.stdout.indexOf('Comparison'));
    expect(comparison).not.toContain('{"');
    expect(comparison).toMatch(/→/);
  });

  it('the urusan line says which are not covered; the plan is short and names no internal ids', () => {
    const r = inovasi([
      'iid',
      region,
      '--rulebook',
      'iid-2026',
      '--as-of',
      '2026-06-01',
      '--what-if',
    ]);
    expect(r.stdout).toMatch(/Urusan[^\n]*tercakup \(syarat \d+\); belum tercakup: /);
    const plan = r.stdout.slice(r.stdout.indexOf('Rencana:'), r.stdout.indexOf('Temuan'));
    const steps = plan.split('\n').filter((l) => /^ {4}\d+\. /.test(l));
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.length).toBeLessThanOrEqual(25);
    expect(plan).not.toContain('rencana-');
  });

  it('iid predikat says its reason once', () => {
    const r = inovasi(['iid', 'predikat', '70', '--rulebook', 'iid-2020']);
    const reason = /— (.+?)[.;]/.exec(r.stdout)?.[1] ?? '';
    expect(reason.length).toBeGreaterThan(10);
    expect(r.stdout.split(reason).length - 1).toBe(1);
  });
});
