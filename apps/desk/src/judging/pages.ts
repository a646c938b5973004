/**
 * The judging pages, rendered on the server from data the routes have already filtered by
 * role: the competition list, a competition (setup, panel, assignment matrix, progress), a
 * judge's score sheet, and the results (also printable on A4).
 *
 * @module
 */
import { formatNumber } from '@inovasi/core';
import type { RulebookSummary } from '@inovasi/core/rulebook';
import {
  describeScale,
  type ScoringResult,
  type StageDefinition,
  type StageResult,
} from '@inovasi/core/scoring';
import { html, trusted, type Html } from '../html.js';
import type { Lang } from '../i18n.js';
import { layout, type PageContext } from '../pages.js';
import type { Innovation, User } from '../storage/store.js';
import { renderBarChart } from './chart.js';
import { criteriaOf, type CompetitionData } from './engine.js';
import { lt, tj } from './i18n.js';
import type { Competition, PanelJudge, StoredSheet } from './store.js';

const css = html`<link rel="stylesheet" href="/assets/judging.css" />`;
const csrfField = (ctx: PageContext) =>
  ctx.csrf !== undefined ? html`<input type="hidden" name="_csrf" value="${ctx.csrf}" />` : '';
const num = (v: number | null | undefined, lang: Lang) =>
  v === null || v === undefined ? '—' : formatNumber(v, lang);

/** The competitions the user may see, and (admin) the form for a new one. */
export function competitionListPage(
  ctx: PageContext,
  competitions: readonly Competition[],
  form?: {
    rulebooks: readonly RulebookSummary[];
    innovations: readonly (Innovation & { opd_name: string })[];
    today: string;
  },
): string {
  const { lang } = ctx;
  return layout(
    ctx,
    tj(lang, 'list.title'),
    html`${css} ${competitions.length === 0 ? html`<p>${tj(lang, 'list.none')}</p>` : ''}
      <ul id="competitions">
        ${competitions.map(
          (c) =>
            html`<li>
              <a href="/competitions/${c.id}">${c.title}</a> · ${c.rulebook_id} ·
              ${c.published_at !== null ? tj(lang, 'publish.done') : tj(lang, 'publish.not')}
            </li>`,
        )}
      </ul>
      ${
        form
          ? html`<h2>${tj(lang, 'new.title')}</h2>
              <form method="post" action="/competitions" class="card">
                ${csrfField(ctx)}
                <label for="c-title">${tj(lang, 'new.name')}</label>
                <input id="c-title" name="title" required maxlength="300" />
                <label for="c-rulebook">${tj(lang, 'new.rulebook')}</label>
                <select id="c-rulebook" name="rulebook">
                  ${form.rulebooks.map(
                    (b) => html`<option value="${b.id}">${b.id} — ${lt(lang, b.title)}</option>`,
                  )}
                </select>
                <label for="c-overlay">${tj(lang, 'new.overlay')}</label>
                <textarea id="c-overlay" name="overlay" rows="4"></textarea>
                <label for="c-asof">${tj(lang, 'new.asOf')}</label>
                <input
                  id="c-asof"
                  name="as_of"
                  value="${form.today}"
                  pattern="\\d{4}-\\d{2}-\\d{2}"
                />
                <label for="c-seed">${tj(lang, 'new.seed')}</label>
                <input id="c-seed" name="seed" value="inovasi" maxlength="200" />
                <fieldset>
                  <legend>${tj(lang, 'new.entries')}</legend>
                  ${form.innovations.map(
                    (i) =>
                      html`<label class="check"
                        ><input type="checkbox" name="entry" value="${i.id}" checked /> ${i.title}
                        (${i.opd_name})</label
                      >`,
                  )}
                </fieldset>
                <button type="submit">${tj(lang, 'new.submit')}</button>
              </form>`
          : ''
      }`,
  );
}

