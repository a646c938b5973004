/**
 * Renders IID results: a human table (default), Markdown, JSON, or CSV. Pure: result in, string out.
 */
import {
  escapeMarkdown,
  localize,
  type Finding,
  type Lang,
  type LocalizedText,
} from '@inovasi/core';
import type {
  Component,
  IidComparison,
  IidResult,
  PredikatResult,
  WhatIf,
} from '@inovasi/core/iid';
import type { Paint } from '../format.js';
import { changeLines, leafChanges } from './changes.js';
import { renderCsv } from './table.js';

/** A result with the optional what-if and comparison. */
export interface IidReport {
  readonly result: IidResult;
  readonly whatIf?: WhatIf;
  readonly comparison?: IidComparison;
}

const L = {
  components: { id: 'Komponen', en: 'Components' },
  spd: { id: 'SPD', en: 'SPD' },
  sidAverage: { id: 'Rata-rata SID', en: 'SID average' },
  count: { id: 'Skor jumlah inovasi', en: 'Innovation-count score' },
  maximumTotal: { id: 'Skor total maksimum', en: 'Maximum total' },
  claimed: { id: 'klaim', en: 'claimed' },
  verified: { id: 'terverifikasi', en: 'verified' },
  divisor: { id: 'Pembagi', en: 'Divisor' },
  emptySeats: { id: 'kursi kosong', en: 'empty seats' },
  urusan: { id: 'Urusan wajib pelayanan dasar', en: 'Mandatory basic-service urusan' },
  required: { id: 'syarat', en: 'required' },
  spdRows: { id: 'Baris SPD', en: 'SPD rows' },
  innovations: { id: 'Inovasi', en: 'Innovations' },
  excluded: { id: 'tidak dinilai', en: 'not assessed' },
  findings: { id: 'Temuan', en: 'Findings' },
  fix: { id: 'Perbaikan', en: 'Fix' },
  unknown: { id: 'tidak diketahui', en: 'unknown' },
  whatIf: { id: 'Bagaimana jika', en: 'What if' },
  oneMore: {
    id: 'Satu inovasi lagi (rata-rata / maksimum)',
    en: 'One more innovation (average / maximum)',
  },
  plan: { id: 'Rencana', en: 'Plan' },
  compare: { id: 'Perbandingan', en: 'Comparison' },
  coveredWord: { id: 'tercakup', en: 'covered' },
  notCovered: { id: 'belum tercakup', en: 'not covered' },
  missing: { id: 'yang belum diketahui', en: 'missing' },
} as const;

const SEVERITY = { error: '✗', warning: '!', info: 'i' } as const;

function num(x: number | null | undefined, lang: Lang): string {
  if (x === null || x === undefined) return '?';
  const fixed = (Math.round(x * 100) / 100).toFixed(2);
  return lang === 'id' ? fixed.replace('.', ',') : fixed;
}

function signed(x: number | null, lang: Lang): string {
  if (x === null) return '?';
  return `${x >= 0 ? '+' : ''}${num(x, lang)}`;
}

function componentLine(name: LocalizedText, c: Component, lang: Lang): string {
  if (c.status === 'unknown')
    return `${localize(name, lang)}: ${L.unknown[lang]} — ${localize(c.missing, lang)}`;
  const source = c.rule.source ? ` [${c.rule.id}, tier ${c.rule.source.tier}]` : ` [${c.rule.id}]`;
  return `${localize(name, lang)}: ${num(c.score, lang)} / ${num(c.maximum, lang)}${source} — ${localize(c.explanation, lang)}`;
}

function predikatLine(p: PredikatResult, lang: Lang): string {
  return p.status === 'known'
    ? localize(p.text, lang)
    : `${localize(p.text, lang)} — ${localize(p.missing, lang)}`;
}

function findingLines(f: Finding, lang: Lang, paint: Paint): string[] {
  const mark = `${SEVERITY[f.severity]} ${f.code}`;
  const coloured =
    f.severity === 'error'
      ? paint.red(mark)
      : f.severity === 'warning'
        ? paint.yellow(mark)
        : paint.dim(mark);
  const lines = [
    `  ${coloured}${f.path ? paint.dim(`  ${f.path}`) : ''}`,
    `    ${localize(f.message, lang)}`,
  ];
  if (f.fix) lines.push(`    ${L.fix[lang]}: ${localize(f.fix, lang)}`);
  return lines;
}

