/**
 * Printable reports: a small document model (sections of paragraphs, lists and tables) rendered
 * as self-contained HTML (inline CSS, no scripts, no external files) or Markdown. Pure: the
 * engines' results in, a string out.
 */
import { escapeMarkdown, localize, type Finding, type Lang, type Source } from '@inovasi/core';
import type { IidPlan, IidResult } from '@inovasi/core/iid';
import type { EligibilityResult } from '@inovasi/core/incentive';
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

function todoFrom(findings: readonly Finding[], lang: Lang): string[] {
  return findings
    .filter((f) => f.severity !== 'info')
    .map((f) => `${localize(f.message, lang)}${f.fix ? ` — ${localize(f.fix, lang)}` : ''}`);
}

/** The plan to the next predikat, as a section: its largest steps first. */
export function iidPlanSection(plan: IidPlan, lang: Lang, steps = 10): ReportSection {
  const shown = plan.changes.slice(0, steps);
  return {
    title: t(lang, 'Rencana menuju predikat berikutnya', 'Plan to the next predikat'),
    paragraphs: [
      localize(plan.explanation, lang),
      ...(plan.changes.length > shown.length
        ? [
            t(
              lang,
              `${shown.length} langkah terbesar dari ${plan.changes.length} ditampilkan.`,
              `The ${shown.length} largest of ${plan.changes.length} steps are shown.`,
            ),
          ]
        : []),
    ],
    todo: shown.map((c) => `${localize(c.text, lang)} (+${Math.round(c.gain * 100) / 100})`),
  };
}

/** The IID part of a region's report: index, predikat, components, urusan, what to fix. */
export function iidSection(result: IidResult, lang: Lang): ReportSection {
  const p = result.predikat;
  const tone: Tone =
    p.status !== 'known'
      ? 'unsure'
      : p.predikat === 'sangat-inovatif' || p.predikat === 'inovatif'
        ? 'good'
        : 'bad';
  const c = result.components;
  const part = (
    name: string,
    x: { status: string; score?: number | null; maximum?: number | null },
  ): string[] => [
    name,
    x.status === 'known' ? `${x.score ?? ''}` : t(lang, 'tidak diketahui', 'unknown'),
    x.maximum === undefined || x.maximum === null ? '' : `${x.maximum}`,
  ];
  const next =
    p.status === 'known' && p.band.next !== undefined
      ? t(
          lang,
          ` Predikat berikutnya mulai ${p.band.next} (kurang ${Math.round((p.band.next - p.score) * 100) / 100} poin).`,
          ` The next predikat starts at ${p.band.next} (${Math.round((p.band.next - p.score) * 100) / 100} points to go).`,
        )
      : '';
  return {
    title: t(lang, 'Indeks Inovasi Daerah', 'Regional Innovation Index (IID)'),
    status: {
      text:
        p.status === 'known' ? `${localize(p.text, lang)} — ${p.score}` : localize(p.text, lang),
      tone,
    },
    paragraphs: [
      `${t(lang, 'Buku aturan', 'Rulebook')}: ${result.rulebook.id} — ${localize(result.rulebook.title, lang)}; ${t(lang, 'per', 'as of')} ${result.asOf}.${next}`,
      t(
        lang,
        `Urusan wajib pelayanan dasar tercakup: ${result.urusan.covered.length}${result.urusan.required === null ? '' : ` dari ${result.urusan.required} yang disyaratkan`}.`,
        `Mandatory basic-service urusan covered: ${result.urusan.covered.length}${result.urusan.required === null ? '' : ` of ${result.urusan.required} required`}.`,
      ),
    ],
    todo: todoFrom(result.findings, lang),
    table: [
      [t(lang, 'Komponen', 'Component'), t(lang, 'Nilai', 'Score'), t(lang, 'Maksimum', 'Maximum')],
      part('SPD', c.spd),
      part(t(lang, 'Rata-rata SID', 'SID average'), c.sidAverage),
      part(t(lang, 'Jumlah inovasi', 'Innovation count'), c.count),
      ...result.innovations.map((i) => [
        `${i.id} ${i.name}`,
        i.status === 'assessed' ? `${i.score}` : i.status,
        `${i.maximum}`,
      ]),
    ],
    notes: result.excluded.map((e) => `${e.code}: ${localize(e.reason, lang)}`),
  };
}

