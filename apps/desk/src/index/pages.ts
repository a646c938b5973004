/**
 * The index pages: the region's IID (answers, verification, the index and predikat with every
 * row explained, the plan, the comparison, the years), one innovation's SID answers, and the
 * incentive outlook. Pure: data in, HTML out; the routes decide what the user may see and do.
 *
 * @module
 */
import type { IidResult, RowResult, Row, ViewTotals } from '@inovasi/core/iid';
import type { EligibilityResult } from '@inovasi/core/incentive';
import type { RulebookSummary } from '@inovasi/core/rulebook';
import { barChart, formatNumber, gainsChart, predikatGauge, seriesChart } from '../charts.js';
import { renderFindings } from '../findings-view.js';
import { html, trusted, type Html } from '../html.js';
import type { Lang } from '../i18n.js';
import { layout, type PageContext } from '../pages.js';
import type { EvidenceFile, Innovation } from '../storage/store.js';
import type { IidOutcome } from './compute.js';
import { ti, type IndexKey } from './messages.js';
import { ANSWER_STATUSES, type AnswerStatus } from './schema.js';
import type { IidAnswer, IidEntry } from './store.js';

const csrfField = (ctx: PageContext) =>
  ctx.csrf !== undefined ? html`<input type="hidden" name="_csrf" value="${ctx.csrf}" />` : '';
const css = html`<link rel="stylesheet" href="/assets/index.css" />`;
const num = (lang: Lang, v: number | null | undefined) => formatNumber(lang, v ?? null);
const statusText = (lang: Lang, s: string) => ti(lang, `iid.status.${s}` as IndexKey);

/** The predikat names as the core writes them. */
const PREDIKAT_NAMES: Record<string, string> = {
  'sangat-inovatif': 'Sangat Inovatif',
  inovatif: 'Inovatif',
  'kurang-inovatif': 'Kurang Inovatif',
  'tidak-dapat-dinilai': 'Tidak Dapat Dinilai',
};

function predikatLabel(lang: Lang, totals: ViewTotals | IidResult): string {
  return totals.predikat.text[lang];
}

/** The edition picker and view switch (a GET form: no state change). */
function editionForm(
  ctx: PageContext,
  action: string,
  editions: readonly RulebookSummary[],
  edition: string,
  view?: string,
): Html {
  const { lang } = ctx;
  return html`<form method="get" action="${action}" class="filters" id="edition-form">
    <label for="f-edition">${ti(lang, 'iid.edition')}</label>
    <select id="f-edition" name="edition">
      ${editions.map(
        (e) =>
          html`<option value="${e.id}" ${e.id === edition ? trusted('selected') : ''}>
            ${e.id} — ${e.title[lang]} (${e.status})
          </option>`,
      )}
    </select>
    ${
      view !== undefined
        ? html`<label for="f-view">${ti(lang, 'iid.view')}</label>
            <select id="f-view" name="view">
              ${(['claimed', 'verified'] as const).map(
                (v) =>
                  html`<option value="${v}" ${v === view ? trusted('selected') : ''}>
                    ${ti(lang, `iid.view.${v}`)}
                  </option>`,
              )}
            </select>`
        : ''
    }
    <button type="submit">${ti(lang, 'iid.show')}</button>
  </form>`;
}

function exportLinks(ctx: PageContext, base: string, query: string): Html {
  const { lang } = ctx;
  return html`<p class="exports">
    <a href="${base}/export.csv?${query}" download>${ti(lang, 'export.csv')}</a> ·
    <a href="${base}/export.xlsx?${query}" download>${ti(lang, 'export.xlsx')}</a> ·
    <a href="${base}/export.json?${query}" download>${ti(lang, 'export.json')}</a>
  </p>`;
}

function levelSelect(
  id: string,
  name: string,
  row: Row | undefined,
  level: number | undefined,
  lang: Lang,
  disabled: boolean,
): Html {
  return html`<select id="${id}" name="${name}" ${disabled ? trusted('disabled') : ''}>
    ${[0, 1, 2, 3].map((l) => {
      const text = row?.levels.find((x) => x.level === l)?.text[lang];
      return html`<option value="${l}" ${l === (level ?? 0) ? trusted('selected') : ''}>
        ${l}${text !== undefined ? ` — ${text.length > 60 ? `${text.slice(0, 59)}…` : text}` : l === 0 ? ' — (kosong / empty)' : ''}
      </option>`;
    })}
  </select>`;
}

/** The admin's verification control for one answer (or all of a subject: `row` empty). */
function verifyForm(
  ctx: PageContext,
  edition: string,
  subject: string,
  row: string,
  current: string | undefined,
  back: string,
  target?: 'entry',
): Html {
  const { lang } = ctx;
  const id = `v-${target ?? 'row'}-${subject}-${row}`.replace(/[^A-Za-z0-9-]/g, '-');
  return html`<form method="post" action="/iid/verify" class="verify" id="${id}">
    ${csrfField(ctx)}
    <input type="hidden" name="edition" value="${edition}" />
    <input type="hidden" name="subject" value="${subject}" />
    <input type="hidden" name="row" value="${row}" />
    <input type="hidden" name="back" value="${back}" />
    ${target ? html`<input type="hidden" name="target" value="${target}" />` : ''}
    <label class="sr" for="${id}-s">${ti(lang, 'iid.col.status')} ${row}</label>
    <select id="${id}-s" name="status">
      ${ANSWER_STATUSES.map(
        (s) =>
          html`<option value="${s}" ${s === current ? trusted('selected') : ''}>
            ${statusText(lang, s)}
          </option>`,
      )}
    </select>
    <label class="sr" for="${id}-r">${ti(lang, 'iid.col.reason')} ${row}</label>
    <input
      id="${id}-r"
      name="reason"
      maxlength="1000"
      placeholder="${ti(lang, 'iid.col.reason')}"
    />
    <button type="submit">${ti(lang, 'iid.verify')}</button>
  </form>`;
}

