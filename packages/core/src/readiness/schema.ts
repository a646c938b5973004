/**
 * The proposal format: what an innovator (or a Bappeda mentor) enters before submitting in
 * SINOVIK. Structural problems (wrong types, impossible dates, unknown enum values) are input
 * errors; missing or empty fields are findings of the readiness rules, so a draft can be checked
 * at any stage. Section ids, category ids and attachment types are plain strings: each edition's
 * rulebook says which ones it knows, and the rules report the ones it does not.
 *
 * @module
 */
import * as z from 'zod/mini';
import { zodRefine } from '../shared/errors.js';
import { withMeta } from '../shared/zod.js';
import { IsoDateSchema } from '../shared/dates.js';

/** KIPP groups (kelompok): `umum` (general), `replikasi` (replication), `khusus` (special). */
export const GroupSchema = withMeta(z.enum(['umum', 'replikasi', 'khusus']), {
  id: 'Group',
  description: 'kelompok: umum (general), replikasi (replication), khusus (special)',
});

/** A KIPP group (kelompok). */
export type Group = z.infer<typeof GroupSchema>;

/** Who may submit: ministries, agencies, provinces, regencies, cities, state and regional enterprises. */
export const AgencyTypeSchema = withMeta(
  z.enum(['kementerian', 'lembaga', 'provinsi', 'kabupaten', 'kota', 'bumn', 'bumd']),
  { id: 'AgencyType' },
);

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
export const AwardTierSchema = withMeta(
  z.enum(['top99', 'top-terpuji', 'top15-khusus', 'outstanding', 'top-replikasi']),
  { id: 'AwardTier' },
);

/** A past KIPP result tier. */
export type AwardTier = z.infer<typeof AwardTierSchema>;

const MAX_TEXT = 1_000_000;
const Text = (max = 2000) => z.string().check(z.maxLength(max));
const Year = z.int().check(z.minimum(2000), z.maximum(2100));

/** One past KIPP result of this innovation. */
export const AwardSchema = withMeta(
  z.object({
    year: withMeta(Year, { description: 'Edition year, e.g. 2019.' }),
    tier: AwardTierSchema,
    group: withMeta(z.optional(GroupSchema), {
      description: 'The group it was entered in, if any.',
    }),
  }),
  { id: 'Award' },
);

/** One past KIPP result. */
export type Award = z.infer<typeof AwardSchema>;

/** An innovation this one replicates (kelompok replikasi). */
export const ReplicationSourceSchema = withMeta(
  z.object({
    title: z.optional(Text()),
    agency: z.optional(Text()),
    year: withMeta(z.optional(Year), {
      description: 'The KIPP year the source innovation was awarded.',
    }),
    tier: withMeta(z.optional(AwardTierSchema), { description: 'Its KIPP result that year.' }),
  }),
  { id: 'ReplicationSource' },
);

/** An innovation this one replicates. */
export type ReplicationSource = z.infer<typeof ReplicationSourceSchema>;

/** One attached file. */
export const AttachmentSchema = withMeta(
  z.object({
    type: withMeta(Text(120), {
      description: 'Attachment type id of the edition, e.g. surat-pernyataan-implementasi.',
    }),
    fileName: z.optional(Text(500)),
    mediaType: withMeta(z.optional(Text(200)), { description: 'e.g. application/pdf' }),
    sizeBytes: z.optional(z.int().check(z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER))),
    url: z.optional(Text()),
  }),
  { id: 'Attachment' },
);

/** One attached file. */
export type Attachment = z.infer<typeof AttachmentSchema>;

/** What the innovator knows about the video (the core never fetches the link). */
export const VideoSchema = withMeta(
  z.object({
    durationSeconds: z.optional(z.number().check(z.minimum(0), z.maximum(86_400))),
    heightPixels: withMeta(z.optional(z.int().check(z.minimum(0), z.maximum(10_000))), {
      description: 'Vertical resolution, e.g. 720 for 720p.',
    }),
    publiclyAccessible: withMeta(z.optional(z.boolean()), {
      description: 'The link opens without signing in or asking for access.',
    }),
    language: withMeta(z.optional(Text(20)), { description: 'Spoken language, e.g. id.' }),
    subtitles: z.optional(z.boolean()),
  }),
  { id: 'Video' },
);

/** Video metadata. */
export type Video = z.infer<typeof VideoSchema>;

