/**
 * Tabular input as the core sees it: a sheet of rows with named columns, wherever it came from
 * (CSV, XLSX, a JSON array). Adapters read the file; engines convert rows to their formats and
 * name the sheet, row and column in every finding, so one bad row never loses the others.
 *
 * @module
 */

/** A cell value as read from a spreadsheet or CSV. */
export type Cell = string | number | boolean | null;

/** One data row: its 1-based row number in the source (the header is row 1 in a CSV), and its cells by column name. */
export interface TableRow {
  readonly row: number;
  readonly cells: Readonly<Record<string, Cell>>;
}

/** A table read from a file. */
export interface Table {
  /** The file name, for messages. */
  readonly source: string;
  /** The sheet name (XLSX), when there is one. */
  readonly sheet?: string;
  /** Column names in file order (the header row). */
  readonly columns: readonly string[];
  readonly rows: readonly TableRow[];
}

/**
 * Where a cell is, for messages: `data.xlsx, sheet Skor, row 12, column nilai`.
 *
 * @example
 * ```ts
 * cellLocation({ source: 'skor.csv', columns: [], rows: [] }, 12, 'nilai'); // 'skor.csv, row 12, column nilai'
 * ```
 */
export function cellLocation(
  table: Pick<Table, 'source' | 'sheet'>,
  row: number,
  column?: string,
): string {
  return `${table.source}${table.sheet !== undefined ? `, sheet ${table.sheet}` : ''}, row ${row}${column !== undefined ? `, column ${column}` : ''}`;
}
