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
import * as z from 'zod/mini';
import { withMeta } from '../shared/zod.js';
import { IsoDateSchema } from '../shared/dates.js';
import { LocalizedTextSchema } from '../shared/i18n.js';

/** An inclusive numeric band, as published (`min` and/or `max`). */
const BandSchema = z.strictObject({
  min: withMeta(z.optional(z.number()), { description: 'Lowest value in this band (inclusive).' }),
  max: withMeta(z.optional(z.number()), { description: 'Highest value in this band (inclusive).' }),
});

/** One parameter level (1, 2 or 3) of an indicator row. */
export const LevelSchema = withMeta(
  z.extend(BandSchema, {
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    text: withMeta(LocalizedTextSchema, { description: 'The parameter as published.' }),
    evidence: withMeta(z.optional(LocalizedTextSchema), {
      description: 'The evidence (data dukung) this level needs, where known.',
    }),
  }),
  { id: 'IidLevel' },
);

/** One parameter level of an indicator row. */
export type Level = z.infer<typeof LevelSchema>;

/** Is a higher measured value better (most rows) or a lower one (days, months, % poor)? */
export const DirectionSchema = withMeta(z.enum(['higher-is-better', 'lower-is-better']), {
  id: 'IidDirection',
});

/** One alternative measurement basis of a row (Kemanfaatan, indicator 33, bases a–f). */
export const BasisOptionSchema = withMeta(
  z.strictObject({
    id: z.string().check(z.regex(/^[a-z]$/)),
    title: LocalizedTextSchema,
    unit: z.optional(z.string()),
    direction: z._default(DirectionSchema, 'higher-is-better'),
    levels: z.array(LevelSchema).check(z.length(3)),
  }),
  { id: 'IidBasisOption' },
);

/** One alternative measurement basis of a row. */
export type BasisOption = z.infer<typeof BasisOptionSchema>;

/** One scored row of the catalogue (`SPD-05a`, `SID-33`). Score = weight × level. */
export const RowSchema = withMeta(
  z.strictObject({
    id: z
      .string()
      .check(
        z.regex(/^(SPD|SID)-\d{2}[a-z]?$/, 'use SPD-NN or SID-NN with an optional sub-row letter'),
      ),
    indicator: z.int().check(z.minimum(1), z.maximum(40)),
    variable: LocalizedTextSchema,
    title: LocalizedTextSchema,
    weight: z.number().check(z.positive()),
    mandatory: z.boolean(),
    unit: withMeta(z.optional(z.string()), { description: 'Unit of a measured `value`, e.g. %.' }),
    direction: z._default(DirectionSchema, 'higher-is-better'),
    levels: z.array(LevelSchema).check(z.length(3)),
    bases: withMeta(z.optional(z.array(BasisOptionSchema)), {
      description: 'Alternative bases: the answer picks exactly one (Kemanfaatan a–f).',
    }),
    note: z.optional(LocalizedTextSchema),
  }),
  { id: 'IidRow' },
);

/** One scored row of the catalogue. */
export type Row = z.infer<typeof RowSchema>;
/** One scored row as written in a rulebook (defaults may be left out). */
export type RowInput = z.input<typeof RowSchema>;

/** A list of rows: the SPD catalogue or the per-innovation SID catalogue. */
export const CatalogueSchema = withMeta(z.array(RowSchema).check(z.minLength(1)), {
  id: 'IidCatalogue',
});

/**
 * How a measured value is turned into a level where the published bands overlap or leave gaps:
 * `overlap: 'higher'` gives a value in two bands the higher level; `gap: 'lower'` gives a value
 * between two bands the lower one.
 */
export const BandPolicySchema = withMeta(
  z.strictObject({ overlap: z.enum(['higher', 'lower']), gap: z.enum(['higher', 'lower']) }),
  { id: 'IidBandPolicy' },
);

/** The tie policy for overlapping or gapped bands. */
export type BandPolicy = z.infer<typeof BandPolicySchema>;

