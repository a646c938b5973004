/**
 * `inovasi report`: a printable, self-contained HTML or Markdown report — for innovators, the
 * readiness of each proposal with what to fix — written to a file or stdout.
 */
import { isIsoDate, localize } from '@inovasi/core';
import { safeCheckReadiness, type ReadinessResult } from '@inovasi/core/readiness';
import { parseCommandArgs, stringOption, type Command } from '../command.js';
import { CliError, describeError, EXIT, exitCodeFor, worstExit } from '../errors.js';
import { parseDateOption, parseFormat, parseLangOption } from '../format.js';
import { documentLabel, readDocuments } from '../input.js';
import { writeOutputFile } from '../output.js';
import { createProgress } from '../progress.js';
import {
  readinessSection,
  renderReportHtml,
  renderReportMarkdown,
  type Report,
  type ReportSection,
} from '../render/report.js';
import { loadRulebook } from '../rulebooks.js';

const help = `Usage: inovasi report <file|dir|-> --rulebook <id|file> [options]

Writes a printable report for innovators: each proposal's readiness, what to fix, and every
rule with its source. Laporan siap cetak: kesiapan tiap proposal dan apa yang harus diperbaiki.

Arguments:
  <file|dir|->              proposals as JSON, YAML, CSV or XLSX, a directory, or - for stdin

Options:
  --rulebook <id|file>      the edition, e.g. kipp-2018, or a city overlay file
  --as-of <YYYY-MM-DD>      the date the rules are read at (default: today)
  --registration-close <YYYY-MM-DD>
                            the registration close date, when the rulebook does not know it
  --format <html|md>        output format (default: html)
  --out <file>              write the report here (never overwrites); default: stdout
  --title <text>            the report's title
  --lang <id|en>            language (default: id)
  -h, --help                show this help

Exit codes: 0 every proposal ready, 1 one is not ready, 2 bad input, 3 one needs review.

Example:
  inovasi report apps/examples/data/cilegon/proposals --rulebook kipp-2018 --out laporan.html
`;

/** The `report` command. */
export const reportCommand: Command = {
  name: 'report',
  summary: 'write a printable HTML or Markdown report (laporan siap cetak)',
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('report', argv, {
      rulebook: { type: 'string' },
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
    const asOf = parseDateOption('--as-of', stringOption(values, 'as-of'), isIsoDate) ?? io.today();
    const registrationCloseDate = parseDateOption(
      '--registration-close',
      stringOption(values, 'registration-close'),
      isIsoDate,
    );
    const target = positionals[0];
    if (target === undefined || positionals.length > 1)
      throw new CliError(
        'report: give one proposal file, directory or - for stdin. See `inovasi report --help`.',
      );
    const { rulebook } = await loadRulebook(stringOption(values, 'rulebook'), io);
    const { documents, errors } = await readDocuments(target, io);
    let exit: number = EXIT.ok;
    for (const { error } of errors) {
      io.stderr(describeError(error));
      exit = worstExit(exit, exitCodeFor(error));
    }
    const checked: { name: string; result: ReadinessResult }[] = [];
    const progress = createProgress(io, documents.length, 'report');
    for (const doc of documents) {
      progress.tick();
      const outcome = safeCheckReadiness(doc.data, rulebook, {
        asOf,
        ...(registrationCloseDate !== undefined ? { registrationCloseDate } : {}),
      });
      if (!outcome.success) {
        io.stderr(describeError(outcome.error, doc.name));
        exit = worstExit(exit, exitCodeFor(outcome.error));
        continue;
      }
      const { status } = outcome.result;
      exit = worstExit(
        exit,
        status === 'ready' ? EXIT.ok : status === 'not-ready' ? EXIT.negative : EXIT.indeterminate,
      );
      checked.push({ name: documentLabel(doc), result: outcome.result });
    }
    progress.done();
    if (checked.length === 0) return exit;

    const t = (id: string, en: string): string => (lang === 'id' ? id : en);
    const count = (s: string): number => checked.filter((c) => c.result.status === s).length;
    const overview: ReportSection = {
      title: t('Ringkasan', 'Summary'),
      paragraphs: [
        t(
          `${checked.length} proposal diperiksa: ${count('ready')} siap, ${count('not-ready')} belum siap, ${count('indeterminate')} perlu ditinjau.`,
          `${checked.length} proposals checked: ${count('ready')} ready, ${count('not-ready')} not ready, ${count('indeterminate')} need review.`,
        ),
      ],
      table: [
        [t('Proposal', 'Proposal'), t('Status', 'Status'), t('Temuan', 'Findings')],
        ...checked.map((c) => [
          c.name,
          localize(c.result.statusText, lang),
          c.result.findings.map((f) => f.code).join(', '),
        ]),
      ],
    };
    const report: Report = {
      title:
        stringOption(values, 'title') ??
        t('Laporan kesiapan proposal inovasi', 'Innovation proposal readiness report'),
      subtitle: `${localize(rulebook.title, lang)} (${rulebook.id}) — ${t('per', 'as of')} ${asOf}`,
      lang,
      sections: [overview, ...checked.map((c) => readinessSection(c.name, c.result, lang))],
      footer: t(
        `Dibuat oleh inovasi. Setiap hasil menyebut aturan, nilai, ambang dan sumbernya; hasil "perlu ditinjau" memerlukan pemeriksaan manusia.`,
        `Made by inovasi. Every result names its rule, value, threshold and source; "needs review" results need a person to check them.`,
      ),
    };
    const text = format === 'html' ? renderReportHtml(report) : renderReportMarkdown(report);
    const out = stringOption(values, 'out');
    if (out === undefined) io.stdout(text);
    else {
      await writeOutputFile(io, out, text);
      io.stderr(`${out}: ${checked.length} ${t('proposal', 'proposals')}\n`);
    }
    return exit;
  },
};
