/**
 * The storage interface of the desk, and its one implementation over Kysely. The SQLite and
 * PostgreSQL back ends (`sqlite.ts`, `postgres.ts`) differ only in the Kysely dialect they hand
 * to {@link createKyselyStore}. Every method is scoped by region, and every write appends to the
 * audit log in the same transaction: a write without its audit row cannot happen.
 *
 * @module
 */
import { createHash, randomUUID } from 'node:crypto';
import { Migrator, type Kysely, type Transaction } from 'kysely';
import { migrationProvider, type Dialect } from './migrations.js';
import type {
  Database,
  InnovationsTable,
  OpdsTable,
  ProposalStatus,
  ProposalsTable,
  RegionsTable,
  Role,
  Stage,
  UsersTable,
} from './schema.js';

export type Region = RegionsTable;
export type Opd = OpdsTable;
export type User = UsersTable;
export type Innovation = InnovationsTable;
export type Proposal = ProposalsTable;

/** A proposal row with its innovation's title and OPD. */
export interface ProposalRow extends Proposal {
  readonly title: string;
  readonly opd_id: string;
  readonly opd_name: string;
}

export interface ProposalVersion {
  readonly id: string;
  readonly version: number;
  readonly data: unknown;
  readonly readiness: string;
  readonly errors: number;
  readonly warnings: number;
  readonly created_at: string;
  readonly created_by: string | null;
  readonly author: string | null;
}

export interface Comment {
  readonly id: string;
  readonly proposal_id: string;
  readonly section: string;
  readonly body: string;
  readonly author_id: string;
  readonly author: string;
  readonly created_at: string;
}

export interface AuditEntry {
  readonly id: string;
  readonly at: string;
  readonly actor_id: string | null;
  readonly action: string;
  readonly entity: string;
  readonly entity_id: string;
  readonly detail: unknown;
}

/** An evidence file's metadata (without its bytes). */
export interface EvidenceFile {
  readonly id: string;
  readonly innovation_id: string;
  readonly file_name: string;
  readonly media_type: string;
  readonly size_bytes: number;
  readonly sha256: string;
  readonly created_at: string;
  readonly created_by: string | null;
}

/** A session with its user. */
export interface SessionWithUser {
  readonly region_id: string;
  readonly csrf_token: string;
  readonly expires_at: string;
  readonly user: User;
}

/** Who does a write (null: the system, e.g. the demo seed or the first start). */
export type Actor = string | null;

/** A readiness summary as stored with a proposal version. */
export interface Readiness {
  readonly status: string;
  readonly errors: number;
  readonly warnings: number;
}

/** Filters of {@link Store.listProposals}. */
export interface ProposalFilter {
  readonly opdId?: string;
  /** Only proposals of these innovations (a mentor's assignments). */
  readonly innovationIds?: readonly string[];
}

/** The narrow storage interface the desk's routes use. */
export interface Store {
  readonly dialect: Dialect;
  /** The Kysely instance, for modules that keep their own tables (`judging/store.ts`). */
  readonly kysely: Kysely<Database>;
  /** Applies pending migrations. */
  migrate(): Promise<void>;
  close(): Promise<void>;

  createRegion(
    input: {
      code: string;
      name: string;
      rulebookId: string;
      asOf?: string | null;
      overlay?: string | null;
    },
    actor: Actor,
  ): Promise<Region>;
  getRegion(id: string): Promise<Region | undefined>;
  getRegionByCode(code: string): Promise<Region | undefined>;
  listRegions(): Promise<Region[]>;

  createOpd(regionId: string, name: string, actor: Actor): Promise<Opd>;
  listOpds(regionId: string): Promise<Opd[]>;
  getOpd(regionId: string, id: string): Promise<Opd | undefined>;

