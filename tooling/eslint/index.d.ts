import type { Linter } from 'eslint';

/** The type-checked typescript-eslint setup every package uses. */
export function base(tsconfigRootDir: string): Linter.Config[];
/** Keeps the core free of I/O, clocks and environment. */
export const pureCore: Linter.Config;
/** Stops adapters from importing the core's internals. */
export const adapter: Linter.Config;
