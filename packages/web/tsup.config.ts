import { defineConfig } from 'tsup';
import { entriesFromExports, libraryConfig } from '@inovasi/tsup-config';

export default defineConfig(
  libraryConfig(import.meta.dirname, {
    entry: {
      ...entriesFromExports(import.meta.dirname),
      serve: 'src/serve.ts',
      worker: 'src/worker.ts',
    },
    platform: 'node',
  }),
);
