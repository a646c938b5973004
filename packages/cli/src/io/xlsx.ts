/**
 * XLSX output: the same rows a command writes as CSV, as a workbook, written row by row as they
 * come (a national batch of 100,000 proposals is 1.3 million rows: they never sit in memory).
 * Every cell is an inline string (`t="inlineStr"`), so a region id such as `73.71` stays text,
 * never a number; as in the CSV writer, a cell that a spreadsheet would run as a formula (`=`,
 * `+`, `-`, `@`, tab, CR) gets a leading `'`. The header row is bold and stays in view (a frozen
 * pane). Text is XML-escaped; the control characters XML 1.0 forbids (and a carriage return,
 * which XML would turn into a line feed) are written as the `_xHHHH_` escapes of ECMA-376
 * (§22.9.2.19), which spreadsheets read back as the character, and a `_xHHHH_` already in the
 * text is escaped so that it reads back as itself; a lone UTF-16 surrogate becomes U+FFFD.
 *
 * Excel's limits are kept, so every sheet opens: a sheet holds at most {@link XLSX_MAX_ROWS}
 * rows — past that the rows go on in a new sheet, `<name> 2`, with the header again, so no row is
 * lost; a cell holds at most {@link XLSX_MAX_CELL} characters — a longer text is cut there and
 * ends with `…` (the CSV has it whole); a row of more than {@link XLSX_MAX_COLUMNS} cells is
 * refused.
 *
 * @module
 */
import { CliError } from '../errors.js';
import type { Rows } from '../render/table.js';
import { neutraliseFormula } from './cell-safety.js';
import { createZipWriter, type ByteWrite, type ZipEntryWriter } from './zip-writer.js';

/** One sheet of a workbook: its name and its rows (the first row is the header). */
export interface XlsxSheet {
  readonly name: string;
  readonly rows: Rows;
}

/** Excel's rows per sheet, the header included. */
export const XLSX_MAX_ROWS = 1_048_576;
/** Excel's columns per sheet (A to XFD). */
export const XLSX_MAX_COLUMNS = 16_384;
/** Excel's characters in one cell. */
export const XLSX_MAX_CELL = 32_767;
/** Excel's characters in a sheet name. */
const MAX_SHEET_NAME = 31;
/** XML gathered before it is compressed and written. */
const CHUNK = 1 << 16;

/** A workbook being written, one sheet and one row at a time. */
export interface XlsxWriter {
  /** Starts a sheet whose first row is `header` (bold and frozen; none if empty). */
  sheet(name: string, header: readonly string[]): Promise<void>;
  /** Adds a row to the current sheet; at {@link XLSX_MAX_ROWS} it goes on in a new sheet. */
  row(cells: readonly string[]): Promise<void>;
  /** Ends the last sheet and writes the parts that name the sheets; the workbook is complete. */
  close(): Promise<void>;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const STYLES =
  `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill>' +
  '<fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

const ROOT_RELS =
  `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
  `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
  '</Relationships>';

/** Text that needs escaping: markup, a forbidden character, a surrogate, or `_xHHHH_`. */
/* eslint-disable no-control-regex -- finding the control characters XML 1.0 forbids is the point */
const NEEDS_ESCAPE = /[&<>\0-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]|_x[0-9a-f]{4}_/i;
const ESCAPED =
  /[&<>]|[\0-\x08\x0b-\x1f\ufffe\uffff]|_(?=x[0-9a-f]{4}_)|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gi;
/* eslint-enable no-control-regex */
const MARKUP: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/** `c` as an ST_Xstring escape: `_x000D_`. */
function hexEscape(c: string): string {
  return `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
}

/**
 * Cell text as XML that reads back as the text itself.
 *
 * @example
 * ```ts
 * escapeCellText('a<b\r'); // 'a&lt;b_x000D_'
 * ```
 */
export function escapeCellText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(ESCAPED, (c) => {
    const markup = MARKUP[c];
    if (markup !== undefined) return markup;
    if (c >= '\ud800' && c <= '\udfff') return '\ufffd';
    return hexEscape(c);
  });
}

