/**
 * `inovasi check`: would a KIPP proposal pass administrative selection?
 */
import { isIsoDate } from '@inovasi/core';
import { safeCheckReadiness } from '@inovasi/core/readiness';
import { parseCommandArgs, stringOption, type Command } from '../command.js';
import { CliError, describeError, EXIT, exitCodeFor, worstExit } from '../errors.js';
import { createPaint, parseDateOption, parseFormat, parseLangOption } from '../format.js';
import { readDocuments } from '../input.js';
import { loadRulebook } from '../rulebooks.js';
import {
  renderReadinessJson,
  renderReadinessMarkdown,
  renderReadinessTable,
  type CheckedDocument,
} from '../render/readiness.js';

const help = `Usage: inovasi check <file|dir|-> --rulebook <id|file> [options]

Checks whether KIPP proposals would pass administrative selection (seleksi administrasi),
and says exactly what to fix. Memeriksa kesiapan proposal KIPP sebelum diajukan di SINOVIK.

Arguments:
  <file|dir|->              a proposal as JSON or YAML, a directory of them, or - for stdin

Options:
  --rulebook <id|file>      the edition, e.g. kipp-2018 (see \`inovasi rulebook list\`),
                            or a custom rulebook file (JSON/YAML) that may extend one
  --as-of <YYYY-MM-DD>      the date the rules are read at (default: today)
  --registration-close <YYYY-MM-DD>
                            the registration close date, when the rulebook does not know it
                            or you want another one
  --format <table|json|md>  output format (default: table)
  --lang <id|en>            language of the output (default: id, Bahasa Indonesia)
  -h, --help                show this help

Exit codes: 0 ready, 1 not ready, 2 bad input or usage, 3 indeterminate (needs review).

Examples:
  inovasi check proposal.json --rulebook kipp-2018
  inovasi check proposals/ --rulebook kipp-2018 --format md --lang en
  cat proposal.json | inovasi check - --rulebook kipp-2018 --format json
`;

export const checkCommand: Command = {
  name: 'check',
  summary: 'check KIPP proposals for administrative readiness (periksa kesiapan proposal)',
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('check', argv, {
      rulebook: { type: 'string' },
      'as-of': { type: 'string' },
      'registration-close': { type: 'string' },
      format: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help === true) {
      io.stdout(help);
      return EXIT.ok;
    }
    const format = parseFormat(stringOption(values, 'format'));
    const lang = parseLangOption(stringOption(values, 'lang'));
    const asOf = parseDateOption('--as-of', stringOption(values, 'as-of'), isIsoDate) ?? io.today();
    const registrationCloseDate = parseDateOption(
      '--registration-close',
      stringOption(values, 'registration-close'),
      isIsoDate,
    );
    const target = positionals[0];
    if (target === undefined)
      throw new CliError(
        'check: give a proposal file, a directory or - for stdin. See `inovasi check --help`.',
      );
    if (positionals.length > 1)
      throw new CliError(`check: one file, directory or - at a time; got ${positionals.length}.`);
    const { rulebook } = await loadRulebook(stringOption(values, 'rulebook'), io);

    const { documents, errors } = await readDocuments(target, io);
    const checked: CheckedDocument[] = [];
    let exit: number = EXIT.ok;
    const worse = (code: number): void => {
      exit = worstExit(exit, code);
    };
    for (const { error } of errors) {
      io.stderr(describeError(error));
      worse(exitCodeFor(error));
    }
    for (const doc of documents) {
      const outcome = safeCheckReadiness(doc.data, rulebook, {
        asOf,
        ...(registrationCloseDate !== undefined ? { registrationCloseDate } : {}),
      });
      if (!outcome.success) {
        io.stderr(describeError(outcome.error, doc.name));
        worse(exitCodeFor(outcome.error));
        continue;
      }
      checked.push({ name: doc.name, result: outcome.result });
      const status = outcome.result.status;
      worse(
        status === 'ready' ? EXIT.ok : status === 'not-ready' ? EXIT.negative : EXIT.indeterminate,
      );
    }
    if (checked.length > 0) {
      const single =
        documents.length === 1 &&
        errors.length === 0 &&
        !(target !== '-' && documents[0]?.name !== target);
      if (format === 'json') io.stdout(renderReadinessJson(checked, single));
      else if (format === 'md') io.stdout(renderReadinessMarkdown(checked, lang));
      else io.stdout(renderReadinessTable(checked, lang, createPaint(io)));
    }
    return exit;
  },
};
