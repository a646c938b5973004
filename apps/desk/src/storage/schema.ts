/**
 * The desk's tables, as Kysely sees them. Every table but `regions` carries `region_id`: one
 * deployment can host many regions, and every query is scoped by one. Ids are random UUIDs,
 * times ISO 8601 strings (UTC), JSON documents text: the same values on SQLite and PostgreSQL.
 *
 * @module
 */

/** What a user may do in its region (`judge`: a panel-only account, see `judging/schema.ts`). */
export type Role = 'admin' | 'mentor' | 'innovator' | 'viewer' | 'judge';

/** The roles, in the order the UI lists them. */
export const ROLES: readonly Role[] = ['admin', 'mentor', 'innovator', 'viewer', 'judge'];

/** Stage of an innovation (tahapan inovasi). */
export type Stage = 'inisiatif' | 'uji-coba' | 'penerapan';

/** The stages, in order. */
export const STAGES: readonly Stage[] = ['inisiatif', 'uji-coba', 'penerapan'];

/** A proposal's workflow status. */
export type ProposalStatus = 'draft' | 'submitted';

export interface RegionsTable {
  id: string;
  code: string;
  name: string;
  /** Default rulebook of new proposals. */
  rulebook_id: string;
  /** The date rules are read at (YYYY-MM-DD); null: today. */
  as_of: string | null;
  /** The region's own overlay rulebook (JSON), or null. */
  overlay: string | null;
  created_at: string;
}

export interface OpdsTable {
  id: string;
  region_id: string;
  name: string;
  created_at: string;
}

export interface UsersTable {
  id: string;
  region_id: string;
  username: string;
  display_name: string;
  role: Role;
  opd_id: string | null;
  /** scrypt hash (`scrypt$N$r$p$salt$hash`); null until the user has set one. */
  password_hash: string | null;
  created_at: string;
}

export interface SetupTokensTable {
  token_hash: string;
  region_id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface SessionsTable {
  /** SHA-256 of the cookie value: a database leak does not leak live sessions. */
  id_hash: string;
  region_id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface InnovationsTable {
  id: string;
  region_id: string;
  opd_id: string;
  title: string;
  stage: Stage;
  started_on: string | null;
  ended_on: string | null;
  urusan: string | null;
  created_at: string;
  updated_at: string;
}

export interface ProposalsTable {
  id: string;
  region_id: string;
  innovation_id: string;
  rulebook_id: string;
  status: ProposalStatus;
  /** Number of the latest version (0: none saved yet). */
  version: number;
  /** Readiness status of the latest version as the server computed it at save time. */
  readiness: string;
  errors: number;
  warnings: number;
  updated_at: string;
  updated_by: string | null;
}

export interface ProposalVersionsTable {
  id: string;
  region_id: string;
  proposal_id: string;
  version: number;
  /** The proposal document (JSON, the core's proposal format). */
  data: string;
  readiness: string;
  errors: number;
  warnings: number;
  created_at: string;
  created_by: string | null;
}

export interface CommentsTable {
  id: string;
  region_id: string;
  proposal_id: string;
  /** Section id of the rulebook (or `general`). */
  section: string;
  body: string;
  author_id: string;
  created_at: string;
}

export interface MentorAssignmentsTable {
  region_id: string;
  mentor_id: string;
  innovation_id: string;
  created_at: string;
}

export interface AuditLogTable {
  id: string;
  region_id: string;
  at: string;
  actor_id: string | null;
  action: string;
  entity: string;
  entity_id: string;
  /** JSON: what changed. */
  detail: string;
}

export interface EvidenceFilesTable {
  id: string;
  region_id: string;
  innovation_id: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  /** The file itself: kept in the database, never under a web root. */
  content: Buffer;
  created_at: string;
  created_by: string | null;
}

/** The whole database. */
export interface Database {
  regions: RegionsTable;
  opds: OpdsTable;
  users: UsersTable;
  setup_tokens: SetupTokensTable;
  sessions: SessionsTable;
  innovations: InnovationsTable;
  proposals: ProposalsTable;
  proposal_versions: ProposalVersionsTable;
  comments: CommentsTable;
  mentor_assignments: MentorAssignmentsTable;
  audit_log: AuditLogTable;
  evidence_files: EvidenceFilesTable;
}
