/**
 * Proposal sections per group with their word limits (`../shared/domain/kipp.md` §3.2–3.3). A
 * **hard** limit fails the proposal; a **soft** limit (a limit known only from a regional copy of
 * the form, not from the national annex) warns. A limit not found (`maxWords: null`) leaves the
 * rule indeterminate for that section. Words are counted by {@link countWords}.
 *
 * @module
 */
import * as z from 'zod/mini';
import { withMeta } from '../../shared/zod.js';
import type { Finding } from '../../shared/finding.js';
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
    limit: z._default(z.enum(['hard', 'soft']), 'hard'),
    required: z._default(z.boolean(), true),
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
        return {
          ...s,
          path,
          missing: t.finding({
            code: 'KIPP.SECTION.MISSING',
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
              errors = true;
            }
            continue;
          }
          if (spec.maxWords === null) {
            limitUnknown.push(spec.title);
            continue;
          }
          if (words > spec.maxWords) {
            const soft = spec.limit === 'soft';
            if (!soft && t.severity === 'error') errors = true;
            (findings ??= []).push(
              t.finding({
                code: soft ? 'KIPP.SECTION.OVER_SOFT_LIMIT' : 'KIPP.SECTION.TOO_LONG',
                ...(soft ? { severity: 'warning' as const } : {}),
                path: spec.path,
                message: m[soft ? 'KIPP.SECTION.OVER_SOFT_LIMIT' : 'KIPP.SECTION.TOO_LONG']({
                  section: spec.title,
                  words,
                  max: spec.maxWords,
                }),
                observed: { words },
                expected: { maxWords: spec.maxWords, limit: spec.limit },
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
        return t.result(outcome, explanations[outcome], findings ?? [], {
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
