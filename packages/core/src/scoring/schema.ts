/**
 * The scoring formats. A **rubric**, a stage's **method**, how stages **combine**, the
 * **advancement** rule (with quotas) and the **tie-break** chain are rulebook parameters (dated,
 * sourced, or `unknown`). A **panel** is the competition's data: entries, judges, score sheets,
 * declared conflicts and manual overrides.
 *
 * @module
 */
import * as z from 'zod';
import { IsoDateSchema } from '../shared/dates.js';
import { LocalizedTextSchema } from '../shared/i18n.js';

const KeySchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'use letters, digits, dots, dashes and underscores')
  .max(120);

const TextSchema = z.union([z.string().min(1), LocalizedTextSchema]);

/** One point of a labelled scale, e.g. `{ key: 'baik', value: 3, label: 'Baik' }`. */
export const ScalePointSchema = z
  .strictObject({
    key: KeySchema.meta({ description: 'What a score sheet may write instead of the number.' }),
    value: z.number(),
    label: TextSchema,
  })
  .meta({ id: 'ScalePoint' });

/** A criterion's scale: a numeric range, or labelled points. */
export const ScaleSchema = z
  .union([
    z.strictObject({
      kind: z.literal('numeric'),
      min: z.number(),
      max: z.number(),
      step: z.number().positive().optional().meta({ description: 'e.g. 1 for whole points.' }),
    }),
    z.strictObject({
      kind: z.literal('labelled'),
      points: z.array(ScalePointSchema).min(2),
    }),
  ])
  .superRefine((scale, ctx) => {
    if (scale.kind === 'numeric' && !(scale.min < scale.max)) {
      ctx.addIssue({ code: 'custom', message: `min ${scale.min} must be below max ${scale.max}` });
    }
    if (scale.kind === 'labelled') {
      const keys = new Set(scale.points.map((p) => p.key));
      if (keys.size !== scale.points.length)
        ctx.addIssue({ code: 'custom', message: 'two points share a key' });
      const values = scale.points.map((p) => p.value);
      if (Math.min(...values) === Math.max(...values))
        ctx.addIssue({ code: 'custom', message: 'the points need at least two distinct values' });
    }
  })
  .meta({ id: 'Scale' });

/** A criterion's scale. */
export type Scale = z.infer<typeof ScaleSchema>;

/** One criterion of a rubric. */
export const CriterionSchema = z
  .strictObject({
    id: KeySchema.meta({ description: 'Stable id, e.g. kebaruan.' }),
    label: LocalizedTextSchema,
    weight: z.number().min(0),
    scale: ScaleSchema.optional().meta({ description: "Default: the rubric's scale." }),
    minimum: z.number().optional().meta({
      description:
        'Non-compensatory floor on the judges’ aggregated raw score for this criterion: below it the entry does not advance, whatever its total.',
    }),
    counted: z.boolean().default(true).meta({
      description: 'false: shown on the sheet and reported, but not counted in the total.',
    }),
    allowNotApplicable: z.boolean().default(false).meta({
      description:
        'Judges may mark it "n/a"; the other weights are then re-normalised instead of counting zero.',
    }),
    appliesTo: z
      .strictObject({
        category: z.array(z.string().min(1)).optional(),
        group: z.array(z.string().min(1)).optional(),
      })
      .optional()
      .meta({ description: 'Only entries of these categories/groups are scored on it.' }),
  })
  .meta({ id: 'Criterion' });

/** One criterion of a rubric. */
export type Criterion = z.infer<typeof CriterionSchema>;

/**
 * How a sheet's criterion scores become its total:
 * - `percent`: Σ weight × position on the scale (0–1) / Σ weight × 100, so 0–100 whatever the scales;
 * - `weighted-mean`: Σ weight × raw / Σ weight, on the rubric's scale;
 * - `weighted-sum`: Σ weight × raw (e.g. Banten: nilai × bobot), re-scaled when a criterion is n/a.
 */
