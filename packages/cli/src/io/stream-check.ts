/**
 * `inovasi check --stream` (and any `.jsonl` input): proposals are read, checked and written one
 * at a time, so a national batch of a million proposals runs in flat memory. Output comes as it
 * is computed: JSON Lines for `--format json` (a catalogue of rules and sources, one result per
 * line, then a summary line), CSV rows, or a table or Markdown section per proposal.
 *
 * The rules across proposals are checked too, with the core's stream
 * (`ReadinessChecker.openStream`): a proposal whose agency already used its title fails as it
 * comes, naming the first; quotas per agency and the first copy of each repeated title come in
 * the summary at the end. Only hashes of titles and a count per agency are kept.
 *
 * @module
 */
import { CoreError, localize, type Finding, type Lang } from '@inovasi/core';
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
import { createResultLines } from './json-lines.js';

/** The exit code of a readiness status. */
export const EXIT_FOR_STATUS = {
  ready: EXIT.ok,
  'not-ready': EXIT.negative,
  indeterminate: EXIT.indeterminate,
} as const;

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
 * worst of every proposal's and of the checks over the whole stream).
 */
export async function checkStream(
  target: string,
  io: CliIo,
  checker: ReadinessChecker,
  format: Format,
  lang: Lang,
): Promise<number> {
  let exit: number = EXIT.ok;
  let csvHeader = true as boolean;
  const paint = createPaint(io);
  const lines = createResultLines();
  const stream = checker.openStream();
  const csv = (docs: Parameters<typeof renderReadinessCsv>[0], batch: readonly Finding[]): void => {
    const text = renderReadinessCsv(docs, batch, lang);
    io.stdout(csvHeader ? text : text.slice(text.indexOf('\r\n') + 2));
    csvHeader = false;
  };
  const write = (name: string, result: ReadinessResult): void => {
    if (format === 'json') io.stdout(lines.line(name, result));
    else if (format === 'csv') csv([{ name, result }], []);
    else if (format === 'md') io.stdout(renderReadinessMarkdown([{ name, result }], lang));
    else io.stdout(renderReadinessTable([{ name, result }], lang, paint));
  };
  for await (const doc of streamDocuments(target, io)) {
    if ('error' in doc) {
      stream.skip();
      io.stderr(describeError(doc.error));
      exit = worstExit(exit, exitCodeFor(doc.error));
      continue;
    }
    for (const { name, input } of proposalsOf(doc.name, doc.data)) {
      let result: ReadinessResult;
      try {
        result = stream.add(input);
      } catch (error) {
        if (!(error instanceof CoreError)) throw error;
        io.stderr(describeError(error, name));
        if (format === 'json')
          io.stdout(
            `${JSON.stringify({ file: name, error: { code: error.code, message: error.message, issues: error.issues } })}\n`,
          );
        exit = worstExit(exit, exitCodeFor(error));
        continue;
      }
      exit = worstExit(exit, EXIT_FOR_STATUS[result.status]);
      write(name, result);
      // a slow reader holds the stream back instead of filling memory with unwritten results
      if (io.drain) await io.drain();
    }
  }
  const end = stream.end();
  const { summary } = end;
  const batchErrors = end.findings.some((f) => f.severity === 'error');
  if (batchErrors) exit = worstExit(exit, EXIT.negative);
  else if (end.status === 'indeterminate') exit = worstExit(exit, EXIT.indeterminate);
  if (format === 'json')
    io.stdout(
      lines.object({
        kind: 'readiness-stream-summary',
        status: end.status,
        statusText: end.statusText,
        ...summary,
        outcomes: end.outcomes,
        findings: end.findings,
        ...(end.notChecked.length > 0 ? { notChecked: end.notChecked } : {}),
      }),
    );
  else if (format === 'csv') {
    if (end.findings.length > 0 || csvHeader) csv([], end.findings);
  } else {
    const out: string[] = ['', localize(end.statusText, lang)];
    for (const f of end.findings) out.push(`  ${f.code}: ${localize(f.message, lang)}`);
    if (end.notChecked.length > 0)
      out.push(
        localize(
          {
            id: `Tidak diperiksa dalam mode stream: ${end.notChecked.join(', ')}.`,
            en: `Not checked in stream mode: ${end.notChecked.join(', ')}.`,
          },
          lang,
        ),
      );
    io.stdout(`${out.join('\n')}\n`);
  }
  if (summary.proposals === 0 && exit === EXIT.ok) return EXIT.badInput;
  return exit;
}
