/**
 * Building blocks every readiness rule kind uses: reading a slot once at compile time (known or
 * unknown), and building outcomes and findings that name the rule, its source and the basis.
 *
 * @module
 */
import type * as z from 'zod/mini';
import { ruleRef, type ResolvedRule, type SlotSpec } from '../../rulebook/index.js';
import type { Basis, Finding, RuleRef, Severity } from '../../shared/finding.js';
import type { LocalizedText } from '../../shared/i18n.js';
import { readinessMessages as m } from '../messages.js';
import type { Group, Proposal } from '../schema.js';
import type { Outcome, RuleEvaluation, RuleOutcome } from '../types.js';

export { readSlot, type SlotValue } from '../../rulebook/index.js';

/** The finding fields a rule fills in. */
export interface FindingInput {
  readonly code: string;
  readonly path?: string;
  readonly message: LocalizedText;
  readonly fix?: LocalizedText;
  readonly observed?: unknown;
  readonly expected?: unknown;
  readonly severity?: Severity;
  readonly basis?: readonly Basis[];
}

/** Outcome and finding builders bound to one rule. */
export interface RuleTools {
  readonly ref: RuleRef;
  /** The severity of this rule's failures (the rulebook may lower it). */
  readonly severity: Severity;
  finding(input: FindingInput): Finding;
  result(
    outcome: Outcome,
    explanation: LocalizedText,
    findings?: readonly Finding[],
    extra?: { observed?: unknown; expected?: unknown; basis?: readonly Basis[] },
  ): RuleEvaluation;
  /** The evaluation of a rule whose parameter is unknown: indeterminate, with a warning. */
  unknown(missing: LocalizedText, basis?: Basis, path?: string): RuleEvaluation;
}

/** Creates the builders for one rule. */
export function ruleTools(rule: ResolvedRule): RuleTools {
  const ref = ruleRef(rule);
  const severity = rule.severity ?? 'error';
  const tools: RuleTools = {
    ref,
    severity,
    finding(input) {
      // Plain assignments, not object spreads: this runs for every finding of every proposal.
      const f: { -readonly [K in keyof Finding]: Finding[K] } = {
        code: input.code,
        severity: input.severity ?? severity,
        message: input.message,
        rule: ref,
      };
      if (input.path !== undefined) f.path = input.path;
      if (input.observed !== undefined) f.observed = input.observed;
      if (input.expected !== undefined) f.expected = input.expected;
      if (input.basis && input.basis.length > 0) f.basis = [...input.basis];
      if (input.fix) f.fix = input.fix;
      return f;
    },
    result(outcome, explanation, findings = [], extra = {}) {
      const { observed, expected } = extra;
      const basis = extra.basis && extra.basis.length > 0 ? extra.basis : undefined;
      const title = rule.title;
      // The usual shapes as whole literals (rules build one per proposal): a property added to
      // a finished literal makes V8 grow the object again.
      if (expected === undefined) {
        if (observed === undefined) {
          if (basis === undefined)
            return { outcome: { rule: ref, title, outcome, explanation }, findings };
          return { outcome: { rule: ref, title, outcome, explanation, basis }, findings };
        }
        if (basis !== undefined)
          return { outcome: { rule: ref, title, outcome, explanation, observed, basis }, findings };
      }
      const o: { -readonly [K in keyof RuleOutcome]: RuleOutcome[K] } = {
        rule: ref,
        title,
        outcome,
        explanation,
      };
      if (observed !== undefined) o.observed = observed;
      if (expected !== undefined) o.expected = expected;
      if (basis !== undefined) o.basis = basis;
      return { outcome: o, findings };
    },
    unknown(missing, basis, path) {
      const message = m['READINESS.RULE_UNKNOWN']({ rule: rule.title, missing });
      return tools.result('indeterminate', message, [
        tools.finding({
          code: `${rule.id}.UNKNOWN`,
          severity: 'warning',
          ...(path !== undefined ? { path } : {}),
          message,
          fix: m['READINESS.RULE_UNKNOWN.FIX']({
            rulebook: basis?.rulebook ?? rule.origin,
            ...(basis ? { parameter: basis.parameter } : {}),
          }),
          ...(basis ? { basis: [basis] } : {}),
        }),
      ]);
    },
  };
  return tools;
}

/** The group slots a per-group rule kind offers: `single` is for editions without groups. */
export const GROUP_SLOTS = ['single', 'umum', 'replikasi', 'khusus'] as const;

/** A per-group slot name. */
export type GroupSlot = (typeof GROUP_SLOTS)[number];

/**
 * Which per-group slot applies to a proposal: `single` when the rule maps it (an edition without
 * groups), else the proposal's group; undefined when the group is missing.
 */
export function groupSlotFor(hasSingle: boolean, proposal: Proposal): GroupSlot | undefined {
  if (hasSingle) return 'single';
  return proposal.group;
}

/** Bilingual names of the groups. */
export const GROUP_TEXT: Readonly<Record<Group, LocalizedText>> = {
  umum: { id: 'kelompok umum', en: 'kelompok umum (general group)' },
  replikasi: { id: 'kelompok replikasi', en: 'kelompok replikasi (replication group)' },
  khusus: { id: 'kelompok khusus', en: 'kelompok khusus (special group)' },
};

/** Joins a list for a message: `a, b dan c` / `a, b and c`. */
export function joinList(items: readonly string[], lang: 'id' | 'en'): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1] ?? '';
  return `${items.slice(0, -1).join(', ')} ${lang === 'id' ? 'dan' : 'and'} ${last}`;
}

/** One optional slot per group (and `single`), all of one schema. */
export function groupSlotSpecs(
  schema: z.ZodMiniType,
  what: LocalizedText,
): Record<string, SlotSpec> {
  return Object.fromEntries(
    GROUP_SLOTS.map((slot) => [
      slot,
      {
        schema,
        required: false,
        description:
          slot === 'single'
            ? { id: `${what.id} (edisi tanpa kelompok)`, en: `${what.en} (edition without groups)` }
            : {
                id: `${what.id}, ${GROUP_TEXT[slot].id}`,
                en: `${what.en}, ${GROUP_TEXT[slot].en}`,
              },
      },
    ]),
  );
}
