import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { STREAM_NODE_FLAGS } from '../io/stream-restart.js';
import { bin, inovasi, tempDir } from './helpers.js';

// Whole processes on a shared, loaded machine: generous time, no timing assertions.
vi.setConfig({ testTimeout: 120_000 });

const lines = Array.from(
  { length: 60 },
  (_, i) =>
    `${JSON.stringify({
      id: `p${i}`,
      title: `Layanan Keliling ${i % 20 === 19 ? i - 1 : i}`,
      agency: { name: `Kota ${i % 5}`, type: 'kota' },
      group: 'umum',
      implementationStartDate: '2019-05-01',
    })}\n`,
).join('');
const args = ['check', 'usulan.jsonl', '--rulebook', 'kipp-2021', '--as-of', '2021-03-01'];

describe('a long stream runs in a child process with a small heap', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'usulan.jsonl'), lines);

  it('gives the same output and exit code as the stream run in the first process', () => {
    for (const format of ['json', 'csv', 'table']) {
      const run = [...args, '--format', format];
      const child = inovasi(run, { cwd: dir });
      const here = inovasi(run, { cwd: dir, env: { INOVASI_STREAM_RESTART: 'off' } });
      expect(child.status).toBe(1); // a repeated title: not ready
      expect(child.stdout).toContain('usulan.jsonl:60');
      expect(child).toEqual(here);
    }
  });

  it('starts the child with the flags, once', () => {
    // a preload records each process's Node flags
    const log = join(dir, 'flags.log');
    const preload = join(dir, 'flags.mjs');
    writeFileSync(
      preload,
      `import { appendFileSync } from 'node:fs';\nappendFileSync(${JSON.stringify(log)}, JSON.stringify(process.execArgv) + '\\n');\n`,
    );
    const run = spawnSync(process.execPath, ['--import', preload, bin, ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(run.status).toBe(1);
    const flags = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as string[]);
    expect(flags).toHaveLength(2);
    expect(flags[0]).not.toContain('--optimize-for-size');
    expect(flags[1]).toEqual([...STREAM_NODE_FLAGS, '--import', preload]);
  });

  it('passes a signal on: the child stops and the command ends by it', async () => {
    const child = spawn(
      process.execPath,
      [bin, 'check', '-', '--stream', '--rulebook', 'kipp-2021'],
      {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '' },
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      out += text;
    });
    // standard input stays open: the stream waits for more
    child.stdin.write(lines.slice(0, lines.indexOf('\n') + 1));
    while (!out.includes('<stdin>:1')) await once(child.stdout, 'data');
    child.kill('SIGTERM');
    const [code, signal] = (await once(child, 'exit')) as [number | null, string | null];
    expect({ code, signal }).toEqual({ code: null, signal: 'SIGTERM' });
  });
});
