/**
 * The newcomer's path: from `inovasi --help` to a validated city overlay and its passing test
 * file, using only what the CLI's own help says.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { inovasi as inovasiIn, tempDir, type Run } from './helpers.js';

/** These tests read the English texts: the locale says English (language.e2e tests the default). */
function inovasi(
  args: readonly string[],
  options: { cwd?: string; input?: string; env?: Record<string, string> } = {},
): Run {
  return inovasiIn(args, { ...options, env: { LANG: 'en_US.UTF-8', ...options.env } });
}

// Whole processes on a shared, loaded machine: generous time, no timing assertions.
vi.setConfig({ testTimeout: 60_000 });

function commandsIn(help: string): string[] {
  return (
    /^Commands:\n((?: {2}\S.*\n)+)/m
      .exec(help)?.[1]
      ?.trim()
      .split('\n')
      .map((l) => l.trim().split(/\s+/)[0] ?? '') ?? []
  );
}

describe('a newcomer', () => {
  const main = inovasi(['--help']);

  it('finds every command in --help, and each command explains itself', () => {
    expect(main.status).toBe(0);
    // `--help` comes from the text the build wrote; `help` renders it live: they must agree.
    expect(inovasi(['help']).stdout).toBe(main.stdout);
    const names = commandsIn(main.stdout);
    expect(names).toEqual(expect.arrayContaining(['check', 'rulebook', 'report']));
    for (const name of names) {
      const help = inovasi([name, '--help']);
      expect({ name, status: help.status }).toEqual({ name, status: 0 });
      expect(help.stdout).toMatch(new RegExp(`^Usage: inovasi ${name}`));
      expect(help.stdout).toContain('Exit codes');
      expect(help.stdout).toMatch(new RegExp(`\\n {2}inovasi ${name} `)); // an example to copy
      // `inovasi help <name>` says the same.
      expect(inovasi(['help', name]).stdout).toBe(help.stdout);
    }
  });

  it('is pointed to the right command after a typo', () => {
    for (const [typo, meant] of [
      ['rulbook', 'rulebook'],
      ['chek', 'check'],
      ['repot', 'report'],
    ] as const) {
      const r = inovasi([typo]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`Did you mean "${meant}"?`);
    }
    const help = inovasi(['help', 'rulbook']);
    expect([help.status, help.stderr]).toEqual([
      2,
      expect.stringContaining('Did you mean "rulebook"?'),
    ]);
    const sub = inovasi(['rulebook', 'valdiate', 'x.yaml']);
    expect([sub.status, sub.stderr]).toEqual([
      2,
      expect.stringContaining('Did you mean "validate"?'),
    ]);
  });

  it('follows the overlay recipe in `rulebook --help` to a valid overlay and a passing test file', () => {
    const help = inovasi(['rulebook', '--help']).stdout;
    const recipe = help
      .slice(help.indexOf("A city's first overlay"))
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.startsWith('inovasi rulebook '))
      .map((l) => l.replace(/^inovasi /, '').split(' '));
    expect(recipe.map((args) => args[1])).toEqual(['init', 'validate', 'diff', 'test']);
    const dir = tempDir();
    // The test file a newcomer writes, in the format `rulebook --help` names.
    writeFileSync(
      join(dir, 'cases.yaml'),
      [
        '- name: old enough, but the 2018 attachment list is unknown, so a person must check',
        '  asOf: 2018-03-01',
        '  input:',
        '    title: Si Dukung',
        '    agency: { name: Pemerintah Kota Cilegon, type: kota }',
        '    unit: Disdukcapil',
        '    category: pelayanan-publik',
        '    sdgs: [16]',
        '    awards: []',
        '    implementationStartDate: 2016-08-17',
        '  expected: { status: indeterminate }',
        '',
      ].join('\n'),
    );
    for (const args of recipe) {
      // The overlay must apply when the case is read: the recipe's init gets a --from.
      const run = args[1] === 'init' ? [...args, '--from', '2018-01-01'] : args;
      const r = inovasi(run, { cwd: dir });
      expect({ args: run.join(' '), status: r.status, stderr: r.stderr }).toMatchObject({
        status: 0,
      });
    }
    expect(
      inovasi(['rulebook', 'test', 'cases.yaml', '--rulebook', 'cilegon.yaml'], { cwd: dir })
        .stdout,
    ).toContain('1 passed, 0 failed');
  });
});
