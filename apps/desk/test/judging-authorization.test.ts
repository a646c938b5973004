/**
 * Authorization of the judging routes: every row of `judging-routes.ts` × every kind of user
 * (admin, viewer, mentor, an innovator whose OPD has an entry and one whose OPD has none, a judge
 * assigned to the entry, a judge on the panel without that assignment, a judge of another
 * competition, no session) × a competition of the user's region (unpublished, then published)
 * and of another region. A judge sees only its assignments; an innovator never sees scores
 * before the admin publishes them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCompetition, scoreCompetition } from '../src/judging/engine.js';
import { createJudgingStore } from '../src/judging/store.js';
import { createHarness } from './harness.js';
import {
  JUDGING_TABLE,
  type JudgingExpect,
  type JudgingRow,
  type JudgingWho,
} from './judging-routes.js';

const USERS: Record<Exclude<JudgingWho, 'anon'>, string> = {
  admin: 'bappeda',
  viewer: 'sekda',
  mentor: 'mentor1',
  innovatorOwn: 'inovator01',
  innovatorOther: 'inovator02',
  judgeAssigned: 'juri1',
  judgeUnassigned: 'juri2',
  judgeElsewhere: 'juri3',
};
const STAGE = 'METRO.JUDUL';

function want(
  row: JudgingRow,
  who: JudgingWho,
  target: 'own' | 'otherRegion',
  published: boolean,
): JudgingExpect {
  if (who === 'anon')
    return row.allowed.includes('anon') ? 'ok' : row.method === 'GET' ? 'login' : 401;
  if (row.unscoped) return row.allowed.includes(who) ? 'ok' : 403;
  if (target === 'otherRegion') return 404;
  if (row.allowed.includes(who) || (published && (row.afterPublish ?? []).includes(who)))
    return 'ok';
  return 403;
}

describe('judging authorization', () => {
  let h: Awaited<ReturnType<typeof createHarness>>;
  let sessions: Record<string, { cookie: string; csrf: string }>;
  let judging: ReturnType<typeof createJudgingStore>;
  let ownEntry: string;
  let otherEntry: string;
  const ids: Record<string, string> = {};

  /** A fresh competition of the demo region (or the other region): two entries, J1 assigned to both. */
  async function fixture(published: boolean, region: 'own' | 'otherRegion' = 'own') {
    if (region === 'otherRegion') {
      const c = await judging.createCompetition(
        h.other.region.id,
        {
          title: 'Lain',
          rulebookId: 'kota-metro-2027-judul',
          overlay: null,
          asOf: '2027-03-01',
          seed: 's',
          stages: [STAGE],
        },
        null,
      );
      await judging.addEntries(
        h.other.region.id,
        c.id,
        [{ innovationId: h.other.innovation.id, code: 'L1' }],
        null,
      );
      return { competition: c.id, entry: h.other.innovation.id };
    }
    const c = await judging.createCompetition(
      h.region.id,
      {
        title: 'Uji',
        rulebookId: 'kota-metro-2027-judul',
        overlay: null,
        asOf: '2027-03-01',
        seed: 's',
        stages: [STAGE],
      },
      null,
    );
    await judging.addEntries(
      h.region.id,
      c.id,
      [
        { innovationId: ownEntry, code: 'CLG-01' },
        { innovationId: otherEntry, code: 'CLG-10' },
      ],
      null,
    );
    const add = (userId: string, code: string, agency: string) =>
      judging.addJudge(
        h.region.id,
        c.id,
        { userId, code, agency, homeRegion: null, affiliations: [] },
        null,
      );
    await add(ids.juri1 ?? '', 'J1', 'Universitas');
    await add(ids.juri2 ?? '', 'J2', 'Bappeda Provinsi Banten');
    for (const innovationId of [ownEntry, otherEntry])
      await judging.assign(
        h.region.id,
        c.id,
        { stage: STAGE, userId: ids.juri1 ?? '', innovationId },
        null,
      );
    await judging.saveSheet(
      h.region.id,
      c.id,
      {
        stage: STAGE,
        userId: ids.juri1 ?? '',
        innovationId: ownEntry,
        scores: {
          kebaruan: 3,
          relevansi: 3,
          kelayakan: 2,
          keberlanjutan: 2,
          kolaborasi: 1,
          dokumentasi: 1,
        },
        comment: 'RAHASIA-JURI',
      },
      ids.juri1 ?? null,
    );
    if (published) await judging.publish(h.region.id, c.id, null);
    return { competition: c.id, entry: ownEntry };
  }

  beforeAll(async () => {
    h = await createHarness();
    judging = createJudgingStore(h.store);
    sessions = {};
    for (const [who, username] of Object.entries(USERS)) {
      sessions[who] = await h.session(username);
      ids[username] = (await h.byName(username)).id;
    }
    ids.mentor2 = (await h.byName('mentor2')).id;
    ownEntry = h.byTitle('Layanan Adminduk').innovation_id;
    otherEntry = h.byTitle('Lapor Pajak').innovation_id;
  });
  afterAll(async () => {
    await h.close();
  });

  const cases: [string, JudgingWho, 'own' | 'otherRegion', boolean][] = [];
  for (const [key, row] of Object.entries(JUDGING_TABLE))
    for (const who of ['anon', ...Object.keys(USERS)] as JudgingWho[])
      for (const target of row.unscoped ? (['own'] as const) : (['own', 'otherRegion'] as const))
        for (const published of row.afterPublish && target === 'own' ? [false, true] : [false])
          cases.push([key, who, target, published]);

  it.each(cases)('%s as %s on %s data (published: %s)', async (key, who, target, published) => {
    const row = JUDGING_TABLE[key];
    if (!row) throw new Error(key);
    const f = await fixture(published, target);
    const path = row.path
      .replace('{competition}', f.competition)
      .replace('{stage}', STAGE)
      .replace('{entry}', f.entry);
    const s = who === 'anon' ? undefined : sessions[who];
    const headers: Record<string, string> = s ? { cookie: s.cookie } : {};
    let body: URLSearchParams | undefined;
    if (row.method === 'POST') {
      body = new URLSearchParams(
        row.body?.({
          stage: STAGE,
          entry: f.entry,
          judge: ids.juri2 ?? '',
          user: ids.mentor2 ?? '',
        }) ?? {},
      );
      if (s) body.set('_csrf', s.csrf);
    }
    const res = await h.app.request(path, {
      method: row.method,
      headers,
      ...(body ? { body } : {}),
    });
    const expected = want(row, who, target, published);
    const location = res.headers.get('location') ?? '';
    if (expected === 'ok') {
      expect([200, 303], `${res.status} ${location}`).toContain(res.status);
      expect(location.startsWith('/login')).toBe(false);
    } else if (expected === 'login') {
      expect(res.status).toBe(303);
      expect(location.startsWith('/login')).toBe(true);
    } else expect(res.status).toBe(expected);
    // nobody but the admin and the viewer reads a score before publication
    if (!published && res.status === 200 && !['admin', 'viewer', 'judgeAssigned'].includes(who))
      expect(await res.text()).not.toContain('RAHASIA-JURI');
  });

  it('keeps the panel, its sheets and the overlay to the admin, even after publication', async () => {
    const f = await fixture(true);
    for (const who of ['viewer', 'innovatorOwn', 'judgeAssigned'] as const) {
      const res = await h.app.request(`/competitions/${f.competition}/export/panel.json`, {
        headers: { cookie: sessions[who]?.cookie ?? '' },
      });
      expect(res.status).toBe(403);
    }
    const admin = await h.app.request(`/competitions/${f.competition}/export/panel.json`, {
      headers: { cookie: sessions.admin?.cookie ?? '' },
    });
    expect(admin.status).toBe(200);
    expect(((await admin.json()) as { entries: unknown[] }).entries).toHaveLength(2);
  });

  it('shows a judge only its own assignments', async () => {
    const f = await fixture(false);
    const page = await h.app.request(`/competitions/${f.competition}`, {
      headers: { cookie: sessions.judgeUnassigned?.cookie ?? '' },
    });
    const text = await page.text();
    expect(text).not.toContain(`/score/${STAGE}/`);
    const assigned = await h.app.request(`/competitions/${f.competition}`, {
      headers: { cookie: sessions.judgeAssigned?.cookie ?? '' },
    });
    expect(await assigned.text()).toContain(`/score/${STAGE}/${ownEntry}`);
  });

  it('gives a panel-only account nothing but its competitions', async () => {
    const s = sessions.judgeAssigned;
    const get = (path: string) => h.app.request(path, { headers: { cookie: s?.cookie ?? '' } });
    const home = await get('/');
    expect(home.headers.get('location')).toBe('/competitions');
    for (const path of [
      '/proposals',
      `/proposals/${h.byTitle('Layanan Adminduk').id}`,
      '/registry',
      `/registry/${ownEntry}`,
      '/proposals/export.csv',
      '/audit',
      '/import',
      '/iid',
      '/incentive',
    ])
      expect((await get(path)).status, path).toBe(403);
  });

  it('lets a judge declare its own conflict, which then excludes its sheet', async () => {
    const f = await fixture(false);
    const s = sessions.judgeAssigned;
    const res = await h.app.request(`/competitions/${f.competition}/conflicts`, {
      method: 'POST',
      headers: { cookie: s?.cookie ?? '' },
      // a judge cannot declare for someone else: the judge field is ignored
      body: new URLSearchParams({
        entry: ownEntry,
        judge: ids.juri2 ?? '',
        reason: 'kerabat inovator',
        _csrf: s?.csrf ?? '',
      }),
    });
    expect(res.status).toBe(303);
    const declared = await judging.listConflicts(h.region.id, f.competition);
    expect(declared.map((c) => [c.user_id, c.reason])).toEqual([[ids.juri1, 'kerabat inovator']]);
    const data = await loadCompetition(h.store, judging, h.region, f.competition);
    const entry =
      data && scoreCompetition(data, 0).stages[0]?.entries.find((e) => e.entry === 'CLG-01');
    expect(entry?.excludedJudges.map((x) => x.judge)).toEqual(['J1']);
    expect(entry?.sheets.find((x) => x.judge === 'J1')?.status).toBe('conflict');
  });
});
