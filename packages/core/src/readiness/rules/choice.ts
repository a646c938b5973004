/**
 * Choices from an edition's list: who may submit (agency type), the group (kelompok) and the
 * category (kategori). One implementation, three rule kinds, each bound to its field. An option
 * may carry a condition for human review (kelompok khusus in 2021 was by the Minister's
 * invitation): the choice passes, with an info finding asking a person to confirm it.
 *
 * @module
 */
import * as z from 'zod/mini';
import { withMeta } from '../../shared/zod.js';
import { LocalizedTextSchema, type LocalizedText } from '../../shared/i18n.js';
import { readinessMessages as m } from '../messages.js';
import type { Proposal } from '../schema.js';
import { normalizeText } from '../../shared/text.js';
import type { ReadinessRuleKind, RuleEvaluation } from '../types.js';
import { readSlot, ruleTools } from './common.js';

/** One option of a list. */
export const ChoiceOptionSchema = withMeta(
  z.strictObject({
    id: z.string().check(z.minLength(1)),
    title: LocalizedTextSchema,
    aliases: z.optional(z.array(z.string())),
    review: withMeta(z.optional(LocalizedTextSchema), {
      description:
        'A condition of this option that no program can check (kelompok khusus 2021: by invitation only). Choosing the option still passes, with an info finding that asks a person to confirm it.',
    }),
  }),
  { id: 'ChoiceOption' },
);

/**
 * The options of a list. `options: null` says the list exists but was not found (a given value
 * cannot be checked: indeterminate); `[]` says the edition has no such choice (e.g. no groups
 * before 2020): a given value is ignored with a warning.
 */
export const ChoiceSchema = withMeta(
  z.strictObject({
    required: z.boolean(),
    options: z.nullable(z.array(ChoiceOptionSchema)),
    missingNote: withMeta(z.optional(LocalizedTextSchema), {
      description: 'When options is null: what is missing and where it might be found.',
    }),
  }),
  { id: 'Choice' },
);

/** The options of a list. */
export type Choice = z.infer<typeof ChoiceSchema>;

interface Field {
  readonly kind: string;
  readonly path: string;
  readonly code: string;
  readonly label: LocalizedText;
  readonly get: (p: Proposal) => string | undefined;
}

