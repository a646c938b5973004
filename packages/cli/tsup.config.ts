import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { build, defineConfig } from 'tsup';
import { entriesFromExports, libraryConfig } from '@inovasi/tsup-config';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const version = JSON.stringify(pkg.version);

export default defineConfig(
  libraryConfig(import.meta.dirname, {
    entry: entriesFromExports(import.meta.dirname),
    platform: 'node',
    // The core and zod are bundled in: a cold start then reads a few files instead of about 120
    // modules (the core's chunks, zod's, and every zod locale), which is most of its time.
    noExternal: ['@inovasi/core', 'zod'],
    define: { __INOVASI_VERSION__: version },
    // Then the binary, CommonJS: its entry (dist/bin.cjs) and the whole CLI in one file
    // (dist/cli.cjs, with the YAML and spreadsheet libraries), which the entry runs through the V8
    // code cache (src/compile-cache.ts): Node 20 offers one to scripts, not to ES modules. Built
    // after the library, whose `clean` would remove them.
    onSuccess: async () => {
      await build({
        entry: { bin: 'src/bin.ts', cli: 'src/cli-process.ts' },
        format: ['cjs'],
        platform: 'node',
        target: 'node20',
        outDir: 'dist',
        outExtension: () => ({ js: '.cjs' }),
        splitting: false,
        clean: false,
        dts: false,
        sourcemap: true,
        silent: true,
        // Everything inside, and `import()` as `require()`: a script run by `vm.Script` with
        // cached code cannot import (Node 20 loses the callback), and needs no module resolution.
        // The core from its sources: modules finer than its chunks, so a command initialises
        // less of it. No tree-shaking pass: it would hoist every `require` of a Node module
        // (zlib, streams, worker_threads) to the top, loading them on every start.
        noExternal: [/.*/],
        esbuildOptions(options) {
          options.supported = { 'dynamic-import': false };
          options.conditions = ['@inovasi/source'];
        },
        define: { __INOVASI_VERSION__: version, __INOVASI_CODE_CACHE__: 'true' },
        config: false,
      });
      execFileSync(process.execPath, ['scripts/write-help.mjs'], { stdio: 'inherit' });
    },
  }),
);
