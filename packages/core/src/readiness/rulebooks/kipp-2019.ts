/**
 * KIPP 2019 (the 6th edition), under PermenPANRB 5/2019. Sources: `../shared/domain/kipp.md`
 * §1.2, §2.4, §2.7, §2.9.
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

const MENPAN_2019: Source = {
  citation:
    'Kementerian PANRB, "Meningkat dari Tahun Lalu, Lebih dari 3.000 Inovasi Ikuti KIPP 2019"',
  url: 'https://menpan.go.id/site/berita-terkini/meningkat-dari-tahun-lalu-lebih-dari-3-000-inovasi-ikuti-kipp-2019',
  tier: 'A',
};

/** KIPP 2019 readiness rules. */
export const kipp2019 = buildEdition({
  id: 'kipp-2019',
  title: {
    id: 'Kompetisi Inovasi Pelayanan Publik 2019',
    en: 'Public Service Innovation Competition 2019',
  },
  legalBasis: [
    {
      citation: 'Peraturan Menteri PANRB Nomor 5 Tahun 2019',
      url: 'https://pdfcoffee.com/permenpan-nomor-5-tahun-2019-pdf-free.html',
      tier: 'C',
      note: 'Only the preamble of the copy was readable.',
    },
  ],
  effective: { from: '2019-01-01', to: '2019-12-31' },
  params: {
    registrationClose: {
      value: '2019-04-21',
      source: {
        ...MENPAN_2019,
        note: '"Setelah pendaftaran KIPP 2019 ditutup pada 21 April lalu": the day it closed, reported afterwards; whether an earlier date was announced and extended was not found.',
      },
    },
    minimumAge: {
      value: { years: 1 },
      source: {
        ...MENPAN_2019,
        note: 'kipp.md §1.2 overview table: at least 1 year for 2017–2020. Counted back from the registration close as written for 2021.',
      },
    },
    participants: { value: ALL_PARTICIPANTS, source: PARTICIPANTS_SOURCE },
    groups: {
      value: NO_GROUPS,
      source: { ...MENPAN_2019, note: 'Groups (kelompok) began in 2020 (kipp.md §2.5).' },
    },
    categories: unknown(
      'kategori KIPP 2019 tidak ditemukan',
      'the KIPP 2019 categories were not found',
    ),
    requiredFields: {
      value: IDENTITY_FIELDS,
      source: {
        ...KABAR24_2018,
        note: 'Incomplete fields fail administrative selection (2017 and 2018, repeated in later years). The 2019 form itself was not found.',
      },
    },
    awards: {
      single: {
        value: {
          forbid: [{ tiers: ['top-terpuji'], years: { from: 2014, to: 2018 } }],
          maxCount: [{ tiers: ['top99'], max: 1 }],
          require: [],
        },
        source: {
          ...MENPAN_2018,
          note: 'The earliest form of the award rule, stated for 2017–2019 (kipp.md §2.4): no earlier top award, not Top 99 twice.',
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
      'daftar lampiran KIPP 2019 tidak ditemukan',
      'the KIPP 2019 attachment list was not found',
    ),
    fileRules: FILE_RULES_UNKNOWN,
    sdgMinimum: SDG_FROM_2018,
    quality: qualityParam(KABAR24_2018),
    duplicateTitleSource: JPNN_2017,
  },
});
