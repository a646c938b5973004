/**
 * Spawning the built `inovasi` binary, as a user would, for the end-to-end tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The executable, and the build it needs. */
export const bin = fileURLToPath(new URL('../../bin/inovasi.js', import.meta.url));
const dist = fileURLToPath(new URL('../../dist/bin.cjs', import.meta.url));

/** The repository root (sample data paths are relative to it). */
export const root = fileURLToPath(new URL('../../../..', import.meta.url));

/** What one run printed and returned. */
export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `inovasi <args>` in `cwd` (default: the repository root), with optional stdin. */
export function inovasi(
  args: readonly string[],
  options: { cwd?: string; input?: string; env?: Record<string, string> } = {},
): Run {
  if (!existsSync(dist))
    throw new Error('The CLI is not built: run `pnpm turbo run build --filter=@inovasi/cli`.');
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    input: options.input ?? '',
    env: { PATH: process.env.PATH ?? '', ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary directory. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'inovasi-e2e-'));
}

/**
 * `score` of a Cilegon-style panel file with the sample mentors' sheets, under
 * banten-kompetisi-2024, without resampling (fast).
 */
export function cilegonScoreArgs(panel: string): string[] {
  const data = join(root, 'apps/examples/data/cilegon/panel');
  return [
    'score',
    panel,
    '--sheets',
    join(data, 'nilai-mentor.csv'),
    '--rulebook',
    'banten-kompetisi-2024',
    '--as-of',
    '2024-06-01',
    '--resamples',
    '0',
  ];
}
