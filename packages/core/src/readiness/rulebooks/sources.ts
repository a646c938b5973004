/**
 * Sources and values shared by the KIPP editions, from `../shared/domain/kipp.md` (section
 * numbers in each note). Tiers: A official release, B national press, C regional news,
 * D regional code copy of the form.
 *
 * @module
 */
import type { LocalizedText } from '../../shared/i18n.js';
import type { Source } from '../../shared/source.js';
import type { Param } from './build.js';

const T = (id: string, en: string): LocalizedText => ({ id, en });

/** menpan.go.id, KIPP 2018 registration (PermenPANRB 3/2018 restated). */
export const MENPAN_2018: Source = {
  citation:
    'Kementerian PANRB, "Pendaftaran Mulai 17 Januari – 10 Maret, Kompetisi Inovasi Pelayanan Publik 2018 Dikaitkan SDGs" (press release restating PermenPANRB 3/2018)',
  url: 'https://menpan.go.id/site/berita-terkini/pendaftaran-mulai-17-januari-10-maret-kompetisi-inovasi-pelayanan-publik-2018-dikaitkan-mdgs',
  tier: 'A',
};

/** From 2018 the innovation must serve at least one SDG (kipp.md §2.9). */
export const SDG_FROM_2018: Param = {
  value: 1,
  source: {
    ...MENPAN_2018,
    note: 'From 2018 the innovation must serve at least one SDG (kipp.md §2.9).',
  },
};

/** Reasons for failing administrative selection, 2017. */
export const JPNN_2017: Source = {
  citation: 'JPNN, "Hanya 1.627 Lolos Kompetisi Inovasi Layanan Publik 2017" (quotes the ministry)',
  url: 'https://m.jpnn.com/amp/news/hanya-1627-lolos-kompetisi-inovasi-layanan-publik-2017',
  tier: 'B',
  note: 'Failing reasons: age below the minimum, incomplete fields, careless answers, duplicate titles (kipp.md §2.7).',
};

/** Reasons for failing administrative selection, 2018. */
export const KABAR24_2018: Source = {
  citation: 'Kabar24 Bisnis, "Jumlah Inovasi KIPP 2018 Menurun" (2 April 2018)',
  url: 'https://kabar24.bisnis.com/read/20180402/15/779209/jumlah-inovasi-kipp-2018-menurun-75',
  tier: 'B',
  note: 'Same four failing reasons as 2017, including the same title used for more than one proposal (kipp.md §2.7).',
};

/** Who may submit: K/L, Pemda, BUMN, BUMD. */
export const PARTICIPANTS_SOURCE: Source = {
  citation:
    'Titles of PermenPANRB 7/2021 and of every juklak; Kementerian PANRB, "Kementerian PANRB Tetapkan Top 99 Inovasi Pelayanan Publik 2017" (2 BUMN and 4 BUMD in the Top 99)',
  url: 'https://menpan.go.id/site/berita-terkini/kementerian-panrb-tetapkan-top-99-inovasi-pelayanan-publik-2017',
  tier: 'A',
  note: 'kipp.md §2.1: BUMN and BUMD were in scope by 2017 at the latest.',
};

/** The seven kinds of agency that may submit. */
export const ALL_PARTICIPANTS = {
  required: true,
  options: [
    { id: 'kementerian', title: T('Kementerian', 'Ministry') },
    { id: 'lembaga', title: T('Lembaga', 'Agency (lembaga)') },
    { id: 'provinsi', title: T('Pemerintah provinsi', 'Provincial government') },
    { id: 'kabupaten', title: T('Pemerintah kabupaten', 'Regency government') },
    { id: 'kota', title: T('Pemerintah kota', 'City government') },
    { id: 'bumn', title: T('BUMN', 'State-owned enterprise (BUMN)') },
    { id: 'bumd', title: T('BUMD', 'Regional-government enterprise (BUMD)') },
  ],
};

/** The groups, by id. */
export const GROUP_OPTIONS = {
  umum: { id: 'umum', title: T('Kelompok umum', 'General group') },
  replikasi: { id: 'replikasi', title: T('Kelompok replikasi', 'Replication group') },
  khusus: { id: 'khusus', title: T('Kelompok khusus', 'Special group') },
} as const;

/** Editions before 2020 ran as one competition. */
export const NO_GROUPS = { required: false, options: [] };

