/**
 * Where a field is in a JSON or YAML file: turns a finding's path (`rules[0].parameters.limit`)
 * into `line:column`, so `rulebook validate` can point at the place to edit. JSON is read with
 * the YAML parser (JSON is YAML 1.2), which keeps source ranges for both.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** A 1-based line and column. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Splits `a.b[0].c` into `['a', 'b', 0, 'c']`; a path that is not a field path gives `[]`. */
export function splitPath(path: string): (string | number)[] {
  if (path === '' || path.startsWith('(')) return [];
  const out: (string | number)[] = [];
  for (const part of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (part[2] !== undefined) out.push(Number(part[2]));
    else if (part[1] !== undefined) out.push(part[1]);
  }
  return out;
}

/** A locator over one file's text: the position of a path, or of its nearest existing parent. */
export function createLocator(text: string): (path: string) => Position {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: false, uniqueKeys: false });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return (path) => {
    let node: unknown = doc.contents;
    let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
    for (const key of splitPath(path)) {
      let next: unknown;
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => (p.key as { value?: unknown } | null)?.value === key || p.key === key,
        );
        if (pair) {
          // Point at the key: that is the line a person edits.
          const keyRange = (pair.key as Node | null)?.range;
          if (keyRange) offset = keyRange[0];
          next = pair.value;
          if (pair.value && !isMap(pair.value) && !isSeq(pair.value)) {
            node = pair.value;
            continue;
          }
        }
      } else if (isSeq(node) && typeof key === 'number') {
        next = node.items[key];
        const range = (next as Node | undefined)?.range;
        if (range) offset = range[0];
      }
      if (next === undefined) break;
      node = next;
    }
    return at(offset);
  };
}
