/**
 * Judging data: competitions, stages, entries, the panel, assignments, declared conflicts and
 * score sheets. Every method is scoped by region, and every write appends its audit row in the
 * same transaction. A sheet saved into a closed stage is refused inside that transaction, so a
 * stage closed a moment earlier is never written to.
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import { auditWriter, type Actor, type Store } from '../storage/store.js';
import type {
  CompetitionJudgesTable,
  CompetitionStagesTable,
  CompetitionsTable,
  JudgingDatabase,
} from './schema.js';

export type Competition = CompetitionsTable;
export type StageState = CompetitionStagesTable;

/** An entry of a competition, with its innovation. */
export interface CompetitionEntry {
  readonly innovation_id: string;
  readonly code: string;
  readonly title: string;
  readonly opd_id: string;
  readonly opd_name: string;
}

/** A judge of a competition, with its account. */
export interface PanelJudge extends Omit<CompetitionJudgesTable, 'affiliations'> {
  readonly username: string;
  readonly display_name: string;
  readonly affiliations: readonly string[];
}

/** A declared conflict. */
export interface DeclaredConflict {
  readonly id: string;
  readonly user_id: string;
  readonly innovation_id: string;
  readonly reason: string;
  readonly declared_by: string | null;
  readonly created_at: string;
}

/** A score value: a number, a labelled point's key or `"n/a"`. */
export type ScoreValue = number | string;

/** One judge's sheet for one entry in one stage. */
export interface StoredSheet {
  readonly stage: string;
  readonly user_id: string;
  readonly innovation_id: string;
  readonly scores: Readonly<Record<string, ScoreValue>>;
  readonly comment: string | null;
  readonly updated_at: string;
}

/** Why a sheet was not saved. */
export type SaveRefusal = 'stage-closed' | 'not-found';

