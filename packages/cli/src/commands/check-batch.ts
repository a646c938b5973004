/**
 * `inovasi check` on a batch (a directory, a table, a `{ proposals: [...] }` document): each
 * proposal's result is rendered and written as it is computed, then let go, so the output of a
 * national batch never sits in memory as results or as one string (in JSON a proposal's result is
 * about 78 KB; 10,000 of them passed V8's longest string). The output is byte for byte what the
 * whole render was: JSON, CSV, Markdown or the table on standard output as it comes, or the
 * `--out` file put in place whole at the end. XLSX is written row by row as well (a sheet that
 * reaches Excel's 1,048,576 rows goes on in the next).
 *
 * JSON gives the counts before the items, so the batch is checked twice there: once for the
 * counts (each result let go), once to write. The duplicate-title and quota rules see the whole
 * batch first, as before: the proposals themselves are held (they were read whole).
 *
 * @module
 */
import { CoreError, type CoreErrorCode, type Lang } from '@inovasi/core';
import type { ReadinessBatchItem, ReadinessChecker } from '@inovasi/core/readiness';
import { describeError, EXIT, exitForOutcome, worstExit } from '../errors.js';
import { createPaint } from '../format.js';
import type { CliIo } from '../io.js';
import { fillOutput, openTextOutput, openXlsxOutput, type OutputTarget } from '../output.js';
import { createProgress } from '../progress.js';
import { createReadinessBatchPieces, createReadinessBatchRows } from '../render/readiness.js';

/** The XLSX sheet's name. */
export const READINESS_SHEET = { id: 'Kesiapan', en: 'Readiness' } as const;

/**
 * Checks `inputs` (named by `names`) as one batch and writes the results in `format`; returns the
 * exit code (the worst of every proposal's, an unreadable one's and the batch's).
 */
export async function writeCheckedBatch(
  io: CliIo,
  checker: ReadinessChecker,
  inputs: readonly unknown[],
  names: readonly string[],
  format: 'table' | 'json' | 'md' | 'csv' | 'xlsx',
  lang: Lang,
  output: OutputTarget,
): Promise<number> {
  const run = checker.runBatch(inputs);
  const nameOf = (item: ReadinessBatchItem): string => names[item.index] ?? `#${item.index + 1}`;
  let exit: number = EXIT.ok;
  const unreadable = (item: ReadinessBatchItem): void => {
    if (!('error' in item)) return;
    io.stderr(
      describeError(
        new CoreError(item.error.code as CoreErrorCode, item.error.message, item.error.issues),
        nameOf(item),
      ),
    );
    exit = worstExit(exit, EXIT.badInput);
  };

  if (format === 'xlsx') {
    const progress = createProgress(io, run.size, 'check');
    const rows = createReadinessBatchRows(lang);
    const book = await openXlsxOutput(io, output);
    let head;
    try {
      head = await fillOutput(book, async () => {
        await book.sheet(READINESS_SHEET[lang], rows.header);
        for (const item of run.items()) {
          unreadable(item);
          for (const row of rows.item(item, nameOf(item))) await book.row(row);
          progress.tick();
        }
        const summary = run.summary();
        for (const row of rows.tail(summary)) await book.row(row);
        return summary;
      });
    } finally {
      progress.done();
    }
    return worstExit(exit, exitForOutcome(head.outcome));
  }

  const pieces = createReadinessBatchPieces(format, lang, createPaint(io));
  const progress = createProgress(io, pieces.headFirst ? 2 * run.size : run.size, 'check');
  // JSON opens with the counts: a first pass gives them (each result let go)
  let first: ReturnType<typeof run.summary> | undefined;
  if (pieces.headFirst) {
    const counting = run.items();
    while (counting.next().done !== true) progress.tick();
    first = run.summary();
  }
  const sink = await openTextOutput(io, output);
  let head;
  try {
    head = await fillOutput(sink, async () => {
      await sink.write(pieces.head(first));
      for (const item of run.items()) {
        unreadable(item);
        await sink.write(pieces.item(item, nameOf(item)));
        progress.tick();
      }
      // after a whole pass, the counts are known without another
      const summary = first ?? run.summary();
      await sink.write(pieces.tail(summary));
      return summary;
    });
  } finally {
    progress.done();
  }
  return worstExit(exit, exitForOutcome(head.outcome));
}
