/**
 * Renders fiscal-incentive results: eligibility (table, Markdown) and allocation (table,
 * Markdown, CSV). Pure: result in, string out.
 */
import { escapeMarkdown, formatNumber, localize, type Lang, type Source } from '@inovasi/core';
import type { AllocationResult, ClusterResult, EligibilityResult } from '@inovasi/core/incentive';
import type { Paint } from '../format.js';
import { renderCsv } from './table.js';

const L = {
  gates: { id: 'Kriteria utama', en: 'Gates' },
  cluster: { id: 'Klaster', en: 'Cluster' },
  pots: { id: 'Pagu yang dapat diperoleh', en: 'Pots the region could share' },
  tranche: { id: 'Tahap II', en: 'Tranche II' },
  missing: { id: 'Yang belum diketahui', en: 'What is missing' },
  toQualify: { id: 'Agar memenuhi syarat', en: 'What it would take' },
  schedule: { id: 'Tahap penyaluran', en: 'Disbursement' },
  value: { id: 'nilai daerah', en: 'region value' },
  fix: { id: 'Perbaikan', en: 'Fix' },
  source: { id: 'Sumber', en: 'Source' },
  asOf: { id: 'per', en: 'as of' },
  unknownAmount: { id: 'tidak diketahui', en: 'unknown' },
  allocation: { id: 'Simulasi alokasi', en: 'Allocation simulation' },
  pool: { id: 'Pagu diketahui', en: 'Known pots' },
  allocated: { id: 'teralokasi', en: 'allocated' },
  rejected: { id: 'Baris ditolak', en: 'Rejected rows' },
  assumed: { id: 'asumsi pengguna', en: 'user assumption' },
  top: { id: 'Penerima terbesar', en: 'Largest recipients' },
} as const;

const MARK = { pass: '✓', fail: '✗', indeterminate: '?' } as const;

function rupiah(amount: number | null, lang: Lang): string {
  return amount === null ? L.unknownAmount[lang] : `Rp${formatNumber(amount, lang, 0)}`;
}

function sourceText(source: Source | undefined): string {
  if (!source) return '';
  return `${source.citation} [${source.tier}]${source.url ? ` ${source.url}` : ''}`;
}

/** Enum values as words in the output language (never the raw code in Indonesian output). */
const WORDS: Readonly<Record<string, { readonly id: string; readonly en: string }>> = {
  none: { id: 'tidak ada', en: 'none' },
  unknown: { id: 'tidak diketahui', en: 'unknown' },
  releasable: { id: 'dapat dicairkan', en: 'releasable' },
  withheld: { id: 'ditahan', en: 'withheld' },
  indeterminate: { id: 'tidak dapat dipastikan', en: 'indeterminate' },
  allocated: { id: 'teralokasi', en: 'allocated' },
  empty: { id: 'kosong', en: 'empty' },
  complete: { id: 'lengkap', en: 'complete' },
  partial: { id: 'sebagian', en: 'partial' },
};

/** A status code as a word in `lang` (the code itself when it has no word). */
function word(code: string, lang: Lang): string {
  const w = WORDS[code];
  return w ? w[lang] : code;
}

function clusterText(cluster: ClusterResult, lang: Lang): string {
  const head =
    cluster.status === 'assigned'
      ? cluster.cluster
      : cluster.status === 'undecided'
        ? cluster.candidates.join('/')
        : word(cluster.status, lang);
  return `${head} — ${localize(cluster.explanation, lang)}`;
}

function statusPaint(paint: Paint, status: EligibilityResult['status'], text: string): string {
  return status === 'eligible'
    ? paint.green(text)
    : status === 'not-eligible'
      ? paint.red(text)
      : paint.yellow(text);
}

