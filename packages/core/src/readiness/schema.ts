/**
 * The proposal format: what an innovator (or a Bappeda mentor) enters before submitting in
 * SINOVIK. Structural problems (wrong types, impossible dates, unknown enum values) are input
 * errors; missing or empty fields are findings of the readiness rules, so a draft can be checked
 * at any stage. Section ids, category ids and attachment types are plain strings: each edition's
 * rulebook says which ones it knows, and the rules report the ones it does not.
 *
 * @module
 */
import * as z from 'zod';
import { IsoDateSchema } from '../shared/dates.js';

/** KIPP groups (kelompok): `umum` (general), `replikasi` (replication), `khusus` (special). */
export const GroupSchema = z.enum(['umum', 'replikasi', 'khusus']).meta({
  id: 'Group',
  description: 'kelompok: umum (general), replikasi (replication), khusus (special)',
});

/** A KIPP group (kelompok). */
export type Group = z.infer<typeof GroupSchema>;

/** Who may submit: ministries, agencies, provinces, regencies, cities, state and regional enterprises. */
export const AgencyTypeSchema = z
  .enum(['kementerian', 'lembaga', 'provinsi', 'kabupaten', 'kota', 'bumn', 'bumd'])
  .meta({ id: 'AgencyType' });

/** The kind of agency (instansi) that submits. */
export type AgencyType = z.infer<typeof AgencyTypeSchema>;

/**
 * Past KIPP results of the innovation:
 * - `top99`: Top 99 (an award up to 2019; the finalists of kelompok umum from 2020);
 * - `top-terpuji`: Top Inovasi Pelayanan Publik Terpuji (Top 9/25/35/40/45 of its year);
 * - `top15-khusus`: one of the 15 kelompok khusus finalists;
 * - `outstanding`: Outstanding Achievement of Public Service Innovation (kelompok khusus winner);
 * - `top-replikasi`: Top 15 / Top 5 of kelompok replikasi.
 */
export const AwardTierSchema = z
  .enum(['top99', 'top-terpuji', 'top15-khusus', 'outstanding', 'top-replikasi'])
  .meta({ id: 'AwardTier' });

/** A past KIPP result tier. */
export type AwardTier = z.infer<typeof AwardTierSchema>;

const MAX_TEXT = 1_000_000;
const Text = (max = 2000) => z.string().max(max);
const Year = z.number().int().min(2000).max(2100);

/** One past KIPP result of this innovation. */
export const AwardSchema = z
  .object({
    year: Year.meta({ description: 'Edition year, e.g. 2019.' }),
    tier: AwardTierSchema,
    group: GroupSchema.optional().meta({ description: 'The group it was entered in, if any.' }),
  })
  .meta({ id: 'Award' });

/** One past KIPP result. */
export type Award = z.infer<typeof AwardSchema>;

/** An innovation this one replicates (kelompok replikasi). */
export const ReplicationSourceSchema = z
  .object({
    title: Text().optional(),
    agency: Text().optional(),
    year: Year.optional().meta({ description: 'The KIPP year the source innovation was awarded.' }),
    tier: AwardTierSchema.optional().meta({ description: 'Its KIPP result that year.' }),
  })
  .meta({ id: 'ReplicationSource' });

/** An innovation this one replicates. */
export type ReplicationSource = z.infer<typeof ReplicationSourceSchema>;

/** One attached file. */
export const AttachmentSchema = z
  .object({
    type: Text(120).meta({
      description: 'Attachment type id of the edition, e.g. surat-pernyataan-implementasi.',
    }),
    fileName: Text(500).optional(),
    mediaType: Text(200).optional().meta({ description: 'e.g. application/pdf' }),
    sizeBytes: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
    url: Text().optional(),
  })
  .meta({ id: 'Attachment' });

/** One attached file. */
export type Attachment = z.infer<typeof AttachmentSchema>;

/** What the innovator knows about the video (the core never fetches the link). */
export const VideoSchema = z
  .object({
    durationSeconds: z.number().min(0).max(86_400).optional(),
    heightPixels: z
      .number()
      .int()
      .min(0)
      .max(10_000)
      .optional()
      .meta({ description: 'Vertical resolution, e.g. 720 for 720p.' }),
    publiclyAccessible: z
      .boolean()
      .optional()
      .meta({ description: 'The link opens without signing in or asking for access.' }),
    language: Text(20).optional().meta({ description: 'Spoken language, e.g. id.' }),
    subtitles: z.boolean().optional(),
  })
  .meta({ id: 'Video' });