function stageSetup(lang: Lang, def: StageDefinition, closed: boolean): Html {
  const criteria = criteriaOf(def);
  const adv = def.advancement;
  const advText =
    adv.status === 'known'
      ? adv.value.rule.kind === 'top'
        ? `top ${adv.value.rule.n}`
        : adv.value.rule.kind === 'passing-grade'
          ? `≥ ${adv.value.rule.min}`
          : adv.value.rule.kind === 'percentile'
            ? `top ${adv.value.rule.top}%`
            : 'all'
      : adv.status === 'unknown'
        ? `${tj(lang, 'setup.unknown')}: ${lt(lang, adv.missing)}`
        : 'all';
  const quotas = adv.status === 'known' ? adv.value.quotas : [];
  const combine = def.combine.status === 'known' ? def.combine.value : undefined;
  return html`<section class="stage" id="stage-${def.id}">
    <h3>
      ${lt(lang, def.title)} (${def.id}) ·
      <span class="stage-state">${closed ? tj(lang, 'stage.closed') : tj(lang, 'stage.open')}</span>
    </h3>
    ${
      criteria
        ? html`<table class="criteria">
            <thead>
              <tr>
                <th scope="col">${tj(lang, 'setup.criterion')}</th>
                <th scope="col">${tj(lang, 'setup.weight')}</th>
                <th scope="col">${tj(lang, 'setup.scale')}</th>
                <th scope="col">${tj(lang, 'setup.minimum')}</th>
                <th scope="col">${tj(lang, 'setup.na')}</th>
              </tr>
            </thead>
            <tbody>
              ${criteria.map(
                (c) =>
                  html`<tr>
                    <td>${lt(lang, c.label)} <code>${c.id}</code></td>
                    <td>
                      ${c.counted ? c.weight : `${c.weight} (${tj(lang, 'setup.notCounted')})`}
                    </td>
                    <td>${describeScale(c.scale)}</td>
                    <td>${c.minimum ?? '—'}</td>
                    <td>${c.allowNotApplicable ? tj(lang, 'yes') : tj(lang, 'no')}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : html`<p>
            ${tj(lang, 'setup.criterion')}:
            ${def.rubric.status === 'unknown' ? lt(lang, def.rubric.missing) : tj(lang, 'setup.unknown')}
          </p>`
    }
    <p>
      ${tj(lang, 'setup.advancement')}: <strong>${advText}</strong> ${
        quotas.length > 0
          ? html` · ${tj(lang, 'setup.quotas')}:
            ${quotas.map(
              (q) =>
                html`${lt(lang, q.label)}
                (${q.field}${q.value !== undefined ? ` = ${q.value}` : ''}${q.min !== undefined ? `, min ${q.min}` : ''}${q.max !== undefined ? `, max ${q.max}` : ''}) `,
            )}`
          : ''
      }
      ${
        combine
          ? html` · ${tj(lang, 'setup.combine')}: ${Math.round(combine.own * 100)}% +
            ${combine.from.map((f) => `${Math.round(f.weight * 100)}% ${f.stage}`).join(' + ')}`
          : ''
      }
    </p>
  </section>`;
}

/** What the competition page shows a role. */
export interface CompetitionView {
  readonly data: CompetitionData;
  readonly definitions: readonly StageDefinition[];
  readonly isAdmin: boolean;
  /** The signed-in user's own panel seat, if any. */
  readonly seat?: PanelJudge;
  /** Admin: accounts that may join the panel. */
  readonly candidates?: readonly User[];
  /** Admin: conflict reasons by `stage judge entry`. */
  readonly conflictReasons?: ReadonlyMap<string, string>;
  /** Admin: the sheet status of each `stage judge entry` from the core. */
  readonly progress?: ReadonlyMap<string, string>;
  /** Innovator: its own entries' codes. */
  readonly ownEntries?: readonly string[];
  readonly canSeeResults: boolean;
  readonly refusal?: string;
}

/** A competition: setup, panel, assignments and progress (admin), a judge's assignments. */
export function competitionPage(ctx: PageContext, view: CompetitionView): string {
  const { lang } = ctx;
  const { data, definitions, isAdmin } = view;
  const c = data.competition;
  const closed = new Set(data.stages.filter((s) => s.closed_at !== null).map((s) => s.stage));
  const entryName = (id: string) => data.entries.find((e) => e.innovation_id === id);
  const mine = view.seat ? data.assignments.filter((a) => a.user_id === view.seat?.user_id) : [];
  const action = (path: string, label: string, extra: Html | string = '') =>
    html`<form method="post" action="/competitions/${c.id}${path}" class="inline">
      ${csrfField(ctx)}${extra}<button type="submit">${label}</button>
    </form>`;
  return layout(
    ctx,
    c.title,
    html`${css}
      ${view.refusal !== undefined ? html`<p class="error refused" role="alert" id="refusal">${view.refusal}</p>` : ''}
      <p>
        ${tj(lang, 'new.rulebook')}: <code>${c.rulebook_id}</code> · ${tj(lang, 'results.asOf')}
        ${c.as_of} · ${c.published_at !== null ? tj(lang, 'publish.done') : tj(lang, 'publish.not')}
        ${view.canSeeResults ? html` · <a href="/competitions/${c.id}/results">${tj(lang, 'results.title')}</a>` : ''}
      </p>
      ${
        view.ownEntries
          ? html`<h2>${tj(lang, 'mine.entries')}</h2>
              <ul>
                ${data.entries.filter((e) => view.ownEntries?.includes(e.code)).map((e) => html`<li>${e.code} ${e.title}</li>`)}
              </ul>`
          : ''
      }
      ${
        view.seat
          ? html`<h2>${tj(lang, 'mine.title')}</h2>
              ${mine.length === 0 ? html`<p>${tj(lang, 'mine.none')}</p>` : ''}
              <ul id="my-assignments">
                ${mine.map((a) => {
                  const e = entryName(a.innovation_id);
                  return html`<li>
                    <a href="/competitions/${c.id}/score/${a.stage}/${a.innovation_id}"
                      >${a.stage} · ${e?.code ?? ''} ${e?.title ?? ''}</a
                    >
                    ${closed.has(a.stage) ? html` (${tj(lang, 'stage.closed')})` : ''}
                  </li>`;
                })}
              </ul>
              ${
                mine.length > 0 && !isAdmin
                  ? html`<form
                      method="post"
                      action="/competitions/${c.id}/conflicts"
                      class="card"
                      id="declare"
                    >
                      ${csrfField(ctx)}
                      <label for="d-entry">${tj(lang, 'results.entry')}</label>
                      <select id="d-entry" name="entry">
                        ${[...new Set(mine.map((a) => a.innovation_id))].map((id) => {
                          const e = entryName(id);
                          return html`<option value="${id}">
                            ${e?.code ?? ''} ${e?.title ?? ''}
                          </option>`;
                        })}
                      </select>
                      <label for="d-reason">${tj(lang, 'conflict.reason')}</label>
                      <input id="d-reason" name="reason" required maxlength="1000" />
                      <button type="submit">${tj(lang, 'conflict.declare')}</button>
                    </form>`
                  : ''
              }`
          : ''
      }
      <h2>${tj(lang, 'setup.title')}</h2>
      ${definitions.map((d) => stageSetup(lang, d, closed.has(d.id)))}
      ${isAdmin ? adminSections(ctx, view, action, closed) : ''}`,
  );
}

function adminSections(
  ctx: PageContext,
  view: CompetitionView,
  action: (path: string, label: string, extra?: Html | string) => Html,
  closed: ReadonlySet<string>,
): Html {
  const { lang } = ctx;
  const { data } = view;
  const c = data.competition;
  const stages = data.stages.map((s) => s.stage);
  const assigned = new Set(
    data.assignments.map((a) => `${a.stage} ${a.user_id} ${a.innovation_id}`),
  );
  return html`<h2>${tj(lang, 'panel.title')}</h2>
    <table id="panel">
      <thead>
        <tr>
          <th scope="col">${tj(lang, 'results.judge')}</th>
          <th scope="col">${tj(lang, 'panel.agency')}</th>
          <th scope="col">${tj(lang, 'panel.homeRegion')}</th>
          <th scope="col">${tj(lang, 'panel.affiliations')}</th>
        </tr>
      </thead>
      <tbody>
        ${data.judges.map(
          (j) =>
            html`<tr>
              <td>${j.code} · ${j.display_name} (${j.username})</td>
              <td>${j.agency ?? '—'}</td>
              <td>${j.home_region ?? '—'}</td>
              <td>${j.affiliations.join('; ') || '—'}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <form method="post" action="/competitions/${c.id}/judges" class="card">
      ${csrfField(ctx)}
      <label for="j-user">${tj(lang, 'panel.user')}</label>
      <select id="j-user" name="user">
        ${(view.candidates ?? []).map((u) => html`<option value="${u.id}">${u.display_name} (${u.username}, ${u.role})</option>`)}
      </select>
      <label for="j-agency">${tj(lang, 'panel.agency')}</label>
      <input id="j-agency" name="agency" maxlength="500" />
      <label for="j-region">${tj(lang, 'panel.homeRegion')}</label>
      <input id="j-region" name="home_region" maxlength="500" />
      <label for="j-aff">${tj(lang, 'panel.affiliations')}</label>
      <input id="j-aff" name="affiliations" maxlength="2000" />
      <button type="submit">${tj(lang, 'panel.add')}</button>
    </form>
    <h2>${tj(lang, 'assign.title')}</h2>
    <p>${tj(lang, 'assign.intro')}</p>
    ${stages.map(
      (stage) =>
        html`<h3>${stage}</h3>
          <div class="scroll">
            <table class="matrix" id="matrix-${stage}">
              <thead>
                <tr>
                  <th scope="col">${tj(lang, 'results.entry')}</th>
                  ${data.judges.map((j) => html`<th scope="col">${j.code}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${data.entries.map(
                  (e) =>
                    html`<tr>
                      <th scope="row">${e.code} ${e.title}</th>
                      ${data.judges.map((j) => {
                        const key = `${stage} ${j.user_id} ${e.innovation_id}`;
                        const reason = view.conflictReasons?.get(key);
                        const status = view.progress?.get(key);
                        if (assigned.has(key))
                          return html`<td
                            class="assigned"
                            data-judge="${j.code}"
                            data-entry="${e.code}"
                          >
                            ✓
                            ${status !== undefined ? tj(lang, `sheet.status.${status}` as 'sheet.status.counted') : tj(lang, 'progress.none')}
                          </td>`;
                        if (reason !== undefined)
                          return html`<td
                            class="conflict"
                            data-judge="${j.code}"
                            data-entry="${e.code}"
                            title="${reason}"
                          >
                            ⊘ ${reason}
                          </td>`;
                        return html`<td data-judge="${j.code}" data-entry="${e.code}">
                          ${
                            closed.has(stage)
                              ? '—'
                              : action(
                                  '/assignments',
                                  tj(lang, 'assign.submit'),
                                  html`<input type="hidden" name="stage" value="${stage}" /><input
                                      type="hidden"
                                      name="judge"
                                      value="${j.user_id}"
                                    /><input
                                      type="hidden"
                                      name="entry"
                                      value="${e.innovation_id}"
                                    />`,
                                )
                          }
                        </td>`;
                      })}
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`,
    )}
    <h2>${tj(lang, 'progress.title')}</h2>
    <table id="progress">
      <thead>
        <tr>
          <th scope="col">${tj(lang, 'results.judge')}</th>
          <th scope="col">${tj(lang, 'setup.stage')}</th>
          <th scope="col">${tj(lang, 'progress.assigned')}</th>
          <th scope="col">${tj(lang, 'progress.complete')}</th>
          <th scope="col">${tj(lang, 'progress.partial')}</th>
          <th scope="col">${tj(lang, 'progress.none')}</th>
        </tr>
      </thead>
      <tbody>
        ${data.judges.flatMap((j) =>
          stages.map((stage) => {
            const mine = data.assignments.filter(
              (a) => a.user_id === j.user_id && a.stage === stage,
            );
            const states = mine.map((a) =>
              view.progress?.get(`${stage} ${j.user_id} ${a.innovation_id}`),
            );
            const complete = states.filter((s) => s === 'counted' || s === 'not-applicable').length;
            const partial = states.filter((s) => s === 'incomplete').length;
            return html`<tr data-judge="${j.code}" data-stage="${stage}">
              <td>${j.code} ${j.display_name}</td>
              <td>${stage}</td>
              <td>${mine.length}</td>
              <td class="complete">${complete}</td>
              <td>${partial}</td>
              <td>${mine.length - complete - partial}</td>
            </tr>`;
          }),
        )}
      </tbody>
    </table>
    <h2>${tj(lang, 'conflict.title')}</h2>
    ${data.conflicts.length === 0 ? html`<p>${tj(lang, 'conflict.none')}</p>` : ''}
    <ul>
      ${data.conflicts.map((x) => {
        const j = data.judges.find((y) => y.user_id === x.user_id);
        const e = data.entries.find((y) => y.innovation_id === x.innovation_id);
        return html`<li>${j?.code ?? ''} × ${e?.code ?? ''}: ${x.reason}</li>`;
      })}
    </ul>
    <form method="post" action="/competitions/${c.id}/conflicts" class="card">
      ${csrfField(ctx)}
      <label for="x-judge">${tj(lang, 'results.judge')}</label>
      <select id="x-judge" name="judge">
        ${data.judges.map((j) => html`<option value="${j.user_id}">${j.code} ${j.display_name}</option>`)}
      </select>
      <label for="x-entry">${tj(lang, 'results.entry')}</label>
      <select id="x-entry" name="entry">
        ${data.entries.map((e) => html`<option value="${e.innovation_id}">${e.code} ${e.title}</option>`)}
      </select>
      <label for="x-reason">${tj(lang, 'conflict.reason')}</label>
      <input id="x-reason" name="reason" required maxlength="1000" />
      <button type="submit">${tj(lang, 'conflict.declare')}</button>
    </form>
    <h2>${tj(lang, 'setup.stage')}</h2>
    <ul>
      ${stages.map(
        (stage) =>
          html`<li>
            ${stage}:
            ${
              closed.has(stage)
                ? tj(lang, 'stage.closed')
                : action(`/stages/${stage}/close`, tj(lang, 'stage.close'))
            }
          </li>`,
      )}
    </ul>
    <p>
      ${c.published_at !== null ? tj(lang, 'publish.done') : action('/publish', tj(lang, 'publish.do'))}
    </p>`;
}

/** A judge's score sheet for one entry in one stage. */
export function sheetPage(
  ctx: PageContext,
  input: {
    competition: Competition;
    definition: StageDefinition;
    entry: { code: string; title: string; innovation_id: string; opd_name: string };
    sheet: StoredSheet | undefined;
    closed: boolean;
    saved: boolean;
    error?: string;
    total?: number | null;
  },
): string {
  const { lang } = ctx;
  const criteria = criteriaOf(input.definition) ?? [];
  const scores = input.sheet?.scores ?? {};
  const disabled = input.closed ? trusted('disabled') : '';
  return layout(
    ctx,
    `${tj(lang, 'sheet.title')}: ${input.entry.code} ${input.entry.title}`,
    html`${css}
      <p>
        ${input.competition.title} · ${lt(lang, input.definition.title)} · ${input.entry.opd_name}
      </p>
      ${input.closed ? html`<p class="error" role="alert" id="closed">${tj(lang, 'stage.closedRefusal')}</p>` : ''}
      ${input.error !== undefined ? html`<p class="error" role="alert" id="sheet-error">${input.error}</p>` : ''}
      ${input.saved ? html`<p role="status" id="saved">${tj(lang, 'sheet.saved')}</p>` : ''}
      <form method="post" class="card" id="sheet">
        ${csrfField(ctx)}
        ${criteria.map((c) => {
          const current = scores[c.id];
          const points =
            c.scale.kind === 'numeric' &&
            c.scale.step !== undefined &&
            (c.scale.max - c.scale.min) / c.scale.step <= 20
              ? Array.from(
                  { length: Math.round((c.scale.max - c.scale.min) / c.scale.step) + 1 },
                  (_, i) =>
                    String(c.scale.kind === 'numeric' ? c.scale.min + i * (c.scale.step ?? 1) : i),
                )
              : c.scale.kind === 'labelled'
                ? c.scale.points.map((p) => p.key)
                : undefined;
          return html`<label for="s-${c.id}"
              >${lt(lang, c.label)} (${tj(lang, 'setup.weight')} ${c.weight};
              ${describeScale(c.scale)})</label
            >
            ${
              points
                ? html`<select id="s-${c.id}" name="c.${c.id}" ${disabled}>
                    <option value="">${tj(lang, 'sheet.empty')}</option>
                    ${points.map((p) => html`<option value="${p}" ${String(current) === p ? trusted('selected') : ''}>${p}</option>`)}
                    ${c.allowNotApplicable ? html`<option value="n/a" ${current === 'n/a' ? trusted('selected') : ''}>${tj(lang, 'sheet.na')}</option>` : ''}
                  </select>`
                : html`<input
                    id="s-${c.id}"
                    name="c.${c.id}"
                    value="${current === undefined ? '' : String(current)}"
                    ${disabled}
                  />`
            }`;
        })}
        <label for="s-comment">${tj(lang, 'sheet.comment')}</label>
        <textarea id="s-comment" name="comment" rows="3" maxlength="20000" ${disabled}>
${input.sheet?.comment ?? ''}</textarea>
        ${input.closed ? '' : html`<button type="submit">${tj(lang, 'sheet.save')}</button>`}
      </form>
      ${input.total !== undefined ? html`<p>${tj(lang, 'sheet.total')}: <strong id="sheet-total">${num(input.total, lang)}</strong></p>` : ''}
      <p><a href="/competitions/${input.competition.id}">← ${input.competition.title}</a></p>`,
  );
}

function stageResults(lang: Lang, stage: StageResult, data: CompetitionData): Html {
  const robust = new Map(stage.robustness?.entries.map((r) => [r.entry, r]) ?? []);
  const judgeName = (code: string) =>
    data.judges.find((j) => j.code === code)?.display_name ?? code;
  const criteria = criteriaOf(stage.definition);
  const ranked = stage.entries.filter((e) => e.status === 'ranked');
  const criteriaChart =
    criteria && ranked.length > 0
      ? renderBarChart({
          id: `chart-criteria-${stage.stage}`,
          caption: `${tj(lang, 'results.byCriterion')} — ${lt(lang, stage.title)}`,
          groupHeader: tj(lang, 'results.entry'),
          series: criteria.filter((c) => c.counted).map((c) => lt(lang, c.label)),
          max: Math.max(
            ...criteria.map((c) =>
              c.scale.kind === 'numeric'
                ? c.scale.max
                : Math.max(...c.scale.points.map((p) => p.value)),
            ),
          ),
          lang,
          groups: ranked.map((e) => ({
            label: `${e.entry} ${e.title ?? ''}`,
            bars: criteria
              .filter((c) => c.counted)
              .map((c) => ({
                label: c.id,
                value: e.criteria.find((x) => x.criterion === c.id)?.aggregate ?? null,
              })),
          })),
        })
      : '';
  const judges = [...new Set(stage.entries.flatMap((e) => e.sheets.map((s) => s.judge)))].sort();
  const judgeChart =
    ranked.length > 0 && judges.length > 0
      ? renderBarChart({
          id: `chart-judges-${stage.stage}`,
          caption: `${tj(lang, 'results.byJudge')} — ${lt(lang, stage.title)}`,
          groupHeader: tj(lang, 'results.entry'),
          series: judges.map((j) => `${j} ${judgeName(j)}`),
          max: Math.max(100, ...ranked.flatMap((e) => e.sheets.map((s) => s.total ?? 0))),
          lang,
          groups: ranked.map((e) => ({
            label: `${e.entry} ${e.title ?? ''}`,
            bars: judges.map((j) => ({
              label: j,
              value: e.sheets.find((s) => s.judge === j)?.total ?? null,
            })),
          })),
        })
      : '';
  return html`<section class="stage-result" id="result-${stage.stage}">
    <h2>${lt(lang, stage.title)} (${stage.stage})</h2>
    ${stage.cut ? html`<p>${tj(lang, 'results.cut')}: ${stage.cut.kind} · ${stage.cut.count}${stage.cut.score !== undefined ? html` · ${num(stage.cut.score, lang)}` : ''}</p>` : ''}
    <div class="scroll">
      <table class="ranking" id="ranking-${stage.stage}">
        <thead>
          <tr>
            <th scope="col">${tj(lang, 'results.rank')}</th>
            <th scope="col">${tj(lang, 'results.entry')}</th>
            <th scope="col">${tj(lang, 'results.score')}</th>
            <th scope="col">${tj(lang, 'results.decision')}</th>
            <th scope="col">${tj(lang, 'results.reason')}</th>
            <th scope="col">${tj(lang, 'results.interval')}</th>
          </tr>
        </thead>
        <tbody>
          ${stage.entries.map((e) => {
            const r = robust.get(e.entry);
            const interval = r
              ? `${Math.min(r.scenarioRanks.best, r.bootstrapRanks?.low ?? r.scenarioRanks.best)}–${Math.max(r.scenarioRanks.worst, r.bootstrapRanks?.high ?? r.scenarioRanks.worst)}`
              : '—';
            return html`<tr
              data-entry="${e.entry}"
              class="${r?.tooCloseToCall === true ? 'close-call' : ''}"
            >
              <td>${e.rank ?? '—'}</td>
              <td>${e.entry} ${e.title ?? ''}</td>
              <td>${num(e.score, lang)}</td>
              <td class="decision-${e.decision}">${tj(lang, `decision.${e.decision}`)}</td>
              <td>
                ${e.reasons.map((x) => lt(lang, x)).join('; ')}${e.excludedJudges.map((x) => html`<br />${x.judge}: ${lt(lang, x.reason)}`)}
              </td>
              <td>
                ${interval}${r?.tooCloseToCall === true ? html` · <strong>${tj(lang, 'results.close')}</strong>` : ''}
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    ${
      stage.quotas.length > 0
        ? html`<p>
            ${tj(lang, 'results.quotas')}:
            ${stage.quotas.map((q) => `${q.quota} (${q.field} = ${q.value}): ${q.selected}${q.min !== undefined ? ` / min ${q.min}` : ''}${q.max !== undefined ? ` / max ${q.max}` : ''}${q.met ? '' : ' ✗'}`).join('; ')}
          </p>`
        : ''
    }
    <h3>${tj(lang, 'results.agreement')}</h3>
    <p>
      ${tj(lang, 'results.alpha')}:
      <strong class="alpha" data-stage="${stage.stage}"
        >${num(stage.agreement.overall, lang)}</strong
      >
    </p>
    <table class="agreement" id="agreement-${stage.stage}">
      <thead>
        <tr>
          <th scope="col">${tj(lang, 'results.judge')}</th>
          <th scope="col">${tj(lang, 'progress.complete')}</th>
          <th scope="col">${tj(lang, 'results.correlation')}</th>
          <th scope="col">${tj(lang, 'results.meanDiff')}</th>
          <th scope="col">${tj(lang, 'results.flags')}</th>
        </tr>
      </thead>
      <tbody>
        ${stage.agreement.judges.map(
          (j) =>
            html`<tr data-judge="${j.judge}">
              <td>${j.judge} ${judgeName(j.judge)}</td>
              <td>${j.sheets}</td>
              <td>${num(j.correlationWithPanel, lang)}</td>
              <td>${num(j.meanDifference, lang)}</td>
              <td>
                ${[j.flat ? tj(lang, 'results.flat') : '', j.disagrees ? tj(lang, 'results.disagrees') : ''].filter((x) => x !== '').join(', ') || '—'}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${criteriaChart} ${judgeChart}
  </section>`;
}

/** The results of a competition, live from the core (also the printable A4 page). */
export function resultsPage(
  ctx: PageContext,
  data: CompetitionData,
  result: ScoringResult,
  options: { print: boolean; isAdmin: boolean; report: string },
): string {
  const { lang } = ctx;
  const c = data.competition;
  const exportLink = (file: string, label: string) =>
    html`<a href="/competitions/${c.id}/export/${file}" download>${label}</a>`;
  return layout(
    ctx,
    `${tj(lang, 'results.title')}: ${c.title}`,
    html`${css}
      <p>
        ${lt(lang, result.rulebook.title)} (<code>${result.rulebook.id}</code>) ·
        ${tj(lang, 'results.asOf')} ${result.asOf} · ${tj(lang, 'results.seed')} "${result.seed}" ·
        ${tj(lang, 'results.status')}:
        <strong id="result-status">${lt(lang, result.statusText)}</strong> ·
        ${c.published_at !== null ? tj(lang, 'publish.done') : tj(lang, 'publish.not')}
      </p>
      ${
        options.print
          ? ''
          : html`<p class="exports no-print">
              ${tj(lang, 'results.exports')}: ${exportLink('ranking.csv', 'CSV')} ·
              ${exportLink('ranking.xlsx', 'XLSX')} · ${exportLink('result.json', 'JSON')} ·
              ${exportLink('report.md', tj(lang, 'results.report'))}
              ${
                options.isAdmin
                  ? html` · ${exportLink('panel.json', 'panel.json (inovasi score)')}
                    ${data.stages.map((s) => html` · ${exportLink(`sheets-${s.stage}.csv`, `sheets-${s.stage}.csv`)}`)}
                    ${c.overlay !== null ? html` · ${exportLink('rulebook.json', 'rulebook.json')}` : ''}`
                  : ''
              }
              · <a href="/competitions/${c.id}/print">${tj(lang, 'results.print')}</a>
            </p>`
      }
      <p>
        ${tj(lang, 'results.final')}: <strong id="final">${result.final.join(', ') || '—'}</strong>
      </p>
      ${result.stages.map((s) => stageResults(lang, s, data))}
      <h2>${tj(lang, 'results.findings')}</h2>
      <ul class="findings">
        ${result.findings
          .filter((f) => f.severity !== 'info')
          .map((f) => html`<li data-code="${f.code}">${f.severity}: ${lt(lang, f.message)}</li>`)}
      </ul>
      <h2>${tj(lang, 'results.report')}</h2>
      <div class="report-md">${options.report}</div>`,
  );
}
