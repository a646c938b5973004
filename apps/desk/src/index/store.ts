/**
 * Storage of the index pages: a region's IID reports, the innovations each reports, every
 * answer with its evidence and verification, and the incentive data per edition. Every method
 * is scoped by region; every write appends its audit row in the same transaction.
 *
 * A changed claim (another level or other evidence) goes back to `claimed`: what the admin
 * verified was the old answer.
 *
 * @module
 */
import type { Kysely, Transaction } from 'kysely';
import { auditWriter, type Actor, type Store } from '../storage/store.js';
import type {
  AnswerStatus,
  IidAnswersTable,
  IidEntriesTable,
  IidReportsTable,
  IndexDatabase,
} from './schema.js';

export type IidReport = IidReportsTable;
export type IidAnswer = IidAnswersTable;

/** An innovation reported to an edition, with its registry fields. */
export interface IidEntry extends IidEntriesTable {
  readonly title: string;
  readonly opd_id: string;
  readonly opd_name: string;
  readonly stage: string;
}

/** The subject of the region's own (SPD) answers. */
export const SPD_SUBJECT = 'spd';

/** One answer as a form sends it. */
export interface AnswerInput {
  readonly row: string;
  readonly level: number;
  readonly evidence: string | null;
  /** An evidence file of the innovation; null clears it; left out keeps the one stored. */
  readonly evidenceFileId?: string | null;
}

/** The IID fields of an innovation as a form sends them. */
export interface EntryInput {
  readonly urusan: string;
  readonly form: string | null;
  readonly digital: boolean | null;
  readonly implementationDate: string | null;
  readonly rancangBangunWords: number | null;
}

type Tx = Transaction<IndexDatabase> | Kysely<IndexDatabase>;

/** The index storage over the desk's store. */
export interface IndexStore {
  listReports(regionId: string): Promise<IidReport[]>;
  getReport(regionId: string, edition: string): Promise<IidReport | undefined>;
  saveReport(
    regionId: string,
    edition: string,
    input: { kind: string | null; code: string | null },
    actor: Actor,
  ): Promise<void>;
  listEntries(regionId: string, edition: string): Promise<IidEntry[]>;
  saveEntry(
    regionId: string,
    edition: string,
    innovationId: string,
    input: EntryInput,
    actor: Actor,
  ): Promise<void>;
  listAnswers(regionId: string, edition: string, subject?: string): Promise<IidAnswer[]>;
  /** Upserts answers of one subject; returns the rows whose claim changed. */
  saveAnswers(
    regionId: string,
    edition: string,
    subject: string,
    answers: readonly AnswerInput[],
    actor: Actor,
  ): Promise<string[]>;
  /** Sets the verification of answers (`rows` empty: every answer of the subject). */
  verify(
    regionId: string,
    edition: string,
    subject: string,
    rows: readonly string[],
    status: AnswerStatus,
    reason: string | null,
    actor: Actor,
  ): Promise<number>;
  /** Sets the verification of a whole innovation. */
  verifyEntry(
    regionId: string,
    edition: string,
    innovationId: string,
    status: AnswerStatus,
    reason: string | null,
    actor: Actor,
  ): Promise<boolean>;
  listIncentive(
    regionId: string,
  ): Promise<{ edition: string; data: unknown; updated_at: string }[]>;
  saveIncentive(regionId: string, edition: string, data: unknown, actor: Actor): Promise<void>;
}

