/**
 * Judging on both databases: the migration (the `judge` role, the tables), the demo
 * competition scored live by the core, a closed stage refusing a late score, every score
 * change in the audit log — and the desk's exports, run through `inovasi score`, giving the
 * same result as the desk.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '@inovasi/cli';
import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCompetition, panelOf, scoreCompetition } from '../src/judging/engine.js';
import { exportFile } from '../src/judging/export.js';
import { createJudgingStore } from '../src/judging/store.js';
import { seedCilegon } from '../src/seed.js';
import { migrationProvider } from '../src/storage/migrations.js';
import { dropPostgresSchema, openPostgresStore } from '../src/storage/postgres.js';
import { openSqliteStore } from '../src/storage/sqlite.js';
import type { Region, Store } from '../src/storage/store.js';
import { backends, postgresServer } from './databases.js';

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`judging on ${kind}`, () => {
    let db: Awaited<ReturnType<(typeof backends)[typeof kind]>>;
    let store: Store;
    let region: Region;
    beforeAll(async () => {
      db = await backends[kind]();
      store = db.store;
      ({ region } = await seedCilegon(store, { password: 'pw-123456789', today: '2026-12-07' }));
    });
    afterAll(async () => {
      await db.close();
    });

    it('stores panel-only accounts with the judge role, and still refuses an unknown role', async () => {
      const judge = await store.getUserByUsername('juri1');
      expect(judge?.role).toBe('judge');
      await expect(
        store.createUser(
          region.id,
          { username: 'x-role', displayName: 'X', role: 'boss' as never },
          null,
        ),
      ).rejects.toThrow();
      // the rebuilt users table keeps its foreign keys and the innovator's OPD check
      await expect(
        store.createUser(
          region.id,
          { username: 'x-inn', displayName: 'X', role: 'innovator' },
          null,
        ),
      ).rejects.toThrow();
    });

    it('scores the demo competition live: two stages, a shortlist with a governance seat, agreement', async () => {
      const judging = createJudgingStore(store);
      const [competition] = await judging.listCompetitions(region.id);
      const data = await loadCompetition(store, judging, region, competition?.id ?? '');
      if (!data) throw new Error('no demo competition');
      const result = scoreCompetition(data);
      const [seleksi, presentasi] = result.stages;
      expect(seleksi?.entries.filter((e) => e.decision === 'advance')).toHaveLength(6);
      // the quota's governance seat went to a tata-kelola entry
      expect(seleksi?.quotas[0]).toMatchObject({ quota: 'tata-kelola', met: true });
      expect(seleksi?.agreement.overall).not.toBeNull();
      expect(presentasi?.entries.filter((e) => e.status === 'ranked')).toHaveLength(6);
      expect(result.final).toHaveLength(3);
      // N/A where the rubric allows it: trial-stage innovations' implementation section
      const sheets = seleksi?.entries.flatMap((e) => e.sheets) ?? [];
      expect(sheets.some((s) => s.lines.some((l) => l.notApplicable))).toBe(true);
    });

    it('refuses a late score once a stage is closed, and audits every score change', async () => {
      const judging = createJudgingStore(store);
      const judge = await store.getUserByUsername('juri1');
      const innovations = await store.listInnovations(region.id);
      const first = innovations[0];
      if (!judge || !first) throw new Error('demo data missing');
      const c = await judging.createCompetition(
        region.id,
        {
          title: 'T',
          rulebookId: 'kota-metro-2027-judul',
          overlay: null,
          asOf: '2027-03-01',
          seed: 's',
          stages: ['METRO.JUDUL'],
        },
        null,
      );
      await judging.addEntries(region.id, c.id, [{ innovationId: first.id, code: 'E1' }], null);
      const sheet = (scores: Record<string, number>) =>
        judging.saveSheet(
          region.id,
          c.id,
          { stage: 'METRO.JUDUL', userId: judge.id, innovationId: first.id, scores, comment: null },
          judge.id,
        );
      expect(await sheet({ kebaruan: 2 })).toEqual({ ok: true });
      expect(await sheet({ kebaruan: 3, relevansi: 1 })).toEqual({ ok: true });
      const audit = (await store.listAudit(region.id, 50)).filter(
        (e) => e.entity === 'score-sheet',
      );
      expect(audit[0]?.detail).toMatchObject({
        changes: { kebaruan: { from: 2, to: 3 }, relevansi: { from: null, to: 1 } },
      });
      expect(audit[0]?.actor_id).toBe(judge.id);
      expect(await judging.closeStage(region.id, c.id, 'METRO.JUDUL', null)).toBe(true);
      expect(await sheet({ kebaruan: 1 })).toEqual({ ok: false, refusal: 'stage-closed' });
      const stored = await judging.listSheets(region.id, c.id);
      expect(stored[0]?.scores).toEqual({ kebaruan: 3, relevansi: 1 });
    });

    it('gives the same result as `inovasi score` on its exports (JSON panel, and CSV sheets)', async () => {
      const judging = createJudgingStore(store);
      const competition = (await judging.listCompetitions(region.id)).find(
        (c) => c.rulebook_id === 'cilegon-seleksi-2026',
      );
      const data = await loadCompetition(store, judging, region, competition?.id ?? '');
      if (!data) throw new Error('no demo competition');
      const desk = scoreCompetition(data);
      const dir = mkdtempSync(join(tmpdir(), 'desk-judging-cli-'));
      try {
        for (const file of ['panel.json', 'rulebook.json', 'sheets-CILEGON.SELEKSI.csv']) {
          const out = await exportFile(file, data, desk, 'id');
          if (!out) throw new Error(`no export ${file}`);
          writeFileSync(join(dir, file), out.body);
        }
        const cli = async (args: string[]) => {
          let stdout = '';
          let stderr = '';
          const code = await run(args, {
            stdout: (t) => {
              stdout += t;
            },
            stderr: (t) => {
              stderr += t;
            },
            readStdin: () => Promise.resolve(''),
            cwd: dir,
            env: {},
            stdoutIsTTY: false,
            today: () => '2026-12-07',
          });
          return { code, stdout, stderr };
        };
        const common = [
          '--rulebook',
          join(dir, 'rulebook.json'),
          '--as-of',
          data.competition.as_of,
        ];
        const full = await cli(['score', join(dir, 'panel.json'), ...common, '--format', 'json']);
        expect(full.stderr).toBe('');
        expect(full.code).toBe(0);
        const fromCli = JSON.parse(full.stdout) as typeof desk;
        // the whole result, robustness included (same seed, same resamples)
        expect(fromCli).toEqual(JSON.parse(JSON.stringify(desk)));

        // the spreadsheet route: the panel without sheets, stage 1's sheets as CSV
        writeFileSync(
          join(dir, 'panel-bare.json'),
          JSON.stringify(panelOf(data, { sheets: false })),
        );
        const csv = await cli([
          'score',
          join(dir, 'panel-bare.json'),
          '--sheets',
          join(dir, 'sheets-CILEGON.SELEKSI.csv'),
          ...common,
          '--format',
          'json',
        ]);
        const stage1 = (JSON.parse(csv.stdout) as typeof desk).stages[0];
        expect(stage1?.entries.map((e) => [e.entry, e.rank, e.score, e.decision])).toEqual(
          desk.stages[0]?.entries.map((e) => [e.entry, e.rank, e.score, e.decision]),
        );
        expect(stage1?.agreement).toEqual(desk.stages[0]?.agreement);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

/** A store whose tables do not exist yet (the test runs the migrations itself). */
async function unmigrated(
  kind: 'sqlite' | 'postgres',
): Promise<{ store: Store; close: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'desk-upgrade-'));
    const store = openSqliteStore(join(dir, 'desk.db'));
    return {
      store,
      close: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const { url } = await postgresServer();
  const schema = `desk_upgrade_${randomBytes(6).toString('hex')}`;
  const store = await openPostgresStore({ connectionString: url, schema, max: 2 });
  return {
    store,
    close: async () => {
      await store.close();
      await dropPostgresSchema(url, schema);
    },
  };
}

