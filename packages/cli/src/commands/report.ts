/**
 * `inovasi report`: a printable, self-contained HTML or Markdown report. The rulebook decides
 * which: for innovators (a readiness rulebook), each proposal's readiness and what to fix; for a
 * region (an IID rulebook, optionally with its fiscal-incentive data), the index, its predikat,
 * what to fix and the incentive outlook.
 */
import { isIsoDate, localize, type Lang } from '@inovasi/core';
import type { ResolvedRulebook } from '@inovasi/core/rulebook';
import { parseCommandArgs, stringOption, type Command, type ParsedValues } from '../command.js';
import {
  CliError,
  describeError,
  EXIT,
  exitCodeFor,
  exitForOutcome,
  worstExit,
} from '../errors.js';
import { parseDateOption, parseFormat, parseLangOption } from '../format.js';
import { documentLabel, readDocument, readDocuments } from '../input.js';
import type { CliIo } from '../io.js';
import { writeOutputFile } from '../output.js';
import { createProgress } from '../progress.js';
import {
  iidPlanSection,
  iidSection,
  incentiveSection,
  readinessSection,
  renderReportHtml,
  renderReportMarkdown,
  type ReportSection,
} from '../render/report.js';
import { loadRulebook } from '../rulebooks.js';

/** An explicit `--as-of`, or today for the core's date policy. */
type DateChoice = { readonly asOf: string } | { readonly today: string };

const help = `Usage: inovasi report <file|dir|-> --rulebook <id|file> [options]

Writes a printable, self-contained report (HTML, or Markdown with --format md). The rulebook
decides which report: Laporan siap cetak — untuk inovator atau untuk daerah.
  - a KIPP rulebook (kipp-2018 …): for innovators — each proposal's readiness, what to fix,
    every rule with its source
  - an IID rulebook (iid-2026 …): for a region — the index, its predikat, every component,
    what to fix; add --incentive for the fiscal-incentive outlook
  - an incentive rulebook (insentif-fiskal-2024 …): the region's incentive outlook alone

Arguments:
  <file|dir|->              proposals (JSON, YAML, CSV, XLSX, a directory), or one region file;
                            - for stdin

Options:
  --rulebook <id|file>      the edition, e.g. kipp-2018 or iid-2026, or a city overlay file
  --incentive <file>        (region) the region's fiscal-incentive data to add
  --incentive-rulebook <id> (region) its edition, e.g. insentif-fiskal-2024
  --as-of <YYYY-MM-DD>      the date the rules are read at (default: today inside the
                            edition's window, else its reference date; the output says which)
  --registration-close <YYYY-MM-DD>
                            (innovators) the registration close, when the rulebook does not know it
  --format <html|md>        output format (default: html)
  --out <file>              write the report here (never overwrites); default: stdout
  --title <text>            the report's title
  --lang <id|en>            language (default: id)
  -h, --help                show this help

Exit codes: 0 every answer positive, 1 one is negative (not ready, not eligible), 2 bad input,
3 one needs human review.

Examples:
  inovasi report apps/examples/data/cilegon/proposals.csv --rulebook kipp-2018 --out laporan.html
  inovasi report apps/examples/data/cilegon/region/iid.yaml --rulebook iid-2026 \\
    --incentive apps/examples/data/cilegon/region/insentif-fiskal.yaml \\
    --incentive-rulebook insentif-fiskal-2024 --format md
`;

interface Built {
  readonly exit: number;
  readonly title: { id: string; en: string };
  readonly sections: readonly ReportSection[];
}

const t = (lang: Lang, id: string, en: string): string => (lang === 'id' ? id : en);

async function innovatorReport(
  target: string,
  rulebook: ResolvedRulebook,
  date: DateChoice,
  values: ParsedValues,
  io: CliIo,
  lang: Lang,
): Promise<Built> {
  const { safeCheckReadiness } = await import('@inovasi/core/readiness');
  const registrationCloseDate = parseDateOption(
    '--registration-close',
    stringOption(values, 'registration-close'),
    isIsoDate,
  );
  const { documents, errors } = await readDocuments(target, io);
  let exit: number = EXIT.ok;
  for (const { error } of errors) {
    io.stderr(describeError(error));
    exit = worstExit(exit, exitCodeFor(error));
  }
  const sections: ReportSection[] = [];
  const rows: string[][] = [];
  const counts = { ready: 0, 'not-ready': 0, indeterminate: 0 };
  const progress = createProgress(io, documents.length, 'report');
  for (const doc of documents) {
    progress.tick();
    const outcome = safeCheckReadiness(doc.data, rulebook, {
      ...date,
      ...(registrationCloseDate !== undefined ? { registrationCloseDate } : {}),
    });
    if (!outcome.success) {
      io.stderr(describeError(outcome.error, doc.name));
      exit = worstExit(exit, exitCodeFor(outcome.error));
      continue;
    }
    const { result } = outcome;
    counts[result.status] += 1;
    exit = worstExit(exit, exitForOutcome(result.outcome));
    const label = documentLabel(doc);
    rows.push([
      label,
      localize(result.statusText, lang),
      result.findings.map((f) => f.code).join(', '),
    ]);
    sections.push(readinessSection(label, result, lang));
  }
  progress.done();
  const total = rows.length;
  const overview: ReportSection = {
    title: t(lang, 'Ringkasan', 'Summary'),
    paragraphs: [
      t(
        lang,
        `${total} proposal diperiksa: ${counts.ready} siap, ${counts['not-ready']} belum siap, ${counts.indeterminate} perlu ditinjau.`,
        `${total} proposals checked: ${counts.ready} ready, ${counts['not-ready']} not ready, ${counts.indeterminate} need review.`,
      ),
    ],
    table: [[t(lang, 'Proposal', 'Proposal'), 'Status', t(lang, 'Temuan', 'Findings')], ...rows],
  };
  return {
    exit,
    title: { id: 'Laporan kesiapan proposal inovasi', en: 'Innovation proposal readiness report' },
    sections: total === 0 ? [] : [overview, ...sections],
  };
}

