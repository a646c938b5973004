/**
 * A desk on a temp SQLite store with the Cilegon demo and a second region, for in-process tests.
 *
 * @module
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDeskApp } from '../src/app.js';
import { createLoginLimiter } from '../src/auth.js';
import { seedCilegon } from '../src/seed.js';
import { openSqliteStore } from '../src/storage/sqlite.js';
import type { Store, User } from '../src/storage/store.js';
import { tokenHash } from '../src/auth.js';

export const ASSETS = join(import.meta.dirname, '..', 'dist', 'client');
export const DEMO_PASSWORD = 'test-password-1';

export async function createHarness() {
  const dir = mkdtempSync(join(tmpdir(), 'desk-test-'));
  const store: Store = openSqliteStore(join(dir, 'desk.db'));
  await store.migrate();
  const { region } = await seedCilegon(store, { password: DEMO_PASSWORD, today: '2026-12-07' });
  // a second region with its own OPD, innovation, proposal and admin
  const other = await store.createRegion(
    { code: 'other', name: 'Other', rulebookId: 'kipp-2021' },
    null,
  );
  const otherOpd = await store.createOpd(other.id, 'Dinas Lain', null);
  const otherAdmin = await store.createUser(
    other.id,
    { username: 'other-admin', displayName: 'Other', role: 'admin' },
    null,
  );
  const otherInnovation = await store.createInnovation(
    other.id,
    { opdId: otherOpd.id, title: 'Lain', stage: 'inisiatif' },
    null,
  );
  const otherProposal = await store.createProposal(
    other.id,
    {
      innovationId: otherInnovation.id,
      rulebookId: 'kipp-2021',
      data: { title: 'Lain' },
      readiness: { status: 'not-ready', errors: 1, warnings: 0 },
    },
    null,
  );
  const limiter = createLoginLimiter({ max: 5 });
  const app = createDeskApp({ store, assetsDir: ASSETS, loginLimiter: limiter });
  const byName = async (username: string): Promise<User> => {
    const user = await store.getUserByUsername(username);
    if (!user) throw new Error(`no user ${username}`);
    return user;
  };
  /** Signs a user in directly (a session row), returning its cookie and CSRF token. */
  const session = async (username: string, suffix = '') => {
    const user = await byName(username);
    const token = `tok-${username}${suffix}`;
    const csrf = `csrf-${username}${suffix}`;
    await store.createSession({
      idHash: tokenHash(token),
      regionId: user.region_id,
      userId: user.id,
      csrfToken: csrf,
      expiresAt: '2999-01-01T00:00:00.000Z',
    });
    return { cookie: `desk_session=${token}`, csrf, user };
  };
  const proposals = await store.listProposals(region.id);
  const byTitle = (prefix: string) => {
    const p = proposals.find((x) => x.title.startsWith(prefix));
    if (!p) throw new Error(`no proposal ${prefix}`);
    return p;
  };
  return {
    app,
    store,
    region,
    other: {
      region: other,
      opd: otherOpd,
      admin: otherAdmin,
      innovation: otherInnovation,
      proposal: otherProposal,
    },
    byName,
    session,
    byTitle,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
