/**
 * The `inovasi` executable: answers `--version` and `--help` at once, else loads the CLI and binds
 * it to the real process (`cli-process.ts`). The only place that touches `process.exitCode`. The
 * published build is CommonJS (`dist/bin.cjs`, required by `bin/inovasi.js`, which
 * `bin/package.json` makes CommonJS): a start without the ES module loader is ~3 ms shorter.
 * It uses the global `process`: importing `node:process` builds the module's whole export list
 * at start-up (`allowedNodeEnvironmentFlags` alone costs a cold start ~2 %).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { runProcess } from './cli-process.js';
import { describeOutputError } from './io/process-errors.js';

declare const __INOVASI_VERSION__: string;
/**
 * true in the published build (CommonJS, beside `dist/cli.cjs` and the help texts); false in the
 * one-file ES module bundle (`scripts/bundle.mjs`), which holds the CLI itself.
 */
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
  if (!__INOVASI_CODE_CACHE__) return undefined;
  const { LC_ALL, LC_MESSAGES, LANG } = process.env;
  const locale = [LC_ALL, LC_MESSAGES, LANG].find((v) => v !== undefined && v !== '') ?? '';
  const lang = locale.toLowerCase().startsWith('en') ? 'en' : 'id';
  try {
    return readFileSync(join(__dirname, `help.${lang}.txt`), 'utf8');
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
  void loadCli().then(async (runProcess) => {
    process.exitCode = await runProcess(argv);
  });
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
  const bundle = loadBundle(join(__dirname, 'cli.cjs'), {
    cacheDir: compileCacheDir(process.env, tmpdir(), process.getuid?.()),
    tag: cacheTag(
      argv,
      [...process.execArgv, process.env.NODE_OPTIONS ?? ''].filter((flag) => flag !== ''),
    ),
  });
  process.once('exit', bundle.save);
  return (bundle.exports as { runProcess: typeof runProcess }).runProcess;
}
