/**
 * Reading input documents: JSON or YAML, from a file, every file of a directory, or `-` (stdin);
 * or one document per row of a CSV or XLSX table. Every parse error names the file and the line
 * and column (the sheet, row and column for tables).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { cellLocation, type LocalizedText } from '@inovasi/core';
import { CliError } from './errors.js';
import type { CliIo } from './io.js';
import {
  decodeUtf8,
  MAX_DOCUMENT_BYTES,
  MAX_YAML_BYTES,
  stripBom,
  tooLargeError,
} from './io/decode.js';
import { describeFsError } from './io/fs-errors.js';
import { lineColumnAt, locateJsonError } from './io/json-error.js';
import { isTablePath, looksLikeCsvHeader, parseCsv, readTable, rowToDocument } from './tabular.js';
import { yamlErrorText } from './yaml-errors.js';

/** One document read from the user. */
export interface InputDocument {
  /** What to call it in messages: the path as given, or `<stdin>`. */
  readonly name: string;
  readonly data: unknown;
}

const EXTENSIONS = new Set(['.json', '.yaml', '.yml', '.csv', '.tsv', '.xlsx']);

/** Parses JSON text; a syntax error becomes a one-line message with line and column. */
export function parseJsonText(text: string, name: string): unknown {
  const body = stripBom(text);
  try {
    return JSON.parse(body) as unknown;
  } catch {
    const at = locateJsonError(body) ?? {
      offset: 0,
      reason: { id: 'bukan JSON yang sah', en: 'not valid JSON' },
    };
    const where = lineColumnAt(body, at.offset);
    throw new CliError({
      id: `${name}:${where.line}:${where.column}: JSON tidak sah: ${at.reason.id}.`,
      en: `${name}:${where.line}:${where.column}: invalid JSON: ${at.reason.en}.`,
    });
  }
}

/** How many times YAML aliases may be expanded in one document (an alias bomb stops here). */
export const MAX_YAML_ALIASES = 100;

/** Parses YAML text; errors carry line and column. The YAML parser loads on first use. */
export async function parseYamlText(text: string, name: string): Promise<unknown> {
  if (text.length > MAX_YAML_BYTES) throw tooLargeError(name, text.length, MAX_YAML_BYTES);
  const { LineCounter, parseDocument } = await import('yaml');
  const lineCounter = new LineCounter();
  const doc = parseDocument(stripBom(text), { prettyErrors: false, uniqueKeys: true, lineCounter });
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0] ?? lineCounter.linePos(first.pos[0]);
    // the YAML parser's own words are English: its stable code picks ours, in both languages
    throw new CliError(yamlErrorText(`${name}:${pos.line}:${pos.col}`, first.code));
  }
  try {
    return doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) as unknown;
  } catch {
    // an alias bomb (`&a [*b, *b, …]`) or an alias to nothing
    throw new CliError({
      id: `${name}: YAML tidak sah: alias yang tidak dikenal, atau lebih dari ${MAX_YAML_ALIASES} perluasan alias.`,
      en: `${name}: invalid YAML: an alias to nothing, or more than ${MAX_YAML_ALIASES} alias expansions.`,
    });
  }
}

/** Parses a document by its file extension; stdin and unknown extensions are sniffed. */
export async function parseText(text: string, name: string): Promise<unknown> {
  const ext = extname(name).toLowerCase();
  if (ext === '.json') return parseJsonText(text, name);
  if (ext === '.yaml' || ext === '.yml') return parseYamlText(text, name);
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return parseJsonText(text, name);
  return parseYamlText(text, name);
}

/** The text of one file, or of stdin for `-`. */
export async function readSource(
  path: string,
  io: CliIo,
): Promise<{ readonly name: string; readonly text: string }> {
  if (path === '-') {
    const text = stripBom(await readStdinText(io));
    if (text.trim() === '') throw new CliError(NOTHING_ON_STDIN);
    return { name: '<stdin>', text };
  }
  let bytes: Buffer;
  const full = resolve(io.cwd, path);
  const ext = extname(path).toLowerCase();
  const limit = ext === '.yaml' || ext === '.yml' ? MAX_YAML_BYTES : MAX_DOCUMENT_BYTES;
  try {
    const { size } = await stat(full);
    // read whole only below the cap: a larger document would fill memory while parsing
    if (size > limit) throw tooLargeError(path, size, limit);
    bytes = await readFile(full);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(describeFsError(path, error));
  }
  return { name: path, text: decodeUtf8(bytes, path) };
}

