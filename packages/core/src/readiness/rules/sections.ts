/**
 * Proposal sections per group with their word limits (`../shared/domain/kipp.md` §3.2–3.3). A
 * section's own `limit` and `required` decide, whatever the rule's severity: `limit: hard` makes
 * a section over its limit an error (the proposal is not ready), `limit: soft` a warning;
 * `required: true` makes a missing section an error, `required: false` no finding. Left out, both
 * follow the rule's severity (a national rule known only from a regional copy of the form warns).
 * So a region that writes `limit: hard, required: true` in its overlay gets exactly that, without
 * also replacing the rule. A limit not found (`maxWords: null`) leaves the rule indeterminate for
 * that section. Words are counted by {@link countWords}.
 *
 * @module
 */
import * as z from 'zod/mini';
import { withMeta } from '../../shared/zod.js';
import type { Finding, Severity } from '../../shared/finding.js';
import { LocalizedTextSchema, type LocalizedText } from '../../shared/i18n.js';
import { readinessMessages as m } from '../messages.js';
import type { Proposal } from '../schema.js';
import type { ProposalContext, ReadinessRuleKind, RuleEvaluation } from '../types.js';
import {
  groupSlotSpecs,
  GROUP_SLOTS,
  GROUP_TEXT,
  groupSlotFor,
  readSlot,
  ruleTools,
  type GroupSlot,
} from './common.js';

/** One section of a proposal template. */
export const SectionSpecSchema = withMeta(
  z.strictObject({
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'a lower-case id such as latar-belakang')),
    title: LocalizedTextSchema,
    maxWords: withMeta(z.nullable(z.int().check(z.minimum(1))), {
      description: 'null: limit not found',
    }),
    limit: z.optional(
      withMeta(z.enum(['hard', 'soft']), {
        description:
          "hard: over the limit is an error; soft: a warning; left out: the rule's severity",
      }),
    ),
    required: z.optional(
      withMeta(z.boolean(), {
        description:
          "true: a missing section is an error; false: no finding; left out: the rule's severity",
      }),
    ),
  }),
  { id: 'SectionSpec' },
);

/** The sections of one group's proposal form. */
export const SectionTemplateSchema = withMeta(
  z.strictObject({ sections: z.array(SectionSpecSchema).check(z.minLength(1)) }),
  { id: 'SectionTemplate' },
);

/** The sections of one group's proposal form. */
export type SectionTemplate = z.infer<typeof SectionTemplateSchema>;

