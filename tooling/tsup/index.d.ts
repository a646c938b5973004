import type { Options } from 'tsup';

/** tsup entries (output name → source file) read from the package's `exports` map. */
export function entriesFromExports(packageDir: string): Record<string, string>;

/** The tsup base for published packages: ESM, declarations, entries from `exports`. */
export function libraryConfig(packageDir: string, overrides?: Partial<Options>): Options;
