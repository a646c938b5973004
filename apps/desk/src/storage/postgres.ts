/**
 * The server back end: PostgreSQL through `pg`. A `schema` option puts every table in its own
 * PostgreSQL schema (through `search_path`), so tests and several regions' deployments can share
 * one database.
 *
 * @module
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { createKyselyStore, type Store } from './store.js';

/** Options of {@link openPostgresStore}. */
export interface PostgresStoreOptions {
  /** A `postgres://` URL. */
  readonly connectionString: string;
  /** PostgreSQL schema for the tables (created if missing); default `public`. */
  readonly schema?: string;
  /** Pool size (default 10). */
  readonly max?: number;
  readonly now?: () => string;
  readonly onClose?: () => Promise<void>;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Connects to PostgreSQL (creating the schema when given). */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const schema = options.schema ?? 'public';
  if (!SCHEMA_NAME.test(schema)) throw new Error(`invalid PostgreSQL schema name: ${schema}`);
  if (schema !== 'public') {
    const client = new pg.Client({ connectionString: options.connectionString });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await client.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    options: `-c search_path=${schema}`,
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return createKyselyStore({
    db,
    dialect: 'postgres',
    ...(options.now ? { now: options.now } : {}),
    ...(options.onClose ? { onClose: options.onClose } : {}),
  });
}

/** Drops a schema and everything in it (tests clean up with this). */
export async function dropPostgresSchema(connectionString: string, schema: string): Promise<void> {
  if (!SCHEMA_NAME.test(schema) || schema === 'public')
    throw new Error(`refusing to drop schema ${schema}`);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}
