/**
 * Word counting that suits Indonesian proposals, in one pass over the text and without building
 * intermediate arrays (it runs on every section of every proposal):
 *
 * - words are runs of characters between white space that hold at least one letter or digit, so
 *   a lone dash, bullet or slash is not a word;
 * - reduplication (`anak-anak`, `sayur-mayur`) and hyphenated compounds are one word;
 * - numbers are one word however they are written (`1.234,5`, `Rp10.000`, `25%`, `2021/2022`);
 * - a URL or an e-mail address is one word;
 * - HTML tags from rich-text editors (`<p>`, `<br/>`) are not words, and separate words.
 *
 * @module
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** What one pass over a text yields. */
export interface TextStats {
  /** Number of words. */
  readonly words: number;
  /** A 32-bit fingerprint of the letters and digits, lower-cased (spacing and punctuation ignored). */
  readonly fingerprint: number;
  /** Number of letters and digits. */
  readonly alnum: number;
}

function isSpace(c: number): boolean {
  if (c <= 32) return true;
  if (c < 0x85) return false;
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The end (index of `>`) of an HTML tag starting at `i`, or -1 when `<` is plain text. */
function tagEnd(text: string, i: number): number {
  const next = text.charCodeAt(i + 1);
  const opens =
    next === 47 /* / */ ||
    next === 33 /* ! */ ||
    (next >= 65 && next <= 90) ||
    (next >= 97 && next <= 122);
  if (!opens) return -1;
  const end = text.indexOf('>', i + 2);
  return end === -1 || end - i > 500 ? -1 : end;
}

/**
 * Counts words and takes a fingerprint of a text in one pass.
 *
 * @example
 * ```ts
 * analyzeText('Anak-anak sekolah membayar Rp10.000 — lihat https://contoh.go.id/a?b=1').words; // 6
 * ```
 */
export function analyzeText(text: string): TextStats {
  let words = 0;
  let alnum = 0;
  let inToken = false;
  let tokenHasAlnum = false;
  let hash = 0x811c9dc5;
  const n = text.length;
  for (let i = 0; i < n; i += 1) {
    let c = text.charCodeAt(i);
    if (c === 60 /* < */) {
      const end = tagEnd(text, i);
      if (end !== -1) {
        i = end;
        c = 32;
      }
    }
    if (isSpace(c)) {
      if (inToken && tokenHasAlnum) words += 1;
      inToken = false;
      tokenHasAlnum = false;
      continue;
    }
    inToken = true;
    let isAlnum: boolean;
    if (c < 128) {
      if (c >= 65 && c <= 90) {
        c += 32;
        isAlnum = true;
      } else isAlnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    } else {
      isAlnum = LETTER_OR_DIGIT.test(String.fromCharCode(c));
      if (isAlnum) c = String.fromCharCode(c).toLowerCase().charCodeAt(0);
    }
    if (isAlnum) {
      tokenHasAlnum = true;
      alnum += 1;
      hash = Math.imul(hash ^ c, 0x01000193);
    }
  }
  if (inToken && tokenHasAlnum) words += 1;
  return { words, fingerprint: hash >>> 0, alnum };
}

/**
 * Counts words the way {@link analyzeText} does.
 *
 * @example
 * ```ts
 * countWords('Pelayanan anak-anak di 1.234 desa'); // 5
 * ```
 */
export function countWords(text: string): number {
  return analyzeText(text).words;
}

/** The letters and digits of a text, lower-cased, words separated by one space (for comparisons). */
export function normalizeText(text: string): string {
  return text
    .replace(/<[^>]{0,500}>/g, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
