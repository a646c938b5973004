/**
 * `inovasi rulebook`: list, show and validate rulebooks.
 */
import { localize, type Finding, type Lang } from '@inovasi/core';
import type { RulebookSummary } from '@inovasi/core/rulebook';
import { builtinRegistry } from '@inovasi/core/registry';
import { parseCommandArgs, stringOption, type Command } from '../command.js';
import { CliError, EXIT } from '../errors.js';
import { createPaint, parseFormat, parseLangOption } from '../format.js';
import { readDocument } from '../input.js';
import type { CliIo } from '../io.js';

const help = `Usage: inovasi rulebook <list|show|validate> [options]

Rulebooks are the rules of one edition (kipp-2018 …) as data, each number with its legal
source and evidence tier. Buku aturan: aturan satu edisi sebagai data, tiap angka dengan sumbernya.

Subcommands:
  list                      every built-in rulebook: edition, issuer, window, unknown parameters
  show <id|file>            one rulebook: legal basis, parameters with their sources, rules
  validate <file>           check a custom rulebook (JSON or YAML), e.g. a city's overlay

Options:
  --format <table|json>     output format (default: table)
  --lang <id|en>            language of the output (default: id)
  -h, --help                show this help

Exit codes: 0 ok / valid, 1 not valid, 2 bad input or usage.
`;

function renderList(list: readonly RulebookSummary[], lang: Lang): string {
  const rows = list.map((b) => [
    b.id,
    b.domain,
    b.status,
    `${b.effective.from}…${b.effective.to ?? ''}`,
    `${b.unknownParameterCount}/${b.parameterCount}`,
    localize(b.title, lang),
  ]);
  const header =
    lang === 'id'
      ? ['id', 'mesin', 'status', 'berlaku', 'tak diketahui', 'judul']
      : ['id', 'engine', 'status', 'effective', 'unknown', 'title'];
  return table([header, ...rows]);
}

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return `${rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ')).join('\n')}\n`;
}

function renderFindings(findings: readonly Finding[], name: string, lang: Lang): string {
  return findings
    .map(
      (f) =>
        `${name}: ${f.path ?? '(root)'}: ${f.severity} ${f.code}: ${localize(f.message, lang)}\n`,
    )
    .join('');
}

async function show(target: string, io: CliIo, format: string, lang: Lang): Promise<number> {
  let id = target;
  let registry = builtinRegistry;
  if (!builtinRegistry.has(target)) {
    if (!/[/\\]|\.(json|ya?ml)$/i.test(target)) {
      throw new CliError(`unknown rulebook "${target}". See \`inovasi rulebook list\`.`);
    }
    const doc = await readDocument(target, io);
    registry = builtinRegistry.with([doc.data]);
    id = (doc.data as { id: string }).id;
  }
  const resolved = registry.resolve(id);
  if (format === 'json') {
    io.stdout(`${JSON.stringify(resolved, null, 2)}\n`);
    return EXIT.ok;
  }
  const out: string[] = [];
  out.push(`${resolved.id} — ${localize(resolved.title, lang)}`);
  out.push(
    `  ${lang === 'id' ? 'Penerbit' : 'Issuer'}: ${resolved.issuer}; status: ${resolved.status}; ${lang === 'id' ? 'berlaku' : 'effective'} ${resolved.effective.from}…${resolved.effective.to ?? ''}`,
  );
  if (resolved.chain.length > 1) out.push(`  extends: ${resolved.chain.slice(1).join(' → ')}`);
  for (const basis of resolved.legalBasis)
    out.push(
      `  ${lang === 'id' ? 'Dasar hukum' : 'Legal basis'}: ${basis.citation} [${basis.tier}]`,
    );
  out.push(`  ${lang === 'id' ? 'Parameter' : 'Parameters'}:`);
  for (const p of Object.values(resolved.parameters)) {
    out.push(`    ${p.id} (${p.origin}) — ${localize(p.title, lang)}`);
    for (const v of p.values) {
      const value =
        'value' in v
          ? JSON.stringify(v.value)
          : `unknown: ${typeof v.unknown === 'string' ? v.unknown : localize(v.unknown, lang)}`;
      out.push(
        `      ${v.from}${v.to ? `…${v.to}` : ''}: ${value}${v.source ? `  [${v.source.tier}] ${v.source.citation}` : ''}`,
      );
    }
  }
  out.push(`  ${lang === 'id' ? 'Aturan' : 'Rules'}:`);
  for (const r of resolved.rules)
    out.push(`    ${r.id} (${r.origin}, ${r.kind}) — ${localize(r.title, lang)}`);
  for (const d of resolved.disabled)
    out.push(`    ${lang === 'id' ? 'dinonaktifkan' : 'disabled'}: ${d.kind} ${d.id} (${d.by})`);
  io.stdout(`${out.join('\n')}\n`);
  return EXIT.ok;
}

export const rulebookCommand: Command = {
  name: 'rulebook',
  summary: 'list, show and validate rulebooks (buku aturan)',
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('rulebook', argv, {
      format: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    const [sub, target, ...rest] = positionals;
    if (values.help === true || sub === undefined) {
      io.stdout(help);
      return values.help === true ? EXIT.ok : EXIT.badInput;
    }
    const format = parseFormat(stringOption(values, 'format'), ['table', 'json']);
    const lang = parseLangOption(stringOption(values, 'lang'));
    if (rest.length > 0)
      throw new CliError(`rulebook ${sub}: unexpected argument "${rest[0] ?? ''}".`);
    switch (sub) {
      case 'list': {
        const list = builtinRegistry.list();
        io.stdout(
          format === 'json' ? `${JSON.stringify(list, null, 2)}\n` : renderList(list, lang),
        );
        return EXIT.ok;
      }
      case 'show':
        if (target === undefined) throw new CliError('rulebook show: give a rulebook id or file.');
        return show(target, io, format, lang);
      case 'validate': {
        if (target === undefined)
          throw new CliError('rulebook validate: give a rulebook file (JSON or YAML).');
        const doc = await readDocument(target, io);
        const report = builtinRegistry.validate(doc.data);
        if (format === 'json')
          io.stdout(
            `${JSON.stringify({ valid: report.valid, findings: report.findings }, null, 2)}\n`,
          );
        else if (report.findings.length === 0)
          io.stdout(
            `${createPaint(io).green('✓')} ${doc.name}: ${lang === 'id' ? 'buku aturan sah' : 'the rulebook is valid'}\n`,
          );
        else io.stdout(renderFindings(report.findings, doc.name, lang));
        return report.valid ? EXIT.ok : EXIT.negative;
      }
      default:
        throw new CliError(`rulebook: unknown subcommand "${sub}". Use list, show or validate.`);
    }
  },
};