/** The human table. */
export function renderIidTable(report: IidReport, lang: Lang, paint: Paint): string {
  const { result } = report;
  const out: string[] = [];
  out.push(
    `${paint.bold(result.region.name)} — ${localize(result.rulebook.title, lang)} ${paint.dim(`(${result.rulebook.id}, ${result.asOf})`)}`,
  );
  if (result.rulebook.statusNote)
    out.push(paint.dim(`  ${localize(result.rulebook.statusNote, lang)}`));
  const headline = `IID ${num(result.iid, lang)} — ${predikatLine(result.predikat, lang)}`;
  out.push(`  ${result.status === 'determinate' ? paint.bold(headline) : paint.yellow(headline)}`);
  out.push(
    paint.dim(
      `  (${L.claimed[lang]} ${num(result.views.claimed.iid, lang)} · ${L.verified[lang]} ${num(result.views.verified.iid, lang)})`,
    ),
  );
  out.push(`  ${L.components[lang]}:`);
  for (const key of ['spd', 'sidAverage', 'count', 'maximumTotal'] as const)
    out.push(`    ${componentLine(L[key], result.components[key], lang)}`);
  const d = result.divisor;
  out.push(
    `  ${L.divisor[lang]}: MAX(${d.minimum ?? '?'}, n = ${d.n}) = ${d.divisor ?? '?'}; ${L.emptySeats[lang]} ${d.emptySeats ?? '?'}`,
  );
  if (result.urusan.required !== null)
    out.push(
      `  ${L.urusan[lang]}: ${result.urusan.covered.length}/${result.urusan.covered.length + result.urusan.missing.length} ${L.coveredWord[lang]} (${L.required[lang]} ${result.urusan.required})${result.urusan.missing.length > 0 ? `; ${L.notCovered[lang]}: ${result.urusan.missing.map((u) => localize(u.title, lang)).join(', ')}` : ''}`,
    );
  if (result.spdRows.length > 0) {
    out.push(`  ${L.spdRows[lang]}:`);
    for (const row of result.spdRows) {
      out.push(
        `    ${row.row.padEnd(7)} ${localize(row.title, lang)}: ${localize(row.explanation, lang)}`,
      );
      if (row.next) out.push(paint.dim(`            ${localize(row.next.text, lang)}`));
    }
  }
  if (result.innovations.length > 0) {
    out.push(`  ${L.innovations[lang]}:`);
    for (const inv of result.innovations) {
      const score =
        inv.status === 'excluded'
          ? paint.red(
              `${L.excluded[lang]}: ${inv.exclusion ? localize(inv.exclusion.reason, lang) : ''}`,
            )
          : `${num(inv.score, lang)} / ${num(inv.maximum, lang)}${inv.status === 'rejected' ? ' (rejected)' : ''}`;
      out.push(`    ${inv.id} ${inv.name} [${inv.urusan}]: ${score}`);
    }
  }
  if (report.whatIf) out.push(...renderWhatIf(report.whatIf, lang));
  if (report.comparison) out.push(...renderComparison(report.comparison, lang));
  out.push(`  ${L.findings[lang]} (${result.findings.length}):`);
  for (const f of result.findings) out.push(...findingLines(f, lang, paint));
  out.push('');
  return out.join('\n');
}

function renderWhatIf(w: WhatIf, lang: Lang): string[] {
  const out = [`  ${L.whatIf[lang]}:`];
  if (w.oneMoreInnovation)
    out.push(
      `    ${L.oneMore[lang]}: ${signed(w.oneMoreInnovation.atAverage.gain, lang)} / ${signed(w.oneMoreInnovation.atMaximum.gain, lang)}`,
    );
  if (w.emptySeats !== null) out.push(`    ${L.emptySeats[lang]}: ${w.emptySeats}`);
  if (w.urusan && w.urusan.needed > 0)
    out.push(
      `    ${L.urusan[lang]}: ${w.urusan.missing.join(', ')} → ${signed(w.urusan.gain, lang)}`,
    );
  for (const row of w.spdRows.slice(0, 5))
    out.push(`    ${row.row} ${localize(row.title, lang)} +1: ${signed(row.gain, lang)}`);
  for (const row of w.sidRows.slice(0, 5))
    out.push(
      `    ${row.row} ${localize(row.title, lang)} +1 (×${row.innovationsBelowMaximum}): ${signed(row.gainPerLevel, lang)}`,
    );
  const plan = w.plan;
  out.push(`  ${L.plan[lang]}: ${localize(plan.explanation, lang)}`);
  planActions(plan.changes, lang).forEach((action, i) => {
    out.push(`    ${i + 1}. ${action.text} (${signed(action.gain, lang)})`);
  });
  return out;
}

