/**
 * Findings: what every check returns. A finding has a stable `code`, a severity, the path of the
 * input it is about, a bilingual message, the observed value next to the expected one, the rule
 * (and rulebook, and source) it comes from, and where it fails, the smallest fix.
 *
 * @module
 */
import * as z from 'zod/mini';
import { withMeta } from './zod.js';
import { LocalizedTextSchema } from './i18n.js';
import { SourceSchema } from './source.js';

/** `error` blocks (not ready, not eligible); `warning` asks for human review; `info` explains. */
export const SeveritySchema = withMeta(z.enum(['error', 'warning', 'info']), { id: 'Severity' });

/** How much a finding matters. */
export type Severity = z.infer<typeof SeveritySchema>;

/** The rule behind a finding: its id, the rulebook it came from (after `extends`) and its source. */
export const RuleRefSchema = withMeta(
  z.object({
    id: z.string(),
    rulebook: withMeta(z.string(), {
      description: 'The rulebook that defined this rule (its origin).',
    }),
    source: z.optional(SourceSchema),
  }),
  { id: 'RuleRef' },
);

/** The rule behind a finding. */
export type RuleRef = z.infer<typeof RuleRefSchema>;

/** A parameter value that a finding relied on, with the source of that value. */
export const BasisSchema = withMeta(
  z.object({
    parameter: z.string(),
    rulebook: z.string(),
    from: z.string(),
    value: z.unknown(),
    source: z.optional(SourceSchema),
  }),
  { id: 'Basis' },
);

/** A parameter value that a finding relied on. */
export type Basis = z.infer<typeof BasisSchema>;

/** One finding. */
export const FindingSchema = withMeta(
  z.object({
    code: withMeta(z.string(), { description: 'Stable code, e.g. KIPP.AGE.MIN. Never changes.' }),
    severity: SeveritySchema,
    path: withMeta(z.optional(z.string()), {
      description: 'Path of the input field, e.g. sections.tujuan.',
    }),
    message: LocalizedTextSchema,
    observed: z.optional(z.unknown()),
    expected: z.optional(z.unknown()),
    rule: RuleRefSchema,
    basis: z.optional(z.array(BasisSchema)),
    fix: z.optional(LocalizedTextSchema),
  }),
  { id: 'Finding' },
);

/** One finding. */
export type Finding = z.infer<typeof FindingSchema>;

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Orders findings deterministically: by severity, then path, then code, then message. Results
 * never depend on the order in which rules ran or keys were written.
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const n = findings.length;
  if (n > 12) return [...findings].sort(compareFindings);
  // A short list (the usual case, once per region or proposal): a stable insertion sort, the
  // same order as the stable `Array.prototype.sort` without its set-up cost.
  const sorted = findings.slice();
  for (let i = 1; i < n; i += 1) {
    const item = sorted[i];
    if (item === undefined) continue;
    let j = i - 1;
    for (let before = sorted[j]; before !== undefined && compareFindings(before, item) > 0;) {
      sorted[j + 1] = before;
      j -= 1;
      before = sorted[j];
    }
    sorted[j + 1] = item;
  }
  return sorted;
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareText(a.path ?? '', b.path ?? '') ||
    compareText(a.code, b.code) ||
    compareText(a.message.en, b.message.en)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Does any finding block (severity `error`)? */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
