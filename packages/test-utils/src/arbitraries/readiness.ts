/**
 * fast-check arbitraries for the proposal format: valid proposals with realistic Indonesian
 * text, and the sections of a template filled to any length.
 */
import fc from 'fast-check';

const WORDS = [
  'pelayanan',
  'masyarakat',
  'anak-anak',
  'desa',
  'Rp10.000',
  '1.234,5',
  'https://contoh.go.id/layanan',
  'kesehatan',
  'inovasi',
  'digital',
  '2021/2022',
  'petugas',
  'warga',
  'antrean',
  '—',
];

/** A text of `min`–`max` words drawn from an Indonesian word list (numbers, URLs, dashes). */
export function indonesianText(min = 0, max = 80): fc.Arbitrary<string> {
  return fc
    .array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max })
    .map((words) => words.join(' '));
}

/** A calendar date between 2000 and 2030, as YYYY-MM-DD. */
export const isoDate: fc.Arbitrary<string> = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

/** A proposal that matches the proposal format (any mix of fields present or absent). */
export const proposalArbitrary = fc.record(
  {
    id: fc.string({ maxLength: 20 }),
    title: indonesianText(0, 12),
    agency: fc.record(
      {
        name: fc.constantFrom('Pemerintah Kota Cilegon', 'Pemerintah Kabupaten Sumbawa', ''),
        type: fc.constantFrom(
          'kementerian',
          'lembaga',
          'provinsi',
          'kabupaten',
          'kota',
          'bumn',
          'bumd',
        ),
      },
      { requiredKeys: [] },
    ),
    unit: fc.constantFrom('Dinas Kesehatan', 'Disdukcapil', ''),
    group: fc.constantFrom('umum', 'replikasi', 'khusus'),
    category: fc.constantFrom('kesehatan', 'pendidikan', 'pelayanan-inklusif', 'tidak-ada'),
    sdgs: fc.array(fc.integer({ min: 1, max: 17 }), { maxLength: 4 }),
    implementationStartDate: isoDate,
    pandemicRelated: fc.boolean(),
    videoUrl: fc.constantFrom('https://www.youtube.com/watch?v=abc', 'bukan tautan', ''),
    video: fc.record(
      {
        durationSeconds: fc.integer({ min: 0, max: 900 }),
        heightPixels: fc.constantFrom(360, 480, 720, 1080),
        publiclyAccessible: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    sections: fc.dictionary(
      fc.constantFrom(
        'ringkasan',
        'signifikansi',
        'latar-belakang',
        'kebaruan',
        'ide-inovatif',
        'lain',
      ),
      indonesianText(0, 120),
    ),
    attachments: fc.array(
      fc.record({
        type: fc.constantFrom(
          'bukti-mulai-implementasi',
          'sk-inovator',
          'surat-pernyataan-identitas',
          'foto',
        ),
        fileName: fc.constantFrom('a.pdf', 'b.jpg'),
        sizeBytes: fc.integer({ min: 0, max: 5_000_000 }),
      }),
      { maxLength: 4 },
    ),
    awards: fc.array(
      fc.record({
        year: fc.integer({ min: 2014, max: 2025 }),
        tier: fc.constantFrom(
          'top99',
          'top-terpuji',
          'top15-khusus',
          'outstanding',
          'top-replikasi',
        ),
      }),
      { maxLength: 3 },
    ),
    isApplication: fc.boolean(),
  },
  { requiredKeys: [] },
);
