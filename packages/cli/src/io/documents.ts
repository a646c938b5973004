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
import { parseJsonText, readDocument, readStdinText } from '../input.js';
import { describeFsError } from './fs-errors.js';
import type { CliIo } from '../io.js';
import { csvColumns, csvRow, readTable, rowToDocument } from '../tabular.js';
import { CsvReader, type CsvRecord } from './csv.js';
import { decodeUtf8Stream } from './decode.js';

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

async function* chunksOf(full: string): AsyncGenerator<Uint8Array> {
  for await (const chunk of createReadStream(full, { highWaterMark: 1 << 20 }))
    yield chunk as Uint8Array;
}

/** The rows of a CSV/TSV file as documents, read chunk by chunk. */
async function* streamCsv(path: string, full: string): AsyncGenerator<StreamedDocument> {
  const reader = new CsvReader(path);
  let columns: string[] | undefined;
  let rows = 0;
  const table = { source: path, columns: [] as string[], rows: [] };
  function* emit(records: readonly CsvRecord[]): Generator<StreamedDocument> {
    for (const record of records) {
      if (!columns) {
        columns = csvColumns(record, path);
        table.columns = columns;
        continue;
      }
      rows += 1;
      try {
        const row = csvRow(record, columns, path);
        yield { name: cellLocation(table, row.row), data: rowToDocument(row) };
      } catch (error) {
        yield { name: `${path}, row ${record.row}`, error };
      }
    }
  }
  for await (const text of decodeUtf8Stream(chunksOf(full), path)) yield* emit(reader.push(text));
  yield* emit(reader.end());
  if (!columns)
    throw new CliError({
      id: `${path}: berkas kosong; seharusnya ada baris judul kolom.`,
      en: `${path}: the file is empty; expected a header row.`,
    });
  if (rows === 0)
    throw new CliError({
      id: `${path}: berkas punya baris judul kolom tetapi tidak ada baris data.`,
      en: `${path}: the file has a header row but no data rows.`,
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
    if (ext === '.csv' || ext === '.tsv') yield* streamCsv(path, full);
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

/**
 * Streams the documents of a file, of every readable file of a directory (sorted, not
 * recursive), or of standard input (`-`: JSON Lines, or one JSON/YAML document).
 */
export async function* streamDocuments(path: string, io: CliIo): AsyncGenerator<StreamedDocument> {
  if (path === '-') {
    let text: string;
    try {
      text = await readStdinText(io);
    } catch (error) {
      yield { name: '<stdin>', error };
      return;
    }
    yield* streamJsonLines('<stdin>', [text]);
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
