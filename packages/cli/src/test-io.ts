/**
 * An in-memory {@link CliIo} for tests: captures stdout and stderr, serves stdin from a string.
 */
import type { CliIo } from './io.js';

/** A captured CLI run's output. */
export interface CapturedIo extends CliIo {
  readonly out: () => string;
  readonly err: () => string;
}

/**
 * Creates an in-memory io. `cwd` defaults to the repository root; `env` to an English locale
 * (`LANG=en_US.UTF-8`), so in-process tests read the English messages — the Indonesian default
 * is tested through the built binary (src/e2e/language.e2e.test.ts) and with `env: {}`.
 */
export function createTestIo(
  options: {
    stdin?: string;
    cwd?: string;
    today?: string;
    tty?: boolean;
    env?: Record<string, string>;
  } = {},
): CapturedIo {
  let out = '';
  let err = '';
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    readStdin: () => Promise.resolve(options.stdin ?? ''),
    // in small chunks, so a character or a line cut between two chunks is tested too
    stdinChunks: async function* () {
      const bytes = new TextEncoder().encode(options.stdin ?? '');
      for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
      await Promise.resolve();
    },
    drain: () => Promise.resolve(),
    cwd: options.cwd ?? new URL('../../..', import.meta.url).pathname,
    env: options.env ?? { LANG: 'en_US.UTF-8' },
    stdoutIsTTY: options.tty ?? false,
    today: () => options.today ?? '2026-11-28',
    out: () => out,
    err: () => err,
  };
}