/** A KIPP proposal. */
export const ProposalSchema = withMeta(
  z.object({
    id: withMeta(z.optional(Text(200)), { description: 'Your own reference for this proposal.' }),
    title: withMeta(z.optional(Text(MAX_TEXT)), { description: 'judul inovasi' }),
    agency: withMeta(
      z.optional(
        z.object({
          name: z.optional(Text(1000)),
          type: z.optional(AgencyTypeSchema),
        }),
      ),
      { description: 'instansi: the agency that submits' },
    ),
    unit: withMeta(z.optional(Text(1000)), {
      description: 'unit pelayanan publik (UPP) that runs the innovation',
    }),
    group: withMeta(z.optional(GroupSchema), {
      description: 'kelompok; editions before 2020 had one group',
    }),
    category: withMeta(z.optional(Text(200)), {
      description: 'kategori: a category id of the edition',
    }),
    sdgs: withMeta(
      z.optional(z.array(z.int().check(z.minimum(1), z.maximum(17))).check(z.maxLength(100))),
      { description: 'Tujuan Pembangunan Berkelanjutan (SDGs) 1–17 the innovation serves' },
    ),
    implementationStartDate: withMeta(z.optional(IsoDateSchema), {
      description: 'tanggal mulai implementasi: when the innovation started serving the public',
    }),
    pandemicRelated: withMeta(z.optional(z.boolean()), {
      description: 'The innovation responds to COVID-19 (2022 age exception).',
    }),
    innovator: withMeta(
      z.optional(
        z.object({
          name: z.optional(Text(1000)),
          phone: z.optional(Text(100)),
          email: z.optional(Text(500)),
          isTeam: z.optional(z.boolean()),
        }),
      ),
      { description: 'inovator: the person or team' },
    ),
    videoUrl: withMeta(z.optional(Text()), {
      description: 'Link to the video (YouTube or cloud).',
    }),
    video: z.optional(VideoSchema),
    sections: withMeta(z.optional(z.record(Text(120), Text(MAX_TEXT))), {
      description: "The proposal's answers, keyed by the section ids of the edition.",
    }),
    attachments: z.optional(z.array(AttachmentSchema).check(z.maxLength(1000))),
    awards: withMeta(z.optional(z.array(AwardSchema).check(z.maxLength(100))), {
      description: 'Past KIPP results of this innovation; [] when none.',
    }),
    replicationOf: z.optional(z.array(ReplicationSourceSchema).check(z.maxLength(100))),
    isApplication: withMeta(z.optional(z.boolean()), {
      description: 'The innovation is a web or mobile application (SPBE questions apply).',
    }),
    spbe: withMeta(
      z.optional(z.record(Text(120), z.union([Text(MAX_TEXT), z.boolean(), z.number()]))),
      { description: 'Answers to the SPBE (e-government) questions, by question id.' },
    ),
    registrationCloseDate: withMeta(z.optional(IsoDateSchema), {
      description:
        "Overrides the edition's registration close, e.g. when the rulebook does not know it.",
    }),
  }),
  {
    id: 'Proposal',
    title: 'KIPP proposal',
    description: 'A public-service innovation proposal.',
  },
);

/** A KIPP proposal. */
export type Proposal = z.infer<typeof ProposalSchema>;

/** Several proposals, e.g. one agency's whole submission (quota and duplicate-title checks). */
export const ProposalBatchSchema = withMeta(
  z.object({
    proposals: z.array(z.unknown()).check(z.minLength(1), z.maxLength(100_000)),
  }),
  { id: 'ProposalBatch', description: 'Several proposals checked together.' },
);

/** A readiness request as the HTTP API takes it: the proposal(s) and the rulebook. */
export const ReadinessRequestSchema = withMeta(
  z
    .object({
      rulebook: withMeta(
        z.union([z.string().check(z.minLength(1)), z.record(z.string(), z.unknown())]),
        {
          description:
            'A rulebook id (e.g. kipp-2023) or a whole custom rulebook (e.g. a city overlay).',
        },
      ),
      asOf: withMeta(z.optional(IsoDateSchema), {
        description: 'The date the rules are read at; default: today.',
      }),
      registrationCloseDate: z.optional(IsoDateSchema),
      proposal: withMeta(z.optional(z.unknown()), {
        description: 'One proposal (see the Proposal schema).',
      }),
      proposals: withMeta(
        z.optional(z.array(z.unknown()).check(z.minLength(1), z.maxLength(10_000))),
        { description: 'Several proposals, checked as one batch.' },
      ),
    })
    .check(
      z.refine((r) => (r.proposal === undefined) !== (r.proposals === undefined), {
        ...zodRefine('INPUT.PROPOSAL_OR_PROPOSALS', {}),
        path: ['proposal'],
      }),
    ),
  { id: 'ReadinessRequest' },
);

/** A readiness request. */
export type ReadinessRequest = z.infer<typeof ReadinessRequestSchema>;
