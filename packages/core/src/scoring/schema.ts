/**
 * The scoring formats. A **rubric**, a stage's **method**, how stages **combine**, the
 * **advancement** rule (with quotas) and the **tie-break** chain are rulebook parameters (dated,
 * sourced, or `unknown`). A **panel** is the competition's data: entries, judges, score sheets,
 * declared conflicts and manual overrides.
 *
 * @module
 */
import * as z from 'zod/mini';
import { zodCustom, zodRefine } from '../shared/errors.js';
import { withMeta } from '../shared/zod.js';
import { IsoDateSchema } from '../shared/dates.js';
import { LocalizedTextSchema } from '../shared/i18n.js';

const KeySchema = z
  .string()
  .check(
    z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'use letters, digits, dots, dashes and underscores'),
    z.maxLength(120),
  );

const TextSchema = z.union([z.string().check(z.minLength(1)), LocalizedTextSchema]);

/** One point of a labelled scale, e.g. `{ key: 'baik', value: 3, label: 'Baik' }`. */
export const ScalePointSchema = withMeta(
  z.strictObject({
    key: withMeta(KeySchema, {
      description: 'What a score sheet may write instead of the number.',
    }),
    value: z.number(),
    label: TextSchema,
  }),
  { id: 'ScalePoint' },
);

/** A criterion's scale: a numeric range, or labelled points. */
export const ScaleSchema = withMeta(
  z
    .union([
      z.strictObject({
        kind: z.literal('numeric'),
        min: z.number(),
        max: z.number(),
        step: withMeta(z.optional(z.number().check(z.positive())), {
          description: 'e.g. 1 for whole points.',
        }),
      }),
      z.strictObject({
        kind: z.literal('labelled'),
        points: z.array(ScalePointSchema).check(z.minLength(2)),
      }),
    ])
    .check(
      z.superRefine((scale, ctx) => {
        if (scale.kind === 'numeric' && !(scale.min < scale.max)) {
          ctx.addIssue({
            code: 'custom',
            ...zodCustom('SCORING.SCALE.MIN_BELOW_MAX', { min: scale.min, max: scale.max }),
          });
        }
        if (scale.kind === 'labelled') {
          const keys = new Set(scale.points.map((p) => p.key));
          if (keys.size !== scale.points.length)
            ctx.addIssue({ code: 'custom', ...zodCustom('SCORING.SCALE.SHARED_KEY', {}) });
          const values = scale.points.map((p) => p.value);
          if (Math.min(...values) === Math.max(...values))
            ctx.addIssue({ code: 'custom', ...zodCustom('SCORING.SCALE.DISTINCT_VALUES', {}) });
        }
      }),
    ),
  { id: 'Scale' },
);

/** A criterion's scale. */
export type Scale = z.infer<typeof ScaleSchema>;

/** One criterion of a rubric. */
export const CriterionSchema = withMeta(
  z.strictObject({
    id: withMeta(KeySchema, { description: 'Stable id, e.g. kebaruan.' }),
    label: LocalizedTextSchema,
    weight: z.number().check(z.minimum(0)),
    scale: withMeta(z.optional(ScaleSchema), { description: "Default: the rubric's scale." }),
    minimum: withMeta(z.optional(z.number()), {
      description:
        'Non-compensatory floor on the judges’ aggregated raw score for this criterion: below it the entry does not advance, whatever its total.',
    }),
    counted: withMeta(z._default(z.boolean(), true), {
      description: 'false: shown on the sheet and reported, but not counted in the total.',
    }),
    allowNotApplicable: withMeta(z._default(z.boolean(), false), {
      description:
        'Judges may mark it "n/a"; the other weights are then re-normalised instead of counting zero.',
    }),
    appliesTo: withMeta(
      z.optional(
        z.strictObject({
          category: z.optional(z.array(z.string().check(z.minLength(1)))),
          group: z.optional(z.array(z.string().check(z.minLength(1)))),
        }),
      ),
      { description: 'Only entries of these categories/groups are scored on it.' },
    ),
  }),
  { id: 'Criterion' },
);

/** One criterion of a rubric. */
export type Criterion = z.infer<typeof CriterionSchema>;

/**
 * How a sheet's criterion scores become its total:
 * - `percent`: Σ weight × position on the scale (0–1) / Σ weight × 100, so 0–100 whatever the scales;
 * - `weighted-mean`: Σ weight × raw / Σ weight, on the rubric's scale;
 * - `weighted-sum`: Σ weight × raw (e.g. Banten: nilai × bobot), re-scaled when a criterion is n/a.
 */
