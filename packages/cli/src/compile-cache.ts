/**
 * A V8 code cache for the CLI's CommonJS bundle (`dist/cli.cjs`). Node 20 has no
 * `module.enableCompileCache` (Node ≥ 22.1), and ES modules cannot take cached code there; a
 * `vm.Script` can. Compiling the CLI (zod, the core, the command) is about a fifth of a cold
 * `inovasi check`; with the code V8 compiled on an earlier run of the same command, it is skipped.
 *
 * The cache only ever saves time: the code comes from the same source text (its CRC-32 names
 * the file), V8 refuses code from another V8 version, other flags or another source length, a
 * cache file whose own CRC-32 does not match is ignored, and then the source is compiled as if
 * there were no cache. A cache lives in a directory of the user's own that nobody else may write
 * (`<tmpdir>/inovasi-compile-cache-<uid>`, or `INOVASI_COMPILE_CACHE=<dir>`; `0` or `off` turns
 * it off); any other directory is not used. A file is written whole (a temporary file, then a
 * rename), once per command, source and Node version; a read-only or full disk leaves the run
 * without a cache, never failing it. Each command keeps the newest {@link KEPT_PER_COMMAND} files
 * (other builds or Node versions used side by side); older ones are removed when one is written,
 * so upgrades do not pile files up in the temporary directory.
 *
 * @module
 */
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { crc32 } from 'node:zlib';

/** What happened to the code cache on one load. */
export type CacheState =
  /** no cache directory (turned off, or not one of the user's own) */
  | 'off'
  /** compiled from source; `save()` writes the cache */
  | 'missing'
  /** V8 or the checksum refused the cached code: compiled from source; `save()` replaces it */
  | 'rejected'
  /** V8 took the cached code */
  | 'used';

/** A bundle loaded by {@link loadBundle}. */
export interface LoadedBundle {
  /** The bundle's `module.exports`. */
  readonly exports: unknown;
  readonly cache: CacheState;
  /**
   * Writes the code V8 has compiled so far (call it at exit, so the functions the run used are
   * in it) when the cache was missing or rejected; does nothing otherwise. Never throws.
   */
  readonly save: () => void;
}

/** How many cache files (builds, Node versions) each command keeps. */
export const KEPT_PER_COMMAND = 3;

/**
 * Removes a command's cache files beyond the newest {@link KEPT_PER_COMMAND} (by modification
 * time). Files of other commands, other flags and anything not a cache file are left alone.
 */
