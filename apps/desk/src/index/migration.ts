/**
 * Migration `0004-index`: the IID and incentive tables (see `schema.ts`). The same Kysely schema
 * builder statements for SQLite and PostgreSQL.
 *
 * @module
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../storage/migrations.js';

/** The migration. */
export function indexMigration(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const text = 'text' as const;
      const status = sql`status in ('claimed', 'verified', 'rejected')`;
      await db.schema
        .createTable('iid_reports')
        .addColumn('region_id', text, (c) => c.notNull().references('regions.id'))
        .addColumn('edition', text, (c) => c.notNull())
        .addColumn('region_kind', text)
        .addColumn('region_code', text)
        .addColumn('created_at', text, (c) => c.notNull())
        .addColumn('updated_at', text, (c) => c.notNull())
        .addPrimaryKeyConstraint('iid_reports_pk', ['region_id', 'edition'])
        .execute();
      await db.schema
        .createTable('iid_entries')
        .addColumn('region_id', text, (c) => c.notNull().references('regions.id'))
        .addColumn('edition', text, (c) => c.notNull())
        .addColumn('innovation_id', text, (c) => c.notNull().references('innovations.id'))
        .addColumn('urusan', text, (c) => c.notNull())
        .addColumn('form', text)
        .addColumn('digital', 'integer')
        .addColumn('implementation_date', text)
        .addColumn('rancang_bangun_words', 'integer')
        .addColumn('status', text, (c) => c.notNull().check(status))
        .addColumn('reason', text)
        .addColumn('updated_at', text, (c) => c.notNull())
        .addColumn('updated_by', text, (c) => c.references('users.id'))
        .addPrimaryKeyConstraint('iid_entries_pk', ['region_id', 'edition', 'innovation_id'])
        .execute();
      await db.schema
        .createTable('iid_answers')
        .addColumn('region_id', text, (c) => c.notNull().references('regions.id'))
        .addColumn('edition', text, (c) => c.notNull())
        .addColumn('subject', text, (c) => c.notNull())
        .addColumn('row_id', text, (c) => c.notNull())
        .addColumn('level', 'integer', (c) => c.notNull().check(sql`level between 0 and 3`))
        .addColumn('evidence', text)
        .addColumn('evidence_file_id', text, (c) => c.references('evidence_files.id'))
        .addColumn('status', text, (c) => c.notNull().check(status))
        .addColumn('reason', text)
        .addColumn('updated_at', text, (c) => c.notNull())
        .addColumn('updated_by', text, (c) => c.references('users.id'))
        .addColumn('verified_at', text)
        .addColumn('verified_by', text, (c) => c.references('users.id'))
        .addPrimaryKeyConstraint('iid_answers_pk', ['region_id', 'edition', 'subject', 'row_id'])
        .execute();
      await db.schema
        .createTable('incentive_inputs')
        .addColumn('region_id', text, (c) => c.notNull().references('regions.id'))
        .addColumn('edition', text, (c) => c.notNull())
        .addColumn('data', text, (c) => c.notNull())
        .addColumn('updated_at', text, (c) => c.notNull())
        .addColumn('updated_by', text, (c) => c.references('users.id'))
        .addPrimaryKeyConstraint('incentive_inputs_pk', ['region_id', 'edition'])
        .execute();
    },
  };
}