/**
 * The plan as a short list of concrete actions: each new innovation, each SPD row, and the SID
 * rows of one innovation together (an innovation the plan adds is named by its urusan, not by
 * an internal id), each with its gain.
 */
export function planActions(
  changes: WhatIf['plan']['changes'],
  lang: Lang,
): { text: string; gain: number }[] {
  const added = new Map<string, string>();
  const actions: { text: string; gain: number; key?: string; rows?: string[] }[] = [];
  for (const change of changes) {
    if (change.kind === 'add-innovation') {
      added.set(change.id, change.urusan);
      actions.push({ text: localize(change.text, lang), gain: change.gain });
      continue;
    }
    if (change.kind !== 'raise-sid') {
      actions.push({ text: localize(change.text, lang), gain: change.gain });
      continue;
    }
    const group = actions.find((a) => a.key === change.innovation);
    if (group) {
      group.gain += change.gain;
      group.rows?.push(`${change.row} ${change.from}→${change.to}`);
      continue;
    }
    actions.push({
      key: change.innovation,
      rows: [`${change.row} ${change.from}→${change.to}`],
      text: '',
      gain: change.gain,
    });
  }
  return actions.map((a) => {
    if (a.key === undefined) return { text: a.text, gain: a.gain };
    const rows = a.rows ?? [];
    const urusan = added.get(a.key);
    const who =
      urusan !== undefined
        ? lang === 'id'
          ? `inovasi baru pada urusan ${urusan}`
          : `the new innovation in urusan ${urusan}`
        : a.key;
    const list = rows.length > 6 ? `${rows.slice(0, 6).join(', ')}, …` : rows.join(', ');
    return {
      text:
        lang === 'id'
          ? `Naikkan ${rows.length} baris SID ${who}: ${list}`
          : `Raise ${rows.length} SID rows of ${who}: ${list}`,
      gain: a.gain,
    };
  });
}

function renderComparison(c: IidComparison, lang: Lang): string[] {
  const out = [
    `  ${L.compare[lang]}: ${c.a.rulebook.id} → ${c.b.rulebook.id}`,
    `    IID ${num(c.a.iid, lang)} → ${num(c.b.iid, lang)} (${signed(c.delta.iid, lang)}); ${predikatLine(c.a.predikat, lang)} → ${predikatLine(c.b.predikat, lang)}`,
  ];
  for (const k of c.constants) {
    const changes = leafChanges(k.a, k.b, lang);
    const only = changes.length === 1 ? changes[0] : undefined;
    if (only && /^\((nilai|value)\)$/.test(only.path))
      out.push(`    ${k.rule}.${k.slot}: ${only.before} → ${only.after}`);
    else out.push(`    ${k.rule}.${k.slot}:`, ...changeLines(changes, '      '));
  }
  for (const r of c.rows)
    out.push(
      `    ${r.row} ${localize(r.title, lang)}: ${r.change}${r.a && r.b ? ` (${r.a.weight} → ${r.b.weight})` : ''}`,
    );
  return out;
}

