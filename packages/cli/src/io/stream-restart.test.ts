import { describe, expect, it } from 'vitest';
import {
  restartForStream,
  shouldRestart,
  STREAM_NODE_FLAGS,
  type RestartHost,
} from './stream-restart.js';

const host = (over: Partial<RestartHost> = {}): RestartHost => ({
  env: {},
  execPath: process.execPath,
  execArgv: [],
  argv: [process.execPath, '/x/bin/inovasi.js', 'check', 'a.jsonl'],
  onSignal: () => () => undefined,
  raise: () => undefined,
  ...over,
});

describe('shouldRestart', () => {
  it('restarts a first process', () => {
    expect(shouldRestart(host())).toBe(true);
  });
  it('does not restart the child, when turned off, or when the flags are already set', () => {
    expect(shouldRestart(host({ env: { INOVASI_STREAM_CHILD: '1' } }))).toBe(false);
    expect(shouldRestart(host({ env: { INOVASI_STREAM_RESTART: 'OFF' } }))).toBe(false);
    expect(shouldRestart(host({ execArgv: [...STREAM_NODE_FLAGS] }))).toBe(false);
    expect(shouldRestart(host({ argv: [process.execPath] }))).toBe(false);
  });
});

describe('restartForStream', () => {
  it('runs the stream here when the child cannot start', async () => {
    await expect(restartForStream(host({ execPath: '/no/such/node' }))).resolves.toBeUndefined();
  });
  it("answers with the child's exit code, and removes its signal listeners", async () => {
    const listening = new Set<string>();
    const code = await restartForStream(
      host({
        // the "script" exits at once with 3
        argv: [process.execPath, '-e', 'process.exit(3)'],
        onSignal: (signal) => {
          listening.add(signal);
          return () => listening.delete(signal);
        },
      }),
    );
    expect(code).toBe(3);
    expect(listening.size).toBe(0);
  });
  it('ends by the signal that ended the child', async () => {
    const raised: string[] = [];
    const code = await restartForStream(
      host({
        argv: [process.execPath, '-e', "process.kill(process.pid, 'SIGTERM')"],
        raise: (signal) => raised.push(signal),
      }),
    );
    expect(code).toBe(143);
    expect(raised).toEqual(['SIGTERM']);
  });
});
