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
  /** A note for the reader (how the expected numbers were checked by hand). */
  note: z.string().optional(),
  rulebook: z.string().min(1).optional(),
  asOf: IsoDateSchema,
  options: z.record(z.string(), z.string()).optional(),
  input: z.unknown(),
  expected: z.record(z.string(), z.unknown()),
  tolerance: z.number().nonnegative().optional(),
  tolerances: z.record(z.string(), z.number().nonnegative()).optional(),
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

export { compareCase as compareExpected } from '@inovasi/core/contract';
export type { Mismatch } from '@inovasi/core/contract';
