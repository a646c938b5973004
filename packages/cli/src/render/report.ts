/**
 * Printable reports: a small document model (sections of paragraphs, lists and tables) rendered
 * as self-contained HTML (inline CSS, no scripts, no external files) or Markdown. Pure: the
 * engines' results in, a string out.
 */
import { localize, type Finding, type Lang, type Source } from '@inovasi/core';
import type { ReadinessResult } from '@inovasi/core/readiness';
import { renderMarkdownTable, type Rows } from './table.js';

/** How a status reads at a glance. */
export type Tone = 'good' | 'bad' | 'unsure';

/** One section of a report. */
export interface ReportSection {
  readonly title: string;
  readonly status?: { readonly text: string; readonly tone: Tone };
  readonly paragraphs?: readonly string[];
  /** Items of a to-do list (what to fix next). */
  readonly todo?: readonly string[];
  readonly table?: Rows;
  readonly notes?: readonly string[];
}

/** A whole report. */
export interface Report {
  readonly title: string;
  readonly subtitle: string;
  readonly lang: Lang;
  readonly sections: readonly ReportSection[];
  readonly footer: string;
}

const t = (lang: Lang, id: string, en: string): string => (lang === 'id' ? id : en);

function sourceText(source: Source | undefined): string {
  return source ? `${source.citation} [${source.tier}]` : '';
}

function findingSource(f: Finding): string {
  return sourceText(f.basis?.[0]?.source ?? f.rule.source);
}

/** The readiness part of an innovator's report: status, what to fix, every rule explained. */
export function readinessSection(name: string, result: ReadinessResult, lang: Lang): ReportSection {
  const tone: Tone =
    result.status === 'ready' ? 'good' : result.status === 'not-ready' ? 'bad' : 'unsure';
  const todo = result.findings
    .filter((f) => f.severity !== 'info')
    .map((f) => `${localize(f.message, lang)}${f.fix ? ` — ${localize(f.fix, lang)}` : ''}`);
  return {
    title: name,
    status: { text: localize(result.statusText, lang), tone },
    paragraphs: [
      `${t(lang, 'Buku aturan', 'Rulebook')}: ${result.rulebook.id} — ${localize(result.rulebook.title, lang)}; ${t(lang, 'per', 'as of')} ${result.asOf}.`,
    ],
    todo: todo.length > 0 ? todo : [t(lang, 'Tidak ada yang perlu diperbaiki.', 'Nothing to fix.')],
    table: [
      [
        t(lang, 'Aturan', 'Rule'),
        t(lang, 'Hasil', 'Outcome'),
        t(lang, 'Penjelasan', 'Explanation'),
        t(lang, 'Sumber', 'Source'),
      ],
      ...result.outcomes.map((o) => [
        o.rule.id,
        o.outcome,
        localize(o.explanation, lang),
        sourceText(o.basis?.[0]?.source ?? o.rule.source),
      ]),
    ],
    notes: result.findings
      .filter((f) => f.severity === 'info')
      .map((f) => `${f.code}: ${localize(f.message, lang)} (${findingSource(f)})`),
  };
}

const TONE_MARK: Record<Tone, string> = { good: '✓', bad: '✗', unsure: '?' };

/** The report as Markdown. */
export function renderReportMarkdown(report: Report): string {
  const out: string[] = [`# ${report.title}`, '', report.subtitle, ''];
  for (const s of report.sections) {
    out.push(
      `## ${s.title}${s.status ? ` — ${TONE_MARK[s.status.tone]} ${s.status.text}` : ''}`,
      '',
    );
    for (const p of s.paragraphs ?? []) out.push(p, '');
    if (s.todo && s.todo.length > 0) {
      out.push(`**${t(report.lang, 'Yang perlu dilakukan', 'What to do')}:**`, '');
      for (const item of s.todo) out.push(`- [ ] ${item}`);
      out.push('');
    }
    if (s.table) out.push(renderMarkdownTable(s.table));
    for (const n of s.notes ?? []) out.push(`> ${n}`, '');
  }
  out.push('---', '', report.footer, '');
  return out.join('\n');
}

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const CSS = `body{font:14px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
.sub{color:#555}.status{padding:.1rem .5rem;border-radius:.3rem;font-weight:600}
.good{background:#dff3e3;color:#11602a}.bad{background:#fbe1e1;color:#8a1010}.unsure{background:#fff2cc;color:#6b4e00}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}ul.todo li{margin:.2rem 0}.note{color:#555;font-size:.9em}footer{margin-top:2rem;color:#555;font-size:.85em}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}table{break-inside:auto}tr{break-inside:avoid}}`;

/** The report as one self-contained HTML page, suitable to print. */
export function renderReportHtml(report: Report): string {
  const e = escapeHtml;
  const out: string[] = [
    '<!doctype html>',
    `<html lang="${report.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(report.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<h1>${e(report.title)}</h1>`,
    `<p class="sub">${e(report.subtitle)}</p>`,
  ];
  for (const s of report.sections) {
    out.push('<section>');
    out.push(
      `<h2>${e(s.title)}${s.status ? ` <span class="status ${s.status.tone}">${TONE_MARK[s.status.tone]} ${e(s.status.text)}</span>` : ''}</h2>`,
    );
    for (const p of s.paragraphs ?? []) out.push(`<p>${e(p)}</p>`);
    if (s.todo && s.todo.length > 0) {
      out.push(
        `<p><strong>${e(t(report.lang, 'Yang perlu dilakukan', 'What to do'))}:</strong></p>`,
      );
      out.push(`<ul class="todo">${s.todo.map((i) => `<li>☐ ${e(i)}</li>`).join('')}</ul>`);
    }
    if (s.table) {
      const [head, ...body] = s.table;
      out.push(
        `<table><thead><tr>${(head ?? []).map((c) => `<th>${e(c)}</th>`).join('')}</tr></thead><tbody>${body
          .map((r) => `<tr>${r.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`,
      );
    }
    for (const n of s.notes ?? []) out.push(`<p class="note">${e(n)}</p>`);
    out.push('</section>');
  }
  out.push(`<footer>${e(report.footer)}</footer>`, '</body>', '</html>', '');
  return out.join('\n');
}
