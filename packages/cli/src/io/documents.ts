/**
 * Reading input documents as a stream, for batches of any size: the files of a directory one at
 * a time, CSV tables and JSON Lines files chunk by chunk, each row or line handed on as soon as
 * it is read. Memory stays flat however many proposals there are. Every error names the file and
 * the row or line; an unreadable file or row is handed on as an error and the stream goes on.
 *
 * @module
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { cellLocation } from '@inovasi/core';
import { CliError } from '../errors.js';
import { parseJsonText, parseText, readDocument, readStdinText } from '../input.js';
import { describeFsError } from './fs-errors.js';
import type { CliIo } from '../io.js';
import { csvColumns, csvRow, looksLikeCsvHeader, readTable, rowToDocument } from '../tabular.js';
import { CsvReader, MAX_RECORD_CHARS, type CsvRecord } from './csv.js';
import { decodeUtf8Stream, MAX_DOCUMENT_BYTES, tooLargeError } from './decode.js';

/** One document read, or why one could not be read. */
export type StreamedDocument =
  | { readonly name: string; readonly data: unknown }
  | { readonly name: string; readonly error: unknown };

/** File extensions read as JSON Lines (one JSON document per line). */
export const JSON_LINES = new Set(['.jsonl', '.ndjson']);

const READABLE = new Set(['.json', '.yaml', '.yml', '.csv', '.tsv', '.xlsx', '.jsonl', '.ndjson']);

/** Is this path a JSON Lines file? */
export function isJsonLinesPath(path: string): boolean {
  return JSON_LINES.has(extname(path).toLowerCase());
}

/**
 * Bytes read at a time. Node's default (64 KB), not more: the text decoded from a chunk of a
 * megabyte or more is an external string, whose memory V8 gives back only at a full collection, so
 * 1 MB chunks kept about 50 MB of decoded text waiting (peak RSS 191 MB against 92 MB for 10,000
 * proposals of 2,000 words from a `.jsonl` file), for no gain in speed.
 */
const CHUNK_BYTES = 1 << 16;

async function* chunksOf(full: string): AsyncGenerator<Uint8Array> {
  for await (const chunk of createReadStream(full, { highWaterMark: CHUNK_BYTES }))
    yield chunk as Uint8Array;
}

/** The rows of CSV/TSV text as documents, handed on as each row completes. */
async function* streamCsv(
  source: string,
  texts: AsyncIterable<string>,
): AsyncGenerator<StreamedDocument> {
  const reader = new CsvReader(source);
  let columns: string[] | undefined;
  let rows = 0;
  const table = { source, columns: [] as string[], rows: [] };
  function* emit(records: readonly CsvRecord[]): Generator<StreamedDocument> {
    for (const record of records) {
      if (!columns) {
        columns = csvColumns(record, source);
        table.columns = columns;
        continue;
      }
      rows += 1;
      try {
        const row = csvRow(record, columns, source);
        yield { name: cellLocation(table, row.row), data: rowToDocument(row) };
      } catch (error) {
        yield { name: `${source}, row ${record.row}`, error };
      }
    }
  }
  for await (const text of texts) yield* emit(reader.push(text));
  yield* emit(reader.end());
  if (!columns)
    throw new CliError({
      id: `${source}: berkas kosong; seharusnya ada baris judul kolom.`,
      en: `${source}: the file is empty; expected a header row.`,
    });
  if (rows === 0)
    throw new CliError({
      id: `${source}: berkas punya baris judul kolom tetapi tidak ada baris data.`,
      en: `${source}: the file has a header row but no data rows.`,
    });
}

/** The lines of a JSON Lines file as documents (blank lines skipped), read chunk by chunk. */
async function* streamJsonLines(
  name: string,
  texts: AsyncIterable<string> | Iterable<string>,
): AsyncGenerator<StreamedDocument> {
  let carry = '';
  let line = 0;
  const parse = (text: string): StreamedDocument => {
    const where = `${name}:${line}`;
    try {
      return { name: where, data: parseJsonText(text, name) };
    } catch (error) {
      // the parser counts lines within the one line: name the file's line instead
      return {
        name: where,
        error:
          error instanceof CliError
            ? new CliError({
                id: error.text.id.replace(`${name}:1:`, `${where}:`),
                en: error.text.en.replace(`${name}:1:`, `${where}:`),
              })
            : error,
      };
    }
  };
  for await (const text of texts) {
    const lines = (carry + text).split('\n');
    carry = lines.pop() ?? '';
    if (carry.length > MAX_RECORD_CHARS)
      throw new CliError({
        id: `${name}:${line + lines.length + 1}: satu baris lebih panjang dari ${MAX_RECORD_CHARS} karakter.`,
        en: `${name}:${line + lines.length + 1}: one line is longer than ${MAX_RECORD_CHARS} characters.`,
      });
    for (const l of lines) {
      line += 1;
      if (l.trim() !== '') yield parse(l);
    }
  }
  line += 1;
  if (carry.trim() !== '') yield parse(carry);
}

