/**
 * The `inovasi` executable: answers `--version` and `--help` at once, else loads the CLI and binds
 * it to the real process (`cli-process.ts`). The only place that touches `process.exitCode`. It
 * uses the global `process`: importing `node:process` builds the module's whole export list at
 * start-up (`allowedNodeEnvironmentFlags` alone costs a cold start ~2 %).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { runProcess } from './cli-process.js';
import { describeOutputError } from './io/process-errors.js';

declare const __INOVASI_VERSION__: string;
/** true in the published build (it has `dist/cli.cjs`); false in the one-file bundle */
declare const __INOVASI_CODE_CACHE__: boolean;

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
  process.exitCode = await (await loadCli())(argv);
}

/**
 * The CLI bound to this process. The published build runs `dist/cli.cjs` (the whole CLI in one
 * CommonJS file) through the V8 code cache; the one-file bundle (`scripts/bundle.mjs`) holds it.
 */
async function loadCli(): Promise<typeof runProcess> {
  return __INOVASI_CODE_CACHE__ ? loadCachedCli() : (await import('./cli-process.js')).runProcess;
}

async function loadCachedCli(): Promise<typeof runProcess> {
  const [{ cacheTag, compileCacheDir, loadBundle }, { tmpdir }] = await Promise.all([
    import('./compile-cache.js'),
    import('node:os'),
  ]);
  const bundle = loadBundle(fileURLToPath(new URL('cli.cjs', import.meta.url)), {
    cacheDir: compileCacheDir(process.env, tmpdir(), process.getuid?.()),
    tag: cacheTag(argv),
  });
  process.once('exit', bundle.save);
  return (bundle.exports as { runProcess: typeof runProcess }).runProcess;
}
