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

/** The batch result without its items: what a batch's pieces are rendered around. */
export type ReadinessBatchHead = Omit<ReadinessBatchResult, 'items'>;

/**
 * A batch rendered piece by piece, so a national batch is written as it is checked and never
 * held as one string: {@link head} before the first item, {@link item} for each proposal in
 * order, {@link tail} after the last. Joined, the pieces are exactly the whole render
 * (`JSON.stringify(batch, null, 2)` with each item named, for JSON).
 */
export interface ReadinessBatchPieces {
  /** Does {@link head} read the batch head (the counts)? Only JSON puts it first. */
  readonly headFirst: boolean;
  /** The text before the first item (`head` is needed only when {@link headFirst}). */
  head(head?: ReadinessBatchHead): string;
  /** The text of one item, named by `name` (an unreadable one is only in JSON). */
  item(item: ReadinessBatchItem, name: string): string;
  /** The text after the last item. */
  tail(head: ReadinessBatchHead): string;
}

/** Indents every line of `text` but the first by `pad`. */
const indentLines = (text: string, pad: string): string => text.replaceAll('\n', `\n${pad}`);

/**
 * The pieces of a batch in `format` (`json`: the batch with each item named, indented as
 * `JSON.stringify(…, null, 2)` writes it; `csv`: a row per finding; `md`; `table`).
 */
export function createReadinessBatchPieces(
  format: 'json' | 'csv' | 'md' | 'table',
  lang: Lang,
  paint: Paint,
): ReadinessBatchPieces {
  let items = 0;
  if (format === 'json')
    return {
      headFirst: true,
      head(head) {
        // the head's own keys, then "items" last, as in the whole batch
        const text = JSON.stringify({ ...head, items: [] }, null, 2);
        return text.slice(0, text.length - '[]\n}'.length) + '[';
      },
      item(item, name) {
        items += 1;
        const text = JSON.stringify({ file: name, ...item }, null, 2);
        return `${items === 1 ? '' : ','}\n    ${indentLines(text, '    ')}`;
      },
      tail: () => `${items === 0 ? '' : '\n  '}]\n}\n`,
    };
  if (format === 'csv')
    return {
      headFirst: false,
      head: () => renderCsv([readinessHeader(lang)]),
      item: (item, name) =>
        'result' in item ? renderCsv(documentRows({ name, result: item.result }, lang)) : '',
      tail: (head) =>
        head.findings.length > 0 ? renderCsv(batchFindingRows(head.findings, lang)) : '',
    };
  // table and Markdown: proposals one after another, then the checks over the batch
  const render =
    format === 'md'
      ? (doc: CheckedDocument) => renderReadinessMarkdown([doc], lang)
      : (doc: CheckedDocument) => renderReadinessTable([doc], lang, paint);
  return {
    headFirst: false,
    head: () => '',
    item(item, name) {
      if (!('result' in item)) return '';
      items += 1;
      return `${items === 1 ? '' : '\n'}${render({ name, result: item.result })}`;
    },
    tail: (head) =>
      `\n${(format === 'md' ? batchMarkdownLines(head, lang) : batchTableLines(head, lang, paint)).join('\n')}`,
  };
}

function batchFindingLines(batch: ReadinessBatchHead, lang: Lang): string[] {
  const out: string[] = [];
  for (const f of batch.findings) {
    out.push(`  ${SEVERITY[f.severity]} ${f.code}: ${localize(f.message, lang)}`);
    if (f.fix) out.push(`    ${L.fix[lang]}: ${localize(f.fix, lang)}`);
    const src = sourceText(f.basis?.[0]?.source ?? f.rule.source);
    if (src) out.push(`    ${L.source[lang]}: ${src}`);
  }
  return out;
}

/** The lines after the proposals in the table: the checks over the batch and a summary. */
function batchTableLines(batch: ReadinessBatchHead, lang: Lang, paint: Paint): string[] {
  const out = [paint.bold(`${L.batch[lang]} — ${localize(batch.statusText, lang)}`)];
  out.push(...batchFindingLines(batch, lang));
  for (const o of batch.outcomes) {
    const line = ruleLine(o, batch.findings, lang);
    out.push(`  ${line.mark} ${o.rule.id} — ${line.text}`);
  }
  out.push('');
  return out;
}

/** The lines after the proposals in Markdown. */
function batchMarkdownLines(batch: ReadinessBatchHead, lang: Lang): string[] {
  const out = [`## ${L.batch[lang]}: ${localize(batch.statusText, lang)}`, ''];
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
  return out;
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

/** The header row of the readiness CSV, in `lang`. */
function readinessHeader(lang: Lang): string[] {
  return [...CSV_HEADER[lang]];
}

/** A CSV row of a proposal (or of the batch, named `*`): one finding, or none. */
function findingRow(name: string, status: string, lang: Lang, f?: Finding): string[] {
  return f
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
}

/** The rows of one checked proposal: one per finding, or one empty row without findings. */
function documentRows({ name, result }: CheckedDocument, lang: Lang): string[][] {
  if (result.findings.length === 0) return [findingRow(name, result.status, lang)];
  return result.findings.map((f) => findingRow(name, result.status, lang, f));
}

/** The rows of the findings over a whole batch, named `*`. */
function batchFindingRows(findings: readonly Finding[], lang: Lang): string[][] {
  return findings.map((f) => findingRow('*', '', lang, f));
}

/** The rows of {@link renderReadinessCsv} (header first), for CSV and XLSX alike. */
export function readinessRows(
  docs: readonly CheckedDocument[],
  batchFindings: readonly Finding[],
  lang: Lang,
): string[][] {
  const rows: string[][] = [readinessHeader(lang)];
  for (const doc of docs) rows.push(...documentRows(doc, lang));
  rows.push(...batchFindingRows(batchFindings, lang));
  return rows;
}

/**
 * The rows of a batch, a proposal at a time, for XLSX, which is written as it comes: the header,
 * each proposal's rows, then the rows of the findings over the whole batch.
 */
export function createReadinessBatchRows(lang: Lang): {
  readonly header: readonly string[];
  item(item: ReadinessBatchItem, name: string): string[][];
  tail(head: ReadinessBatchHead): string[][];
} {
  return {
    header: readinessHeader(lang),
    item: (item, name) =>
      'result' in item ? documentRows({ name, result: item.result }, lang) : [],
    tail: (head) => batchFindingRows(head.findings, lang),
  };
}
