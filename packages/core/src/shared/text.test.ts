import { describe, expect, it } from 'vitest';
import { analyzeText, countWords, normalizeText } from './text.js';

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