/** Builds the index storage over the desk's store (its Kysely instance and clock). */
export function createIndexStore(
  store: Store,
  now: () => string = () => new Date().toISOString(),
): IndexStore {
  const db = store.kysely as unknown as Kysely<IndexDatabase>;

  const audit = auditWriter(now);

  const touchReport = async (tx: Tx, regionId: string, edition: string, at: string) => {
    await tx
      .insertInto('iid_reports')
      .values({
        region_id: regionId,
        edition,
        region_kind: null,
        region_code: null,
        created_at: at,
        updated_at: at,
      })
      .onConflict((oc) => oc.columns(['region_id', 'edition']).doUpdateSet({ updated_at: at }))
      .execute();
  };

  return {
    listReports: (regionId) =>
      db
        .selectFrom('iid_reports')
        .selectAll()
        .where('region_id', '=', regionId)
        .orderBy('edition')
        .execute(),
    getReport: (regionId, edition) =>
      db
        .selectFrom('iid_reports')
        .selectAll()
        .where('region_id', '=', regionId)
        .where('edition', '=', edition)
        .executeTakeFirst(),
    async saveReport(regionId, edition, input, actor) {
      const at = now();
      await db.transaction().execute(async (tx) => {
        await touchReport(tx, regionId, edition, at);
        await tx
          .updateTable('iid_reports')
          .set({ region_kind: input.kind, region_code: input.code })
          .where('region_id', '=', regionId)
          .where('edition', '=', edition)
          .execute();
        await audit(tx, regionId, actor, 'save', 'iid-report', edition, input);
      });
    },
    listEntries: (regionId, edition) =>
      db
        .selectFrom('iid_entries')
        .innerJoin('innovations', 'innovations.id', 'iid_entries.innovation_id')
        .innerJoin('opds', 'opds.id', 'innovations.opd_id')
        .selectAll('iid_entries')
        .select([
          'innovations.title',
          'innovations.opd_id',
          'innovations.stage',
          'opds.name as opd_name',
        ])
        .where('iid_entries.region_id', '=', regionId)
        .where('iid_entries.edition', '=', edition)
        .orderBy('innovations.title')
        .execute(),
    async saveEntry(regionId, edition, innovationId, input, actor) {
      const at = now();
      const values = {
        urusan: input.urusan,
        form: input.form,
        digital: input.digital === null ? null : input.digital ? 1 : 0,
        implementation_date: input.implementationDate,
        rancang_bangun_words: input.rancangBangunWords,
        updated_at: at,
        updated_by: actor,
      };
      await db.transaction().execute(async (tx) => {
        await touchReport(tx, regionId, edition, at);
        await tx
          .insertInto('iid_entries')
          .values({
            region_id: regionId,
            edition,
            innovation_id: innovationId,
            status: 'claimed',
            reason: null,
            ...values,
          })
          .onConflict((oc) =>
            oc.columns(['region_id', 'edition', 'innovation_id']).doUpdateSet(values),
          )
          .execute();
        await audit(tx, regionId, actor, 'save', 'iid-entry', innovationId, { edition, ...input });
      });
    },
    async listAnswers(regionId, edition, subject) {
      let q = db
        .selectFrom('iid_answers')
        .selectAll()
        .where('region_id', '=', regionId)
        .where('edition', '=', edition);
      if (subject !== undefined) q = q.where('subject', '=', subject);
      return q.orderBy('subject').orderBy('row_id').execute();
    },
    async saveAnswers(regionId, edition, subject, answers, actor) {
      const at = now();
      return db.transaction().execute(async (tx) => {
        await touchReport(tx, regionId, edition, at);
        const before = new Map(
          (
            await tx
              .selectFrom('iid_answers')
              .selectAll()
              .where('region_id', '=', regionId)
              .where('edition', '=', edition)
              .where('subject', '=', subject)
              .execute()
          ).map((a) => [a.row_id, a]),
        );
        const changed: { row: string; from: unknown; to: unknown }[] = [];
        for (const a of answers) {
          const old = before.get(a.row);
          const fileId =
            a.evidenceFileId !== undefined ? a.evidenceFileId : (old?.evidence_file_id ?? null);
          if (
            old?.level === a.level &&
            old.evidence === a.evidence &&
            old.evidence_file_id === fileId
          )
            continue;
          changed.push({
            row: a.row,
            from: old ? { level: old.level, evidence: old.evidence, status: old.status } : null,
            to: { level: a.level, evidence: a.evidence, evidence_file_id: fileId },
          });
          const values = {
            level: a.level,
            evidence: a.evidence,
            evidence_file_id: fileId,
            status: 'claimed' as const,
            reason: null,
            updated_at: at,
            updated_by: actor,
            verified_at: null,
            verified_by: null,
          };
          await tx
            .insertInto('iid_answers')
            .values({ region_id: regionId, edition, subject, row_id: a.row, ...values })
            .onConflict((oc) =>
              oc.columns(['region_id', 'edition', 'subject', 'row_id']).doUpdateSet(values),
            )
            .execute();
        }
        if (changed.length > 0)
          await audit(tx, regionId, actor, 'save', 'iid-answers', subject, { edition, changed });
        return changed.map((c) => c.row);
      });
    },
    async verify(regionId, edition, subject, rows, status, reason, actor) {
      const at = now();
      return db.transaction().execute(async (tx) => {
        let q = tx
          .updateTable('iid_answers')
          .set({ status, reason, verified_at: at, verified_by: actor })
          .where('region_id', '=', regionId)
          .where('edition', '=', edition)
          .where('subject', '=', subject);
        if (rows.length > 0) q = q.where('row_id', 'in', [...rows]);
        const result = await q.executeTakeFirst();
        const count = Number(result.numUpdatedRows);
        if (count > 0)
          await audit(
            tx,
            regionId,
            actor,
            status === 'claimed' ? 'reopen' : status === 'verified' ? 'verify' : 'reject',
            'iid-answers',
            subject,
            {
              edition,
              rows: rows.length > 0 ? rows : 'all',
              status,
              reason,
            },
          );
        return count;
      });
    },
    async verifyEntry(regionId, edition, innovationId, status, reason, actor) {
      return db.transaction().execute(async (tx) => {
        const result = await tx
          .updateTable('iid_entries')
          .set({ status, reason })
          .where('region_id', '=', regionId)
          .where('edition', '=', edition)
          .where('innovation_id', '=', innovationId)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) return false;
        await audit(
          tx,
          regionId,
          actor,
          status === 'rejected' ? 'reject' : 'verify',
          'iid-entry',
          innovationId,
          {
            edition,
            status,
            reason,
          },
        );
        return true;
      });
    },
    async listIncentive(regionId) {
      const rows = await db
        .selectFrom('incentive_inputs')
        .selectAll()
        .where('region_id', '=', regionId)
        .orderBy('edition')
        .execute();
      return rows.map((r) => ({
        edition: r.edition,
        data: JSON.parse(r.data) as unknown,
        updated_at: r.updated_at,
      }));
    },
    async saveIncentive(regionId, edition, data, actor) {
      const at = now();
      const values = { data: JSON.stringify(data), updated_at: at, updated_by: actor };
      await db.transaction().execute(async (tx) => {
        await tx
          .insertInto('incentive_inputs')
          .values({ region_id: regionId, edition, ...values })
          .onConflict((oc) => oc.columns(['region_id', 'edition']).doUpdateSet(values))
          .execute();
        await audit(tx, regionId, actor, 'save', 'incentive-input', edition, data);
      });
    },
  };
}