  createUser(
    regionId: string,
    input: {
      username: string;
      displayName: string;
      role: Role;
      opdId?: string | null;
      passwordHash?: string | null;
    },
    actor: Actor,
  ): Promise<User>;
  getUserByUsername(username: string): Promise<User | undefined>;
  getUser(regionId: string, id: string): Promise<User | undefined>;
  listUsers(regionId: string): Promise<User[]>;
  setPassword(regionId: string, userId: string, passwordHash: string, actor: Actor): Promise<void>;

  createSetupToken(
    regionId: string,
    userId: string,
    tokenHash: string,
    expiresAt: string,
  ): Promise<void>;
  /** Marks a valid, unused, unexpired token used and returns its user; undefined otherwise. */
  consumeSetupToken(tokenHash: string, now: string): Promise<User | undefined>;
  /** An unused, unexpired token's user (without consuming it). */
  peekSetupToken(tokenHash: string, now: string): Promise<User | undefined>;

  createSession(input: {
    idHash: string;
    regionId: string;
    userId: string;
    csrfToken: string;
    expiresAt: string;
  }): Promise<void>;
  getSession(idHash: string, now: string): Promise<SessionWithUser | undefined>;
  deleteSession(idHash: string): Promise<void>;

  createInnovation(
    regionId: string,
    input: {
      opdId: string;
      title: string;
      stage: Stage;
      startedOn?: string | null;
      endedOn?: string | null;
      urusan?: string | null;
    },
    actor: Actor,
  ): Promise<Innovation>;
  updateInnovation(
    regionId: string,
    id: string,
    input: {
      title: string;
      stage: Stage;
      startedOn: string | null;
      endedOn: string | null;
      urusan: string | null;
    },
    actor: Actor,
  ): Promise<Innovation | undefined>;
  getInnovation(regionId: string, id: string): Promise<Innovation | undefined>;
  listInnovations(
    regionId: string,
    filter?: ProposalFilter,
  ): Promise<(Innovation & { opd_name: string })[]>;

  createProposal(
    regionId: string,
    input: { innovationId: string; rulebookId: string; data: unknown; readiness: Readiness },
    actor: Actor,
  ): Promise<Proposal>;
  getProposal(regionId: string, id: string): Promise<ProposalRow | undefined>;
  listProposals(regionId: string, filter?: ProposalFilter): Promise<ProposalRow[]>;
  /** Appends a version and moves the proposal to it, atomically. Returns the new version number. */
  saveProposal(
    regionId: string,
    id: string,
    input: { data: unknown; readiness: Readiness; status?: ProposalStatus },
    actor: Actor,
  ): Promise<number | undefined>;
  listVersions(regionId: string, proposalId: string): Promise<ProposalVersion[]>;
  getLatestVersion(regionId: string, proposalId: string): Promise<ProposalVersion | undefined>;

  addComment(
    regionId: string,
    input: { proposalId: string; section: string; body: string },
    actor: string,
  ): Promise<Comment>;
  listComments(regionId: string, proposalId: string): Promise<Comment[]>;

  assignMentor(
    regionId: string,
    mentorId: string,
    innovationId: string,
    actor: Actor,
  ): Promise<void>;
  listAssignedInnovationIds(regionId: string, mentorId: string): Promise<string[]>;

  listAudit(regionId: string, limit?: number): Promise<AuditEntry[]>;

  addEvidence(
    regionId: string,
    input: { innovationId: string; fileName: string; mediaType: string; content: Buffer },
    actor: Actor,
  ): Promise<EvidenceFile>;
  listEvidence(regionId: string, innovationId: string): Promise<EvidenceFile[]>;
  getEvidence(
    regionId: string,
    id: string,
  ): Promise<(EvidenceFile & { content: Buffer }) | undefined>;
}

/** Options of {@link createKyselyStore}. */
export interface KyselyStoreOptions {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  /** The clock (ISO timestamp); tests may pin it. */
  readonly now?: () => string;
  /** Runs before `close` releases the dialect (e.g. stopping an embedded server). */
  readonly onClose?: () => Promise<void>;
}

type Tx = Transaction<Database> | Kysely<Database>;