function choiceKind(field: Field): ReadinessRuleKind {
  return {
    kind: field.kind,
    domain: 'readiness',
    title: field.label,
    slots: {
      choice: {
        schema: ChoiceSchema,
        required: true,
        description: { id: 'Daftar pilihan yang sah', en: 'The valid options' },
      },
    },
    compile({ evaluation, rule }) {
      const t = ruleTools(rule);
      const slot = readSlot(evaluation, rule, 'choice', ChoiceSchema);
      if (slot.status !== 'known') {
        const missing =
          slot.status === 'unknown'
            ? slot.missing
            : { id: 'parameter tidak dipetakan', en: 'parameter not mapped' };
        const unknown = t.unknown(
          missing,
          slot.status === 'unknown' ? slot.basis : undefined,
          field.path,
        );
        return { proposal: () => unknown };
      }
      const { value, basis } = slot;
      const options = value.options;
      const index = new Map<string, z.infer<typeof ChoiceOptionSchema>>();
      for (const option of options ?? []) {
        for (const key of [option.id, option.title.id, option.title.en, ...(option.aliases ?? [])])
          index.set(normalizeText(key), option);
      }
      const list: LocalizedText = {
        id: (options ?? []).map((o) => `${o.id} (${o.title.id})`).join('; '),
        en: (options ?? []).map((o) => `${o.id} (${o.title.en})`).join('; '),
      };
      const expected = { oneOf: (options ?? []).map((o) => o.id) };
      const basisList = [basis];
      // The pass result of each answer given, built once (the same answer recurs across a batch).
      const passes = new Map<string, RuleEvaluation>();
      const passNone = t.result('not-applicable', m['KIPP.CHOICE.NONE']({ field: field.label }));
      const missingEval: RuleEvaluation = (() => {
        const message = m['KIPP.CHOICE.MISSING']({ field: field.label });
        return t.result('fail', message, [
          t.finding({
            code: `${field.code}.MISSING`,
            path: field.path,
            message,
            fix: options
              ? m['KIPP.CHOICE.FIX']({ list })
              : m['KIPP.CHOICE.FILL']({ field: field.label }),
            expected,
            basis: basisList,
          }),
        ]);
      })();
      return {
        proposal(proposal) {
          const given = field.get(proposal);
          if (given === undefined || given.trim() === '') {
            if (value.required) return missingEval;
            return passNone;
          }
          if (options === null) {
            const message = m['KIPP.CHOICE.LIST_UNKNOWN']({
              field: field.label,
              given,
              missing: value.missingNote ?? { id: 'daftar tidak ditemukan', en: 'list not found' },
            });
            return t.result('indeterminate', message, [
              t.finding({
                code: `${field.code}.LIST_UNKNOWN`,
                severity: 'warning',
                path: field.path,
                message,
                observed: given,
                basis: basisList,
              }),
            ]);
          }
          if (options.length === 0) {
            const message = m['KIPP.CHOICE.IGNORED']({ field: field.label, given });
            return t.result('not-applicable', message, [
              t.finding({
                code: `${field.code}.IGNORED`,
                severity: 'warning',
                path: field.path,
                message,
                observed: given,
                basis: basisList,
              }),
            ]);
          }
          const cached = passes.get(given);
          if (cached) return cached;
          const option = index.get(normalizeText(given));
          if (option) {
            const review = option.review
              ? [
                  t.finding({
                    code: `${field.code}.REVIEW`,
                    severity: 'info',
                    path: field.path,
                    message: m['KIPP.CHOICE.REVIEW']({
                      field: field.label,
                      option: option.title,
                      review: option.review,
                    }),
                    observed: given,
                    fix: m['KIPP.CHOICE.REVIEW.FIX'](),
                    basis: basisList,
                  }),
                ]
              : [];
            const pass = t.result(
              'pass',
              m['KIPP.CHOICE.PASS']({ field: field.label, option: option.title }),
              review,
              {
                observed: given,
                expected,
                basis: basisList,
              },
            );
            if (passes.size < 1000) passes.set(given, pass);
            return pass;
          }
          const message = m['KIPP.CHOICE.INVALID']({ field: field.label, given });
          return t.result(
            'fail',
            message,
            [
              t.finding({
                code: `${field.code}.INVALID`,
                path: field.path,
                message,
                observed: given,
                expected,
                fix: m['KIPP.CHOICE.FIX']({ list }),
                basis: basisList,
              }),
            ],
            { observed: given, expected, basis: basisList },
          );
        },
      };
    },
  };
}

/** Rule kind `readiness.agency-type`: who may submit. */
export const agencyTypeKind = choiceKind({
  kind: 'readiness.agency-type',
  path: 'agency.type',
  code: 'KIPP.AGENCY_TYPE',
  label: { id: 'Jenis instansi pengusul', en: 'Type of the submitting agency' },
  get: (p) => p.agency?.type,
});

/** Rule kind `readiness.group`: the group (kelompok) must be one the edition runs. */
export const groupKind = choiceKind({
  kind: 'readiness.group',
  path: 'group',
  code: 'KIPP.GROUP',
  label: { id: 'Kelompok', en: 'Group (kelompok)' },
  get: (p) => p.group,
});

/** Rule kind `readiness.category`: the category (kategori) must be one of the edition's. */
export const categoryKind = choiceKind({
  kind: 'readiness.category',
  path: 'category',
  code: 'KIPP.CATEGORY',
  label: { id: 'Kategori', en: 'Category (kategori)' },
  get: (p) => p.category,
});
