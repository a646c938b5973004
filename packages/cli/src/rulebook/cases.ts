/**
 * Rulebook case files, as OpenFisca's test runner has them: `{ name, asOf, input, expected }`
 * (YAML or JSON; one case, a list of cases, or `{ cases: [...] }`), run against a rulebook, so a
 * region can test its own overlay. `expected` is compared as a subset of the engine's JSON
 * result; numbers may differ by `tolerance` (or `tolerances[path]`).
 */
import * as z from 'zod';
import { IsoDateSchema } from '@inovasi/core';

/** One case as written. */
export const CaseSchema = z.strictObject({
  name: z.string().min(1),
  rulebook: z.string().min(1).optional(),
  asOf: IsoDateSchema,
  options: z.record(z.string(), z.string()).optional(),
  input: z.unknown(),
  expected: z.record(z.string(), z.unknown()),
  tolerance: z.number().nonnegative().optional(),
  tolerances: z.record(z.string(), z.number().nonnegative()).optional(),
  /** A remark for the reader (not compared). */
  note: z.string().optional(),
  /** How the expected values were obtained (not compared; the shared cases record it). */
  provenance: z
    .strictObject({
      method: z.enum(['hand-computed', 'published', 'rule-reading']),
      detail: z.string().min(1),
      source: z.string().optional(),
    })
    .optional(),
});

/** One case. */
export type Case = z.infer<typeof CaseSchema>;

/** The cases of one document: one case, a list, or `{ cases: [...] }`. */
export function casesOf(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  if (typeof data === 'object' && data !== null && 'cases' in data) {
    const cases = data.cases;
    return Array.isArray(cases) ? cases : [cases];
  }
  return [data];
}

/** One difference between expected and actual. */
export interface Mismatch {
  readonly path: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

interface FindingLike {
  code?: unknown;
  fix?: { en?: unknown; id?: unknown };
}

/**
 * Compares a case's `expected` with a result. Special keys: `codes` (the finding codes, in
 * order), `fixIncludes` (text some finding's fix must contain, in either language) and, for a
 * batch result, `items` (each item as `{ status, codes }`).
 */
export function compareExpected(
  expected: Readonly<Record<string, unknown>>,
  result: unknown,
  tolerance = 0,
  tolerances: Readonly<Record<string, number>> = {},
): Mismatch[] {
  const out: Mismatch[] = [];
  const findings = ((result as { findings?: unknown }).findings ?? []) as FindingLike[];
  for (const [key, want] of Object.entries(expected)) {
    if (key === 'codes' && !hasKey(result, 'codes')) {
      const codes = Array.isArray(findings) ? findings.map((f) => f.code) : [];
      if (JSON.stringify(codes) !== JSON.stringify(want))
        out.push({ path: 'codes', expected: want, actual: codes });
      continue;
    }
    if (key === 'fixIncludes' && !hasKey(result, 'fixIncludes')) {
      const texts = findings.flatMap((f) =>
        [f.fix?.en, f.fix?.id].filter((t): t is string => typeof t === 'string'),
      );
      if (typeof want !== 'string' || !texts.some((t) => t.includes(want)))
        out.push({ path: 'fixIncludes', expected: want, actual: texts[0] ?? null });
      continue;
    }
    if (key === 'items' && Array.isArray((result as { items?: unknown }).items)) {
      // A batch: each item as `{ status, codes }` (`invalid` for an unreadable one).
      const items = (result as { items: unknown[] }).items.map((item) => {
        const inner = (item as { result?: { status?: unknown; findings?: FindingLike[] } }).result;
        return inner
          ? { status: inner.status, codes: (inner.findings ?? []).map((f) => f.code) }
          : { status: 'invalid', codes: [] };
      });
      compare(want, items, key, out, tolerance, tolerances);
      continue;
    }
    compare(want, (result as Record<string, unknown>)[key], key, out, tolerance, tolerances);
  }
  return out;
}

function hasKey(value: unknown, key: string): boolean {
  return typeof value === 'object' && value !== null && key in value;
}

function compare(
  want: unknown,
  got: unknown,
  path: string,
  out: Mismatch[],
  tolerance: number,
  tolerances: Readonly<Record<string, number>>,
): void {
  if (typeof want === 'number' && typeof got === 'number') {
    const allowed = tolerances[path] ?? tolerance;
    if (Math.abs(want - got) > allowed) out.push({ path, expected: want, actual: got });
    return;
  }
  if (Array.isArray(want)) {
    if (!Array.isArray(got) || got.length !== want.length) {
      out.push({ path, expected: want, actual: got ?? null });
      return;
    }
    want.forEach((w, i) => {
      compare(w, got[i], `${path}[${i}]`, out, tolerance, tolerances);
    });
    return;
  }
  if (typeof want === 'object' && want !== null) {
    if (typeof got !== 'object' || got === null || Array.isArray(got)) {
      out.push({ path, expected: want, actual: got ?? null });
      return;
    }
    for (const [k, w] of Object.entries(want))
      compare(w, (got as Record<string, unknown>)[k], `${path}.${k}`, out, tolerance, tolerances);
    return;
  }
  if (want !== got) out.push({ path, expected: want, actual: got ?? null });
}
