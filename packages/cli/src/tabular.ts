/**
 * Reading tables (CSV; XLSX where supported) into the core's neutral {@link Table}: how regional
 * data really arrives. Every error names the file, and the row and column where it can.
 */
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { Table, TableRow } from '@inovasi/core';
import { CliError } from './errors.js';
import type { CliIo } from './io.js';

/** Is this path a table file (by extension)? */
export function isTablePath(path: string): boolean {
  return ['.csv', '.tsv'].includes(extname(path).toLowerCase());
}

/**
 * Parses CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF; `;` or tab delimiters are
 * detected from the header, as Indonesian-locale spreadsheets export `;`). The first row is the
 * header; row numbers are 1-based file rows, so the first data row is row 2.
 */
export function parseCsv(text: string, source: string): Table {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [',', ';', '\t'].reduce(
    (best, d) => (count(firstLine, d) > count(firstLine, best) ? d : best),
    ',',
  );
  const records: { row: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let row = 1;
  let recordRow = 1;
  let i = 0;
  const endRecord = (): void => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) records.push({ row: recordRow, fields });
    fields = [];
    field = '';
  };
  while (i < body.length) {
    const ch = body.charAt(i);
    if (quoted) {
      if (ch === '"') {
        if (body[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === '\n') row += 1;
        field += ch;
      }
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i += 1;
      endRecord();
      row += 1;
      recordRow = row;
    } else field += ch;
    i += 1;
  }
  if (quoted) throw new CliError(`${source}: row ${recordRow}: a quoted field is not closed.`);
  if (field !== '' || fields.length > 0) endRecord();

  const [header, ...data] = records;
  if (!header) throw new CliError(`${source}: the file is empty; expected a header row.`);
  const columns = header.fields.map((c) => c.trim());
  const seen = new Set<string>();
  columns.forEach((c, index) => {
    if (c === '')
      throw new CliError(`${source}: row 1, column ${index + 1}: the header cell is empty.`);
    if (seen.has(c)) throw new CliError(`${source}: row 1: the column "${c}" appears twice.`);
    seen.add(c);
  });
  const rows: TableRow[] = data.map((record) => {
    if (record.fields.length > columns.length) {
      throw new CliError(
        `${source}: row ${record.row}: ${record.fields.length} cells, but the header has ${columns.length} columns.`,
      );
    }
    const cells: Record<string, string | null> = {};
    columns.forEach((c, index) => {
      const value = record.fields[index];
      cells[c] = value === undefined || value.trim() === '' ? null : value.trim();
    });
    return { row: record.row, cells };
  });
  return { source, columns, rows };
}

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

/** Reads a table file (CSV or TSV). */
export async function readTable(path: string, io: CliIo): Promise<Table> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, path), 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new CliError(
      `${path}: ${code === 'ENOENT' ? 'no such file or directory' : error instanceof Error ? error.message : String(error)}`,
    );
  }
  return parseCsv(text, path);
}
