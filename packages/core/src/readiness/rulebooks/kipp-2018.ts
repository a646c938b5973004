/**
 * KIPP 2018 (the 5th edition), under PermenPANRB 3/2018. Sources: `../shared/domain/kipp.md`
 * §1.2, §2.3.
 *
 * @module
 */
import { defineRulebook } from '../../rulebook/schema.js';

const REGISTRATION_2018 = {
  citation:
    'Kementerian PANRB, "Pendaftaran Mulai 17 Januari – 10 Maret, Kompetisi Inovasi Pelayanan Publik 2018 Dikaitkan SDGs" (press release restating PermenPANRB 3/2018)',
  url: 'https://menpan.go.id/site/berita-terkini/pendaftaran-mulai-17-januari-10-maret-kompetisi-inovasi-pelayanan-publik-2018-dikaitkan-mdgs',
  tier: 'A',
} as const;

/** KIPP 2018 readiness rules. */
export const kipp2018 = defineRulebook({
  id: 'kipp-2018',
  title: {
    id: 'Kompetisi Inovasi Pelayanan Publik 2018',
    en: 'Public Service Innovation Competition 2018',
  },
  domain: 'readiness',
  status: 'historical',
  issuer: 'Kementerian PANRB',
  legalBasis: [
    {
      citation: 'Peraturan Menteri PANRB Nomor 3 Tahun 2018',
      url: 'https://id.scribd.com/document/502014506/PermenPANRB-32018-Fix',
      tier: 'A',
      note: 'Only the preamble of the copy was readable; the rules here come from the ministry press release.',
    },
  ],
  effective: { from: '2018-01-17', to: '2018-12-31' },
  parameters: [
    {
      id: 'kipp.registration-close',
      title: { id: 'Penutupan pendaftaran', en: 'Registration close' },
      values: [
        {
          from: '2018-01-17',
          value: '2018-03-10',
          source: {
            ...REGISTRATION_2018,
            note: 'Registration ran 17 January – 10 March 2018 as announced. An extension, if any, was not found.',
          },
        },
      ],
    },
    {
      id: 'kipp.implementation-age.minimum',
      title: { id: 'Usia implementasi minimal', en: 'Minimum implementation age' },
      unit: 'years',
      values: [{ from: '2018-01-17', value: { years: 1 }, source: REGISTRATION_2018 }],
    },
  ],
  rules: [
    {
      id: 'KIPP.AGE.MIN',
      kind: 'readiness.implementation-age',
      title: { id: 'Usia implementasi minimal', en: 'Minimum implementation age' },
      parameters: {
        minimumAge: 'kipp.implementation-age.minimum',
        registrationClose: 'kipp.registration-close',
      },
      source: REGISTRATION_2018,
      note: {
        id: 'Usia dihitung mundur dari tanggal penutupan pendaftaran ke tanggal mulai implementasi. Cara hitung ini tertulis untuk 2021 (siaran pers KemenPANRB) dan dipakai di sini sebagai cara hitung terdekat yang terdokumentasi.',
        en: 'Age is counted back from the registration close to the implementation start date. This counting rule is written for 2021 (KemenPANRB press release) and is used here as the closest documented rule.',
      },
    },
  ],
});
