import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheTag, compileCacheDir, KEPT_PER_COMMAND, loadBundle } from './compile-cache.js';
import { commandNames } from './main.js';

const posix = process.platform !== 'win32';

/** A temporary folder with a small CommonJS bundle in it. */
function fixture(source = 'module.exports = { answer: () => 6 * 7 };'): {
  root: string;
  file: string;
  cacheDir: string;
} {
  const root = mkdtempSync(join(tmpdir(), 'inovasi-compile-cache-test-'));
  const file = join(root, 'bundle.cjs');
  writeFileSync(file, source);
  return { root, file, cacheDir: join(root, 'cache') };
}

function answer(bundle: { exports: unknown }): number {
  return (bundle.exports as { answer: () => number }).answer();
}

describe('cacheTag', () => {
  it('names the cache after the command, so each command reuses the code it compiled', () => {
    for (const name of commandNames) expect(cacheTag([name, '--help'])).toBe(name);
    expect(cacheTag(['--lang', 'en', 'check', '-'])).toBe('check');
    expect(cacheTag(['chekc'])).toBe('cli');
    expect(cacheTag([])).toBe('cli');
    const small = cacheTag(['check'], ['--optimize-for-size']);
    expect(small).toMatch(/^check\.[0-9a-f]+$/);
    expect(cacheTag(['check'], ['--optimize-for-size'])).toBe(small);
    expect(cacheTag(['check'], ['--max-semi-space-size=1'])).not.toBe(small);
  });
});

describe('compileCacheDir', () => {
  it("is the user's own folder in the temporary directory, another folder, or off", () => {
    expect(compileCacheDir({}, '/tmp', 1000)).toBe(join('/tmp', 'inovasi-compile-cache-1000'));
    expect(compileCacheDir({ INOVASI_COMPILE_CACHE: '' }, '/tmp', undefined)).toBe(
      join('/tmp', 'inovasi-compile-cache-user'),
    );
    expect(compileCacheDir({ INOVASI_COMPILE_CACHE: '/var/cache/x' }, '/tmp', 1)).toBe(
      '/var/cache/x',
    );
    expect(compileCacheDir({ INOVASI_COMPILE_CACHE: '0' }, '/tmp', 1)).toBeUndefined();
    expect(compileCacheDir({ INOVASI_COMPILE_CACHE: 'off' }, '/tmp', 1)).toBeUndefined();
  });
});

