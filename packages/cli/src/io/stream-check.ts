/**
 * `inovasi check --stream` (and any `.jsonl` input): proposals are read, checked and written one
 * at a time, so a national batch of a million proposals runs in flat memory. Output comes as it
 * is computed: JSON Lines for `--format json` (one result per line, then a summary line), CSV
 * rows, or a table or Markdown section per proposal.
 *
 * Each proposal is checked on its own: the rules across proposals (duplicate titles and quotas
 * per agency) need the whole batch and are not checked in a stream; the summary says so. Check
 * one agency's batch without `--stream` for them.
 *
 * @module
 */
import { CoreError, localize, type Lang } from '@inovasi/core';
import type { ReadinessChecker, ReadinessResult } from '@inovasi/core/readiness';
import { describeError, EXIT, exitCodeFor, worstExit } from '../errors.js';
import { createPaint, type Format } from '../format.js';
import type { CliIo } from '../io.js';
import {
  renderReadinessCsv,
  renderReadinessMarkdown,
  renderReadinessTable,
} from '../render/readiness.js';
import { streamDocuments } from './documents.js';

/** The exit code of a readiness status. */
export const EXIT_FOR_STATUS = {
  ready: EXIT.ok,
  'not-ready': EXIT.negative,
  indeterminate: EXIT.indeterminate,
} as const;

const NOT_CHECKED = {
  id: 'Mode stream: judul ganda dan kuota antarproposal tidak diperiksa; periksa batch satu instansi tanpa --stream.',
  en: 'Stream mode: duplicate titles and quotas across proposals were not checked; check one agency batch without --stream.',
};

/** The proposals of one document: a batch `{ proposals: [...] }` or the document itself. */
function proposalsOf(name: string, data: unknown): { name: string; input: unknown }[] {
  const proposals =
    typeof data === 'object' && data !== null && !Array.isArray(data)
      ? (data as { proposals?: unknown }).proposals
      : undefined;
  if (!Array.isArray(proposals)) return [{ name, input: data }];
  return (proposals as unknown[]).map((input, i) => {
    const id =
      typeof input === 'object' && input !== null ? (input as { id?: unknown }).id : undefined;
    return { name: `${name}#${i + 1}${typeof id === 'string' ? ` (${id})` : ''}`, input };
  });
}

/**
 * Checks a stream of proposals, writing each result as it comes; returns the exit code (the
 * worst of every proposal's).
 */
export async function checkStream(
  target: string,
  io: CliIo,
  checker: ReadinessChecker,
  format: Format,
  lang: Lang,
): Promise<number> {
  let exit: number = EXIT.ok;
  const counts = { proposals: 0, ready: 0, notReady: 0, indeterminate: 0, invalid: 0 };
  let csvHeader = true;
  const paint = createPaint(io);
  const write = (name: string, result: ReadinessResult): void => {
    if (format === 'json') io.stdout(`${JSON.stringify({ file: name, result })}\n`);
    else if (format === 'csv') {
      const csv = renderReadinessCsv([{ name, result }], [], lang);
      io.stdout(csvHeader ? csv : csv.slice(csv.indexOf('\r\n') + 2));
      csvHeader = false;
    } else if (format === 'md') io.stdout(renderReadinessMarkdown([{ name, result }], lang));
    else io.stdout(renderReadinessTable([{ name, result }], lang, paint));
  };
  for await (const doc of streamDocuments(target, io)) {
    if ('error' in doc) {
      io.stderr(describeError(doc.error));
      exit = worstExit(exit, exitCodeFor(doc.error));
      continue;
    }
    for (const { name, input } of proposalsOf(doc.name, doc.data)) {
      counts.proposals += 1;
      let result: ReadinessResult;
      try {
        result = checker.check(input);
      } catch (error) {
        if (!(error instanceof CoreError)) throw error;
        counts.invalid += 1;
        io.stderr(describeError(error, name));
        if (format === 'json')
          io.stdout(
            `${JSON.stringify({ file: name, error: { code: error.code, message: error.message, issues: error.issues } })}\n`,
          );
        exit = worstExit(exit, exitCodeFor(error));
        continue;
      }
      if (result.status === 'ready') counts.ready += 1;
      else if (result.status === 'not-ready') counts.notReady += 1;
      else counts.indeterminate += 1;
      exit = worstExit(exit, EXIT_FOR_STATUS[result.status]);
      write(name, result);
    }
  }
  const status =
    counts.notReady + counts.invalid > 0
      ? 'not-ready'
      : counts.indeterminate > 0
        ? 'indeterminate'
        : 'ready';
  if (format === 'json')
    io.stdout(
      `${JSON.stringify({ kind: 'readiness-stream-summary', status, ...counts, batchRules: 'not-checked', note: NOT_CHECKED })}\n`,
    );
  else if (format !== 'csv')
    io.stdout(
      `\n${localize(
        {
          id: `${counts.ready} dari ${counts.proposals} proposal siap.`,
          en: `${counts.ready} of ${counts.proposals} proposals ready.`,
        },
        lang,
      )} ${localize(NOT_CHECKED, lang)}\n`,
    );
  if (counts.proposals === 0 && exit === EXIT.ok) return EXIT.badInput;
  return exit;
}