/** Reads one file (JSON or YAML). */
export async function readDocument(path: string, io: CliIo): Promise<InputDocument> {
  const { name, text } = await readSource(path, io);
  return { name, data: await parseText(text, name) };
}

/**
 * Reads a file, every JSON/YAML/CSV/XLSX file of a directory (sorted, not recursive), or stdin.
 * A table gives one document per row, named by its sheet and row. Parse errors do not stop the
 * other files: they come back as `errors`.
 */
export async function readDocuments(
  path: string,
  io: CliIo,
): Promise<{ documents: InputDocument[]; errors: { name: string; error: unknown }[] }> {
  const documents: InputDocument[] = [];
  const errors: { name: string; error: unknown }[] = [];
  let paths = [path];
  if (path !== '-') {
    const full = resolve(io.cwd, path);
    const info = await stat(full).catch((error: unknown) => {
      throw new CliError(describeFsError(path, error));
    });
    if (info.isDirectory()) {
      const names = (await readdir(full))
        .filter((n) => EXTENSIONS.has(extname(n).toLowerCase()))
        .sort();
      if (names.length === 0)
        throw new CliError({
          id: `${path}: folder ini tidak berisi berkas .json, .yaml, .yml, .csv atau .xlsx.`,
          en: `${path}: the directory has no .json, .yaml, .yml, .csv or .xlsx files.`,
        });
      paths = names.map((n) => relative(io.cwd, join(full, n)) || n);
    }
  }
  if (path === '-') {
    // A table on stdin: sniffed from its header line (commas, semicolons or tabs; no `key:`).
    try {
      const text = stripBom(await readStdinText(io));
      const header = text.trimStart().split(/\r?\n/, 1)[0] ?? '';
      if (looksLikeCsvHeader(header)) {
        const table = parseCsv(text, '<stdin>');
        for (const row of table.rows)
          documents.push({ name: cellLocation(table, row.row), data: rowToDocument(row) });
      } else {
        if (text.trim() === '') throw new CliError(NOTHING_ON_STDIN);
        documents.push({ name: '<stdin>', data: await parseText(text, '<stdin>') });
      }
    } catch (error) {
      errors.push({ name: '<stdin>', error });
    }
    return { documents, errors };
  }
  for (const p of paths) {
    try {
      if (isTablePath(p)) {
        const table = await readTable(p, io);
        for (const row of table.rows)
          documents.push({ name: cellLocation(table, row.row), data: rowToDocument(row) });
        continue;
      }
      documents.push(await readDocument(p, io));
    } catch (error) {
      errors.push({ name: p, error });
    }
  }
  return { documents, errors };
}

/** All of standard input; a read failure (stdin closed, unreadable) is a usage error naming it. */
export async function readStdinText(io: CliIo): Promise<string> {
  try {
    return await io.readStdin();
  } catch (error) {
    if (error instanceof CliError) throw error;
    const why = describeFsError('', error);
    throw new CliError({
      id: `<stdin>: masukan standar tidak dapat dibaca (${why.id.slice(2)}).`,
      en: `<stdin>: cannot read standard input (${why.en.slice(2)}).`,
    });
  }
}

const NOTHING_ON_STDIN: LocalizedText = {
  id: '<stdin>: tidak ada yang terbaca dari masukan standar.',
  en: '<stdin>: nothing was read from standard input.',
};

/** `Title (file)` when a document has a string `title` (or `name`), else the file. */
export function documentLabel(doc: InputDocument): string {
  const data = doc.data as { title?: unknown; name?: unknown } | null;
  const title = typeof data?.title === 'string' ? data.title : data?.name;
  return typeof title === 'string' && title.trim() !== '' ? `${title} (${doc.name})` : doc.name;
}
