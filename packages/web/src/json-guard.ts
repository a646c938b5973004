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

/**
 * The deepest nesting of objects and arrays in a JSON text, or `too-deep` as soon as it passes
 * `maxDepth`. Brackets inside strings do not count. Malformed text is left to `JSON.parse`.
 */
export function checkJsonDepth(text: string, maxDepth: number): JsonGuardFailure | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === BACKSLASH) i++;
      else if (ch === QUOTE) inString = false;
    } else if (ch === QUOTE) inString = true;
    else if (ch === OPEN_OBJECT || ch === OPEN_ARRAY) {
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