/** Video metadata. */
export type Video = z.infer<typeof VideoSchema>;

/** A KIPP proposal. */
export const ProposalSchema = z
  .object({
    id: Text(200).optional().meta({ description: 'Your own reference for this proposal.' }),
    title: Text(MAX_TEXT).optional().meta({ description: 'judul inovasi' }),
    agency: z
      .object({
        name: Text(1000).optional(),
        type: AgencyTypeSchema.optional(),
      })
      .optional()
      .meta({ description: 'instansi: the agency that submits' }),
    unit: Text(1000)
      .optional()
      .meta({ description: 'unit pelayanan publik (UPP) that runs the innovation' }),
    group: GroupSchema.optional().meta({
      description: 'kelompok; editions before 2020 had one group',
    }),
    category: Text(200).optional().meta({ description: 'kategori: a category id of the edition' }),
    sdgs: z
      .array(z.number().int().min(1).max(17))
      .max(100)
      .optional()
      .meta({ description: 'Tujuan Pembangunan Berkelanjutan (SDGs) 1–17 the innovation serves' }),
    implementationStartDate: IsoDateSchema.optional().meta({
      description: 'tanggal mulai implementasi: when the innovation started serving the public',
    }),
    pandemicRelated: z.boolean().optional().meta({
      description: 'The innovation responds to COVID-19 (2022 age exception).',
    }),
    innovator: z
      .object({
        name: Text(1000).optional(),
        phone: Text(100).optional(),
        email: Text(500).optional(),
        isTeam: z.boolean().optional(),
      })
      .optional()
      .meta({ description: 'inovator: the person or team' }),
    videoUrl: Text().optional().meta({ description: 'Link to the video (YouTube or cloud).' }),
    video: VideoSchema.optional(),
    sections: z
      .record(Text(120), Text(MAX_TEXT))
      .optional()
      .meta({ description: "The proposal's answers, keyed by the section ids of the edition." }),
    attachments: z.array(AttachmentSchema).max(1000).optional(),
    awards: z
      .array(AwardSchema)
      .max(100)
      .optional()
      .meta({ description: 'Past KIPP results of this innovation; [] when none.' }),
    replicationOf: z.array(ReplicationSourceSchema).max(100).optional(),
    isApplication: z.boolean().optional().meta({
      description: 'The innovation is a web or mobile application (SPBE questions apply).',
    }),
    spbe: z
      .record(Text(120), z.union([Text(MAX_TEXT), z.boolean(), z.number()]))
      .optional()
      .meta({ description: 'Answers to the SPBE (e-government) questions, by question id.' }),
    registrationCloseDate: IsoDateSchema.optional().meta({
      description:
        "Overrides the edition's registration close, e.g. when the rulebook does not know it.",
    }),
  })
  .meta({
    id: 'Proposal',
    title: 'KIPP proposal',
    description: 'A public-service innovation proposal.',
  });

/** A KIPP proposal. */
export type Proposal = z.infer<typeof ProposalSchema>;

/** Several proposals, e.g. one agency's whole submission (quota and duplicate-title checks). */
export const ProposalBatchSchema = z
  .object({
    proposals: z.array(z.unknown()).min(1).max(100_000),
  })
  .meta({ id: 'ProposalBatch', description: 'Several proposals checked together.' });

/** A readiness request as the HTTP API takes it: the proposal(s) and the rulebook. */
export const ReadinessRequestSchema = z
  .object({
    rulebook: z.union([z.string().min(1), z.record(z.string(), z.unknown())]).meta({
      description:
        'A rulebook id (e.g. kipp-2023) or a whole custom rulebook (e.g. a city overlay).',
    }),
    asOf: IsoDateSchema.optional().meta({
      description: 'The date the rules are read at; default: today.',
    }),
    registrationCloseDate: IsoDateSchema.optional(),
    proposal: z
      .unknown()
      .optional()
      .meta({ description: 'One proposal (see the Proposal schema).' }),
    proposals: z
      .array(z.unknown())
      .min(1)
      .max(10_000)
      .optional()
      .meta({ description: 'Several proposals, checked as one batch.' }),
  })
  .refine((r) => (r.proposal === undefined) !== (r.proposals === undefined), {
    error: 'give either proposal (one) or proposals (a batch), not both and not neither',
    path: ['proposal'],
  })
  .meta({ id: 'ReadinessRequest' });

/** A readiness request. */
export type ReadinessRequest = z.infer<typeof ReadinessRequestSchema>;
