/**
 * Fields a format does not have, found by walking its schema beside the input: a typo such as
 * `implementationStartdate` would otherwise be dropped without a word (and the real field read
 * as missing). Each comes with the closest known name ("did you mean"). Pure.
 *
 * @module
 */
import type * as z from 'zod/mini';

/** A field of the input that the format does not have. */
export interface UnknownKey {
  /** Dotted path of the field, e.g. `agency.nmae` or `attachments[1].tipe`. */
  readonly path: string;
  readonly key: string;
  /** The known field it most likely means. */
  readonly suggestion?: string;
}

/** Edit distance with adjacent transpositions counted as one edit (`nmae` → `name`). */
function distance(a: string, b: string): number {
  // Optimal string alignment (Damerau–Levenshtein without repeated edits), three rolling rows.
  let before = new Int32Array(b.length + 1);
  let previous = Int32Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (before[j - 2] ?? 0) + 1);
      current[j] = d;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidate `word` most likely means: equal but for case, or at most a third of its letters
 * different; undefined when none is that close.
 *
 * @example
 * ```ts
 * closest('implementationStartdate', ['title', 'implementationStartDate']); // 'implementationStartDate'
 * closest('sosiall', ['sosial', 'kesehatan']); // 'sosial'
 * ```
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    // The distance is at least the difference in length: such a candidate can never be close.
    if (Math.abs(c.length - lower.length) > limit) continue;
    const d = distance(lower, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

interface Def {
  readonly type: string;
  readonly shape?: Record<string, z.ZodMiniType>;
  readonly innerType?: z.ZodMiniType;
  readonly element?: z.ZodMiniType;
  readonly valueType?: z.ZodMiniType;
  readonly options?: readonly z.ZodMiniType[];
  readonly in?: z.ZodMiniType;
  readonly catchall?: z.ZodMiniType;
}

function defOf(schema: z.ZodMiniType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Schema types that wrap another (`innerType`); a pipe wraps its `in`. */
const WRAPPERS: ReadonlySet<string> = new Set([
  'optional',
  'nullable',
  'default',
  'prefault',
  'readonly',
  'nonoptional',
  'catch',
]);

/** The object schema behind wrappers (optional, nullable, default, pipe…), if any. */
function unwrap(schema: z.ZodMiniType): Def {
  let def = defOf(schema);
  for (let i = 0; i < 20; i += 1) {
    const inner = def.type === 'pipe' ? def.in : WRAPPERS.has(def.type) ? def.innerType : undefined;
    if (!inner) return def;
    def = defOf(inner);
  }
  return def;
}

/**
 * Every field of `value` that `schema` does not know (objects that accept any key, records and
 * unions are not second-guessed), with a suggestion where one is close.
 *
 * @example
 * ```ts
 * findUnknownKeys(ProposalSchema, { title: 'x', implementationStartdate: '2020-01-01' });
 * // [{ path: 'implementationStartdate', key: 'implementationStartdate', suggestion: 'implementationStartDate' }]
 * ```
 */
export function findUnknownKeys(schema: z.ZodMiniType, value: unknown): UnknownKey[] {
  const found: UnknownKey[] = [];
  const walk = (s: z.ZodMiniType, v: unknown, path: string, depth: number): void => {
    if (depth > 8) return;
    const def = unwrap(s);
    if (def.type === 'object' && def.shape && isRecord(v)) {
      const shape = def.shape;
      const catchall = def.catchall ? defOf(def.catchall).type : undefined;
      for (const key in v) {
        if (!Object.hasOwn(v, key)) continue;
        const child = Object.hasOwn(shape, key) ? shape[key] : undefined;
        const value = v[key];
        // Only values that may hold fields are walked (a string or number has none to check).
        if (child) {
          if (typeof value === 'object' && value !== null)
            walk(child, value, path === '' ? key : `${path}.${key}`, depth + 1);
        } else if (catchall === undefined || catchall === 'never') {
          const at = path === '' ? key : `${path}.${key}`;
          const suggestion = closest(key, Object.keys(shape));
          found.push({ path: at, key, ...(suggestion !== undefined ? { suggestion } : {}) });
        }
      }
    } else if (def.type === 'array' && def.element && Array.isArray(v)) {
      const element = def.element;
      for (let i = 0; i < v.length; i += 1) {
        const item: unknown = v[i];
        if (typeof item === 'object' && item !== null)
          walk(element, item, `${path}[${i}]`, depth + 1);
      }
    }
  };
  walk(schema, value, '', 0);
  return found;
}
