// The newcomer test: pastes every shell command of every README, in order, into a fresh copy of
// the repository (only the files git knows: no node_modules, no builds), on a machine with only
// Node and npm on the PATH (no pnpm, no inovasi), and checks that each one runs.
//
// - A command runs in the repository root (`cd` inside one line is fine); `$HOME` is a fresh
//   folder whose `.local/bin` is on the PATH, so "put it on your PATH" steps work as written.
// - A command that keeps running (a server: `web start`, the desk) is started, must print a URL
//   or listen on $PORT, and must answer it; it keeps running for the rest of its code block (the
//   `curl` lines below it) and is killed at the end of the block.
// - A command passes when it exits 0; an `inovasi` command may also exit 1 or 3 (a negative or an
//   indeterminate answer is an answer), never 2 (bad usage) or 70 (a bug).
// - A command preceded in its block by a comment `# illustrative: <reason>` is skipped with the
//   reason; so is a command that runs a whole `check`/`test` suite (the root's, or one package's
//   with `--filter`): CI runs every suite in `check`, and `check` includes this test.
// - Builds are real `turbo` runs in the copy, sharing this checkout's turbo cache
//   (TURBO_CACHE_DIR): turbo restores a package's outputs only when the hash of its inputs — the
//   copy's files, the lockfile, its dependencies' outputs — matches a build of the same inputs,
//   so a README command that needs a build still fails without one, and CI (which has just built
//   these same files in `check`) does not build everything twice. The install is a real
//   `pnpm install` in the copy, from the shared store.
//
// CI runs it as the examples package's test (`check`); NEWCOMER=skip (e.g. on a laptop, to run
// only the numbered examples) skips it, and says so.
// - The first ```ts block of the root README is type-checked with `tsc --strict`.
//
// Run: npx -y pnpm@10.34.9 --filter @inovasi/examples newcomer   (add --keep to keep the copy).
// It takes minutes (a fresh install; the builds from the turbo cache; the desk and the API).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

if (process.env.NEWCOMER === 'skip') {
  process.stdout.write('newcomer: skipped (NEWCOMER=skip)\n');
  process.exit(0);
}

const here = dirname(fileURLToPath(import.meta.url));
const source = join(here, '..', '..');
const keep = process.argv.includes('--keep');
// Generous limits: a shared, loaded machine; installs and builds take minutes there.
const COMMAND_TIMEOUT = 15 * 60_000;

const READMES = [
  'README.md',
  'packages/core/README.md',
  'packages/cli/README.md',
  'packages/web/README.md',
  'apps/examples/data/cilegon/README.md',
  'apps/desk/README.md',
  'packages/bench/README.md',
];

/** The shell code blocks of a README, each a list of { command, skip } in order. */
function shellBlocks(markdown) {
  const blocks = [];
  const re = /^```(sh|bash|shell|console)\n([\s\S]*?)^```/gm;
  for (const m of markdown.matchAll(re)) {
    const lines = m[2].replace(/\\\n\s*/g, ' ').split('\n');
    const commands = [];
    let skip;
    for (const raw of lines) {
      const line = raw.trim();
      if (line === '') continue;
      const note = /^#\s*illustrative:\s*(.+)$/i.exec(line);
      if (note) {
        skip = note[1];
        continue;
      }
      if (line.startsWith('#')) continue;
      const command = line.replace(/^\$\s+/, '').replace(/\s+#.*$/, '');
      // `pnpm … test` / `pnpm … check`, not `inovasi rulebook test` (nor `pnpm -s inovasi …`)
      const suite =
        !/(^|[\s;&|(])inovasi\s|pnpm(@[\d.]+)?\s+-s\s+inovasi\s/.test(command) &&
        /\bpnpm(@[\d.]+)?\s(.*\s)?(check|test)(\s|$)/.test(command)
          ? 'runs a check/test suite; CI runs every suite (and this test) in `check`'
          : undefined;
      commands.push({ command, skip: skip ?? suite });
      skip = undefined;
    }
    blocks.push(commands);
  }
  return blocks;
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function answers(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
    await res.arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs one command. Resolves { ok, detail, server? }: a command still running after it printed
 * a URL that answers (or after $PORT answers) is a server, left running.
 */
function runCommand(command, cwd, env) {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', command], { cwd, env, detached: true });
    let output = '';
    let settled = false;
    const finish = (value) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(value);
    };
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      kill(child);
      finish({ ok: false, detail: `still running after ${COMMAND_TIMEOUT / 1000} s\n${output}` });
    }, COMMAND_TIMEOUT);
    child.on('exit', (code) => {
      const domain = /\binovasi\b/.test(command) && (code === 1 || code === 3);
      finish({ ok: code === 0 || domain, detail: `exit ${code}\n${output.slice(-3000)}` });
    });
    // Watch for a server: a URL in the output, or $PORT answering.
    void (async () => {
      const started = Date.now();
      // A server may first build for minutes (the desk): watch until the command ends.
      while (!settled && Date.now() - started < COMMAND_TIMEOUT) {
        await sleep(500);
        const url = /https?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?::\d+)?[^\s'"]*/.exec(
          output,
        )?.[0];
        const candidates = [
          ...(url ? [url.replace('0.0.0.0', '127.0.0.1')] : []),
          `http://127.0.0.1:${env.PORT}/`,
        ];
        for (const candidate of candidates) {
          if (!settled && (await answers(candidate))) {
            finish({ ok: true, detail: `server answered at ${candidate}`, server: child });
            return;
          }
        }
      }
    })();
  });
}

