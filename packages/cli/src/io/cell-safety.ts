/**
 * Spreadsheet formula injection (CSV injection): a cell that starts with `=`, `+`, `-`, `@`, a
 * tab or a carriage return is read by Excel, LibreOffice and Google Sheets as a formula, so a
 * proposal titled `=HYPERLINK("http://…")` would run when the CSV is opened. Following the OWASP
 * guidance, such a cell is written with a leading `'`, which spreadsheets show as text. Plain
 * numbers (`-12`, `+3.5`) are left as they are: they are not formulas.
 *
 * @module
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

/**
 * The cell as a spreadsheet will read it as text.
 *
 * @example
 * ```ts
 * neutraliseFormula('=1+1'); // "'=1+1"
 * neutraliseFormula('-5'); // '-5'
 * ```
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}