/** The ten categories of 2021 (kipp.md §4.5). */
export const CATEGORIES_2021 = [
  { id: 'pengentasan-kemiskinan', title: T('Pengentasan kemiskinan', 'Poverty alleviation') },
  { id: 'pendidikan', title: T('Pendidikan', 'Education') },
  { id: 'kesehatan', title: T('Kesehatan', 'Health') },
  { id: 'ketahanan-pangan', title: T('Ketahanan pangan', 'Food security') },
  {
    id: 'pertumbuhan-ekonomi',
    title: T('Pertumbuhan ekonomi dan kesempatan kerja', 'Economic growth and jobs'),
  },
  { id: 'pemberdayaan-masyarakat', title: T('Pemberdayaan masyarakat', 'Community empowerment') },
  {
    id: 'pelayanan-responsif-gender',
    title: T('Pelayanan publik responsif gender', 'Gender-responsive public service'),
  },
  {
    id: 'lingkungan-hidup',
    title: T('Perlindungan dan pelestarian lingkungan hidup', 'Environmental protection'),
  },
  { id: 'tata-kelola-pemerintahan', title: T('Tata kelola pemerintahan', 'Governance') },
  { id: 'penegakan-hukum', title: T('Penegakan hukum', 'Law enforcement') },
];

/** Answers that are placeholders, not answers (compared after normalising). */
export const PLACEHOLDERS = [
  'lorem ipsum',
  'tbd',
  'todo',
  'xxx',
  'test',
  'tes',
  'coba',
  'asdf',
  'dummy',
  'n/a',
  'na',
  'isi nanti',
  'diisi nanti',
  'belum diisi',
  'belum ada',
  'tidak ada',
  'menyusul',
  'akan dilengkapi',
];

/** The careless-answer heuristics (inovasi's own; the failing reason they serve is sourced). */
export function qualityParam(source: Source): Param {
  return {
    value: { minWords: 10, minShareOfLimit: 0.1, placeholders: PLACEHOLDERS },
    source: {
      ...source,
      note: `${source.note ?? ''} The thresholds (under 10 words or under a tenth of the word limit; placeholder text; copies; answers equal to the title) are inovasi's heuristics for human review, not regulation.`.trim(),
    },
  };
}

/** The identity fields every SINOVIK proposal has. */
export const IDENTITY_FIELDS = [
  { path: 'title', title: T('Judul inovasi', 'Title of the innovation') },
  { path: 'agency.name', title: T('Nama instansi', 'Agency name') },
  { path: 'unit', title: T('Unit pelayanan publik (UPP)', 'Public-service unit (UPP)') },
];

/** The innovator's contact fields of the 2021-style form (kipp.md §3.2, tier D). */
export const INNOVATOR_FIELDS = [
  { path: 'innovator.name', title: T('Nama inovator', 'Innovator name') },
  { path: 'innovator.phone', title: T('Nomor telepon inovator', 'Innovator phone') },
  { path: 'innovator.email', title: T('Email inovator', 'Innovator e-mail') },
];

/** The NTT regional clone of the 2021 form (tier D). */
export const CLONE_2021: Source = {
  citation:
    'NTT KOVABLIK 2022 registration view (Laravel), a regional copy of the national 2021 juklak form; repository name not exposed by the code index',
  tier: 'D',
  note: 'kipp.md §3.2. Verify against the annex of KepmenPANRB 161/2021.',
};

/** The regional clones of the 2023 form (tier D). */
export const CLONE_2023: Source = {
  citation:
    'NTT KOIN-YANLIK 2023 proposal form (states it follows Pedoman MenPANRB 3/2023) and the Jawa Timur KOVABLIK aspect seeder (swamsid/organisasi-portal-biro, database/seeders/AspekSeeder.php)',
  url: 'https://github.com/swamsid/organisasi-portal-biro',
  tier: 'D',
  note: 'kipp.md §3.3. Verify against the annex of Pedoman MenPANRB 3/2023.',
};

/** The editions whose file-size rules were not found. */
export const FILE_RULES_UNKNOWN: Param = {
  source: {
    citation:
      'inovasi: file-size limits not found in the national rules searched (juklak, ministry releases)',
    tier: 'D',
  },
  unknown: T(
    'batas jenis dan ukuran berkas nasional tidak ditemukan; salinan formulir daerah memakai PDF 1–2 MB',
    'national file type and size limits were not found; regional copies of the form use 1–2 MB PDFs',
  ),
};

const S = (
  id: string,
  titleId: string,
  titleEn: string,
  maxWords: number | null,
  limit: 'hard' | 'soft' = 'soft',
  // `required` left out: a missing section is reported at the rule's severity.
) => ({ id, title: T(titleId, titleEn), maxWords, limit });

