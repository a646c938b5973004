/**
 * Input formats of the fiscal-incentive engine (Dana Insentif Daerah until 2022, Insentif Fiskal
 * since 2023): one region's performance data, a national dataset of many regions, and the
 * parameter shapes the incentive rulebooks use (gates, clusters, pots, tranche conditions,
 * normalisation). Sources: `../shared/domain/iid-and-incentive.md` §6, §9.
 *
 * @module
 */
import * as z from 'zod/mini';
import { zodRefine } from '../shared/errors.js';
import { withMeta } from '../shared/zod.js';
import { IsoDateSchema } from '../shared/dates.js';
import { LocalizedTextSchema } from '../shared/i18n.js';
import { SourceSchema } from '../shared/source.js';

const KeySchema = z
  .string()
  .check(
    z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'use letters, digits, dots, dashes and underscores'),
    z.maxLength(120),
  );

/** Region level: provinsi (province), kabupaten (regency), kota (city). */
export const RegionLevelSchema = withMeta(z.enum(['provinsi', 'kabupaten', 'kota']), {
  id: 'RegionLevel',
  description: 'provinsi (province), kabupaten (regency), kota (city)',
});

/** A region level. */
export type RegionLevel = z.infer<typeof RegionLevelSchema>;

/** The region levels, in display order. */
export const REGION_LEVELS: readonly RegionLevel[] = ['provinsi', 'kabupaten', 'kota'];

/**
 * BPK audit opinion on the regional financial statements (LKPD): `WTP` unqualified (wajar tanpa
 * pengecualian), `WDP` qualified (wajar dengan pengecualian), `TW` adverse (tidak wajar), `TMP`
 * disclaimer (tidak menyatakan pendapat).
 */
export const AuditOpinionSchema = withMeta(z.enum(['WTP', 'WDP', 'TW', 'TMP']), {
  id: 'AuditOpinion',
  description:
    'BPK opinion on the LKPD: WTP unqualified, WDP qualified, TW adverse, TMP disclaimer.',
});

/** A BPK audit opinion. */
export type AuditOpinion = z.infer<typeof AuditOpinionSchema>;

/** A letter grade, A best (e.g. the e-procurement assessment). */
export const GradeSchema = withMeta(z.enum(['A', 'B', 'C', 'D', 'E']), {
  id: 'Grade',
  description: 'A letter grade, A best.',
});

/** A letter grade, A best. */
export type Grade = z.infer<typeof GradeSchema>;

/** Grades from best to worst. */
export const GRADE_ORDER: readonly Grade[] = ['A', 'B', 'C', 'D', 'E'];

/** Yes/no facts about a region that a gate (kriteria utama) can require. */
export const FlagIndicatorSchema = withMeta(
  z.enum([
    'apbdOnTime',
    'eProcurement',
    'eBudgeting',
    'ePlanning',
    'ptspAvailable',
    'apbdAdjustmentOnTime',
    'covidReportsOnTime',
  ]),
  { id: 'FlagIndicator' },
);

/** A yes/no fact a gate can require. */
export type FlagIndicator = z.infer<typeof FlagIndicatorSchema>;

const DateTimeSchema = withMeta(z.iso.datetime({ offset: true, local: false }), {
  description: 'Date and time with an offset, e.g. 2024-11-29T16:59:00+07:00.',
});

/** One indicator's data for the PMK 91/2024 formulas. */
export const IndicatorValueSchema = withMeta(
  z.strictObject({
    current: withMeta(z.number(), { description: 'Data_t: the latest period.' }),
    previous: withMeta(z.optional(z.number()), {
      description: 'Data_{t-1}: one or more periods earlier.',
    }),
    target: withMeta(z.optional(z.number()), {
      description: 'nilai_target: the optimum value of the variable.',
    }),
  }),
  { id: 'IndicatorValue' },
);

/** One indicator's data. */
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;

/** What DJPK received from a region for the second tranche. */
export const TrancheDataSchema = withMeta(
  z.strictObject({
    usagePlanReceivedAt: withMeta(z.optional(z.nullable(DateTimeSchema)), {
      description:
        'When DJPK received the usage plan (rencana penggunaan); null: not received. Not received (null or absent) fails once the deadline has passed.',
    }),
    absorptionReportReceivedAt: withMeta(z.optional(z.nullable(DateTimeSchema)), {
      description:
        'When DJPK received the tranche-I absorption report; null: not received. Not received (null or absent) fails once the deadline has passed.',
    }),
    absorptionPercent: withMeta(z.optional(z.number().check(z.minimum(0), z.maximum(100))), {
      description: 'Absorption of tranche I shown in that report, in percent.',
    }),
    receivedPreviousYear: withMeta(z.optional(z.boolean()), {
      description: 'The region received the incentive in the previous budget year.',
    }),
    previousYearReportReceivedAt: withMeta(z.optional(z.nullable(DateTimeSchema)), {
      description:
        "When DJPK received the absorption report of the previous year's incentive; null: not received.",
    }),
  }),
  { id: 'TrancheData' },
);