function kill(child) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

// A fresh copy: the files git knows (tracked, and new ones not ignored), nothing built.
const work = mkdtempSync(join(tmpdir(), 'inovasi-newcomer-'));
const repo = join(work, 'inovasi');
const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
  cwd: source,
  encoding: 'utf8',
})
  .stdout.split('\0')
  .filter(Boolean);
for (const file of files) {
  try {
    cpSync(join(source, file), join(repo, file), { recursive: false });
  } catch {
    // deleted in the working tree but not yet in the index
  }
}
spawnSync('git', ['init', '-q'], { cwd: repo });

// A machine with Node and npm only: no pnpm, no inovasi on the PATH; a fresh HOME. The npm
// cache and the pnpm store are shared with this machine so nothing is downloaded twice.
const home = join(work, 'home');
mkdirSync(join(home, '.local', 'bin'), { recursive: true });
const npmCache =
  spawnSync('npm', ['config', 'get', 'cache'], { encoding: 'utf8' }).stdout.trim() || undefined;
const store = spawnSync('npx', ['-y', 'pnpm@10.34.9', 'store', 'path'], {
  cwd: source,
  encoding: 'utf8',
}).stdout.trim();
const nodeDir = dirname(process.execPath);
const pathDirs = (process.env.PATH ?? '')
  .split(':')
  .filter((d) => !/pnpm/.test(d) && !d.includes('node_modules'));
// This checkout's turbo cache (a clone's `.turbo/cache`; a git worktree shares its main one's).
const gitCommon = spawnSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], {
  cwd: source,
  encoding: 'utf8',
}).stdout.trim();
const turboCache = join(gitCommon ? dirname(gitCommon) : source, '.turbo', 'cache');
const env = {
  PATH: [join(home, '.local', 'bin'), nodeDir, ...pathDirs].join(':'),
  TURBO_CACHE_DIR: turboCache,
  TURBO_TELEMETRY_DISABLED: '1',
  HOME: home,
  LANG: 'C.UTF-8',
  CI: '1',
  ...(npmCache ? { npm_config_cache: npmCache } : {}),
  ...(store ? { npm_config_store_dir: store } : {}),
  PORT: String(await freePort()),
};

let failed = 0;
let ran = 0;
const skipped = [];
for (const readme of READMES) {
  const blocks = shellBlocks(readFileSync(join(repo, readme), 'utf8'));
  for (const block of blocks) {
    const servers = [];
    for (const { command, skip } of block) {
      if (skip) {
        skipped.push(`${readme}: ${command}  (${skip})`);
        continue;
      }
      ran += 1;
      const started = Date.now();
      const result = await runCommand(command, repo, env);
      const seconds = `(${Math.round((Date.now() - started) / 1000)} s)`;
      if (result.server) servers.push(result.server);
      if (result.ok) process.stdout.write(`✓ ${readme}: ${command} ${seconds}\n`);
      else {
        failed += 1;
        process.stdout.write(
          `✗ ${readme}: ${command} ${seconds}\n  ${result.detail.replaceAll('\n', '\n  ')}\n`,
        );
      }
    }
    for (const server of servers) kill(server);
    if (servers.length > 0) await sleep(500);
  }
}

// The root README's TypeScript example type-checks under --strict, against the built packages.
const rootReadme = readFileSync(join(repo, 'README.md'), 'utf8');
const ts = /^```ts\n([\s\S]*?)^```/m.exec(rootReadme)?.[1];
if (ts) {
  const dir = join(repo, 'apps', 'examples', 'readme-example');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'example.ts'), `${ts}\nexport {};\n`);
  const tsc = spawnSync(
    process.execPath,
    [
      join(repo, 'node_modules', 'typescript', 'bin', 'tsc'),
      '--strict',
      '--noEmit',
      '--target',
      'es2022',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--skipLibCheck',
      join(dir, 'example.ts'),
    ],
    { cwd: join(repo, 'apps', 'examples'), encoding: 'utf8', env },
  );
  ran += 1;
  if (tsc.status === 0)
    process.stdout.write('✓ README.md: the TypeScript example passes tsc --strict\n');
  else {
    failed += 1;
    process.stdout.write(
      `✗ README.md: the TypeScript example fails tsc --strict\n${tsc.stdout}${tsc.stderr}\n`,
    );
  }
}

for (const s of skipped) process.stdout.write(`- skipped ${s}\n`);
process.stdout.write(`newcomer: ${ran - failed} of ${ran} ran, ${skipped.length} skipped\n`);
if (!keep) rmSync(work, { recursive: true, force: true });
else process.stdout.write(`kept ${work}\n`);
process.exit(failed > 0 ? 1 : 0);
