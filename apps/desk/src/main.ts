/**
 * `node dist/main.js [--demo] [--port N]`: starts the desk.
 *
 * - Storage: PostgreSQL when `DATABASE_URL` is set, else SQLite in `DESK_DATA_DIR` (default
 *   `./desk-data`; demo mode: a fresh temp dir unless `DESK_DATA_DIR` is set).
 * - First start without demo: creates the region (`DESK_REGION`, default `region`) and its admin
 *   and prints a one-time setup link (valid 24 hours). No default password exists.
 * - `--demo`: seeds the Cilegon sample and prints the demo accounts and their password.
 *
 * @module
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createDeskApp } from './app.js';
import { randomToken, tokenHash } from './auth.js';
import { seedCilegon } from './seed.js';
import { openPostgresStore } from './storage/postgres.js';
import { openSqliteStore } from './storage/sqlite.js';
import type { Store } from './storage/store.js';

const args = process.argv.slice(2);
const demo = args.includes('--demo');
const portArg = args.indexOf('--port');
const port = Number(portArg >= 0 ? args[portArg + 1] : (process.env.PORT ?? 3000));
const host = process.env.HOST ?? '127.0.0.1';
const here = dirname(fileURLToPath(import.meta.url));
const out = (line: string) => process.stdout.write(`${line}\n`);

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`PORT must be a port number (0–65535), got ${String(port)}\n`);
  process.exit(2);
}

async function openStore(): Promise<{ store: Store; where: string }> {
  const url = process.env.DATABASE_URL;
  if (url !== undefined && url !== '') {
    const schema = process.env.DESK_PG_SCHEMA;
    const store = await openPostgresStore({ connectionString: url, ...(schema ? { schema } : {}) });
    return { store, where: `PostgreSQL${schema ? ` (schema ${schema})` : ''}` };
  }
  const dir =
    process.env.DESK_DATA_DIR ??
    (demo ? mkdtempSync(join(tmpdir(), 'desk-demo-')) : resolve('desk-data'));
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'desk.db');
  return { store: openSqliteStore(file), where: `SQLite ${file}` };
}

const { store, where } = await openStore();
await store.migrate();
const today = new Date().toISOString().slice(0, 10);
const regions = await store.listRegions();
const base = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:`;
const notes: string[] = [];

if (regions.length === 0 && demo) {
  const password = process.env.DESK_DEMO_PASSWORD ?? 'cilegon-demo';
  const { accounts } = await seedCilegon(store, { password, today });
  notes.push('', 'Demo accounts (password for all / kata sandi semua akun: ' + password + '):');
  for (const a of accounts)
    notes.push(
      `  ${a.username.padEnd(12)} ${a.role.padEnd(10)} ${a.displayName}${a.opd !== undefined ? ` — ${a.opd}` : ''}`,
    );
} else if (regions.length === 0) {
  const code = process.env.DESK_REGION ?? 'region';
  const region = await store.createRegion({ code, name: code, rulebookId: 'kipp-2025' }, null);
  const admin = await store.createUser(
    region.id,
    { username: 'admin', displayName: 'Admin', role: 'admin' },
    null,
  );
  const token = randomToken();
  await store.createSetupToken(
    region.id,
    admin.id,
    tokenHash(token),
    new Date(Date.now() + 24 * 3600_000).toISOString(),
  );
  notes.push(
    '',
    'First start: set the admin password (one-time link, valid 24 h) / Mulai pertama: buat kata sandi admin:',
    `  {BASE}/setup/${token}`,
  );
}

const app = createDeskApp({
  store,
  assetsDir: join(here, 'client'),
  trustProxy: process.env.TRUST_PROXY === '1',
});
const server = serve(
  {
    fetch: app.fetch,
    port,
    hostname: host,
    // keep idle connections longer than a client or load balancer would, so none is reset mid-request
    serverOptions: { keepAliveTimeout: 65_000, headersTimeout: 66_000, requestTimeout: 120_000 },
  },
  (info) => {
    const url = `${base}${info.port}`;
    // one write, ending with the stop hint, so a reader sees the whole banner at once
    out(
      [
        `inovasi desk listening on ${url} (${where})${demo ? ' — demo mode' : ''}`,
        ...notes.map((line) => line.replace('{BASE}', url)),
        '',
        'Stop with Ctrl+C / Hentikan dengan Ctrl+C.',
      ].join('\n'),
    );
  },
);

const stop = () => {
  server.close();
  void store.close().finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
