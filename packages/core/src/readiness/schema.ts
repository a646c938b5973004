/**
 * The proposal format: what an innovator (or a Bappeda mentor) enters before submitting in
 * SINOVIK. Structural problems (wrong types, impossible dates) are input errors; missing or
 * empty fields are findings of the readiness rules, so a draft can be checked at any stage.
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

const MAX_TEXT = 1_000_000;

/** A KIPP proposal. */
export const ProposalSchema = z
  .object({
    id: z
      .string()
      .max(200)
      .optional()
      .meta({ description: 'Your own reference for this proposal.' }),
    title: z.string().max(MAX_TEXT).optional().meta({ description: 'judul inovasi' }),
    agency: z
      .object({
        name: z.string().max(1000).optional(),
        type: AgencyTypeSchema.optional(),
      })
      .optional()
      .meta({ description: 'instansi: the agency that submits' }),
    group: GroupSchema.optional().meta({
      description: 'kelompok; editions before 2020 had one group',
    }),
    implementationStartDate: IsoDateSchema.optional().meta({
      description: 'tanggal mulai implementasi: when the innovation started serving the public',
    }),
    pandemicRelated: z.boolean().optional().meta({
      description: 'The innovation responds to COVID-19 (2022 age exception).',
    }),
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

/** A readiness request as the HTTP API takes it: the proposal and the rulebook to check it against. */
export const ReadinessRequestSchema = z
  .object({
    rulebook: z.union([z.string().min(1), z.record(z.string(), z.unknown())]).meta({
      description:
        'A rulebook id (e.g. kipp-2018) or a whole custom rulebook (e.g. a city overlay).',
    }),
    asOf: IsoDateSchema.optional().meta({
      description: 'The date the rules are read at; default: today.',
    }),
    registrationCloseDate: IsoDateSchema.optional(),
    proposal: z.unknown().meta({ description: 'The proposal (see the Proposal schema).' }),
  })
  .meta({ id: 'ReadinessRequest' });

/** A readiness request. */
export type ReadinessRequest = z.infer<typeof ReadinessRequestSchema>;