/** The human view of one eligibility result. */
export function renderEligibilityTable(
  name: string,
  result: EligibilityResult,
  lang: Lang,
  paint: Paint,
): string {
  const out: string[] = [];
  const region = result.region.name ?? result.region.id;
  out.push(
    `${paint.bold(`${region} (${result.region.level})`)} — ${statusPaint(paint, result.status, localize(result.statusText, lang))} ${paint.dim(`(${result.rulebook.id}, ${L.asOf[lang]} ${result.asOf}; ${name})`)}`,
  );
  out.push(`  ${L.gates[lang]}:`);
  for (const gate of result.gates) {
    out.push(`    ${MARK[gate.outcome]} ${gate.rule.id} — ${localize(gate.explanation, lang)}`);
    if (gate.fix && gate.outcome !== 'pass')
      out.push(`      ${L.fix[lang]}: ${localize(gate.fix, lang)}`);
    const src = sourceText(gate.basis?.[0]?.source ?? gate.rule.source);
    if (src) out.push(paint.dim(`      ${L.source[lang]}: ${src}`));
  }
  if (result.cluster) {
    out.push(`  ${L.cluster[lang]}: ${clusterText(result.cluster, lang)}`);
    if (result.cluster.status === 'assigned' && result.cluster.upgrade)
      out.push(`    ${L.fix[lang]}: ${localize(result.cluster.upgrade.fix, lang)}`);
  }
  if (result.pots.length > 0) {
    out.push(`  ${L.pots[lang]}:`);
    for (const pot of result.pots)
      out.push(
        `    - ${localize(pot.title, lang)}: ${rupiah(pot.amount, lang)}${pot.score !== undefined ? ` (${L.value[lang]}: ${formatNumber(pot.score, lang, 4)})` : ''}`,
      );
  }
  if (result.tranche) {
    out.push(
      `  ${L.tranche[lang]}: ${word(result.tranche.status, lang)} — ${localize(result.tranche.explanation, lang)}`,
    );
    for (const c of result.tranche.conditions) {
      if (c.outcome === 'not-applicable') continue;
      out.push(`    ${MARK[c.outcome]} ${c.id} — ${localize(c.explanation, lang)}`);
      if (c.fix && c.outcome !== 'pass') out.push(`      ${L.fix[lang]}: ${localize(c.fix, lang)}`);
    }
  }
  if (result.missing.length > 0) {
    out.push(`  ${L.missing[lang]}:`);
    for (const m of result.missing) out.push(`    - ${m.rule}: ${localize(m.what, lang)}`);
  }
  if (result.toQualify.length > 0) {
    out.push(`  ${L.toQualify[lang]}:`);
    for (const t of result.toQualify) out.push(`    - ${t.rule}: ${localize(t.fix, lang)}`);
  }
  out.push('');
  return out.join('\n');
}

const cell = escapeMarkdown;

/** Markdown, for a report or an issue comment. */
export function renderEligibilityMarkdown(
  name: string,
  result: EligibilityResult,
  lang: Lang,
): string {
  const out: string[] = [];
  out.push(
    `## ${cell(result.region.name ?? result.region.id)}: ${cell(localize(result.statusText, lang))}`,
    '',
  );
  out.push(
    `${lang === 'id' ? 'Buku aturan' : 'Rulebook'}: \`${result.rulebook.id}\` (${localize(result.rulebook.title, lang)}), ${L.asOf[lang]} ${result.asOf}; ${name}`,
    '',
  );
  out.push(
    `| | ${lang === 'id' ? 'Aturan' : 'Rule'} | ${lang === 'id' ? 'Penjelasan' : 'Explanation'} | ${L.fix[lang]} | ${L.source[lang]} |`,
  );
  out.push('|---|---|---|---|---|');
  for (const gate of result.gates)
    out.push(
      `| ${MARK[gate.outcome]} | \`${gate.rule.id}\` | ${cell(localize(gate.explanation, lang))} | ${gate.fix && gate.outcome !== 'pass' ? cell(localize(gate.fix, lang)) : ''} | ${cell(sourceText(gate.basis?.[0]?.source ?? gate.rule.source))} |`,
    );
  out.push('');
  if (result.cluster)
    out.push(`**${L.cluster[lang]}:** ${cell(clusterText(result.cluster, lang))}`, '');
  if (result.tranche)
    out.push(
      `**${L.tranche[lang]}:** ${word(result.tranche.status, lang)} — ${localize(result.tranche.explanation, lang)}`,
      '',
    );
  if (result.toQualify.length > 0) {
    out.push(`### ${L.toQualify[lang]}`, '');
    for (const t of result.toQualify) out.push(`- \`${t.rule}\`: ${localize(t.fix, lang)}`);
    out.push('');
  }
  if (result.missing.length > 0) {
    out.push(`### ${L.missing[lang]}`, '');
    for (const m of result.missing) out.push(`- \`${m.rule}\`: ${localize(m.what, lang)}`);
    out.push('');
  }
  return out.join('\n');
}

