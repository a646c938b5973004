/**
 * KIPP 2018 (the 5th edition), under PermenPANRB 3/2018. One competition without groups; at
 * least one year of implementation; linked to at least one SDG. Sources: `../shared/domain/kipp.md`
 * §1.2, §2.3, §2.4, §2.7, §2.9, §4.5.
 *
 * @module
 */
import type { Source } from '../../shared/source.js';
import { buildEdition } from './build.js';
import {
  ALL_PARTICIPANTS,
  FILE_RULES_UNKNOWN,
  IDENTITY_FIELDS,
  JPNN_2017,
  KABAR24_2018,
  MENPAN_2018,
  NO_GROUPS,
  PARTICIPANTS_SOURCE,
  qualityParam,
  SDG_FROM_2018,
  unknown,
} from './sources.js';

/** The extension of 27 February 2018: the close moved from 10 March to 31 March 2018. */
const EXTENDED_2018: Source = {
  citation:
    'ANTARA, "Kementerian PANRB perpanjang pendaftaran kompetisi pelayanan publik" (27 February 2018): registration extended from 10 March 2018 to 31 March 2018',
  url: 'https://m.antaranews.com/amp/berita/688942/kementerian-panrb-perpanjang-pendaftaran-kompetisi-pelayanan-publik',
  tier: 'B',
  note: 'Confirmed after the close by Gosumut (2 April 2018, quoting the ministry): "telah ditutup tanggal 31 Maret 2018", https://www.gosumut.com/berita/baca/2018/04/02/pendaftaran-ditutup-2824-inovasi-ikut-kipp-2018',
};

const AGE_NOTE =
  'Age is counted back from the registration close to the implementation start date. This counting rule is written for 2021 (KemenPANRB press release) and is used here as the closest documented rule.';

/** KIPP 2018 readiness rules. */
export const kipp2018 = buildEdition({
  id: 'kipp-2018',
  title: {
    id: 'Kompetisi Inovasi Pelayanan Publik 2018',
    en: 'Public Service Innovation Competition 2018',
  },
  legalBasis: [
    {
      citation: 'Peraturan Menteri PANRB Nomor 3 Tahun 2018',
      url: 'https://id.scribd.com/document/502014506/PermenPANRB-32018-Fix',
      tier: 'A',
      note: 'Only the preamble of the copy was readable; the rules here come from the ministry press release.',
    },
  ],
  effective: { from: '2018-01-17', to: '2018-12-31' },
  params: {
    registrationClose: {
      dated: [
        {
          from: '2018-01-17',
          value: '2018-03-10',
          source: {
            ...MENPAN_2018,
            note: 'Registration announced for 17 January – 10 March 2018.',
          },
        },
        { from: '2018-02-27', value: '2018-03-31', source: EXTENDED_2018 },
      ],
    },
    minimumAge: { value: { years: 1 }, source: { ...MENPAN_2018, note: AGE_NOTE } },
    participants: { value: ALL_PARTICIPANTS, source: PARTICIPANTS_SOURCE },
    groups: {
      value: NO_GROUPS,
      source: { ...MENPAN_2018, note: 'Groups (kelompok) began in 2020 (kipp.md §2.5).' },
    },
    categories: {
      value: {
        required: true,
        options: null,
        missingNote: {
          id: 'KIPP 2018 punya 4 kategori; hanya yang pertama (tata kelola penyelenggaraan pemerintahan) terbaca',
          en: 'KIPP 2018 had 4 categories; only the first (governance) was readable',
        },
      },
      source: MENPAN_2018,
    },
    requiredFields: {
      value: IDENTITY_FIELDS,
      source: {
        ...KABAR24_2018,
        note: 'Incomplete fields fail administrative selection. The 2018 form itself was not found; these are the identity fields every SINOVIK proposal has.',
      },
    },
    awards: {
      single: {
        value: {
          forbid: [
            {
              tiers: ['top-terpuji'],
              years: { from: 2014, to: 2017 },
              fix: {
                id: 'Inovasi yang sudah meraih penghargaan puncak KIPP tidak dapat ikut lagi; ajukan inovasi lain.',
                en: 'An innovation that already holds the top KIPP award cannot enter again; submit another innovation.',
              },
            },
          ],
          maxCount: [{ tiers: ['top99'], max: 1 }],
          require: [],
        },
        source: {
          ...MENPAN_2018,
          note: 'Not already holding the top award of the competition (e.g. Top 40 of 2017) and not Top 99 twice (kipp.md §2.4).',
        },
      },
    },
    sections: {
      single: unknown(
        'pertanyaan dan batas kata proposal 2014–2019 tidak ditemukan',
        'the 2014–2019 proposal questions and word limits were not found',
      ),
    },
    attachments: unknown(
      'daftar lampiran KIPP 2018 tidak ditemukan',
      'the KIPP 2018 attachment list was not found',
    ),
    fileRules: FILE_RULES_UNKNOWN,
    sdgMinimum: SDG_FROM_2018,
    quality: qualityParam(KABAR24_2018),
    duplicateTitleSource: JPNN_2017,
  },
});
