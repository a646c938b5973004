/**
 * The `inovasi` executable: binds {@link run} to the real process. The only place that touches
 * `process.exitCode`. It uses the global `process`: importing `node:process` builds the module's
 * whole export list at start-up (`allowedNodeEnvironmentFlags` alone costs a cold start ~2 %).
 */
import { readFileSync } from 'node:fs';
import { link, rename, unlink, writeFile } from 'node:fs/promises';
import { describeOutputError } from './io/process-errors.js';

declare const __INOVASI_VERSION__: string;

function today(): string {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const { decodeUtf8, MAX_DOCUMENT_BYTES, tooLargeError } = await import('./io/decode.js');
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

// A closed pipe (`| head -1`) or a full disk on standard output: one line, a code that is not a
// domain answer, and no stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: unknown) => {
    const { code, message } = describeOutputError(error);
    if (stream === process.stdout) {
      try {
        process.stderr.write(message);
      } catch {
        // standard error is gone too: nothing more to say
      }
    }
    process.exit(code);
  });
}

const argv = process.argv.slice(2);
// `--version` and `--help` answer before the rules and their schemas are loaded.
/**
 * `inovasi --help` as this build wrote it (scripts/write-help.mjs) in the locale's language (the
 * same rule as `langFromEnv`: English for LC_ALL/LC_MESSAGES/LANG = en*), or undefined.
 */
function builtHelp(): string | undefined {
  const { LC_ALL, LC_MESSAGES, LANG } = process.env;
  const locale = [LC_ALL, LC_MESSAGES, LANG].find((v) => v !== undefined && v !== '') ?? '';
  const lang = locale.toLowerCase().startsWith('en') ? 'en' : 'id';
  try {
    return readFileSync(new URL(`help.${lang}.txt`, import.meta.url), 'utf8');
  } catch {
    return undefined;
  }
}

const help =
  argv.length === 1 && ['--help', '-h'].includes(argv[0] ?? '') ? builtHelp() : undefined;
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write(`${__INOVASI_VERSION__}\n`);
} else if (help !== undefined) {
  process.stdout.write(help);
} else {
  const { run } = await import('./main.js');
  process.exitCode = await run(argv, {
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
  });
}
