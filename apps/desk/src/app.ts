/**
 * The desk as a Hono app: `@inovasi/web`'s API under `/api`, plus the desk's own pages. It keeps
 * no state of its own (sessions live in the store), so several processes can serve one database.
 *
 * Every state change needs the session's CSRF token (form field `_csrf` or header
 * `x-csrf-token`); sign-in and setup forms use a double-submit cookie. Every route checks the
 * user's role and the data's region and OPD (`policy.ts`); every write goes through the store,
 * which appends to the audit log.
 *
 * @module
 */
/* eslint-disable @typescript-eslint/no-unsafe-argument -- hono's middleware context carries an `any` input type */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp as createApiApp } from '@inovasi/web';
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
import writeXlsxFile from 'write-excel-file/node';
import {
  createLoginLimiter,
  hashPassword,
  randomToken,
  sameToken,
  tokenHash,
  verifyPassword,
  type LoginLimiter,
} from './auth.js';
import { documentFromFields, formSpecOf, IDENTITY_FIELDS } from './form.js';
import { langOf, t, type Lang } from './i18n.js';
import {
  auditPage,
  editorPage,
  importPage,
  innovationPage,
  loginPage,
  messagePage,
  proposalsPage,
  registryPage,
  setupPage,
  type PageContext,
} from './pages.js';
import { registerJudging } from './judging/routes.js';
import { registerIndex } from './index/routes.js';
import { canAddInnovation, canComment, canEdit, canSee, type Scope } from './policy.js';
import { asOfFor, checkProposal, readinessRulebooks, registryOf, summaryOf } from './readiness.js';
import { STAGES, type Role, type Stage } from './storage/schema.js';
import type { ProposalRow, Region, Store, User } from './storage/store.js';
import { parseCsv, parseXlsx, renderCsv, tableToDocuments } from './tabular.js';

/** Options of {@link createDeskApp}. */
export interface DeskOptions {
  readonly store: Store;
  /** Folder of the browser assets (`proposal.js`, `desk.css`). */
  readonly assetsDir: string;
  /** The clock (default: system). */
  readonly now?: () => Date;
  /** Trust `x-forwarded-proto` / `x-forwarded-for` (behind a TLS proxy). */
  readonly trustProxy?: boolean;
  readonly loginLimiter?: LoginLimiter;
  /** Session lifetime (default 12 hours). */
  readonly sessionTtlMs?: number;
  /** Largest accepted upload (default 5 MB). */
  readonly maxUploadBytes?: number;
}

interface Env {
  Variables: {
    lang: Lang;
    user: User | undefined;
    csrf: string | undefined;
    sessionHash: string | undefined;
  };
}

const readCookie = (c: Context<Env>, name: string) => getCookie(c, name);
const writeCookie = (
  c: Context<Env>,
  name: string,
  value: string,
  opts: Parameters<typeof setCookie>[3],
) => {
  setCookie(c, name, value, opts);
};
const dropCookie = (c: Context<Env>, name: string, opts: Parameters<typeof deleteCookie>[2]) => {
  deleteCookie(c, name, opts);
};

const SESSION_COOKIE = 'desk_session';
const PRE_COOKIE = 'desk_pre';
const LANG_COOKIE = 'desk_lang';
const ROLE_PAGES: readonly Role[] = ['admin', 'mentor', 'innovator', 'viewer'];