const EVIDENCE_COLUMNS = [
  'id',
  'innovation_id',
  'file_name',
  'media_type',
  'size_bytes',
  'sha256',
  'created_at',
  'created_by',
] as const;

/** When this process started, base 36 (ids written after a restart sort after earlier ones). */
const AUDIT_EPOCH = Date.now().toString(36).padStart(9, '0');
let auditSequence = 0;

/**
 * An audit row's id, which sorts in the order this process wrote its rows: the log lists rows by
 * time and then by id, and two writes in one millisecond (two score changes in a row) came out in
 * a random order under random UUIDs. A random tail keeps ids of processes started in the same
 * millisecond apart.
 */
export function auditId(): string {
  auditSequence += 1;
  return `${AUDIT_EPOCH}-${auditSequence.toString(36).padStart(9, '0')}-${randomUUID()}`;
}

/** Appends one audit row (inside the caller's transaction, so a write never lacks its row). */
export async function appendAudit(
  tx: Tx,
  row: {
    at: string;
    regionId: string;
    actor: Actor;
    action: string;
    entity: string;
    entityId: string;
    detail: unknown;
  },
): Promise<void> {
  await tx
    .insertInto('audit_log')
    .values({
      id: auditId(),
      region_id: row.regionId,
      at: row.at,
      actor_id: row.actor,
      action: row.action,
      entity: row.entity,
      entity_id: row.entityId,
      detail: JSON.stringify(row.detail),
    })
    .execute();
}

/**
 * An audit writer on a clock, for the stores (judging, index) whose tables extend the desk's
 * database: each writes its audit row through {@link appendAudit}, inside its own transaction.
 */
export const auditWriter =
  (now: () => string) =>
  <DB>(
    tx: Transaction<DB> | Kysely<DB>,
    regionId: string,
    actor: Actor,
    action: string,
    entity: string,
    entityId: string,
    detail: unknown,
  ): Promise<void> =>
    appendAudit(tx as unknown as Tx, {
      at: now(),
      regionId,
      actor,
      action,
      entity,
      entityId,
      detail,
    });