export const TotalKindSchema = z
  .enum(['percent', 'weighted-mean', 'weighted-sum'])
  .meta({ id: 'TotalKind' });

/** How a sheet's total is formed. */
export type TotalKind = z.infer<typeof TotalKindSchema>;

/** A rubric: weighted criteria on scales. */
export const RubricSchema = z
  .strictObject({
    scale: ScaleSchema.optional().meta({
      description:
        "The default scale of every criterion; when absent, the stage's `scale` parameter gives it.",
    }),
    total: TotalKindSchema.default('percent'),
    weightTotal: z.number().positive().optional().meta({
      description:
        'What the counted weights must sum to (e.g. 100); a rubric whose weights do not is invalid.',
    }),
    criteria: z.array(CriterionSchema).min(1),
  })
  .superRefine((rubric, ctx) => {
    const ids = new Set<string>();
    rubric.criteria.forEach((c, i) => {
      if (ids.has(c.id))
        ctx.addIssue({ code: 'custom', path: ['criteria', i, 'id'], message: `duplicate ${c.id}` });
      ids.add(c.id);
    });
    const counted = rubric.criteria.filter((c) => c.counted);
    const sum = counted.reduce((s, c) => s + c.weight, 0);
    if (rubric.weightTotal !== undefined && Math.abs(sum - rubric.weightTotal) > 1e-9) {
      ctx.addIssue({
        code: 'custom',
        path: ['criteria'],
        message: `the counted weights sum to ${String(Math.round(sum * 1e9) / 1e9)}, but weightTotal declares ${rubric.weightTotal}`,
      });
    }
    if (!(sum > 0))
      ctx.addIssue({
        code: 'custom',
        path: ['criteria'],
        message: 'at least one counted criterion needs a weight above 0',
      });
    if (
      rubric.total === 'weighted-mean' &&
      rubric.criteria.some(
        (c) => c.scale !== undefined && JSON.stringify(c.scale) !== JSON.stringify(rubric.scale),
      )
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['total'],
        message: 'weighted-mean needs one scale for every criterion; use percent for mixed scales',
      });
    }
  })
  .meta({ id: 'Rubric' });

/** A rubric. */
export type Rubric = z.infer<typeof RubricSchema>;

/** A rubric whose default scale is known. */
export type CompleteRubric = Rubric & { readonly scale: Scale };

/** How judges' values for one entry are combined. */
export const AggregationSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('mean') }),
    z.strictObject({ kind: z.literal('median') }),
    z.strictObject({ kind: z.literal('sum') }),
    z.strictObject({
      kind: z.literal('trimmed-mean'),
      trim: z.number().int().min(1).meta({
        description: 'How many of the highest and of the lowest values to drop.',
      }),
    }),
  ])
  .meta({ id: 'Aggregation' });

/** An aggregation across judges. */
export type Aggregation = z.infer<typeof AggregationSchema>;

/** Per-judge normalisation of sheet totals. */
export const NormalisationSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('none') }),
    z.strictObject({
      kind: z.literal('z-score'),
      minimumSheets: z.number().int().min(2).default(5),
    }),
    z.strictObject({
      kind: z.literal('rank'),
      minimumSheets: z.number().int().min(2).default(5),
    }),
  ])
  .meta({ id: 'Normalisation' });

/** Per-judge normalisation. */
export type Normalisation = z.infer<typeof NormalisationSchema>;

/** A stage's method: aggregation, normalisation, conflicts, how many sheets an entry needs. */
export const StageMethodSchema = z
  .strictObject({
    aggregation: AggregationSchema.default({ kind: 'mean' }),
    normalisation: NormalisationSchema.default({ kind: 'none' }),
    minimumSheets: z.number().int().min(1).default(1).meta({
      description: 'Counted sheets an entry needs; with fewer it is indeterminate (human review).',
    }),
    conflicts: z
      .strictObject({
        sameAgency: z.boolean().default(true),
        sameRegion: z.boolean().default(false),
      })
      .default({ sameAgency: true, sameRegion: false }),
  })
  .meta({ id: 'StageMethod' });

