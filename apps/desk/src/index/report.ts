/**
 * Printable reports (A4, print stylesheet): a region's IID and an innovator's proposal check, in
 * Bahasa Indonesia or English. Standalone pages without the desk's navigation; the browser's
 * print dialog makes the PDF.
 *
 * @module
 */
import type { ReadinessResult } from '@inovasi/core/readiness';
import { formatNumber } from '../charts.js';
import { renderFindings } from '../findings-view.js';
import { html, trusted, type Html } from '../html.js';
import type { Lang } from '../i18n.js';
import type { ProposalRow, Region } from '../storage/store.js';
import type { IidOutcome } from './compute.js';
import { ti, type IndexKey } from './messages.js';
import { gaugeOf, planChart, sidChart } from './pages.js';

function page(lang: Lang, title: string, body: Html, printedAt: string): string {
  return html`<!doctype html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        <link rel="stylesheet" href="/assets/desk.css" />
        <link rel="stylesheet" href="/assets/index.css" />
      </head>
      <body class="report">
        <main id="main">
          <h1>${title}</h1>
          ${body}
          <p class="printed">${ti(lang, 'report.printed')} ${printedAt}</p>
        </main>
      </body>
    </html>`.value;
}

/** The region's IID report. */
export function iidReport(
  lang: Lang,
  region: Region,
  o: IidOutcome,
  titles: ReadonlyMap<string, string>,
  printedAt: string,
): string {
  const r = o.result;
  const n = (v: number | null) => formatNumber(lang, v);
  const body = html`<p class="meta">
      ${region.name} · ${r.rulebook.title[lang]} (<code>${r.rulebook.id}</code>) ·
      ${ti(lang, 'report.asOf')} ${r.asOf}
    </p>
    <p class="big">
      IID <strong id="iid-value">${n(r.views.claimed.iid)}</strong> —
      <strong>${r.views.claimed.predikat.text[lang]}</strong> (${ti(lang, 'iid.view.claimed')}) ·
      <strong>${n(r.views.verified.iid)}</strong> — ${r.views.verified.predikat.text[lang]}
      (${ti(lang, 'iid.view.verified')})
    </p>
    ${gaugeOf(lang, o, r.views.claimed.iid, ti(lang, 'iid.score'))}
    <h2>${ti(lang, 'iid.components')}</h2>
    <table>
      <tbody>
        ${(['spd', 'sidAverage', 'count', 'maximumTotal'] as const).map((k) => {
          const c = r.components[k];
          return html`<tr>
            <th scope="row">${ti(lang, `iid.component.${k}`)}</th>
            <td class="num">${c.status === 'known' ? `${n(c.score)} / ${n(c.maximum)}` : '?'}</td>
            <td>${c.status === 'known' ? c.explanation[lang] : c.missing[lang]}</td>
          </tr>`;
        })}
      </tbody>
    </table>
    <p>
      ${ti(lang, 'iid.divisor.text', {
        n: r.divisor.n,
        min: n(r.divisor.minimum),
        div: n(r.divisor.divisor),
        seats: n(r.divisor.emptySeats),
      })}
    </p>
    <h2>${ti(lang, 'iid.spd')}</h2>
    <table id="spd-rows">
      <thead>
        <tr>
          <th scope="col">${ti(lang, 'iid.col.row')}</th>
          <th scope="col">${ti(lang, 'iid.col.indicator')}</th>
          <th scope="col">${ti(lang, 'iid.col.score')}</th>
          <th scope="col">${ti(lang, 'iid.col.status')}</th>
          <th scope="col">${ti(lang, 'iid.col.explanation')}</th>
        </tr>
      </thead>
      <tbody>
        ${r.spdRows.map(
          (row) =>
            html`<tr>
              <td><code>${row.row}</code></td>
              <td>${row.title[lang]}</td>
              <td class="num">${n(row.score)} / ${n(row.maximum)}</td>
              <td>
                ${row.status !== undefined ? ti(lang, `iid.status.${row.status}` as IndexKey) : '—'}
              </td>
              <td>${row.explanation[lang]}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <h2>${ti(lang, 'iid.innovations')}</h2>
    ${sidChart(lang, r)}
    <h2>${ti(lang, 'iid.plan')}</h2>
    <p>${o.plan.explanation[lang]}</p>
    ${o.plan.changes.length > 0 ? planChart(lang, o, titles) : ''}
    ${
      o.comparison
        ? html`<h2>${ti(lang, 'iid.compare')}</h2>
            <p>
              ${o.comparison.a.rulebook.id}: ${n(o.comparison.a.iid)}
              (${o.comparison.a.predikat.text[lang]}) → ${o.comparison.b.rulebook.id}:
              ${n(o.comparison.b.iid)} (${o.comparison.b.predikat.text[lang]})
            </p>`
        : ''
    }`;
  return page(lang, `${ti(lang, 'report.iid')} — ${region.name}`, body, printedAt);
}

const wordsOf = (text: string) => {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
};

/** An innovator's proposal check. */
export function proposalReport(
  lang: Lang,
  proposal: ProposalRow,
  doc: Record<string, unknown>,
  result: ReadinessResult,
  printedAt: string,
): string {
  const sections = (doc.sections ?? {}) as Record<string, unknown>;
  const status = result.status as string;
  const statusLabel: Record<string, { id: string; en: string }> = {
    ready: { id: 'siap', en: 'ready' },
    'not-ready': { id: 'belum siap', en: 'not ready' },
    indeterminate: { id: 'belum dapat dipastikan', en: 'indeterminate' },
  };
  const body = html`<p class="meta">
      ${proposal.opd_name} · <code>${proposal.rulebook_id}</code> · ${ti(lang, 'report.asOf')}
      ${result.asOf} · v${proposal.version}
    </p>
    <p class="big">
      <span class="badge ${status}" id="report-status"
        >${statusLabel[status]?.[lang] ?? status}</span
      >
      · ${result.summary.errors} error · ${result.summary.warnings} warning
    </p>
    <h2>${ti(lang, 'report.sections')}</h2>
    <table id="sections">
      <tbody>
        ${Object.entries(sections).map(
          ([id, text]) =>
            html`<tr>
              <th scope="row">${id}</th>
              <td class="num">
                ${typeof text === 'string' ? wordsOf(text) : 0} ${ti(lang, 'report.words')}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
    <h2>${ti(lang, 'iid.findings')} (${result.findings.length})</h2>
    <ul class="findings" id="findings">
      ${trusted(renderFindings(result.findings, lang))}
    </ul>`;
  return page(lang, `${ti(lang, 'report.proposal')}: ${proposal.title}`, body, printedAt);
}

/** The index pages' stylesheet: tables, badges, and the A4 print version of the reports. */
export const INDEX_CSS = `
.big { font-size: 1.25rem; }
.num { text-align: right; white-space: nowrap; }
.actions { margin: 8px 0; }
form.verify { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; }
form.verify input { min-width: 8em; }
.badge.status-verified { background: #cfe6d4; }
.badge.status-rejected { background: #f1d3d3; }
.badge.status-claimed { background: #fbe6b8; }
#spd-edit summary, #incentive-edit summary { cursor: pointer; font-weight: 700; }
small.next { color: #555; }
.printed { color: #555; margin-top: 24px; }
body.report main { max-width: 190mm; margin: 0 auto; padding: 8px; }
@page { size: A4; margin: 15mm; }
@media print {
  body { font-size: 10.5pt; }
  header, nav, .exports, .filters, form, .skip { display: none !important; }
  a { color: inherit; text-decoration: none; }
  .card { border: none; padding: 0; }
  table { page-break-inside: auto; }
  tr, figure { page-break-inside: avoid; }
  h2 { page-break-after: avoid; }
}
`;