/** Rule kind `readiness.sections`. */
export const sectionsKind: ReadinessRuleKind = {
  kind: 'readiness.sections',
  domain: 'readiness',
  title: { id: 'Bagian proposal dan batas kata', en: 'Proposal sections and word limits' },
  slots: groupSlotSpecs(SectionTemplateSchema, { id: 'Bagian proposal', en: 'Proposal sections' }),
  compile({ evaluation, rule }) {
    const t = ruleTools(rule);
    type Check = (args: [Proposal, ProposalContext]) => RuleEvaluation;
    const checks = new Map<GroupSlot, Check>();
    for (const slot of GROUP_SLOTS) {
      const read = readSlot(evaluation, rule, slot, SectionTemplateSchema);
      if (read.status === 'absent') continue;
      if (read.status === 'unknown') {
        const unknown = t.unknown(read.missing, read.basis, 'sections');
        checks.set(slot, () => unknown);
        continue;
      }
      const basisList = [read.basis];
      const specs = read.value.sections.map((s) => {
        const path = `sections.${s.id}`;
        const missingMessage = m['KIPP.SECTION.MISSING']({ section: s.title });
        // An explicit `required`/`limit` is the region's decision and beats the rule's severity.
        const missingSeverity: Severity = s.required === true ? 'error' : t.severity;
        const overSeverity: Severity =
          s.limit === 'hard' ? 'error' : s.limit === 'soft' ? 'warning' : t.severity;
        return {
          ...s,
          path,
          required: s.required ?? true,
          overSeverity,
          missing: t.finding({
            code: 'KIPP.SECTION.MISSING',
            severity: missingSeverity,
            path,
            message: missingMessage,
            fix: m['KIPP.SECTION.MISSING.FIX']({ section: s.title, max: s.maxWords }),
            ...(s.maxWords !== null ? { expected: { maxWords: s.maxWords } } : {}),
            basis: basisList,
          }),
        };
      });
      const known = new Set(specs.map((s) => s.id));
      const knownList = specs.map((s) => s.id).join(', ');
      const groupText: LocalizedText =
        slot === 'single' ? { id: 'edisi ini', en: 'this edition' } : GROUP_TEXT[slot];
      const explanations = {
        pass: m['KIPP.SECTION.OUTCOME.pass']({ group: groupText, count: specs.length }),
        fail: m['KIPP.SECTION.OUTCOME.fail']({ group: groupText, count: specs.length }),
        warn: m['KIPP.SECTION.OUTCOME.warn']({ group: groupText, count: specs.length }),
        indeterminate: m['KIPP.SECTION.OUTCOME.indeterminate']({
          group: groupText,
          count: specs.length,
        }),
      };
      checks.set(slot, ([proposal, { facts }]) => {
        let findings: Finding[] | undefined;
        let errors = false;
        const limitUnknown: LocalizedText[] = [];
        const counts: Record<string, number> = {};
        for (const spec of specs) {
          const stats = facts.section(spec.id);
          const words = stats?.words ?? 0;
          counts[spec.id] = words;
          if (words === 0) {
            if (spec.required) {
              (findings ??= []).push(spec.missing);
              if (spec.missing.severity === 'error') errors = true;
            }
            continue;
          }
          if (spec.maxWords === null) {
            limitUnknown.push(spec.title);
            continue;
          }
          if (words > spec.maxWords) {
            const soft = spec.limit === 'soft';
            if (spec.overSeverity === 'error') errors = true;
            (findings ??= []).push(
              t.finding({
                code: soft ? 'KIPP.SECTION.OVER_SOFT_LIMIT' : 'KIPP.SECTION.TOO_LONG',
                severity: spec.overSeverity,
                path: spec.path,
                message: m[soft ? 'KIPP.SECTION.OVER_SOFT_LIMIT' : 'KIPP.SECTION.TOO_LONG']({
                  section: spec.title,
                  words,
                  max: spec.maxWords,
                }),
                observed: { words },
                expected: { maxWords: spec.maxWords, limit: spec.limit ?? 'hard' },
                fix: m['KIPP.SECTION.TOO_LONG.FIX']({
                  remove: words - spec.maxWords,
                  max: spec.maxWords,
                }),
                basis: basisList,
              }),
            );
          }
        }
        const given = proposal.sections;
        if (given) {
          for (const key of Object.keys(given)) {
            if (known.has(key)) continue;
            (findings ??= []).push(
              t.finding({
                code: 'KIPP.SECTION.UNKNOWN',
                severity: 'warning',
                path: `sections.${key}`,
                message: m['KIPP.SECTION.UNKNOWN']({ key, group: groupText }),
                fix: m['KIPP.SECTION.UNKNOWN.FIX']({ known: knownList }),
                basis: basisList,
              }),
            );
          }
        }
        if (limitUnknown.length > 0) {
          (findings ??= []).push(
            t.finding({
              code: 'KIPP.SECTION.LIMIT_UNKNOWN',
              severity: 'warning',
              path: 'sections',
              message: m['KIPP.SECTION.LIMIT_UNKNOWN']({
                sections: {
                  id: limitUnknown.map((s) => s.id).join(', '),
                  en: limitUnknown.map((s) => s.en).join(', '),
                },
              }),
              basis: basisList,
            }),
          );
        }
        const outcome = errors ? 'fail' : limitUnknown.length > 0 ? 'indeterminate' : 'pass';
        const warned = outcome === 'pass' && findings !== undefined;
        return t.result(outcome, explanations[warned ? 'warn' : outcome], findings ?? [], {
          observed: { words: counts },
          basis: basisList,
        });
      });
    }
    const hasSingle = checks.has('single');
    const notApplicable = t.result('not-applicable', m['KIPP.SECTION.NO_GROUP']());
    return {
      proposal(proposal, context) {
        const slot = groupSlotFor(hasSingle, proposal);
        const check = slot !== undefined ? checks.get(slot) : undefined;
        return check ? check([proposal, context]) : notApplicable;
      },
    };
  },
};
