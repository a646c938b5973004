/**
 * Template of a Banten-style provincial innovation competition ("Kompetisi", JARI Banten): it
 * `extends` kipp-2023 and replaces what the Banten app encodes: kelompok umum and khusus, ten
 * categories, eight proposal sections (no word limits in the source), three signed statements,
 * a YouTube link and a photo, PDFs of at most 2 MB. Everything here is tier D (the provincial
 * app's code). Sources: `../shared/domain/regional-apps.md` §6.1.
 *
 * @module
 */
import { defineRulebook } from '../../rulebook/schema.js';
import type { Source } from '../../shared/source.js';
import { known, notFound, rule, SECTION_SLOTS } from './regional.js';
import { GROUP_OPTIONS, IDENTITY_FIELDS } from './sources.js';

const BANTEN: Source = {
  citation:
    'chimeyant/inovasi-banten-server @ 6fc1e96 (database/migrations/1692837587020_sinovics.ts, 1695216048001_inovations.ts, app/Services/Permohonan/InovationService.ts) and chimeyant/inovasi-banten-frontend',
  url: 'https://github.com/chimeyant/inovasi-banten-server',
  tier: 'D',
  note: 'The provincial app of Banten (regional-apps.md §6.1); the ranking is filtered to 2024 entries.',
};

const FROM = '2024-01-01';
const T = (id: string, en: string) => ({ id, en });
const NOT_IN_APP = (id: string, en: string) =>
  T(`${id}; tidak ada di kode aplikasi Banten`, `${en}; not in the Banten app's code`);

const S = (id: string, titleId: string, titleEn: string) => ({
  id,
  title: T(titleId, titleEn),
  maxWords: null,
  limit: 'hard' as const,
  required: true,
});

const SECTIONS = [
  S('ringkasan', 'Ringkasan', 'Summary'),
  S('latar-belakang', 'Latar belakang dan tujuan', 'Background and aims'),
  S('kebaruan', 'Kebaruan/nilai tambah', 'Novelty/added value'),
  S('implementasi', 'Implementasi inovasi', 'Implementation'),
  S('signifikansi', 'Signifikansi', 'Significance'),
  S('adaptabilitas', 'Adaptabilitas', 'Adaptability'),
  S('sumber-daya', 'Sumber daya', 'Resources'),
  S('keberlanjutan', 'Strategi keberlanjutan', 'Sustainability strategy'),
];

