/**
 * The Indeks Inovasi Daerah formats: the indicator catalogue a rulebook carries (rows, weights,
 * parameter levels and their bands), the per-year constants, and the **region file** a Bappeda
 * fills in (SPD answers and the list of innovations with their SID answers, each answer with its
 * evidence and verification status).
 *
 * Structural problems (wrong types, impossible dates) are input errors. Answers that do not fit
 * the catalogue of the chosen year (an unknown row, a level out of range, a missing mandatory
 * row, a duplicate innovation) are findings, because the catalogue differs by year.
 *
 * @module
 */
import * as z from 'zod';
import { IsoDateSchema } from '../shared/dates.js';
import { LocalizedTextSchema } from '../shared/i18n.js';

/** An inclusive numeric band, as published (`min` and/or `max`). */
const BandSchema = z.strictObject({
  min: z.number().optional().meta({ description: 'Lowest value in this band (inclusive).' }),
  max: z.number().optional().meta({ description: 'Highest value in this band (inclusive).' }),
});

/** One parameter level (1, 2 or 3) of an indicator row. */
export const LevelSchema = BandSchema.extend({
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  text: LocalizedTextSchema.meta({ description: 'The parameter as published.' }),
  evidence: LocalizedTextSchema.optional().meta({
    description: 'The evidence (data dukung) this level needs, where known.',
  }),
}).meta({ id: 'IidLevel' });

/** One parameter level of an indicator row. */
export type Level = z.infer<typeof LevelSchema>;

/** Is a higher measured value better (most rows) or a lower one (days, months, % poor)? */
export const DirectionSchema = z
  .enum(['higher-is-better', 'lower-is-better'])
  .meta({ id: 'IidDirection' });

/** One alternative measurement basis of a row (Kemanfaatan, indicator 33, bases a–f). */
export const BasisOptionSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z]$/),
    title: LocalizedTextSchema,
    unit: z.string().optional(),
    direction: DirectionSchema.default('higher-is-better'),
    levels: z.array(LevelSchema).length(3),
  })
  .meta({ id: 'IidBasisOption' });

/** One alternative measurement basis of a row. */
export type BasisOption = z.infer<typeof BasisOptionSchema>;

/** One scored row of the catalogue (`SPD-05a`, `SID-33`). Score = weight × level. */
export const RowSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^(SPD|SID)-\d{2}[a-z]?$/, 'use SPD-NN or SID-NN with an optional sub-row letter'),
    indicator: z.number().int().min(1).max(40),
    variable: LocalizedTextSchema,
    title: LocalizedTextSchema,
    weight: z.number().positive(),
    mandatory: z.boolean(),
    unit: z.string().optional().meta({ description: 'Unit of a measured `value`, e.g. %.' }),
    direction: DirectionSchema.default('higher-is-better'),
    levels: z.array(LevelSchema).length(3),
    bases: z.array(BasisOptionSchema).optional().meta({
      description: 'Alternative bases: the answer picks exactly one (Kemanfaatan a–f).',
    }),
    note: LocalizedTextSchema.optional(),
  })
  .meta({ id: 'IidRow' });

/** One scored row of the catalogue. */
export type Row = z.infer<typeof RowSchema>;
/** One scored row as written in a rulebook (defaults may be left out). */
export type RowInput = z.input<typeof RowSchema>;

/** A list of rows: the SPD catalogue or the per-innovation SID catalogue. */
export const CatalogueSchema = z.array(RowSchema).min(1).meta({ id: 'IidCatalogue' });

/**
 * How a measured value is turned into a level where the published bands overlap or leave gaps:
 * `overlap: 'higher'` gives a value in two bands the higher level; `gap: 'lower'` gives a value
 * between two bands the lower one.
 */
export const BandPolicySchema = z
  .strictObject({ overlap: z.enum(['higher', 'lower']), gap: z.enum(['higher', 'lower']) })
  .meta({ id: 'IidBandPolicy' });

/** The tie policy for overlapping or gapped bands. */
export type BandPolicy = z.infer<typeof BandPolicySchema>;

/** Skor Jumlah Inovasi: `MIN(n, cap) × perInnovation`. */
export const CountScoreSchema = z
  .strictObject({ perInnovation: z.number().positive(), cap: z.number().int().positive() })
  .meta({ id: 'IidCountScore' });

/** The urusan wajib pelayanan dasar the count score requires, and how many must be covered. */
export const UrusanRequirementSchema = z
  .strictObject({
    required: z.number().int().min(0),
    urusan: z.array(z.strictObject({ id: z.string(), title: LocalizedTextSchema })).min(1),
  })
  .meta({ id: 'IidUrusanRequirement' });

/** The urusan requirement of the count score. */
export type UrusanRequirement = z.infer<typeof UrusanRequirementSchema>;

/** The implementation window an innovation must fall in. */
export const WindowSchema = z
  .strictObject({ from: IsoDateSchema, to: IsoDateSchema })
  .meta({ id: 'IidWindow' });

