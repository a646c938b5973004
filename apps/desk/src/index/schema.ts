/**
 * The index tables (migration `0004-index`): a region's IID report per edition, the innovations
 * it reports with their IID fields, every answer (SPD rows of the region, SID rows of an
 * innovation) with its evidence and verification, and the region's incentive data per edition.
 * Every row carries `region_id`; times are ISO strings, documents JSON text.
 *
 * @module
 */
import type { Database } from '../storage/schema.js';

/** Verification of an answer: claimed by the region, verified or rejected by the admin. */
export type AnswerStatus = 'claimed' | 'verified' | 'rejected';

/** The answer statuses, in order. */
export const ANSWER_STATUSES: readonly AnswerStatus[] = ['claimed', 'verified', 'rejected'];

/** A region's report to one IID edition. */
export interface IidReportsTable {
  region_id: string;
  /** The IID rulebook id, e.g. `iid-2026`. */
  edition: string;
  /** provinsi, kabupaten or kota. */
  region_kind: string | null;
  /** Kode wilayah, e.g. 36.72. */
  region_code: string | null;
  created_at: string;
  updated_at: string;
}

/** One innovation of the registry as reported to one IID edition. */
export interface IidEntriesTable {
  region_id: string;
  edition: string;
  innovation_id: string;
  /** The urusan id as the IID catalogue spells it (e.g. `kesehatan`). */
  urusan: string;
  /** tata-kelola, pelayanan-publik or lainnya; null: not given. */
  form: string | null;
  digital: number | null;
  /** tanggal penerapan (YYYY-MM-DD). */
  implementation_date: string | null;
  rancang_bangun_words: number | null;
  /** Verification of the whole innovation. */
  status: AnswerStatus;
  reason: string | null;
  updated_at: string;
  updated_by: string | null;
}

/** One answer: an SPD row (`subject` = `spd`) or an innovation's SID row (`subject` = its id). */
export interface IidAnswersTable {
  region_id: string;
  edition: string;
  subject: string;
  row_id: string;
  /** 0 (empty) to 3. */
  level: number;
  /** Reference to the evidence (document number, link); the file itself is in the registry. */
  evidence: string | null;
  /** An evidence file of the innovation's registry entry. */
  evidence_file_id: string | null;
  status: AnswerStatus;
  /** Why the admin verified or rejected it. */
  reason: string | null;
  updated_at: string;
  updated_by: string | null;
  verified_at: string | null;
  verified_by: string | null;
}

/** The region's data for one incentive edition (the RegionPerformance document, JSON). */
export interface IncentiveInputsTable {
  region_id: string;
  /** The incentive rulebook id, e.g. `insentif-fiskal-2025`. */
  edition: string;
  data: string;
  updated_at: string;
  updated_by: string | null;
}

/** The desk's database with the index tables. */
export interface IndexDatabase extends Database {
  iid_reports: IidReportsTable;
  iid_entries: IidEntriesTable;
  iid_answers: IidAnswersTable;
  incentive_inputs: IncentiveInputsTable;
}