/** 2021-style sections of kelompok umum (kipp.md §3.2), soft limits by default. */
export function sections2021Umum(limit: 'hard' | 'soft' = 'soft') {
  return [
    S('ringkasan', 'Ringkasan', 'Summary', 200, limit),
    S('ide-inovatif', 'Ide inovatif', 'Innovative idea', 600, limit),
    S('signifikansi', 'Signifikansi', 'Significance', 600, limit),
    S('kontribusi-tpb', 'Kontribusi terhadap capaian TPB', 'Contribution to the SDGs', 200, limit),
    S('adaptabilitas', 'Adaptabilitas', 'Adaptability', 400, limit),
    S('keberlanjutan', 'Keberlanjutan', 'Sustainability', 600, limit),
    S('kolaborasi', 'Kolaborasi pemangku kepentingan', 'Stakeholder collaboration', 200, limit),
  ];
}

/** The extra sections of kelompok replikasi (kipp.md §3.2). */
export function sectionsReplikasiExtra(limit: 'hard' | 'soft' = 'soft') {
  return [
    S('inspirasi', 'Inspirasi', 'Inspiration', 100, limit),
    S('proses-replikasi', 'Proses replikasi', 'Replication process', 200, limit),
    S('faktor-pembeda', 'Faktor pembeda', 'Distinguishing factor', 100, limit),
  ];
}

/** 2021-style sections of kelompok khusus (kipp.md §3.2). */
export function sections2021Khusus(limit: 'hard' | 'soft' = 'soft') {
  return [
    S('ringkasan', 'Ringkasan', 'Summary', 200, limit),
    S('pembaruan', 'Pembaruan/peningkatan inovasi', 'Update/improvement', 200, limit),
    S('adaptabilitas', 'Adaptabilitas', 'Adaptability', 200, limit),
    S(
      'penguatan-keberlanjutan',
      'Penguatan keberlanjutan',
      'Strengthened sustainability',
      300,
      limit,
    ),
    S('evaluasi', 'Evaluasi', 'Evaluation', 300, limit),
  ];
}

/** 2023-style sections of kelompok umum and replikasi (kipp.md §3.3). */
export function sections2023Umum(limit: 'hard' | 'soft' = 'soft', withLimits = true) {
  const w = (n: number): number | null => (withLimits ? n : null);
  return [
    S('ringkasan', 'Ringkasan', 'Summary', w(200), limit),
    S('latar-belakang', 'Latar belakang dan tujuan', 'Background and aims', w(300), limit),
    S('kebaruan', 'Kebaruan/nilai tambah', 'Novelty/added value', w(200), limit),
    S('implementasi', 'Implementasi inovasi', 'Implementation', w(200), limit),
    S('signifikansi', 'Signifikansi', 'Significance', w(600), limit),
    S(
      'adaptabilitas-replikasi',
      'Adaptabilitas: sudah direplikasi?',
      'Adaptability: already replicated?',
      w(100),
      limit,
    ),
    S(
      'adaptabilitas-potensi',
      'Adaptabilitas: potensi replikasi',
      'Adaptability: replication potential',
      w(200),
      limit,
    ),
    S('sumber-daya', 'Sumber daya', 'Resources', w(200), limit),
    S('keberlanjutan', 'Strategi keberlanjutan', 'Sustainability strategy', w(500), limit),
  ];
}

/** 2023-style sections of kelompok khusus (kipp.md §3.3; word limits not found). */
export function sections2023Khusus() {
  return [
    S('ringkasan', 'Ringkasan', 'Summary', null),
    S('deskripsi-awal', 'Deskripsi inovasi awal', 'The original innovation', null),
    S('pembaruan', 'Pembaruan/peningkatan inovasi', 'Update/improvement', null),
    S('dampak', 'Dampak', 'Impact', null),
    S('adaptabilitas', 'Adaptabilitas', 'Adaptability', null),
    S('penguatan-sumber-daya', 'Penguatan sumber daya', 'Strengthened resources', null),
    S(
      'strategi-keberlanjutan',
      'Strategi penguatan keberlanjutan',
      'Strengthened sustainability strategy',
      null,
    ),
  ];
}

/** A parameter nobody found, with what is missing. */
export function unknown(id: string, en: string, source?: Source): Param {
  return { unknown: T(id, en), ...(source ? { source } : {}) };
}
