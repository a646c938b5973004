import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { alnumRanges, characterClassesModule } from '../../scripts/write-character-classes.mjs';
import {
  analyzeText,
  analyzeTextInJs,
  characterClassTable,
  countWords,
  normalizeText,
} from './text.js';
import { createWasmCounter } from './text-wasm.js';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   \n\t ', 0],
    ['Pelayanan publik', 2],
    ['anak-anak dan sayur-mayur', 3],
    ['Rp10.000 per 1.234,5 orang (25%)', 5],
    ['lihat https://contoh.go.id/a?b=1 atau admin@contoh.go.id', 4],
    ['satu - dua – tiga • empat / lima', 5],
    ['<p>Ringkasan</p><p>inovasi</p><br/>desa', 3],
    ['a < b dan c > d', 5],
    ['tahun 2021/2022', 2],
    ['kata\u00a0kata\u3000kata', 3],
    ['Ilmu ekonomi (économie) — 経済', 4],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it('counts letters and digits, and normalises for comparisons', () => {
    expect(analyzeText('Layanan  Adminduk, Keliling!').alnum).toBe(
      analyzeText('layanan adminduk keliling').alnum,
    );
    expect(normalizeText('<b>Layanan</b>  Adminduk—Keliling')).toBe('layanan adminduk keliling');
  });
});

describe('normalizeText', () => {
  // The definition the one-pass version must keep: tags out, lower case, runs of anything but
  // letters and digits to one space, trimmed.
  const reference = (text: string): string =>
    text
      .replace(/<[^>]{0,500}>/g, ' ')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const pieces = fc.constantFrom(
    'Layanan',
    'ADMINDUK',
    'anak-anak',
    ' ',
    '  ',
    '\n',
    '\u00a0',
    '—',
    '•',
    '<p>',
    '</b>',
    '<',
    '>',
    'İstanbul',
    'économie',
    '経済',
    '𝐀𝐁',
    '😀',
    '1.234,5',
    'ß',
  );

  it('agrees with its definition on mixed Indonesian, Unicode and HTML text', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(normalizeText(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with its definition on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        expect(normalizeText(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('analyzeText', () => {
  it('counts the same with the branch-free loop as with the loop that skips tags', () => {
    // A lone `<` at the end is no tag and no word, but sends the text through the other loop.
    const text = fc.string({ unit: 'binary', maxLength: 120 }).filter((t) => !t.includes('<'));
    fc.assert(
      fc.property(text, (t) => {
        expect(analyzeText(`${t}<`)).toEqual(analyzeText(t));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('analyzeText against its definition', () => {
  // The module's rules written plainly, one UTF-16 code unit at a time once a regular
  // expression has taken the tags out: an HTML tag (`<`, then `/`, `!` or a letter, then at most
  // 498 characters other than `>`, then `>`) separates words and counts for nothing; a word is a
  // run between white space that holds a letter or digit; letters and digits are UTF-16 code
  // units of \p{L} or \p{N} (half of a surrogate pair is neither, as in the loops).
  const TAG = /<[/!A-Za-z][^>]{0,498}>/g;
  const SPACES = [0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
  const isSpace = (c: number): boolean =>
    c <= 0x20 || (c >= 0x2000 && c <= 0x200b) || SPACES.includes(c);
  const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
  const reference = (text: string): { words: number; alnum: number } => {
    let words = 0;
    let alnum = 0;
    let letters = 0; // of the current run between white space
    const units = `${text.replace(TAG, ' ')} `;
    for (let i = 0; i < units.length; i += 1) {
      if (isSpace(units.charCodeAt(i))) {
        if (letters > 0) words += 1;
        alnum += letters;
        letters = 0;
      } else if (LETTER_OR_DIGIT.test(units.charAt(i))) letters += 1;
    }
    return { words, alnum };
  };
  const pieces = fc.constantFrom(
    'Pelayanan',
    'anak-anak',
    'Rp10.000',
    '1.234,5',
    'https://contoh.go.id/a?b=1',
    ' ',
    '\n',
    '\t',
    '\u0000',
    '\u0085',
    '\u00a0',
    '\u1680',
    '\u2007',
    '\u200b',
    '\u2028',
    '\u202f',
    '\u3000',
    '\ufeff',
    '\u200d',
    '—',
    '•',
    'économie',
    'e\u0301',
    'İstanbul',
    '経済',
    '٣٤',
    '𝐀𝐁',
    '😀',
    '👩‍👩‍👧',
    '\ud83d',
    '\ude00',
    '<p>',
    '</p>',
    '<br/>',
    '<!-- catatan -->',
    '<a href="https://contoh.go.id">',
    '<',
    '>',
    'a<b',
    '< p>',
    '<1>',
    `<b${'x'.repeat(498)}>`,
    `<b${'x'.repeat(499)}>`,
  );
  const texts = fc.oneof(
    fc.array(pieces, { maxLength: 300 }).map((parts) => parts.join('')),
    fc.string({ unit: 'binary', maxLength: 700 }),
    fc.string({ unit: 'grapheme', maxLength: 400 }),
  );
  const counters = (['utf-16', 'utf-8'] as const).map((encoding) => ({
    encoding,
    count: createWasmCounter(characterClassTable(), encoding),
  }));

  it('counts as the definition in JavaScript, in WebAssembly over UTF-16 and UTF-8', () => {
    expect(counters.map((c) => typeof c.count)).toEqual(['function', 'function']);
    fc.assert(
      fc.property(texts, (text) => {
        const expected = reference(text);
        expect(analyzeText(text)).toEqual(expected);
        expect(analyzeTextInJs(text)).toEqual(expected);
        for (const { count } of counters) {
          const stats = count?.(text);
          // text with `<` is left to the JavaScript loop, which skips tags
          if (text.includes('<')) expect(stats).toBeUndefined();
          else expect(stats).toEqual(expected);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('knows its tag bounds and its white space', () => {
    expect(analyzeText(`a<b${'x'.repeat(498)}>c`)).toEqual({ words: 2, alnum: 2 });
    expect(analyzeText(`a<b${'x'.repeat(499)}>c`)).toEqual({ words: 1, alnum: 502 });
    expect(analyzeText('a\u2007b\u200bc\u202fd\ufeffe\u200df').words).toBe(5);
    expect(analyzeText('😀 𝐀𝐁 \ud83d e\u0301')).toEqual({ words: 1, alnum: 1 });
  });
});

describe('the character class table', () => {
  it('is the definition: white space, letters and digits (\\p{L}, \\p{N}), `<`', () => {
    const letterOrDigit = /[\p{L}\p{N}]/u;
    const spaces = new Set([0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);
    const table = characterClassTable();
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c += 1) {
      const expected =
        c === 60
          ? 4
          : c <= 32 || spaces.has(c) || (c >= 0x2000 && c <= 0x200b)
            ? 1
            : c >= 0xd800 && c <= 0xdfff
              ? 0
              : letterOrDigit.test(String.fromCharCode(c))
                ? 2
                : 0;
      if (table[c] !== expected) wrong.push(c);
    }
    expect(wrong.map((c) => c.toString(16))).toEqual([]);
  });

  it('comes from the committed ranges, which the generator writes for this Node', () => {
    const committed = readFileSync(new URL('./character-classes.ts', import.meta.url), 'utf8');
    expect(committed).toBe(characterClassesModule(alnumRanges()));
  });
});
