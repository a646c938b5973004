/**
 * KIPP 2025 (the 11th edition), under PermenPANRB 7/2021 and Pedoman MenPANRB 4/2025 (one source
 * says 5/2025): kelompok umum and replikasi, categories aligned with Asta Cita, and video rules.
 * Sources: `../shared/domain/kipp.md` §1.2, §2.5, §2.8, §4.5.
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

const START_2025: Source = {
  citation:
    'Kementerian PANRB, "Kompetisi Inovasi Pelayanan Publik 2025 Dimulai, Cermati Persyaratannya"',
  url: 'https://menpan.go.id/site/berita-terkini/kompetisi-inovasi-pelayanan-publik-2025-dimulai-cermati-persyaratannya',
  tier: 'A',
};

const PLENO_2025: Source = {
  citation:
    'Kementerian PANRB, "Menuju Tahap Akhir KIPP 2025, Tim Panel Independen dan Tim Evaluasi Lakukan Sidang Pleno"',
  url: 'https://menpan.go.id/site/berita-terkini/menuju-tahap-akhir-kipp-2025-tim-panel-independen-dan-tim-evaluasi-lakukan-sidang-pleno',
  tier: 'A',
};

const VIDEO_2025: Source = {
  citation:
    'Radar Lombok, "Bapperida Loteng Dorong Inovasi Pelayanan Publik lewat Kompetisi KIPP 2025" (socialisation of the national rules)',
  url: 'https://radarlombok.co.id/bapperida-loteng-dorong-inovasi-pelayanan-publik-lewat-kompetisi-kipp-2025.html',
  tier: 'C',
  note: 'At most 5 minutes, at least 720p (HD), Bahasa Indonesia or subtitled, on cloud storage or YouTube and freely accessible (kipp.md §2.8). Content rules (testimony, no commercial promotion) need human review.',
};

const IDENTITY_2025: Source = {
  citation: 'Metro News TV, "Pemkab OKU Selatan Ikuti Sosialisasi" KIPP 2025 (April 2025)',
  url: 'https://metronewstv.co.id/2025/04/pemkab-oku-selatan-ikuti-sosialisasi.html',
  tier: 'C',
  note: 'The attachment list in the report is truncated after the identity statement (kipp.md §2.8).',
};

const AWARDS_UNKNOWN = (group: string) =>
  unknown(
    `syarat riwayat penghargaan ${group} KIPP 2025 tidak ditemukan`,
    `the KIPP 2025 award conditions of ${group} were not found`,
  );

const SECTIONS_UNKNOWN = unknown(
  'bagian dan batas kata proposal KIPP 2025 tidak ditemukan',
  'the KIPP 2025 proposal sections and word limits were not found',
);

/** KIPP 2025 readiness rules. */
export const kipp2025 = buildEdition({
  id: 'kipp-2025',
  title: {
    id: 'Kompetisi Inovasi Pelayanan Publik 2025',
    en: 'Public Service Innovation Competition 2025',
  },
  status: 'in-force',
  legalBasis: [
    { citation: 'Peraturan Menteri PANRB Nomor 7 Tahun 2021', tier: 'A' },
    {
      citation: 'Pedoman Menteri PANRB Nomor 4 Tahun 2025 (juklak KIPP 2025)',
      tier: 'B',
      note: 'Number as given by suaraborneo and kabar24; semarak.co says 5/2025 (kipp.md §8). The text was not read.',
    },
  ],
  effective: { from: '2025-01-01', to: '2025-12-31' },
  params: {
    registrationClose: unknown(
      'tanggal penutupan pendaftaran KIPP 2025 tidak ditemukan',
      'the KIPP 2025 registration close date was not found',
      START_2025,
    ),
    minimumAge: unknown(
      'usia implementasi minimal KIPP 2025 tidak ditemukan',
      'the KIPP 2025 minimum implementation age was not found',
    ),
    participants: { value: ALL_PARTICIPANTS, source: PARTICIPANTS_SOURCE },
    groups: {
      value: { required: true, options: [GROUP_OPTIONS.umum, GROUP_OPTIONS.replikasi] },
      source: PLENO_2025,
    },
    categories: {
      value: {
        required: true,
        options: null,
        missingNote: {
          id: 'kategori 2025 mengikuti Asta Cita; daftarnya tidak ditemukan',
          en: 'the 2025 categories follow Asta Cita; the list was not found',
        },
      },
      source: PLENO_2025,
    },
    requiredFields: {
      value: IDENTITY_FIELDS,
      source: {
        ...KABAR24_2018,
        note: 'Incomplete fields fail administrative selection (kipp.md §2.7).',
      },
    },
    awards: {
      umum: AWARDS_UNKNOWN('kelompok umum'),
      replikasi: AWARDS_UNKNOWN('kelompok replikasi'),
    },
    replication: unknown(
      'inovasi apa yang boleh direplikasi pada KIPP 2025 tidak ditemukan',
      'which innovations a KIPP 2025 replication may adapt was not found',
    ),
    sections: { umum: SECTIONS_UNKNOWN, replikasi: SECTIONS_UNKNOWN },
    attachments: {
      value: [
        {
          type: 'surat-pernyataan-identitas',
          title: {
            id: 'Surat pernyataan identitas perorangan/tim',
            en: 'Signed statement of the individual or team',
          },
        },
      ],
      source: IDENTITY_2025,
    },
    fileRules: FILE_RULES_UNKNOWN,
    video: {
      value: {
        required: true,
        maxDurationSeconds: 300,
        minHeightPixels: 720,
        publiclyAccessible: true,
        language: 'id',
        content: [
          {
            id: 'menampilkan ide, cara penerapan, dampak, dan testimoni penerima manfaat',
            en: "shows the idea, how it is implemented, its impact, and beneficiaries' testimony",
          },
          {
            id: 'isinya selaras dengan nilai, kebijakan, dan tujuan inovasi serta identitas instansi',
            en: "its content fits the innovation's values, policy and goals, and the agency's identity",
          },
          {
            id: 'tidak mempromosikan produk komersial atau merek dagang',
            en: 'no promotion of commercial products or trademarks',
          },
          {
            id: 'menghormati hak cipta (teks, grafis, dan animasi boleh)',
            en: 'copyright respected (text, graphics and animation are allowed)',
          },
        ],
      },
      source: VIDEO_2025,
    },
    sdgMinimum: SDG_FROM_2018,
    quality: qualityParam(KABAR24_2018),
    duplicateTitleSource: JPNN_2017,
    quota: unknown(
      'kuota per instansi KIPP 2025 tidak ditemukan',
      'the KIPP 2025 quota per agency was not found',
    ),
  },
});
