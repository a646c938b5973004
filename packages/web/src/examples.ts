/**
 * Example request bodies shown in the OpenAPI document and on `/docs`. Tests send each one to
 * its route, so they always work.
 */

/** A city's overlay on the KIPP 2018 rulebook (sample data, not a real regulation). */
export const sampleOverlay = {
  id: 'kota-contoh-2026',
  extends: 'kipp-2018',
  title: { id: 'Lomba Kota Contoh 2026', en: 'Sample City Contest 2026' },
  domain: 'readiness',
  issuer: 'Bappeda Kota Contoh',
  effective: { from: '2026-01-01', to: '2026-12-31' },
} as const;

/** {@link sampleOverlay} that asks for two years of implementation instead of one (test data). */
export const sampleOverlayTwoYears = {
  ...sampleOverlay,
  parameters: [
    {
      id: 'kipp.implementation-age.minimum',
      title: { id: 'Usia minimal', en: 'Minimum age' },
      values: [
        {
          from: '2026-01-01',
          value: { years: 2 },
          source: { citation: 'Sample overlay (test data)', tier: 'D' },
        },
      ],
    },
  ],
} as const;
