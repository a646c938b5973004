// @ts-check
/**
 * The tsup base for published packages. The entry list is read from the package's own `exports`
 * map (its `@inovasi/source` condition), so the build and the map are one list and cannot drift.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {string} packageDir directory holding package.json
 * @returns {Record<string, string>} tsup entries: output name → source file
 */
export function entriesFromExports(packageDir) {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  /** @type {Record<string, string>} */
  const entries = {};
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    if (target === null || typeof target !== 'object') continue;
    const source = target['@inovasi/source'];
    const built = target.import;
    if (typeof source !== 'string' || typeof built !== 'string') continue;
    const name = built.replace(/^\.\/dist\//, '').replace(/\.js$/, '');
    entries[name] = source;
    void subpath;
  }
  return entries;
}

/**
 * @param {string} packageDir
 * @param {Partial<import('tsup').Options>} [overrides]
 * @returns {import('tsup').Options}
 */
export function libraryConfig(packageDir, overrides = {}) {
  return {
    entry: entriesFromExports(packageDir),
    format: ['esm'],
    target: 'node20',
    platform: 'neutral',
    dts: true,
    sourcemap: true,
    clean: true,
    splitting: true,
    treeshake: true,
    outDir: 'dist',
    ...overrides,
  };
}
