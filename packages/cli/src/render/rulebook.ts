/**
 * Renders rulebooks for people: the list, one rulebook, a validation report with file positions,
 * and the diff of two editions. Pure: data in, string out.
 */
import { localize, type Finding, type Lang, type Source } from '@inovasi/core';
import type {
  DatedValue,
  FieldChange,
  ResolvedRulebook,
  RulebookDiff,
  RulebookSummary,
} from '@inovasi/core/rulebook';
import type { Position } from '../positions.js';
import { changeLines, leafChanges } from './changes.js';
import { renderRows, type Rows } from './table.js';

const t = (lang: Lang, id: string, en: string): string => (lang === 'id' ? id : en);

/** The rows of `rulebook list`. */
export function rulebookListRows(list: readonly RulebookSummary[], lang: Lang): Rows {
  return [
    [
      'id',
      t(lang, 'mesin', 'engine'),
      'status',
      t(lang, 'berlaku', 'effective'),
      t(lang, 'tak diketahui', 'unknown'),
      t(lang, 'dasar hukum', 'legal basis'),
      t(lang, 'judul', 'title'),
    ],
    ...list.map((b) => [
      b.id,
      b.domain,
      b.status,
      `${b.effective.from}…${b.effective.to ?? ''}`,
      `${b.unknownParameterCount}/${b.parameterCount}`,
      b.legalBasis[0]?.citation ?? '',
      localize(b.title, lang),
    ]),
  ];
}

/** `rulebook list` as text, CSV or Markdown. */
export function renderRulebookList(
  list: readonly RulebookSummary[],
  lang: Lang,
  format: 'table' | 'csv' | 'md',
): string {
  const rows = rulebookListRows(list, lang);
  // The legal basis is long: a terminal table leaves it to `rulebook show`.
  return renderRows(
    format === 'table' ? rows.map((r) => r.filter((_, i) => i !== 5)) : rows,
    format,
  );
}

/**
 * Per engine, the newest edition (regional templates aside) and whether `today` lies past its
 * window, for `rulebook list`: a rule set past its window is still used, but a newer edition may
 * exist that nobody has encoded yet.
 */
