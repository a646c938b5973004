/**
 * XLSX output: the same rows a command writes as CSV, as a workbook. Every cell is written as
 * text (a region id such as `73.71` stays text, never a number) and, as in the CSV writer, a
 * cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR) gets a leading `'`.
 * The header row is bold and stays in view.
 */
import type { Rows } from '../render/table.js';
import { neutraliseFormula } from './cell-safety.js';

/** One sheet of a workbook: its name and its rows (the first row is the header). */
export interface XlsxSheet {
  readonly name: string;
  readonly rows: Rows;
}

const FORBIDDEN_IN_NAME = /[[\]:*?/\\]/g;

/** A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, unique in the book. */
function sheetNames(sheets: readonly XlsxSheet[]): string[] {
  const seen = new Set<string>();
  return sheets.map((s, i) => {
    const base = s.name.replace(FORBIDDEN_IN_NAME, ' ').trim().slice(0, 31) || `Sheet${i + 1}`;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n += 1)
      name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/**
 * The workbook's bytes.
 *
 * @example
 * ```ts
 * const bytes = await renderXlsx([{ name: 'Temuan', rows: [['kode'], ['KIPP.AGE.MIN']] }]);
 * ```
 */
export async function renderXlsx(sheets: readonly XlsxSheet[]): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const names = sheetNames(sheets);
  const book = sheets.map((sheet, i) => ({
    sheet: names[i] ?? `Sheet${i + 1}`,
    stickyRowsCount: 1,
    data: sheet.rows.map((row, r) =>
      row.map((cell) =>
        cell === ''
          ? null
          : {
              type: String,
              value: neutraliseFormula(cell),
              ...(r === 0 ? { fontWeight: 'bold' as const } : {}),
            },
      ),
    ),
  }));
  return new Uint8Array(await writeXlsxFile(book).toBuffer());
}