/** Builds the desk app. */
export function createDeskApp(options: DeskOptions): Hono<Env> {
  const { store } = options;
  const now = options.now ?? (() => new Date());
  const limiter = options.loginLimiter ?? createLoginLimiter();
  const ttl = options.sessionTtlMs ?? 12 * 3600_000;
  const maxUpload = options.maxUploadBytes ?? 5 * 1024 * 1024;
  const today = () => now().toISOString().slice(0, 10);
  const assets = new Map<string, { body: string; type: string }>();
  const asset = (name: string, type: string) => {
    let found = assets.get(name);
    if (!found) {
      found = { body: readFileSync(join(options.assetsDir, name), 'utf8'), type };
      assets.set(name, found);
    }
    return found;
  };

  const app = new Hono<Env>();

  const secure = (c: Context<Env>) =>
    new URL(c.req.url).protocol === 'https:' ||
    (options.trustProxy === true && c.req.header('x-forwarded-proto') === 'https');
  const cookieOptions = (c: Context<Env>, maxAge?: number) => ({
    httpOnly: true,
    sameSite: 'Lax' as const,
    secure: secure(c),
    path: '/',
    ...(maxAge !== undefined ? { maxAge } : {}),
  });
  const ctxOf = (c: Context<Env>): PageContext => {
    const user = c.get('user');
    const csrf = c.get('csrf');
    return {
      lang: c.get('lang'),
      path: new URL(c.req.url).pathname,
      ...(user ? { user } : {}),
      ...(csrf !== undefined ? { csrf } : {}),
    };
  };
  const fail = (
    status: 400 | 401 | 403 | 404 | 413 | 429,
    key: Parameters<typeof t>[1],
    detail?: string,
  ): never => {
    throw new HTTPException(status, { message: detail ?? key, cause: key });
  };

  // security headers on every answer
  app.use('*', async (c, next) => {
    await next();
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'same-origin');
    c.header('x-frame-options', 'DENY');
    if (!c.req.path.startsWith('/api/'))
      c.header(
        'content-security-policy',
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
      );
  });

  // @inovasi/web's API: stateless computation, no desk data behind it
  app.route('/api', createApiApp({ today }));

  // language, session, CSRF
  app.use('*', async (c, next) => {
    c.set('lang', langOf(readCookie(c, LANG_COOKIE)));
    c.set('user', undefined);
    c.set('csrf', undefined);
    c.set('sessionHash', undefined);
    if (c.req.path.startsWith('/api/') || c.req.path.startsWith('/assets/')) return next();
    const cookie = readCookie(c, SESSION_COOKIE);
    if (cookie !== undefined) {
      const hash = tokenHash(cookie);
      const session = await store.getSession(hash, now().toISOString());
      if (session) {
        c.set('user', session.user);
        c.set('csrf', session.csrf_token);
        c.set('sessionHash', hash);
      }
    }
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const length = Number(c.req.header('content-length') ?? '0');
      if (length > maxUpload) fail(413, 'error.invalid', 'upload too large');
      const type = c.req.header('content-type') ?? '';
      const form = type.includes('form')
        ? ((await c.req.parseBody()) as Record<string, unknown>)
        : {};
      const pre = c.req.path === '/login' || c.req.path.startsWith('/setup/');
      if (pre) {
        const cookieValue = readCookie(c, PRE_COOKIE);
        const sent = form._pre;
        if (cookieValue === undefined || typeof sent !== 'string' || !sameToken(cookieValue, sent))
          fail(403, 'error.csrf');
      } else {
        const expected = c.get('csrf');
        if (expected === undefined) fail(401, 'error.signin');
        const sent = c.req.header('x-csrf-token') ?? form._csrf;
        if (typeof sent !== 'string' || !sameToken(expected ?? '', sent)) fail(403, 'error.csrf');
      }
    }
    return next();
  });

  app.onError((error, c) => {
    const lang = c.get('lang');
    if (error instanceof HTTPException) {
      const key = (typeof error.cause === 'string' ? error.cause : 'error.invalid') as Parameters<
        typeof t
      >[1];
      const message = t(lang, key);
      const status = error.status;
      if (status === 401 && c.req.method === 'GET')
        return c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);
      if (
        (c.req.header('accept') ?? '').includes('application/json') ||
        c.req.header('x-csrf-token') !== undefined
      )
        return c.json(
          { error: key, message, ...(error.message !== key ? { detail: error.message } : {}) },
          status,
        );
      return c.html(
        messagePage(
          ctxOf(c),
          String(status),
          message + (error.message !== key ? ` (${error.message})` : ''),
        ),
        status,
      );
    }
    // never a stack trace to the client
    return c.html(messagePage(ctxOf(c), '500', 'Internal error / Galat internal'), 500);
  });

  /** The signed-in user, with one of `roles`, and its data scope. */
  const need = async (
    c: Context<Env>,
    roles: readonly Role[] = ROLE_PAGES,
  ): Promise<{ user: User; region: Region; scope: Scope }> => {
    const user = c.get('user');
    if (!user) return fail(401, 'error.signin');
    if (!roles.includes(user.role)) return fail(403, 'error.forbidden');
    const region = await store.getRegion(user.region_id);
    if (!region) return fail(401, 'error.signin');
    const assigned =
      user.role === 'mentor' ? await store.listAssignedInnovationIds(region.id, user.id) : [];
    return { user, region, scope: { user, assigned } };
  };
  const formOf = (c: Context<Env>) => c.req.parseBody();
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const dateOrNull = (v: unknown) => {
    const s = str(v);
    if (s === '') return null;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s))
      fail(400, 'error.invalid', `date must be YYYY-MM-DD, got ${s}`);
    return s;
  };

  app.get('/assets/proposal.js', (c) => {
    const a = asset('proposal.js', 'text/javascript; charset=utf-8');
    c.header('cache-control', 'no-cache');
    return c.body(a.body, 200, { 'content-type': a.type });
  });
  app.get('/assets/desk.css', (c) => {
    const a = asset('desk.css', 'text/css; charset=utf-8');
    return c.body(a.body, 200, { 'content-type': a.type });
  });
  app.get('/healthz', (c) => c.json({ status: 'ok' }));

  app.get('/lang/:lang', (c) => {
    const lang = langOf(c.req.param('lang'));
    writeCookie(c, LANG_COOKIE, lang, { ...cookieOptions(c, 365 * 86400), httpOnly: false });
    const next = c.req.query('next') ?? '/';
    return c.redirect(next.startsWith('/') && !next.startsWith('//') ? next : '/', 303);
  });

  const preToken = (c: Context<Env>) => {
    const pre = readCookie(c, PRE_COOKIE) ?? randomToken();
    writeCookie(c, PRE_COOKIE, pre, cookieOptions(c, 3600));
    return pre;
  };
  const startSession = async (c: Context<Env>, user: User) => {
    const token = randomToken();
    await store.createSession({
      idHash: tokenHash(token),
      regionId: user.region_id,
      userId: user.id,
      csrfToken: randomToken(),
      expiresAt: new Date(now().getTime() + ttl).toISOString(),
    });
    writeCookie(c, SESSION_COOKIE, token, cookieOptions(c, Math.floor(ttl / 1000)));
  };

  app.get('/login', (c) => c.html(loginPage(ctxOf(c), preToken(c))));
  app.post('/login', async (c) => {
    const form = await formOf(c);
    const username = str(form.username).toLowerCase();
    const address =
      (options.trustProxy === true
        ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim()
        : undefined) ?? 'direct';
    const keys = [`ip:${address}`, `user:${username}`];
    const lang = c.get('lang');
    if (limiter.blocked(keys))
      return c.html(loginPage(ctxOf(c), preToken(c), t(lang, 'login.limited')), 429);
    const user = await store.getUserByUsername(username);
    const ok = await verifyPassword(
      typeof form.password === 'string' ? form.password : '',
      user?.password_hash ?? null,
    );
    if (!user || !ok) {
      limiter.fail(keys);
      return c.html(loginPage(ctxOf(c), preToken(c), t(lang, 'login.failed')), 401);
    }
    limiter.succeed(keys);
    await startSession(c, user);
    const next = c.req.query('next') ?? '/';
    return c.redirect(next.startsWith('/') && !next.startsWith('//') ? next : '/', 303);
  });
  app.post('/logout', async (c) => {
    const hash = c.get('sessionHash');
    if (hash !== undefined) await store.deleteSession(hash);
    dropCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/login', 303);
  });

  app.get('/setup/:token', async (c) => {
    const user = await store.peekSetupToken(tokenHash(c.req.param('token')), now().toISOString());
    if (!user) return c.html(messagePage(ctxOf(c), '404', t(c.get('lang'), 'setup.invalid')), 404);
    return c.html(setupPage(ctxOf(c), preToken(c), user.username));
  });
  app.post('/setup/:token', async (c) => {
    const form = await formOf(c);
    const password = typeof form.password === 'string' ? form.password : '';
    const hash = tokenHash(c.req.param('token'));
    const at = now().toISOString();
    const pending = await store.peekSetupToken(hash, at);
    if (!pending)
      return c.html(messagePage(ctxOf(c), '404', t(c.get('lang'), 'setup.invalid')), 404);
    if (password.length < 12)
      return c.html(
        setupPage(ctxOf(c), preToken(c), pending.username, t(c.get('lang'), 'setup.short')),
        400,
      );
    const user = await store.consumeSetupToken(hash, at);
    if (!user) return c.html(messagePage(ctxOf(c), '404', t(c.get('lang'), 'setup.invalid')), 404);
    await store.setPassword(user.region_id, user.id, await hashPassword(password), user.id);
    await startSession(c, user);
    return c.redirect('/', 303);
  });

  app.get('/', async (c) => {
    if (c.get('user')?.role === 'judge') return c.redirect('/competitions', 303);
    await need(c);
    return c.redirect('/proposals', 303);
  });

  // ---- proposals ----------------------------------------------------------------------------
  const visibleProposals = async (
    region: Region,
    scope: Scope,
    query: { opd?: string; status?: string },
  ) => {
    const { user } = scope;
    const rows =
      user.role === 'innovator'
        ? await store.listProposals(region.id, { opdId: user.opd_id ?? '' })
        : user.role === 'mentor'
          ? await store.listProposals(region.id, { innovationIds: scope.assigned })
          : await store.listProposals(
              region.id,
              query.opd !== undefined ? { opdId: query.opd } : {},
            );
    return rows.filter(
      (r) =>
        canSee(scope, r) &&
        (query.opd === undefined || r.opd_id === query.opd) &&
        (query.status === undefined || r.readiness === query.status),
    );
  };
  const filterOf = (c: Context<Env>) => {
    const opd = c.req.query('opd');
    const status = c.req.query('status');
    return { ...(opd ? { opd } : {}), ...(status ? { status } : {}) };
  };

  app.get('/proposals', async (c) => {
    const { region, scope } = await need(c);
    const filter = filterOf(c);
    const rows = await visibleProposals(region, scope, filter);
    const opds = (await store.listOpds(region.id)).filter(
      (o) =>
        rows.some((r) => r.opd_id === o.id) ||
        scope.user.role === 'admin' ||
        scope.user.role === 'viewer',
    );
    return c.html(proposalsPage(ctxOf(c), rows, opds, filter));
  });

  const exportRows = async (region: Region, rows: readonly ProposalRow[]) => {
    const docs = await Promise.all(
      rows.map(
        async (r) =>
          ((await store.getLatestVersion(region.id, r.id))?.data ?? {}) as Record<string, unknown>,
      ),
    );
    const sectionIds = [
      ...new Set(
        docs.flatMap((d) => Object.keys((d.sections as Record<string, string> | undefined) ?? {})),
      ),
    ].sort();
    const header = [
      'id',
      ...IDENTITY_FIELDS.map((f) => (f === 'sdgs' ? 'sdgs[]' : f)),
      'videoUrl',
      ...sectionIds.map((s) => `sections.${s}`),
      'desk.opd',
      'desk.rulebook',
      'desk.status',
      'desk.readiness',
      'desk.errors',
      'desk.warnings',
      'desk.version',
      'desk.updated',
    ];
    const body = rows.map((r, i) => {
      const d = docs[i] ?? {};
      const get = (path: string): unknown =>
        path
          .split('.')
          .reduce<unknown>(
            (v, k) =>
              typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[k] : undefined,
            d,
          );
      return [
        r.id,
        ...IDENTITY_FIELDS.map((f) => {
          const v = get(f);
          return Array.isArray(v) ? v.join(';') : v;
        }),
        get('videoUrl'),
        ...sectionIds.map((s) => get(`sections.${s}`)),
        r.opd_name,
        r.rulebook_id,
        r.status,
        r.readiness,
        r.errors,
        r.warnings,
        r.version,
        r.updated_at,
      ].map((v) =>
        v === undefined || v === null
          ? ''
          : typeof v === 'object'
            ? JSON.stringify(v)
            : (v as string | number | boolean),
      );
    });
    return { header, body, docs };
  };

  app.get('/proposals/export.csv', async (c) => {
    const { region, scope } = await need(c);
    const { header, body } = await exportRows(
      region,
      await visibleProposals(region, scope, filterOf(c)),
    );
    return c.body(renderCsv(header, body), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="proposals-${region.code}.csv"`,
    });
  });
  app.get('/proposals/export.xlsx', async (c) => {
    const { region, scope } = await need(c);
    const { header, body } = await exportRows(
      region,
      await visibleProposals(region, scope, filterOf(c)),
    );
    const buffer = await writeXlsxFile(
      [header, ...body].map((cells) => cells.map((value) => (value === '' ? null : { value }))),
      { sheet: 'Proposals' },
    ).toBuffer();
    return c.body(new Uint8Array(buffer), 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="proposals-${region.code}.xlsx"`,
    });
  });
  app.get('/proposals/export.json', async (c) => {
    const { region, scope } = await need(c);
    const rows = await visibleProposals(region, scope, filterOf(c));
    const { docs } = await exportRows(region, rows);
    return c.json({ proposals: docs.map((d, i) => ({ ...d, id: d.id ?? rows[i]?.id })) }, 200, {
      'content-disposition': `attachment; filename="proposals-${region.code}.json"`,
    });
  });

  const loadProposal = async (c: Context<Env>, roles?: readonly Role[]) => {
    const who = await need(c, roles);
    const proposal = await store.getProposal(who.region.id, c.req.param('id') ?? '');
    if (!proposal) return fail(404, 'error.notFound');
    if (!canSee(who.scope, proposal)) return fail(403, 'error.forbidden');
    return { ...who, proposal };
  };

  const renderEditor = async (
    c: Context<Env>,
    who: { region: Region; scope: Scope; proposal: ProposalRow },
    docOverride?: Record<string, unknown>,
    savedVersion?: number,
    status: 200 | 400 = 200,
  ) => {
    const { region, scope, proposal } = who;
    const lang = c.get('lang');
    const latest = await store.getLatestVersion(region.id, proposal.id);
    const doc = docOverride ?? ((latest?.data ?? {}) as Record<string, unknown>);
    const outcome = checkProposal(region, proposal.rulebook_id, doc, today());
    const registry = registryOf(region);
    const asOf = asOfFor(region, proposal.rulebook_id, today());
    const group =
      typeof doc.group === 'string' && ['umum', 'replikasi', 'khusus'].includes(doc.group)
        ? (doc.group as 'umum')
        : undefined;
    const spec = formSpecOf(registry.resolve(proposal.rulebook_id), asOf, group);
    const [versions, comments] = await Promise.all([
      store.listVersions(region.id, proposal.id),
      store.listComments(region.id, proposal.id),
    ]);
    const page = editorPage(ctxOf(c), {
      proposal,
      doc,
      spec,
      rulebook: registry.list().find((b) => b.id === proposal.rulebook_id),
      asOf,
      findings: outcome.ok ? outcome.result.findings : [],
      ...(outcome.ok
        ? {}
        : {
            inputError: `${t(lang, 'error.invalid')}: ${outcome.issues.map((i) => `${i.path}: ${i.message}`).join('; ') || outcome.message}`,
          }),
      versions,
      comments,
      editable: canEdit(scope, proposal),
      commentable: canComment(scope, proposal),
      ...(savedVersion !== undefined ? { savedVersion } : {}),
      islandData: JSON.stringify({
        rulebookId: proposal.rulebook_id,
        asOf,
        lang,
        overlay: region.overlay === null ? null : (JSON.parse(region.overlay) as unknown),
        base: Object.fromEntries(
          Object.entries(doc).filter(
            ([k]) =>
              ![
                'title',
                'agency',
                'unit',
                'group',
                'category',
                'implementationStartDate',
                'sdgs',
                'innovator',
                'videoUrl',
                'video',
                'sections',
                'attachments',
              ].includes(k),
          ),
        ),
      }),
    });
    return c.html(page, status);
  };

  app.get('/proposals/:id', async (c) => {
    const who = await loadProposal(c);
    const saved = Number(c.req.query('saved'));
    return renderEditor(
      c,
      who,
      undefined,
      Number.isInteger(saved) && saved > 0 ? saved : undefined,
    );
  });
  app.post('/proposals/:id', async (c) => {
    const who = await loadProposal(c, ['admin', 'innovator']);
    if (!canEdit(who.scope, who.proposal)) fail(403, 'error.forbidden');
    const form = await formOf(c);
    const latest = await store.getLatestVersion(who.region.id, who.proposal.id);
    const entries = Object.entries(form).filter(
      (e): e is [string, string] => typeof e[1] === 'string',
    );
    const doc = documentFromFields(entries, (latest?.data ?? {}) as Record<string, unknown>);
    const outcome = checkProposal(who.region, who.proposal.rulebook_id, doc, today());
    if (!outcome.ok) {
      if (c.req.header('x-csrf-token') !== undefined)
        return c.json(
          { error: 'error.invalid', message: outcome.message, issues: outcome.issues },
          400,
        );
      return renderEditor(c, who, doc, undefined, 400);
    }
    const submit = form._action === 'submit';
    const version = await store.saveProposal(
      who.region.id,
      who.proposal.id,
      {
        data: doc,
        readiness: summaryOf(outcome.result),
        ...(submit ? { status: 'submitted' as const } : {}),
      },
      who.user.id,
    );
    if (version === undefined) return fail(404, 'error.notFound');
    if (c.req.header('x-csrf-token') !== undefined)
      return c.json({
        version,
        readiness: summaryOf(outcome.result),
        findings: outcome.result.findings,
      });
    return c.redirect(`/proposals/${who.proposal.id}?saved=${version}`, 303);
  });
  app.post('/proposals/:id/comments', async (c) => {
    const who = await loadProposal(c, ['admin', 'mentor']);
    if (!canComment(who.scope, who.proposal)) fail(403, 'error.forbidden');
    const form = await formOf(c);
    const body = str(form.body);
    const section = str(form.section) || 'general';
    if (body === '' || body.length > 5000) fail(400, 'error.invalid', 'body: 1–5000 characters');
    if (!/^[a-z0-9][a-z0-9-]{0,119}$/.test(section))
      fail(400, 'error.invalid', 'section: a section id');
    await store.addComment(
      who.region.id,
      { proposalId: who.proposal.id, section, body },
      who.user.id,
    );
    return c.redirect(`/proposals/${who.proposal.id}#comments-title`, 303);
  });

  // ---- the innovation registry ----------------------------------------------------------------
  app.get('/registry', async (c) => {
    const { region, scope } = await need(c);
    const { user } = scope;
    const filter =
      user.role === 'innovator'
        ? { opdId: user.opd_id ?? '' }
        : user.role === 'mentor'
          ? { innovationIds: scope.assigned }
          : {};
    const [innovations, proposals, opds] = await Promise.all([
      store.listInnovations(region.id, filter),
      store.listProposals(region.id, filter),
      store.listOpds(region.id),
    ]);
    const rows = innovations
      .filter((i) => canSee(scope, i))
      .map((i) => {
        const p = proposals.find((x) => x.innovation_id === i.id);
        return p ? { ...i, proposal_id: p.id } : i;
      });
    return c.html(
      registryPage(
        ctxOf(c),
        rows,
        opds.filter((o) => canAddInnovation(scope, o.id)),
        readinessRulebooks(region),
        region.rulebook_id,
        (row) => canEdit(scope, row),
      ),
    );
  });
  const innovationInput = (form: Record<string, unknown>) => {
    const title = str(form.title);
    if (title === '' || title.length > 500) fail(400, 'error.invalid', 'title: 1–500 characters');
    const stage = str(form.stage);
    if (!(STAGES as readonly string[]).includes(stage))
      fail(400, 'error.invalid', `stage: one of ${STAGES.join(', ')}`);
    const urusan = str(form.urusan);
    return {
      title,
      stage: stage as Stage,
      startedOn: dateOrNull(form.started_on),
      endedOn: dateOrNull(form.ended_on),
      urusan: urusan === '' ? null : urusan.slice(0, 200),
    };
  };
  app.post('/registry', async (c) => {
    const { region, scope, user } = await need(c, ['admin', 'innovator']);
    const form = await formOf(c);
    const opdId = str(form.opd) || (user.opd_id ?? '');
    const opd = await store.getOpd(region.id, opdId);
    if (!opd) return fail(404, 'error.notFound');
    if (!canAddInnovation(scope, opd.id)) fail(403, 'error.forbidden');
    const created = await store.createInnovation(
      region.id,
      { opdId: opd.id, ...innovationInput(form) },
      user.id,
    );
    return c.redirect(`/registry/${created.id}`, 303);
  });
  const loadInnovation = async (c: Context<Env>, roles?: readonly Role[]) => {
    const who = await need(c, roles);
    const innovation = await store.getInnovation(who.region.id, c.req.param('id') ?? '');
    if (!innovation) return fail(404, 'error.notFound');
    if (!canSee(who.scope, innovation)) return fail(403, 'error.forbidden');
    return { ...who, innovation };
  };
  app.get('/registry/:id', async (c) => {
    const { region, scope, innovation, user } = await loadInnovation(c);
    const opd = await store.getOpd(region.id, innovation.opd_id);
    const mentors =
      user.role === 'admin'
        ? (await store.listUsers(region.id)).filter((u) => u.role === 'mentor')
        : undefined;
    const assigned = mentors
      ? (
          await Promise.all(
            mentors.map(async (m) =>
              (await store.listAssignedInnovationIds(region.id, m.id)).includes(innovation.id)
                ? m.id
                : undefined,
            ),
          )
        ).filter((x): x is string => x !== undefined)
      : [];
    const evidence = await store.listEvidence(region.id, innovation.id);
    return c.html(
      innovationPage(
        ctxOf(c),
        { ...innovation, opd_name: opd?.name ?? '' },
        canEdit(scope, innovation),
        mentors,
        assigned,
        evidence,
      ),
    );
  });
  app.post('/registry/:id', async (c) => {
    const { region, scope, innovation, user } = await loadInnovation(c, ['admin', 'innovator']);
    if (!canEdit(scope, innovation)) fail(403, 'error.forbidden');
    await store.updateInnovation(
      region.id,
      innovation.id,
      innovationInput(await formOf(c)),
      user.id,
    );
    return c.redirect(`/registry/${innovation.id}`, 303);
  });
  app.post('/registry/:id/mentors', async (c) => {
    const { region, innovation, user } = await loadInnovation(c, ['admin']);
    const mentor = await store.getUser(region.id, str((await formOf(c)).mentor));
    if (mentor?.role !== 'mentor')
      return fail(400, 'error.invalid', 'mentor: a mentor of this region');
    if (!(await store.listAssignedInnovationIds(region.id, mentor.id)).includes(innovation.id))
      await store.assignMentor(region.id, mentor.id, innovation.id, user.id);
    return c.redirect(`/registry/${innovation.id}`, 303);
  });
  app.post('/registry/:id/proposal', async (c) => {
    const { region, scope, innovation, user } = await loadInnovation(c, ['admin', 'innovator']);
    if (!canEdit(scope, innovation)) fail(403, 'error.forbidden');
    const existing = (await store.listProposals(region.id, { innovationIds: [innovation.id] }))[0];
    if (existing) return c.redirect(`/proposals/${existing.id}`, 303);
    const rulebookId = str((await formOf(c)).rulebook) || region.rulebook_id;
    if (!readinessRulebooks(region).some((b) => b.id === rulebookId))
      return fail(400, 'error.invalid', `rulebook: unknown ${rulebookId}`);
    const opd = await store.getOpd(region.id, innovation.opd_id);
    const data = {
      title: innovation.title,
      unit: opd?.name,
      ...(innovation.started_on !== null ? { implementationStartDate: innovation.started_on } : {}),
    };
    const outcome = checkProposal(region, rulebookId, data, today());
    if (!outcome.ok) return fail(400, 'error.invalid', outcome.message);
    const created = await store.createProposal(
      region.id,
      { innovationId: innovation.id, rulebookId, data, readiness: summaryOf(outcome.result) },
      user.id,
    );
    return c.redirect(`/proposals/${created.id}`, 303);
  });

  // evidence files: PDF or images, checked by their first bytes, capped, kept in the database
  const EVIDENCE_TYPES: readonly { type: string; magic: readonly number[] }[] = [
    { type: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
    { type: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
    { type: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  ];
  app.post('/registry/:id/evidence', async (c) => {
    const { region, scope, innovation, user } = await loadInnovation(c, ['admin', 'innovator']);
    if (!canEdit(scope, innovation)) fail(403, 'error.forbidden');
    const file = (await formOf(c)).file;
    if (!(file instanceof File)) return fail(400, 'error.invalid', 'file: a PDF, PNG or JPEG file');
    if (file.size > maxUpload)
      return fail(413, 'error.invalid', `file: at most ${String(maxUpload)} bytes`);
    if (file.size === 0) return fail(400, 'error.invalid', 'file: empty');
    const content = Buffer.from(await file.arrayBuffer());
    const kind = EVIDENCE_TYPES.find((k) => k.magic.every((b, i) => content[i] === b));
    if (!kind) return fail(400, 'error.invalid', 'file: not a PDF, PNG or JPEG file');
    const fileName =
      (file.name.split(/[\\/]/).pop() ?? 'file')
        // eslint-disable-next-line no-control-regex -- control characters are what this removes
        .replace(/[\u0000-\u001f\u007f"]/g, '')
        .slice(0, 200) || 'file';
    await store.addEvidence(
      region.id,
      { innovationId: innovation.id, fileName, mediaType: kind.type, content },
      user.id,
    );
    return c.redirect(`/registry/${innovation.id}`, 303);
  });
  app.get('/registry/:id/evidence/:fileId', async (c) => {
    const { region, innovation } = await loadInnovation(c);
    const file = await store.getEvidence(region.id, c.req.param('fileId'));
    if (file?.innovation_id !== innovation.id) return fail(404, 'error.notFound');
    return c.body(new Uint8Array(file.content), 200, {
      'content-type': file.media_type,
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.file_name)}`,
      'cache-control': 'private, no-store',
    });
  });

  // ---- import, audit --------------------------------------------------------------------------
  app.get('/import', async (c) => {
    await need(c, ['admin']);
    return c.html(importPage(ctxOf(c)));
  });
  app.post('/import', async (c) => {
    const { region, user } = await need(c, ['admin']);
    const form = await formOf(c);
    const file = form.file;
    if (!(file instanceof File))
      return fail(400, 'error.invalid', 'file: a CSV, XLSX or JSON file');
    if (file.size > maxUpload) return fail(413, 'error.invalid', 'file: too large');
    const bytes = Buffer.from(await file.arrayBuffer());
    const name = file.name.toLowerCase();
    let docs: Record<string, unknown>[];
    try {
      if (name.endsWith('.csv')) docs = tableToDocuments(parseCsv(bytes.toString('utf8')));
      else if (name.endsWith('.xlsx')) {
        if (bytes.subarray(0, 2).toString('latin1') !== 'PK') throw new Error('not an XLSX file');
        docs = tableToDocuments(await parseXlsx(bytes));
      } else if (name.endsWith('.json')) {
        const parsed = JSON.parse(bytes.toString('utf8')) as unknown;
        const list =
          typeof parsed === 'object' &&
          parsed !== null &&
          Array.isArray((parsed as { proposals?: unknown }).proposals)
            ? (parsed as { proposals: unknown[] }).proposals
            : [parsed];
        docs = list.filter(
          (d): d is Record<string, unknown> =>
            typeof d === 'object' && d !== null && !Array.isArray(d),
        );
      } else throw new Error('expected .csv, .xlsx or .json');
    } catch (error) {
      return fail(400, 'error.invalid', `file: ${(error as Error).message}`);
    }
    if (docs.length > 5000) return fail(400, 'error.invalid', 'file: at most 5000 proposals');
    const errors: string[] = [];
    let imported = 0;
    const opds = new Map((await store.listOpds(region.id)).map((o) => [o.name, o.id]));
    for (const [i, doc] of docs.entries()) {
      const outcome = checkProposal(region, region.rulebook_id, doc, today());
      if (!outcome.ok) {
        errors.push(
          `#${i + 1}: ${outcome.issues.map((x) => `${x.path}: ${x.message}`).join('; ') || outcome.message}`,
        );
        continue;
      }
      const unit = typeof doc.unit === 'string' && doc.unit.trim() !== '' ? doc.unit.trim() : 'OPD';
      let opdId = opds.get(unit);
      if (opdId === undefined) {
        opdId = (await store.createOpd(region.id, unit, user.id)).id;
        opds.set(unit, opdId);
      }
      const started =
        typeof doc.implementationStartDate === 'string' ? doc.implementationStartDate : null;
      const innovation = await store.createInnovation(
        region.id,
        {
          opdId,
          title:
            typeof doc.title === 'string' && doc.title !== ''
              ? doc.title.slice(0, 500)
              : `#${i + 1}`,
          stage: started ? 'penerapan' : 'uji-coba',
          startedOn: started,
        },
        user.id,
      );
      await store.createProposal(
        region.id,
        {
          innovationId: innovation.id,
          rulebookId: region.rulebook_id,
          data: doc,
          readiness: summaryOf(outcome.result),
        },
        user.id,
      );
      imported++;
    }
    return c.html(importPage(ctxOf(c), { imported, errors }));
  });
  app.get('/audit', async (c) => {
    const { region } = await need(c, ['admin', 'viewer']);
    const [entries, users] = await Promise.all([
      store.listAudit(region.id, 500),
      store.listUsers(region.id),
    ]);
    return c.html(auditPage(ctxOf(c), entries, new Map(users.map((u) => [u.id, u.display_name]))));
  });

  registerJudging(app, { store, now, ctxOf });
  registerIndex(app as never, { store, now, ctxOf: ctxOf as never });

  app.notFound((c) =>
    c.html(messagePage(ctxOf(c), '404', t(c.get('lang'), 'error.notFound')), 404),
  );
  return app;
}