/** Markdown, for a report to the head of region. */
export function renderIidMarkdown(report: IidReport, lang: Lang): string {
  const { result } = report;
  const out: string[] = [
    `## ${escapeMarkdown(result.region.name)}: IID ${num(result.iid, lang)} — ${predikatLine(result.predikat, lang)}`,
    '',
    `${localize(result.rulebook.title, lang)} (\`${result.rulebook.id}\`), ${result.asOf}. ${L.claimed[lang]} ${num(result.views.claimed.iid, lang)} · ${L.verified[lang]} ${num(result.views.verified.iid, lang)}`,
    '',
    `### ${L.components[lang]}`,
    '',
  ];
  for (const key of ['spd', 'sidAverage', 'count', 'maximumTotal'] as const)
    out.push(`- ${componentLine(L[key], result.components[key], lang)}`);
  if (result.spdRows.length > 0) {
    out.push(
      '',
      `### ${L.spdRows[lang]}`,
      '',
      '| Baris | Indikator | Skor | Penjelasan |',
      '|---|---|---|---|',
    );
    for (const row of result.spdRows)
      out.push(
        `| ${row.row} | ${escapeMarkdown(localize(row.title, lang))} | ${num(row.score, lang)} / ${num(row.maximum, lang)} | ${escapeMarkdown(localize(row.explanation, lang))} |`,
      );
  }
  if (result.innovations.length > 0) {
    out.push('', `### ${L.innovations[lang]}`, '');
    for (const inv of result.innovations)
      out.push(
        `- **${inv.name}** (${inv.id}, ${inv.urusan}): ${inv.status === 'excluded' ? `${L.excluded[lang]} — ${inv.exclusion ? localize(inv.exclusion.reason, lang) : ''}` : `${num(inv.score, lang)} / ${num(inv.maximum, lang)}`}`,
      );
  }
  if (report.whatIf)
    out.push(
      '',
      `### ${L.whatIf[lang]}`,
      '',
      ...renderWhatIf(report.whatIf, lang).map((l) => `- ${l.trim()}`),
    );
  if (report.comparison)
    out.push(
      '',
      `### ${L.compare[lang]}`,
      '',
      ...renderComparison(report.comparison, lang).map((l) => `- ${l.trim()}`),
    );
  out.push('', `### ${L.findings[lang]}`, '');
  for (const f of result.findings)
    out.push(
      `- ${f.severity} \`${f.code}\`${f.path ? ` \`${f.path}\`` : ''}: ${localize(f.message, lang)}${f.fix ? ` ${L.fix[lang]}: ${localize(f.fix, lang)}` : ''}`,
    );
  out.push('');
  return out.join('\n');
}

/** JSON: the result, with `whatIf` and `comparison` when asked for. */
export function renderIidJson(report: IidReport): string {
  return `${JSON.stringify(
    {
      ...report.result,
      ...(report.whatIf ? { whatIf: report.whatIf } : {}),
      ...(report.comparison ? { comparison: report.comparison } : {}),
    },
    null,
    2,
  )}\n`;
}

/** `inovasi iid predikat`: one line, or JSON `{ predikat, rulebook, … }`. */
export function renderPredikat(
  p: PredikatResult,
  rulebook: string,
  format: 'table' | 'json',
  lang: Lang,
): string {
  // an engine answer carries its own rulebook reference (id, title, chain)
  if (format === 'json') return `${JSON.stringify({ rulebook, ...p }, null, 2)}\n`;
  return `${num(p.score, lang)} (${rulebook}): ${predikatLine(p, lang)}\n`;
}

const CSV_HEADER = {
  id: [
    'bagian',
    'inovasi',
    'status_inovasi',
    'baris',
    'judul',
    'level',
    'skor',
    'maksimum',
    'dihitung',
    'penjelasan',
    'level_berikutnya',
  ],
  en: [
    'part',
    'innovation',
    'innovation_status',
    'row',
    'title',
    'level',
    'score',
    'maximum',
    'counted',
    'explanation',
    'next_level',
  ],
} as const;

/**
 * CSV (RFC 4180, header in the chosen language) of the breakdown: one row per SPD row and one per
 * row of each innovation (an excluded innovation without rows gets one line with its reason), so
 * a Bappeda can sort and filter the whole self-assessment in a spreadsheet. Numbers are plain
 * decimals with a dot.
 *
 * @example
 * ```ts
 * renderIidCsv(report, 'en').split('\r\n')[0]; // 'part,innovation,innovation_status,row,…'
 * ```
 */
export function renderIidCsv(report: IidReport, lang: Lang): string {
  return renderCsv(iidRows(report, lang));
}

/** The rows of {@link renderIidCsv} (header first), for CSV and XLSX alike. */
export function iidRows(report: IidReport, lang: Lang): string[][] {
  const { result } = report;
  const rows: string[][] = [[...CSV_HEADER[lang]]];
  const line = (
    part: string,
    innovation: string,
    status: string,
    r: IidResult['spdRows'][number],
  ): string[] => [
    part,
    innovation,
    status,
    r.row,
    localize(r.title, lang),
    String(r.level),
    String(r.score),
    String(r.maximum),
    String(r.counted),
    localize(r.explanation, lang),
    r.next ? localize(r.next.text, lang) : '',
  ];
  for (const r of result.spdRows) rows.push(line('spd', '', '', r));
  for (const inv of result.innovations) {
    const name = `${inv.id} ${inv.name}`;
    if (inv.rows.length === 0)
      rows.push([
        'sid',
        name,
        inv.status,
        '',
        '',
        '',
        '',
        '',
        'false',
        inv.exclusion ? localize(inv.exclusion.reason, lang) : '',
        '',
      ]);
    for (const r of inv.rows) rows.push(line('sid', name, inv.status, r));
  }
  return rows;
}
