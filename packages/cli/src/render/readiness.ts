/**
 * Renders readiness results: a human table (default), JSON, Markdown or CSV. Pure: result in,
 * string out.
 */
import {
  codeSpan,
  escapeMarkdown,
  localize,
  type Finding,
  type Lang,
  type Source,
} from '@inovasi/core';
import type {
  ReadinessBatchItem,
  ReadinessBatchResult,
  ReadinessResult,
} from '@inovasi/core/readiness';
import type { Paint } from '../format.js';
import { renderCsv } from './table.js';

/** One checked document. */
export interface CheckedDocument {
  readonly name: string;
  readonly result: ReadinessResult;
}

const L = {
  rules: { id: 'Aturan', en: 'Rules' },
  fix: { id: 'Perbaikan', en: 'Fix' },
  source: { id: 'Sumber', en: 'Source' },
  asOf: { id: 'per', en: 'as of' },
  findings: { id: 'Temuan', en: 'Findings' },
  none: { id: 'Tidak ada temuan.', en: 'No findings.' },
  summary: { id: 'Ringkasan', en: 'Summary' },
  batch: { id: 'Seluruh kumpulan', en: 'The whole batch' },
} as const;

function sourceText(source: Source | undefined): string {
  if (!source) return '';
  return `${source.citation} [${source.tier}]${source.url ? ` ${source.url}` : ''}`;
}

const MARK = { pass: '✓', fail: '✗', indeterminate: '?', 'not-applicable': '–' } as const;
const SEVERITY = { error: '✗', warning: '!', info: 'i' } as const;
const FINDINGS = {
  id: () => 'temuan',
  en: (n: number) => (n === 1 ? 'finding' : 'findings'),
} as const;

/**
 * A rule's line in the summary, consistent with the findings above it: never a tick beside a
 * rule with findings against it (`!` for warnings only, `✗` only with an error), and how many.
 */
function ruleLine(
  o: ReadinessResult['outcomes'][number],
  findings: readonly Finding[],
  lang: Lang,
): { mark: string; text: string } {
  let errors = 0;
  let others = 0;
  for (const f of findings) {
    if (f.rule.id !== o.rule.id) continue;
    if (f.severity === 'error') errors += 1;
    else if (f.severity === 'warning') others += 1;
  }
  const mark =
    errors > 0
      ? MARK.fail
      : others > 0 && (o.outcome === 'pass' || o.outcome === 'fail')
        ? SEVERITY.warning
        : MARK[o.outcome];
  const count = errors + others;
  const text = `${localize(o.explanation, lang)}${count > 0 && o.outcome !== 'indeterminate' ? ` (${count} ${FINDINGS[lang](count)})` : ''}`;
  return { mark, text };
}

function paintSeverity(paint: Paint, f: Finding, s: string): string {
  return f.severity === 'error'
    ? paint.red(s)
    : f.severity === 'warning'
      ? paint.yellow(s)
      : paint.dim(s);
}