/** The judging store over the desk's database. */
export function createJudgingStore(
  store: Store,
  now: () => string = () => new Date().toISOString(),
) {
  const db = store.kysely as unknown as Kysely<JudgingDatabase>;
  const audit = auditWriter(now);
  /** Inserts one row and its audit row, in one transaction. */
  const insertAudited = <T extends keyof JudgingDatabase>(
    table: T,
    values: Insertable<JudgingDatabase[T]>,
    regionId: string,
    actor: Actor,
    what: { action: string; entity: string; entityId: string; detail: unknown },
  ) =>
    db.transaction().execute(async (tx) => {
      await tx.insertInto(table).values(values).execute();
      await audit(tx, regionId, actor, what.action, what.entity, what.entityId, what.detail);
    });

  return {
    async createCompetition(
      regionId: string,
      input: {
        title: string;
        rulebookId: string;
        overlay: unknown;
        asOf: string;
        seed: string;
        stages: readonly string[];
      },
      actor: Actor,
    ): Promise<Competition> {
      const competition: Competition = {
        id: randomUUID(),
        region_id: regionId,
        title: input.title,
        rulebook_id: input.rulebookId,
        overlay: input.overlay === null ? null : JSON.stringify(input.overlay),
        as_of: input.asOf,
        seed: input.seed,
        published_at: null,
        created_at: now(),
      };
      await db.transaction().execute(async (tx) => {
        await tx.insertInto('competitions').values(competition).execute();
        for (const stage of input.stages)
          await tx
            .insertInto('competition_stages')
            .values({
              competition_id: competition.id,
              region_id: regionId,
              stage,
              closed_at: null,
              closed_by: null,
            })
            .execute();
        await audit(tx, regionId, actor, 'create', 'competition', competition.id, {
          title: input.title,
          rulebook_id: input.rulebookId,
          overlay: input.overlay !== null,
          as_of: input.asOf,
          stages: input.stages,
        });
      });
      return competition;
    },
    getCompetition: (regionId: string, id: string) =>
      db
        .selectFrom('competitions')
        .selectAll()
        .where('region_id', '=', regionId)
        .where('id', '=', id)
        .executeTakeFirst(),
    listCompetitions: (regionId: string) =>
      db
        .selectFrom('competitions')
        .selectAll()
        .where('region_id', '=', regionId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute(),
    listStages: (regionId: string, competitionId: string) =>
      db
        .selectFrom('competition_stages')
        .selectAll()
        .where('region_id', '=', regionId)
        .where('competition_id', '=', competitionId)
        .execute(),

    async addEntries(
      regionId: string,
      competitionId: string,
      entries: readonly { innovationId: string; code: string }[],
      actor: Actor,
    ): Promise<void> {
      await db.transaction().execute(async (tx) => {
        for (const e of entries)
          await tx
            .insertInto('competition_entries')
            .values({
              competition_id: competitionId,
              region_id: regionId,
              innovation_id: e.innovationId,
              code: e.code,
              created_at: now(),
            })
            .execute();
        await audit(tx, regionId, actor, 'add-entries', 'competition', competitionId, {
          entries: entries.map((e) => e.code),
        });
      });
    },
    listEntries: (regionId: string, competitionId: string): Promise<CompetitionEntry[]> =>
      db
        .selectFrom('competition_entries')
        .innerJoin('innovations', 'innovations.id', 'competition_entries.innovation_id')
        .innerJoin('opds', 'opds.id', 'innovations.opd_id')
        .select([
          'competition_entries.innovation_id',
          'competition_entries.code',
          'innovations.title',
          'innovations.opd_id',
          'opds.name as opd_name',
        ])
        .where('competition_entries.region_id', '=', regionId)
        .where('competition_entries.competition_id', '=', competitionId)
        .orderBy('competition_entries.code')
        .execute(),

    async addJudge(
      regionId: string,
      competitionId: string,
      input: {
        userId: string;
        code: string;
        agency: string | null;
        homeRegion: string | null;
        affiliations: readonly string[];
      },
      actor: Actor,
    ): Promise<void> {
      await insertAudited(
        'competition_judges',
        {
          competition_id: competitionId,
          region_id: regionId,
          user_id: input.userId,
          code: input.code,
          agency: input.agency,
          home_region: input.homeRegion,
          affiliations: JSON.stringify(input.affiliations),
          created_at: now(),
        },
        regionId,
        actor,
        {
          action: 'add-judge',
          entity: 'competition',
          entityId: competitionId,
          detail: {
            user_id: input.userId,
            code: input.code,
            agency: input.agency,
            home_region: input.homeRegion,
            affiliations: input.affiliations,
          },
        },
      );
    },
    async listJudges(regionId: string, competitionId: string): Promise<PanelJudge[]> {
      const rows = await db
        .selectFrom('competition_judges')
        .innerJoin('users', 'users.id', 'competition_judges.user_id')
        .selectAll('competition_judges')
        .select(['users.username', 'users.display_name'])
        .where('competition_judges.region_id', '=', regionId)
        .where('competition_judges.competition_id', '=', competitionId)
        .orderBy('competition_judges.code')
        .execute();
      return rows.map((r) => ({ ...r, affiliations: JSON.parse(r.affiliations) as string[] }));
    },
    /** The competitions a user sits on the panel of. */
    async competitionsJudgedBy(regionId: string, userId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('competition_judges')
        .select('competition_id')
        .where('region_id', '=', regionId)
        .where('user_id', '=', userId)
        .execute();
      return rows.map((r) => r.competition_id);
    },

    async assign(
      regionId: string,
      competitionId: string,
      input: { stage: string; userId: string; innovationId: string },
      actor: Actor,
    ): Promise<void> {
      await insertAudited(
        'judge_assignments',
        {
          competition_id: competitionId,
          region_id: regionId,
          stage: input.stage,
          user_id: input.userId,
          innovation_id: input.innovationId,
          created_at: now(),
        },
        regionId,
        actor,
        {
          action: 'assign',
          entity: 'judge',
          entityId: input.userId,
          detail: {
            competition_id: competitionId,
            stage: input.stage,
            innovation_id: input.innovationId,
          },
        },
      );
    },
    listAssignments: (regionId: string, competitionId: string) =>
      db
        .selectFrom('judge_assignments')
        .select(['stage', 'user_id', 'innovation_id'])
        .where('region_id', '=', regionId)
        .where('competition_id', '=', competitionId)
        .execute(),

    async declareConflict(
      regionId: string,
      competitionId: string,
      input: { userId: string; innovationId: string; reason: string },
      actor: Actor,
    ): Promise<void> {
      const id = randomUUID();
      await insertAudited(
        'conflicts',
        {
          id,
          competition_id: competitionId,
          region_id: regionId,
          user_id: input.userId,
          innovation_id: input.innovationId,
          reason: input.reason,
          declared_by: actor,
          created_at: now(),
        },
        regionId,
        actor,
        {
          action: 'declare',
          entity: 'conflict',
          entityId: id,
          detail: {
            competition_id: competitionId,
            user_id: input.userId,
            innovation_id: input.innovationId,
            reason: input.reason,
          },
        },
      );
    },
    listConflicts: (regionId: string, competitionId: string): Promise<DeclaredConflict[]> =>
      db
        .selectFrom('conflicts')
        .select(['id', 'user_id', 'innovation_id', 'reason', 'declared_by', 'created_at'])
        .where('region_id', '=', regionId)
        .where('competition_id', '=', competitionId)
        .orderBy('created_at')
        .orderBy('id')
        .execute(),

    /**
     * Saves a judge's sheet (creating or replacing it) and audits every criterion that changed.
     * Refused when the stage is closed (checked in the same transaction).
     */
    async saveSheet(
      regionId: string,
      competitionId: string,
      input: {
        stage: string;
        userId: string;
        innovationId: string;
        scores: Readonly<Record<string, ScoreValue>>;
        comment: string | null;
      },
      actor: Actor,
    ): Promise<{ ok: true } | { ok: false; refusal: SaveRefusal }> {
      return db.transaction().execute(async (tx) => {
        const stage = await tx
          .selectFrom('competition_stages')
          .select(['closed_at'])
          .where('region_id', '=', regionId)
          .where('competition_id', '=', competitionId)
          .where('stage', '=', input.stage)
          .executeTakeFirst();
        if (!stage) return { ok: false, refusal: 'not-found' as const };
        if (stage.closed_at !== null) return { ok: false, refusal: 'stage-closed' as const };
        const key = (q: ReturnType<typeof tx.selectFrom<'score_sheets'>>) =>
          q
            .where('region_id', '=', regionId)
            .where('competition_id', '=', competitionId)
            .where('stage', '=', input.stage)
            .where('user_id', '=', input.userId)
            .where('innovation_id', '=', input.innovationId);
        const before = await key(tx.selectFrom('score_sheets'))
          .select(['scores', 'comment'])
          .executeTakeFirst();
        const old = before ? (JSON.parse(before.scores) as Record<string, ScoreValue>) : {};
        const changes: Record<string, { from: ScoreValue | null; to: ScoreValue | null }> = {};
        for (const criterion of new Set([...Object.keys(old), ...Object.keys(input.scores)])) {
          const from = old[criterion] ?? null;
          const to = input.scores[criterion] ?? null;
          if (from !== to) changes[criterion] = { from, to };
        }
        const commentChanged = (before?.comment ?? null) !== input.comment;
        if (before && Object.keys(changes).length === 0 && !commentChanged) return { ok: true };
        const at = now();
        const values = {
          scores: JSON.stringify(input.scores),
          comment: input.comment,
          updated_at: at,
        };
        if (before)
          await tx
            .updateTable('score_sheets')
            .set(values)
            .where('region_id', '=', regionId)
            .where('competition_id', '=', competitionId)
            .where('stage', '=', input.stage)
            .where('user_id', '=', input.userId)
            .where('innovation_id', '=', input.innovationId)
            .execute();
        else
          await tx
            .insertInto('score_sheets')
            .values({
              competition_id: competitionId,
              region_id: regionId,
              stage: input.stage,
              user_id: input.userId,
              innovation_id: input.innovationId,
              ...values,
            })
            .execute();
        await audit(tx, regionId, actor, 'score', 'score-sheet', competitionId, {
          stage: input.stage,
          judge: input.userId,
          innovation_id: input.innovationId,
          changes,
          ...(commentChanged ? { comment: true } : {}),
        });
        return { ok: true };
      });
    },
    async listSheets(regionId: string, competitionId: string): Promise<StoredSheet[]> {
      const rows = await db
        .selectFrom('score_sheets')
        .select(['stage', 'user_id', 'innovation_id', 'scores', 'comment', 'updated_at'])
        .where('region_id', '=', regionId)
        .where('competition_id', '=', competitionId)
        .execute();
      return rows.map((r) => ({
        ...r,
        scores: JSON.parse(r.scores) as Record<string, ScoreValue>,
      }));
    },

    async closeStage(
      regionId: string,
      competitionId: string,
      stage: string,
      actor: Actor,
    ): Promise<boolean> {
      return db.transaction().execute(async (tx) => {
        const closed = await tx
          .updateTable('competition_stages')
          .set({ closed_at: now(), closed_by: actor })
          .where('region_id', '=', regionId)
          .where('competition_id', '=', competitionId)
          .where('stage', '=', stage)
          .where('closed_at', 'is', null)
          .executeTakeFirst();
        if (Number(closed.numUpdatedRows) === 0) return false;
        await audit(tx, regionId, actor, 'close-stage', 'competition', competitionId, { stage });
        return true;
      });
    },
    async publish(regionId: string, competitionId: string, actor: Actor): Promise<void> {
      await db.transaction().execute(async (tx) => {
        await tx
          .updateTable('competitions')
          .set({ published_at: now() })
          .where('region_id', '=', regionId)
          .where('id', '=', competitionId)
          .execute();
        await audit(tx, regionId, actor, 'publish', 'competition', competitionId, {});
      });
    },
  };
}

/** The judging store. */
export type JudgingStore = ReturnType<typeof createJudgingStore>;