/** Skor Jumlah Inovasi: `MIN(n, cap) × perInnovation`. */
export const CountScoreSchema = withMeta(
  z.strictObject({
    perInnovation: z.number().check(z.positive()),
    cap: z.int().check(z.positive()),
  }),
  { id: 'IidCountScore' },
);

/** The urusan wajib pelayanan dasar the count score requires, and how many must be covered. */
export const UrusanRequirementSchema = withMeta(
  z.strictObject({
    required: z.int().check(z.minimum(0)),
    urusan: z
      .array(z.strictObject({ id: z.string(), title: LocalizedTextSchema }))
      .check(z.minLength(1)),
  }),
  { id: 'IidUrusanRequirement' },
);

/** The urusan requirement of the count score. */
export type UrusanRequirement = z.infer<typeof UrusanRequirementSchema>;

/** The implementation window an innovation must fall in. */
export const WindowSchema = withMeta(z.strictObject({ from: IsoDateSchema, to: IsoDateSchema }), {
  id: 'IidWindow',
});

/** Verification status of an answer or an innovation. */
export const VerificationSchema = withMeta(z.enum(['claimed', 'verified', 'rejected']), {
  id: 'IidVerification',
  description: 'claimed (diklaim), verified, rejected (ditolak)',
});

/** Verification status of an answer. */
export type Verification = z.infer<typeof VerificationSchema>;

/** One answer to a row. A bare number is a level. */
export const AnswerSchema = withMeta(
  z.union([
    withMeta(z.int(), { description: 'The level chosen (0 = empty, 1–3).' }),
    z.strictObject({
      level: withMeta(z.optional(z.int()), { description: 'The level chosen (0 = empty).' }),
      value: withMeta(z.optional(z.number()), {
        description: 'The measured value; the level is derived from the bands of the row.',
      }),
      basis: withMeta(z.optional(z.string()), {
        description: 'Kemanfaatan: the basis chosen, a–f.',
      }),
      evidence: withMeta(z.optional(z.string().check(z.maxLength(2000))), {
        description: 'Reference to the evidence (data dukung): document number, link, file.',
      }),
      status: z._default(VerificationSchema, 'claimed'),
    }),
  ]),
  { id: 'IidAnswer' },
);

/** One answer as written. */
export type AnswerInput = z.input<typeof AnswerSchema>;

const AnswersSchema = z.record(z.string(), AnswerSchema);

/** The stage of an innovation (tahapan inovasi). */
export const StageSchema = withMeta(z.enum(['inisiatif', 'uji-coba', 'penerapan']), {
  id: 'IidStage',
});

/** The form of an innovation (bentuk inovasi). */
export const FormSchema = withMeta(z.enum(['tata-kelola', 'pelayanan-publik', 'lainnya']), {
  id: 'IidForm',
});

/** One innovation reported by the region. */
export const InnovationSchema = withMeta(
  z.strictObject({
    id: withMeta(z.string().check(z.minLength(1), z.maxLength(200)), {
      description: 'Stable id of the innovation.',
    }),
    name: z.string().check(z.minLength(1), z.maxLength(1000)),
    stage: z.optional(StageSchema),
    form: z.optional(FormSchema),
    digital: z.optional(z.boolean()),
    urusan: withMeta(z.string().check(z.minLength(1), z.maxLength(200)), {
      description: 'urusan utama, e.g. kesehatan (see the rulebook for the ids)',
    }),
    urusanBeririsan: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(200)))),
    implementationDate: withMeta(z.optional(IsoDateSchema), { description: 'tanggal penerapan' }),
    developmentDate: withMeta(z.optional(IsoDateSchema), {
      description: 'pengembangan terbaru: the latest development, when penerapan is older',
    }),
    rancangBangun: withMeta(z.optional(z.string().check(z.maxLength(1_000_000))), {
      description: 'the design text',
    }),
    rancangBangunWords: withMeta(z.optional(z.int().check(z.minimum(0))), {
      description: 'Word count of the rancang bangun when the text itself is not sent.',
    }),
    verification: withMeta(z.optional(VerificationSchema), {
      description: 'The whole innovation rejected by the verifier still counts in n with score 0.',
    }),
    answers: z._default(AnswersSchema, {}),
  }),
  { id: 'IidInnovation' },
);