async function incentiveOutlook(
  file: string,
  rulebook: ResolvedRulebook,
  date: DateChoice,
  io: CliIo,
  lang: Lang,
): Promise<{ exit: number; section: ReportSection }> {
  const { safeCheckEligibility } = await import('@inovasi/core/incentive');
  const doc = await readDocument(file, io);
  const outcome = safeCheckEligibility(doc.data, rulebook, date);
  if (!outcome.success)
    throw new CliError(`${doc.name}: ${outcome.error.message}`, outcome.error.issues);
  return {
    exit: exitForOutcome(outcome.result.outcome),
    section: incentiveSection(outcome.result, lang),
  };
}

async function regionReport(
  target: string,
  rulebook: ResolvedRulebook,
  date: DateChoice,
  values: ParsedValues,
  io: CliIo,
  lang: Lang,
): Promise<Built> {
  const sections: ReportSection[] = [];
  let exit: number = EXIT.ok;
  if (rulebook.domain === 'iid') {
    const { planIid, safeComputeIid } = await import('@inovasi/core/iid');
    const doc = await readDocument(target, io);
    const outcome = safeComputeIid(doc.data, rulebook, date);
    if (!outcome.success) {
      io.stderr(describeError(outcome.error, doc.name));
      return { exit: exitCodeFor(outcome.error), title: { id: '', en: '' }, sections: [] };
    }
    exit = exitForOutcome(outcome.result.outcome);
    sections.push(iidSection(outcome.result, lang));
    if (outcome.result.status === 'determinate')
      sections.push(iidPlanSection(planIid(outcome.result, rulebook), lang));
    const file = stringOption(values, 'incentive');
    if (file !== undefined) {
      const id = stringOption(values, 'incentive-rulebook');
      if (id === undefined)
        throw new CliError(
          'report: --incentive needs --incentive-rulebook <id>, e.g. insentif-fiskal-2024.',
        );
      const { rulebook: incentive } = await loadRulebook(id, io);
      if (incentive.domain !== 'incentive')
        throw new CliError(`report: --incentive-rulebook ${id} is a ${incentive.domain} rulebook.`);
      const extra = await incentiveOutlook(file, incentive, date, io, lang);
      exit = worstExit(exit, extra.exit);
      sections.push(extra.section);
    }
  } else {
    const only = await incentiveOutlook(target, rulebook, date, io, lang);
    exit = only.exit;
    sections.push(only.section);
  }
  return {
    exit,
    title: { id: 'Laporan inovasi daerah', en: 'Regional innovation report' },
    sections,
  };
}

/** The `report` command. */
export const reportCommand: Command = {
  name: 'report',
  summary: 'write a printable HTML or Markdown report (laporan siap cetak)',
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('report', argv, {
      rulebook: { type: 'string' },
      incentive: { type: 'string' },
      'incentive-rulebook': { type: 'string' },
      'as-of': { type: 'string' },
      'registration-close': { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      title: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help === true) {
      io.stdout(help);
      return EXIT.ok;
    }
    const raw = stringOption(values, 'format') ?? 'html';
    if (raw !== 'html') parseFormat(raw, ['md']);
    const format = raw === 'html' ? 'html' : 'md';
    const lang = parseLangOption(stringOption(values, 'lang'));
    const target = positionals[0];
    if (target === undefined || positionals.length > 1)
      throw new CliError(
        'report: give one file, directory or - for stdin. See `inovasi report --help`.',
      );
    const { rulebook } = await loadRulebook(stringOption(values, 'rulebook'), io);
    const given = parseDateOption('--as-of', stringOption(values, 'as-of'), isIsoDate);
    // every engine applies the core's date policy to each rulebook it reads
    const date: DateChoice = given !== undefined ? { asOf: given } : { today: io.today() };
    let built: Built;
    if (rulebook.domain === 'readiness')
      built = await innovatorReport(target, rulebook, date, values, io, lang);
    else if (rulebook.domain === 'iid' || rulebook.domain === 'incentive')
      built = await regionReport(target, rulebook, date, values, io, lang);
    else
      throw new CliError(
        `report: ${rulebook.id} is a ${rulebook.domain} rulebook; for a competition's transparency report use \`inovasi score --format md\`.`,
      );
    if (built.sections.length === 0) return built.exit;
    const report = {
      title: stringOption(values, 'title') ?? localize(built.title, lang),
      subtitle: `${localize(rulebook.title, lang)} (${rulebook.id})`,
      lang,
      sections: built.sections,
      footer: t(
        lang,
        'Dibuat oleh inovasi. Setiap hasil menyebut aturan, nilai, ambang dan sumbernya; hasil "perlu ditinjau" memerlukan pemeriksaan manusia.',
        'Made by inovasi. Every result names its rule, value, threshold and source; "needs review" results need a person to check them.',
      ),
    };
    const text = format === 'html' ? renderReportHtml(report) : renderReportMarkdown(report);
    const out = stringOption(values, 'out');
    if (out === undefined) io.stdout(text);
    else {
      await writeOutputFile(io, out, text);
      io.stderr(`${out}: ${built.sections.length} ${t(lang, 'bagian', 'sections')}\n`);
    }
    return built.exit;
  },
};
