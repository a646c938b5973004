/**
 * Plain tables three ways: aligned text for a terminal, CSV (RFC 4180) for a spreadsheet, and
 * Markdown for a report. Pure: rows in, string out. The first row is the header.
 */
import { escapeMarkdown } from '@inovasi/core';
import { neutraliseFormula } from '../io/cell-safety.js';

/** Rows of cells; the first row is the header. */
export type Rows = readonly (readonly string[])[];

/** Aligned columns, two spaces apart; the last column is not padded. */
export function renderTextTable(rows: Rows): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return `${rows
    .map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  '))
    .join('\n')}\n`;
}

function csvCell(cell: string): string {
  const safe = neutraliseFormula(cell);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** CSV quoting only where needed, with CRLF line ends (RFC 4180) unless `eol` says otherwise. */
export function renderCsv(rows: Rows, eol: '\r\n' | '\n' = '\r\n'): string {
  return rows.map((r) => r.map(csvCell).join(',')).join(eol) + eol;
}

/** A Markdown table; cells are plain text, escaped (no raw HTML, no links, pipes escaped). */
export function renderMarkdownTable(rows: Rows): string {
  const [header, ...body] = rows;
  if (!header) return '';
  const line = (r: readonly string[]): string => `| ${r.map(escapeMarkdown).join(' | ')} |`;
  return `${[line(header), `|${header.map(() => '---').join('|')}|`, ...body.map(line)].join('\n')}\n`;
}

/** Renders rows in the chosen format (`table`, `csv` or `md`). */
export function renderRows(rows: Rows, format: 'table' | 'csv' | 'md'): string {
  return format === 'csv'
    ? renderCsv(rows)
    : format === 'md'
      ? renderMarkdownTable(rows)
      : renderTextTable(rows);
}
