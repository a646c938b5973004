/**
 * One set of migrations for SQLite and PostgreSQL. Written with Kysely's schema builder, so both
 * databases get the same tables; the only dialect-specific statements are the triggers that make
 * the audit log append-only.
 *
 * @module
 */
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { judgingMigration } from '../judging/migration.js';
import { indexMigration } from '../index/migration.js';

/** The SQL dialects the desk runs on. */
export type Dialect = 'sqlite' | 'postgres';

function initial(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const text = 'text' as const;
      await db.schema
        .createTable('regions')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('code', text, (c) => c.notNull().unique())
        .addColumn('name', text, (c) => c.notNull())
        .addColumn('rulebook_id', text, (c) => c.notNull())
        .addColumn('as_of', text)
        .addColumn('overlay', text)
        .addColumn('created_at', text, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('opds')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('region_id', text, (c) => c.notNull().references('regions.id'))
        .addColumn('name', text, (c) => c.notNull())
        .addColumn('created_at', text, (c) => c.notNull())
        .addUniqueConstraint('opds_region_name', ['region_id', 'name'])
        .execute();
      await db.schema
        .createTable('users')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('region_id', text, (c) => c.notNull().references('regions.id'))
        .addColumn('username', text, (c) => c.notNull().unique())
        .addColumn('display_name', text, (c) => c.notNull())
        .addColumn('role', text, (c) =>
          c.notNull().check(sql`role in ('admin', 'mentor', 'innovator', 'viewer')`),
        )
        .addColumn('opd_id', text, (c) => c.references('opds.id'))
        .addColumn('password_hash', text)
        .addColumn('created_at', text, (c) => c.notNull())
        .addCheckConstraint('users_innovator_opd', sql`role <> 'innovator' or opd_id is not null`)
        .execute();
      await db.schema
        .createTable('setup_tokens')
        .addColumn('token_hash', text, (c) => c.primaryKey())
        .addColumn('region_id', text, (c) => c.notNull().references('regions.id'))
        .addColumn('user_id', text, (c) => c.notNull().references('users.id'))
        .addColumn('created_at', text, (c) => c.notNull())
        .addColumn('expires_at', text, (c) => c.notNull())
        .addColumn('used_at', text)
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('id_hash', text, (c) => c.primaryKey())
        .addColumn('region_id', text, (c) => c.notNull().references('regions.id'))
        .addColumn('user_id', text, (c) => c.notNull().references('users.id'))
        .addColumn('csrf_token', text, (c) => c.notNull())
        .addColumn('created_at', text, (c) => c.notNull())
        .addColumn('expires_at', text, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('innovations')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('region_id', text, (c) => c.notNull().references('regions.id'))
        .addColumn('opd_id', text, (c) => c.notNull().references('opds.id'))
        .addColumn('title', text, (c) => c.notNull())
        .addColumn('stage', text, (c) =>
          c.notNull().check(sql`stage in ('inisiatif', 'uji-coba', 'penerapan')`),
        )
        .addColumn('started_on', text)
        .addColumn('ended_on', text)
        .addColumn('urusan', text)
        .addColumn('created_at', text, (c) => c.notNull())
        .addColumn('updated_at', text, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('proposals')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('region_id', text, (c) => c.notNull().references('regions.id'))
        .addColumn('innovation_id', text, (c) => c.notNull().references('innovations.id'))
        .addColumn('rulebook_id', text, (c) => c.notNull())
        .addColumn('status', text, (c) => c.notNull().check(sql`status in ('draft', 'submitted')`))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('readiness', text, (c) => c.notNull())
        .addColumn('errors', 'integer', (c) => c.notNull())
        .addColumn('warnings', 'integer', (c) => c.notNull())
        .addColumn('updated_at', text, (c) => c.notNull())
        .addColumn('updated_by', text, (c) => c.references('users.id'))
        .execute();
      await db.schema
        .createTable('proposal_versions')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('region_id', text, (c) => c.notNull().references('regions.id'))
        .addColumn('proposal_id', text, (c) => c.notNull().references('proposals.id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('data', text, (c) => c.notNull())
        .addColumn('readiness', text, (c) => c.notNull())
        .addColumn('errors', 'integer', (c) => c.notNull())
        .addColumn('warnings', 'integer', (c) => c.notNull())
        .addColumn('created_at', text, (c) => c.notNull())
        .addColumn('created_by', text, (c) => c.references('users.id'))
        .addUniqueConstraint('proposal_versions_number', ['proposal_id', 'version'])
        .execute();
      await db.schema
        .createTable('comments')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('region_id', text, (c) => c.notNull().references('regions.id'))
        .addColumn('proposal_id', text, (c) => c.notNull().references('proposals.id'))
        .addColumn('section', text, (c) => c.notNull())
        .addColumn('body', text, (c) => c.notNull())
        .addColumn('author_id', text, (c) => c.notNull().references('users.id'))
        .addColumn('created_at', text, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('mentor_assignments')
        .addColumn('region_id', text, (c) => c.notNull().references('regions.id'))
        .addColumn('mentor_id', text, (c) => c.notNull().references('users.id'))
        .addColumn('innovation_id', text, (c) => c.notNull().references('innovations.id'))
        .addColumn('created_at', text, (c) => c.notNull())
        .addPrimaryKeyConstraint('mentor_assignments_pk', ['mentor_id', 'innovation_id'])
        .execute();
      await db.schema
        .createTable('audit_log')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('region_id', text, (c) => c.notNull().references('regions.id'))
        .addColumn('at', text, (c) => c.notNull())
        .addColumn('actor_id', text)
        .addColumn('action', text, (c) => c.notNull())
        .addColumn('entity', text, (c) => c.notNull())
        .addColumn('entity_id', text, (c) => c.notNull())
        .addColumn('detail', text, (c) => c.notNull())
        .execute();
      for (const [table, columns] of [
        ['opds', ['region_id']],
        ['users', ['region_id']],
        ['sessions', ['user_id']],
        ['innovations', ['region_id', 'opd_id']],
        ['proposals', ['region_id', 'innovation_id']],
        ['proposal_versions', ['proposal_id']],
        ['comments', ['proposal_id']],
        ['mentor_assignments', ['region_id', 'innovation_id']],
        ['audit_log', ['region_id', 'at']],
      ] as const) {
        await db.schema
          .createIndex(`${table}_${columns.join('_')}`)
          .on(table)
          .columns([...columns])
          .execute();
      }
      // The audit log is append-only: the database itself refuses updates and deletes.
      if (dialect === 'sqlite') {
        for (const op of ['UPDATE', 'DELETE'])
          await sql
            .raw(
              `CREATE TRIGGER audit_log_no_${op.toLowerCase()} BEFORE ${op} ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`,
            )
            .execute(db);
      } else {
        await sql
          .raw(
            `CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$ LANGUAGE plpgsql`,
          )
          .execute(db);
        await sql
          .raw(
            `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
          )
          .execute(db);
      }
    },
  };
}

function evidenceFiles(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('evidence_files')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('region_id', 'text', (c) => c.notNull().references('regions.id'))
        .addColumn('innovation_id', 'text', (c) => c.notNull().references('innovations.id'))
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('media_type', 'text', (c) => c.notNull())
        .addColumn('size_bytes', 'integer', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('content', dialect === 'sqlite' ? 'blob' : 'bytea', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('users.id'))
        .execute();
      await db.schema
        .createIndex('evidence_files_region_id_innovation_id')
        .on('evidence_files')
        .columns(['region_id', 'innovation_id'])
        .execute();
    },
  };
}

/** The migrations, by name (applied in name order). */
export function migrationProvider(dialect: Dialect): MigrationProvider {
  return {
    getMigrations: () =>
      Promise.resolve({
        '0001-initial': initial(dialect),
        '0002-evidence-files': evidenceFiles(dialect),
        '0003-judging': judgingMigration(dialect),
        '0004-index': indexMigration(dialect),
      }),
  };
}