describe('loadBundle', () => {
  it('runs the bundle, writes the cache on save, and takes it on the next load', () => {
    const { file, cacheDir } = fixture(
      'const { join } = require("node:path");\nmodule.exports = { answer: () => 42, here: join(__dirname, "x") };',
    );
    const first = loadBundle(file, { cacheDir, tag: 'check' });
    expect(first.cache).toBe('missing');
    expect(answer(first)).toBe(42);
    expect((first.exports as { here: string }).here).toBe(join(file, '..', 'x'));
    first.save();
    const [name, ...others] = readdirSync(cacheDir);
    expect(others).toEqual([]);
    expect(name).toMatch(/^check-[0-9a-f]+-v\d+\.\d+\.\d+-\w+\.bin$/);
    if (posix) {
      expect(statSync(cacheDir).mode & 0o777).toBe(0o700);
      expect(statSync(join(cacheDir, name ?? '')).mode & 0o777).toBe(0o600);
    }
    const second = loadBundle(file, { cacheDir, tag: 'check' });
    expect(second.cache).toBe('used');
    expect(answer(second)).toBe(42);
    second.save(); // nothing to write: the cache was used
    expect(readdirSync(cacheDir)).toEqual([name]);
  });

  it('keeps one cache per command and per source text', () => {
    const { file, cacheDir } = fixture();
    loadBundle(file, { cacheDir, tag: 'check' }).save();
    expect(loadBundle(file, { cacheDir, tag: 'score' }).cache).toBe('missing');
    writeFileSync(file, 'module.exports = { answer: () => 7 };');
    const changed = loadBundle(file, { cacheDir, tag: 'check' });
    expect(changed.cache).toBe('missing');
    expect(answer(changed)).toBe(7);
  });

  it("keeps a command's newest caches only, as builds come and go", () => {
    const { file, cacheDir } = fixture();
    loadBundle(file, { cacheDir, tag: 'score' }).save();
    loadBundle(file, { cacheDir, tag: 'check.1a2b' }).save();
    writeFileSync(join(cacheDir, 'check-notes.txt'), 'not a cache');
    for (let build = 1; build <= KEPT_PER_COMMAND + 3; build += 1) {
      writeFileSync(file, `module.exports = { answer: () => ${build} };`);
      loadBundle(file, { cacheDir, tag: 'check' }).save();
    }
    const files = readdirSync(cacheDir);
    expect(files.filter((f) => /^check-.*\.bin$/.test(f))).toHaveLength(KEPT_PER_COMMAND);
    // the newest build's cache is kept, and used
    expect(loadBundle(file, { cacheDir, tag: 'check' }).cache).toBe('used');
    expect(files.filter((f) => f.startsWith('score-'))).toHaveLength(1);
    expect(files.filter((f) => f.startsWith('check.1a2b-'))).toHaveLength(1);
    expect(files).toContain('check-notes.txt');
  });

  it('ignores a cache whose checksum fails, runs the source, and replaces it', () => {
    const { file, cacheDir } = fixture();
    loadBundle(file, { cacheDir, tag: 'check' }).save();
    const [name = ''] = readdirSync(cacheDir);
    const path = join(cacheDir, name);
    const bytes = readFileSync(path);
    bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 0xff;
    writeFileSync(path, bytes);
    const damaged = loadBundle(file, { cacheDir, tag: 'check' });
    expect(damaged.cache).toBe('rejected');
    expect(answer(damaged)).toBe(42);
    damaged.save();
    expect(loadBundle(file, { cacheDir, tag: 'check' }).cache).toBe('used');
    writeFileSync(path, 'xy'); // too short to hold a checksum
    expect(loadBundle(file, { cacheDir, tag: 'check' }).cache).toBe('rejected');
  });

  it('is off when turned off, or when the folder is not a directory of its own', () => {
    const { root, file, cacheDir } = fixture();
    const off = loadBundle(file, { cacheDir: undefined, tag: 'check' });
    expect(off.cache).toBe('off');
    expect(answer(off)).toBe(42);
    off.save();
    const notADirectory = join(root, 'a-file');
    writeFileSync(notADirectory, '');
    expect(loadBundle(file, { cacheDir: notADirectory, tag: 'check' }).cache).toBe('off');
    expect(loadBundle(file, { cacheDir: join(notADirectory, 'c'), tag: 'check' }).cache).toBe(
      'off',
    );
    if (posix) {
      mkdirSync(cacheDir);
      chmodSync(cacheDir, 0o777); // others could plant code here: not used
      const shared = loadBundle(file, { cacheDir, tag: 'check' });
      expect(shared.cache).toBe('off');
      shared.save();
      expect(readdirSync(cacheDir)).toEqual([]);
    }
  });

  it('never fails a run when the cache cannot be written', () => {
    const { file, cacheDir } = fixture();
    loadBundle(file, { cacheDir, tag: 'check' }).save();
    const [name = ''] = readdirSync(cacheDir);
    // the cache file's place is taken by a directory that is not empty: reading it and renaming
    // onto it both fail
    const path = join(cacheDir, name);
    rmSync(path);
    mkdirSync(path);
    writeFileSync(join(path, 'inside'), '');
    const blocked = loadBundle(file, { cacheDir, tag: 'check' });
    expect(blocked.cache).toBe('missing');
    expect(answer(blocked)).toBe(42);
    expect(() => {
      blocked.save();
    }).not.toThrow();
    expect(readdirSync(cacheDir)).toEqual([name]); // no temporary file left behind
  });
});
