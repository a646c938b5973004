/**
 * The desk's parts for scripts (the benchmark) and embedding: the app factory, the stores, the
 * demo seed. `main.ts` is the command; this is the library.
 *
 * @module
 */
export { createDeskApp } from './app.js';
export type { DeskOptions } from './app.js';
export { createLoginLimiter, hashPassword, tokenHash } from './auth.js';
export { checkProposal, summaryOf } from './readiness.js';
export { seedCilegon } from './seed.js';
export { openPostgresStore } from './storage/postgres.js';
export { backupSqlite, openSqliteStore } from './storage/sqlite.js';
export type { Store } from './storage/store.js';