/** Tranche-II submissions of a region. */
export type TrancheData = z.infer<typeof TrancheDataSchema>;

/** The yes/no fields of a region (each an optional boolean in {@link RegionSchema}). */
export const REGION_BOOLEAN_FIELDS = [
  'underdeveloped',
  'apbdOnTime',
  'eProcurement',
  'eBudgeting',
  'ePlanning',
  'ptspAvailable',
  'igaRecommended',
  'kippAward',
  'apbdAdjustmentOnTime',
  'covidReportsOnTime',
] as const;

/** One region's performance data: what the gates, clusters and allocation read. */
export const RegionSchema = withMeta(
  z.strictObject({
    id: withMeta(z.string().check(z.minLength(1), z.maxLength(40)), {
      description: 'Region code (kode wilayah), e.g. 36.72. Unique in a dataset.',
    }),
    name: z.optional(z.string().check(z.maxLength(200))),
    level: RegionLevelSchema,
    underdeveloped: withMeta(z.optional(z.boolean()), {
      description: 'daerah tertinggal (underdeveloped region), per the national list.',
    }),
    auditOpinions: withMeta(
      z.optional(
        z
          .array(
            z.strictObject({
              year: withMeta(z.int().check(z.minimum(2000), z.maximum(2100)), {
                description: 'LKPD fiscal year.',
              }),
              opinion: AuditOpinionSchema,
            }),
          )
          .check(
            z.maxLength(50),
            z.refine(
              (list) => new Set(list.map((o) => o.year)).size === list.length,
              zodRefine('INPUT.LKPD_YEAR_ONCE', {}),
            ),
          ),
      ),
      { description: 'BPK opinions on the LKPD, one per fiscal year.' },
    ),
    apbdOnTime: withMeta(z.optional(z.boolean()), { description: 'Perda APBD adopted on time.' }),
    eProcurement: withMeta(z.optional(z.boolean()), { description: 'Uses e-procurement.' }),
    eProcurementGrade: withMeta(z.optional(GradeSchema), {
      description: 'Grade of the e-procurement assessment.',
    }),
    eBudgeting: withMeta(z.optional(z.boolean()), { description: 'Uses e-budgeting.' }),
    ePlanning: withMeta(z.optional(z.boolean()), { description: 'Uses e-planning.' }),
    ptspAvailable: withMeta(z.optional(z.boolean()), {
      description: 'Has a one-stop service (PTSP, pelayanan terpadu satu pintu).',
    }),
    igaRecommended: withMeta(z.optional(z.boolean()), {
      description:
        'Recommended by Kemendagri to Kemenkeu after the Innovative Government Award (an input, never a formula).',
    }),
    kippAward: withMeta(z.optional(z.boolean()), {
      description: 'Holds a KIPP (Top Inovasi Pelayanan Publik) award (an input flag).',
    }),
    apbdAdjustmentOnTime: withMeta(z.optional(z.boolean()), {
      description:
        'Submitted the 2020 APBD adjustment (penyesuaian APBD) on time (DID Tambahan 2020).',
    }),
    covidReportsOnTime: withMeta(z.optional(z.boolean()), {
      description:
        'Submitted the COVID-19 health-spending and social-aid reports on time (DID Tambahan 2020).',
    }),
    ranks: withMeta(z.optional(z.record(KeySchema, z.int().check(z.minimum(1), z.maximum(1000)))), {
      description:
        'Rank in a named contest set by decree, e.g. { "lomba-inovasi-new-normal": 1 } for Juara I.',
    }),
    scores: withMeta(z.optional(z.record(KeySchema, z.number().check(z.minimum(0)))), {
      description: 'Performance values (nilai) by score key, e.g. inflasi-1, stunting.',
    }),
    indicators: withMeta(z.optional(z.record(KeySchema, IndicatorValueSchema)), {
      description: 'Indicator data for the PMK 91/2024 normalisation.',
    }),
    tranche: z.optional(TrancheDataSchema),
  }),
  {
    id: 'RegionPerformance',
    title: 'Region performance',
    description: "One region's fiscal and performance data for the fiscal incentive.",
  },
);

/** One region's performance data. */
export type Region = z.infer<typeof RegionSchema>;

/** Which way an indicator is better. */
export const DirectionSchema = withMeta(z.enum(['higher', 'lower']), { id: 'Direction' });