/** One explained row of the breakdown, with its answer's evidence and verification. */
function rowCells(lang: Lang, r: RowResult, answer: IidAnswer | undefined): Html {
  return html`<td><code>${r.row}</code></td>
    <td>${r.title[lang]}</td>
    <td class="num">${r.level}</td>
    <td class="num">${num(lang, r.score)} / ${num(lang, r.maximum)}</td>
    <td>
      <span class="badge status-${answer?.status ?? 'none'}"
        >${answer ? statusText(lang, answer.status) : '—'}</span
      >${answer?.reason ? html`<br /><small>${answer.reason}</small>` : ''}
    </td>
    <td>${answer?.evidence ?? '—'}</td>
    <td>
      ${r.explanation[lang]}${r.next ? html`<br /><small class="next">${r.next.text[lang]}</small>` : ''}
    </td>`;
}

function componentRows(lang: Lang, result: IidResult): Html {
  const keys = ['spd', 'sidAverage', 'count', 'maximumTotal'] as const;
  return html`${keys.map((k) => {
    const c = result.components[k];
    return html`<tr data-component="${k}">
      <th scope="row">${ti(lang, `iid.component.${k}`)}</th>
      <td class="num">
        ${c.status === 'known' ? html`${num(lang, c.score)} / ${num(lang, c.maximum)}` : '?'}
      </td>
      <td>${c.status === 'known' ? c.explanation[lang] : c.missing[lang]}</td>
    </tr>`;
  })}`;
}

/** Everything the IID page shows. */
export interface IidPageData {
  readonly editions: readonly RulebookSummary[];
  readonly edition: string;
  readonly view: 'claimed' | 'verified';
  readonly outcome?: IidOutcome;
  /** Why the core could not compute (a stored answer that does not fit the format). */
  readonly error?: string;
  readonly spdCatalogue: readonly Row[] | undefined;
  readonly answers: readonly IidAnswer[];
  readonly entries: readonly IidEntry[];
  /** Registry innovations the user may report (not yet reported for this edition). */
  readonly reportable: readonly Innovation[];
  readonly years: readonly { edition: string; iid: number | null; note?: string }[];
  readonly isAdmin: boolean;
  readonly saved: boolean;
}

const shortTitle = (title: string) => (title.length > 40 ? `${title.slice(0, 39)}…` : title);

/** The text of a plan change, with innovation ids replaced by their titles. */
export function planChangeText(
  lang: Lang,
  text: { id: string; en: string },
  titles: ReadonlyMap<string, string>,
): string {
  let out = text[lang];
  for (const [id, title] of titles) out = out.replaceAll(id, shortTitle(title));
  return out;
}

/** The predikat gauge of an outcome at a score. */
export function gaugeOf(lang: Lang, o: IidOutcome, score: number | null, scoreLabel: string): Html {
  return predikatGauge({
    id: 'gauge',
    title: ti(lang, 'iid.gauge'),
    lang,
    columns: [ti(lang, 'iid.predikat'), ti(lang, 'iid.col.score')],
    score,
    scoreLabel,
    bands: o.bands.map((b) => ({
      key: b.predikat,
      label: PREDIKAT_NAMES[b.predikat] ?? b.predikat,
      minimum: b.minimum,
    })),
  });
}

/** The SID score of each innovation (excluded ones as not known, with the reason). */
export function sidChart(lang: Lang, r: IidResult): Html {
  return barChart({
    id: 'sid-chart',
    title: ti(lang, 'iid.innovations.chart'),
    lang,
    columns: [ti(lang, 'iid.col.innovation'), ti(lang, 'iid.col.score')],
    data: r.innovations.map((i) => ({
      label: i.name,
      value: i.status === 'excluded' ? null : i.score,
      max: i.maximum,
      ...(i.exclusion ? { note: i.exclusion.reason[lang] } : {}),
    })),
  });
}

/** The plan's gains from the current IID to the target. */
export function planChart(lang: Lang, o: IidOutcome, titles: ReadonlyMap<string, string>): Html {
  if (o.plan.from.iid === null) return html``;
  return gainsChart({
    id: 'plan-chart',
    title: ti(lang, 'iid.plan.chart'),
    lang,
    columns: [ti(lang, 'iid.col.change'), ti(lang, 'iid.col.gain')],
    start: o.plan.from.iid,
    startLabel: ti(lang, 'iid.plan.now'),
    target: o.plan.target
      ? {
          label: PREDIKAT_NAMES[o.plan.target.predikat] ?? o.plan.target.predikat,
          value: o.plan.target.minimum,
        }
      : null,
    steps: o.plan.changes.map((c) => ({
      label:
        c.kind === 'raise-spd' || c.kind === 'raise-sid'
          ? `${c.row}${c.kind === 'raise-sid' ? ` · ${shortTitle(titles.get(c.innovation) ?? c.innovation)}` : ''} ${String(c.from)}→${String(c.to)}`
          : c.kind === 'add-innovation'
            ? `+ ${c.urusan}`
            : `${shortTitle(titles.get(c.innovation) ?? c.innovation)}: ${String(c.words)}`,
      gain: c.gain,
    })),
  });
}

