/**
 * Where a number or a rule comes from. Every parameter value in a rulebook carries one.
 *
 * @module
 */
import * as z from 'zod/mini';
import { withMeta } from './zod.js';

/**
 * Evidence tiers: **A** official text or ministry release; **B** national press quoting officials;
 * **C** regional news or regional government pages; **D** regional code copies (structure, not
 * authority).
 */
export const EvidenceTierSchema = withMeta(z.enum(['A', 'B', 'C', 'D']), {
  id: 'EvidenceTier',
  description:
    'A: official text or ministry release; B: national press quoting officials; C: regional news or regional government pages; D: regional code copies.',
});

/** Evidence tier of a source: A (official) to D (regional code copy). */
export type EvidenceTier = z.infer<typeof EvidenceTierSchema>;

/** The legal basis or source of a value. */
export const SourceSchema = withMeta(
  z.object({
    citation: withMeta(z.string().check(z.minLength(1)), {
      description: 'The legal basis or document, e.g. "PermenPANRB 7/2021, Pasal 5".',
    }),
    url: withMeta(z.optional(z.url()), { description: 'Where the text can be read.' }),
    tier: EvidenceTierSchema,
    note: withMeta(z.optional(z.string()), {
      description: 'Caveats: what was inferred, what conflicts.',
    }),
  }),
  { id: 'Source', description: 'Legal basis or source of a value, with its evidence tier.' },
);

/** The legal basis or source of a value, with its evidence tier. */
export type Source = z.infer<typeof SourceSchema>;