export const TotalKindSchema = withMeta(z.enum(['percent', 'weighted-mean', 'weighted-sum']), {
  id: 'TotalKind',
});

/** How a sheet's total is formed. */
export type TotalKind = z.infer<typeof TotalKindSchema>;

/** A rubric: weighted criteria on scales. */
export const RubricSchema = withMeta(
  z
    .strictObject({
      scale: withMeta(z.optional(ScaleSchema), {
        description:
          "The default scale of every criterion; when absent, the stage's `scale` parameter gives it.",
      }),
      total: z._default(TotalKindSchema, 'percent'),
      weightTotal: withMeta(z.optional(z.number().check(z.positive())), {
        description:
          'What the counted weights must sum to (e.g. 100); a rubric whose weights do not is invalid.',
      }),
      criteria: z.array(CriterionSchema).check(z.minLength(1)),
    })
    .check(
      z.superRefine((rubric, ctx) => {
        const ids = new Set<string>();
        rubric.criteria.forEach((c, i) => {
          if (ids.has(c.id))
            ctx.addIssue({
              code: 'custom',
              path: ['criteria', i, 'id'],
              ...zodCustom('SCORING.RUBRIC.DUPLICATE_CRITERION', { criterion: c.id }),
            });
          ids.add(c.id);
        });
        const counted = rubric.criteria.filter((c) => c.counted);
        const sum = counted.reduce((s, c) => s + c.weight, 0);
        if (rubric.weightTotal !== undefined && Math.abs(sum - rubric.weightTotal) > 1e-9) {
          ctx.addIssue({
            code: 'custom',
            path: ['criteria'],
            ...zodCustom('SCORING.RUBRIC.WEIGHT_TOTAL', { sum, declared: rubric.weightTotal }),
          });
        }
        if (!(sum > 0))
          ctx.addIssue({
            code: 'custom',
            path: ['criteria'],
            ...zodCustom('SCORING.RUBRIC.NO_WEIGHT', {}),
          });
        if (
          rubric.total === 'weighted-mean' &&
          rubric.criteria.some(
            (c) =>
              c.scale !== undefined && JSON.stringify(c.scale) !== JSON.stringify(rubric.scale),
          )
        ) {
          ctx.addIssue({
            code: 'custom',
            path: ['total'],
            ...zodCustom('SCORING.RUBRIC.MIXED_SCALES', {}),
          });
        }
      }),
    ),
  { id: 'Rubric' },
);

/** A rubric. */
export type Rubric = z.infer<typeof RubricSchema>;

/** A rubric whose default scale is known. */
export type CompleteRubric = Rubric & { readonly scale: Scale };

/** How judges' values for one entry are combined. */
export const AggregationSchema = withMeta(
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('mean') }),
    z.strictObject({ kind: z.literal('median') }),
    z.strictObject({ kind: z.literal('sum') }),
    z.strictObject({
      kind: z.literal('trimmed-mean'),
      trim: withMeta(z.int().check(z.minimum(1)), {
        description: 'How many of the highest and of the lowest values to drop.',
      }),
    }),
  ]),
  { id: 'Aggregation' },
);

/** An aggregation across judges. */
export type Aggregation = z.infer<typeof AggregationSchema>;

/** Per-judge normalisation of sheet totals. */
export const NormalisationSchema = withMeta(
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('none') }),
    z.strictObject({
      kind: z.literal('z-score'),
      minimumSheets: z._default(z.int().check(z.minimum(2)), 5),
    }),
    z.strictObject({
      kind: z.literal('rank'),
      minimumSheets: z._default(z.int().check(z.minimum(2)), 5),
    }),
  ]),
  { id: 'Normalisation' },
);

/** Per-judge normalisation. */
export type Normalisation = z.infer<typeof NormalisationSchema>;

/** A stage's method: aggregation, normalisation, conflicts, how many sheets an entry needs. */
export const StageMethodSchema = withMeta(
  z.strictObject({
    aggregation: z._default(AggregationSchema, { kind: 'mean' }),
    normalisation: z._default(NormalisationSchema, { kind: 'none' }),
    minimumSheets: withMeta(z._default(z.int().check(z.minimum(1)), 1), {
      description: 'Counted sheets an entry needs; with fewer it is indeterminate (human review).',
    }),
    conflicts: z._default(
      z.strictObject({
        sameAgency: z._default(z.boolean(), true),
        sameRegion: z._default(z.boolean(), false),
      }),
      { sameAgency: true, sameRegion: false },
    ),
  }),
  { id: 'StageMethod' },
);