/** The region's IID page. */
export function iidPage(ctx: PageContext, d: IidPageData): string {
  const { lang } = ctx;
  const o = d.outcome;
  const r = o?.result;
  const query = `edition=${encodeURIComponent(d.edition)}&view=${d.view}`;
  const back = `/iid?${query}`;
  const answers = new Map(d.answers.filter((a) => a.subject === 'spd').map((a) => [a.row_id, a]));
  const titles = new Map(d.entries.map((e) => [e.innovation_id, e.title]));
  const totals = r ? r.views : undefined;
  const viewRow = (key: 'claimed' | 'verified', v: ViewTotals) =>
    html`<tr data-view="${key}">
      <th scope="row">${ti(lang, `iid.view.${key}`)}</th>
      <td class="num">${num(lang, v.spd)}</td>
      <td class="num">${num(lang, v.sidAverage)}</td>
      <td class="num">${num(lang, v.count)}</td>
      <td class="num">${num(lang, v.total)}</td>
      <td class="num iid">${num(lang, v.iid)}</td>
      <td class="predikat">${predikatLabel(lang, v)}</td>
    </tr>`;
  const summary =
    r && totals
      ? html`<section class="card" aria-labelledby="score-title">
          <h2 id="score-title">${ti(lang, 'iid.score')} (${ti(lang, `iid.view.${d.view}`)})</h2>
          <p class="big">
            <strong id="iid-value">${num(lang, r.iid)}</strong> —
            <strong id="predikat">${predikatLabel(lang, r)}</strong>
          </p>
          ${r.predikat.status === 'indeterminate' ? html`<p class="note">${r.predikat.missing[lang]}</p>` : ''}
          <p class="meta">
            ${r.rulebook.title[lang]} (<code>${r.rulebook.id}</code>) · ${ti(lang, 'report.asOf')}
            ${r.asOf}
          </p>
          ${gaugeOf(lang, o, r.iid, `${ti(lang, 'iid.score')} (${ti(lang, `iid.view.${d.view}`)})`)}
          <h3>${ti(lang, 'iid.views')}</h3>
          <div class="scroll">
            <table id="views">
              <thead>
                <tr>
                  <th scope="col">${ti(lang, 'iid.view')}</th>
                  <th scope="col">SPD</th>
                  <th scope="col">${ti(lang, 'iid.component.sidAverage')}</th>
                  <th scope="col">${ti(lang, 'iid.component.count')}</th>
                  <th scope="col">${ti(lang, 'iid.component.total')}</th>
                  <th scope="col">IID</th>
                  <th scope="col">${ti(lang, 'iid.predikat')}</th>
                </tr>
              </thead>
              <tbody>
                ${viewRow('claimed', totals.claimed)}${viewRow('verified', totals.verified)}
              </tbody>
            </table>
          </div>
          <h3>${ti(lang, 'iid.components')}</h3>
          <table id="components">
            <tbody>
              ${componentRows(lang, r)}
            </tbody>
          </table>
          <h3>${ti(lang, 'iid.divisor')}</h3>
          <p id="divisor">
            ${ti(lang, 'iid.divisor.text', {
              n: r.divisor.n,
              min: num(lang, r.divisor.minimum),
              div: num(lang, r.divisor.divisor),
              seats: num(lang, r.divisor.emptySeats),
            })}
          </p>
          <h3>${ti(lang, 'iid.urusan')}</h3>
          <p id="urusan">
            ${ti(lang, 'iid.urusan.text', {
              covered: r.urusan.covered.length,
              required: num(lang, r.urusan.required),
              missing: r.urusan.missing.map((u) => u.title[lang]).join(', ') || '—',
            })}
          </p>
        </section>`
      : html`<p class="error" role="alert">${d.error ?? ''}</p>`;

  const spdTable = r
    ? html`<section class="card" aria-labelledby="spd-title">
        <h2 id="spd-title">${ti(lang, 'iid.spd')}</h2>
        ${
          d.isAdmin && d.answers.some((a) => a.subject === 'spd')
            ? html`<div class="actions">
                ${verifyAllForm(ctx, d.edition, 'spd', back, 'iid.verify.all')}
              </div>`
            : ''
        }
        <div class="scroll">
          <table id="spd-rows">
            <thead>
              <tr>
                <th scope="col">${ti(lang, 'iid.col.row')}</th>
                <th scope="col">${ti(lang, 'iid.col.indicator')}</th>
                <th scope="col">${ti(lang, 'iid.col.level')}</th>
                <th scope="col">${ti(lang, 'iid.col.score')}</th>
                <th scope="col">${ti(lang, 'iid.col.status')}</th>
                <th scope="col">${ti(lang, 'iid.col.evidence')}</th>
                <th scope="col">${ti(lang, 'iid.col.explanation')}</th>
                ${d.isAdmin ? html`<th scope="col">${ti(lang, 'iid.col.verify')}</th>` : ''}
              </tr>
            </thead>
            <tbody>
              ${r.spdRows.map((row) => {
                const a = answers.get(row.row);
                return html`<tr data-row="${row.row}" data-status="${a?.status ?? 'none'}">
                  ${rowCells(lang, row, a)}
                  ${d.isAdmin ? html`<td>${a ? verifyForm(ctx, d.edition, 'spd', row.row, a.status, back) : '—'}</td>` : ''}
                </tr>`;
              })}
            </tbody>
          </table>
        </div>
      </section>`
    : '';

  const spdForm =
    d.isAdmin && d.spdCatalogue
      ? html`<details class="card" id="spd-edit" ${d.saved ? '' : ''}>
          <summary>${ti(lang, 'iid.spd.edit')}</summary>
          <form method="post" action="/iid/spd" id="spd-form">
            ${csrfField(ctx)}
            <input type="hidden" name="edition" value="${d.edition}" />
            <input type="hidden" name="view" value="${d.view}" />
            <div class="scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">${ti(lang, 'iid.col.row')}</th>
                    <th scope="col">${ti(lang, 'iid.col.level')}</th>
                    <th scope="col">${ti(lang, 'iid.col.evidence')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${d.spdCatalogue.map((row) => {
                    const a = answers.get(row.id);
                    return html`<tr>
                      <td>
                        <label for="spd-${row.id}"><code>${row.id}</code> ${row.title[lang]}</label>
                      </td>
                      <td>
                        ${levelSelect(`spd-${row.id}`, `level.${row.id}`, row, a?.level, lang, false)}
                      </td>
                      <td>
                        <label class="sr" for="spd-e-${row.id}"
                          >${ti(lang, 'iid.col.evidence')} ${row.id}</label
                        >
                        <input
                          id="spd-e-${row.id}"
                          name="evidence.${row.id}"
                          maxlength="2000"
                          value="${a?.evidence ?? ''}"
                        />
                      </td>
                    </tr>`;
                  })}
                </tbody>
              </table>
            </div>
            <button type="submit">${ti(lang, 'iid.save')}</button>
          </form>
        </details>`
      : d.isAdmin
        ? html`<p class="note">${ti(lang, 'iid.catalogue.unknown')}</p>`
        : '';

  const innovations = r
    ? html`<section class="card" aria-labelledby="inn-title">
        <h2 id="inn-title">${ti(lang, 'iid.innovations')}</h2>
        ${r.innovations.length === 0 ? html`<p>${ti(lang, 'iid.innovations.none')}</p>` : ''}
        ${r.innovations.length > 0 ? sidChart(lang, r) : ''}
        <div class="scroll">
          <table id="innovations">
            <thead>
              <tr>
                <th scope="col">${ti(lang, 'iid.col.innovation')}</th>
                <th scope="col">Urusan</th>
                <th scope="col">${ti(lang, 'iid.col.result')}</th>
                <th scope="col">${ti(lang, 'iid.col.score')}</th>
                <th scope="col">${ti(lang, 'iid.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              ${r.innovations.map((i) => {
                const entry = d.entries.find((e) => e.innovation_id === i.id);
                return html`<tr data-innovation="${i.id}">
                  <td>
                    <a href="/iid/innovations/${i.id}?${query}">${i.name}</a>
                    ${entry ? html`<br /><small>${entry.opd_name}</small>` : ''}
                  </td>
                  <td>${i.urusan}</td>
                  <td>
                    ${ti(lang, `iid.inn.${i.status}` as IndexKey)}${i.exclusion ? html`<br /><small>${i.exclusion.reason[lang]}</small>` : ''}
                  </td>
                  <td class="num">${num(lang, i.score)} / ${num(lang, i.maximum)}</td>
                  <td>
                    ${entry ? statusText(lang, entry.status) : '—'}${entry?.reason ? html`<br /><small>${entry.reason}</small>` : ''}
                  </td>
                </tr>`;
              })}
            </tbody>
          </table>
        </div>
        ${
          d.reportable.length > 0
            ? html`<form
                method="get"
                action="/iid/innovations"
                class="filters"
                id="report-innovation"
              >
                <input type="hidden" name="edition" value="${d.edition}" />
                <label for="ri">${ti(lang, 'iid.report.add')}</label>
                <select id="ri" name="id">
                  ${d.reportable.map((i) => html`<option value="${i.id}">${i.title}</option>`)}
                </select>
                <button type="submit">OK</button>
              </form>`
            : ''
        }
      </section>`
    : '';

  const plan = o
    ? html`<section class="card" aria-labelledby="plan-title">
        <h2 id="plan-title">${ti(lang, 'iid.plan')}</h2>
        <p>${o.plan.explanation[lang]}</p>
        ${
          o.plan.changes.length > 0 && o.plan.from.iid !== null
            ? html`${planChart(lang, o, titles)}
                <ol id="plan">
                  ${o.plan.changes.map(
                    (c) =>
                      html`<li data-kind="${c.kind}">
                        ${planChangeText(lang, c.text, titles)}
                        <strong>+${formatNumber(lang, c.gain, 4)}</strong>
                      </li>`,
                  )}
                </ol>`
            : ''
        }
      </section>`
    : '';

  const cmp = o?.comparison;
  const comparison = cmp
    ? html`<section class="card" aria-labelledby="cmp-title">
        <h2 id="cmp-title">${ti(lang, 'iid.compare')}</h2>
        <p>${ti(lang, 'iid.compare.text', { a: cmp.a.rulebook.id, b: cmp.b.rulebook.id })}</p>
        <table id="comparison">
          <thead>
            <tr>
              <th scope="col"></th>
              <th scope="col">${cmp.a.rulebook.id}</th>
              <th scope="col">${cmp.b.rulebook.id}</th>
              <th scope="col">Δ</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">IID</th>
              <td class="num">${num(lang, cmp.a.iid)}</td>
              <td class="num">${num(lang, cmp.b.iid)}</td>
              <td class="num">${num(lang, cmp.delta.iid)}</td>
            </tr>
            <tr>
              <th scope="row">${ti(lang, 'iid.predikat')}</th>
              <td>${cmp.a.predikat.text[lang]}</td>
              <td>${cmp.b.predikat.text[lang]}</td>
              <td></td>
            </tr>
          </tbody>
        </table>
        ${
          cmp.a.status === 'indeterminate'
            ? html`<ul class="note">
                ${(['spd', 'sidAverage', 'count', 'maximumTotal'] as const).map((k) => {
                  const c = cmp.a.components[k];
                  return c.status === 'unknown'
                    ? html`<li>
                        ${cmp.a.rulebook.id} · ${ti(lang, `iid.component.${k}`)}: ${c.missing[lang]}
                      </li>`
                    : '';
                })}
              </ul>`
            : ''
        }
        ${
          cmp.constants.length > 0
            ? html`<h3>${ti(lang, 'iid.compare.constants')}</h3>
                <ul>
                  ${cmp.constants.map(
                    (c) =>
                      html`<li>
                        <code>${c.rule}</code> ${c.slot}: ${JSON.stringify(c.a)} →
                        ${JSON.stringify(c.b)}
                      </li>`,
                  )}
                </ul>`
            : ''
        }
        ${cmp.rows.length > 0 ? html`<p>${ti(lang, 'iid.compare.rows')}: ${cmp.rows.length}</p>` : ''}
      </section>`
    : '';

  const years =
    d.years.length > 0
      ? html`<section class="card" aria-labelledby="years-title">
          <h2 id="years-title">${ti(lang, 'iid.years')}</h2>
          <p class="hint">${ti(lang, 'iid.years.note')}</p>
          ${seriesChart({
            id: 'years-chart',
            title: ti(lang, 'iid.years'),
            lang,
            columns: [ti(lang, 'iid.col.edition'), 'IID'],
            max: 100,
            points: d.years.map((y) => ({
              label: y.edition,
              value: y.iid,
              ...(y.note !== undefined ? { note: y.note } : {}),
            })),
            lines: (o?.bands ?? [])
              .filter((b): b is { predikat: string; minimum: number } => b.minimum !== null)
              .map((b) => ({ label: b.predikat, value: b.minimum })),
          })}
        </section>`
      : '';

  const findings = r
    ? html`<section class="card" aria-labelledby="findings-title">
        <h2 id="findings-title">${ti(lang, 'iid.findings')} (${r.findings.length})</h2>
        <details>
          <summary>${ti(lang, 'iid.findings')}</summary>
          <ul class="findings">
            ${trusted(renderFindings(r.findings, lang))}
          </ul>
        </details>
      </section>`
    : '';

  return layout(
    ctx,
    ti(lang, 'iid.title'),
    html`${css} ${editionForm(ctx, '/iid', d.editions, d.edition, d.view)}
      ${exportLinks(ctx, '/iid', query)}
      <p>
        <a href="/iid/report?edition=${encodeURIComponent(d.edition)}&lang=${lang}"
          >${ti(lang, 'iid.print')}</a
        >
      </p>
      ${d.saved ? html`<p class="ok" role="status" id="saved">${ti(lang, 'iid.saved')}</p>` : ''}
      ${summary} ${plan} ${spdTable} ${spdForm} ${innovations} ${comparison} ${years} ${findings}`,
  );
}

