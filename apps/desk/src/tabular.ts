/**
 * The batch formats at the desk's boundary: CSV and XLSX with the columns `inovasi check` reads
 * (dotted names become nested fields, `name[]` columns are `;`-separated lists), and JSON
 * (`{ proposals: [...] }` or one proposal). `@inovasi/cli` does not export its table readers, so
 * this is the desk's own small reader of the same format.
 *
 * @module
 */
import readXlsxFile from 'read-excel-file/node';

/** One table: header and rows of cells. */
export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** Parses CSV (RFC 4180 quoting; `,` or `;` separator, detected from the header). */
export function parseCsv(text: string): Table {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.split(/\r?\n/, 1)[0] ?? '';
  const sep =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source.charAt(i);
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      row.push(cell);
      records.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    records.push(row);
  }
  const nonEmpty = records.filter((r) => r.some((c) => c.trim() !== ''));
  const [header = [], ...rows] = nonEmpty;
  return { header: header.map((h) => h.trim()), rows };
}

/** Reads the first sheet of an XLSX file. */
export async function parseXlsx(bytes: Buffer): Promise<Table> {
  const sheets = await readXlsxFile(bytes);
  const first = sheets[0]?.data ?? [];
  const cells = first.map((r) =>
    r.map((c) => (c === null ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c))),
  );
  const [header = [], ...rows] = cells;
  return { header: header.map((h) => h.trim()), rows };
}

const NUMERIC_LISTS = new Set(['sdgs']);

/** One row as a nested document: `agency.name` → `{ agency: { name } }`, `sdgs[]` → a list. */
export function rowToDocument(
  header: readonly string[],
  row: readonly string[],
): Record<string, unknown> {
  const doc: Record<string, unknown> = {};
  header.forEach((column, i) => {
    const raw = (row[i] ?? '').trim();
    if (raw === '' || column === '') return;
    const isList = column.endsWith('[]');
    const path = (isList ? column.slice(0, -2) : column).split('.');
    const leaf = path[path.length - 1] ?? column;
    let value: unknown = raw;
    if (isList) {
      const items = raw
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s !== '');
      value = NUMERIC_LISTS.has(leaf) ? items.map(Number) : items;
    } else if (raw === 'true' || raw === 'false') value = raw === 'true';
    let target = doc;
    for (const key of path.slice(0, -1)) {
      const next = target[key];
      if (typeof next === 'object' && next !== null) target = next as Record<string, unknown>;
      else {
        const created: Record<string, unknown> = {};
        target[key] = created;
        target = created;
      }
    }
    target[leaf] = value;
  });
  // awards[] in the CSV is a list of past results; an empty cell means "none"
  return doc;
}

/** The documents of a table. */
export function tableToDocuments(table: Table): Record<string, unknown>[] {
  return table.rows.map((r) => rowToDocument(table.header, r));
}

/** Quotes one CSV cell. */
function csvCell(value: unknown): string {
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : value === null || value === undefined
          ? ''
          : JSON.stringify(value);
  return /[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Renders rows as CSV (comma-separated, CRLF, a header row). */
export function renderCsv(
  header: readonly string[],
  rows: readonly (readonly unknown[])[],
): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