/** A stage's method. */
export type StageMethod = z.infer<typeof StageMethodSchema>;

/** How a stage's score mixes its own rubric with earlier stages (e.g. 30 % presentation + 70 % substance). */
export const CombineSchema = withMeta(
  z
    .strictObject({
      own: z.number().check(z.minimum(0), z.maximum(1)),
      from: z.array(
        z.strictObject({ stage: KeySchema, weight: z.number().check(z.minimum(0), z.maximum(1)) }),
      ),
    })
    .check(
      z.superRefine((c, ctx) => {
        const sum = c.own + c.from.reduce((s, f) => s + f.weight, 0);
        if (Math.abs(sum - 1) > 1e-9)
          ctx.addIssue({
            code: 'custom',
            ...zodCustom('SCORING.COMBINE.WEIGHTS', { sum }),
          });
      }),
    ),
  { id: 'Combine' },
);

/** How a stage combines earlier stages. */
export type Combine = z.infer<typeof CombineSchema>;

/** Entry fields a quota can be about. `tag` matches any of an entry's tags; `attributes.x` a free attribute. */
export const QuotaFieldSchema = z.string().check(
  z.regex(/^(category|group|agency|agencyType|region|tag|attributes\.[A-Za-z0-9_-]+)$/, {
    error: zodCustom('SCORING.QUOTA.FIELD', {}).message,
  }),
);

/**
 * A representation constraint on a shortlist: at most `max` or at least `min` entries whose
 * `field` equals `value` (or, without `value`, for every value of the field).
 */
export const QuotaSchema = withMeta(
  z
    .strictObject({
      id: KeySchema,
      label: LocalizedTextSchema,
      field: QuotaFieldSchema,
      value: z.optional(z.string().check(z.minLength(1))),
      min: z.optional(z.int().check(z.minimum(0))),
      max: z.optional(z.int().check(z.minimum(0))),
    })
    .check(
      z.refine(
        (q) => q.min !== undefined || q.max !== undefined,
        zodRefine('SCORING.QUOTA.MIN_OR_MAX', {}),
      ),
    ),
  { id: 'Quota' },
);

/** A quota on a shortlist. */
export type Quota = z.infer<typeof QuotaSchema>;

/** Which entries leave a stage. */
export const AdvancementSchema = withMeta(
  z.strictObject({
    rule: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('all') }),
      z.strictObject({ kind: z.literal('top'), n: z.int().check(z.minimum(1)) }),
      z.strictObject({ kind: z.literal('passing-grade'), min: z.number() }),
      z.strictObject({
        kind: z.literal('percentile'),
        top: withMeta(z.number().check(z.gt(0)).check(z.maximum(100)), {
          description: 'The best top % advance.',
        }),
      }),
    ]),
    borderline: withMeta(z.optional(z.number().check(z.minimum(0))), {
      description: 'Flag entries within this many points of the cut for a second look.',
    }),
    quotas: z._default(z.array(QuotaSchema), []),
  }),
  { id: 'Advancement' },
);

/** An advancement rule. */
export type Advancement = z.infer<typeof AdvancementSchema>;

/** One link of the tie-break chain. The chain always ends with a seeded draw, never input order. */
export const TieBreakSchema = withMeta(
  z.discriminatedUnion('by', [
    z.strictObject({ by: z.literal('criterion'), criterion: KeySchema }),
    z.strictObject({ by: z.literal('fewer-missing') }),
    z.strictObject({ by: z.literal('draw') }),
  ]),
  { id: 'TieBreak' },
);

/** One link of the tie-break chain. */
export type TieBreak = z.infer<typeof TieBreakSchema>;

/** A tie-break chain. */
export const TieBreaksSchema = withMeta(z.array(TieBreakSchema), { id: 'TieBreaks' });

const EntryIdSchema = z.string().check(z.minLength(1), z.maxLength(200));

/** An entry (a proposal) in the competition. */
export const EntrySchema = withMeta(
  z.strictObject({
    id: EntryIdSchema,
    title: z.optional(z.string().check(z.maxLength(2000))),
    agency: withMeta(z.optional(z.string().check(z.maxLength(500))), {
      description: 'instansi, e.g. Pemkab Luwu Utara',
    }),
    agencyType: z.optional(z.string().check(z.maxLength(100))),
    region: z.optional(z.string().check(z.maxLength(500))),
    category: z.optional(z.string().check(z.maxLength(500))),
    group: z.optional(z.string().check(z.maxLength(100))),
    tags: withMeta(z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(100)))), {
      description: 'e.g. 3T',
    }),
    attributes: z.optional(z.record(z.string(), z.string())),
  }),
  { id: 'Entry' },
);