/** Which way an indicator is better. */
export type Direction = z.infer<typeof DirectionSchema>;

/** A user-supplied assumption for a pot whose data the rulebook does not know. */
export const PotAssumptionSchema = withMeta(
  z.strictObject({
    amount: z.optional(z.int().check(z.positive(), z.maximum(1e15))),
    byLevel: z.optional(
      z.partialRecord(RegionLevelSchema, z.int().check(z.minimum(0), z.maximum(1e15))),
    ),
    scoreKey: z.optional(KeySchema),
    method: z.optional(z.literal('proportional')),
  }),
  { id: 'PotAssumption' },
);

/** A user-supplied assumption for a pot. */
export type PotAssumption = z.infer<typeof PotAssumptionSchema>;

/** Simulation assumptions: values a planner supplies where the rulebook says `unknown`. */
export const AssumptionsSchema = withMeta(
  z.strictObject({
    pots: z.optional(z.record(KeySchema, PotAssumptionSchema)),
    directions: withMeta(z.optional(z.record(KeySchema, DirectionSchema)), {
      description: 'Which way each indicator is better (the PMK variable list is not known).',
    }),
  }),
  { id: 'AllocationAssumptions' },
);

/** Simulation assumptions. */
export type Assumptions = z.infer<typeof AssumptionsSchema>;

/** A national dataset: every region, for an allocation simulation. */
export const NationalDatasetSchema = withMeta(
  z.strictObject({
    regions: withMeta(z.array(RegionSchema).check(z.maxLength(2000)), {
      description: 'Every region; each is validated on its own, so one bad region loses no other.',
    }),
    assumptions: z.optional(AssumptionsSchema),
  }),
  { id: 'NationalDataset', description: 'Many regions, for an allocation simulation.' },
);

/** An eligibility request as the HTTP API takes it. */
export const EligibilityRequestSchema = withMeta(
  z.object({
    rulebook: z.union([z.string().check(z.minLength(1)), z.record(z.string(), z.unknown())]),
    asOf: z.optional(IsoDateSchema),
    region: withMeta(z.unknown(), {
      description: 'The region (see the RegionPerformance schema).',
    }),
  }),
  { id: 'IncentiveEligibilityRequest' },
);

/** An eligibility request. */
export type EligibilityRequest = z.infer<typeof EligibilityRequestSchema>;

/** An allocation request as the HTTP API takes it. */
export const AllocationRequestSchema = withMeta(
  z.object({
    rulebook: z.union([z.string().check(z.minLength(1)), z.record(z.string(), z.unknown())]),
    asOf: z.optional(IsoDateSchema),
    regions: z.array(z.unknown()).check(z.maxLength(2000)),
    assumptions: z.optional(AssumptionsSchema),
  }),
  { id: 'IncentiveAllocationRequest' },
);

/** An allocation request. */
export type AllocationRequest = z.infer<typeof AllocationRequestSchema>;

// ---------------------------------------------------------------------------------------------
// Parameter shapes used by incentive rulebooks.

/** Audit-opinion gate: which opinions count, for how many consecutive years. */
export const AuditOpinionRequirementSchema = withMeta(
  z.strictObject({
    accepted: z.array(AuditOpinionSchema).check(z.minLength(1)),
    consecutiveYears: z.int().check(z.minimum(1), z.maximum(20)),
  }),
  { id: 'AuditOpinionRequirement' },
);

/** Audit-opinion gate parameter. */
export type AuditOpinionRequirement = z.infer<typeof AuditOpinionRequirementSchema>;

/** A yes/no gate: the region must have this fact. */
export const FlagRequirementSchema = withMeta(z.strictObject({ indicator: FlagIndicatorSchema }), {
  id: 'FlagRequirement',
});

/** A yes/no gate parameter. */
export type FlagRequirement = z.infer<typeof FlagRequirementSchema>;

/** A minimum-grade gate. */
export const GradeRequirementSchema = withMeta(
  z.strictObject({ indicator: z.literal('eProcurementGrade'), minimum: GradeSchema }),
  { id: 'GradeRequirement' },
);

/** A minimum-grade gate parameter. */
export type GradeRequirement = z.infer<typeof GradeRequirementSchema>;

/** A minimum-score gate: a performance value must reach a threshold. */
export const MinimumScoreRequirementSchema = withMeta(
  z.strictObject({ scoreKey: KeySchema, minimum: z.number(), label: LocalizedTextSchema }),
  { id: 'MinimumScoreRequirement' },
);

/** A minimum-score gate parameter. */
export type MinimumScoreRequirement = z.infer<typeof MinimumScoreRequirementSchema>;

