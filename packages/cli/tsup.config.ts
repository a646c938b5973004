import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { entriesFromExports, libraryConfig } from '@inovasi/tsup-config';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig(
  libraryConfig(import.meta.dirname, {
    entry: { ...entriesFromExports(import.meta.dirname), bin: 'src/bin.ts' },
    platform: 'node',
    // The core and zod are bundled in: a cold start then reads a few files instead of about 120
    // modules (the core's chunks, zod's, and every zod locale), which is most of its time.
    noExternal: ['@inovasi/core', 'zod'],
    define: { __INOVASI_VERSION__: JSON.stringify(pkg.version) },
    onSuccess: 'node scripts/write-help.mjs',
  }),
);
