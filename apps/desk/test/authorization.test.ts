/**
 * Authorization, route by route: every route of the app × every role (and no session) × data of
 * the user's own OPD, another OPD and another region. The table below is the specification; a
 * route the app serves without a row here fails the first test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness } from './harness.js';
import { JUDGING_ROUTES } from './judging-routes.js';
import { INDEX_ROUTES } from './index-routes.js';

type Who = 'anon' | 'admin' | 'mentor' | 'innovator' | 'viewer';
type Target = 'own' | 'otherOpd' | 'otherRegion';
/** ok: 200/303 (not to the sign-in page); login: redirected to sign in; or an HTTP status. */
type Expect = 'ok' | 'login' | 401 | 403 | 404;
/** Which data a role reaches on a scoped route: all of its region, its own only, or none. */
type Reach = 'all' | 'own' | 'none';

interface Row {
  readonly route: string;
  /** Unscoped routes: the roles that may call it. Scoped routes: each role's reach. */
  readonly access: Partial<Record<Exclude<Who, 'anon'>, Reach>>;
  /** Scoped by a proposal, an innovation or an OPD id in the request. */
  readonly scope?: 'proposal' | 'innovation' | 'opd';
  /** What a request without a session gets. */
  readonly anon: Expect;
  readonly body?: (ids: Ids) => Record<string, string> | FormData;
}

interface Ids {
  readonly proposal: string;
  readonly innovation: string;
  readonly opd: string;
  readonly mentor: string;
  readonly evidence: string;
}

const PDF = Buffer.from('%PDF-1.4\n% evidence\n');
const pdfUpload = () => {
  const form = new FormData();
  form.set('file', new File([PDF], 'surat-pernyataan.pdf', { type: 'application/pdf' }));
  return form;
};

const ALL: Row['access'] = { admin: 'all', mentor: 'all', innovator: 'all', viewer: 'all' };
const SEE: Row['access'] = { admin: 'all', viewer: 'all', innovator: 'own', mentor: 'own' };
const EDIT: Row['access'] = { admin: 'all', innovator: 'own', viewer: 'none', mentor: 'none' };

const importFile = () => {
  const form = new FormData();
  form.set(
    'file',
    new File(['id,title,unit\nX-1,Inovasi Impor,Dinas Impor\n'], 'batch.csv', { type: 'text/csv' }),
  );
  return form;
};

/** The specification. Public routes list no roles. */
const TABLE: Record<string, Row> = {
  'GET /healthz': { route: 'GET /healthz', access: ALL, anon: 'ok' },
  'GET /assets/proposal.js': { route: 'GET /assets/proposal.js', access: ALL, anon: 'ok' },
  'GET /assets/desk.css': { route: 'GET /assets/desk.css', access: ALL, anon: 'ok' },
  'GET /lang/:lang': { route: 'GET /lang/en', access: ALL, anon: 'ok' },
  'GET /login': { route: 'GET /login', access: ALL, anon: 'ok' },
  // without the double-submit cookie every sign-in attempt is refused
  'POST /login': {
    route: 'POST /login',
    access: {},
    anon: 403,
    body: () => ({ username: 'bappeda', password: 'x' }),
  },
  'POST /logout': { route: 'POST /logout', access: ALL, anon: 401, body: () => ({}) },
  'GET /setup/:token': { route: 'GET /setup/not-a-token', access: {}, anon: 404 },
  'POST /setup/:token': {
    route: 'POST /setup/not-a-token',
    access: {},
    anon: 403,
    body: () => ({ password: 'x'.repeat(12) }),
  },
  'GET /': { route: 'GET /', access: ALL, anon: 'login' },
  'GET /proposals': { route: 'GET /proposals', access: ALL, anon: 'login' },
  'GET /proposals/export.csv': { route: 'GET /proposals/export.csv', access: ALL, anon: 'login' },
  'GET /proposals/export.xlsx': { route: 'GET /proposals/export.xlsx', access: ALL, anon: 'login' },
  'GET /proposals/export.json': { route: 'GET /proposals/export.json', access: ALL, anon: 'login' },
  'GET /proposals/:id': {
    route: 'GET /proposals/{proposal}',
    access: SEE,
    scope: 'proposal',
    anon: 'login',
  },
  'POST /proposals/:id': {
    route: 'POST /proposals/{proposal}',
    access: EDIT,
    scope: 'proposal',
    anon: 401,
    body: () => ({
      title: 'Judul baru',
      group: 'umum',
      'sections.ringkasan': 'Ringkasan singkat.',
    }),
  },
  'POST /proposals/:id/comments': {
    route: 'POST /proposals/{proposal}/comments',
    access: { admin: 'all', mentor: 'own', innovator: 'none', viewer: 'none' },
    scope: 'proposal',
    anon: 401,
    body: () => ({ section: 'ringkasan', body: 'Perjelas dampak.' }),
  },
  'GET /registry': { route: 'GET /registry', access: ALL, anon: 'login' },
  'POST /registry': {
    route: 'POST /registry',
    access: EDIT,
    scope: 'opd',
    anon: 401,
    body: (ids) => ({ title: 'Inovasi baru', opd: ids.opd, stage: 'inisiatif' }),
  },
  'GET /registry/:id': {
    route: 'GET /registry/{innovation}',
    access: SEE,
    scope: 'innovation',
    anon: 'login',
  },
  'POST /registry/:id': {
    route: 'POST /registry/{innovation}',
    access: EDIT,
    scope: 'innovation',
    anon: 401,
    body: () => ({ title: 'Judul inovasi', stage: 'penerapan', started_on: '2016-08-17' }),
  },
  'POST /registry/:id/mentors': {
    route: 'POST /registry/{innovation}/mentors',
    access: { admin: 'all', mentor: 'none', innovator: 'none', viewer: 'none' },
    scope: 'innovation',
    anon: 401,
    body: (ids) => ({ mentor: ids.mentor }),
  },
  'POST /registry/:id/proposal': {
    route: 'POST /registry/{innovation}/proposal',
    access: EDIT,
    scope: 'innovation',
    anon: 401,
    body: () => ({ rulebook: 'kipp-2021' }),
  },
  'POST /registry/:id/evidence': {
    route: 'POST /registry/{innovation}/evidence',
    access: EDIT,
    scope: 'innovation',
    anon: 401,
    body: pdfUpload,
  },
  'GET /registry/:id/evidence/:fileId': {
    route: 'GET /registry/{innovation}/evidence/{evidence}',
    access: SEE,
    scope: 'innovation',
    anon: 'login',
  },
  'GET /import': { route: 'GET /import', access: { admin: 'all' }, anon: 'login' },
  'POST /import': { route: 'POST /import', access: { admin: 'all' }, anon: 401, body: importFile },
  'GET /audit': { route: 'GET /audit', access: { admin: 'all', viewer: 'all' }, anon: 'login' },
  ...INDEX_ROUTES,
};

