/**
 * `@inovasi/cli` as a library: run the `inovasi` command in-process (for tests, or to embed it).
 *
 * @example
 * ```ts
 * import { run } from '@inovasi/cli';
 *
 * let out = '';
 * const code = await run(['rulebook', 'list', '--format', 'json'], {
 *   stdout: (t) => { out += t; }, stderr: () => {}, readStdin: async () => '',
 *   cwd: process.cwd(), env: {}, stdoutIsTTY: false, today: () => '2026-01-01',
 * });
 * ```
 *
 * @module
 */
export { commands } from './commands/index.js';
export { run, VERSION } from './main.js';
export type { Command } from './command.js';
export type { CliIo } from './io.js';
export { EXIT } from './errors.js';
