/**
 * The rulebook format: plain data with a zod schema. A rulebook is one dated edition of a set of
 * rules (`kipp-2021`, `iid-2026`, `insentif-fiskal-2024`, or a city's own
 * `cilegon-lomba-inovasi-2026`). Its numbers are **parameters**: dated values, each with its
 * source and evidence tier, or `unknown` with what is missing. Its **rules** name an evaluator
 * (`kind`) and which parameters feed it. A rulebook may `extends` another and add, replace
 * (same id) or `disable` rules and parameters.
 *
 * @module
 */
import * as z from 'zod/mini';
import { withMeta } from '../shared/zod.js';
import { IsoDateSchema } from '../shared/dates.js';
import { LocalizedTextSchema } from '../shared/i18n.js';
import { SeveritySchema } from '../shared/finding.js';
import { SourceSchema } from '../shared/source.js';

const IdSchema = z
  .string()
  .check(
    z.regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes, e.g. kipp-2021'),
    z.maxLength(80),
  );

const KeySchema = z
  .string()
  .check(
    z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'use letters, digits, dots, dashes and underscores'),
    z.maxLength(120),
  );

/** Which engine a rulebook is for. */
export const DomainSchema = withMeta(z.enum(['readiness', 'scoring', 'iid', 'incentive']), {
  id: 'Domain',
  description: 'The engine a rulebook is for.',
});

/** Which engine a rulebook is for. */
export type Domain = z.infer<typeof DomainSchema>;

/** Text the user wrote in one language is taken for both. */
const TextSchema = z.union([z.string().check(z.minLength(1)), LocalizedTextSchema]);

/** A value known from a date on, with its source. */
export const KnownValueSchema = withMeta(
  z.strictObject({
    from: withMeta(IsoDateSchema, { description: 'First day this value applies.' }),
    to: withMeta(z.optional(IsoDateSchema), {
      description: 'Last day this value is known to apply. Past it, evaluations warn (stale rule).',
    }),
    value: withMeta(z.json(), { description: 'The value: a number, a date, a table…' }),
    source: SourceSchema,
  }),
  { id: 'KnownValue' },
);

/** A value nobody has found yet: say what is missing. */
export const UnknownValueSchema = withMeta(
  z.strictObject({
    from: IsoDateSchema,
    to: z.optional(IsoDateSchema),
    unknown: withMeta(TextSchema, { description: 'What is missing, and where it might be found.' }),
    source: withMeta(z.optional(SourceSchema), { description: 'Where the gap was recorded.' }),
  }),
  { id: 'UnknownValue' },
);

/** One dated value of a parameter. */
export const DatedValueSchema = withMeta(z.union([KnownValueSchema, UnknownValueSchema]), {
  id: 'DatedValue',
});

/** One dated value of a parameter: known with a source, or unknown with what is missing. */
export type DatedValue = z.infer<typeof DatedValueSchema>;

/** A parameter: a number (or table) that changes over time, as dated values. */
export const ParameterSchema = withMeta(
  z.strictObject({
    id: withMeta(KeySchema, { description: 'Stable id, e.g. kipp.implementation-age.' }),
    title: LocalizedTextSchema,
    description: z.optional(LocalizedTextSchema),
    unit: z.optional(z.string()),
    values: z
      .array(DatedValueSchema)
      .check(z.minLength(1, 'a parameter needs at least one dated value')),
  }),
  { id: 'Parameter' },
);

/** A parameter with its dated values. */
export type Parameter = z.infer<typeof ParameterSchema>;

/** A rule: an evaluator (`kind`) fed by parameters. */
export const RuleSchema = withMeta(
  z.strictObject({
    id: withMeta(KeySchema, { description: 'Stable id, e.g. KIPP.AGE.MIN. Findings carry it.' }),
    kind: withMeta(z.string().check(z.minLength(1)), {
      description: 'Which evaluator runs this rule.',
    }),
    title: LocalizedTextSchema,
    parameters: withMeta(z._default(z.record(z.string(), KeySchema), {}), {
      description: "The evaluator's slots mapped to parameter ids.",
    }),
    severity: withMeta(z.optional(SeveritySchema), {
      description: 'Override the severity of the findings this rule raises when it fails.',
    }),
    source: SourceSchema,
    note: z.optional(LocalizedTextSchema),
  }),
  { id: 'Rule' },
);

/** A rule in a rulebook. */
export type Rule = z.infer<typeof RuleSchema>;

/**
 * - `in-force`: the current edition.
 * - `historical`: a past edition, kept to re-check old data.
 * - `prognosis`: a declared forecast (e.g. IID 2027), not yet law.
 * - `template`: a starting point for regional competitions.
 * - `cancelled`: the edition did not run (KIPP 2024); engines refuse it with the reason.
 */
export const RulebookStatusSchema = withMeta(
  z.enum(['in-force', 'historical', 'prognosis', 'template', 'cancelled']),
  { id: 'RulebookStatus' },
);

/** The standing of a rulebook. */
export type RulebookStatus = z.infer<typeof RulebookStatusSchema>;

/** A rulebook: one dated edition of a set of rules. */
export const RulebookSchema = withMeta(
  z.strictObject({
    $schema: z.optional(z.string()),
    id: withMeta(IdSchema, {
      description: 'Stable id, e.g. kipp-2021 or cilegon-lomba-inovasi-2026.',
    }),
    title: LocalizedTextSchema,
    domain: DomainSchema,
    status: z._default(RulebookStatusSchema, 'in-force'),
    statusNote: z.optional(LocalizedTextSchema),
    issuer: withMeta(z.string().check(z.minLength(1)), {
      description: 'The issuing body, e.g. Kementerian PANRB.',
    }),
    legalBasis: z._default(z.array(SourceSchema), []),
    effective: withMeta(z.strictObject({ from: IsoDateSchema, to: z.optional(IsoDateSchema) }), {
      description: 'The window this edition governs.',
    }),
    extends: withMeta(z.optional(IdSchema), { description: 'The rulebook this one builds on.' }),
    parameters: z._default(z.array(ParameterSchema), []),
    rules: z._default(z.array(RuleSchema), []),
    disable: withMeta(
      z.optional(
        z.strictObject({
          rules: z._default(z.array(KeySchema), []),
          parameters: z._default(z.array(KeySchema), []),
        }),
      ),
      { description: 'Rules and parameters of the parent that this rulebook switches off.' },
    ),
  }),
  { id: 'Rulebook', description: 'One dated edition of a set of rules, as plain data.' },
);

/** A rulebook as written (before `extends` is applied). */
export type Rulebook = z.infer<typeof RulebookSchema>;

/** A rulebook as written by hand: defaults may be left out. */
export type RulebookInput = z.input<typeof RulebookSchema>;

/**
 * Declares a rulebook in TypeScript with full type checking of its data. It returns the data
 * unchanged (so each edition stays tree-shakeable); registries validate it when they load it.
 *
 * @example
 * ```ts
 * export const myContest = defineRulebook({
 *   id: 'cilegon-lomba-inovasi-2026',
 *   extends: 'kipp-2023',
 *   title: { id: 'Lomba Inovasi Kota Cilegon 2026', en: 'Cilegon City Innovation Contest 2026' },
 *   domain: 'readiness',
 *   issuer: 'Bappeda Kota Cilegon',
 *   effective: { from: '2026-01-01', to: '2026-12-31' },
 * });
 * ```
 */
export function defineRulebook<const T extends RulebookInput>(input: T): T {
  return input;
}
