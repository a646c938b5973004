/**
 * Guards for untrusted JSON: nesting depth is checked on the text before `JSON.parse` (so a
 * deeply nested body cannot exhaust the stack), then the parsed value is walked once for the
 * number of entries and for keys that could pollute prototypes.
 */

/** Keys rejected anywhere in a body: they can pollute prototypes when a client merges objects. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** Why a JSON text or value was refused. */
export type JsonGuardFailure =
  | { readonly kind: 'too-deep'; readonly limit: number }
  | { readonly kind: 'too-many-entries'; readonly limit: number }
  | { readonly kind: 'forbidden-key'; readonly key: string; readonly path: string };

const OPEN_OBJECT = 0x7b; // {
const OPEN_ARRAY = 0x5b; // [
const CLOSE_OBJECT = 0x7d; // }
const CLOSE_ARRAY = 0x5d; // ]
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \

/** Whether the character at `at` is escaped: preceded by an odd run of backslashes. */
function escaped(text: string, at: number): boolean {
  let backslashes = 0;
  for (let i = at - 1; i >= 0 && text.charCodeAt(i) === BACKSLASH; i--) backslashes++;
  return backslashes % 2 === 1;
}

/**
 * The deepest nesting of objects and arrays in a JSON text, or `too-deep` as soon as it passes
 * `maxDepth`. Brackets inside strings do not count. Malformed text is left to `JSON.parse`.
 * Strings, most of a body, are skipped with `indexOf` rather than walked character by character.
 */
export function checkJsonDepth(text: string, maxDepth: number): JsonGuardFailure | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === QUOTE) {
      let end = text.indexOf('"', i + 1);
      while (end !== -1 && escaped(text, end)) end = text.indexOf('"', end + 1);
      if (end === -1) return undefined;
      i = end;
    } else if (ch === OPEN_OBJECT || ch === OPEN_ARRAY) {
      if (++depth > maxDepth) return { kind: 'too-deep', limit: maxDepth };
    } else if (ch === CLOSE_OBJECT || ch === CLOSE_ARRAY) depth--;
  }
  return undefined;
}

function pathOf(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

/**
 * Walks a parsed JSON value: `too-many-entries` when its objects and arrays hold more than
 * `maxEntries` entries in all, `forbidden-key` for `__proto__`, `constructor` or `prototype`.
 */
export function checkJsonValue(value: unknown, maxEntries: number): JsonGuardFailure | undefined {
  let entries = 0;
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const current = item.value;
    if (current === null || typeof current !== 'object') continue;
    if (Array.isArray(current)) {
      entries += current.length;
      if (entries > maxEntries) return { kind: 'too-many-entries', limit: maxEntries };
      current.forEach((v: unknown, i) => stack.push({ value: v, path: pathOf(item.path, i) }));
      continue;
    }
    const keys = Object.keys(current);
    entries += keys.length;
    if (entries > maxEntries) return { kind: 'too-many-entries', limit: maxEntries };
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key))
        return { kind: 'forbidden-key', key, path: pathOf(item.path, key) };
      stack.push({
        value: (current as Record<string, unknown>)[key],
        path: pathOf(item.path, key),
      });
    }
  }
  return undefined;
}