/** The Banten-style provincial competition readiness template. */
export const bantenKesiapan2024 = defineRulebook({
  id: 'banten-kesiapan-2024',
  extends: 'kipp-2023',
  title: {
    id: 'Kompetisi Inovasi Provinsi Banten 2024: kesiapan proposal (templat)',
    en: 'Banten provincial innovation competition 2024: proposal readiness (template)',
  },
  domain: 'readiness',
  status: 'template',
  statusNote: {
    id: 'Templat dari kode aplikasi Pemprov Banten (Tier D), bukan dari pedoman resmi. Isi tanggal penutupan, usia minimal dan batas kata dari pengumuman kompetisi Anda.',
    en: "A template from the Banten provincial app's code (tier D), not from an official guideline. Fill in the close date, minimum age and word limits from your competition's announcement.",
  },
  issuer: 'Pemerintah Provinsi Banten',
  legalBasis: [BANTEN],
  effective: { from: FROM, to: '2024-12-31' },
  parameters: [
    notFound(
      'kipp.registration-close',
      T('Penutupan pendaftaran', 'Registration close'),
      FROM,
      NOT_IN_APP('tanggal penutupan', 'the close date'),
    ),
    notFound(
      'kipp.implementation-age.minimum',
      T('Usia implementasi minimal', 'Minimum implementation age'),
      FROM,
      NOT_IN_APP('usia implementasi minimal', 'the minimum implementation age'),
    ),
    notFound(
      'kipp.participants',
      T('Instansi yang boleh mengajukan', 'Who may submit'),
      FROM,
      NOT_IN_APP(
        'aplikasi mencatat inovasi per perangkat daerah (OPD); peserta lain tidak disebut',
        'the app registers innovations per provincial agency (OPD); other participants are not named',
      ),
    ),
    known(
      'kipp.groups',
      T('Kelompok', 'Groups'),
      FROM,
      {
        required: true,
        options: [GROUP_OPTIONS.umum, GROUP_OPTIONS.khusus],
      },
      BANTEN,
    ),
    known(
      'kipp.categories',
      T('Kategori', 'Categories'),
      FROM,
      {
        required: true,
        options: [
          { id: 'kesehatan', title: T('Kesehatan', 'Health') },
          { id: 'pendidikan', title: T('Pendidikan', 'Education') },
          {
            id: 'pertumbuhan-ekonomi',
            title: T('Pertumbuhan ekonomi dan kesempatan kerja', 'Economic growth and jobs'),
          },
          { id: 'ketahanan-pangan', title: T('Ketahanan pangan', 'Food security') },
          {
            id: 'pemberdayaan-masyarakat',
            title: T('Pemberdayaan masyarakat', 'Community empowerment'),
          },
          { id: 'inklusi-sosial', title: T('Inklusi sosial', 'Social inclusion') },
          {
            id: 'energi-lingkungan-hidup',
            title: T('Energi dan lingkungan hidup', 'Energy and environment'),
          },
          { id: 'tata-kelola-pemerintahan', title: T('Tata kelola pemerintahan', 'Governance') },
          { id: 'penegakan-hukum', title: T('Penegakan hukum', 'Law enforcement') },
          { id: 'ketahanan-bencana', title: T('Ketahanan bencana', 'Disaster resilience') },
        ],
      },
      BANTEN,
    ),
    known(
      'kipp.required-fields',
      T('Isian wajib', 'Required fields'),
      FROM,
      IDENTITY_FIELDS,
      BANTEN,
    ),
    notFound(
      'kipp.awards.umum',
      T('Syarat riwayat penghargaan, kelompok umum', 'Award conditions, kelompok umum'),
      FROM,
      NOT_IN_APP('syarat kelompok umum', 'the kelompok umum conditions'),
    ),
    notFound(
      'kipp.awards.khusus',
      T('Syarat riwayat penghargaan, kelompok khusus', 'Award conditions, kelompok khusus'),
      FROM,
      NOT_IN_APP('syarat kelompok khusus', 'the kelompok khusus conditions'),
    ),
    known(
      'kipp.sections.umum',
      T('Bagian proposal, kelompok umum', 'Proposal sections, kelompok umum'),
      FROM,
      { sections: SECTIONS },
      {
        ...BANTEN,
        note: 'Eight sections, each rich text with an optional PDF; the app gives section weights but no word limits.',
      },
    ),
    known(
      'kipp.sections.khusus',
      T('Bagian proposal, kelompok khusus', 'Proposal sections, kelompok khusus'),
      FROM,
      { sections: SECTIONS },
      {
        ...BANTEN,
        note: 'The app uses the same eight sections for both groups.',
      },
    ),
    known(
      'kipp.attachments',
      T('Lampiran', 'Attachments'),
      FROM,
      [
        {
          type: 'surat-pernyataan-implementasi',
          title: T('Surat pernyataan implementasi', 'Signed statement of implementation'),
        },
        {
          type: 'surat-pernyataan-identitas',
          title: T(
            'Surat pernyataan identitas perorangan/tim',
            'Signed statement of the individual or team',
          ),
        },
        {
          type: 'surat-pernyataan-kesediaan-replikasi',
          title: T(
            'Surat pernyataan ketersediaan replikasi',
            'Signed statement of willingness to be replicated',
          ),
        },
        { type: 'foto', title: T('Foto inovasi', 'Photo of the innovation'), checkFiles: false },
      ],
      BANTEN,
    ),
    known(
      'kipp.attachments.file-rules',
      T('Ketentuan berkas', 'File rules'),
      FROM,
      {
        mediaTypes: ['application/pdf'],
        maxBytes: 2 * 1024 * 1024,
      },
      {
        ...BANTEN,
        note: 'PDFs are limited to 2 MB; the photo has no stated rule and is not checked.',
      },
    ),
    known(
      'kipp.video',
      T('Ketentuan video', 'Video requirements'),
      FROM,
      { required: true },
      { ...BANTEN, note: 'A YouTube link is required.' },
    ),
    notFound(
      'kipp.quota',
      T('Kuota per instansi', 'Quota per agency'),
      FROM,
      NOT_IN_APP('kuota per instansi', 'the quota per agency'),
    ),
  ],
  disable: { rules: ['KIPP.SPBE'], parameters: ['kipp.spbe.questions'] },
  rules: [
    rule(
      'KIPP.AWARDS',
      'readiness.award-history',
      T('Riwayat penghargaan', 'Award history'),
      {
        umum: 'kipp.awards.umum',
        khusus: 'kipp.awards.khusus',
      },
      BANTEN,
    ),
    rule(
      'KIPP.SECTIONS',
      'readiness.sections',
      T('Bagian proposal dan batas kata', 'Proposal sections and word limits'),
      { umum: SECTION_SLOTS.umum, khusus: SECTION_SLOTS.khusus },
      BANTEN,
    ),
    rule(
      'KIPP.VIDEO',
      'readiness.video',
      T('Video inovasi', 'Innovation video'),
      { requirements: 'kipp.video' },
      BANTEN,
    ),
  ],
});
