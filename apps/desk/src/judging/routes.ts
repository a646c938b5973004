/**
 * The judging routes. Who may do what:
 *
 * - admin: everything in its region (set up, panel, assignments, conflicts, close, publish,
 *   results, exports);
 * - viewer: reads competitions and results (never edits);
 * - a judge (any account on a competition's panel): its own assignments' score sheets, its
 *   own conflict declarations; never the results before they are published;
 * - innovator: the competitions its OPD's innovations are in, and their results only after
 *   the admin published them;
 * - everyone else: 403. Another region's competition: 404.
 *
 * Every write is CSRF-checked by the app's middleware and audit-logged by the judging store.
 *
 * @module
 */
import type { Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { parse as parseYaml } from 'yaml';
import { isIsoDate } from '@inovasi/core';
import {
  readCell,
  readStages,
  renderScoringMarkdown,
  type ScoringResult,
} from '@inovasi/core/scoring';
import type { Lang } from '../i18n.js';
import type { PageContext } from '../pages.js';
import type { Region, Store, User } from '../storage/store.js';
import { JUDGING_CSS } from './chart.js';
import {
  conflictOf,
  criteriaOf,
  loadCompetition,
  registryFor,
  scoreCompetition,
  scoringRulebooks,
  stagesOf,
  type CompetitionData,
} from './engine.js';
import { exportFile, EXPORT_FILES } from './export.js';
import { lt, tj } from './i18n.js';
import { competitionListPage, competitionPage, resultsPage, sheetPage } from './pages.js';
import { createJudgingStore, type ScoreValue } from './store.js';

/** The app's context variables (as `app.ts` sets them). */
export interface JudgingEnv {
  Variables: {
    lang: Lang;
    user: User | undefined;
    csrf: string | undefined;
    sessionHash: string | undefined;
  };
}
type Ctx = Context<JudgingEnv>;

/** What the judging routes need from the app. */
export interface JudgingDeps {
  readonly store: Store;
  readonly now: () => Date;
  readonly ctxOf: (c: Ctx) => PageContext;
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const refuse = (
  status: 400 | 401 | 403 | 404 | 409,
  detail: string,
  key = 'error.invalid',
): never => {
  throw new HTTPException(status, { message: detail, cause: key });
};

/**
 * Every value of a repeated form field. The app's middleware has parsed the body once already
 * (one value per name, cached); the request's FormData keeps them all.
 */
const listOf = async (c: Ctx, name: string): Promise<string[]> =>
  (await c.req.formData()).getAll(name).map(str);

/** Registers the judging routes on the desk app. */
export function registerJudging(r: Hono<JudgingEnv>, deps: JudgingDeps): void {
  const { store } = deps;
  const judging = createJudgingStore(store, () => deps.now().toISOString());
  const today = () => deps.now().toISOString().slice(0, 10);

  const signedIn = async (c: Ctx): Promise<{ user: User; region: Region; lang: Lang }> => {
    const user = c.get('user');
    if (!user) return refuse(401, 'sign in', 'error.signin');
    const region = await store.getRegion(user.region_id);
    if (!region) return refuse(401, 'sign in', 'error.signin');
    return { user, region, lang: c.get('lang') };
  };
  const adminOnly = async (c: Ctx) => {
    const who = await signedIn(c);
    if (who.user.role !== 'admin') refuse(403, 'admin only', 'error.forbidden');
    return who;
  };

  /** The competition and how the signed-in user relates to it (404 / 403 otherwise). */
  const access = async (c: Ctx) => {
    const who = await signedIn(c);
    const data = await loadCompetition(store, judging, who.region, c.req.param('id') ?? '');
    if (!data) return refuse(404, 'competition', 'error.notFound');
    const seat = data.judges.find((j) => j.user_id === who.user.id);
    const role = who.user.role;
    const ownEntries =
      role === 'innovator'
        ? data.entries.filter((e) => e.opd_id === who.user.opd_id).map((e) => e.code)
        : [];
    const reads =
      role === 'admin' || role === 'viewer' || seat !== undefined || ownEntries.length > 0;
    if (!reads) return refuse(403, 'not on this competition', 'error.forbidden');
    const published = data.competition.published_at !== null;
    const canSeeResults = role === 'admin' || role === 'viewer' || published;
    return { ...who, data, seat, ownEntries, canSeeResults };
  };

  r.get('/assets/judging.css', (c) =>
    c.body(JUDGING_CSS, 200, { 'content-type': 'text/css; charset=utf-8' }),
  );

  r.get('/competitions', async (c) => {
    const { user, region } = await signedIn(c);
    const all = await judging.listCompetitions(region.id);
    let visible = all;
    if (user.role !== 'admin' && user.role !== 'viewer') {
      const seats = new Set(await judging.competitionsJudgedBy(region.id, user.id));
      const own = new Set<string>();
      if (user.role === 'innovator')
        for (const comp of all) {
          const entries = await judging.listEntries(region.id, comp.id);
          if (entries.some((e) => e.opd_id === user.opd_id)) own.add(comp.id);
        }
      visible = all.filter((x) => seats.has(x.id) || own.has(x.id));
    }
    const form =
      user.role === 'admin'
        ? {
            rulebooks: scoringRulebooks(),
            innovations: await store.listInnovations(region.id),
            today: today(),
          }
        : undefined;
    return c.html(competitionListPage(deps.ctxOf(c), visible, form));
  });

  r.post('/competitions', async (c) => {
    const { user, region } = await adminOnly(c);
    const form = await c.req.parseBody();
    const title = str(form.title);
    if (title === '' || title.length > 300) refuse(400, 'title: 1–300 characters');
    const given = str(form.as_of);
    const asOf = given || today();
    if (!isIsoDate(asOf)) refuse(400, `as_of: a date YYYY-MM-DD, got ${given}`);
    const seed = str(form.seed) || 'inovasi';
    const overlayText = str(form.overlay);
    let overlay: unknown = null;
    let rulebookId = str(form.rulebook);
    if (overlayText !== '') {
      try {
        overlay = parseYaml(overlayText, { maxAliasCount: 100 }) as unknown;
      } catch (error) {
        refuse(400, `overlay: not JSON or YAML (${(error as Error).message.split('\n')[0] ?? ''})`);
      }
      const id = (overlay as { id?: unknown } | null)?.id;
      if (typeof id !== 'string') refuse(400, 'overlay: needs an id');
      rulebookId = id as string;
    }
    let stages: string[] = [];
    try {
      const registry = registryFor(overlay);
      const book = registry.resolve(rulebookId);
      if (book.domain !== 'scoring')
        refuse(400, `rulebook: ${rulebookId} is not a scoring rulebook`);
      stages = readStages(book, asOf).stages.map((s) => s.id);
    } catch (error) {
      if (error instanceof HTTPException) throw error;
      const e = error as { message?: string; issues?: { path: string; message: string }[] };
      refuse(
        400,
        `rulebook: ${e.message ?? 'not valid'}${(e.issues ?? []).map((i) => ` ${i.path}: ${i.message}`).join(';')}`,
      );
    }
    if (stages.length === 0) refuse(400, `rulebook: ${rulebookId} has no scoring stage`);
    const picked = (await listOf(c, 'entry')).filter((x) => x !== '');
    const innovations = await store.listInnovations(region.id);
    const chosen = innovations.filter((i) => picked.includes(i.id));
    if (chosen.length !== picked.length) refuse(400, 'entry: an innovation of this region');
    if (chosen.length === 0) refuse(400, 'entry: at least one innovation');
    const competition = await judging.createCompetition(
      region.id,
      { title, rulebookId, overlay, asOf, seed, stages },
      user.id,
    );
    const proposals = await store.listProposals(region.id, {
      innovationIds: chosen.map((i) => i.id),
    });
    const codes = await Promise.all(
      chosen.map(async (i, n) => {
        const p = proposals.find((x) => x.innovation_id === i.id);
        const id = p
          ? ((await store.getLatestVersion(region.id, p.id))?.data as { id?: unknown } | undefined)
              ?.id
          : undefined;
        return typeof id === 'string' && /^[A-Za-z0-9._-]{1,60}$/.test(id)
          ? id
          : `E${String(n + 1).padStart(2, '0')}`;
      }),
    );
    const unique = codes.map((code, n) => (codes.indexOf(code) === n ? code : `${code}-${n + 1}`));
    await judging.addEntries(
      region.id,
      competition.id,
      chosen.map((i, n) => ({ innovationId: i.id, code: unique[n] ?? `E${n + 1}` })),
      user.id,
    );
    return c.redirect(`/competitions/${competition.id}`, 303);
  });

  /** The core's result; undefined while the panel has no judge (the core needs one). */
  const safeScore = (data: CompetitionData, resamples?: number) =>
    data.judges.length === 0 ? undefined : scoreCompetition(data, resamples);

  /** Admin's view data: conflict reasons and sheet progress from the core. */
  const adminView = (data: CompetitionData, result: ScoringResult | undefined) => {
    const conflictReasons = new Map<string, string>();
    const lang = 'id';
    for (const stage of data.stages)
      for (const j of data.judges)
        for (const e of data.entries) {
          const reason = conflictOf(data, stage.stage, j, e);
          if (reason)
            conflictReasons.set(`${stage.stage} ${j.user_id} ${e.innovation_id}`, lt(lang, reason));
        }
    const progress = new Map<string, string>();
    const byCode = new Map(data.entries.map((e) => [e.code, e.innovation_id]));
    const judgeByCode = new Map(data.judges.map((j) => [j.code, j.user_id]));
    for (const s of data.sheets)
      progress.set(`${s.stage} ${s.user_id} ${s.innovation_id}`, 'incomplete');
    for (const stage of result?.stages ?? [])
      for (const e of stage.entries)
        for (const s of e.sheets)
          progress.set(
            `${stage.stage} ${judgeByCode.get(s.judge) ?? ''} ${byCode.get(e.entry) ?? ''}`,
            s.status,
          );
    return { conflictReasons, progress };
  };

  const showCompetition = async (c: Ctx, refusal?: string, status: 200 | 409 = 200) => {
    const a = await access(c);
    const isAdmin = a.user.role === 'admin';
    const definitions = stagesOf(a.data.competition);
    let extra = {};
    if (isAdmin) {
      const view = adminView(a.data, safeScore(a.data, 0));
      const onPanel = new Set(a.data.judges.map((j) => j.user_id));
      const candidates = (await store.listUsers(a.region.id)).filter(
        (u) => u.role !== 'innovator' && !onPanel.has(u.id),
      );
      extra = { ...view, candidates };
    }
    return c.html(
      competitionPage(deps.ctxOf(c), {
        data: a.data,
        definitions,
        isAdmin,
        ...(a.seat ? { seat: a.seat } : {}),
        ...(a.user.role === 'innovator' ? { ownEntries: a.ownEntries } : {}),
        canSeeResults: a.canSeeResults,
        ...(refusal !== undefined ? { refusal } : {}),
        ...extra,
      }),
      status,
    );
  };
  r.get('/competitions/:id', (c) => showCompetition(c));

  const adminOf = async (c: Ctx) => {
    const a = await access(c);
    if (a.user.role !== 'admin') refuse(403, 'admin only', 'error.forbidden');
    return a;
  };

  r.post('/competitions/:id/judges', async (c) => {
    const a = await adminOf(c);
    const form = await c.req.parseBody();
    const target = await store.getUser(a.region.id, str(form.user));
    if (!target || target.role === 'innovator')
      refuse(400, 'user: an account of this region that is not an innovator');
    if (a.data.judges.some((j) => j.user_id === target?.id))
      refuse(400, 'user: already on the panel');
    const used = new Set(a.data.judges.map((j) => j.code));
    let n = a.data.judges.length + 1;
    while (used.has(`J${n}`)) n++;
    const text = (v: unknown, max: number) => (str(v) === '' ? null : str(v).slice(0, max));
    await judging.addJudge(
      a.region.id,
      a.data.competition.id,
      {
        userId: target?.id ?? '',
        code: `J${n}`,
        agency: text(form.agency, 500),
        homeRegion: text(form.home_region, 500),
        affiliations: str(form.affiliations)
          .split(';')
          .map((x) => x.trim())
          .filter((x) => x !== '')
          .slice(0, 20),
      },
      a.user.id,
    );
    return c.redirect(`/competitions/${a.data.competition.id}`, 303);
  });

  r.post('/competitions/:id/assignments', async (c) => {
    const a = await adminOf(c);
    const form = await c.req.parseBody();
    const stage = a.data.stages.find((s) => s.stage === str(form.stage));
    if (!stage) return refuse(400, 'stage: a stage of this competition');
    if (stage.closed_at !== null) return refuse(409, 'stage: closed', 'error.invalid');
    const judge = a.data.judges.find((j) => j.user_id === str(form.judge));
    if (!judge) return refuse(400, 'judge: a judge of this competition');
    const wanted = await listOf(c, 'entry');
    const entries = a.data.entries.filter((e) => wanted.includes(e.innovation_id));
    if (entries.length === 0 || entries.length !== wanted.length)
      return refuse(400, 'entry: an entry of this competition');
    // every conflict is named, and nothing is assigned when any entry conflicts
    const conflicts = entries
      .map((e) => ({ e, reason: conflictOf(a.data, stage.stage, judge, e) }))
      .filter((x) => x.reason !== undefined);
    if (conflicts.length > 0) {
      const lang = c.get('lang');
      const message = `${tj(lang, 'assign.refused')} — ${conflicts
        .map((x) => `${judge.code} × ${x.e.code}: ${x.reason ? lt(lang, x.reason) : ''}`)
        .join('; ')}`;
      if ((c.req.header('accept') ?? '').includes('application/json'))
        return c.json({ error: 'conflict', message }, 409);
      return showCompetition(c, message, 409);
    }
    const existing = new Set(
      a.data.assignments
        .filter((x) => x.stage === stage.stage && x.user_id === judge.user_id)
        .map((x) => x.innovation_id),
    );
    for (const e of entries)
      if (!existing.has(e.innovation_id))
        await judging.assign(
          a.region.id,
          a.data.competition.id,
          { stage: stage.stage, userId: judge.user_id, innovationId: e.innovation_id },
          a.user.id,
        );
    return c.redirect(`/competitions/${a.data.competition.id}#matrix-${stage.stage}`, 303);
  });

  r.post('/competitions/:id/conflicts', async (c) => {
    const a = await access(c);
    const form = await c.req.parseBody();
    const isAdmin = a.user.role === 'admin';
    // a judge declares its own conflicts; the admin declares anyone's
    const judgeId = isAdmin ? str(form.judge) : (a.seat?.user_id ?? '');
    if (!isAdmin && !a.seat)
      refuse(403, 'only the admin or a judge of this panel', 'error.forbidden');
    if (!a.data.judges.some((j) => j.user_id === judgeId))
      refuse(400, 'judge: a judge of this competition');
    const entry = a.data.entries.find((e) => e.innovation_id === str(form.entry));
    if (!entry) return refuse(400, 'entry: an entry of this competition');
    const reason = str(form.reason);
    if (reason === '' || reason.length > 1000) refuse(400, 'reason: 1–1000 characters');
    await judging.declareConflict(
      a.region.id,
      a.data.competition.id,
      { userId: judgeId, innovationId: entry.innovation_id, reason },
      a.user.id,
    );
    return c.redirect(`/competitions/${a.data.competition.id}`, 303);
  });

  r.post('/competitions/:id/stages/:stage/close', async (c) => {
    const a = await adminOf(c);
    const stage = c.req.param('stage');
    if (!a.data.stages.some((s) => s.stage === stage)) refuse(404, 'stage', 'error.notFound');
    await judging.closeStage(a.region.id, a.data.competition.id, stage, a.user.id);
    return c.redirect(`/competitions/${a.data.competition.id}`, 303);
  });

  r.post('/competitions/:id/publish', async (c) => {
    const a = await adminOf(c);
    if (a.data.competition.published_at === null)
      await judging.publish(a.region.id, a.data.competition.id, a.user.id);
    return c.redirect(`/competitions/${a.data.competition.id}/results`, 303);
  });

  /** A judge's own assignment (403 for anyone else, including the admin). */
  const assignment = async (c: Ctx) => {
    const a = await access(c);
    const stageId = c.req.param('stage');
    const stage = a.data.stages.find((s) => s.stage === stageId);
    const entry = a.data.entries.find((e) => e.innovation_id === c.req.param('entry'));
    if (!stage || !entry) return refuse(404, 'stage or entry', 'error.notFound');
    const seat = a.seat;
    if (
      !seat ||
      !a.data.assignments.some(
        (x) =>
          x.stage === stage.stage &&
          x.user_id === seat.user_id &&
          x.innovation_id === entry.innovation_id,
      )
    )
      return refuse(403, 'not your assignment', 'error.forbidden');
    const definition = stagesOf(a.data.competition).find((d) => d.id === stage.stage);
    if (!definition) return refuse(404, 'stage', 'error.notFound');
    const sheet = a.data.sheets.find(
      (s) =>
        s.stage === stage.stage &&
        s.user_id === seat.user_id &&
        s.innovation_id === entry.innovation_id,
    );
    return { ...a, seat, stage, entry, definition, sheet };
  };
  const sheetTotal = (a: Awaited<ReturnType<typeof assignment>>) => {
    return safeScore(a.data, 0)
      ?.stages.find((s) => s.stage === a.stage.stage)
      ?.entries.find((e) => e.entry === a.entry.code)
      ?.sheets.find((s) => s.judge === a.seat.code)?.total;
  };

  r.get('/competitions/:id/score/:stage/:entry', async (c) => {
    const a = await assignment(c);
    const total = a.sheet ? sheetTotal(a) : undefined;
    return c.html(
      sheetPage(deps.ctxOf(c), {
        competition: a.data.competition,
        definition: a.definition,
        entry: a.entry,
        sheet: a.sheet,
        closed: a.stage.closed_at !== null,
        saved: c.req.query('saved') === '1',
        ...(total !== undefined ? { total } : {}),
      }),
    );
  });

  r.post('/competitions/:id/score/:stage/:entry', async (c) => {
    const a = await assignment(c);
    const lang = c.get('lang');
    if (a.stage.closed_at !== null) refuse(409, tj(lang, 'stage.closedRefusal'));
    const form = await c.req.parseBody();
    const criteria = criteriaOf(a.definition) ?? [];
    const scores: Record<string, ScoreValue> = {};
    const problems: string[] = [];
    for (const criterion of criteria) {
      const raw = str(form[`c.${criterion.id}`]);
      const reading = readCell(criterion.scale, criterion, raw);
      if (reading.kind === 'invalid')
        problems.push(`${criterion.id}: ${lt(lang, reading.problem)}`);
      else if (reading.kind === 'not-applicable') scores[criterion.id] = 'n/a';
      else if (reading.kind === 'value')
        scores[criterion.id] = criterion.scale.kind === 'labelled' ? raw : reading.value;
    }
    const unknown = Object.keys(form).filter(
      (k) => k.startsWith('c.') && !criteria.some((x) => `c.${x.id}` === k),
    );
    for (const k of unknown) problems.push(`${k.slice(2)}: not a criterion of this stage`);
    if (problems.length > 0) refuse(400, problems.join('; '));
    const comment = str(form.comment);
    if (comment.length > 20_000) refuse(400, 'comment: at most 20000 characters');
    const saved = await judging.saveSheet(
      a.region.id,
      a.data.competition.id,
      {
        stage: a.stage.stage,
        userId: a.seat.user_id,
        innovationId: a.entry.innovation_id,
        scores,
        comment: comment === '' ? null : comment,
      },
      a.user.id,
    );
    if (!saved.ok)
      refuse(saved.refusal === 'stage-closed' ? 409 : 404, tj(lang, 'stage.closedRefusal'));
    if (c.req.header('x-csrf-token') !== undefined) return c.json({ saved: true });
    return c.redirect(
      `/competitions/${a.data.competition.id}/score/${a.stage.stage}/${a.entry.innovation_id}?saved=1`,
      303,
    );
  });

  const results = async (c: Ctx) => {
    const a = await access(c);
    if (!a.canSeeResults) return refuse(403, 'results are not published yet', 'error.forbidden');
    const result = safeScore(a.data);
    if (!result) return refuse(409, 'the panel has no judge yet', 'error.invalid');
    return { ...a, result };
  };
  r.get('/competitions/:id/results', async (c) => {
    const a = await results(c);
    const lang = c.get('lang');
    return c.html(
      resultsPage(deps.ctxOf(c), a.data, a.result, {
        print: false,
        isAdmin: a.user.role === 'admin',
        report: renderScoringMarkdown(a.result, lang),
      }),
    );
  });
  r.get('/competitions/:id/print', async (c) => {
    const a = await results(c);
    const lang = c.get('lang');
    return c.html(
      resultsPage(deps.ctxOf(c), a.data, a.result, {
        print: true,
        isAdmin: false,
        report: renderScoringMarkdown(a.result, lang),
      }),
    );
  });
  r.get('/competitions/:id/export/:file', async (c) => {
    const a = await results(c);
    const file = c.req.param('file');
    if (!EXPORT_FILES.some((f) => f.test(file))) return refuse(404, 'export', 'error.notFound');
    // the panel, its sheets and the overlay are the admin's working data
    if (/^(panel\.json|sheets-.*\.csv|rulebook\.json)$/.test(file) && a.user.role !== 'admin')
      return refuse(403, 'admin only', 'error.forbidden');
    const out = await exportFile(file, a.data, a.result, c.get('lang'));
    if (!out) return refuse(404, 'export', 'error.notFound');
    return c.body(out.body, 200, {
      'content-type': out.type,
      'content-disposition': `attachment; filename="${file}"`,
      'cache-control': 'private, no-store',
    });
  });
}
