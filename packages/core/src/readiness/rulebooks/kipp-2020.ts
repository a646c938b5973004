/**
 * KIPP 2020 (the 7th edition), under PermenPANRB 5/2019 and KepmenPANRB 44/2020: the first year
 * of three groups. Sources: `../shared/domain/kipp.md` §1.2, §2.3, §2.5, §4.5.
 *
 * @module
 */
import type { Source } from '../../shared/source.js';
import { buildEdition } from './build.js';
import {
  ALL_PARTICIPANTS,
  CATEGORIES_2021,
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

const POSTPONED_2020: Source = {
  citation:
    'Surat Deputi Pelayanan Publik Kementerian PANRB B/97/PP.00.05/2020 (pengunduran batas waktu pengajuan proposal KIPP 2020), as reposted from the ministry press release',
  url: 'https://kilasriau.blogspot.com/2020/04/kemenpan-rb-perpanjang-pengajuan.html',
  tier: 'C',
  note: 'The repost names the letter and the original close (26 April 2020) but not the new date.',
};

const MENPAN_2020_ADMIN: Source = {
  citation: 'Kementerian PANRB, "KIPP 2020 Masuki Pintu Pertama Penilaian Proposal"',
  url: 'https://menpan.go.id/site/berita-terkini/kipp-2020-masuki-pintu-pertama-penilaian-proposal',
  tier: 'A',
};

const MENPAN_2020_TPI: Source = {
  citation:
    'Kementerian PANRB, "Tim Panel Independen Telah Tentukan Top 99 Inovasi Pelayanan Publik"',
  url: 'https://menpan.go.id/site/berita-terkini/tim-panel-independen-telah-tentukan-top-99-inovasi-pelayanan-publik',
  tier: 'A',
};

const MENPAN_2021_LAUNCH: Source = {
  citation: 'Kementerian PANRB, "Resmi Diluncurkan, KIPP 2021 Hadir Berbeda"',
  url: 'https://menpan.go.id/site/berita-terkini/resmi-diluncurkan-kipp-2021-hadir-berbeda',
  tier: 'A',
};

const UNKNOWN_2020 = (group: string) =>
  unknown(
    `syarat riwayat penghargaan ${group} KIPP 2020 tidak ditemukan`,
    `the KIPP 2020 award conditions of ${group} were not found`,
  );

const SECTIONS_2020 = unknown(
  'bagian dan batas kata proposal KIPP 2020 tidak ditemukan',
  'the KIPP 2020 proposal sections and word limits were not found',
);

/** KIPP 2020 readiness rules. */
export const kipp2020 = buildEdition({
  id: 'kipp-2020',
  title: {
    id: 'Kompetisi Inovasi Pelayanan Publik 2020',
    en: 'Public Service Innovation Competition 2020',
  },
  legalBasis: [
    {
      citation:
        'Peraturan Menteri PANRB Nomor 5 Tahun 2019; Keputusan Menteri PANRB Nomor 44 Tahun 2020',
      tier: 'A',
      note: 'Named in menpan.go.id releases; the texts were not read.',
    },
  ],
  effective: { from: '2020-01-01', to: '2020-12-31' },
  params: {
    registrationClose: unknown(
      'tanggal penutupan pendaftaran KIPP 2020 tidak ditemukan: semula 26 April 2020, diundur dengan Surat Deputi Pelayanan Publik B/97/PP.00.05/2020 ke tanggal yang tidak terbaca di sumber mana pun',
      'the KIPP 2020 registration close date was not found: planned for 26 April 2020, postponed by letter B/97/PP.00.05/2020 of the Deputy for Public Services to a date no source found shows',
      POSTPONED_2020,
    ),
    minimumAge: {
      value: { years: 1 },
      source: {
        ...MENPAN_2020_ADMIN,
        note: 'Administrative selection screened at least 1 year plus completeness.',
      },
    },
    participants: { value: ALL_PARTICIPANTS, source: PARTICIPANTS_SOURCE },
    groups: {
      value: {
        required: true,
        options: [GROUP_OPTIONS.umum, GROUP_OPTIONS.replikasi, GROUP_OPTIONS.khusus],
      },
      source: { ...MENPAN_2020_TPI, note: 'First year of three groups (kipp.md §2.5).' },
    },
    categories: {
      value: {
        required: true,
        options: CATEGORIES_2021.filter((c) => c.id !== 'penegakan-hukum'),
      },
      source: {
        ...MENPAN_2021_LAUNCH,
        note: 'Inferred: 2021 said "the 9 categories of last year plus 1 new" (penegakan hukum), so 2020 is the 2021 list without it (kipp.md §4.5).',
      },
    },
    requiredFields: {
      value: IDENTITY_FIELDS,
      source: {
        ...MENPAN_2020_ADMIN,
        note: 'Administrative selection checked completeness; the 2020 form itself was not found.',
      },
    },
    awards: {
      umum: UNKNOWN_2020('kelompok umum'),
      replikasi: UNKNOWN_2020('kelompok replikasi'),
      khusus: UNKNOWN_2020('kelompok khusus'),
    },
    replication: unknown(
      'inovasi apa yang boleh direplikasi pada KIPP 2020 tidak ditemukan',
      'which innovations a KIPP 2020 replication may adapt was not found',
    ),
    sections: { umum: SECTIONS_2020, replikasi: SECTIONS_2020, khusus: SECTIONS_2020 },
    attachments: unknown(
      'daftar lampiran KIPP 2020 tidak ditemukan',
      'the KIPP 2020 attachment list was not found',
    ),
    fileRules: FILE_RULES_UNKNOWN,
    sdgMinimum: SDG_FROM_2018,
    quality: qualityParam(KABAR24_2018),
    duplicateTitleSource: JPNN_2017,
  },
});