function verifyAllForm(
  ctx: PageContext,
  edition: string,
  subject: string,
  back: string,
  label: 'iid.verify.all' | 'iid.verify.allSid',
): Html {
  return html`<form
    method="post"
    action="/iid/verify"
    class="inline"
    id="verify-all-${subject === 'spd' ? 'spd' : 'sid'}"
  >
    ${csrfField(ctx)}
    <input type="hidden" name="edition" value="${edition}" />
    <input type="hidden" name="subject" value="${subject}" />
    <input type="hidden" name="row" value="" />
    <input type="hidden" name="status" value="verified" />
    <input type="hidden" name="back" value="${back}" />
    <button type="submit">${ti(ctx.lang, label)}</button>
  </form>`;
}

/** Everything the innovation's SID page shows. */
export interface SidPageData {
  readonly edition: string;
  readonly view: 'claimed' | 'verified';
  readonly innovation: Innovation & { opd_name: string };
  readonly entry: IidEntry | undefined;
  readonly catalogue: readonly Row[] | undefined;
  readonly answers: readonly IidAnswer[];
  /** The innovation's rows as the core explains them (when reported). */
  readonly rows: readonly RowResult[];
  readonly exclusion?: string;
  readonly score?: { score: number | null; maximum: number | null };
  readonly evidence: readonly EvidenceFile[];
  readonly urusanIds: readonly string[];
  readonly editable: boolean;
  readonly isAdmin: boolean;
}