describe('0003-judging on a database that already holds data', () => {
  for (const kind of ['sqlite', 'postgres'] as const)
    it(`widens the role check on ${kind} and keeps users, sessions and their references`, async () => {
      const { store, close } = await unmigrated(kind);
      try {
        const all = await migrationProvider(kind).getMigrations();
        const before = Object.fromEntries(Object.entries(all).filter(([name]) => name < '0003'));
        const { error } = await new Migrator({
          db: store.kysely,
          provider: { getMigrations: () => Promise.resolve(before) },
        }).migrateToLatest();
        expect(error).toBeUndefined();
        const region = await store.createRegion(
          { code: 'r', name: 'R', rulebookId: 'kipp-2021' },
          null,
        );
        const opd = await store.createOpd(region.id, 'Dinas', null);
        const user = await store.createUser(
          region.id,
          { username: 'inov', displayName: 'I', role: 'innovator', opdId: opd.id },
          null,
        );
        const session = (idHash: string, userId: string) =>
          store.createSession({
            idHash,
            regionId: region.id,
            userId,
            csrfToken: 'c',
            expiresAt: '2999-01-01T00:00:00.000Z',
          });
        await session('h1', user.id);
        await expect(
          store.createUser(region.id, { username: 'j0', displayName: 'J', role: 'judge' }, null),
        ).rejects.toThrow();
        await store.migrate();
        expect((await store.getSession('h1', '2026-01-01T00:00:00.000Z'))?.user.username).toBe(
          'inov',
        );
        const judge = await store.createUser(
          region.id,
          { username: 'j1', displayName: 'J', role: 'judge' },
          null,
        );
        expect(judge.role).toBe('judge');
        // the other tables' foreign keys point at the rebuilt users table
        await expect(session('h2', 'nobody')).rejects.toThrow();
        await session('h3', judge.id);
      } finally {
        await close();
      }
    });
});
