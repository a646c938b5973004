/**
 * Renders scoring results: a human ranking per stage (default), JSON (the core's result), CSV
 * (the ranking) or the Markdown transparency report from the core. Pure: result in, string out.
 */
import { formatNumber, localize, type Lang } from '@inovasi/core';
import { renderScoringMarkdown, type ScoringResult } from '@inovasi/core/scoring';
import type { Paint } from '../format.js';
import { renderCsv } from './table.js';

const L = {
  stage: { id: 'Tahap', en: 'Stage' },
  rank: { id: '#', en: '#' },
  entry: { id: 'Peserta', en: 'Entry' },
  score: { id: 'Skor', en: 'Score' },
  sheets: { id: 'Lembar', en: 'Sheets' },
  decision: { id: 'Keputusan', en: 'Decision' },
  advance: { id: 'lolos', en: 'in' },
  out: { id: 'tidak lolos', en: 'out' },
  review: { id: 'tinjau', en: 'review' },
  findings: { id: 'Temuan', en: 'Findings' },
  alpha: {
    id: 'Kesepakatan juri (alpha Krippendorff)',
    en: "Judge agreement (Krippendorff's alpha)",
  },
  close: { id: 'Terlalu dekat untuk diputuskan', en: 'Too close to call' },
  final: { id: 'Lolos tahap akhir', en: 'Through the last stage' },
  report: { id: 'Laporan lengkap: --format md', en: 'Full report: --format md' },
} as const;

/** The result as JSON. */
export function renderScoringJson(result: ScoringResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** The transparency report. */
export function renderScoringReport(result: ScoringResult, lang: Lang): string {
  return renderScoringMarkdown(result, lang);
}

/** Display width in code points (names and numbers here have no combining marks or emoji). */
function width(text: string): number {
  return Array.from(text).length;
}

function pad(text: string, size: number, right = false): string {
  const gap = Math.max(0, size - width(text));
  return right ? ' '.repeat(gap) + text : text + ' '.repeat(gap);
}

/** The ranking of every stage as a terminal table. */
export function renderScoringTable(result: ScoringResult, lang: Lang, paint: Paint): string {
  const t = (text: { id: string; en: string }): string => localize(text, lang);
  const out: string[] = [
    paint.bold(`${t(result.rulebook.title)} (${result.rulebook.id}) — ${t(result.statusText)}`),
  ];
  for (const stage of result.stages) {
    out.push('', paint.bold(`${t(L.stage)} ${t(stage.title)} (${stage.stage})`));
    const rows = stage.entries.map((e) => [
      e.rank === null ? '—' : String(e.rank),
      e.title !== undefined ? `${e.entry} ${e.title}` : e.entry,
      e.score === null ? '—' : formatNumber(e.score, lang),
      String(e.sheets.filter((s) => s.status === 'counted').length),
      e.decision,
      e.reasons.map((r) => t(r)).join('; '),
    ]);
    const header = [t(L.rank), t(L.entry), t(L.score), t(L.sheets), t(L.decision), ''];
    const widths = header.map((h, i) =>
      Math.min(i === 1 ? 40 : 12, Math.max(width(h), ...rows.map((r) => width(r[i] ?? '')))),
    );
    out.push(
      paint.dim(
        header
          .slice(0, 5)
          .map((h, i) => pad(h, widths[i] ?? 0, i === 0 || i === 2 || i === 3))
          .join('  '),
      ),
    );
    for (const r of rows) {
      const decision = r[4] as 'advance' | 'out' | 'review';
      const word = t(L[decision]);
      const painted =
        decision === 'advance'
          ? paint.green(word)
          : decision === 'out'
            ? paint.red(word)
            : paint.yellow(word);
      out.push(
        [
          pad(r[0] ?? '', widths[0] ?? 0, true),
          pad((r[1] ?? '').slice(0, 40), widths[1] ?? 0),
          pad(r[2] ?? '', widths[2] ?? 0, true),
          pad(r[3] ?? '', widths[3] ?? 0, true),
          painted + ' '.repeat(Math.max(0, (widths[4] ?? 0) - width(word))),
          paint.dim(r[5] ?? ''),
        ].join('  '),
      );
    }
    const alpha = stage.agreement.overall;
    out.push(paint.dim(`${t(L.alpha)}: ${alpha === null ? '—' : formatNumber(alpha, lang)}`));
    const close =
      stage.robustness?.entries.filter((e) => e.tooCloseToCall).map((e) => e.entry) ?? [];
    if (close.length > 0) out.push(paint.yellow(`${t(L.close)}: ${close.join(', ')}`));
  }
  out.push('', `${t(L.final)}: ${result.final.join(', ') || '—'}`);
  const notable = result.findings.filter((f) => f.severity !== 'info');
  if (notable.length > 0) {
    out.push('', paint.bold(t(L.findings)));
    for (const f of notable)
      out.push(
        `  ${f.severity === 'error' ? paint.red('✗') : paint.yellow('!')} ${f.code}: ${t(f.message)}`,
      );
  }
  out.push('', paint.dim(t(L.report)), '');
  return out.join('\n');
}

const CSV_HEADER = {
  id: ['tahap', 'peringkat', 'peserta', 'judul', 'skor', 'lembar_dihitung', 'keputusan', 'alasan'],
  en: ['stage', 'rank', 'entry', 'title', 'score', 'sheets_counted', 'decision', 'reasons'],
} as const;

/**
 * CSV (RFC 4180, header in the chosen language) of the ranking: one row per entry per stage,
 * scores as plain decimals (a dot, whatever the language) so a spreadsheet reads them as numbers.
 *
 * @example
 * ```ts
 * renderScoringCsv(result, 'en').split('\r\n')[0];
 * // 'stage,rank,entry,title,score,sheets_counted,decision,reasons'
 * ```
 */
export function renderScoringCsv(result: ScoringResult, lang: Lang): string {
  return renderCsv(scoringRows(result, lang));
}

/** The rows of {@link renderScoringCsv} (header first), for CSV and XLSX alike. */
export function scoringRows(result: ScoringResult, lang: Lang): string[][] {
  const rows: string[][] = [[...CSV_HEADER[lang]]];
  for (const stage of result.stages)
    for (const e of stage.entries)
      rows.push([
        stage.stage,
        e.rank === null ? '' : String(e.rank),
        e.entry,
        e.title ?? '',
        e.score === null ? '' : String(e.score),
        String(e.sheets.filter((s) => s.status === 'counted').length),
        e.decision,
        e.reasons.map((r) => localize(r, lang)).join('; '),
      ]);
  return rows;
}
