/**
 * Turning the bytes of an input file into text: strict UTF-8 (an invalid byte is an error naming
 * the file and its byte offset, never a silent U+FFFD), and a leading byte-order mark accepted
 * and dropped in every format.
 *
 * @module
 */
import { CliError } from '../errors.js';

const BOM = '\uFEFF';

/**
 * The most a JSON document (a file, or standard input) may hold when it is read whole: past it,
 * memory would run out while parsing. Batches that large come as JSON Lines or CSV, which are
 * read as a stream.
 */
export const MAX_DOCUMENT_BYTES = 128 * 1024 * 1024;

/** The most a YAML document may hold (a YAML parse takes many times the text in memory). */
export const MAX_YAML_BYTES = 16 * 1024 * 1024;

/** The error for a document too large to read whole. */
export function tooLargeError(source: string, bytes: number, limit = MAX_DOCUMENT_BYTES): CliError {
  const mb = Math.ceil(bytes / 1024 / 1024);
  const max = limit / 1024 / 1024;
  return new CliError({
    id: `${source}: ${mb} MB atau lebih, terlalu besar untuk dibaca sebagai satu dokumen (paling banyak ${max} MB). Tulis proposal sebagai JSON Lines (.jsonl, satu per baris) atau CSV dan jalankan \`inovasi check --stream\`.`,
    en: `${source}: ${mb} MB or more, too large to read as one document (at most ${max} MB). Write the proposals as JSON Lines (.jsonl, one per line) or CSV and run \`inovasi check --stream\`.`,
  });
}

/** `text` without a leading byte-order mark. */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/**
 * The byte offset of the first byte that is not well-formed UTF-8 (overlong forms, surrogates
 * and code points above U+10FFFF included), or -1 when every byte is. `end` marks a chunk that is
 * not the last: a sequence cut by it is not an error.
 */
export function invalidUtf8Offset(bytes: Uint8Array, final = true): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = b === 0xe0 ? 0xa0 : 0x80;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = b === 0xf0 ? 0x90 : 0x80;
      if (b === 0xf4) max = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k += 1) {
      if (i + k >= n) return final ? i : -1;
      const c = bytes[i + k] ?? 0;
      if (k === 1 ? c < min || c > max : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** A decoder that refuses invalid UTF-8, naming the file and the byte offset. */
export function decodeUtf8(bytes: Uint8Array, source: string): string {
  try {
    return stripBom(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes));
  } catch {
    throw invalidUtf8Error(source, Math.max(0, invalidUtf8Offset(bytes)));
  }
}

/** The error for invalid UTF-8 at a byte offset. */
export function invalidUtf8Error(source: string, offset: number): CliError {
  return new CliError({
    id: `${source}: bita ${offset}: bukan teks UTF-8 yang sah. Simpan berkas sebagai UTF-8 (di lembar kerja: "CSV UTF-8").`,
    en: `${source}: byte ${offset}: not valid UTF-8 text. Save the file as UTF-8 (in a spreadsheet: "CSV UTF-8").`,
  });
}

/**
 * Decodes a stream of byte chunks as strict UTF-8, chunk by chunk (a character cut between two
 * chunks is joined), dropping a leading byte-order mark.
 */
export async function* decodeUtf8Stream(
  chunks: AsyncIterable<Uint8Array>,
  source: string,
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let offset = 0;
  let first = true;
  let tail: Uint8Array = new Uint8Array(0);
  for await (const chunk of chunks) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      const joined = new Uint8Array(tail.length + chunk.length);
      joined.set(tail);
      joined.set(chunk, tail.length);
      throw invalidUtf8Error(source, offset - tail.length + Math.max(0, invalidUtf8Offset(joined)));
    }
    // the last three bytes, to place an error in a character cut by the next chunk
    tail = chunk.subarray(Math.max(0, chunk.length - 3));
    offset += chunk.length;
    if (first && text !== '') {
      text = stripBom(text);
      first = false;
    }
    if (text !== '') yield text;
  }
  try {
    const rest = decoder.decode();
    if (rest !== '') yield first ? stripBom(rest) : rest;
  } catch {
    throw invalidUtf8Error(source, Math.max(0, offset - tail.length));
  }
}