/** The human table for one or more results. */
export function renderReadinessTable(
  docs: readonly CheckedDocument[],
  lang: Lang,
  paint: Paint,
): string {
  const out: string[] = [];
  for (const { name, result } of docs) {
    const status = localize(result.statusText, lang);
    const coloured =
      result.status === 'ready'
        ? paint.green(status)
        : result.status === 'not-ready'
          ? paint.red(status)
          : paint.yellow(status);
    out.push(
      `${paint.bold(name)} — ${coloured} ${paint.dim(`(${result.rulebook.id}, ${L.asOf[lang]} ${result.asOf})`)}`,
    );
    if (result.findings.length === 0) out.push(`  ${L.none[lang]}`);
    for (const f of result.findings) {
      out.push(
        `  ${paintSeverity(paint, f, `${SEVERITY[f.severity]} ${f.code}`)}${f.path ? paint.dim(`  ${f.path}`) : ''}`,
      );
      out.push(`    ${localize(f.message, lang)}`);
      if (f.fix) out.push(`    ${L.fix[lang]}: ${localize(f.fix, lang)}`);
      const src = sourceText(f.basis?.[0]?.source ?? f.rule.source);
      if (src) out.push(paint.dim(`    ${L.source[lang]}: ${src}`));
    }
    out.push(`  ${L.rules[lang]}:`);
    for (const o of result.outcomes) {
      const line = ruleLine(o, result.findings, lang);
      out.push(`    ${line.mark} ${o.rule.id} ${paint.dim(`(${o.rule.rulebook})`)} — ${line.text}`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** Markdown, for a report or an issue comment. */
export function renderReadinessMarkdown(docs: readonly CheckedDocument[], lang: Lang): string {
  const out: string[] = [];
  for (const { name, result } of docs) {
    out.push(
      `## ${escapeMarkdown(name)}: ${escapeMarkdown(localize(result.statusText, lang))}`,
      '',
    );
    out.push(
      `${lang === 'id' ? 'Buku aturan' : 'Rulebook'}: \`${result.rulebook.id}\` (${localize(result.rulebook.title, lang)}), ${L.asOf[lang]} ${result.asOf}`,
      '',
    );
    if (result.findings.length === 0) out.push(L.none[lang], '');
    else {
      out.push(
        `| ${lang === 'id' ? 'Tingkat' : 'Severity'} | ${lang === 'id' ? 'Kode' : 'Code'} | ${lang === 'id' ? 'Isian' : 'Field'} | ${lang === 'id' ? 'Temuan' : 'Finding'} | ${L.fix[lang]} | ${L.source[lang]} |`,
      );
      out.push('|---|---|---|---|---|---|');
      for (const f of result.findings) {
        const cells = [
          f.severity,
          codeSpan(f.code),
          f.path ? codeSpan(f.path) : '',
          escapeMarkdown(localize(f.message, lang)),
          f.fix ? escapeMarkdown(localize(f.fix, lang)) : '',
          escapeMarkdown(sourceText(f.basis?.[0]?.source ?? f.rule.source)),
        ];
        out.push(`| ${cells.join(' | ')} |`);
      }
      out.push('');
    }
    out.push(`### ${L.rules[lang]}`, '');
    for (const o of result.outcomes) {
      const line = ruleLine(o, result.findings, lang);
      out.push(
        `- ${line.mark} **${escapeMarkdown(o.rule.id)}** (${escapeMarkdown(o.rule.rulebook)}): ${escapeMarkdown(line.text)}`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}

/** Stable JSON of one result. */
export function renderReadinessJson(result: ReadinessResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** A batch result with the name (file, row) of each proposal, as `check --format json` prints it. */
export function namedBatch(
  batch: ReadinessBatchResult,
  names: readonly string[],
): ReadinessBatchResult & { readonly items: readonly (ReadinessBatchItem & { file: string })[] } {
  return {
    ...batch,
    items: batch.items.map((item) => ({
      file: names[item.index] ?? `#${item.index + 1}`,
      ...item,
    })),
  };
}

/** Stable JSON of a batch, each item named. */
export function renderReadinessBatchJson(
  batch: ReadinessBatchResult,
  names: readonly string[],
): string {
  return `${JSON.stringify(namedBatch(batch, names), null, 2)}\n`;
}

function checkedItems(batch: ReadinessBatchResult, names: readonly string[]): CheckedDocument[] {
  return batch.items.flatMap((item) =>
    'result' in item
      ? [{ name: names[item.index] ?? `#${item.index + 1}`, result: item.result }]
      : [],
  );
}

function batchFindingLines(batch: ReadinessBatchResult, lang: Lang): string[] {
  const out: string[] = [];
  for (const f of batch.findings) {
    out.push(`  ${SEVERITY[f.severity]} ${f.code}: ${localize(f.message, lang)}`);
    if (f.fix) out.push(`    ${L.fix[lang]}: ${localize(f.fix, lang)}`);
    const src = sourceText(f.basis?.[0]?.source ?? f.rule.source);
    if (src) out.push(`    ${L.source[lang]}: ${src}`);
  }
  return out;
}

/** The human table of a batch: each proposal, then the checks over the batch and a summary. */
export function renderReadinessBatchTable(
  batch: ReadinessBatchResult,
  names: readonly string[],
  lang: Lang,
  paint: Paint,
): string {
  const out = [renderReadinessTable(checkedItems(batch, names), lang, paint)];
  out.push(paint.bold(`${L.batch[lang]} — ${localize(batch.statusText, lang)}`));
  out.push(...batchFindingLines(batch, lang));
  for (const o of batch.outcomes) {
    const line = ruleLine(o, batch.findings, lang);
    out.push(`  ${line.mark} ${o.rule.id} — ${line.text}`);
  }
  out.push('');
  return out.join('\n');
}

/** Markdown of a batch. */
export function renderReadinessBatchMarkdown(
  batch: ReadinessBatchResult,
  names: readonly string[],
  lang: Lang,
): string {
  const out = [renderReadinessMarkdown(checkedItems(batch, names), lang)];
  out.push(`## ${L.batch[lang]}: ${localize(batch.statusText, lang)}`, '');
  for (const f of batch.findings) {
    out.push(
      `- **${f.code}**: ${localize(f.message, lang)}${f.fix ? ` ${L.fix[lang]}: ${localize(f.fix, lang)}` : ''}`,
    );
  }
  for (const o of batch.outcomes) {
    const line = ruleLine(o, batch.findings, lang);
    out.push(`- ${line.mark} **${o.rule.id}**: ${line.text}`);
  }
  out.push('');
  return out.join('\n');
}

const CSV_HEADER = {
  id: ['berkas', 'status', 'tingkat', 'kode', 'isian', 'pesan', 'perbaikan', 'aturan', 'sumber'],
  en: ['file', 'status', 'severity', 'code', 'path', 'message', 'fix', 'rule', 'source'],
} as const;

/**
 * CSV (RFC 4180, header in the chosen language) of one or more results: one row per finding, and
 * one row with empty finding columns for a proposal without findings, so a spreadsheet can
 * filter by proposal, code or severity. Batch-wide findings (duplicate titles, quotas) carry the
 * file `*`.
 *
 * @example
 * ```ts
 * renderReadinessCsv([{ name: 'a.json', result }], [], 'en');
 * // 'file,status,severity,code,path,message,fix,rule,source\r\na.json,not-ready,error,KIPP.AGE.MIN,…'
 * ```
 */
export function renderReadinessCsv(
  docs: readonly CheckedDocument[],
  batchFindings: readonly Finding[],
  lang: Lang,
): string {
  return renderCsv(readinessRows(docs, batchFindings, lang));
}

/** The rows of {@link renderReadinessCsv} (header first), for CSV and XLSX alike. */
export function readinessRows(
  docs: readonly CheckedDocument[],
  batchFindings: readonly Finding[],
  lang: Lang,
): string[][] {
  const row = (name: string, status: string, f?: Finding): string[] =>
    f
      ? [
          name,
          status,
          f.severity,
          f.code,
          f.path ?? '',
          localize(f.message, lang),
          f.fix ? localize(f.fix, lang) : '',
          f.rule.id,
          sourceText(f.basis?.[0]?.source ?? f.rule.source),
        ]
      : [name, status, '', '', '', '', '', '', ''];
  const rows: string[][] = [[...CSV_HEADER[lang]]];
  for (const { name, result } of docs) {
    if (result.findings.length === 0) rows.push(row(name, result.status));
    for (const f of result.findings) rows.push(row(name, result.status, f));
  }
  for (const f of batchFindings) rows.push(row('*', '', f));
  return rows;
}

/** CSV of a batch (see {@link renderReadinessCsv}). */
export function renderReadinessBatchCsv(
  batch: ReadinessBatchResult,
  names: readonly string[],
  lang: Lang,
): string {
  return renderReadinessCsv(checkedItems(batch, names), batch.findings, lang);
}

/** The rows of {@link renderReadinessBatchCsv}. */
export function readinessBatchRows(
  batch: ReadinessBatchResult,
  names: readonly string[],
  lang: Lang,
): string[][] {
  return readinessRows(checkedItems(batch, names), batch.findings, lang);
}