export function renderNewestEditions(
  list: readonly RulebookSummary[],
  today: string,
  lang: Lang,
): string {
  const newest = new Map<string, RulebookSummary>();
  for (const b of list) {
    if (b.status === 'template') continue;
    const best = newest.get(b.domain);
    if (!best || b.effective.from > best.effective.from) newest.set(b.domain, b);
  }
  const lines = [
    t(
      lang,
      `Edisi terbaru per mesin (hari ini ${today}):`,
      `Newest edition per engine (today ${today}):`,
    ),
  ];
  for (const [domain, b] of [...newest].sort(([a], [c]) => a.localeCompare(c))) {
    const to = b.effective.to;
    const state =
      to !== undefined && today > to
        ? t(
            lang,
            `hari ini sudah lewat jendelanya (berakhir ${to}); belum ada edisi lebih baru yang dikodekan`,
            `today is past its window (ended ${to}); no newer edition is encoded`,
          )
        : today < b.effective.from
          ? t(lang, 'jendelanya belum mulai', 'its window has not started')
          : t(lang, 'hari ini di dalam jendelanya', 'today is within its window');
    lines.push(`  ${domain}: ${b.id} (${b.status}, ${b.effective.from}…${to ?? ''}) — ${state}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A dated value in one line: `2018-01-17…: {"years":1}  [A] citation`. */
export function datedValueText(v: DatedValue, lang: Lang): string {
  const value =
    'value' in v
      ? JSON.stringify(v.value)
      : `${t(lang, 'tidak diketahui', 'unknown')}: ${typeof v.unknown === 'string' ? v.unknown : localize(v.unknown, lang)}`;
  return `${v.from}…${v.to ?? ''}: ${value}${v.source ? `  ${sourceText(v.source)}` : ''}`;
}

/** A source in one line: `citation [tier] url`. */
export function sourceText(source: Source): string {
  return `[${source.tier}] ${source.citation}${source.url ? ` ${source.url}` : ''}`;
}

/** `rulebook show` as text (`md` wraps it for a report). */
export function renderRulebook(resolved: ResolvedRulebook, lang: Lang): string {
  const out: string[] = [];
  out.push(`${resolved.id} — ${localize(resolved.title, lang)}`);
  out.push(
    `  ${t(lang, 'Penerbit', 'Issuer')}: ${resolved.issuer}; status: ${resolved.status}; ${t(lang, 'mesin', 'engine')}: ${resolved.domain}; ${t(lang, 'berlaku', 'effective')} ${resolved.effective.from}…${resolved.effective.to ?? ''}`,
  );
  if (resolved.statusNote) out.push(`  ${localize(resolved.statusNote, lang)}`);
  if (resolved.chain.length > 1) out.push(`  extends: ${resolved.chain.slice(1).join(' → ')}`);
  for (const basis of resolved.legalBasis)
    out.push(`  ${t(lang, 'Dasar hukum', 'Legal basis')}: ${sourceText(basis)}`);
  const parameters = Object.values(resolved.parameters);
  const unknown = parameters.filter((p) => {
    const last = p.values.at(-1);
    return last !== undefined && 'unknown' in last;
  }).length;
  out.push(
    `  ${t(lang, 'Parameter', 'Parameters')} (${parameters.length}; ${t(lang, 'tidak diketahui', 'unknown')}: ${unknown}):`,
  );
  for (const p of parameters) {
    out.push(
      `    ${p.id} (${p.origin}) — ${localize(p.title, lang)}${p.unit ? ` [${p.unit}]` : ''}`,
    );
    for (const v of p.values) out.push(`      ${datedValueText(v, lang)}`);
  }
  out.push(`  ${t(lang, 'Aturan', 'Rules')} (${resolved.rules.length}):`);
  for (const r of resolved.rules) {
    out.push(`    ${r.id} (${r.origin}, ${r.kind}) — ${localize(r.title, lang)}`);
    out.push(`      ${sourceText(r.source)}`);
  }
  for (const d of resolved.disabled)
    out.push(`    ${t(lang, 'dinonaktifkan', 'disabled')}: ${d.kind} ${d.id} (${d.by})`);
  return `${out.join('\n')}\n`;
}

/** A finding with where it is in the file. */
export interface PlacedFinding extends Finding {
  readonly line?: number;
  readonly column?: number;
}

/** Adds file positions to findings. */
export function placeFindings(
  findings: readonly Finding[],
  locate: (path: string) => Position,
): PlacedFinding[] {
  return findings.map((f) => ({ ...f, ...locate(f.path ?? '(root)') }));
}

/** `file:line:col: error CODE: message (path)`, one line per finding, like a compiler. */
export function renderValidation(
  findings: readonly PlacedFinding[],
  name: string,
  lang: Lang,
): string {
  return findings
    .map(
      (f) =>
        `${name}${f.line !== undefined ? `:${f.line}:${f.column ?? 1}` : ''}: ${f.severity} ${f.code}: ${localize(f.message, lang)}${f.path ? ` (${f.path})` : ''}\n`,
    )
    .join('');
}

function valueText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function changeLine(c: FieldChange, lang: Lang): string {
  if (c.field === 'source' || c.field === 'legalBasis') {
    const show = (v: unknown): string =>
      Array.isArray(v)
        ? v.map((s) => sourceText(s as Source)).join('; ') || '—'
        : v && typeof v === 'object'
          ? sourceText(v as Source)
          : valueText(v);
    return `${c.field}: ${show(c.before)}\n        → ${show(c.after)}`;
  }
  if (c.field === 'title' || c.field === 'note' || c.field === 'description') {
    const text = (v: unknown): string =>
      v !== null && typeof v === 'object' && 'id' in v && 'en' in v
        ? localize(v as { id: string; en: string }, lang)
        : valueText(v);
    return `${c.field}: ${text(c.before)} → ${text(c.after)}`;
  }
  return `${c.field}: ${valueText(c.before)} → ${valueText(c.after)}`;
}

const MARK = { added: '+', removed: '-', changed: '~' } as const;

/** The value of a dated value for the change table: the value, or what is unknown. */
function plain(v: DatedValue | undefined, lang: Lang): unknown {
  if (v === undefined) return undefined;
  if ('value' in v) return v.value;
  const missing = typeof v.unknown === 'string' ? v.unknown : localize(v.unknown, lang);
  return `${t(lang, 'tidak diketahui', 'unknown')} (${missing})`;
}

/**
 * A parameter's dated values, before and after, as a table of what changed — the dates, every
 * changed leaf of the value (`sections[signifikansi].maxWords  600 → 1000`) and the source —
 * instead of two JSON blobs. Values are paired in order; extra ones are added or removed.
 */
function valueChangeLines(
  before: readonly DatedValue[],
  after: readonly DatedValue[],
  lang: Lang,
): string[] {
  const out: string[] = [];
  const n = Math.max(before.length, after.length);
  for (let i = 0; i < n; i += 1) {
    const a = before[i];
    const b = after[i];
    const when = `${b?.from ?? a?.from ?? ''}…${b?.to ?? a?.to ?? ''}`;
    out.push(`      ${t(lang, 'nilai', 'value')} ${when}:`);
    const rows = leafChanges(
      { from: a?.from, to: a?.to, value: plain(a, lang) },
      { from: b?.from, to: b?.to, value: plain(b, lang) },
      lang,
    ).map((c) => ({
      ...c,
      path: c.path.replace(/^value\.?/, '') || t(lang, '(nilai)', '(value)'),
    }));
    out.push(...changeLines(rows, '        '));
    const sa = a?.source ? sourceText(a.source) : '—';
    const sb = b?.source ? sourceText(b.source) : '—';
    if (sa !== sb) out.push(`        ${t(lang, 'sumber', 'source')}: ${sa}`, `          → ${sb}`);
  }
  return out;
}

/** `rulebook diff` as text (`md` makes it a fenced diff block with a heading). */
export function renderRulebookDiff(diff: RulebookDiff, lang: Lang, format: 'table' | 'md'): string {
  const out: string[] = [];
  const heading = `${diff.from.id} → ${diff.to.id}`;
  if (diff.identical) {
    const same = t(lang, 'Tidak ada perbedaan aturan.', 'No difference in the rules.');
    return format === 'md' ? `## ${heading}\n\n${same}\n` : `${heading}: ${same}\n`;
  }
  if (diff.edition.length > 0) {
    out.push(t(lang, 'Edisi:', 'Edition:'));
    for (const c of diff.edition) out.push(`  ~ ${changeLine(c, lang)}`);
  }
  if (diff.parameters.length > 0) {
    out.push(t(lang, 'Parameter:', 'Parameters:'));
    for (const p of diff.parameters) {
      out.push(`  ${MARK[p.change]} ${p.id} — ${localize(p.title, lang)}`);
      if (p.change === 'changed') {
        for (const c of p.fields.filter((f) => f.field !== 'values'))
          out.push(`      ${changeLine(c, lang)}`);
        if (p.fields.some((f) => f.field === 'values'))
          out.push(...valueChangeLines(p.before ?? [], p.after ?? [], lang));
      } else
        for (const v of p.after ?? p.before ?? []) out.push(`      ${datedValueText(v, lang)}`);
    }
  }
  if (diff.rules.length > 0) {
    out.push(t(lang, 'Aturan:', 'Rules:'));
    for (const r of diff.rules) {
      out.push(`  ${MARK[r.change]} ${r.id} (${r.kind}) — ${localize(r.title, lang)}`);
      for (const c of r.fields)
        if (c.field === 'parameters' || c.field === 'severity')
          out.push(
            ...changeLines(
              leafChanges({ [c.field]: c.before }, { [c.field]: c.after }, lang),
              '      ',
            ),
          );
        else out.push(`      ${changeLine(c, lang)}`);
    }
  }
  const counts = (list: readonly { change: string }[]): string =>
    (['added', 'removed', 'changed'] as const)
      .map((k) => `${list.filter((x) => x.change === k).length} ${k}`)
      .join(', ');
  const summary = `${t(lang, 'Parameter', 'Parameters')}: ${counts(diff.parameters)}. ${t(lang, 'Aturan', 'Rules')}: ${counts(diff.rules)}.`;
  if (format === 'md')
    return `## ${heading}\n\n${summary}\n\n\`\`\`diff\n${out.join('\n')}\n\`\`\`\n`;
  return `${heading}\n${out.join('\n')}\n${summary}\n`;
}
