/**
 * The real process as the CLI's {@link CliIo}: standard streams, the clock, the file system, and
 * {@link run} bound to them. The built binary loads this module (with the whole CLI) as one
 * CommonJS bundle, `dist/cli.cjs`, through the V8 code cache (see `compile-cache.ts`). It uses
 * the global `process`: importing `node:process` builds the module's whole export list at
 * start-up (`allowedNodeEnvironmentFlags` alone costs a cold start ~2 %).
 *
 * @module
 */
import { link, rename, unlink, writeFile } from 'node:fs/promises';
import { decodeUtf8, MAX_DOCUMENT_BYTES, tooLargeError } from './io/decode.js';
import { restartForStream } from './io/stream-restart.js';
import { run } from './main.js';

function today(): string {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    // one document read whole: past the cap, stop before memory fills (JSON Lines or CSV stream)
    if (size > MAX_DOCUMENT_BYTES) throw tooLargeError('<stdin>', size);
    chunks.push(chunk as Buffer);
  }
  return decodeUtf8(Buffer.concat(chunks), '<stdin>');
}

async function* stdinChunks(): AsyncGenerator<Uint8Array> {
  if (process.stdin.isTTY) return;
  for await (const chunk of process.stdin) yield chunk as Uint8Array;
}

function drain(): Promise<void> {
  const out = process.stdout;
  if (!out.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}

/** Runs `inovasi <argv>` on the real process; resolves to the exit code. */
export function runProcess(argv: readonly string[]): Promise<number> {
  return run(argv, {
    stdout: (text) => process.stdout.write(text),
    stdoutBytes: (bytes) => process.stdout.write(bytes),
    stderr: (text) => process.stderr.write(text),
    readStdin,
    stdinChunks,
    drain,
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY,
    stderrIsTTY: process.stderr.isTTY,
    // process.hrtime, not perf_hooks: loading perf_hooks alone costs a cold start ~5 ms
    now: () => Number(process.hrtime.bigint()) / 1e6,
    writeFile: async (path, text, overwrite = false) => {
      // Write a temporary file, then link it into place: an existing file is never replaced
      // (EEXIST) unless `overwrite` (--force: renamed over it), and a reader never sees half a file.
      const temporary = `${path}.${process.pid}.tmp`;
      try {
        await writeFile(temporary, text, { flag: 'wx' });
      } catch (error) {
        // a full disk leaves no half-written temporary file behind
        if ((error as { code?: string }).code !== 'EEXIST')
          await unlink(temporary).catch(() => undefined);
        throw error;
      }
      if (overwrite) {
        try {
          await rename(temporary, path);
        } catch (error) {
          await unlink(temporary).catch(() => undefined);
          throw error;
        }
        return;
      }
      try {
        await link(temporary, path);
      } finally {
        await unlink(temporary);
      }
    },
    today,
    restartForStream: () =>
      restartForStream({
        env: process.env,
        execPath: process.execPath,
        execArgv: process.execArgv,
        argv: process.argv,
        onSignal: (signal, listener) => {
          process.on(signal, listener);
          return () => process.off(signal, listener);
        },
        raise: (signal) => process.kill(process.pid, signal),
      }),
  });
}
