/**
 * KIPP 2022 (the 9th edition), under KepmenPANRB 50/2022: kelompok umum and khusus, two years of
 * implementation (one year for innovations that respond to the pandemic), three categories.
 * Sources: `../shared/domain/kipp.md` §1.2, §2.3, §2.5, §2.8, §4.5.
 *
 * @module
 */
import type { Source } from '../../shared/source.js';
import { buildEdition } from './build.js';
import {
  ALL_PARTICIPANTS,
  FILE_RULES_UNKNOWN,
  GROUP_OPTIONS,
  IDENTITY_FIELDS,
  JPNN_2017,
  KABAR24_2018,
  PARTICIPANTS_SOURCE,
  qualityParam,
  SDG_FROM_2018,
  unknown,
} from './sources.js';

const WINDOW_2022: Source = {
  citation:
    'Klik Anggaran, "Lebih Cepat Lebih Baik, Pemda Luwu Utara Persiapkan 10 Inovasi Ikut KIPP Tingkat Nasional" (March 2022): proposals 16 March – 15 April 2022',
  url: 'https://www.klikanggaran.com/peristiwa/pr-1152902638/lebih-cepat-lebih-baik-pemda-luwu-utara-persiapkan-10-inovasi-ikut-kipp-tingkat-nasional',
  tier: 'C',
  note: 'Regional press quoting a regional official; consistent with the ministry: administrative selection ran 18–27 April 2022 (menpan.go.id, "3.478 Proposal Inovasi Pelayanan Publik Terdaftar pada KIPP 2022").',
};

const REGISTERED_2022: Source = {
  citation: 'Kementerian PANRB, "3.478 Proposal Inovasi Pelayanan Publik Terdaftar pada KIPP 2022"',
  url: 'https://menpan.go.id/site/berita-terkini/3-478-proposal-inovasi-pelayanan-publik-terdaftar-pada-kipp-2022',
  tier: 'A',
};

const SOSIALISASI_2022: Source = {
  citation:
    'Nusakini, "KIPP Tahun 2022 Dimulai, Pahami Persyaratannya" (report on the KIPP 2022 socialisation, quoting Deputy Diah Natalisa)',
  tier: 'B',
  note: 'The search index gave no URL (kipp.md §2.3, §2.8).',
};

const CATEGORIES_2022: Source = {
  citation:
    'Kementerian PANRB, "Kementerian PANRB dan Tim Evaluasi Bahas Mekanisme Penilaian Proposal KIPP"',
  url: 'https://menpan.go.id/site/berita-terkini/kementerian-panrb-dan-tim-evaluasi-bahas-mekanisme-penilaian-proposal-kipp',
  tier: 'A',
};

const AWARDS_UNKNOWN = (group: string) =>
  unknown(
    `syarat riwayat penghargaan ${group} KIPP 2022 tidak ditemukan (2021 dan salinan daerah 2023 memakai syarat yang sama, tetapi 2022 belum terkonfirmasi)`,
    `the KIPP 2022 award conditions of ${group} were not found (2021 and the 2023 regional copy agree, but 2022 is not confirmed)`,
  );

const SECTIONS_UNKNOWN = unknown(
  'bagian dan batas kata proposal KIPP 2022 tidak ditemukan: salinan NTT 2022 memakai format 2021, salinan 2023 format baru',
  'the KIPP 2022 proposal sections and word limits were not found: the NTT 2022 copy uses the 2021 format, the 2023 copies a newer one',
);

/** KIPP 2022 readiness rules. */
export const kipp2022 = buildEdition({
  id: 'kipp-2022',
  title: {
    id: 'Kompetisi Inovasi Pelayanan Publik 2022',
    en: 'Public Service Innovation Competition 2022',
  },
  legalBasis: [
    { citation: 'Peraturan Menteri PANRB Nomor 7 Tahun 2021', tier: 'A' },
    {
      citation: 'Keputusan Menteri PANRB Nomor 50 Tahun 2022 (juklak KIPP 2022)',
      tier: 'A',
      note: 'Named in releases; the text was not read.',
    },
  ],
  effective: { from: '2022-01-01', to: '2022-12-31' },
  params: {
    registrationClose: { value: '2022-04-15', source: WINDOW_2022 },
    minimumAge: {
      value: { years: 2, pandemicRelatedYears: 1 },
      source: {
        ...SOSIALISASI_2022,
        note: 'At least 2 years; 1 year for innovations related to the pandemic.',
      },
    },
    participants: { value: ALL_PARTICIPANTS, source: PARTICIPANTS_SOURCE },
    groups: {
      value: { required: true, options: [GROUP_OPTIONS.umum, GROUP_OPTIONS.khusus] },
      source: {
        ...REGISTERED_2022,
        note: 'Kelompok replikasi was dropped in 2022 (kipp.md §2.5).',
      },
    },
    categories: {
      value: {
        required: true,
        options: [
          {
            id: 'pelayanan-inklusif',
            title: {
              id: 'Pelayanan publik yang inklusif dan berkeadilan',
              en: 'Inclusive and fair public service',
            },
          },
          {
            id: 'efektivitas-institusi',
            title: {
              id: 'Efektivitas institusi publik untuk mencapai TPB/SDGs',
              en: 'Effective public institutions for the SDGs',
            },
          },
          {
            id: 'ketahanan-institusi',
            title: {
              id: 'Ketahanan institusi publik di masa pandemi dan antisipasi pasca pandemi COVID-19',
              en: 'Institutional resilience in and after the COVID-19 pandemic',
            },
          },
        ],
      },
      source: CATEGORIES_2022,
    },
    requiredFields: {
      value: IDENTITY_FIELDS,
      source: {
        ...KABAR24_2018,
        note: 'Incomplete fields fail administrative selection; in 2022 the secretariat checked completeness (kipp.md §2.7).',
      },
    },
    awards: { umum: AWARDS_UNKNOWN('kelompok umum'), khusus: AWARDS_UNKNOWN('kelompok khusus') },
    sections: { umum: SECTIONS_UNKNOWN, khusus: SECTIONS_UNKNOWN },
    attachments: {
      value: [
        {
          type: 'sk-inovator',
          title: {
            id: 'SK pejabat berwenang: inovasi digagas perorangan atau tim',
            en: 'Decree of the authorised official: innovation started by an individual or a team',
          },
        },
      ],
      source: SOSIALISASI_2022,
    },
    fileRules: FILE_RULES_UNKNOWN,
    sdgMinimum: SDG_FROM_2018,
    quality: qualityParam(KABAR24_2018),
    duplicateTitleSource: JPNN_2017,
    quota: unknown(
      'kuota per instansi KIPP 2022 tidak ditemukan; seleksi awal internal dianjurkan',
      'the KIPP 2022 quota per agency was not found; an internal pre-selection was urged',
    ),
  },
});
