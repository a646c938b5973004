/**
 * Changes between two values as rows a person can read (`sections[signifikansi].maxWords: 600 →
 * 1000`) instead of two JSON blobs: both values are flattened to their leaves, lists of things
 * with an `id` (or `type`, `path`) keyed by it, and only the leaves that differ are listed.
 * Pure: values in, rows out.
 */
import { localize, type Lang } from '@inovasi/core';

/** One changed leaf: where, before, after (`—` for absent). */
export interface LeafChange {
  readonly path: string;
  readonly before: string;
  readonly after: string;
}

function isText(v: object): v is { id: string; en: string } {
  const keys = Object.keys(v);
  return (
    keys.length === 2 &&
    typeof (v as { id?: unknown }).id === 'string' &&
    typeof (v as { en?: unknown }).en === 'string'
  );
}

function keyOf(item: unknown): string | undefined {
  if (item === null || typeof item !== 'object') return undefined;
  for (const k of ['id', 'type', 'path', 'row'] as const) {
    const v = (item as Record<string, unknown>)[k];
    if (typeof v === 'string' || typeof v === 'number') return String(v);
  }
  return undefined;
}

/** Every leaf of a value, by path. */
export function leaves(value: unknown, lang: Lang, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  const at = (key: string): string => (prefix === '' ? key : `${prefix}.${key}`);
  if (value === null || value === undefined) out.set(prefix, '—');
  else if (typeof value !== 'object')
    out.set(prefix, typeof value === 'string' ? value : JSON.stringify(value));
  else if (Array.isArray(value)) {
    if (value.length === 0) out.set(prefix, '[]');
    else if (value.every((x) => x === null || typeof x !== 'object'))
      out.set(prefix, value.map(String).join(', '));
    else {
      const keyed = value.every((x) => keyOf(x) !== undefined);
      value.forEach((item, i) => {
        const key = keyed ? (keyOf(item) ?? String(i)) : String(i);
        for (const [p, v] of leaves(item, lang, `${prefix}[${key}]`)) out.set(p, v);
      });
    }
  } else if (isText(value)) out.set(prefix, localize(value, lang));
  else {
    const entries = Object.entries(value);
    if (entries.length === 0) out.set(prefix, '{}');
    for (const [k, v] of entries) for (const [p, x] of leaves(v, lang, at(k))) out.set(p, x);
  }
  return out;
}

/** The leaves that differ between `before` and `after`, in the order they first appear. */
export function leafChanges(before: unknown, after: unknown, lang: Lang): LeafChange[] {
  const a = leaves(before, lang);
  const b = leaves(after, lang);
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  return paths
    .filter((p) => a.get(p) !== b.get(p))
    .map((p) => ({
      path: p === '' ? (lang === 'id' ? '(nilai)' : '(value)') : p,
      before: a.get(p) ?? '—',
      after: b.get(p) ?? '—',
    }));
}

/** Change rows as aligned text lines (`path  before → after`), indented. */
export function changeLines(changes: readonly LeafChange[], indent: string): string[] {
  const width = Math.min(48, Math.max(0, ...changes.map((c) => c.path.length)));
  return changes.map((c) => `${indent}${c.path.padEnd(width)}  ${c.before} → ${c.after}`);
}
