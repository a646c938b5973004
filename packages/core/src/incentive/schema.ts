/**
 * Input formats of the fiscal-incentive engine (Dana Insentif Daerah until 2022, Insentif Fiskal
 * since 2023): one region's performance data, a national dataset of many regions, and the
 * parameter shapes the incentive rulebooks use (gates, clusters, pots, tranche conditions,
 * normalisation). Sources: `../shared/domain/iid-and-incentive.md` §6, §9.
 *
 * @module
 */
import * as z from 'zod';
import { IsoDateSchema } from '../shared/dates.js';
import { LocalizedTextSchema } from '../shared/i18n.js';
import { SourceSchema } from '../shared/source.js';

const KeySchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'use letters, digits, dots, dashes and underscores')
  .max(120);

/** Region level: provinsi (province), kabupaten (regency), kota (city). */
export const RegionLevelSchema = z.enum(['provinsi', 'kabupaten', 'kota']).meta({
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
export const AuditOpinionSchema = z.enum(['WTP', 'WDP', 'TW', 'TMP']).meta({
  id: 'AuditOpinion',
  description:
    'BPK opinion on the LKPD: WTP unqualified, WDP qualified, TW adverse, TMP disclaimer.',
});

/** A BPK audit opinion. */
export type AuditOpinion = z.infer<typeof AuditOpinionSchema>;

/** A letter grade, A best (e.g. the e-procurement assessment). */
export const GradeSchema = z
  .enum(['A', 'B', 'C', 'D', 'E'])
  .meta({ id: 'Grade', description: 'A letter grade, A best.' });

/** A letter grade, A best. */
export type Grade = z.infer<typeof GradeSchema>;

/** Grades from best to worst. */
export const GRADE_ORDER: readonly Grade[] = ['A', 'B', 'C', 'D', 'E'];

/** Yes/no facts about a region that a gate (kriteria utama) can require. */
export const FlagIndicatorSchema = z
  .enum([
    'apbdOnTime',
    'eProcurement',
    'eBudgeting',
    'ePlanning',
    'ptspAvailable',
    'apbdAdjustmentOnTime',
    'covidReportsOnTime',
  ])
  .meta({ id: 'FlagIndicator' });

/** A yes/no fact a gate can require. */
export type FlagIndicator = z.infer<typeof FlagIndicatorSchema>;

const DateTimeSchema = z.iso
  .datetime({ offset: true, local: false })
  .meta({ description: 'Date and time with an offset, e.g. 2024-11-29T16:59:00+07:00.' });

/** One indicator's data for the PMK 91/2024 formulas. */
export const IndicatorValueSchema = z
  .strictObject({
    current: z.number().meta({ description: 'Data_t: the latest period.' }),
    previous: z
      .number()
      .optional()
      .meta({ description: 'Data_{t-1}: one or more periods earlier.' }),
    target: z
      .number()
      .optional()
      .meta({ description: 'nilai_target: the optimum value of the variable.' }),
  })
  .meta({ id: 'IndicatorValue' });

/** One indicator's data. */
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;

/** What DJPK received from a region for the second tranche. */
export const TrancheDataSchema = z
  .strictObject({
    usagePlanReceivedAt: DateTimeSchema.optional().meta({
      description: 'When DJPK received the usage plan (rencana penggunaan).',
    }),
    absorptionReportReceivedAt: DateTimeSchema.optional().meta({
      description: 'When DJPK received the tranche-I absorption report.',
    }),
    absorptionPercent: z.number().min(0).max(100).optional().meta({
      description: 'Absorption of tranche I shown in that report, in percent.',
    }),
    receivedPreviousYear: z.boolean().optional().meta({
      description: 'The region received the incentive in the previous budget year.',
    }),
    previousYearReportReceivedAt: DateTimeSchema.optional().meta({
      description: "When DJPK received the absorption report of the previous year's incentive.",
    }),
  })
  .meta({ id: 'TrancheData' });

/** Tranche-II submissions of a region. */
export type TrancheData = z.infer<typeof TrancheDataSchema>;

/** One region's performance data: what the gates, clusters and allocation read. */
export const RegionSchema = z
  .strictObject({
    id: z
      .string()
      .min(1)
      .max(40)
      .meta({ description: 'Region code (kode wilayah), e.g. 36.72. Unique in a dataset.' }),
    name: z.string().max(200).optional(),
    level: RegionLevelSchema,
    underdeveloped: z.boolean().optional().meta({
      description: 'daerah tertinggal (underdeveloped region), per the national list.',
    }),
    auditOpinions: z
      .array(
        z.strictObject({
          year: z.number().int().min(2000).max(2100).meta({ description: 'LKPD fiscal year.' }),
          opinion: AuditOpinionSchema,
        }),
      )
      .max(50)
      .refine((list) => new Set(list.map((o) => o.year)).size === list.length, {
        error: 'each LKPD year at most once',
      })
      .optional()
      .meta({ description: 'BPK opinions on the LKPD, one per fiscal year.' }),
    apbdOnTime: z.boolean().optional().meta({ description: 'Perda APBD adopted on time.' }),
    eProcurement: z.boolean().optional().meta({ description: 'Uses e-procurement.' }),
    eProcurementGrade: GradeSchema.optional().meta({
      description: 'Grade of the e-procurement assessment.',
    }),
    eBudgeting: z.boolean().optional().meta({ description: 'Uses e-budgeting.' }),
    ePlanning: z.boolean().optional().meta({ description: 'Uses e-planning.' }),
    ptspAvailable: z
      .boolean()
      .optional()
      .meta({ description: 'Has a one-stop service (PTSP, pelayanan terpadu satu pintu).' }),
    igaRecommended: z.boolean().optional().meta({
      description:
        'Recommended by Kemendagri to Kemenkeu after the Innovative Government Award (an input, never a formula).',
    }),
    kippAward: z.boolean().optional().meta({
      description: 'Holds a KIPP (Top Inovasi Pelayanan Publik) award (an input flag).',
    }),
    apbdAdjustmentOnTime: z.boolean().optional().meta({
      description:
        'Submitted the 2020 APBD adjustment (penyesuaian APBD) on time (DID Tambahan 2020).',
    }),
    covidReportsOnTime: z.boolean().optional().meta({
      description:
        'Submitted the COVID-19 health-spending and social-aid reports on time (DID Tambahan 2020).',
    }),
    ranks: z.record(KeySchema, z.number().int().min(1).max(1000)).optional().meta({
      description:
        'Rank in a named contest set by decree, e.g. { "lomba-inovasi-new-normal": 1 } for Juara I.',
    }),
    scores: z
      .record(KeySchema, z.number().min(0))
      .optional()
      .meta({ description: 'Performance values (nilai) by score key, e.g. inflasi-1, stunting.' }),
    indicators: z
      .record(KeySchema, IndicatorValueSchema)
      .optional()
      .meta({ description: 'Indicator data for the PMK 91/2024 normalisation.' }),
    tranche: TrancheDataSchema.optional(),
  })
  .meta({
    id: 'RegionPerformance',
    title: 'Region performance',
    description: "One region's fiscal and performance data for the fiscal incentive.",
  });

/** One region's performance data. */
export type Region = z.infer<typeof RegionSchema>;

/** Which way an indicator is better. */
export const DirectionSchema = z.enum(['higher', 'lower']).meta({ id: 'Direction' });

/** Which way an indicator is better. */
export type Direction = z.infer<typeof DirectionSchema>;

/** A user-supplied assumption for a pot whose data the rulebook does not know. */
export const PotAssumptionSchema = z
  .strictObject({
    amount: z.number().int().positive().max(1e15).optional(),
    byLevel: z.partialRecord(RegionLevelSchema, z.number().int().min(0).max(1e15)).optional(),
    scoreKey: KeySchema.optional(),
    method: z.literal('proportional').optional(),
  })
  .meta({ id: 'PotAssumption' });

/** A user-supplied assumption for a pot. */
export type PotAssumption = z.infer<typeof PotAssumptionSchema>;

/** Simulation assumptions: values a planner supplies where the rulebook says `unknown`. */
export const AssumptionsSchema = z
  .strictObject({
    pots: z.record(KeySchema, PotAssumptionSchema).optional(),
    directions: z.record(KeySchema, DirectionSchema).optional().meta({
      description: 'Which way each indicator is better (the PMK variable list is not known).',
    }),
  })
  .meta({ id: 'AllocationAssumptions' });

/** Simulation assumptions. */
export type Assumptions = z.infer<typeof AssumptionsSchema>;

/** A national dataset: every region, for an allocation simulation. */
export const NationalDatasetSchema = z
  .strictObject({
    regions: z.array(RegionSchema).max(2000).meta({
      description: 'Every region; each is validated on its own, so one bad region loses no other.',
    }),
    assumptions: AssumptionsSchema.optional(),
  })
  .meta({ id: 'NationalDataset', description: 'Many regions, for an allocation simulation.' });

/** An eligibility request as the HTTP API takes it. */
export const EligibilityRequestSchema = z
  .object({
    rulebook: z.union([z.string().min(1), z.record(z.string(), z.unknown())]),
    asOf: IsoDateSchema.optional(),
    region: z.unknown().meta({ description: 'The region (see the RegionPerformance schema).' }),
  })
  .meta({ id: 'IncentiveEligibilityRequest' });

/** An eligibility request. */
export type EligibilityRequest = z.infer<typeof EligibilityRequestSchema>;

/** An allocation request as the HTTP API takes it. */
export const AllocationRequestSchema = z
  .object({
    rulebook: z.union([z.string().min(1), z.record(z.string(), z.unknown())]),
    asOf: IsoDateSchema.optional(),
    regions: z.array(z.unknown()).max(2000),
    assumptions: AssumptionsSchema.optional(),
  })
  .meta({ id: 'IncentiveAllocationRequest' });

/** An allocation request. */
export type AllocationRequest = z.infer<typeof AllocationRequestSchema>;

// ---------------------------------------------------------------------------------------------
// Parameter shapes used by incentive rulebooks.

/** Audit-opinion gate: which opinions count, for how many consecutive years. */
export const AuditOpinionRequirementSchema = z
  .strictObject({
    accepted: z.array(AuditOpinionSchema).min(1),
    consecutiveYears: z.number().int().min(1).max(20),
  })
  .meta({ id: 'AuditOpinionRequirement' });

/** Audit-opinion gate parameter. */
export type AuditOpinionRequirement = z.infer<typeof AuditOpinionRequirementSchema>;

/** A yes/no gate: the region must have this fact. */
export const FlagRequirementSchema = z
  .strictObject({ indicator: FlagIndicatorSchema })
  .meta({ id: 'FlagRequirement' });

/** A yes/no gate parameter. */
export type FlagRequirement = z.infer<typeof FlagRequirementSchema>;

/** A minimum-grade gate. */
export const GradeRequirementSchema = z
  .strictObject({ indicator: z.literal('eProcurementGrade'), minimum: GradeSchema })
  .meta({ id: 'GradeRequirement' });

/** A minimum-grade gate parameter. */
export type GradeRequirement = z.infer<typeof GradeRequirementSchema>;

/** A minimum-score gate: a performance value must reach a threshold. */
export const MinimumScoreRequirementSchema = z
  .strictObject({ scoreKey: KeySchema, minimum: z.number(), label: LocalizedTextSchema })
  .meta({ id: 'MinimumScoreRequirement' });

/** A minimum-score gate parameter. */
export type MinimumScoreRequirement = z.infer<typeof MinimumScoreRequirementSchema>;

/** One cluster (klaster): its pot share and the gates a region must pass to be in it. */
export const ClusterSchema = z
  .strictObject({
    id: KeySchema,
    title: LocalizedTextSchema,
    share: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .meta({ description: 'Share of the previous-year pot; null when not known.' }),
    gates: z
      .array(KeySchema)
      .meta({ description: 'Ids of the gate rules a region must pass; [] means no gates.' }),
  })
  .meta({ id: 'Cluster' });

/** One cluster. */
export type Cluster = z.infer<typeof ClusterSchema>;

/** The clusters of an edition, best first: a region falls in the first whose gates it passes. */
export const ClusterSchemeSchema = z
  .strictObject({ clusters: z.array(ClusterSchema).min(1) })
  .meta({ id: 'ClusterScheme' });

/** The clusters of an edition. */
export type ClusterScheme = z.infer<typeof ClusterSchemeSchema>;

/** One pot (pagu) of money: a category, a period, a cluster or a group. */
export const PotSchema = z
  .strictObject({
    id: KeySchema,
    title: LocalizedTextSchema,
    track: z.enum(['previous-year', 'current-year']).meta({
      description: 'kinerja tahun sebelumnya (previous-year) or tahun berjalan (current-year).',
    }),
    period: z.string().optional(),
    amount: z
      .number()
      .int()
      .positive()
      .nullable()
      .meta({ description: 'Rupiah; null when unknown.' }),
    scoreKey: KeySchema.nullable().meta({
      description: 'The region score the pot is split by; null when not known.',
    }),
    method: z.enum(['proportional', 'fixed-by-rank']).nullable().meta({
      description:
        'proportional to scoreKey; fixed-by-rank: a fixed prize per rank in the contest named by scoreKey (region.ranks); null when the regulation text was not found.',
    }),
    prizes: z
      .record(z.string().regex(/^[1-9][0-9]*$/), z.number().int().positive())
      .optional()
      .meta({ description: 'fixed-by-rank: rupiah per rank, e.g. { "1": 3000000000 }.' }),
    splitByLevel: z
      .boolean()
      .meta({ description: 'The pot is split into separate pots per region level first.' }),
    byLevel: z.partialRecord(RegionLevelSchema, z.number().int().min(0)).nullable().optional(),
    levels: z.array(RegionLevelSchema).optional(),
    cluster: KeySchema.optional(),
    underdeveloped: z.boolean().optional(),
    gated: z
      .boolean()
      .meta({ description: 'Only regions that pass the gates (kriteria utama) share the pot.' }),
    topN: z.partialRecord(RegionLevelSchema, z.number().int().min(1)).optional(),
    unknown: z
      .array(LocalizedTextSchema)
      .default([])
      .meta({ description: 'What is not known about this pot.' }),
    schedule: z
      .array(
        z.strictObject({
          share: z.number().positive().max(1),
          when: LocalizedTextSchema.meta({ description: 'When, and on what condition.' }),
          source: SourceSchema,
        }),
      )
      .optional()
      .meta({ description: 'Disbursement tranches (tahap penyaluran), in order.' }),
    source: SourceSchema,
  })
  .meta({ id: 'Pot' });

/** One pot. */
export type Pot = z.infer<typeof PotSchema>;

/** The pots of an edition. */
export const PotListSchema = z.array(PotSchema).min(1).meta({ id: 'PotList' });

/** Conditions for releasing the second tranche. */
export const TrancheConditionsSchema = z
  .strictObject({
    shares: z.array(z.number().positive().max(1)).min(1),
    minimumAbsorptionPercent: z.number().min(0).max(100),
    deadline: DateTimeSchema,
    requiresUsagePlan: z.boolean(),
    requiresPreviousYearReport: z.boolean(),
  })
  .meta({ id: 'TrancheConditions' });

/** Conditions for releasing the second tranche. */
export type TrancheConditions = z.infer<typeof TrancheConditionsSchema>;

/** The PMK 91/2024 normalisation formulas. */
export const NormalisationSchema = z
  .strictObject({
    improvement: z.literal('pmk-91-2024'),
    minMax: z.literal('pmk-91-2024-plus-one'),
  })
  .meta({ id: 'Normalisation' });

/** The normalisation formulas of an edition. */
export type Normalisation = z.infer<typeof NormalisationSchema>;
