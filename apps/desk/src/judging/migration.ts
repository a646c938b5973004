/**
 * Migration `0003-judging`: the competition tables, and the `judge` base role for panel-only
 * accounts. SQLite cannot alter a CHECK constraint, so `users` is rebuilt with the wider role
 * list (SQLite's documented table-rebuild procedure, foreign keys off meanwhile, one
 * transaction); PostgreSQL swaps the constraint.
 *
 * @module
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../storage/migrations.js';

const OLD_ROLES = "role in ('admin', 'mentor', 'innovator', 'viewer')";
const NEW_ROLES = "role in ('admin', 'mentor', 'innovator', 'viewer', 'judge')";

async function widenRoles(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect === 'postgres') {
    const found = await sql<{ conname: string }>`
      select conname from pg_constraint
      where conrelid = 'users'::regclass and contype = 'c'
        and pg_get_constraintdef(oid) like '%''viewer''%'`.execute(db);
    for (const { conname } of found.rows)
      await sql`alter table users drop constraint ${sql.id(conname)}`.execute(db);
    await sql
      .raw(`alter table users add constraint users_role_check check (${NEW_ROLES})`)
      .execute(db);
    return;
  }
  const table = await sql<{ sql: string }>`
    select sql from sqlite_master where type = 'table' and name = 'users'`.execute(db);
  const ddl = table.rows[0]?.sql ?? '';
  if (!ddl.includes(OLD_ROLES)) throw new Error('0003-judging: unexpected users table definition');
  const wider = ddl
    .replace(OLD_ROLES, NEW_ROLES)
    .replace(/^CREATE TABLE "?users"?/, 'CREATE TABLE "users_rebuilt"');
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await sql`begin`.execute(db);
    try {
      await sql.raw(wider).execute(db);
      await sql`insert into users_rebuilt select * from users`.execute(db);
      await sql`drop table users`.execute(db);
      await sql`alter table users_rebuilt rename to users`.execute(db);
      await sql`create index users_region_id on users (region_id)`.execute(db);
      const broken = await sql`pragma foreign_key_check`.execute(db);
      if (broken.rows.length > 0) throw new Error('0003-judging: foreign keys broken by rebuild');
      await sql`commit`.execute(db);
    } catch (error) {
      await sql`rollback`.execute(db);
      throw error;
    }
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}

/** The judging migration. */
export function judgingMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await widenRoles(db, dialect);
      const text = 'text' as const;
      await db.schema
        .createTable('competitions')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('region_id', text, (c) => c.notNull().references('regions.id'))
        .addColumn('title', text, (c) => c.notNull())
        .addColumn('rulebook_id', text, (c) => c.notNull())
        .addColumn('overlay', text)
        .addColumn('as_of', text, (c) => c.notNull())
        .addColumn('seed', text, (c) => c.notNull())
        .addColumn('published_at', text)
        .addColumn('created_at', text, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('competition_stages')
        .addColumn('competition_id', text, (c) => c.notNull().references('competitions.id'))
        .addColumn('region_id', text, (c) => c.notNull().references('regions.id'))
        .addColumn('stage', text, (c) => c.notNull())
        .addColumn('closed_at', text)
        .addColumn('closed_by', text, (c) => c.references('users.id'))
        .addPrimaryKeyConstraint('competition_stages_pk', ['competition_id', 'stage'])
        .execute();
      await db.schema
        .createTable('competition_entries')
        .addColumn('competition_id', text, (c) => c.notNull().references('competitions.id'))
        .addColumn('region_id', text, (c) => c.notNull().references('regions.id'))
        .addColumn('innovation_id', text, (c) => c.notNull().references('innovations.id'))
        .addColumn('code', text, (c) => c.notNull())
        .addColumn('created_at', text, (c) => c.notNull())
        .addPrimaryKeyConstraint('competition_entries_pk', ['competition_id', 'innovation_id'])
        .addUniqueConstraint('competition_entries_code', ['competition_id', 'code'])
        .execute();
      await db.schema
        .createTable('competition_judges')
        .addColumn('competition_id', text, (c) => c.notNull().references('competitions.id'))
        .addColumn('region_id', text, (c) => c.notNull().references('regions.id'))
        .addColumn('user_id', text, (c) => c.notNull().references('users.id'))
        .addColumn('code', text, (c) => c.notNull())
        .addColumn('agency', text)
        .addColumn('home_region', text)
        .addColumn('affiliations', text, (c) => c.notNull())
        .addColumn('created_at', text, (c) => c.notNull())
        .addPrimaryKeyConstraint('competition_judges_pk', ['competition_id', 'user_id'])
        .addUniqueConstraint('competition_judges_code', ['competition_id', 'code'])
        .execute();
      await db.schema
        .createTable('judge_assignments')
        .addColumn('competition_id', text, (c) => c.notNull().references('competitions.id'))
        .addColumn('region_id', text, (c) => c.notNull().references('regions.id'))
        .addColumn('stage', text, (c) => c.notNull())
        .addColumn('user_id', text, (c) => c.notNull().references('users.id'))
        .addColumn('innovation_id', text, (c) => c.notNull().references('innovations.id'))
        .addColumn('created_at', text, (c) => c.notNull())
        .addPrimaryKeyConstraint('judge_assignments_pk', [
          'competition_id',
          'stage',
          'user_id',
          'innovation_id',
        ])
        .execute();
      await db.schema
        .createTable('conflicts')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('competition_id', text, (c) => c.notNull().references('competitions.id'))
        .addColumn('region_id', text, (c) => c.notNull().references('regions.id'))
        .addColumn('user_id', text, (c) => c.notNull().references('users.id'))
        .addColumn('innovation_id', text, (c) => c.notNull().references('innovations.id'))
        .addColumn('reason', text, (c) => c.notNull())
        .addColumn('declared_by', text, (c) => c.references('users.id'))
        .addColumn('created_at', text, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('score_sheets')
        .addColumn('competition_id', text, (c) => c.notNull().references('competitions.id'))
        .addColumn('region_id', text, (c) => c.notNull().references('regions.id'))
        .addColumn('stage', text, (c) => c.notNull())
        .addColumn('user_id', text, (c) => c.notNull().references('users.id'))
        .addColumn('innovation_id', text, (c) => c.notNull().references('innovations.id'))
        .addColumn('scores', text, (c) => c.notNull())
        .addColumn('comment', text)
        .addColumn('updated_at', text, (c) => c.notNull())
        .addPrimaryKeyConstraint('score_sheets_pk', [
          'competition_id',
          'stage',
          'user_id',
          'innovation_id',
        ])
        .execute();
      for (const table of ['competitions', 'conflicts'] as const)
        await db.schema
          .createIndex(`${table}_region_id`)
          .on(table)
          .columns(['region_id'])
          .execute();
      await db.schema
        .createIndex('conflicts_competition_id')
        .on('conflicts')
        .columns(['competition_id'])
        .execute();
    },
  };
}
