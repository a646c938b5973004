/**
 * The judging tables (migration `0003-judging`). A competition is read from a scoring rulebook
 * (a built-in one, or an overlay stored with the competition); its stages open and close; its
 * panel is a set of users, each judging only the entries assigned to it; a sheet is one judge's
 * scores for one entry in one stage (JSON: criterion → number, a labelled point, `"n/a"`).
 *
 * Who may judge: a user is a judge **of a competition** when the admin puts it on that
 * competition's panel. Accounts whose only job is judging have the base role `judge`, which
 * reaches nothing else in the desk; a mentor or a Bappeda colleague can also sit on a panel
 * without a second account. So "judge" is a per-competition assignment, with a base role for
 * panel-only accounts.
 *
 * @module
 */
import type { Database } from '../storage/schema.js';

export interface CompetitionsTable {
  id: string;
  region_id: string;
  title: string;
  /** The scoring rulebook (a built-in id, or the id of `overlay`). */
  rulebook_id: string;
  /** A scoring overlay (JSON rulebook document) or null. */
  overlay: string | null;
  /** The date the rules are read at (YYYY-MM-DD). */
  as_of: string;
  /** Seed of the tie-break draw and the bootstrap (published with the results). */
  seed: string;
  /** When the admin published the results to innovators; null: not published. */
  published_at: string | null;
  created_at: string;
}

export interface CompetitionStagesTable {
  competition_id: string;
  region_id: string;
  /** The stage's rule id in the rulebook. */
  stage: string;
  /** null: open for scoring; else when it was closed (frozen). */
  closed_at: string | null;
  closed_by: string | null;
}

export interface CompetitionEntriesTable {
  competition_id: string;
  region_id: string;
  innovation_id: string;
  /** The entry id in exports and the core's panel (e.g. CLG-01). */
  code: string;
  created_at: string;
}

export interface CompetitionJudgesTable {
  competition_id: string;
  region_id: string;
  user_id: string;
  /** The judge id in exports and the core's panel. */
  code: string;
  /** The agency the judge works at (conflicts: same agency). */
  agency: string | null;
  /** The region the judge belongs to (conflicts: same region, where the stage checks it). */
  home_region: string | null;
  /** Other agencies the judge is tied to (JSON list of names). */
  affiliations: string;
  created_at: string;
}

export interface JudgeAssignmentsTable {
  competition_id: string;
  region_id: string;
  stage: string;
  user_id: string;
  innovation_id: string;
  created_at: string;
}

export interface ConflictsTable {
  id: string;
  competition_id: string;
  region_id: string;
  user_id: string;
  innovation_id: string;
  reason: string;
  declared_by: string | null;
  created_at: string;
}

export interface ScoreSheetsTable {
  competition_id: string;
  region_id: string;
  stage: string;
  user_id: string;
  innovation_id: string;
  /** JSON: criterion id → number | labelled point key | "n/a". Missing criteria: not yet scored. */
  scores: string;
  comment: string | null;
  updated_at: string;
}

/** The desk's database with the judging tables. */
export interface JudgingDatabase extends Database {
  competitions: CompetitionsTable;
  competition_stages: CompetitionStagesTable;
  competition_entries: CompetitionEntriesTable;
  competition_judges: CompetitionJudgesTable;
  judge_assignments: JudgeAssignmentsTable;
  conflicts: ConflictsTable;
  score_sheets: ScoreSheetsTable;
}