/** Verification status of an answer or an innovation. */
export const VerificationSchema = z
  .enum(['claimed', 'verified', 'rejected'])
  .meta({ id: 'IidVerification', description: 'claimed (diklaim), verified, rejected (ditolak)' });

/** Verification status of an answer. */
export type Verification = z.infer<typeof VerificationSchema>;

/** One answer to a row. A bare number is a level. */
export const AnswerSchema = z
  .union([
    z.number().int().meta({ description: 'The level chosen (0 = empty, 1–3).' }),
    z.strictObject({
      level: z.number().int().optional().meta({ description: 'The level chosen (0 = empty).' }),
      value: z.number().optional().meta({
        description: 'The measured value; the level is derived from the bands of the row.',
      }),
      basis: z.string().optional().meta({ description: 'Kemanfaatan: the basis chosen, a–f.' }),
      evidence: z.string().max(2000).optional().meta({
        description: 'Reference to the evidence (data dukung): document number, link, file.',
      }),
      status: VerificationSchema.default('claimed'),
    }),
  ])
  .meta({ id: 'IidAnswer' });

/** One answer as written. */
export type AnswerInput = z.input<typeof AnswerSchema>;

const AnswersSchema = z.record(z.string(), AnswerSchema);

/** The stage of an innovation (tahapan inovasi). */
export const StageSchema = z.enum(['inisiatif', 'uji-coba', 'penerapan']).meta({ id: 'IidStage' });

/** The form of an innovation (bentuk inovasi). */
export const FormSchema = z
  .enum(['tata-kelola', 'pelayanan-publik', 'lainnya'])
  .meta({ id: 'IidForm' });

/** One innovation reported by the region. */
export const InnovationSchema = z
  .strictObject({
    id: z.string().min(1).max(200).meta({ description: 'Stable id of the innovation.' }),
    name: z.string().min(1).max(1000),
    stage: StageSchema.optional(),
    form: FormSchema.optional(),
    digital: z.boolean().optional(),
    urusan: z
      .string()
      .min(1)
      .max(200)
      .meta({ description: 'urusan utama, e.g. kesehatan (see the rulebook for the ids)' }),
    urusanBeririsan: z.array(z.string().min(1).max(200)).optional(),
    implementationDate: IsoDateSchema.optional().meta({ description: 'tanggal penerapan' }),
    developmentDate: IsoDateSchema.optional().meta({
      description: 'pengembangan terbaru: the latest development, when penerapan is older',
    }),
    rancangBangun: z.string().max(1_000_000).optional().meta({ description: 'the design text' }),
    rancangBangunWords: z.number().int().min(0).optional().meta({
      description: 'Word count of the rancang bangun when the text itself is not sent.',
    }),
    verification: VerificationSchema.optional().meta({
      description: 'The whole innovation rejected by the verifier still counts in n with score 0.',
    }),
    answers: AnswersSchema.default({}),
  })
  .meta({ id: 'IidInnovation' });

/** One innovation as parsed. */
export type Innovation = z.infer<typeof InnovationSchema>;
/** One innovation as written. */
export type InnovationInput = z.input<typeof InnovationSchema>;

/** A region file: the SPD answers and the innovations. */
export const RegionSchema = z
  .strictObject({
    $schema: z.string().optional(),
    region: z.strictObject({
      name: z.string().min(1).max(500),
      kind: z.enum(['provinsi', 'kabupaten', 'kota']).optional(),
      code: z.string().max(50).optional(),
    }),
    spd: AnswersSchema.default({}),
    innovations: z.array(InnovationSchema).max(5000).default([]),
  })
  .meta({ id: 'IidRegion', description: 'A Pemda reporting to the Indeks Inovasi Daerah.' });

/** A region as parsed. */
export type Region = z.infer<typeof RegionSchema>;
/** A region file as written. */
export type RegionInput = z.input<typeof RegionSchema>;

/** `POST /v1/iid`. */
export const IidRequestSchema = z
  .strictObject({
    rulebook: z.union([z.string().min(1), z.record(z.string(), z.unknown())]),
    asOf: IsoDateSchema.optional(),
    region: z.unknown().meta({ description: 'The region file (see IidRegion).' }),
    view: z.enum(['claimed', 'verified']).optional(),
    whatIf: z.boolean().optional(),
    compareWith: z.string().optional().meta({ description: 'A second rulebook id to compare.' }),
  })
  .meta({ id: 'IidRequest' });

/** `POST /v1/iid` request body. */
export type IidRequest = z.infer<typeof IidRequestSchema>;

/** `POST /v1/iid/predikat`: which band a published score falls in. */
export const IidPredikatRequestSchema = z
  .strictObject({
    score: z.number().min(0).max(100).meta({ description: 'The published IID score, 0–100.' }),
    rulebook: z.union([z.string().min(1), z.record(z.string(), z.unknown())]),
    asOf: IsoDateSchema.optional(),
  })
  .meta({ id: 'IidPredikatRequest' });

/** `POST /v1/iid/predikat` request body. */
export type IidPredikatRequest = z.infer<typeof IidPredikatRequestSchema>;
