/**
 * Reading tables (CSV; XLSX where supported) into the core's neutral {@link Table}: how regional
 * data really arrives. Every error names the file, and the row and column where it can.
 */
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { Cell, Table, TableRow } from '@inovasi/core';
import { CliError } from './errors.js';
import { describeFsError } from './io/fs-errors.js';
import type { CliIo } from './io.js';
import { readCsvRecords, type CsvRecord } from './io/csv.js';
import { decodeUtf8, stripBom } from './io/decode.js';
import { assertSafeColumn, FORBIDDEN_KEYS } from './io/keys.js';

/** Is this path a table file (by extension): CSV, TSV or XLSX? */
export function isTablePath(path: string): boolean {
  return ['.csv', '.tsv', '.xlsx'].includes(extname(path).toLowerCase());
}

/** Does this first line of a text look like a CSV header (commas, semicolons or tabs; no `key:`)? */
export function looksLikeCsvHeader(line: string): boolean {
  return /[,;\t]/.test(line) && !/^[[{]/.test(line) && !/:\s/.test(line) && !line.endsWith(':');
}

/**
 * Parses CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF; `;` or tab delimiters are
 * detected from the header, as Indonesian-locale spreadsheets export `;`). The first row is the
 * header; row numbers are 1-based file rows, so the first data row is row 2.
 */
export function parseCsv(text: string, source: string): Table {
  return tableFromRecords(readCsvRecords(stripBom(text), source), source);
}

/**
 * A table from CSV records: the first is the header (every cell named, no name twice, no
 * `__proto__`/`constructor`/`prototype`), the rest the rows; a table without rows is an error.
 */
export function tableFromRecords(records: readonly CsvRecord[], source: string): Table {
  const [header, ...data] = records;
  const columns = csvColumns(header, source);
  if (data.length === 0)
    throw new CliError({
      id: `${source}: berkas punya baris judul kolom tetapi tidak ada baris data.`,
      en: `${source}: the file has a header row but no data rows.`,
    });
  return { source, columns, rows: data.map((record) => csvRow(record, columns, source)) };
}

/** The columns of a CSV header record, checked (see {@link tableFromRecords}). */
export function csvColumns(header: CsvRecord | undefined, source: string): string[] {
  if (!header)
    throw new CliError({
      id: `${source}: berkas kosong; seharusnya ada baris judul kolom.`,
      en: `${source}: the file is empty; expected a header row.`,
    });
  const columns = header.fields.map((c) => c.trim());
  checkColumns(columns, source);
  return columns;
}

/** One CSV data record as a table row, its cells trimmed and empty cells `null`. */
export function csvRow(record: CsvRecord, columns: readonly string[], source: string): TableRow {
  if (record.fields.length > columns.length) {
    throw new CliError({
      id: `${source}: baris ${record.row}: ${record.fields.length} sel, padahal judul kolom punya ${columns.length} kolom.`,
      en: `${source}: row ${record.row}: ${record.fields.length} cells, but the header has ${columns.length} columns.`,
    });
  }
  const cells: Record<string, string | null> = {};
  columns.forEach((c, index) => {
    const value = record.fields[index]?.trim();
    cells[c] = value === undefined || value === '' ? null : value;
  });
  return { row: record.row, cells };
}

function checkColumns(columns: readonly string[], where: string): void {
  const seen = new Set<string>();
  columns.forEach((c, index) => {
    if (c === '')
      throw new CliError({
        id: `${where}: baris 1, kolom ${index + 1}: sel judul kolom kosong.`,
        en: `${where}: row 1, column ${index + 1}: the header cell is empty.`,
      });
    if (seen.has(c))
      throw new CliError({
        id: `${where}: baris 1: kolom "${c}" muncul dua kali.`,
        en: `${where}: row 1: the column "${c}" appears twice.`,
      });
    assertSafeColumn(c, where, index);
    seen.add(c);
  });
}

/** Reads a table file: CSV or TSV, or one sheet of an XLSX workbook (the first by default). */
export async function readTable(
  path: string,
  io: CliIo,
  options: { readonly sheet?: string } = {},
): Promise<Table> {
  let bytes: Buffer;
  try {
    bytes = await readFile(resolve(io.cwd, path));
  } catch (error) {
    throw new CliError(describeFsError(path, error));
  }
  if (extname(path).toLowerCase() === '.xlsx') return parseXlsx(bytes, path, options.sheet);
  return parseCsv(decodeUtf8(bytes, path), path);
}

type XlsxCell = string | number | boolean | Date | null;

/**
 * Reads one sheet of an XLSX workbook (read-excel-file, loaded only when a workbook is read).
 * Date cells become `YYYY-MM-DD`. Row numbers are the sheet's own, so the first data row is 2.
 */
export async function parseXlsx(bytes: Buffer, source: string, sheet?: string): Promise<Table> {
  // loaded only for a workbook: the guard brings node:zlib, which a JSON or CSV check never needs
  const { assertWorkbookSize } = await import('./io/zip-guard.js');
  await assertWorkbookSize(bytes, source);
  const { default: readXlsx } = await import('read-excel-file/node');
  let sheets: { sheet: string; data: XlsxCell[][] }[];
  try {
    sheets = (await readXlsx(bytes)) as { sheet: string; data: XlsxCell[][] }[];
  } catch (error) {
    throw new CliError({
      id: `${source}: bukan buku kerja XLSX yang dapat dibaca.`,
      en: `${source}: not a readable XLSX workbook (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`,
    });
  }
  const chosen = sheet === undefined ? sheets[0] : sheets.find((s) => s.sheet === sheet);
  if (!chosen) {
    throw new CliError({
      id: `${source}: tidak ada sheet bernama "${sheet ?? ''}". Sheet yang ada: ${sheets.map((s) => s.sheet).join(', ')}.`,
      en: `${source}: no sheet named "${sheet ?? ''}". Sheets: ${sheets.map((s) => s.sheet).join(', ')}.`,
    });
  }
  const where = `${source}, sheet ${chosen.sheet}`;
  const [header, ...data] = chosen.data;
  if (!header)
    throw new CliError({
      id: `${where}: sheet kosong; seharusnya ada baris judul kolom.`,
      en: `${where}: the sheet is empty; expected a header row.`,
    });
  const columns = header.map((c) => (c === null ? '' : cellText(c)).trim());
  checkColumns(columns, where);
  const rows: TableRow[] = [];
  data.forEach((cellsOfRow, index) => {
    if (cellsOfRow.every((c) => c === null || (typeof c === 'string' && c.trim() === ''))) return;
    const cells: Record<string, Cell> = {};
    columns.forEach((c, i) => {
      const value = cellsOfRow[i] ?? null;
      cells[c] =
        value === null || (typeof value === 'string' && value.trim() === '')
          ? null
          : value instanceof Date
            ? value.toISOString().slice(0, 10)
            : typeof value === 'string'
              ? value.trim()
              : value;
    });
    rows.push({ row: index + 2, cells });
  });
  if (rows.length === 0)
    throw new CliError({
      id: `${where}: sheet punya baris judul kolom tetapi tidak ada baris data.`,
      en: `${where}: the sheet has a header row but no data rows.`,
    });
  return { source, sheet: chosen.sheet, columns, rows };
}

function cellText(value: Exclude<XlsxCell, null>): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

/**
 * One table row as a document: columns are field paths (`agency.name` becomes
 * `{ agency: { name } }`), empty cells are left out, and in CSV `true`/`false` become booleans
 * and plain numbers (no leading zero) become numbers. A column named `sdgs[]` holds a list
 * (`3;11` becomes `[3, 11]`; an empty cell, `[]`).
 */
export function rowToDocument(row: TableRow): Record<string, unknown> {
  const doc: Record<string, unknown> = {};
  for (const [name, cell] of Object.entries(row.cells)) {
    // `sdgs[]`: a list, its items separated by `;`, `,` or `|`; an empty cell is an empty list.
    const list = name.endsWith('[]');
    const column = list ? name.slice(0, -2) : name;
    if (cell === null && !list) continue;
    const keys = column.split('.');
    // a header is checked when read; a row built elsewhere is checked here
    if (keys.some((key) => FORBIDDEN_KEYS.has(key)))
      throw new CliError({
        id: `kolom "${name}": isian tidak boleh bernama __proto__, constructor atau prototype.`,
        en: `column "${name}": a field cannot be named __proto__, constructor or prototype.`,
      });
    let target = doc;
    for (const key of keys.slice(0, -1)) {
      const next = target[key];
      if (typeof next === 'object' && next !== null) target = next as Record<string, unknown>;
      else {
        const created: Record<string, unknown> = {};
        target[key] = created;
        target = created;
      }
    }
    target[keys.at(-1) ?? column] = list
      ? String(cell ?? '')
          .split(/[;,|]/)
          .map((item) => item.trim())
          .filter((item) => item !== '')
          .map(typedText)
      : typeof cell === 'string'
        ? typedText(cell)
        : cell;
  }
  return doc;
}

function typedText(text: string): string | number | boolean {
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (/^-?(0|[1-9]\d*)(\.\d+)?$/.test(text)) return Number(text);
  return text;
}