/** A stage's method. */
export type StageMethod = z.infer<typeof StageMethodSchema>;

/** How a stage's score mixes its own rubric with earlier stages (e.g. 30 % presentation + 70 % substance). */
export const CombineSchema = z
  .strictObject({
    own: z.number().min(0).max(1),
    from: z.array(z.strictObject({ stage: KeySchema, weight: z.number().min(0).max(1) })),
  })
  .superRefine((c, ctx) => {
    const sum = c.own + c.from.reduce((s, f) => s + f.weight, 0);
    if (Math.abs(sum - 1) > 1e-9)
      ctx.addIssue({
        code: 'custom',
        message: `the weights sum to ${String(Math.round(sum * 1e9) / 1e9)}, not 1`,
      });
  })
  .meta({ id: 'Combine' });

/** How a stage combines earlier stages. */
export type Combine = z.infer<typeof CombineSchema>;

/** Entry fields a quota can be about. `tag` matches any of an entry's tags; `attributes.x` a free attribute. */
export const QuotaFieldSchema = z
  .string()
  .regex(/^(category|group|agency|agencyType|region|tag|attributes\.[A-Za-z0-9_-]+)$/, {
    error: 'use category, group, agency, agencyType, region, tag or attributes.<name>',
  });

/**
 * A representation constraint on a shortlist: at most `max` or at least `min` entries whose
 * `field` equals `value` (or, without `value`, for every value of the field).
 */
export const QuotaSchema = z
  .strictObject({
    id: KeySchema,
    label: LocalizedTextSchema,
    field: QuotaFieldSchema,
    value: z.string().min(1).optional(),
    min: z.number().int().min(0).optional(),
    max: z.number().int().min(0).optional(),
  })
  .refine((q) => q.min !== undefined || q.max !== undefined, { error: 'give min or max' })
  .meta({ id: 'Quota' });

/** A quota on a shortlist. */
export type Quota = z.infer<typeof QuotaSchema>;

/** Which entries leave a stage. */
export const AdvancementSchema = z
  .strictObject({
    rule: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('all') }),
      z.strictObject({ kind: z.literal('top'), n: z.number().int().min(1) }),
      z.strictObject({ kind: z.literal('passing-grade'), min: z.number() }),
      z.strictObject({
        kind: z.literal('percentile'),
        top: z.number().gt(0).max(100).meta({ description: 'The best top % advance.' }),
      }),
    ]),
    borderline: z.number().min(0).optional().meta({
      description: 'Flag entries within this many points of the cut for a second look.',
    }),
    quotas: z.array(QuotaSchema).default([]),
  })
  .meta({ id: 'Advancement' });

/** An advancement rule. */
export type Advancement = z.infer<typeof AdvancementSchema>;

/** One link of the tie-break chain. The chain always ends with a seeded draw, never input order. */
export const TieBreakSchema = z
  .discriminatedUnion('by', [
    z.strictObject({ by: z.literal('criterion'), criterion: KeySchema }),
    z.strictObject({ by: z.literal('fewer-missing') }),
    z.strictObject({ by: z.literal('draw') }),
  ])
  .meta({ id: 'TieBreak' });

/** One link of the tie-break chain. */
export type TieBreak = z.infer<typeof TieBreakSchema>;

/** A tie-break chain. */
export const TieBreaksSchema = z.array(TieBreakSchema).meta({ id: 'TieBreaks' });

const EntryIdSchema = z.string().min(1).max(200);

/** An entry (a proposal) in the competition. */
export const EntrySchema = z
  .strictObject({
    id: EntryIdSchema,
    title: z.string().max(2000).optional(),
    agency: z
      .string()
      .max(500)
      .optional()
      .meta({ description: 'instansi, e.g. Pemkab Luwu Utara' }),
    agencyType: z.string().max(100).optional(),
    region: z.string().max(500).optional(),
    category: z.string().max(500).optional(),
    group: z.string().max(100).optional(),
    tags: z.array(z.string().min(1).max(100)).optional().meta({ description: 'e.g. 3T' }),
    attributes: z.record(z.string(), z.string()).optional(),
  })
  .meta({ id: 'Entry' });