/** The human view of an allocation. */
export function renderAllocationTable(result: AllocationResult, lang: Lang, paint: Paint): string {
  const out: string[] = [];
  out.push(
    `${paint.bold(`${L.allocation[lang]}: ${localize(result.rulebook.title, lang)}`)} — ${word(result.status, lang)} ${paint.dim(`(${result.rulebook.id}, ${L.asOf[lang]} ${result.asOf})`)}`,
  );
  out.push(
    `  ${L.pool[lang]}: ${rupiah(result.totals.pool, lang)}; ${L.allocated[lang]}: ${rupiah(result.totals.allocated, lang)}`,
  );
  for (const pot of result.pots) {
    const mark = pot.status === 'allocated' ? '✓' : pot.status === 'empty' ? '–' : '?';
    out.push(`  ${mark} ${pot.id} — ${localize(pot.title, lang)}: ${rupiah(pot.amount, lang)}`);
    out.push(`      ${localize(pot.explanation, lang)}`);
    if (pot.assumed.length > 0)
      out.push(paint.yellow(`      ${L.assumed[lang]}: ${pot.assumed.join(', ')}`));
    if (pot.schedule)
      out.push(
        `      ${L.schedule[lang]}: ${pot.schedule.map((t) => `${formatNumber(t.share * 100, lang)}% ${localize(t.when, lang)}`).join('; ')}`,
      );
    const top = pot.shares.filter((s) => s.amount > 0).slice(0, 5);
    if (top.length > 0)
      out.push(
        `      ${L.top[lang]}: ${top.map((s) => `${s.region} ${rupiah(s.amount, lang)}`).join('; ')}`,
      );
    out.push(paint.dim(`      ${L.source[lang]}: ${sourceText(pot.source)}`));
  }
  if (result.rejected.length > 0)
    out.push(
      `  ${L.rejected[lang]}: ${result.rejected.map((r) => (r.row !== undefined ? `row ${r.row}` : `#${r.index}`)).join(', ')}`,
    );
  out.push('');
  return out.join('\n');
}

/** Markdown of an allocation: one table of pots. */
export function renderAllocationMarkdown(result: AllocationResult, lang: Lang): string {
  const out: string[] = [
    `## ${L.allocation[lang]}: ${localize(result.rulebook.title, lang)} (${word(result.status, lang)})`,
    '',
  ];
  out.push(
    `| Pot | ${lang === 'id' ? 'Pagu' : 'Amount'} | Status | ${L.allocated[lang]} | ${lang === 'id' ? 'Penjelasan' : 'Explanation'} | ${L.source[lang]} |`,
  );
  out.push('|---|---|---|---|---|---|');
  for (const pot of result.pots)
    out.push(
      `| \`${pot.id}\` | ${rupiah(pot.amount, lang)} | ${word(pot.status, lang)}${pot.assumed.length > 0 ? ` (${L.assumed[lang]})` : ''} | ${rupiah(pot.allocated, lang)} | ${cell(localize(pot.explanation, lang))} | ${cell(sourceText(pot.source))} |`,
    );
  out.push('');
  return out.join('\n');
}

/** CSV of an allocation: one row per region, one column per pot, the total and the tranches. */
export function renderAllocationCsv(result: AllocationResult, lang: Lang): string {
  return renderCsv(allocationRows(result, lang), '\n');
}

/** The rows of {@link renderAllocationCsv} (header first), for CSV and XLSX alike. */
export function allocationRows(result: AllocationResult, lang: Lang): string[][] {
  const tranches = Math.max(0, ...result.regions.map((r) => r.tranches?.length ?? 0));
  const release = result.regions.some((r) => r.trancheTwo !== undefined);
  const header = [
    'id',
    'name',
    'level',
    lang === 'id' ? 'kelayakan' : 'eligibility',
    lang === 'id' ? 'klaster' : 'cluster',
    ...result.pots.map((p) => p.id),
    'total',
    ...Array.from(
      { length: tranches },
      (_, i) => `${lang === 'id' ? 'tahap' : 'tranche'}_${i + 1}`,
    ),
    ...(release ? [lang === 'id' ? 'status_tahap_ii' : 'tranche_ii_status'] : []),
  ];
  const rows: string[][] = [header];
  for (const region of result.regions) {
    const cluster = region.cluster
      ? region.cluster.status === 'assigned'
        ? region.cluster.cluster
        : region.cluster.status
      : '';
    rows.push(
      [
        region.id,
        region.name ?? '',
        region.level,
        region.eligibility,
        cluster,
        ...result.pots.map((p) => region.byPot[p.id] ?? 0),
        region.total,
        ...Array.from({ length: tranches }, (_, i) => region.tranches?.[i] ?? ''),
        ...(release ? [region.trancheTwo ?? ''] : []),
      ].map(String),
    );
  }
  return rows;
}