/** The fiscal-incentive part of a region's report: gates, pots, tranche II, what is unknown. */
export function incentiveSection(result: EligibilityResult, lang: Lang): ReportSection {
  const tone: Tone =
    result.status === 'eligible' ? 'good' : result.status === 'not-eligible' ? 'bad' : 'unsure';
  const rupiah = (n: number): string =>
    `Rp${new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US').format(n)}`;
  return {
    title: t(lang, 'Insentif Fiskal', 'Fiscal incentive'),
    status: { text: localize(result.statusText, lang), tone },
    paragraphs: [
      `${t(lang, 'Buku aturan', 'Rulebook')}: ${result.rulebook.id} — ${localize(result.rulebook.title, lang)}; ${t(lang, 'per', 'as of')} ${result.asOf}.`,
      ...(result.tranche
        ? [
            `${t(lang, 'Tahap II', 'Tranche II')}: ${result.tranche.status} — ${localize(result.tranche.explanation, lang)}`,
          ]
        : []),
    ],
    todo: todoFrom(result.findings, lang),
    table: [
      [t(lang, 'Gerbang / pagu nasional', 'Gate / national pot'), t(lang, 'Hasil', 'Outcome')],
      ...result.gates.map((g) => [g.rule.id, `${g.outcome} — ${localize(g.explanation, lang)}`]),
      ...result.pots.map((pot) => [
        localize(pot.title, lang),
        pot.amount === null ? t(lang, 'tidak diketahui', 'unknown') : rupiah(pot.amount),
      ]),
    ],
  };
}

const TONE_MARK: Record<Tone, string> = { good: '✓', bad: '✗', unsure: '?' };

/** Lines as text, each ending in a newline (the pieces of a report join into the whole). */
const lines = (out: readonly string[]): string => out.map((line) => `${line}\n`).join('');

/**
 * A report in pieces, written as they come: its start, each section, its end. Joined, they are
 * {@link renderReportHtml} or {@link renderReportMarkdown}; a batch of any size is written a
 * section at a time, never held whole (a report of 100,000 proposals was more text than a
 * JavaScript string can hold).
 */
export interface ReportPieces {
  start(report: ReportHead): string;
  section(section: ReportSection, lang: Lang): string;
  end(report: ReportHead): string;
}

/** A report without its sections. */
export type ReportHead = Omit<Report, 'sections'>;

/** The report as Markdown, in pieces. */
export const markdownPieces: ReportPieces = {
  start: (report) => {
    // every text of the report is plain text: escaped, so no raw HTML and no link gets through
    const md = escapeMarkdown;
    return lines([`# ${md(report.title)}`, '', md(report.subtitle), '']);
  },
  section: (s, lang) => {
    const md = escapeMarkdown;
    const out: string[] = [
      `## ${md(s.title)}${s.status ? ` — ${TONE_MARK[s.status.tone]} ${md(s.status.text)}` : ''}`,
      '',
    ];
    for (const p of s.paragraphs ?? []) out.push(md(p), '');
    if (s.todo && s.todo.length > 0) {
      out.push(`**${t(lang, 'Yang perlu dilakukan', 'What to do')}:**`, '');
      for (const item of s.todo) out.push(`- [ ] ${md(item)}`);
      out.push('');
    }
    if (s.table) out.push(renderMarkdownTable(s.table));
    for (const n of s.notes ?? []) out.push(`> ${md(n)}`, '');
    return lines(out);
  },
  end: (report) => lines(['---', '', escapeMarkdown(report.footer)]),
};

/** A whole report from its pieces. */
function renderWhole(pieces: ReportPieces, report: Report): string {
  return (
    pieces.start(report) +
    report.sections.map((s) => pieces.section(s, report.lang)).join('') +
    pieces.end(report)
  );
}

/** The report as Markdown. */
export function renderReportMarkdown(report: Report): string {
  return renderWhole(markdownPieces, report);
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

/** The report as HTML, in pieces. */
export const htmlPieces: ReportPieces = {
  start: (report) => {
    const e = escapeHtml;
    return lines([
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
    ]);
  },
  section: (s, lang) => {
    const e = escapeHtml;
    const out: string[] = ['<section>'];
    out.push(
      `<h2>${e(s.title)}${s.status ? ` <span class="status ${s.status.tone}">${TONE_MARK[s.status.tone]} ${e(s.status.text)}</span>` : ''}</h2>`,
    );
    for (const p of s.paragraphs ?? []) out.push(`<p>${e(p)}</p>`);
    if (s.todo && s.todo.length > 0) {
      out.push(`<p><strong>${e(t(lang, 'Yang perlu dilakukan', 'What to do'))}:</strong></p>`);
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
    return lines(out);
  },
  end: (report) => lines([`<footer>${escapeHtml(report.footer)}</footer>`, '</body>', '</html>']),
};

/** The report as one self-contained HTML page, suitable to print. */
export function renderReportHtml(report: Report): string {
  return renderWhole(htmlPieces, report);
}