/** One innovation's IID data and SID answers. */
export function sidPage(ctx: PageContext, d: SidPageData): string {
  const { lang } = ctx;
  const dis = !d.editable;
  const query = `edition=${encodeURIComponent(d.edition)}&view=${d.view}`;
  const back = `/iid/innovations/${d.innovation.id}?${query}`;
  const answers = new Map(d.answers.map((a) => [a.row_id, a]));
  const explained = new Map(d.rows.map((r) => [r.row, r]));
  const e = d.entry;
  const disabled = dis ? trusted('disabled') : '';
  const form = html`<form method="post" action="/iid/innovations/${d.innovation.id}" id="sid-form">
    ${csrfField(ctx)}
    <input type="hidden" name="edition" value="${d.edition}" />
    <input type="hidden" name="view" value="${d.view}" />
    <fieldset>
      <legend>${ti(lang, 'iid.entry')}</legend>
      ${e ? '' : html`<p class="note">${ti(lang, 'iid.entry.notReported')}</p>`}
      <label for="e-urusan">${ti(lang, 'iid.entry.urusan')}</label>
      <input
        id="e-urusan"
        name="urusan"
        list="urusan-ids"
        required
        maxlength="200"
        value="${e?.urusan ?? d.innovation.urusan ?? ''}"
        ${disabled}
      />
      <datalist id="urusan-ids">
        ${d.urusanIds.map((u) => html`<option value="${u}"></option>`)}
      </datalist>
      <label for="e-form">${ti(lang, 'iid.entry.form')}</label>
      <select id="e-form" name="form" ${disabled}>
        <option value="">—</option>
        ${['tata-kelola', 'pelayanan-publik', 'lainnya'].map(
          (f) =>
            html`<option value="${f}" ${e?.form === f ? trusted('selected') : ''}>${f}</option>`,
        )}
      </select>
      <div class="field check">
        <input
          id="e-digital"
          name="digital"
          type="checkbox"
          value="true"
          ${e?.digital === 1 ? trusted('checked') : ''}
          ${disabled}
        /><label for="e-digital">${ti(lang, 'iid.entry.digital')}</label>
      </div>
      <label for="e-date">${ti(lang, 'iid.entry.date')}</label>
      <input
        id="e-date"
        name="implementation_date"
        type="date"
        value="${e?.implementation_date ?? d.innovation.started_on ?? ''}"
        ${disabled}
      />
      <label for="e-words">${ti(lang, 'iid.entry.words')}</label>
      <input
        id="e-words"
        name="rancang_bangun_words"
        type="number"
        min="0"
        max="1000000"
        value="${e?.rancang_bangun_words ?? ''}"
        ${disabled}
      />
    </fieldset>
    ${
      d.catalogue
        ? html`<fieldset>
            <legend>${ti(lang, 'iid.sid')}</legend>
            <div class="scroll">
              <table id="sid-rows">
                <thead>
                  <tr>
                    <th scope="col">${ti(lang, 'iid.col.row')}</th>
                    <th scope="col">${ti(lang, 'iid.col.level')}</th>
                    <th scope="col">${ti(lang, 'iid.col.evidence')}</th>
                    <th scope="col">${ti(lang, 'iid.col.status')}</th>
                    <th scope="col">${ti(lang, 'iid.col.explanation')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${d.catalogue.map((row) => {
                    const a = answers.get(row.id);
                    const x = explained.get(row.id);
                    return html`<tr data-row="${row.id}" data-status="${a?.status ?? 'none'}">
                      <td>
                        <label for="sid-${row.id}"><code>${row.id}</code> ${row.title[lang]}</label>
                      </td>
                      <td>
                        ${levelSelect(`sid-${row.id}`, `level.${row.id}`, row, a?.level, lang, dis)}
                      </td>
                      <td>
                        <label class="sr" for="sid-e-${row.id}"
                          >${ti(lang, 'iid.col.evidence')} ${row.id}</label
                        >
                        <input
                          id="sid-e-${row.id}"
                          name="evidence.${row.id}"
                          maxlength="2000"
                          value="${a?.evidence ?? ''}"
                          ${disabled}
                        />
                        ${
                          d.evidence.length > 0
                            ? html`<label class="sr" for="sid-f-${row.id}"
                                  >${ti(lang, 'iid.entry.file')} ${row.id}</label
                                >
                                <select id="sid-f-${row.id}" name="file.${row.id}" ${disabled}>
                                  <option value="">—</option>
                                  ${d.evidence.map(
                                    (f) =>
                                      html`<option
                                        value="${f.id}"
                                        ${a?.evidence_file_id === f.id ? trusted('selected') : ''}
                                      >
                                        ${f.file_name}
                                      </option>`,
                                  )}
                                </select>`
                            : ''
                        }
                        ${
                          a?.evidence_file_id
                            ? html`<a
                                href="/registry/${d.innovation.id}/evidence/${a.evidence_file_id}"
                                >${d.evidence.find((f) => f.id === a.evidence_file_id)?.file_name ?? 'file'}</a
                              >`
                            : ''
                        }
                      </td>
                      <td>
                        ${a ? statusText(lang, a.status) : '—'}${a?.reason ? html`<br /><small>${a.reason}</small>` : ''}
                      </td>
                      <td>
                        ${x ? html`${x.explanation[lang]}${x.next ? html`<br /><small>${x.next.text[lang]}</small>` : ''}` : '—'}
                      </td>
                    </tr>`;
                  })}
                </tbody>
              </table>
            </div>
          </fieldset>`
        : html`<p class="note">${ti(lang, 'iid.catalogue.unknown')}</p>`
    }
    ${d.editable ? html`<button type="submit">${ti(lang, 'iid.save')}</button>` : ''}
  </form>`;
  const verification =
    d.isAdmin && e
      ? html`<section class="card" aria-labelledby="verify-title">
          <h2 id="verify-title">${ti(lang, 'iid.col.verify')}</h2>
          <p>${verifyAllForm(ctx, d.edition, d.innovation.id, back, 'iid.verify.allSid')}</p>
          <div class="scroll">
            <table id="sid-verify">
              <tbody>
                ${d.answers.map(
                  (a) =>
                    html`<tr data-row="${a.row_id}">
                      <th scope="row"><code>${a.row_id}</code></th>
                      <td>
                        ${verifyForm(ctx, d.edition, d.innovation.id, a.row_id, a.status, back)}
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>
          <h3>${ti(lang, 'iid.verify.entry')}</h3>
          ${verifyForm(ctx, d.edition, d.innovation.id, '', e.status, back, 'entry')}
        </section>`
      : '';
  return layout(
    ctx,
    `${ti(lang, 'iid.sid')}: ${d.innovation.title}`,
    html`${css}
      <p class="meta">
        ${d.innovation.opd_name} · <code>${d.edition}</code> ·
        <a href="/iid?${query}">${ti(lang, 'iid.back')}</a>
      </p>
      ${
        d.score
          ? html`<p class="big" id="sid-score">
              ${ti(lang, 'iid.col.score')}: <strong>${num(lang, d.score.score)}</strong> /
              ${num(lang, d.score.maximum)}
            </p>`
          : ''
      }
      ${d.exclusion !== undefined ? html`<p class="note" id="exclusion">${d.exclusion}</p>` : ''}
      <div class="card">${form}</div>
      ${verification}`,
  );
}

const OUTCOME_BADGE: Record<string, string> = {
  pass: 'ready',
  fail: 'not-ready',
  indeterminate: 'indeterminate',
  'not-applicable': '',
};

/** A gate's value or threshold as text. */
export function valueText(value: unknown): string {
  if (value === undefined) return '—';
  if (value === null) return '∅';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  if (Array.isArray(value))
    return value
      .map((v) =>
        typeof v === 'object' && v !== null && 'year' in v
          ? `${valueText((v as { year: unknown }).year)}: ${valueText((v as { opinion?: unknown }).opinion ?? null)}`
          : valueText(v),
      )
      .join(', ');
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${valueText(v)}`)
    .join('; ');
}