/** One cluster (klaster): its pot share and the gates a region must pass to be in it. */
export const ClusterSchema = withMeta(
  z.strictObject({
    id: KeySchema,
    title: LocalizedTextSchema,
    share: withMeta(z.nullable(z.number().check(z.minimum(0), z.maximum(1))), {
      description: 'Share of the previous-year pot; null when not known.',
    }),
    gates: withMeta(z.array(KeySchema), {
      description: 'Ids of the gate rules a region must pass; [] means no gates.',
    }),
  }),
  { id: 'Cluster' },
);

/** One cluster. */
export type Cluster = z.infer<typeof ClusterSchema>;

/** The clusters of an edition, best first: a region falls in the first whose gates it passes. */
export const ClusterSchemeSchema = withMeta(
  z.strictObject({ clusters: z.array(ClusterSchema).check(z.minLength(1)) }),
  { id: 'ClusterScheme' },
);

/** The clusters of an edition. */
export type ClusterScheme = z.infer<typeof ClusterSchemeSchema>;

/** One pot (pagu) of money: a category, a period, a cluster or a group. */
export const PotSchema = withMeta(
  z.strictObject({
    id: KeySchema,
    title: LocalizedTextSchema,
    track: withMeta(z.enum(['previous-year', 'current-year']), {
      description: 'kinerja tahun sebelumnya (previous-year) or tahun berjalan (current-year).',
    }),
    period: z.optional(z.string()),
    amount: withMeta(z.nullable(z.int().check(z.positive())), {
      description: 'Rupiah; null when unknown.',
    }),
    scoreKey: withMeta(z.nullable(KeySchema), {
      description: 'The region score the pot is split by; null when not known.',
    }),
    method: withMeta(z.nullable(z.enum(['proportional', 'fixed-by-rank'])), {
      description:
        'proportional to scoreKey; fixed-by-rank: a fixed prize per rank in the contest named by scoreKey (region.ranks); null when the regulation text was not found.',
    }),
    prizes: withMeta(
      z.optional(z.record(z.string().check(z.regex(/^[1-9][0-9]*$/)), z.int().check(z.positive()))),
      { description: 'fixed-by-rank: rupiah per rank, e.g. { "1": 3000000000 }.' },
    ),
    splitByLevel: withMeta(z.boolean(), {
      description: 'The pot is split into separate pots per region level first.',
    }),
    byLevel: z.optional(
      z.nullable(z.partialRecord(RegionLevelSchema, z.int().check(z.minimum(0)))),
    ),
    levels: z.optional(z.array(RegionLevelSchema)),
    cluster: z.optional(KeySchema),
    underdeveloped: z.optional(z.boolean()),
    gated: withMeta(z.boolean(), {
      description: 'Only regions that pass the gates (kriteria utama) share the pot.',
    }),
    topN: z.optional(z.partialRecord(RegionLevelSchema, z.int().check(z.minimum(1)))),
    unknown: withMeta(z._default(z.array(LocalizedTextSchema), []), {
      description: 'What is not known about this pot.',
    }),
    schedule: withMeta(
      z.optional(
        z.array(
          z.strictObject({
            share: z.number().check(z.positive(), z.maximum(1)),
            when: withMeta(LocalizedTextSchema, { description: 'When, and on what condition.' }),
            source: SourceSchema,
          }),
        ),
      ),
      { description: 'Disbursement tranches (tahap penyaluran), in order.' },
    ),
    source: SourceSchema,
  }),
  { id: 'Pot' },
);

/** One pot. */
export type Pot = z.infer<typeof PotSchema>;

/** The pots of an edition. */
export const PotListSchema = withMeta(z.array(PotSchema).check(z.minLength(1)), { id: 'PotList' });

/** Conditions for releasing the second tranche. */
export const TrancheConditionsSchema = withMeta(
  z.strictObject({
    shares: z.array(z.number().check(z.positive(), z.maximum(1))).check(z.minLength(1)),
    minimumAbsorptionPercent: z.number().check(z.minimum(0), z.maximum(100)),
    deadline: DateTimeSchema,
    requiresUsagePlan: z.boolean(),
    requiresPreviousYearReport: z.boolean(),
  }),
  { id: 'TrancheConditions' },
);

/** Conditions for releasing the second tranche. */
export type TrancheConditions = z.infer<typeof TrancheConditionsSchema>;

/** The PMK 91/2024 normalisation formulas. */
export const NormalisationSchema = withMeta(
  z.strictObject({
    improvement: z.literal('pmk-91-2024'),
    minMax: z.literal('pmk-91-2024-plus-one'),
  }),
  { id: 'Normalisation' },
);

/** The normalisation formulas of an edition. */
export type Normalisation = z.infer<typeof NormalisationSchema>;