/** An entry. */
export type Entry = z.infer<typeof EntrySchema>;

/** A judge, with the affiliations conflicts are checked against. */
export const JudgeSchema = withMeta(
  z.strictObject({
    id: EntryIdSchema,
    name: z.optional(z.string().check(z.maxLength(500))),
    agency: z.optional(z.string().check(z.maxLength(500))),
    region: z.optional(z.string().check(z.maxLength(500))),
    affiliations: withMeta(z.optional(z.array(z.string().check(z.minLength(1)))), {
      description: 'Other agencies the judge is tied to.',
    }),
  }),
  { id: 'Judge' },
);

/** A judge. */
export type Judge = z.infer<typeof JudgeSchema>;

/** A score: a number, a labelled point's key, `"n/a"` (not applicable), or null (missing). */
export const ScoreValueSchema = z.union([z.number(), z.string().check(z.minLength(1)), z.null()]);

/** One score sheet: one judge, one entry, one stage. */
export const SheetSchema = withMeta(
  z.strictObject({
    stage: withMeta(z.optional(KeySchema), {
      description: 'The stage (rule id); default: the first.',
    }),
    judge: EntryIdSchema,
    entry: EntryIdSchema,
    scores: z.record(z.string(), ScoreValueSchema),
    comment: z.optional(z.string().check(z.maxLength(20_000))),
    comments: z.optional(z.record(z.string(), z.string().check(z.maxLength(20_000)))),
  }),
  { id: 'Sheet' },
);

/** A score sheet. */
export type Sheet = z.infer<typeof SheetSchema>;

/** A competition's data. */
export const PanelSchema = withMeta(
  z.strictObject({
    $schema: z.optional(z.string()),
    title: z.optional(z.string().check(z.maxLength(2000))),
    seed: withMeta(z._default(z.string().check(z.maxLength(200)), 'inovasi'), {
      description: 'Seed of the tie-break draw and the bootstrap; publish it with the results.',
    }),
    entries: z.array(EntrySchema).check(z.minLength(1)),
    judges: z.array(JudgeSchema).check(z.minLength(1)),
    sheets: z.array(SheetSchema),
    assignments: withMeta(
      z.optional(
        z.array(
          z.strictObject({
            stage: z.optional(KeySchema),
            judge: EntryIdSchema,
            entries: z.array(EntryIdSchema),
          }),
        ),
      ),
      {
        description:
          'Which judge should score which entries; without it every judge scores every entry.',
      },
    ),
    conflicts: z._default(
      z.array(z.strictObject({ judge: EntryIdSchema, entry: EntryIdSchema, reason: z.string() })),
      [],
    ),
    overrides: z._default(
      z.array(
        z.strictObject({
          stage: KeySchema,
          entry: EntryIdSchema,
          decision: z.enum(['advance', 'eliminate']),
          reason: z.string().check(z.minLength(1)),
          by: z.optional(z.string()),
        }),
      ),
      [],
    ),
  }),
  { id: 'Panel', title: 'Scoring panel', description: 'Entries, judges and score sheets.' },
);

/** A panel as given (defaults may be left out). */
export type PanelInput = z.input<typeof PanelSchema>;

/** A parsed panel. */
export type Panel = z.infer<typeof PanelSchema>;

/** A scoring request as the HTTP API takes it. */
export const ScoringRequestSchema = withMeta(
  z.strictObject({
    rulebook: withMeta(
      z.union([z.string().check(z.minLength(1)), z.record(z.string(), z.unknown())]),
      {
        description:
          'A scoring rulebook id, or a whole custom rulebook (e.g. one that extends a template).',
      },
    ),
    asOf: withMeta(z.optional(IsoDateSchema), {
      description: 'The date the rules are read at; default: today.',
    }),
    resamples: withMeta(z.optional(z.int().check(z.minimum(0), z.maximum(10_000))), {
      description: 'Bootstrap resamples for robustness (default 200).',
    }),
    panel: withMeta(z.unknown(), {
      description: 'Entries, judges and sheets (see the Panel schema).',
    }),
  }),
  { id: 'ScoringRequest' },
);

/** A scoring request. */
export type ScoringRequest = z.infer<typeof ScoringRequestSchema>;