/** Builds the store over a Kysely instance. */
export function createKyselyStore(options: KyselyStoreOptions): Store {
  const { db, dialect } = options;
  const now = options.now ?? (() => new Date().toISOString());

  const audit = auditWriter(now);

  const proposalRows = (tx: Tx, regionId: string) =>
    tx
      .selectFrom('proposals')
      .innerJoin('innovations', 'innovations.id', 'proposals.innovation_id')
      .innerJoin('opds', 'opds.id', 'innovations.opd_id')
      .selectAll('proposals')
      .select(['innovations.title', 'innovations.opd_id', 'opds.name as opd_name'])
      .where('proposals.region_id', '=', regionId);

  const versionRows = (regionId: string, proposalId: string) =>
    db
      .selectFrom('proposal_versions')
      .leftJoin('users', 'users.id', 'proposal_versions.created_by')
      .select([
        'proposal_versions.id',
        'proposal_versions.version',
        'proposal_versions.data',
        'proposal_versions.readiness',
        'proposal_versions.errors',
        'proposal_versions.warnings',
        'proposal_versions.created_at',
        'proposal_versions.created_by',
        'users.display_name as author',
      ])
      .where('proposal_versions.region_id', '=', regionId)
      .where('proposal_versions.proposal_id', '=', proposalId);

  const toVersion = (r: {
    id: string;
    version: number;
    data: string;
    readiness: string;
    errors: number;
    warnings: number;
    created_at: string;
    created_by: string | null;
    author: string | null;
  }): ProposalVersion => ({
    ...r,
    data: JSON.parse(r.data) as unknown,
  });

  return {
    dialect,
    kysely: db,
    async migrate() {
      const migrator = new Migrator({ db, provider: migrationProvider(dialect) });
      const { error } = await migrator.migrateToLatest();
      if (error !== undefined)
        throw error instanceof Error ? error : new Error('migration failed', { cause: error });
    },
    async close() {
      await db.destroy();
      await options.onClose?.();
    },

    async createRegion(input, actor) {
      const region: Region = {
        id: randomUUID(),
        code: input.code,
        name: input.name,
        rulebook_id: input.rulebookId,
        as_of: input.asOf ?? null,
        overlay: input.overlay ?? null,
        created_at: now(),
      };
      await db.transaction().execute(async (tx) => {
        await tx.insertInto('regions').values(region).execute();
        await audit(tx, region.id, actor, 'create', 'region', region.id, {
          code: region.code,
          name: region.name,
          rulebook_id: region.rulebook_id,
        });
      });
      return region;
    },
    getRegion: (id) => db.selectFrom('regions').selectAll().where('id', '=', id).executeTakeFirst(),
    getRegionByCode: (code) =>
      db.selectFrom('regions').selectAll().where('code', '=', code).executeTakeFirst(),
    listRegions: () => db.selectFrom('regions').selectAll().orderBy('code').execute(),

    async createOpd(regionId, name, actor) {
      const opd: Opd = { id: randomUUID(), region_id: regionId, name, created_at: now() };
      await db.transaction().execute(async (tx) => {
        await tx.insertInto('opds').values(opd).execute();
        await audit(tx, regionId, actor, 'create', 'opd', opd.id, { name });
      });
      return opd;
    },
    listOpds: (regionId) =>
      db.selectFrom('opds').selectAll().where('region_id', '=', regionId).orderBy('name').execute(),
    getOpd: (regionId, id) =>
      db
        .selectFrom('opds')
        .selectAll()
        .where('region_id', '=', regionId)
        .where('id', '=', id)
        .executeTakeFirst(),

    async createUser(regionId, input, actor) {
      const user: User = {
        id: randomUUID(),
        region_id: regionId,
        username: input.username,
        display_name: input.displayName,
        role: input.role,
        opd_id: input.opdId ?? null,
        password_hash: input.passwordHash ?? null,
        created_at: now(),
      };
      await db.transaction().execute(async (tx) => {
        await tx.insertInto('users').values(user).execute();
        await audit(tx, regionId, actor, 'create', 'user', user.id, {
          username: user.username,
          role: user.role,
          opd_id: user.opd_id,
        });
      });
      return user;
    },
    getUserByUsername: (username) =>
      db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst(),
    getUser: (regionId, id) =>
      db
        .selectFrom('users')
        .selectAll()
        .where('region_id', '=', regionId)
        .where('id', '=', id)
        .executeTakeFirst(),
    listUsers: (regionId) =>
      db
        .selectFrom('users')
        .selectAll()
        .where('region_id', '=', regionId)
        .orderBy('username')
        .execute(),
    async setPassword(regionId, userId, passwordHash, actor) {
      await db.transaction().execute(async (tx) => {
        await tx
          .updateTable('users')
          .set({ password_hash: passwordHash })
          .where('region_id', '=', regionId)
          .where('id', '=', userId)
          .execute();
        // sign out everywhere: a new password ends the old sessions
        await tx.deleteFrom('sessions').where('user_id', '=', userId).execute();
        await audit(tx, regionId, actor, 'set-password', 'user', userId, {});
      });
    },

    async createSetupToken(regionId, userId, tokenHash, expiresAt) {
      await db.transaction().execute(async (tx) => {
        await tx
          .insertInto('setup_tokens')
          .values({
            token_hash: tokenHash,
            region_id: regionId,
            user_id: userId,
            created_at: now(),
            expires_at: expiresAt,
            used_at: null,
          })
          .execute();
        await audit(tx, regionId, null, 'create', 'setup-token', userId, { expires_at: expiresAt });
      });
    },
    async peekSetupToken(tokenHash, at) {
      const row = await db
        .selectFrom('setup_tokens')
        .innerJoin('users', 'users.id', 'setup_tokens.user_id')
        .selectAll('users')
        .where('setup_tokens.token_hash', '=', tokenHash)
        .where('setup_tokens.used_at', 'is', null)
        .where('setup_tokens.expires_at', '>', at)
        .executeTakeFirst();
      return row;
    },
    async consumeSetupToken(tokenHash, at) {
      return db.transaction().execute(async (tx) => {
        const updated = await tx
          .updateTable('setup_tokens')
          .set({ used_at: at })
          .where('token_hash', '=', tokenHash)
          .where('used_at', 'is', null)
          .where('expires_at', '>', at)
          .returning(['user_id', 'region_id'])
          .executeTakeFirst();
        if (!updated) return undefined;
        await audit(
          tx,
          updated.region_id,
          updated.user_id,
          'use',
          'setup-token',
          updated.user_id,
          {},
        );
        return tx
          .selectFrom('users')
          .selectAll()
          .where('id', '=', updated.user_id)
          .executeTakeFirst();
      });
    },

    async createSession(input) {
      await db
        .insertInto('sessions')
        .values({
          id_hash: input.idHash,
          region_id: input.regionId,
          user_id: input.userId,
          csrf_token: input.csrfToken,
          created_at: now(),
          expires_at: input.expiresAt,
        })
        .execute();
    },
    async getSession(idHash, at) {
      const row = await db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .selectAll('users')
        .select([
          'sessions.region_id as session_region',
          'sessions.csrf_token',
          'sessions.expires_at',
        ])
        .where('sessions.id_hash', '=', idHash)
        .where('sessions.expires_at', '>', at)
        .executeTakeFirst();
      if (!row) return undefined;
      const { session_region, csrf_token, expires_at, ...user } = row;
      return { region_id: session_region, csrf_token, expires_at, user };
    },
    async deleteSession(idHash) {
      await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    },

    async createInnovation(regionId, input, actor) {
      const at = now();
      const innovation: Innovation = {
        id: randomUUID(),
        region_id: regionId,
        opd_id: input.opdId,
        title: input.title,
        stage: input.stage,
        started_on: input.startedOn ?? null,
        ended_on: input.endedOn ?? null,
        urusan: input.urusan ?? null,
        created_at: at,
        updated_at: at,
      };
      await db.transaction().execute(async (tx) => {
        await tx.insertInto('innovations').values(innovation).execute();
        await audit(tx, regionId, actor, 'create', 'innovation', innovation.id, {
          title: innovation.title,
          opd_id: innovation.opd_id,
          stage: innovation.stage,
        });
      });
      return innovation;
    },
    async updateInnovation(regionId, id, input, actor) {
      return db.transaction().execute(async (tx) => {
        const before = await tx
          .selectFrom('innovations')
          .selectAll()
          .where('region_id', '=', regionId)
          .where('id', '=', id)
          .executeTakeFirst();
        if (!before) return undefined;
        const after: Innovation = {
          ...before,
          title: input.title,
          stage: input.stage,
          started_on: input.startedOn,
          ended_on: input.endedOn,
          urusan: input.urusan,
          updated_at: now(),
        };
        await tx
          .updateTable('innovations')
          .set({
            title: after.title,
            stage: after.stage,
            started_on: after.started_on,
            ended_on: after.ended_on,
            urusan: after.urusan,
            updated_at: after.updated_at,
          })
          .where('id', '=', id)
          .execute();
        const changed: Record<string, { from: unknown; to: unknown }> = {};
        for (const key of ['title', 'stage', 'started_on', 'ended_on', 'urusan'] as const)
          if (before[key] !== after[key]) changed[key] = { from: before[key], to: after[key] };
        await audit(tx, regionId, actor, 'update', 'innovation', id, changed);
        return after;
      });
    },
    getInnovation: (regionId, id) =>
      db
        .selectFrom('innovations')
        .selectAll()
        .where('region_id', '=', regionId)
        .where('id', '=', id)
        .executeTakeFirst(),
    async listInnovations(regionId, filter = {}) {
      let q = db
        .selectFrom('innovations')
        .innerJoin('opds', 'opds.id', 'innovations.opd_id')
        .selectAll('innovations')
        .select('opds.name as opd_name')
        .where('innovations.region_id', '=', regionId);
      if (filter.opdId !== undefined) q = q.where('innovations.opd_id', '=', filter.opdId);
      if (filter.innovationIds !== undefined) {
        if (filter.innovationIds.length === 0) return [];
        q = q.where('innovations.id', 'in', [...filter.innovationIds]);
      }
      return q.orderBy('innovations.title').execute();
    },

    async createProposal(regionId, input, actor) {
      const at = now();
      const proposal: Proposal = {
        id: randomUUID(),
        region_id: regionId,
        innovation_id: input.innovationId,
        rulebook_id: input.rulebookId,
        status: 'draft',
        version: 1,
        readiness: input.readiness.status,
        errors: input.readiness.errors,
        warnings: input.readiness.warnings,
        updated_at: at,
        updated_by: actor,
      };
      await db.transaction().execute(async (tx) => {
        await tx.insertInto('proposals').values(proposal).execute();
        await tx
          .insertInto('proposal_versions')
          .values({
            id: randomUUID(),
            region_id: regionId,
            proposal_id: proposal.id,
            version: 1,
            data: JSON.stringify(input.data),
            readiness: input.readiness.status,
            errors: input.readiness.errors,
            warnings: input.readiness.warnings,
            created_at: at,
            created_by: actor,
          })
          .execute();
        await audit(tx, regionId, actor, 'create', 'proposal', proposal.id, {
          innovation_id: input.innovationId,
          rulebook_id: input.rulebookId,
          readiness: input.readiness,
        });
      });
      return proposal;
    },
    async getProposal(regionId, id) {
      const row = await proposalRows(db, regionId)
        .where('proposals.id', '=', id)
        .executeTakeFirst();
      return row;
    },
    async listProposals(regionId, filter = {}) {
      let q = proposalRows(db, regionId);
      if (filter.opdId !== undefined) q = q.where('innovations.opd_id', '=', filter.opdId);
      if (filter.innovationIds !== undefined) {
        if (filter.innovationIds.length === 0) return [];
        q = q.where('innovations.id', 'in', [...filter.innovationIds]);
      }
      const rows = await q.orderBy('innovations.title').orderBy('proposals.id').execute();
      return rows;
    },
    async saveProposal(regionId, id, input, actor) {
      return db.transaction().execute(async (tx) => {
        const at = now();
        // the update takes the row lock (PostgreSQL) so concurrent saves get distinct numbers
        const moved = await tx
          .updateTable('proposals')
          .set((eb) => ({
            version: eb('version', '+', 1),
            readiness: input.readiness.status,
            errors: input.readiness.errors,
            warnings: input.readiness.warnings,
            updated_at: at,
            updated_by: actor,
            ...(input.status !== undefined ? { status: input.status } : {}),
          }))
          .where('region_id', '=', regionId)
          .where('id', '=', id)
          .returning(['version'])
          .executeTakeFirst();
        if (!moved) return undefined;
        const { version } = moved;
        await tx
          .insertInto('proposal_versions')
          .values({
            id: randomUUID(),
            region_id: regionId,
            proposal_id: id,
            version,
            data: JSON.stringify(input.data),
            readiness: input.readiness.status,
            errors: input.readiness.errors,
            warnings: input.readiness.warnings,
            created_at: at,
            created_by: actor,
          })
          .execute();
        await audit(tx, regionId, actor, 'save', 'proposal', id, {
          version,
          readiness: input.readiness,
          ...(input.status !== undefined ? { status: input.status } : {}),
        });
        return version;
      });
    },
    async listVersions(regionId, proposalId) {
      const rows = await versionRows(regionId, proposalId)
        .orderBy('proposal_versions.version', 'desc')
        .execute();
      return rows.map(toVersion);
    },
    async getLatestVersion(regionId, proposalId) {
      const row = await versionRows(regionId, proposalId)
        .orderBy('proposal_versions.version', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row && toVersion(row);
    },

    async addComment(regionId, input, actor) {
      const row = {
        id: randomUUID(),
        region_id: regionId,
        proposal_id: input.proposalId,
        section: input.section,
        body: input.body,
        author_id: actor,
        created_at: now(),
      };
      await db.transaction().execute(async (tx) => {
        await tx.insertInto('comments').values(row).execute();
        await audit(tx, regionId, actor, 'create', 'comment', row.id, {
          proposal_id: input.proposalId,
          section: input.section,
        });
      });
      const author = await db
        .selectFrom('users')
        .select('display_name')
        .where('id', '=', actor)
        .executeTakeFirst();
      return { ...row, author: author?.display_name ?? '' };
    },
    listComments: (regionId, proposalId) =>
      db
        .selectFrom('comments')
        .innerJoin('users', 'users.id', 'comments.author_id')
        .select([
          'comments.id',
          'comments.proposal_id',
          'comments.section',
          'comments.body',
          'comments.author_id',
          'comments.created_at',
          'users.display_name as author',
        ])
        .where('comments.region_id', '=', regionId)
        .where('comments.proposal_id', '=', proposalId)
        .orderBy('comments.created_at')
        .orderBy('comments.id')
        .execute(),

    async assignMentor(regionId, mentorId, innovationId, actor) {
      await db.transaction().execute(async (tx) => {
        await tx
          .insertInto('mentor_assignments')
          .values({
            region_id: regionId,
            mentor_id: mentorId,
            innovation_id: innovationId,
            created_at: now(),
          })
          .execute();
        await audit(tx, regionId, actor, 'assign', 'mentor', mentorId, {
          innovation_id: innovationId,
        });
      });
    },
    async listAssignedInnovationIds(regionId, mentorId) {
      const rows = await db
        .selectFrom('mentor_assignments')
        .select('innovation_id')
        .where('region_id', '=', regionId)
        .where('mentor_id', '=', mentorId)
        .execute();
      return rows.map((r) => r.innovation_id);
    },

    async addEvidence(regionId, input, actor) {
      const row = {
        id: randomUUID(),
        region_id: regionId,
        innovation_id: input.innovationId,
        file_name: input.fileName,
        media_type: input.mediaType,
        size_bytes: input.content.length,
        sha256: createHash('sha256').update(input.content).digest('hex'),
        created_at: now(),
        created_by: actor,
      };
      await db.transaction().execute(async (tx) => {
        await tx
          .insertInto('evidence_files')
          .values({ ...row, content: input.content })
          .execute();
        await audit(tx, regionId, actor, 'upload', 'evidence', row.id, {
          innovation_id: row.innovation_id,
          file_name: row.file_name,
          media_type: row.media_type,
          size_bytes: row.size_bytes,
          sha256: row.sha256,
        });
      });
      const { region_id: _r, ...file } = row;
      return file;
    },
    listEvidence: (regionId, innovationId) =>
      db
        .selectFrom('evidence_files')
        .select(EVIDENCE_COLUMNS)
        .where('region_id', '=', regionId)
        .where('innovation_id', '=', innovationId)
        .orderBy('created_at')
        .orderBy('id')
        .execute(),
    async getEvidence(regionId, id) {
      const row = await db
        .selectFrom('evidence_files')
        .select([...EVIDENCE_COLUMNS, 'content'])
        .where('region_id', '=', regionId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && { ...row, content: Buffer.from(row.content) };
    },

    async listAudit(regionId, limit = 200) {
      const rows = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('region_id', '=', regionId)
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(({ region_id: _r, detail, ...rest }) => ({
        ...rest,
        detail: JSON.parse(detail) as unknown,
      }));
    },
  };
}
