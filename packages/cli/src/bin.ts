/**
 * The `inovasi` executable: binds {@link run} to the real process. The only place that touches
 * `process.exitCode`.
 */
import { readFileSync } from 'node:fs';
import { link, unlink, writeFile } from 'node:fs/promises';
import process from 'node:process';

declare const __INOVASI_VERSION__: string;

function today(): string {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const argv = process.argv.slice(2);
// `--version` and `--help` answer before the rules and their schemas are loaded.
/** `inovasi --help` as this build wrote it (scripts/write-help.mjs), or undefined. */
function builtHelp(): string | undefined {
  try {
    return readFileSync(new URL('help.txt', import.meta.url), 'utf8');
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
    stderr: (text) => process.stderr.write(text),
    readStdin,
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY,
    stderrIsTTY: process.stderr.isTTY,
    // process.hrtime, not perf_hooks: loading perf_hooks alone costs a cold start ~5 ms
    now: () => Number(process.hrtime.bigint()) / 1e6,
    writeFile: async (path, text) => {
      // Write a temporary file, then link it into place: an existing file is never replaced
      // (EEXIST) and a reader never sees half a file.
      const temporary = `${path}.${process.pid}.tmp`;
      await writeFile(temporary, text, { flag: 'wx' });
      try {
        await link(temporary, path);
      } finally {
        await unlink(temporary);
      }
    },
    today,
  });
}
