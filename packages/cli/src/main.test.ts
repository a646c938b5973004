import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './main.js';
import { createTestIo } from './test-io.js';

describe('inovasi', () => {
  it('--help lists the commands, the exit codes and where to start', async () => {
    const io = createTestIo();
    expect(await run(['--help'], io)).toBe(0);
    expect(io.out()).toContain('check ');
    expect(io.out()).toContain('rulebook ');
    expect(io.out()).toContain('3 indeterminate');
    expect(io.out()).toContain('inovasi rulebook list');
  });

  it('each command has its own --help', async () => {
    for (const command of ['check', 'rulebook']) {
      const io = createTestIo();
      expect(await run([command, '--help'], io)).toBe(0);
      expect(io.out()).toContain(`Usage: inovasi ${command}`);
    }
  });

  it('an unknown command is a usage error', async () => {
    const io = createTestIo();
    expect(await run(['chekc'], io)).toBe(2);
    expect(io.err()).toContain('unknown command "chekc"');
  });

  it('rulebook list and show give the edition, window, sources', async () => {
    const list = createTestIo();
    expect(await run(['rulebook', 'list', '--format', 'json'], list)).toBe(0);
    expect(JSON.parse(list.out())).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'kipp-2018' })]),
    );
    const show = createTestIo();
    expect(await run(['rulebook', 'show', 'kipp-2018', '--lang', 'en'], show)).toBe(0);
    expect(show.out()).toContain('kipp.registration-close');
    expect(show.out()).toContain('[A]');
  });

  it('rulebook validate finds problems with their paths, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inovasi-rb-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(
      file,
      'id: cilegon-2026\nextends: kipp-2018\ntitle: { id: x, en: x }\ndomain: readiness\nissuer: Bappeda\neffective: { from: 2026-01-01 }\ndisable: { rules: [KIPP.NOPE] }\n',
    );
    const io = createTestIo();
    expect(await run(['rulebook', 'validate', file], io)).toBe(1);
    expect(io.out()).toContain('disable.rules[0]');
    expect(io.out()).toContain('RULEBOOK.DISABLE.UNKNOWN');
  });
});

describe('the built binary', () => {
  const bin = fileURLToPath(new URL('../bin/inovasi.js', import.meta.url));
  // The city overlay decides every rule it keeps (kipp-2018 alone leaves some unknown).
  const overlay = fileURLToPath(
    new URL('../../../apps/examples/data/cilegon/cilegon-lomba-2018.yaml', import.meta.url),
  );

  // turbo builds the CLI before its tests (turbo.json, @inovasi/cli#test): a missing build fails.
  it('prints the version, and a one-line error with exit 2 for malformed JSON', () => {
    expect(
      existsSync(fileURLToPath(new URL('../dist/bin.cjs', import.meta.url))),
      'the CLI is not built: run `pnpm --filter @inovasi/cli build` first',
    ).toBe(true);
    const version = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const dir = mkdtempSync(join(tmpdir(), 'inovasi-bin-'));
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{"title": "x" "implementationStartDate": "2017-01-01"}');
    const bad = spawnSync(process.execPath, [bin, 'check', file, '--rulebook', 'kipp-2018'], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/broken\.json:1:15: JSON tidak sah/);
    const ready = spawnSync(
      process.execPath,
      [bin, 'check', '-', '--rulebook', overlay, '--as-of', '2018-02-01', '--format', 'json'],
      {
        encoding: 'utf8',
        input: JSON.stringify({
          title: 'Si Dukung',
          agency: { name: 'Pemerintah Kota Cilegon', type: 'kota' },
          unit: 'Disdukcapil',
          category: 'pelayanan-publik',
          sdgs: [16],
          awards: [],
          implementationStartDate: '2016-01-01',
        }),
      },
    );
    expect(ready.status).toBe(0);
    expect(JSON.parse(ready.stdout)).toMatchObject({ status: 'ready' });
  });
});
