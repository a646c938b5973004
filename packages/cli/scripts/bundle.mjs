// Builds the whole CLI — with @inovasi/core and every dependency inside — as one file,
// bundle/inovasi.mjs, that runs anywhere Node ≥ 20.19 runs: copy it onto the PATH to use
// `inovasi` from any folder before (or without) installing the packages from npm.
import { chmodSync, readFileSync } from 'node:fs';
import { build } from 'tsup';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const out = new URL('../bundle/', import.meta.url);

await build({
  entry: { inovasi: 'src/bin.ts' },
  outDir: 'bundle',
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  bundle: true,
  noExternal: [/.*/],
  splitting: false,
  clean: true,
  dts: false,
  sourcemap: false,
  silent: true,
  outExtension: () => ({ js: '.mjs' }),
  define: { __INOVASI_VERSION__: JSON.stringify(pkg.version), __INOVASI_CODE_CACHE__: 'false' },
  // Some dependencies are CommonJS and call require(): give the ESM file one.
  banner: {
    js: '#!/usr/bin/env node\nimport { createRequire as __inovasiRequire } from "node:module";\nconst require = __inovasiRequire(import.meta.url);',
  },
  esbuildOptions(options) {
    // Read the workspace packages from their sources: no build of them needed first.
    options.conditions = ['@inovasi/source'];
  },
});
chmodSync(new URL('inovasi.mjs', out), 0o755);
process.stdout.write(`${new URL('inovasi.mjs', out).pathname}\n`);