/** One innovation as parsed. */
export type Innovation = z.infer<typeof InnovationSchema>;
/** One innovation as written. */
export type InnovationInput = z.input<typeof InnovationSchema>;

/**
 * Assumptions a region or a user chooses where a consequence is not published: without them an
 * index with such a case is indeterminate. Each applied assumption is labelled in the result (a
 * finding `IID.ASSUMPTION.APPLIED`); none of them is a published rule.
 */
export const IidAssumptionsSchema = withMeta(
  z.strictObject({
    mandatoryEmpty: withMeta(z.optional(z.enum(['row-scores-zero', 'innovation-rejected'])), {
      description:
        'What an empty mandatory row does (its consequence was not found): row-scores-zero, only the row scores 0; innovation-rejected, an innovation with an empty mandatory row counts in n with score 0 (an empty SPD row scores 0 either way).',
    }),
    stageNotPenerapan: withMeta(z.optional(z.enum(['assessed', 'rejected'])), {
      description:
        'What an innovation at the inisiatif or uji coba stage gets (the deduction was not found): assessed, scored as answered; rejected, counts in n with score 0.',
    }),
    chosenBy: withMeta(z.optional(z.string().check(z.minLength(1), z.maxLength(500))), {
      description:
        'Who chose these assumptions and why (echoed in the result), e.g. Bappeda Kota X.',
    }),
  }),
  {
    id: 'IidAssumptions',
    description:
      'Labelled assumptions for consequences no source publishes; without them such a region is indeterminate.',
  },
);

/** Assumptions for unpublished consequences. */
export type IidAssumptions = z.infer<typeof IidAssumptionsSchema>;

/** A region file: the SPD answers and the innovations. */
export const RegionSchema = withMeta(
  z.strictObject({
    $schema: z.optional(z.string()),
    region: z.strictObject({
      name: z.string().check(z.minLength(1), z.maxLength(500)),
      kind: z.optional(z.enum(['provinsi', 'kabupaten', 'kota'])),
      code: z.optional(z.string().check(z.maxLength(50))),
    }),
    spd: z._default(AnswersSchema, {}),
    innovations: z._default(z.array(InnovationSchema).check(z.maxLength(5000)), []),
    assumptions: z.optional(IidAssumptionsSchema),
  }),
  { id: 'IidRegion', description: 'A Pemda reporting to the Indeks Inovasi Daerah.' },
);

/** A region as parsed. */
export type Region = z.infer<typeof RegionSchema>;
/** A region file as written. */
export type RegionInput = z.input<typeof RegionSchema>;

/** `POST /v1/iid`. */
export const IidRequestSchema = withMeta(
  z.strictObject({
    rulebook: z.union([z.string().check(z.minLength(1)), z.record(z.string(), z.unknown())]),
    asOf: z.optional(IsoDateSchema),
    region: withMeta(z.unknown(), { description: 'The region file (see IidRegion).' }),
    view: z.optional(z.enum(['claimed', 'verified'])),
    whatIf: z.optional(z.boolean()),
    compareWith: withMeta(z.optional(z.string()), {
      description: 'A second rulebook id to compare.',
    }),
  }),
  { id: 'IidRequest' },
);

/** `POST /v1/iid` request body. */
export type IidRequest = z.infer<typeof IidRequestSchema>;

/** `POST /v1/iid/predikat`: which band a published score falls in. */
export const IidPredikatRequestSchema = withMeta(
  z.strictObject({
    score: withMeta(z.number().check(z.minimum(0), z.maximum(100)), {
      description: 'The published IID score, 0–100.',
    }),
    rulebook: z.union([z.string().check(z.minLength(1)), z.record(z.string(), z.unknown())]),
    asOf: z.optional(IsoDateSchema),
  }),
  { id: 'IidPredikatRequest' },
);

/** `POST /v1/iid/predikat` request body. */
export type IidPredikatRequest = z.infer<typeof IidPredikatRequestSchema>;
