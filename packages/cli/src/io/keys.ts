/**
 * Keys that must never name a field read from a table header or a path: `__proto__`,
 * `constructor` and `prototype` would reach `Object.prototype` (prototype pollution) or shadow
 * built-ins, so they are refused with a message naming the file and the column.
 *
 * @module
 */
import { CliError } from '../errors.js';

/** Keys refused in any column path. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** The first forbidden key in a dotted column path (`a.__proto__.b`), or undefined. */
export function forbiddenKeyIn(column: string): string | undefined {
  const name = column.endsWith('[]') ? column.slice(0, -2) : column;
  return name.split('.').find((key) => FORBIDDEN_KEYS.has(key.trim()));
}

/**
 * Throws a usage error when a header column holds a forbidden key.
 *
 * @param where the file (and sheet), e.g. `data.xlsx, sheet Proposals`
 * @param index the 0-based column index
 */
export function assertSafeColumn(column: string, where: string, index: number): void {
  const key = forbiddenKeyIn(column);
  if (key !== undefined) {
    throw new CliError({
      id: `${where}: baris 1, kolom ${index + 1} ("${column.slice(0, 80)}"): "${key}" tidak boleh menjadi nama isian (akan mengubah perilaku setiap objek); ganti nama kolomnya.`,
      en: `${where}: row 1, column ${index + 1} ("${column.slice(0, 80)}"): "${key}" cannot name a field (it would change how every object behaves); rename the column.`,
    });
  }
}
