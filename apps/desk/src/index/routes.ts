/**
 * The index routes: the region's IID (answers, verification, exports, printable report), one
 * innovation's SID answers, the incentive outlook, and the printable proposal check. Who may do
 * what:
 *
 * - admin: everything in its region (answers, verification, incentive data, exports, reports);
 * - viewer: reads the IID, the incentive outlook, the exports and the reports; never edits;
 * - innovator: the region's IID page (only its own OPD's innovations listed), its own OPD's
 *   innovations' SID answers (read and write), its proposals' check report;
 * - mentor: the region's IID page (only its assigned innovations listed), reads the SID answers
 *   and check reports of its assigned innovations;
 * - any other role: 403. Another region's innovation or proposal: 404.
 *
 * Every write is CSRF-checked by the app's middleware and audit-logged by the index store.
 *
 * @module
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- hono's middleware context carries an `any` input type */
import type { Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import writeXlsxFile from 'write-excel-file/node';
import { readIidModel, URUSAN_YANDAS, type IidView, type Row } from '@inovasi/core/iid';
import { builtinRegistry } from '@inovasi/core/registry';
import { CHART_CSS } from '../charts.js';
import { langOf, type Lang } from '../i18n.js';
import type { PageContext } from '../pages.js';
import { canEdit, canSee, type Scope } from '../policy.js';
import { checkProposal } from '../readiness.js';
import type { Region, Store, User } from '../storage/store.js';
import { renderCsv } from '../tabular.js';
import {
  iidEditions,
  iidOf,
  iidOutcome,
  incentiveEditions,
  incentiveOutcome,
  regionFileOf,
} from './compute.js';
import { iidPage, INCENTIVE_FLAGS, incentivePage, sidPage, valueText } from './pages.js';
import { iidReport, INDEX_CSS, proposalReport } from './report.js';
import { ANSWER_STATUSES, type AnswerStatus } from './schema.js';
import { createIndexStore, SPD_SUBJECT, type AnswerInput } from './store.js';

/** What the index routes need from the app. */
export interface IndexDeps {
  readonly store: Store;
  readonly now: () => Date;
  readonly ctxOf: (c: Context) => PageContext;
}

const READERS = ['admin', 'viewer'] as const;
const ALL = ['admin', 'viewer', 'innovator', 'mentor'] as const;

const fail = (status: 400 | 401 | 403 | 404, key: string, detail?: string): never => {
  throw new HTTPException(status, { message: detail ?? key, cause: key });
};

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** Registers the index routes on the desk app. */
export function registerIndex(app: Hono<any>, deps: IndexDeps): void {
  const { store } = deps;
  const index = createIndexStore(store, () => deps.now().toISOString());
  const today = () => deps.now().toISOString().slice(0, 10);

  const who = async (
    c: Context,
    roles: readonly string[],
  ): Promise<{ user: User; region: Region; scope: Scope }> => {
    const user = c.get('user') as User | undefined;
    if (!user) return fail(401, 'error.signin');
    if (!roles.includes(user.role)) return fail(403, 'error.forbidden');
    const region = await store.getRegion(user.region_id);
    if (!region) return fail(401, 'error.signin');
    const assigned =
      user.role === 'mentor' ? await store.listAssignedInnovationIds(region.id, user.id) : [];
    return { user, region, scope: { user, assigned } };
  };
  const loadInnovation = async (c: Context, roles: readonly string[]) => {
    const w = await who(c, roles);
    const innovation = await store.getInnovation(w.region.id, c.req.param('id') ?? '');
    if (!innovation) return fail(404, 'error.notFound');
    if (!canSee(w.scope, innovation)) return fail(403, 'error.forbidden');
    return { ...w, innovation };
  };

  /** The IID edition asked for (default: the region's newest report, else the newest edition). */
  const iidEdition = async (regionId: string, asked: string | undefined) => {
    const editions = iidEditions();
    if (asked !== undefined && asked !== '') {
      if (!editions.some((e) => e.id === asked))
        fail(400, 'error.invalid', `edition: one of ${editions.map((e) => e.id).join(', ')}`);
      return asked;
    }
    const reports = await index.listReports(regionId);
    const known = reports.map((r) => r.edition).filter((e) => editions.some((x) => x.id === e));
    return known.sort().at(-1) ?? editions.find((e) => e.status === 'in-force')?.id ?? 'iid-2026';
  };
  const viewOf = (value: string | undefined): IidView => {
    if (value === undefined || value === '' || value === 'claimed') return 'claimed';
    if (value === 'verified') return 'verified';
    return fail(400, 'error.invalid', 'view: claimed or verified');
  };
  const catalogues = (edition: string, asOf: string) => {
    const model = readIidModel(builtinRegistry.resolve(edition), asOf);
    const known = (r: { status: string; value?: Row[] } | undefined) =>
      r?.status === 'known' ? r.value : undefined;
    return { spd: known(model.spd?.slots.catalogue), sid: known(model.sid?.slots.catalogue) };
  };

  /** The region file and the core's answer for one edition. */
  const iidData = async (region: Region, edition: string, view: IidView) => {
    const [report, entries, answers] = await Promise.all([
      index.getReport(region.id, edition),
      index.listEntries(region.id, edition),
      index.listAnswers(region.id, edition),
    ]);
    const file = regionFileOf(region, report, entries, answers);
    let outcome;
    let error: string | undefined;
    try {
      outcome = iidOutcome(file, edition, view, today());
    } catch (e) {
      const err = e as {
        code?: string;
        message?: string;
        issues?: { path: string; message: string }[];
      };
      if (typeof err.code !== 'string') throw e;
      error = `${err.message ?? err.code} ${(err.issues ?? []).map((i) => `${i.path}: ${i.message}`).join('; ')}`;
    }
    return { report, entries, answers, file, outcome, error };
  };

  app.get('/assets/index.css', (c) =>
    c.body(CHART_CSS + INDEX_CSS, 200, { 'content-type': 'text/css; charset=utf-8' }),
  );

  // ---- the region's IID ------------------------------------------------------------------------
  app.get('/iid', async (c) => {
    const { region, scope, user } = await who(c, ALL);
    const edition = await iidEdition(region.id, c.req.query('edition'));
    const view = viewOf(c.req.query('view'));
    const data = await iidData(region, edition, view);
    const visible = new Set(
      data.entries.filter((e) => canSee(scope, e)).map((e) => e.innovation_id),
    );
    const outcome =
      data.outcome && user.role !== 'admin' && user.role !== 'viewer'
        ? {
            ...data.outcome,
            result: {
              ...data.outcome.result,
              innovations: data.outcome.result.innovations.filter((i) => visible.has(i.id)),
            },
          }
        : data.outcome;
    const reported = new Set(data.entries.map((e) => e.innovation_id));
    const reportable = (await store.listInnovations(region.id)).filter(
      (i) => !reported.has(i.id) && canEdit(scope, i),
    );
    const reports = await index.listReports(region.id);
    const years = await Promise.all(
      reports
        .map((r) => r.edition)
        .filter((e) => iidEditions().some((x) => x.id === e))
        .sort()
        .map(async (e) => {
          if (e === edition && data.outcome) return { edition: e, iid: data.outcome.claimed.iid };
          const d = await iidData(region, e, 'claimed');
          const result = iidOf(d.file, e, 'claimed', today());
          return {
            edition: e,
            iid: result?.iid ?? null,
            ...(result?.status === 'indeterminate'
              ? {
                  note:
                    result.predikat.status === 'indeterminate'
                      ? result.predikat.missing[c.get('lang') as Lang]
                      : '',
                }
              : {}),
          };
        }),
    );
    const asOf = data.outcome?.result.asOf ?? today();
    return c.html(
      iidPage(deps.ctxOf(c), {
        editions: iidEditions(),
        edition,
        view,
        ...(outcome ? { outcome } : {}),
        ...(data.error !== undefined ? { error: data.error } : {}),
        spdCatalogue: catalogues(edition, asOf).spd,
        answers: data.answers,
        entries: data.entries.filter((e) => visible.has(e.innovation_id)),
        reportable,
        years,
        isAdmin: user.role === 'admin',
        saved: c.req.query('saved') === '1',
      }),
    );
  });

  /** Answers from a form: `level.<row>`, `evidence.<row>`, `file.<row>` for the catalogue's rows. */
  const answersFrom = (
    form: Record<string, unknown>,
    catalogue: readonly Row[],
    files: ReadonlySet<string>,
  ): AnswerInput[] => {
    const out: AnswerInput[] = [];
    for (const row of catalogue) {
      const raw = str(form[`level.${row.id}`]);
      if (raw === '') continue;
      const level = Number(raw);
      if (!Number.isInteger(level) || level < 0 || level > 3)
        fail(400, 'error.invalid', `level.${row.id}: a level from 0 to 3, got ${raw}`);
      const evidence = str(form[`evidence.${row.id}`]);
      if (evidence.length > 2000)
        fail(400, 'error.invalid', `evidence.${row.id}: at most 2000 characters`);
      const file = str(form[`file.${row.id}`]);
      if (file !== '' && !files.has(file))
        fail(400, 'error.invalid', `file.${row.id}: an evidence file of this innovation`);
      out.push({
        row: row.id,
        level,
        evidence: evidence === '' ? null : evidence,
        ...(`file.${row.id}` in form ? { evidenceFileId: file === '' ? null : file } : {}),
      });
    }
    return out;
  };

  app.post('/iid/spd', async (c) => {
    const { region, user } = await who(c, ['admin']);
    const form = await c.req.parseBody();
    const edition = await iidEdition(region.id, str(form.edition) || undefined);
    const view = viewOf(str(form.view) || undefined);
    const { spd } = catalogues(edition, today());
    if (!spd) return fail(400, 'error.invalid', `edition: ${edition} has no known SPD catalogue`);
    await index.saveAnswers(
      region.id,
      edition,
      SPD_SUBJECT,
      answersFrom(form, spd, new Set()),
      user.id,
    );
    return c.redirect(`/iid?edition=${encodeURIComponent(edition)}&view=${view}&saved=1`, 303);
  });

  app.post('/iid/verify', async (c) => {
    const { region, user } = await who(c, ['admin']);
    const form = await c.req.parseBody();
    const edition = await iidEdition(region.id, str(form.edition) || undefined);
    const subject = str(form.subject);
    const row = str(form.row);
    const status = str(form.status);
    const reason = str(form.reason);
    if (!(ANSWER_STATUSES as readonly string[]).includes(status))
      fail(400, 'error.invalid', `status: one of ${ANSWER_STATUSES.join(', ')}`);
    if (reason.length > 1000) fail(400, 'error.invalid', 'reason: at most 1000 characters');
    if (status === 'rejected' && reason === '')
      fail(400, 'error.invalid', 'reason: a rejection needs a reason');
    if (subject !== SPD_SUBJECT) {
      const innovation = await store.getInnovation(region.id, subject);
      if (!innovation) return fail(404, 'error.notFound');
    }
    const entry = str(form.target) === 'entry';
    if (entry && subject === SPD_SUBJECT)
      fail(400, 'error.invalid', 'target: entry needs an innovation');
    const done = entry
      ? await index.verifyEntry(
          region.id,
          edition,
          subject,
          status as AnswerStatus,
          reason || null,
          user.id,
        )
      : (await index.verify(
          region.id,
          edition,
          subject,
          row === '' ? [] : [row],
          status as AnswerStatus,
          reason || null,
          user.id,
        )) > 0;
    if (!done) return fail(404, 'error.notFound');
    const back = str(form.back);
    return c.redirect(back.startsWith('/iid') && !back.startsWith('//') ? back : '/iid', 303);
  });

  // ---- one innovation's SID answers --------------------------------------------------------------
  app.get('/iid/innovations/:id', async (c) => {
    const { region, scope, user, innovation } = await loadInnovation(c, ALL);
    const edition = await iidEdition(region.id, c.req.query('edition'));
    const view = viewOf(c.req.query('view'));
    const data = await iidData(region, edition, view);
    const entry = data.entries.find((e) => e.innovation_id === innovation.id);
    const result = data.outcome?.result.innovations.find((i) => i.id === innovation.id);
    const opd = await store.getOpd(region.id, innovation.opd_id);
    const asOf = data.outcome?.result.asOf ?? today();
    return c.html(
      sidPage(deps.ctxOf(c), {
        edition,
        view,
        innovation: { ...innovation, opd_name: opd?.name ?? '' },
        entry,
        catalogue: catalogues(edition, asOf).sid,
        answers: data.answers.filter((a) => a.subject === innovation.id),
        rows: result?.rows ?? [],
        ...(result?.exclusion ? { exclusion: result.exclusion.reason[c.get('lang') as Lang] } : {}),
        ...(result ? { score: { score: result.score, maximum: result.maximum } } : {}),
        evidence: await store.listEvidence(region.id, innovation.id),
        urusanIds: URUSAN_YANDAS.map((u: { id: string }) => u.id),
        editable: canEdit(scope, innovation),
        isAdmin: user.role === 'admin',
      }),
    );
  });

  app.post('/iid/innovations/:id', async (c) => {
    const { region, scope, user, innovation } = await loadInnovation(c, ['admin', 'innovator']);
    if (!canEdit(scope, innovation)) fail(403, 'error.forbidden');
    const form = await c.req.parseBody();
    const edition = await iidEdition(region.id, str(form.edition) || undefined);
    const view = viewOf(str(form.view) || undefined);
    const urusan = str(form.urusan);
    if (urusan === '' || urusan.length > 200)
      fail(400, 'error.invalid', 'urusan: 1–200 characters');
    const formKind = str(form.form);
    if (formKind !== '' && !['tata-kelola', 'pelayanan-publik', 'lainnya'].includes(formKind))
      fail(400, 'error.invalid', 'form: tata-kelola, pelayanan-publik or lainnya');
    const date = str(form.implementation_date);
    if (date !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(date))
      fail(400, 'error.invalid', `implementation_date: YYYY-MM-DD, got ${date}`);
    const wordsRaw = str(form.rancang_bangun_words);
    const words = wordsRaw === '' ? null : Number(wordsRaw);
    if (words !== null && (!Number.isInteger(words) || words < 0 || words > 1_000_000))
      fail(400, 'error.invalid', 'rancang_bangun_words: a whole number from 0');
    await index.saveEntry(
      region.id,
      edition,
      innovation.id,
      {
        urusan,
        form: formKind === '' ? null : formKind,
        digital: form.digital === 'true' ? true : null,
        implementationDate: date === '' ? null : date,
        rancangBangunWords: words,
      },
      user.id,
    );
    const { sid } = catalogues(edition, today());
    if (sid) {
      const files = new Set((await store.listEvidence(region.id, innovation.id)).map((f) => f.id));
      await index.saveAnswers(
        region.id,
        edition,
        innovation.id,
        answersFrom(form, sid, files),
        user.id,
      );
    }
    return c.redirect(
      `/iid/innovations/${innovation.id}?edition=${encodeURIComponent(edition)}&view=${view}`,
      303,
    );
  });

  // ---- IID exports and report ------------------------------------------------------------------
  const iidExport = async (c: Context) => {
    const { region } = await who(c, READERS);
    const edition = await iidEdition(region.id, c.req.query('edition'));
    const view = viewOf(c.req.query('view'));
    const data = await iidData(region, edition, view);
    if (!data.outcome) return fail(400, 'error.invalid', data.error);
    const r = data.outcome.result;
    const answers = new Map(data.answers.map((a) => [`${a.subject}:${a.row_id}`, a]));
    const header = [
      'edition',
      'view',
      'subject',
      'innovation',
      'row',
      'title',
      'weight',
      'level',
      'score',
      'maximum',
      'counted',
      'status',
      'evidence',
      'reason',
      'explanation',
    ];
    const lang = c.get('lang') as Lang;
    const rowsOf = (subject: string, name: string, rows: typeof r.spdRows) =>
      rows.map((x) => {
        const a = answers.get(`${subject}:${x.row}`);
        return [
          edition,
          view,
          subject,
          name,
          x.row,
          x.title[lang],
          x.weight,
          x.level,
          x.score,
          x.maximum,
          x.counted,
          a?.status ?? '',
          a?.evidence ?? '',
          a?.reason ?? '',
          x.explanation[lang],
        ];
      });
    const body = [
      ...rowsOf(SPD_SUBJECT, '', r.spdRows),
      ...r.innovations.flatMap((i) => rowsOf(i.id, i.name, i.rows)),
    ];
    return { region, edition, view, data, header, body, result: r };
  };
  const tableResponse = async (
    c: Context,
    format: 'csv' | 'xlsx',
    name: string,
    header: readonly string[],
    body: readonly (readonly unknown[])[],
  ) => {
    if (format === 'csv')
      return c.body(renderCsv(header, body), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}.csv"`,
      });
    const cells = [header, ...body].map((row) =>
      row.map((v) =>
        v === '' || v === null || v === undefined
          ? null
          : { value: typeof v === 'object' ? JSON.stringify(v) : (v as string | number | boolean) },
      ),
    );
    const buffer = await writeXlsxFile(cells, { sheet: 'Data' }).toBuffer();
    return c.body(new Uint8Array(buffer), 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="${name}.xlsx"`,
    });
  };
  for (const format of ['csv', 'xlsx'] as const)
    app.get(`/iid/export.${format}`, async (c) => {
      const x = await iidExport(c);
      return tableResponse(c, format, `iid-${x.region.code}-${x.edition}`, x.header, x.body);
    });
  app.get('/iid/export.json', async (c) => {
    const x = await iidExport(c);
    return c.json(
      {
        edition: x.edition,
        asOf: x.result.asOf,
        view: x.view,
        iid: x.result.iid,
        predikat: x.result.predikat.predikat,
        views: {
          claimed: {
            iid: x.result.views.claimed.iid,
            predikat: x.result.views.claimed.predikat.predikat,
          },
          verified: {
            iid: x.result.views.verified.iid,
            predikat: x.result.views.verified.predikat.predikat,
          },
        },
        // the region file as `inovasi iid` reads it
        region: x.data.file,
        rows: x.body.map((row) => Object.fromEntries(x.header.map((h, i) => [h, row[i]]))),
      },
      200,
      { 'content-disposition': `attachment; filename="iid-${x.region.code}-${x.edition}.json"` },
    );
  });
  app.get('/iid/report', async (c) => {
    const { region } = await who(c, READERS);
    const lang = langOf(c.req.query('lang') ?? (c.get('lang') as string));
    const edition = await iidEdition(region.id, c.req.query('edition'));
    const data = await iidData(region, edition, 'claimed');
    if (!data.outcome) return fail(400, 'error.invalid', data.error);
    const titles = new Map(data.entries.map((e) => [e.innovation_id, e.title]));
    return c.html(
      iidReport(
        lang,
        region,
        data.outcome,
        titles,
        deps.now().toISOString().slice(0, 16).replace('T', ' '),
      ),
    );
  });

  // ---- incentive ---------------------------------------------------------------------------------
  const incentiveEdition = async (regionId: string, asked: string | undefined) => {
    const editions = incentiveEditions();
    if (asked !== undefined && asked !== '') {
      if (!editions.some((e) => e.id === asked))
        fail(400, 'error.invalid', `edition: one of ${editions.map((e) => e.id).join(', ')}`);
      return asked;
    }
    const stored = await index.listIncentive(regionId);
    const inForce = editions.find((e) => e.status === 'in-force')?.id;
    return inForce !== undefined && stored.some((s) => s.edition === inForce)
      ? inForce
      : (stored.at(-1)?.edition ?? inForce ?? editions[0]?.id ?? 'insentif-fiskal-2026');
  };
  /** The stored data of an edition, or the least the format needs (every value missing). */
  const incentiveData = async (region: Region, edition: string) => {
    const stored = await index.listIncentive(region.id);
    const found = stored.find((s) => s.edition === edition)?.data as
      Record<string, unknown> | undefined;
    const base = found ?? { id: region.code, name: region.name, level: 'kota' };
    return { stored, found, base };
  };
  const incentiveCheck = (data: unknown, edition: string) => {
    try {
      return incentiveOutcome(data, edition, today());
    } catch (e) {
      const err = e as {
        code?: string;
        message?: string;
        issues?: { path: string; message: string }[];
      };
      if (typeof err.code !== 'string') throw e;
      return fail(
        400,
        'error.invalid',
        `${err.message ?? err.code} ${(err.issues ?? []).map((i) => `${i.path}: ${i.message}`).join('; ')}`,
      );
    }
  };
  app.get('/incentive', async (c) => {
    const { region, user } = await who(c, READERS);
    const edition = await incentiveEdition(region.id, c.req.query('edition'));
    const { stored, found, base } = await incentiveData(region, edition);
    return c.html(
      incentivePage(deps.ctxOf(c), {
        editions: incentiveEditions(),
        edition,
        result: incentiveCheck(base, edition),
        data: found,
        stored: stored.map((s) => ({
          edition: s.edition,
          result: incentiveCheck(s.data, s.edition),
        })),
        isAdmin: user.role === 'admin',
        saved: c.req.query('saved') === '1',
      }),
    );
  });
  app.post('/incentive', async (c) => {
    const { region, user } = await who(c, ['admin']);
    const form = await c.req.parseBody();
    const edition = await incentiveEdition(region.id, str(form.edition) || undefined);
    const { base } = await incentiveData(region, edition);
    const next: Record<string, unknown> = { ...base };
    const level = str(form.level);
    if (!['provinsi', 'kabupaten', 'kota'].includes(level))
      fail(400, 'error.invalid', 'level: provinsi, kabupaten or kota');
    next.level = level;
    const opinions = str(form.auditOpinions);
    if (opinions === '') next.auditOpinions = undefined;
    else
      next.auditOpinions = opinions.split(',').map((part) => {
        const m = /^\s*(\d{4})\s*:\s*(WTP|WDP|TW|TMP)\s*$/i.exec(part);
        if (!m)
          return fail(
            400,
            'error.invalid',
            `auditOpinions: "${part.trim()}" is not year:opinion (e.g. 2023:WTP)`,
          );
        return { year: Number(m[1]), opinion: (m[2] ?? '').toUpperCase() };
      });
    for (const flag of INCENTIVE_FLAGS) {
      const v = str(form[flag]);
      if (v === '') next[flag] = undefined;
      else if (v === 'true' || v === 'false') next[flag] = v === 'true';
      else fail(400, 'error.invalid', `${flag}: true, false or empty`);
    }
    const grade = str(form.eProcurementGrade);
    if (grade === '') next.eProcurementGrade = undefined;
    else if (/^[A-E]$/.test(grade)) next.eProcurementGrade = grade;
    else fail(400, 'error.invalid', 'eProcurementGrade: A–E or empty');
    // drop the values left empty; the core validates the whole document before it is stored
    for (const [k, v] of Object.entries(next)) if (v === undefined) Reflect.deleteProperty(next, k);
    incentiveCheck(next, edition);
    await index.saveIncentive(region.id, edition, next, user.id);
    return c.redirect(`/incentive?edition=${encodeURIComponent(edition)}&saved=1`, 303);
  });
  const incentiveExport = async (c: Context) => {
    const { region } = await who(c, READERS);
    const edition = await incentiveEdition(region.id, c.req.query('edition'));
    const { base } = await incentiveData(region, edition);
    const result = incentiveCheck(base, edition);
    const lang = c.get('lang') as Lang;
    const header = [
      'edition',
      'kind',
      'rule',
      'title',
      'outcome',
      'value',
      'threshold',
      'explanation',
      'fix',
      'source',
      'url',
      'tier',
    ];
    const body = [
      ...result.gates.map((g) => [
        edition,
        'gate',
        g.rule.id,
        g.title[lang],
        g.outcome,
        valueText(g.observed),
        valueText(g.expected),
        g.explanation[lang],
        g.fix?.[lang] ?? '',
        g.rule.source?.citation ?? '',
        g.rule.source?.url ?? '',
        g.rule.source?.tier ?? '',
      ]),
      ...result.missing.map((m) => [
        edition,
        'missing',
        m.rule,
        '',
        'indeterminate',
        '',
        '',
        m.what[lang],
        '',
        '',
        '',
        '',
      ]),
    ];
    return { region, edition, base, result, header, body };
  };
  for (const format of ['csv', 'xlsx'] as const)
    app.get(`/incentive/export.${format}`, async (c) => {
      const x = await incentiveExport(c);
      return tableResponse(c, format, `incentive-${x.region.code}-${x.edition}`, x.header, x.body);
    });
  app.get('/incentive/export.json', async (c) => {
    const x = await incentiveExport(c);
    return c.json(
      {
        edition: x.edition,
        asOf: x.result.asOf,
        status: x.result.status,
        // the region's data as `inovasi incentive` reads it
        region: x.base,
        gates: x.body
          .filter((r) => r[1] === 'gate')
          .map((row) => Object.fromEntries(x.header.map((h, i) => [h, row[i]]))),
        missing: x.result.missing,
      },
      200,
      {
        'content-disposition': `attachment; filename="incentive-${x.region.code}-${x.edition}.json"`,
      },
    );
  });

  // ---- an innovator's proposal check, printable --------------------------------------------------
  app.get('/proposals/:id/report', async (c) => {
    const { region, scope } = await who(c, ALL);
    const proposal = await store.getProposal(region.id, c.req.param('id'));
    if (!proposal) return fail(404, 'error.notFound');
    if (!canSee(scope, proposal)) return fail(403, 'error.forbidden');
    const lang = langOf(c.req.query('lang') ?? (c.get('lang') as string));
    const doc = ((await store.getLatestVersion(region.id, proposal.id))?.data ?? {}) as Record<
      string,
      unknown
    >;
    const outcome = checkProposal(region, proposal.rulebook_id, doc, today());
    if (!outcome.ok) return fail(400, 'error.invalid', outcome.message);
    return c.html(
      proposalReport(
        lang,
        proposal,
        doc,
        outcome.result,
        deps.now().toISOString().slice(0, 16).replace('T', ' '),
      ),
    );
  });
}
