import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bin, root } from './helpers.js';

/** Runs the CLI with its standard output read by a reader that closes after the first chunk. */
function runIntoClosedPipe(
  args: readonly string[],
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.stdout.once('data', () => {
      child.stdout.destroy();
    });
    child.on('close', (code) => {
      resolve({ code, stderr });
    });
  });
}

describe('the outside world fails the CLI (issue #14)', () => {
  it('EPIPE (`| head -1`): one line, exit 141, no stack trace, not "not ready"', async () => {
    const { code, stderr } = await runIntoClosedPipe(['rulebook', 'list', '--format', 'md']);
    // a short output may be written whole before the pipe closes: then the run simply ends
    if (code !== 0) {
      expect(code).toBe(141);
      expect(stderr).toContain('standard output was closed');
    }
    expect(stderr).not.toMatch(/\n\s+at /);
    const big = await runIntoClosedPipe([
      'check',
      'apps/examples/data/cilegon/proposals.csv',
      '--rulebook',
      'kipp-2018',
      '--format',
      'json',
    ]);
    expect([0, 141]).toContain(big.code);
    expect(big.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it.runIf(existsSync('/dev/full'))(
    'a full disk on standard output: exit 74 with a clear line',
    () => {
      const full = openSync('/dev/full', 'w');
      try {
        const result = spawnSync(process.execPath, [bin, 'rulebook', 'list'], {
          cwd: root,
          stdio: ['ignore', full, 'pipe'],
          encoding: 'utf8',
        });
        expect(result.status).toBe(74);
        expect(result.stderr).toContain('the disk is full (ENOSPC)');
        expect(result.stderr).not.toMatch(/\n\s+at /);
      } finally {
        closeSync(full);
      }
    },
    60_000,
  );

  it('closed standard input: exit 2 naming <stdin>', () => {
    const result = spawnSync(process.execPath, [bin, 'check', '-', '--rulebook', 'kipp-2021'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('<stdin>');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
