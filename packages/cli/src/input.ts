/**
 * Reading input documents: JSON or YAML, from a file, every file of a directory, or `-` (stdin);
 * or one document per row of a CSV or XLSX table. Every parse error names the file and the line
 * and column (the sheet, row and column for tables).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { cellLocation } from '@inovasi/core';
import { CliError } from './errors.js';
import type { CliIo } from './io.js';
import { isTablePath, parseCsv, readTable, rowToDocument } from './tabular.js';

/** One document read from the user. */
export interface InputDocument {
  /** What to call it in messages: the path as given, or `<stdin>`. */
  readonly name: string;
  readonly data: unknown;
}

const EXTENSIONS = new Set(['.json', '.yaml', '.yml', '.csv', '.tsv', '.xlsx']);

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text[i] === '\n') {
      line += 1;
      column = 1;
    } else column += 1;
  }
  return { line, column };
}

/** Parses JSON text; a syntax error becomes a one-line message with line and column. */
export function parseJsonText(text: string, name: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    const where = position ? lineColumn(text, Number(position[1])) : undefined;
    const reason = message
      .replace(/\s*in JSON at position \d+.*$/s, '')
      .replace(/^JSON\.parse: /, '');
    throw new CliError(
      where
        ? `${name}:${where.line}:${where.column}: invalid JSON: ${reason}`
        : `${name}: invalid JSON: ${reason}`,
    );
  }
}

/** Parses YAML text; errors carry line and column. */
export function parseYamlText(text: string, name: string): unknown {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter });
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0] ?? lineCounter.linePos(first.pos[0]);
    const where = `${name}:${pos.line}:${pos.col}`;
    throw new CliError(`${where}: invalid YAML: ${first.message.split('\n')[0] ?? first.code}`);
  }
  return doc.toJS({ maxAliasCount: 100 }) as unknown;
}

/** Parses a document by its file extension; stdin and unknown extensions are sniffed. */
export function parseText(text: string, name: string): unknown {
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
    const text = await io.readStdin();
    if (text.trim() === '') throw new CliError('<stdin>: nothing was read from standard input.');
    return { name: '<stdin>', text };
  }
  try {
    return { name: path, text: await readFile(resolve(io.cwd, path), 'utf8') };
  } catch (error) {
    throw new CliError(`${path}: ${describeFsError(error)}`);
  }
}

/** Reads one file (JSON or YAML). */
export async function readDocument(path: string, io: CliIo): Promise<InputDocument> {
  const { name, text } = await readSource(path, io);
  return { name, data: parseText(text, name) };
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
      throw new CliError(`${path}: ${describeFsError(error)}`);
    });
    if (info.isDirectory()) {
      const names = (await readdir(full))
        .filter((n) => EXTENSIONS.has(extname(n).toLowerCase()))
        .sort();
      if (names.length === 0)
        throw new CliError(
          `${path}: the directory has no .json, .yaml, .yml, .csv or .xlsx files.`,
        );
      paths = names.map((n) => relative(io.cwd, join(full, n)) || n);
    }
  }
  if (path === '-') {
    // A table on stdin: sniffed from its header line (commas, semicolons or tabs; no `key:`).
    try {
      const text = await io.readStdin();
      const header = text.trimStart().split(/\r?\n/, 1)[0] ?? '';
      if (
        /[,;\t]/.test(header) &&
        !/^[[{]/.test(header) &&
        !/:\s/.test(header) &&
        !header.endsWith(':')
      ) {
        const table = parseCsv(text, '<stdin>');
        for (const row of table.rows)
          documents.push({ name: cellLocation(table, row.row), data: rowToDocument(row) });
      } else {
        if (text.trim() === '')
          throw new CliError('<stdin>: nothing was read from standard input.');
        documents.push({ name: '<stdin>', data: parseText(text, '<stdin>') });
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

function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, expected a file';
  return error instanceof Error ? error.message : String(error);
}

/** `Title (file)` when a document has a string `title` (or `name`), else the file. */
export function documentLabel(doc: InputDocument): string {
  const data = doc.data as { title?: unknown; name?: unknown } | null;
  const title = typeof data?.title === 'string' ? data.title : data?.name;
  return typeof title === 'string' && title.trim() !== '' ? `${title} (${doc.name})` : doc.name;
}
