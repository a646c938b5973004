/**
 * A CSV reader (RFC 4180: quoted fields, doubled quotes, CRLF, LF or CR line ends) that takes its
 * text in chunks and hands back whole records as they complete, so a file of any length is read
 * in flat memory. Fields are cut from the text as slices, never grown one character at a time.
 *
 * The delimiter is `,`, `;` or tab, whichever the header line holds most of (spreadsheets in the
 * Indonesian locale export `;`). Row numbers are 1-based file rows: a record starts on the row
 * after the line ends (quoted line breaks included) before it. Blank lines are skipped.
 *
 * @module
 */
import { CliError } from '../errors.js';

/** One record: its first file row and its fields as written (not trimmed). */
export interface CsvRecord {
  readonly row: number;
  readonly fields: string[];
}

/** The longest record read (a quoted field that never closes should not fill memory). */
export const MAX_RECORD_CHARS = 16 * 1024 * 1024;

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** The delimiter of a header line: `,`, `;` or tab, whichever it holds most of. */
export function detectDelimiter(headerLine: string): string {
  let best = ',';
  let bestCount = -1;
  for (const d of [',', ';', '\t']) {
    const n = headerLine.split(d).length - 1;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n += 1;
  // a lone CR also ends a line
  for (let i = text.indexOf('\r', from); i !== -1 && i < to; i = text.indexOf('\r', i + 1))
    if (text.charCodeAt(i + 1) !== LF) n += 1;
  return n;
}

/** Reads CSV text chunk by chunk: `push` returns the records completed so far, `end` the rest. */
export class CsvReader {
  readonly #source: string;
  #delimiter: number | undefined;
  #buffer = '';
  #row = 1;

  /** @param source the file, for error messages */
  constructor(source: string, delimiter?: string) {
    this.#source = source;
    this.#delimiter = delimiter?.charCodeAt(0);
  }

  /** The delimiter, once the header line has been seen. */
  get delimiter(): string | undefined {
    return this.#delimiter === undefined ? undefined : String.fromCharCode(this.#delimiter);
  }

  /** Adds text; returns the records it completed. */
  push(text: string): CsvRecord[] {
    this.#buffer = this.#buffer === '' ? text : this.#buffer + text;
    return this.#drain(false);
  }

  /** Ends the text; returns the last records. Throws when a quoted field is not closed. */
  end(): CsvRecord[] {
    return this.#drain(true);
  }

  #drain(final: boolean): CsvRecord[] {
    const text = this.#buffer;
    if (this.#delimiter === undefined) {
      const eol = text.search(/[\r\n]/);
      if (eol === -1 && !final) return this.#guard([]);
      this.#delimiter = detectDelimiter(eol === -1 ? text : text.slice(0, eol)).charCodeAt(0);
    }
    const records: CsvRecord[] = [];
    let pos = 0;
    for (;;) {
      const read = this.#record(text, pos, final);
      if (read === undefined) break;
      const row = this.#row;
      this.#row += read.lines;
      if (!(read.fields.length === 1 && read.fields[0] === ''))
        records.push({ row, fields: read.fields });
      pos = read.next;
      if (pos >= text.length) break;
    }
    this.#buffer = pos >= text.length ? '' : text.slice(pos);
    if (final && this.#buffer !== '') this.#buffer = '';
    return this.#guard(records);
  }

  #guard(records: CsvRecord[]): CsvRecord[] {
    if (this.#buffer.length > MAX_RECORD_CHARS) {
      throw new CliError({
        id: `${this.#source}: baris ${this.#row}: satu rekaman lebih panjang dari ${MAX_RECORD_CHARS} karakter (ada kolom bertanda kutip yang tidak ditutup?).`,
        en: `${this.#source}: row ${this.#row}: one record is longer than ${MAX_RECORD_CHARS} characters (a quoted field that is not closed?).`,
      });
    }
    return records;
  }

  /**
   * One record from `pos`, or undefined when the text ends before the record does (and more may
   * come). `lines` counts the file rows it spans, its line end included.
   */
  #record(
    text: string,
    pos: number,
    final: boolean,
  ): { fields: string[]; next: number; lines: number } | undefined {
    const delimiter = this.#delimiter ?? 44;
    const n = text.length;
    if (pos >= n) return undefined;
    const fields: string[] = [];
    let i = pos;
    for (;;) {
      let field = '';
      if (text.charCodeAt(i) === QUOTE) {
        let from = i + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q === -1 || (q + 1 >= n && !final)) {
            if (!final) return undefined;
            throw new CliError({
              id: `${this.#source}: baris ${this.#row}: kolom bertanda kutip tidak ditutup.`,
              en: `${this.#source}: row ${this.#row}: a quoted field is not closed.`,
            });
          }
          if (text.charCodeAt(q + 1) === QUOTE) {
            field += text.slice(from, q + 1);
            from = q + 2;
            continue;
          }
          field += text.slice(from, q);
          i = q + 1;
          break;
        }
      }
      // the rest of the field, up to a delimiter or a line end (text after a closing quote is kept)
      const start = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === delimiter || c === LF || c === CR) break;
        i += 1;
      }
      if (i > start) field += text.slice(start, i);
      fields.push(field);
      if (i >= n) {
        if (!final) return undefined;
        return { fields, next: n, lines: countNewlines(text, pos, n) };
      }
      const c = text.charCodeAt(i);
      if (c === delimiter) {
        i += 1;
        if (i >= n && !final) return undefined;
        continue;
      }
      if (c === CR) {
        if (i + 1 >= n && !final) return undefined;
        if (text.charCodeAt(i + 1) === LF) i += 1;
      }
      return { fields, next: i + 1, lines: countNewlines(text, pos, i + 1) };
    }
  }
}

/** Every record of a whole CSV text. */
export function readCsvRecords(text: string, source: string): CsvRecord[] {
  const reader = new CsvReader(source);
  const records = reader.push(text);
  for (const r of reader.end()) records.push(r);
  return records;
}