/** The documents of one file: rows, lines, or the file itself. */
async function* streamFile(path: string, io: CliIo): AsyncGenerator<StreamedDocument> {
  const full = resolve(io.cwd, path);
  const ext = extname(path).toLowerCase();
  try {
    if (ext === '.csv' || ext === '.tsv')
      yield* streamCsv(path, decodeUtf8Stream(chunksOf(full), path));
    else if (JSON_LINES.has(ext))
      yield* streamJsonLines(path, decodeUtf8Stream(chunksOf(full), path));
    else if (ext === '.xlsx') {
      const table = await readTable(path, io);
      for (const row of table.rows)
        yield { name: cellLocation(table, row.row), data: rowToDocument(row) };
    } else yield await readDocument(path, io);
  } catch (error) {
    yield { name: path, error };
  }
}

const STDIN = '<stdin>';

/** The chunks of standard input, as they come (or all at once where the io cannot stream). */
async function* stdinChunks(io: CliIo): AsyncGenerator<Uint8Array> {
  try {
    if (io.stdinChunks) yield* io.stdinChunks();
    else yield new TextEncoder().encode(await readStdinText(io));
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as { code?: string }).code ?? String(error);
    throw new CliError({
      id: `${STDIN}: masukan standar tidak dapat dibaca (${code}).`,
      en: `${STDIN}: cannot read standard input (${code}).`,
    });
  }
}

/**
 * Standard input, read as it comes: a CSV table (sniffed from its header line) and JSON Lines
 * (a first line that is a JSON document by itself) are streamed row by row and line by line;
 * anything else is one JSON or YAML document, read whole up to {@link MAX_DOCUMENT_BYTES}.
 */
async function* streamStdin(io: CliIo): AsyncGenerator<StreamedDocument> {
  const texts = decodeUtf8Stream(stdinChunks(io), STDIN)[Symbol.asyncIterator]();
  let head = '';
  // read until the first line that is not blank is whole (or the input ends)
  while (!/\S[^\n]*\n/.test(head)) {
    const next = await texts.next();
    if (next.done === true) break;
    head += next.value;
    if (head.length > MAX_RECORD_CHARS) break;
  }
  if (head.trim() === '')
    throw new CliError({
      id: `${STDIN}: tidak ada yang terbaca dari masukan standar.`,
      en: `${STDIN}: nothing was read from standard input.`,
    });
  async function* rest(): AsyncGenerator<string> {
    yield head;
    for (;;) {
      const next = await texts.next();
      if (next.done === true) return;
      yield next.value;
    }
  }
  const first = head.trimStart().split(/\r?\n/, 1)[0] ?? '';
  if (looksLikeCsvHeader(first)) {
    yield* streamCsv(STDIN, rest());
    return;
  }
  if (/^[[{]/.test(first) && isJson(first)) {
    yield* streamJsonLines(STDIN, rest());
    return;
  }
  let text = '';
  for await (const chunk of rest()) {
    text += chunk;
    if (text.length > MAX_DOCUMENT_BYTES) throw tooLargeError(STDIN, text.length);
  }
  yield { name: STDIN, data: await parseText(text, STDIN) };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Streams the documents of a file, of every readable file of a directory (sorted, not
 * recursive), or of standard input (`-`: CSV, JSON Lines, or one JSON/YAML document).
 */
export async function* streamDocuments(path: string, io: CliIo): AsyncGenerator<StreamedDocument> {
  if (path === '-') {
    try {
      yield* streamStdin(io);
    } catch (error) {
      yield { name: STDIN, error };
    }
    return;
  }
  const full = resolve(io.cwd, path);
  const info = await stat(full).catch((error: unknown) => {
    throw new CliError(describeFsError(path, error));
  });
  if (!info.isDirectory()) {
    yield* streamFile(path, io);
    return;
  }
  const names = (await readdir(full)).filter((n) => READABLE.has(extname(n).toLowerCase())).sort();
  if (names.length === 0)
    throw new CliError({
      id: `${path}: folder ini tidak berisi berkas .json, .jsonl, .yaml, .csv atau .xlsx.`,
      en: `${path}: the directory has no .json, .jsonl, .yaml, .csv or .xlsx files.`,
    });
  for (const name of names) yield* streamFile(relative(io.cwd, join(full, name)) || name, io);
}
