/**
 * `inovasi score`: rank a competition's entries from the judges' sheets, stage by stage.
 */
import { isIsoDate } from '@inovasi/core';
import { safeScorePanel, sheetsFromTable } from '@inovasi/core/scoring';
import { parseCommandArgs, stringOption, type Command } from '../command.js';
import { CliError, EXIT, exitCodeFor, exitForOutcome, describeError } from '../errors.js';
import { createPaint, parseDateOption, parseFormat, parseLangOption } from '../format.js';
import { readDocument } from '../input.js';
import { loadRulebook } from '../rulebooks.js';
import {
  renderScoringCsv,
  renderScoringJson,
  renderScoringReport,
  renderScoringTable,
} from '../render/scoring.js';
import { isTablePath, readTable } from '../tabular.js';

const help = `Usage: inovasi score <panel file|-> --rulebook <id|file> [options]

Ranks the entries of an innovation competition from the judges' score sheets, stage by stage:
conflicts of interest, missing sheets, normalisation, aggregation, tie-breaks, quotas, judge
agreement and robustness, every number explained. Menilai dan memeringkat peserta lomba inovasi.

Arguments:
  <panel file|->            entries, judges and sheets as JSON or YAML (- for stdin)

Options:
  --rulebook <id|file>      the scoring rules, e.g. banten-kompetisi-2024 (see
                            \`inovasi rulebook list\`), or a custom rulebook file that may extend one
  --sheets <file>           score sheets from a spreadsheet (CSV, TSV or XLSX): columns
                            juri/judge, peserta/entry, optional tahap/stage and komentar/comment,
                            then one column per criterion; they are added to the panel's sheets
  --worksheet <name>        the XLSX sheet to read (default: the first)
  --as-of <YYYY-MM-DD>      the date the rules are read at (default: today inside the
                            edition's window, else its first day; the output says which)
  --resamples <n>           bootstrap resamples for robustness (default 200; 0 turns it off)
  --format <fmt>            table (default), json, csv (the ranking, one row per entry and
                            stage) or md (the transparency report)
  --report md               the same as --format md
  --lang <id|en>            language of the output (default: id, Bahasa Indonesia)
  -h, --help                show this help

Exit codes: 0 scored, 2 bad input or usage (every bad sheet and criterion is listed),
3 indeterminate (an entry or a rule needs human review).

Examples:
  inovasi score panel.json --rulebook kota-metro-2027-judul
  inovasi score panel.yaml --sheets nilai.csv --rulebook banten-kompetisi-2024 --format md
`;

export const scoreCommand: Command = {
  name: 'score',
  summary: 'score and rank competition entries (nilai dan peringkat lomba inovasi)',
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('score', argv, {
      rulebook: { type: 'string' },
      sheets: { type: 'string' },
      worksheet: { type: 'string' },
      'as-of': { type: 'string' },
      resamples: { type: 'string' },
      format: { type: 'string' },
      report: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help === true) {
      io.stdout(help);
      return EXIT.ok;
    }
    const report = stringOption(values, 'report');
    if (report !== undefined && report !== 'md')
      throw new CliError(`--report must be md; got "${report}".`);
    const format =
      report === 'md'
        ? 'md'
        : parseFormat(stringOption(values, 'format'), ['table', 'json', 'md', 'csv']);
    const lang = parseLangOption(stringOption(values, 'lang'));
    const asOf = parseDateOption('--as-of', stringOption(values, 'as-of'), isIsoDate);
    const resamplesText = stringOption(values, 'resamples');
    const resamples = resamplesText === undefined ? undefined : Number(resamplesText);
    if (
      resamples !== undefined &&
      !(Number.isInteger(resamples) && resamples >= 0 && resamples <= 10_000)
    )
      throw new CliError(
        `--resamples must be a whole number from 0 to 10000; got "${resamplesText ?? ''}".`,
      );
    const target = positionals[0];
    if (target === undefined)
      throw new CliError('score: give a panel file or - for stdin. See `inovasi score --help`.');
    if (positionals.length > 1)
      throw new CliError(`score: one panel file at a time; got ${positionals.length}.`);
    const { rulebook } = await loadRulebook(stringOption(values, 'rulebook'), io);
    const doc = await readDocument(target, io);
    let panel = doc.data;
    const sheetsPath = stringOption(values, 'sheets');
    if (sheetsPath !== undefined) {
      if (!isTablePath(sheetsPath))
        throw new CliError(`--sheets: ${sheetsPath} is not a .csv, .tsv or .xlsx file.`);
      const worksheet = stringOption(values, 'worksheet');
      const { sheets, issues } = sheetsFromTable(
        await readTable(sheetsPath, io, worksheet !== undefined ? { sheet: worksheet } : {}),
      );
      if (issues.length > 0)
        throw new CliError(`${sheetsPath}: the score sheets cannot be read.`, issues);
      if (typeof panel !== 'object' || panel === null || Array.isArray(panel))
        throw new CliError(`${doc.name}: expected a panel object with entries and judges.`);
      const given = (panel as { sheets?: unknown }).sheets;
      panel = {
        ...panel,
        sheets: [...(Array.isArray(given) ? (given as unknown[]) : []), ...sheets],
      };
    }
    const outcome = safeScorePanel(panel, rulebook, {
      ...(asOf !== undefined ? { asOf } : { today: io.today() }),
      ...(resamples !== undefined ? { resamples } : {}),
    });
    if (!outcome.success) {
      io.stderr(describeError(outcome.error, doc.name));
      return exitCodeFor(outcome.error);
    }
    const result = outcome.result;
    if (format === 'json') io.stdout(renderScoringJson(result));
    else if (format === 'md') io.stdout(renderScoringReport(result, lang));
    else if (format === 'csv') io.stdout(renderScoringCsv(result, lang));
    else io.stdout(renderScoringTable(result, lang, createPaint(io)));
    return exitForOutcome(result.outcome);
  },
};