/** Everything the incentive page shows. */
export interface IncentivePageData {
  readonly editions: readonly RulebookSummary[];
  readonly edition: string;
  readonly result: EligibilityResult;
  readonly data: Record<string, unknown> | undefined;
  readonly stored: readonly { edition: string; result: EligibilityResult }[];
  readonly isAdmin: boolean;
  readonly saved: boolean;
}

/** The yes/no fields of the incentive form. */
export const INCENTIVE_FLAGS = [
  'apbdOnTime',
  'eProcurement',
  'eBudgeting',
  'ePlanning',
  'ptspAvailable',
  'igaRecommended',
  'kippAward',
] as const;

/** The incentive outlook. */
export function incentivePage(ctx: PageContext, d: IncentivePageData): string {
  const { lang } = ctx;
  const r = d.result;
  const query = `edition=${encodeURIComponent(d.edition)}`;
  const gates = html`<section class="card" aria-labelledby="gates-title">
    <h2 id="gates-title">${ti(lang, 'incentive.gates')}</h2>
    <div class="scroll">
      <table id="gates">
        <thead>
          <tr>
            <th scope="col">${ti(lang, 'incentive.col.gate')}</th>
            <th scope="col">${ti(lang, 'incentive.col.outcome')}</th>
            <th scope="col">${ti(lang, 'incentive.col.value')}</th>
            <th scope="col">${ti(lang, 'incentive.col.threshold')}</th>
            <th scope="col">${ti(lang, 'iid.col.explanation')}</th>
            <th scope="col">${ti(lang, 'incentive.col.fix')}</th>
            <th scope="col">${ti(lang, 'incentive.col.source')}</th>
          </tr>
        </thead>
        <tbody>
          ${r.gates.map((g) => {
            const source = g.rule.source;
            const url =
              source?.url !== undefined && /^https?:\/\//.test(source.url) ? source.url : undefined;
            return html`<tr data-gate="${g.rule.id}" data-outcome="${g.outcome}">
              <td><code>${g.rule.id}</code><br />${g.title[lang]}</td>
              <td>
                <span class="badge ${OUTCOME_BADGE[g.outcome] ?? ''}"
                  >${ti(lang, `incentive.outcome.${g.outcome}` as IndexKey)}</span
                >
              </td>
              <td>${valueText(g.observed)}</td>
              <td>${valueText(g.expected)}</td>
              <td class="explanation">${g.explanation[lang]}</td>
              <td class="fix">${g.fix?.[lang] ?? '—'}</td>
              <td>
                ${source ? (url ? html`<a href="${url}" rel="noreferrer">${source.citation}</a>` : source.citation) : '—'}
                ${source ? html` (tier ${source.tier})` : ''}
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
  </section>`;
  const c = r.cluster;
  const cluster = c
    ? html`<section class="card" aria-labelledby="cluster-title">
        <h2 id="cluster-title">${ti(lang, 'incentive.cluster')}</h2>
        <p id="cluster">
          ${c.status === 'assigned' ? html`<strong>${c.cluster}</strong> — ${c.title[lang]}. ` : ''}
          ${c.status === 'undecided' ? html`<strong>${c.candidates.join(' / ')}</strong>. ` : ''}
          ${c.explanation[lang]}
        </p>
        ${c.status === 'assigned' && c.upgrade ? html`<p class="fix">${c.upgrade.fix[lang]}</p>` : ''}
      </section>`
    : '';
  const pots =
    r.pots.length > 0
      ? html`<section class="card" aria-labelledby="pots-title">
          <h2 id="pots-title">${ti(lang, 'incentive.pots')}</h2>
          <ul id="pots">
            ${r.pots.map(
              (p) =>
                html`<li>
                  ${p.title[lang]}:
                  ${p.amount === null ? '?' : `Rp${formatNumber(lang, p.amount, 0)}`}
                  ${p.unknown.length > 0 ? html`<br /><small>${p.unknown.map((u) => u[lang]).join('; ')}</small>` : ''}
                </li>`,
            )}
          </ul>
        </section>`
      : '';
  const tr = r.tranche;
  const tranche = tr
    ? html`<section class="card" aria-labelledby="tranche-title">
        <h2 id="tranche-title">${ti(lang, 'incentive.tranche')}</h2>
        <p id="tranche" data-status="${tr.status}">${tr.explanation[lang]}</p>
        ${tr.deadline !== undefined ? html`<p>${ti(lang, 'incentive.deadline')}: <time>${tr.deadline}</time></p>` : ''}
        <table id="tranche-conditions">
          <tbody>
            ${tr.conditions.map(
              (x) =>
                html`<tr data-condition="${x.id}">
                  <th scope="row">${x.id}</th>
                  <td>${ti(lang, `incentive.outcome.${x.outcome}` as IndexKey)}</td>
                  <td>${x.explanation[lang]}</td>
                  <td>${x.fix?.[lang] ?? ''}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </section>`
    : '';
  const missing =
    r.missing.length > 0 || r.toQualify.length > 0
      ? html`<section class="card" aria-labelledby="missing-title">
          ${
            r.missing.length > 0
              ? html`<h2 id="missing-title">${ti(lang, 'incentive.missing')}</h2>
                  <ul id="missing">
                    ${r.missing.map((m) => html`<li data-rule="${m.rule}"><code>${m.rule}</code>: ${m.what[lang]}</li>`)}
                  </ul>`
              : html`<h2 id="missing-title">${ti(lang, 'incentive.toQualify')}</h2>`
          }
          ${
            r.toQualify.length > 0
              ? html`${r.missing.length > 0 ? html`<h3>${ti(lang, 'incentive.toQualify')}</h3>` : ''}
                  <ul id="to-qualify">
                    ${r.toQualify.map((m) => html`<li data-rule="${m.rule}"><code>${m.rule}</code>: ${m.fix[lang]}</li>`)}
                  </ul>`
              : ''
          }
        </section>`
      : '';
  const stored =
    d.stored.length > 0
      ? html`<section class="card" aria-labelledby="stored-title">
          <h2 id="stored-title">${ti(lang, 'incentive.editions')}</h2>
          <table id="editions">
            <tbody>
              ${d.stored.map(
                (s) =>
                  html`<tr data-edition="${s.edition}">
                    <th scope="row">
                      <a href="/incentive?edition=${encodeURIComponent(s.edition)}">${s.edition}</a>
                    </th>
                    <td>${s.result.rulebook.title[lang]}</td>
                    <td>
                      <span
                        class="badge ${s.result.status === 'eligible' ? 'ready' : s.result.status === 'not-eligible' ? 'not-ready' : 'indeterminate'}"
                        >${s.result.statusText[lang]}</span
                      >
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </section>`
      : '';
  const data = d.data ?? {};
  const flag = (name: string) => {
    const v = data[name];
    return html`<label for="in-${name}">${name}</label>
      <select id="in-${name}" name="${name}">
        <option value="" ${v === undefined ? trusted('selected') : ''}>
          ${ti(lang, 'incentive.unset')}
        </option>
        <option value="true" ${v === true ? trusted('selected') : ''}>
          ${ti(lang, 'incentive.yes')}
        </option>
        <option value="false" ${v === false ? trusted('selected') : ''}>
          ${ti(lang, 'incentive.no')}
        </option>
      </select>`;
  };
  const opinions = Array.isArray(data.auditOpinions)
    ? (data.auditOpinions as { year: number; opinion: string }[])
        .map((o) => `${String(o.year)}:${o.opinion}`)
        .join(', ')
    : '';
  const form = d.isAdmin
    ? html`<details class="card" id="incentive-edit">
        <summary>${ti(lang, 'incentive.edit')}</summary>
        <form method="post" action="/incentive" id="incentive-form">
          ${csrfField(ctx)}
          <input type="hidden" name="edition" value="${d.edition}" />
          <label for="in-level">level</label>
          <select id="in-level" name="level">
            ${['provinsi', 'kabupaten', 'kota'].map(
              (l) =>
                html`<option value="${l}" ${data.level === l ? trusted('selected') : ''}>
                  ${l}
                </option>`,
            )}
          </select>
          <label for="in-opinions">${ti(lang, 'incentive.opinions')}</label>
          <input id="in-opinions" name="auditOpinions" value="${opinions}" maxlength="500" />
          ${INCENTIVE_FLAGS.map(flag)}
          <label for="in-eProcurementGrade">eProcurementGrade</label>
          <select id="in-eProcurementGrade" name="eProcurementGrade">
            <option value="">${ti(lang, 'incentive.unset')}</option>
            ${['A', 'B', 'C', 'D', 'E'].map(
              (g) =>
                html`<option
                  value="${g}"
                  ${data.eProcurementGrade === g ? trusted('selected') : ''}
                >
                  ${g}
                </option>`,
            )}
          </select>
          <button type="submit">${ti(lang, 'incentive.save')}</button>
        </form>
      </details>`
    : '';
  return layout(
    ctx,
    ti(lang, 'incentive.title'),
    html`${css} ${editionForm(ctx, '/incentive', d.editions, d.edition)}
      ${exportLinks(ctx, '/incentive', query)}
      ${d.saved ? html`<p class="ok" role="status" id="saved">${ti(lang, 'iid.saved')}</p>` : ''}
      ${d.data === undefined ? html`<p class="note">${ti(lang, 'incentive.none')}</p>` : ''}
      <section class="card" aria-labelledby="status-title">
        <h2 id="status-title">${r.rulebook.title[lang]} (<code>${r.rulebook.id}</code>)</h2>
        <p class="big">
          <span
            class="badge ${r.status === 'eligible' ? 'ready' : r.status === 'not-eligible' ? 'not-ready' : 'indeterminate'}"
            id="incentive-status"
            data-status="${r.status}"
            >${r.statusText[lang]}</span
          >
        </p>
        <p class="meta">${ti(lang, 'report.asOf')} ${r.asOf} · ${r.asOfText[lang]}</p>
      </section>
      ${missing} ${gates} ${cluster} ${tranche} ${pots} ${stored} ${form}`,
  );
}

export type { AnswerStatus };