function pruneCache(cacheDir: string, tag: string): void {
  const own = readdirSync(cacheDir)
    .filter((f) => f.startsWith(`${tag}-`) && f.endsWith('.bin'))
    .map((f) => ({ f, at: lstatSync(join(cacheDir, f)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const { f } of own.slice(KEPT_PER_COMMAND)) rmSync(join(cacheDir, f), { force: true });
}

/** The commands with a cache of their own (the code each compiles differs); others share one. */
const TAGGED = new Set(['check', 'score', 'iid', 'rulebook', 'incentive', 'report', 'init']);

/**
 * The cache's name for a run: the command it runs (or `cli`), and a checksum of the Node and V8
 * flags it runs under when there are any (`check --stream` restarts Node with its own; V8 refuses
 * code compiled under other flags, so each set keeps its own cache instead of replacing another's).
 */
export function cacheTag(argv: readonly string[], nodeFlags: readonly string[] = []): string {
  const command = argv.find((arg) => TAGGED.has(arg)) ?? 'cli';
  return nodeFlags.length === 0
    ? command
    : `${command}.${crc32(nodeFlags.join('\0')).toString(16)}`;
}

/**
 * The cache directory for this user (not created here), or undefined when the cache is off.
 *
 * @example
 * ```ts
 * compileCacheDir({}, '/tmp', 1000); // '/tmp/inovasi-compile-cache-1000'
 * compileCacheDir({ INOVASI_COMPILE_CACHE: 'off' }, '/tmp', 1000); // undefined
 * ```
 */
export function compileCacheDir(
  env: Readonly<Record<string, string | undefined>>,
  tmp: string,
  uid: number | undefined,
): string | undefined {
  const setting = env.INOVASI_COMPILE_CACHE;
  if (setting === '0' || setting === 'off') return undefined;
  if (setting !== undefined && setting !== '') return setting;
  return join(tmp, `inovasi-compile-cache-${uid ?? 'user'}`);
}

/** Is `dir` a real directory of this user that no one else may write into? */
function ownDirectory(stats: Stats, uid: number | undefined): boolean {
  return (
    stats.isDirectory() &&
    (uid === undefined || stats.uid === uid) &&
    // Windows has no group or other write bits to read; its temp directory is the user's own
    (process.platform === 'win32' || (stats.mode & 0o022) === 0)
  );
}

/** The cached code in `file`: absent, corrupt (its checksum, the first 4 bytes, fails), or the code. */
function readCache(file: string): Buffer | 'absent' | 'corrupt' {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return 'absent';
  }
  const data = bytes.subarray(4);
  return bytes.length > 4 && bytes.readUInt32LE(0) === crc32(data) ? data : 'corrupt';
}

/** The state of a cache directory: `own` (usable), `none` (save creates it), or `foreign`. */
function directoryState(dir: string, uid: number | undefined): 'own' | 'none' | 'foreign' {
  try {
    return ownDirectory(lstatSync(dir), uid) ? 'own' : 'foreign';
  } catch (error) {
    return (error as { code?: string }).code === 'ENOENT' ? 'none' : 'foreign';
  }
}

/**
 * Runs the CommonJS file `file` (its `require` resolves from its own folder) and returns its
 * exports, with its compiled code cached in `options.cacheDir` under `options.tag`. The file
 * must not use `import()`: Node 20 cannot import from a script compiled from cached code.
 *
 * @example
 * ```ts
 * const cli = loadBundle('/path/to/dist/cli.cjs', { cacheDir: '/tmp/my-cache', tag: 'check' });
 * process.once('exit', cli.save);
 * ```
 */
export function loadBundle(
  file: string,
  options: { readonly cacheDir: string | undefined; readonly tag: string },
): LoadedBundle {
  const bytes = readFileSync(file);
  const uid = process.getuid?.();
  const { cacheDir } = options;
  const state = cacheDir === undefined ? 'foreign' : directoryState(cacheDir, uid);
  const name = `${options.tag}-${crc32(bytes).toString(16)}-${process.version}-${process.arch}.bin`;
  const found =
    cacheDir !== undefined && state === 'own' ? readCache(join(cacheDir, name)) : 'absent';
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {${bytes.toString('utf8')}\n})`,
    {
      filename: file,
      ...(typeof found === 'string' ? {} : { cachedData: found }),
    },
  );
  const cache: CacheState =
    cacheDir === undefined || state === 'foreign'
      ? 'off'
      : found === 'absent'
        ? 'missing'
        : found === 'corrupt' || script.cachedDataRejected === true
          ? 'rejected'
          : 'used';
  const module = { exports: {} as unknown };
  const wrapper = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: { exports: unknown },
    filename: string,
    dirname: string,
  ) => void;
  wrapper(module.exports, createRequire(file), module, file, dirname(file));
  const save = (): void => {
    if (cacheDir === undefined || (cache !== 'missing' && cache !== 'rejected')) return;
    const temporary = join(cacheDir, `${name}.${process.pid}.tmp`);
    try {
      mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
      if (directoryState(cacheDir, uid) !== 'own') return;
      const data = script.createCachedData();
      const header = Buffer.alloc(4);
      header.writeUInt32LE(crc32(data), 0);
      writeFileSync(temporary, Buffer.concat([header, data]), { flag: 'wx', mode: 0o600 });
      renameSync(temporary, join(cacheDir, name));
      pruneCache(cacheDir, options.tag);
    } catch {
      // a read-only or full disk: the next run compiles again
      try {
        rmSync(temporary, { force: true });
      } catch {
        // nothing was written
      }
    }
  };
  return { exports: module.exports, cache, save };
}
