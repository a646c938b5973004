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
  /** Number of letters and digits (with `words`, a cheap first test of whether two texts are equal). */
  readonly alnum: number;
}

const OTHER = 0;
const SPACE = 1;
const ALNUM = 2;

let classes: Uint8Array | undefined;

/** The class of every UTF-16 code unit, built once on first use. */
function characterClasses(): Uint8Array {
  if (classes) return classes;
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c += 1) {
    if (
      c <= 32 ||
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
    )
      table[c] = SPACE;
    else if (c < 128)
      table[c] =
        (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? ALNUM : OTHER;
    else if (c >= 0xd800 && c <= 0xdfff) table[c] = OTHER;
    else table[c] = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? ALNUM : OTHER;
  }
  classes = table;
  return table;
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
 * Counts words and letters in one pass, with a lookup table per character.
 *
 * @example
 * ```ts
 * analyzeText('Anak-anak sekolah membayar Rp10.000 — lihat https://contoh.go.id/a?b=1').words; // 6
 * ```
 */
export function analyzeText(text: string): TextStats {
  const table = characterClasses();
  let words = 0;
  let alnum = 0;
  let tokenHasAlnum = false;
  const n = text.length;
  for (let i = 0; i < n; i += 1) {
    const c = text.charCodeAt(i);
    const k = table[c];
    if (k === SPACE) {
      if (tokenHasAlnum) words += 1;
      tokenHasAlnum = false;
    } else if (k === OTHER) {
      if (c === 60 /* < */) {
        const end = tagEnd(text, i);
        if (end !== -1) {
          i = end;
          if (tokenHasAlnum) words += 1;
          tokenHasAlnum = false;
        }
      }
    } else {
      tokenHasAlnum = true;
      alnum += 1;
    }
  }
  if (tokenHasAlnum) words += 1;
  return { words, alnum };
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
