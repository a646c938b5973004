/**
 * The embedded back end: SQLite through better-sqlite3, in WAL mode with foreign keys on and
 * `synchronous = FULL`, so an acknowledged save survives the process being killed.
 *
 * @module
 */
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema.js';
import { createKyselyStore, type Store } from './store.js';

/** Opens (and creates) a SQLite database file; `:memory:` for a throwaway one. */
export function openSqliteStore(file: string, options: { now?: () => string } = {}): Store {
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 10000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return createKyselyStore({ db, dialect: 'sqlite', ...options });
}

/**
 * Copies a live SQLite database to `destination` with SQLite's online backup (readers and
 * writers carry on meanwhile).
 */
export async function backupSqlite(file: string, destination: string): Promise<void> {
  const sqlite = new BetterSqlite3(file, { readonly: true });
  try {
    await sqlite.backup(destination);
  } finally {
    sqlite.close();
  }
}