/** The web API is public computation (no desk data); one row covers its mount. */
const API_PREFIX = '/api/';

const USERS: Record<Exclude<Who, 'anon'>, string> = {
  admin: 'bappeda',
  mentor: 'mentor1',
  innovator: 'inovator01',
  viewer: 'sekda',
};

function expected(row: Row, who: Who, target: Target): Expect {
  if (who === 'anon') return row.anon;
  const reach = row.access[who];
  if (row.scope === undefined)
    return reach === undefined || reach === 'none'
      ? Object.keys(row.access).length === 0
        ? row.anon
        : 403
      : 'ok';
  if (reach === undefined || reach === 'none') return 403;
  if (target === 'otherRegion') return 404;
  if (target === 'otherOpd') return reach === 'all' ? 'ok' : 403;
  return 'ok';
}

describe('authorization', () => {
  let h: Awaited<ReturnType<typeof createHarness>>;
  let sessions: Record<Exclude<Who, 'anon'>, { cookie: string; csrf: string }>;
  let targets: Record<Target, Ids>;
  beforeAll(async () => {
    h = await createHarness();
    sessions = {
      admin: await h.session('bappeda'),
      mentor: await h.session('mentor1'),
      innovator: await h.session('inovator01'),
      viewer: await h.session('sekda'),
    };
    const own = h.byTitle('Layanan Adminduk'); // inovator01's OPD, assigned to mentor1
    const otherOpd = h.byTitle('Lapor Pajak'); // another OPD, mentor2's
    const mentor = (await h.byName('mentor2')).id;
    const evidence = async (regionId: string, innovationId: string) =>
      (
        await h.store.addEvidence(
          regionId,
          { innovationId, fileName: 'bukti.pdf', mediaType: 'application/pdf', content: PDF },
          null,
        )
      ).id;
    targets = {
      own: {
        proposal: own.id,
        innovation: own.innovation_id,
        opd: own.opd_id,
        mentor,
        evidence: await evidence(h.region.id, own.innovation_id),
      },
      otherOpd: {
        proposal: otherOpd.id,
        innovation: otherOpd.innovation_id,
        opd: otherOpd.opd_id,
        mentor,
        evidence: await evidence(h.region.id, otherOpd.innovation_id),
      },
      otherRegion: {
        proposal: h.other.proposal.id,
        innovation: h.other.innovation.id,
        opd: h.other.opd.id,
        mentor,
        evidence: await evidence(h.other.region.id, h.other.innovation.id),
      },
    };
  });
  afterAll(async () => {
    await h.close();
  });

  it('has a row for every route the app serves', () => {
    const served = new Set(
      h.app.routes
        .filter((r) => r.method !== 'ALL' && !r.path.startsWith(API_PREFIX))
        .map((r) => `${r.method} ${r.path}`),
    );
    expect([...served].filter((r) => !(r in TABLE) && !JUDGING_ROUTES.includes(r))).toEqual([]);
    expect(Object.keys(TABLE).filter((r) => !served.has(r))).toEqual([]);
  });

  const cases: [string, Who, Target][] = [];
  for (const key of Object.keys(TABLE))
    for (const who of ['anon', 'admin', 'mentor', 'innovator', 'viewer'] as const)
      for (const target of TABLE[key]?.scope
        ? (['own', 'otherOpd', 'otherRegion'] as const)
        : (['own'] as const))
        cases.push([key, who, target]);

  it.each(cases)('%s as %s on %s data', async (key, who, target) => {
    const row = TABLE[key]!;
    const ids = targets[target];
    const [method, pattern] = row.route.split(' ') as [string, string];
    const path = pattern.replace(/\{(\w+)\}/g, (_, k: keyof Ids) => ids[k]);
    const headers: Record<string, string> = {};
    // signing out ends the session: use a throwaway one
    const s =
      who === 'anon'
        ? undefined
        : key === 'POST /logout'
          ? await h.session(USERS[who], '-logout')
          : sessions[who];
    if (s) headers.cookie = s.cookie;
    let body: BodyInit | undefined;
    if (method === 'POST') {
      const b = row.body?.(ids) ?? {};
      const form = b instanceof FormData ? b : new URLSearchParams(b);
      if (s) form.set('_csrf', s.csrf);
      body = form;
    }
    const res = await h.app.request(path, { method, headers, ...(body ? { body } : {}) });
    const want = expected(row, who, target);
    const location = res.headers.get('location') ?? '';
    if (want === 'ok') {
      expect([200, 303], `${res.status} ${location} ${path}`).toContain(res.status);
      // signing out is the one success that lands on the sign-in page
      expect(location.startsWith('/login')).toBe(key === 'POST /logout');
    } else if (want === 'login') {
      expect(res.status).toBe(303);
      expect(location.startsWith('/login')).toBe(true);
    } else expect(res.status).toBe(want);
  });

  it('refuses a state change without the session CSRF token', async () => {
    const s = sessions.admin;
    const res = await h.app.request(`/proposals/${targets.own.proposal}/comments`, {
      method: 'POST',
      headers: { cookie: s.cookie },
      body: new URLSearchParams({ section: 'general', body: 'x', _csrf: 'wrong' }),
    });
    expect(res.status).toBe(403);
  });

  it('accepts only PDF, PNG or JPEG evidence, by content, up to the cap', async () => {
    const s = sessions.innovator;
    const upload = async (file: File) => {
      const form = new FormData();
      form.set('file', file);
      form.set('_csrf', s.csrf);
      return h.app.request(`/registry/${targets.own.innovation}/evidence`, {
        method: 'POST',
        headers: { cookie: s.cookie },
        body: form,
      });
    };
    // HTML named .pdf is refused: the type comes from the bytes, not the name
    expect(
      (
        await upload(
          new File(['<script>alert(1)</script>'], 'bukti.pdf', { type: 'application/pdf' }),
        )
      ).status,
    ).toBe(400);
    expect(
      (await upload(new File([Buffer.alloc(6 * 1024 * 1024, 0x25)], 'besar.pdf'))).status,
    ).toBe(413);
    const ok = await upload(new File([PDF], '../../etc/"passwd".pdf'));
    expect(ok.status).toBe(303);
    const list = await h.store.listEvidence(h.region.id, targets.own.innovation);
    const stored = list.find((f) => f.file_name.includes('passwd'));
    expect(stored?.file_name).toBe('passwd.pdf');
    const res = await h.app.request(
      `/registry/${targets.own.innovation}/evidence/${stored?.id ?? ''}`,
      { headers: { cookie: s.cookie } },
    );
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain('attachment');
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
  });

  it('writes an audit row for every write, with who did it', async () => {
    const audit = await h.store.listAudit(h.region.id, 1000);
    const actors = new Set(audit.map((e) => e.actor_id));
    expect(actors.has((await h.byName('inovator01')).id)).toBe(true);
    expect(audit.some((e) => e.action === 'create' && e.entity === 'comment')).toBe(true);
    expect(audit.some((e) => e.action === 'save' && e.entity === 'proposal')).toBe(true);
  });
});