/** An entry. */
export type Entry = z.infer<typeof EntrySchema>;

/** A judge, with the affiliations conflicts are checked against. */
export const JudgeSchema = z
  .strictObject({
    id: EntryIdSchema,
    name: z.string().max(500).optional(),
    agency: z.string().max(500).optional(),
    region: z.string().max(500).optional(),
    affiliations: z
      .array(z.string().min(1))
      .optional()
      .meta({ description: 'Other agencies the judge is tied to.' }),
  })
  .meta({ id: 'Judge' });

/** A judge. */
export type Judge = z.infer<typeof JudgeSchema>;

/** A score: a number, a labelled point's key, `"n/a"` (not applicable), or null (missing). */
export const ScoreValueSchema = z.union([z.number(), z.string().min(1), z.null()]);

/** One score sheet: one judge, one entry, one stage. */
export const SheetSchema = z
  .strictObject({
    stage: KeySchema.optional().meta({ description: 'The stage (rule id); default: the first.' }),
    judge: EntryIdSchema,
    entry: EntryIdSchema,
    scores: z.record(z.string(), ScoreValueSchema),
    comment: z.string().max(20_000).optional(),
    comments: z.record(z.string(), z.string().max(20_000)).optional(),
  })
  .meta({ id: 'Sheet' });

/** A score sheet. */
export type Sheet = z.infer<typeof SheetSchema>;

/** A competition's data. */
export const PanelSchema = z
  .strictObject({
    $schema: z.string().optional(),
    title: z.string().max(2000).optional(),
    seed: z.string().max(200).default('inovasi').meta({
      description: 'Seed of the tie-break draw and the bootstrap; publish it with the results.',
    }),
    entries: z.array(EntrySchema).min(1),
    judges: z.array(JudgeSchema).min(1),
    sheets: z.array(SheetSchema),
    assignments: z
      .array(
        z.strictObject({
          stage: KeySchema.optional(),
          judge: EntryIdSchema,
          entries: z.array(EntryIdSchema),
        }),
      )
      .optional()
      .meta({
        description:
          'Which judge should score which entries; without it every judge scores every entry.',
      }),
    conflicts: z
      .array(z.strictObject({ judge: EntryIdSchema, entry: EntryIdSchema, reason: z.string() }))
      .default([]),
    overrides: z
      .array(
        z.strictObject({
          stage: KeySchema,
          entry: EntryIdSchema,
          decision: z.enum(['advance', 'eliminate']),
          reason: z.string().min(1),
          by: z.string().optional(),
        }),
      )
      .default([]),
  })
  .meta({ id: 'Panel', title: 'Scoring panel', description: 'Entries, judges and score sheets.' });

/** A panel as given (defaults may be left out). */
export type PanelInput = z.input<typeof PanelSchema>;

/** A parsed panel. */
export type Panel = z.infer<typeof PanelSchema>;

/** A scoring request as the HTTP API takes it. */
export const ScoringRequestSchema = z
  .strictObject({
    rulebook: z.union([z.string().min(1), z.record(z.string(), z.unknown())]).meta({
      description:
        'A scoring rulebook id, or a whole custom rulebook (e.g. one that extends a template).',
    }),
    asOf: IsoDateSchema.optional().meta({
      description: 'The date the rules are read at; default: today.',
    }),
    resamples: z.number().int().min(0).max(10_000).optional().meta({
      description: 'Bootstrap resamples for robustness (default 200).',
    }),
    panel: z.unknown().meta({ description: 'Entries, judges and sheets (see the Panel schema).' }),
  })
  .meta({ id: 'ScoringRequest' });

/** A scoring request. */
export type ScoringRequest = z.infer<typeof ScoringRequestSchema>;