/** A sheet name as an XML attribute (its forbidden characters are gone already). */
function escapeAttribute(text: string): string {
  return text.replace(/[&<>"]/g, (c) => MARKUP[c] ?? c);
}

/** The cell as the workbook holds it: formula neutralised, cut at {@link XLSX_MAX_CELL}. */
function cellText(cell: string): string {
  const text = neutraliseFormula(cell);
  if (text.length <= XLSX_MAX_CELL) return text;
  let end = XLSX_MAX_CELL - 1;
  // never cut a surrogate pair in half
  if (/[\ud800-\udbff]/.test(text.charAt(end - 1))) end -= 1;
  return `${text.slice(0, end)}…`;
}

const columnNames: string[] = [];

/** The column's letters (0 → A, 26 → AA). */
function columnName(index: number): string {
  const known = columnNames[index];
  if (known !== undefined) return known;
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  columnNames[index] = name;
  return name;
}

/** A row's XML; `style` 1 is the bold header. */
function rowXml(cells: readonly string[], r: number, style: string): string {
  if (cells.length > XLSX_MAX_COLUMNS)
    throw new CliError({
      id: `baris ${r} punya ${cells.length} kolom; XLSX menampung paling banyak ${XLSX_MAX_COLUMNS}: pakai --format csv.`,
      en: `row ${r} has ${cells.length} columns; XLSX holds at most ${XLSX_MAX_COLUMNS}: use --format csv.`,
    });
  let xml = `<row r="${r}">`;
  for (let i = 0; i < cells.length; i += 1) {
    const cell = cells[i] ?? '';
    if (cell === '') continue;
    const text = escapeCellText(cellText(cell));
    const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
    xml += `<c r="${columnName(i)}${r}"${style} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
  }
  return `${xml}</row>`;
}

const FORBIDDEN_IN_NAME =
  // eslint-disable-next-line no-control-regex -- a sheet name must not hold a control character
  /[[\]:*?/\\\0-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Hands out sheet names Excel accepts: at most 31 characters, none of `[]:*?/\`, unique. */
function createSheetNames(): (wanted: string, part?: number) => string {
  const seen = new Set<string>();
  let count = 0;
  return (wanted, part = 1) => {
    count += 1;
    const clean = wanted
      .replace(FORBIDDEN_IN_NAME, ' ')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, MAX_SHEET_NAME)
      .trim();
    const base = clean === '' ? `Sheet${count}` : clean;
    const numbered = (n: number): string =>
      n === 1 ? base : `${base.slice(0, MAX_SHEET_NAME - String(n).length - 1).trimEnd()} ${n}`;
    let n = part;
    while (seen.has(numbered(n).toLowerCase())) n += 1;
    const name = numbered(n);
    seen.add(name.toLowerCase());
    return name;
  };
}

/**
 * Opens a workbook that writes its bytes to `write` as its rows come. `maxRows` is the rows per
 * sheet ({@link XLSX_MAX_ROWS}; smaller only in tests).
 *
 * @example
 * ```ts
 * const book = createXlsxWriter(async (bytes) => void file.write(bytes));
 * await book.sheet('Temuan', ['kode']);
 * await book.row(['KIPP.AGE.MIN']);
 * await book.close();
 * ```
 */
export function createXlsxWriter(
  write: ByteWrite,
  options: { maxRows?: number; zipLimit?: number } = {},
): XlsxWriter {
  const maxRows = options.maxRows ?? XLSX_MAX_ROWS;
  if (!Number.isInteger(maxRows) || maxRows < 2)
    throw new Error(`xlsx: maxRows must be an integer of at least 2, not ${maxRows}`);
  const zip = createZipWriter(
    write,
    options.zipLimit === undefined ? {} : { limit: options.zipLimit },
  );
  const nameSheet = createSheetNames();
  const names: string[] = [];
  let entry: ZipEntryWriter | undefined;
  let pending: string[] = [];
  let size = 0;
  let rows = 0;
  let part = 1;
  let wanted = '';
  let header: readonly string[] = [];

  const flush = async (): Promise<void> => {
    if (entry === undefined || size === 0) return;
    const bytes = Buffer.from(pending.join(''), 'utf8');
    pending = [];
    size = 0;
    await entry.write(bytes);
  };
  const add = async (xml: string): Promise<void> => {
    pending.push(xml);
    size += xml.length;
    if (size >= CHUNK) await flush();
  };
  const endSheet = async (): Promise<void> => {
    if (entry === undefined) return;
    await add('</sheetData></worksheet>');
    await flush();
    await entry.end();
    entry = undefined;
  };
  const startSheet = async (): Promise<void> => {
    await endSheet();
    names.push(nameSheet(wanted, part));
    entry = zip.entry(`xl/worksheets/sheet${names.length}.xml`);
    rows = 0;
    const pane =
      header.length === 0
        ? ''
        : '<sheetViews><sheetView workbookViewId="0">' +
          '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
          '<selection pane="bottomLeft"/></sheetView></sheetViews>';
    await add(`${XML_HEAD}<worksheet xmlns="${MAIN_NS}">${pane}<sheetData>`);
    if (header.length > 0) {
      rows = 1;
      await add(rowXml(header, 1, ' s="1"'));
    }
  };
  const part2 = async (name: string, xml: string): Promise<void> => {
    const e = zip.entry(name);
    await e.write(Buffer.from(xml, 'utf8'));
    await e.end();
  };

  return {
    async sheet(name, head) {
      wanted = name;
      header = head;
      part = 1;
      await startSheet();
    },
    async row(cells) {
      if (entry === undefined) throw new Error('xlsx: a row before any sheet');
      if (rows >= maxRows) {
        part += 1;
        await startSheet();
      }
      rows += 1;
      await add(rowXml(cells, rows, ''));
    },
    async close() {
      await endSheet();
      if (names.length === 0) throw new Error('xlsx: a workbook needs a sheet');
      const sheets = names
        .map(
          (n, i) => `<sheet name="${escapeAttribute(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
        )
        .join('');
      await part2(
        'xl/workbook.xml',
        `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${sheets}</sheets></workbook>`,
      );
      const sheetRels = names
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('');
      await part2(
        'xl/_rels/workbook.xml.rels',
        `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${sheetRels}` +
          `<Relationship Id="rId${names.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>` +
          '</Relationships>',
      );
      await part2('xl/styles.xml', STYLES);
      await part2('_rels/.rels', ROOT_RELS);
      const overrides = names
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join('');
      await part2(
        '[Content_Types].xml',
        `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
          `${overrides}</Types>`,
      );
      await zip.close();
    },
  };
}

/**
 * Writes whole sheets (each one's first row is its header) as one workbook to `write`.
 *
 * @example
 * ```ts
 * await writeXlsx(async (bytes) => void chunks.push(bytes), [
 *   { name: 'Temuan', rows: [['kode'], ['KIPP.AGE.MIN']] },
 * ]);
 * ```
 */
export async function writeXlsx(write: ByteWrite, sheets: readonly XlsxSheet[]): Promise<void> {
  const book = createXlsxWriter(write);
  for (const sheet of sheets) {
    await book.sheet(sheet.name, sheet.rows[0] ?? []);
    for (let r = 1; r < sheet.rows.length; r += 1) await book.row(sheet.rows[r] ?? []);
  }
  await book.close();
}

/**
 * The workbook's bytes, whole (for small workbooks and tests; commands write as they go).
 *
 * @example
 * ```ts
 * const bytes = await renderXlsx([{ name: 'Temuan', rows: [['kode'], ['KIPP.AGE.MIN']] }]);
 * ```
 */
export async function renderXlsx(sheets: readonly XlsxSheet[]): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await writeXlsx((bytes) => {
    chunks.push(bytes);
    return Promise.resolve();
  }, sheets);
  return new Uint8Array(Buffer.concat(chunks));
}
