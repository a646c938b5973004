/**
 * `inovasi iid`: the Indeks Inovasi Daerah of a region file, with what-if, plan and comparison;
 * `inovasi iid predikat <score>`: which band a published score falls in.
 */
import { isIsoDate } from '@inovasi/core';
import {
  computeIidReport,
  iidEngine,
  type IidPredikatAnswer,
  type IidView,
} from '@inovasi/core/iid';
import { parseCommandArgs, stringOption, type Command } from '../command.js';
import { CliError, describeError, EXIT, exitCodeFor, exitForOutcome } from '../errors.js';
import { createPaint, parseDateOption, parseFormat, parseLangOption } from '../format.js';
import { readDocument } from '../input.js';
import type { CliIo } from '../io.js';
import {
  renderIidCsv,
  renderIidJson,
  renderIidMarkdown,
  renderIidTable,
  renderPredikat,
  type IidReport,
} from '../render/iid.js';
import { loadRulebook } from '../rulebooks.js';

const help = `Usage: inovasi iid <region file|-> --rulebook <id|file> [options]
       inovasi iid predikat <score> --rulebook <id> [options]

Computes the Indeks Inovasi Daerah (IID) of a region: SPD, SID and innovation-count scores,
the IID to two decimals, the predikat, every row explained, excluded innovations with the
reason, the claimed score beside the verified one. Menghitung Indeks Inovasi Daerah.

Arguments:
  <region file|->           the region as JSON or YAML (schema: @inovasi/core/schemas/iid-region.schema.json)
  predikat <score>          which band a published IID score falls in

Options:
  --rulebook <id|file>      the edition, e.g. iid-2026 (see \`inovasi rulebook list\`)
  --as-of <YYYY-MM-DD>      the date the rules are read at (default: today inside the
                            edition's window, else its first day; the output says which)
  --view <claimed|verified> which answers count in the breakdown (default: claimed)
  --what-if                 the gain of one more innovation, of each row, of the missing urusan,
                            and a plan to reach the next predikat
  --compare <id>            the same region under a second rulebook, with what changed
  --format <fmt>            table (default), json, md, or csv (one line per scored row;
                            predikat: table or json)
  --lang <id|en>            language of the output (default: id, Bahasa Indonesia)
  -h, --help                show this help

Exit codes: 0 computed, 2 bad input or usage, 3 indeterminate (a value of the year is unknown).

Examples:
  inovasi iid kabupaten.json --rulebook iid-2026 --what-if
  inovasi iid kabupaten.json --rulebook iid-2026 --compare iid-2027 --format md
  inovasi iid predikat 62.5 --rulebook iid-2024 --format json
`;

function parseView(value: string | undefined): IidView {
  if (value === undefined || value === 'claimed') return 'claimed';
  if (value === 'verified') return 'verified';
  throw new CliError(`--view must be claimed or verified; got "${value}".`);
}

async function predikatCommand(
  positionals: readonly string[],
  values: Parameters<typeof stringOption>[0],
  io: CliIo,
): Promise<number> {
  const text = positionals[1];
  if (text === undefined)
    throw new CliError(
      'iid predikat: give a score, e.g. `inovasi iid predikat 62.5 --rulebook iid-2024`.',
    );
  // a decimal as written (`62.5`, `62,5`): not `0x41`, `1e1` or `Infinity`, which Number() reads
  const score = /^\s*\d{1,3}(?:[.,]\d+)?\s*$/.test(text) ? Number(text.replace(',', '.')) : NaN;
  if (!Number.isFinite(score) || score < 0 || score > 100)
    throw new CliError(`iid predikat: the score must be a number from 0 to 100; got "${text}".`);
  const format = parseFormat(stringOption(values, 'format'), ['table', 'json']);
  const lang = parseLangOption(stringOption(values, 'lang'));
  const asOf = parseDateOption('--as-of', stringOption(values, 'as-of'), isIsoDate);
  const { rulebook } = await loadRulebook(stringOption(values, 'rulebook'), io);
  const answer = iidEngine
    .compile(rulebook, {
      mode: 'predikat',
      ...(asOf !== undefined ? { asOf } : { today: io.today() }),
    })
    .run({ score }) as IidPredikatAnswer;
  io.stdout(renderPredikat(answer, rulebook.id, format === 'json' ? 'json' : 'table', lang));
  return exitForOutcome(answer.outcome);
}

export const iidCommand: Command = {
  name: 'iid',
  summary: 'compute the Indeks Inovasi Daerah, what-if and plan (hitung IID dan predikat)',
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('iid', argv, {
      rulebook: { type: 'string' },
      'as-of': { type: 'string' },
      view: { type: 'string' },
      'what-if': { type: 'boolean' },
      compare: { type: 'string' },
      format: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help === true) {
      io.stdout(help);
      return EXIT.ok;
    }
    if (positionals[0] === 'predikat') return predikatCommand(positionals, values, io);
    const format = parseFormat(stringOption(values, 'format'), ['table', 'json', 'md', 'csv']);
    const lang = parseLangOption(stringOption(values, 'lang'));
    const view = parseView(stringOption(values, 'view'));
    const asOf = parseDateOption('--as-of', stringOption(values, 'as-of'), isIsoDate);
    const target = positionals[0];
    if (target === undefined)
      throw new CliError('iid: give a region file or - for stdin. See `inovasi iid --help`.');
    if (positionals.length > 1)
      throw new CliError(`iid: one region file at a time; got ${positionals.length}.`);
    const { rulebook, registry } = await loadRulebook(stringOption(values, 'rulebook'), io);
    const compareId = stringOption(values, 'compare');
    const other =
      compareId !== undefined ? (await loadRulebook(compareId, io, registry)).rulebook : undefined;
    const doc = await readDocument(target, io);
    const date = asOf !== undefined ? { asOf } : { today: io.today() };
    let report: IidReport;
    try {
      report = computeIidReport(doc.data, rulebook, {
        view,
        ...date,
        whatIf: values['what-if'] === true,
        ...(other ? { compareWith: other } : {}),
      });
    } catch (error) {
      io.stderr(describeError(error, doc.name));
      return exitCodeFor(error);
    }
    if (format === 'json') io.stdout(renderIidJson(report));
    else if (format === 'md') io.stdout(renderIidMarkdown(report, lang));
    else if (format === 'csv') io.stdout(renderIidCsv(report, lang));
    else io.stdout(renderIidTable(report, lang, createPaint(io)));
    return exitForOutcome(report.result.outcome);
  },
};
