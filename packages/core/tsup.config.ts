import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'tsup';
import { entriesFromExports, libraryConfig } from '@inovasi/tsup-config';

const dir = import.meta.dirname;

/**
 * Each rulebook edition (`src/<engine>/rulebooks/*.ts`) is built as its own module, so a
 * bundler drops the editions an app does not import (`sideEffects: false`); see
 * `bench/bundle-size.mjs`. They are not package entries: import them from the engine's entry.
 */
const editions = Object.fromEntries(
  readdirSync(join(dir, 'src'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      const folder = join(dir, 'src', d.name, 'rulebooks');
      try {
        return readdirSync(folder)
          .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
          .map((f) => [`rulebooks/${d.name}/${f.slice(0, -3)}`, join(folder, f)] as const);
      } catch {
        return [];
      }
    }),
);

export default defineConfig(
  libraryConfig(dir, { entry: { ...entriesFromExports(dir), ...editions } }),
);
