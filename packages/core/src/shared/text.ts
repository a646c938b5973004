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
import { ALNUM_RANGES } from './character-classes.js';
import { createWasmCounter, type WasmCounter } from './text-wasm.js';

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
/** `<`, which may open an HTML tag. */
const LT = 4;

let classes: Uint8Array | undefined;

/**
 * The class of every UTF-16 code unit, built once on first use: the white space below, ASCII
 * letters and digits, and the letters and digits above U+007F from the ranges generated at build
 * time (`character-classes.ts`; testing 65,000 characters against a Unicode regex here cost a
 * cold start several milliseconds).
 */
function characterClasses(): Uint8Array {
  if (classes) return classes;
  const table = new Uint8Array(0x10000);
  for (let c = 48; c <= 57; c += 1) table[c] = ALNUM;
  for (let c = 65; c <= 90; c += 1) table[c] = ALNUM;
  for (let c = 97; c <= 122; c += 1) table[c] = ALNUM;
  let at = 0;
  let start = -1;
  for (const gap of ALNUM_RANGES.split(',')) {
    at += parseInt(gap, 36);
    if (start < 0) start = at;
    else {
      table.fill(ALNUM, start, at);
      start = -1;
    }
  }
  for (let c = 0; c <= 32; c += 1) table[c] = SPACE;
  for (let c = 0x2000; c <= 0x200b; c += 1) table[c] = SPACE;
  for (const c of [0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff])
    table[c] = SPACE;
  table[60] = LT;
  classes = table;
  return table;
}

/** The class of each UTF-16 code unit that the counters use (0 other, 1 space, 2 letter or digit, 4 `<`). */
export const characterClassTable = (): Uint8Array => characterClasses();

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

/** Answers at least this long go to the WebAssembly counter (shorter ones cost more to hand over). */
const WASM_FROM = 256;
/** Answers longer than this stay in JavaScript, so the module's memory stays small. */
const WASM_UP_TO = 1 << 20;
/** The WebAssembly counter: `undefined` until first needed, `null` where the platform has none. */
let wasmCounter: WasmCounter | null | undefined;

/**
 * Counts words and letters in one pass.
 *
 * Long answers are counted by a WebAssembly module ({@link createWasmCounter}), 64 characters at a
 * time: a national proposal year is tens of megabytes of text. Elsewhere, text without `<` takes
 * a JavaScript loop without branches (a branch per character that the processor mispredicts at
 * every word boundary costs more than the lookup itself), and text with `<` a loop that skips
 * HTML tags. All three give the same counts.
 *
 * @example
 * ```ts
 * analyzeText('Anak-anak sekolah membayar Rp10.000 — lihat https://contoh.go.id/a?b=1').words; // 6
 * ```
 */
export function analyzeText(text: string): TextStats {
  const n = text.length;
  if (n >= WASM_FROM && n <= WASM_UP_TO) {
    if (wasmCounter === undefined) wasmCounter = createWasmCounter(characterClasses()) ?? null;
    if (wasmCounter) return wasmCounter(text) ?? countWithTags(text);
  }
  return analyzeTextInJs(text);
}

/** {@link analyzeText} without WebAssembly (for tests that hold the two equal). */
export function analyzeTextInJs(text: string): TextStats {
  return text.includes('<') ? countWithTags(text) : countPlain(text);
}

/** {@link analyzeText} for text without `<`: the class bits are folded into the counters. */
function countPlain(text: string): TextStats {
  const table = characterClasses();
  let words = 0;
  let alnum = 0;
  // 1 while inside a token that holds a letter or digit, else 0.
  let inWord = 0;
  const n = text.length;
  for (let i = 0; i < n; i += 1) {
    const k = table[text.charCodeAt(i)] ?? 0;
    const space = k & SPACE;
    const letter = k >> 1; // ALNUM is 2, and `<` (LT) never comes here
    words += space & inWord;
    inWord = (inWord | letter) & (space ^ 1);
    alnum += letter;
  }
  return { words: words + inWord, alnum };
}

/** {@link analyzeText} for text that holds `<`, which may open HTML tags: a loop with branches. */
function countWithTags(text: string): TextStats {
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
    } else if (k === LT) {
      const end = tagEnd(text, i);
      if (end !== -1) {
        i = end;
        if (tokenHasAlnum) words += 1;
        tokenHasAlnum = false;
      }
    } else if (k === ALNUM) {
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

/**
 * The letters and digits of a text, lower-cased, words separated by one space (for comparisons):
 * HTML tags and every run of other characters become one space, and the ends are trimmed.
 *
 * @example
 * ```ts
 * normalizeText('<b>Layanan</b>  Adminduk—Keliling!'); // 'layanan adminduk keliling'
 * ```
 */
export function normalizeText(text: string): string {
  const lower = text.toLowerCase();
  const table = characterClasses();
  let out = '';
  let start = -1;
  const n = lower.length;
  for (let i = 0; i <= n; i += 1) {
    const k = i < n ? table[lower.charCodeAt(i)] : SPACE;
    if (k === ALNUM) {
      if (start === -1) start = i;
      continue;
    }
    // `<` may open a tag, and a surrogate may be half of a letter beyond the first 65,536:
    // both rare, both left to the regular expressions.
    if (k === LT || (k === OTHER && (lower.charCodeAt(i) & 0xf800) === 0xd800)) {
      return normalizeByPatterns(text);
    }
    if (start !== -1) {
      out = out === '' ? lower.slice(start, i) : `${out} ${lower.slice(start, i)}`;
      start = -1;
    }
  }
  return out;
}

/**
 * `text` with every HTML tag — a `<`, at most 500 characters other than `>`, then `>` — replaced
 * by one space. The same matches as `/<[^>]{0,500}>/g`, in linear time: the regular expression
 * scans ahead up to 500 characters from every `<`, so a text of `<a` repeated took seconds.
 */
export function stripTags(text: string): string {
  let out = '';
  let from = 0;
  // the next `>` at or after the current `<`: found once, reused by every `<` before it
  let close = -1;
  for (let open = text.indexOf('<'); open !== -1;) {
    if (close < open) close = text.indexOf('>', open + 1);
    if (close === -1) break;
    if (close - open - 1 <= 500) {
      out += `${text.slice(from, open)} `;
      from = close + 1;
      open = text.indexOf('<', from);
    } else open = text.indexOf('<', open + 1);
  }
  return from === 0 ? text : out + text.slice(from);
}

/** {@link normalizeText} by regular expressions, for text with `<` or surrogate pairs. */
function normalizeByPatterns(text: string): string {
  return stripTags(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
