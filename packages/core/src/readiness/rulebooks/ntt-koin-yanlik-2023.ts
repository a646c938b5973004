/**
 * Template of a provincial KIPP copy: the NTT KOIN-YANLIK / KOVABLIK form (2023 style). It
 * `extends` kipp-2023 and replaces what the NTT form states itself: one year of implementation
 * for every group, three groups, eleven categories, hard word limits, 1 MB PDFs, quotas per
 * provincial OPD, kabupaten/kota and BUMD. Everything here is tier D (a regional code copy) and
 * binding only for a competition that adopts this form. Sources: `../shared/domain/kipp.md`
 * §3.3, §5.2; `../shared/domain/regional-apps.md` §6.2.
 *
 * @module
 */
import { defineRulebook } from '../../rulebook/schema.js';
import type { Source } from '../../shared/source.js';
import { known, notFound, rule, SECTION_SLOTS } from './regional.js';
import {
  GROUP_OPTIONS,
  IDENTITY_FIELDS,
  INNOVATOR_FIELDS,
  sections2023Umum,
  sectionsReplikasiExtra,
} from './sources.js';

const NTT: Source = {
  citation:
    'NTT KOIN-YANLIK proposal form, bidangegovntt/template_dev_docker › sik/rumah-core/resources/views/proposal/proposal.blade.php @ 1682266',
  tier: 'D',
  note: 'A regional copy of the KIPP form (regional-apps.md §6.2, kipp.md §5.2); binding only where a provincial competition adopts it.',
};

const FROM = '2023-01-01';
const T = (id: string, en: string) => ({ id, en });

/** The NTT KOIN-YANLIK (provincial KIPP copy) readiness template. */
export const nttKoinYanlik2023 = defineRulebook({
  id: 'ntt-koin-yanlik-2023',
  extends: 'kipp-2023',
  title: {
    id: 'KOIN-YANLIK / KOVABLIK Provinsi NTT 2023 (templat kompetisi provinsi)',
    en: 'NTT provincial KOIN-YANLIK / KOVABLIK 2023 (provincial competition template)',
  },
  domain: 'readiness',
  status: 'template',
  statusNote: {
    id: 'Templat dari salinan formulir daerah (Tier D). Sesuaikan tanggal penutupan dan kuota dengan pengumuman kompetisi Anda.',
    en: "A template from a regional copy of the form (tier D). Set the close date and quotas from your competition's announcement.",
  },
  issuer: 'Pemerintah Provinsi Nusa Tenggara Timur (Biro Organisasi)',
  legalBasis: [NTT],
  effective: { from: FROM, to: '2023-12-31' },
  parameters: [
    notFound(
      'kipp.registration-close',
      T('Penutupan pendaftaran', 'Registration close'),
      FROM,
      T(
        'tanggal penutupan kompetisi provinsi tidak ada di formulir; berikan dengan registrationCloseDate',
        "the provincial competition's close date is not in the form; give it as registrationCloseDate",
      ),
    ),
    known(
      'kipp.implementation-age.minimum',
      T('Usia implementasi minimal', 'Minimum implementation age'),
      FROM,
      { years: 1 },
      {
        ...NTT,
        note: 'At least 1 year, counted back from the close of registration, for every group.',
      },
    ),
    known(
      'kipp.participants',
      T('Instansi yang boleh mengajukan', 'Who may submit'),
      FROM,
      {
        required: true,
        options: [
          { id: 'provinsi', title: T('Perangkat daerah provinsi', 'Provincial agency (OPD)') },
          { id: 'kabupaten', title: T('Pemerintah kabupaten', 'Regency government') },
          { id: 'kota', title: T('Pemerintah kota', 'City government') },
          { id: 'bumd', title: T('BUMD', 'Regional-government enterprise (BUMD)') },
        ],
      },
      { ...NTT, note: 'The quotas name provincial OPD, kabupaten/kota and BUMD.' },
    ),
    known(
      'kipp.groups',
      T('Kelompok', 'Groups'),
      FROM,
      {
        required: true,
        options: [
          GROUP_OPTIONS.umum,
          GROUP_OPTIONS.replikasi,
          {
            ...GROUP_OPTIONS.khusus,
            review: {
              id: 'untuk Top Inovasi Terpuji paling sedikit 1 tahun sesudah penghargaannya, atas undangan Biro Organisasi.',
              en: 'for a Top Inovasi Terpuji at least 1 year after its award, invited by the Biro Organisasi.',
            },
          },
        ],
      },
      {
        ...NTT,
        note: 'Kelompok khusus: a Top Inovasi Terpuji at least 1 year after the award, invited by the Biro Organisasi (regional-apps.md §5.2).',
      },
    ),
    known(
      'kipp.categories',
      T('Kategori', 'Categories'),
      FROM,
      {
        required: true,
        options: [
          { id: 'kesehatan', title: T('Kesehatan', 'Health') },
          {
            id: 'pertumbuhan-ekonomi',
            title: T('Pertumbuhan ekonomi dan kesempatan kerja', 'Economic growth and jobs'),
          },
          { id: 'ketahanan-pangan', title: T('Ketahanan pangan', 'Food security') },
          { id: 'inklusi-sosial', title: T('Inklusi sosial', 'Social inclusion') },
          { id: 'tata-kelola-pemerintahan', title: T('Tata kelola pemerintahan', 'Governance') },
          { id: 'ketahanan-bencana', title: T('Ketahanan bencana', 'Disaster resilience') },
          { id: 'pendidikan', title: T('Pendidikan', 'Education') },
          {
            id: 'pengentasan-kemiskinan',
            title: T('Pengentasan kemiskinan', 'Poverty alleviation'),
          },
          {
            id: 'pemberdayaan-masyarakat',
            title: T('Pemberdayaan masyarakat', 'Community empowerment'),
          },
          {
            id: 'energi-lingkungan-hidup',
            title: T('Energi dan lingkungan hidup', 'Energy and environment'),
          },
          { id: 'penegakan-hukum', title: T('Penegakan hukum', 'Law enforcement') },
        ],
      },
      { ...NTT, note: 'The eleven categories of the NTT 2023 form (kipp.md §4.5).' },
    ),
    known(
      'kipp.required-fields',
      T('Isian wajib', 'Required fields'),
      FROM,
      [
        ...IDENTITY_FIELDS,
        ...INNOVATOR_FIELDS,
        {
          path: 'isApplication',
          title: T(
            'Apakah inovasi berupa aplikasi web/mobile',
            'Whether the innovation is a web/mobile application',
          ),
        },
      ],
      NTT,
    ),
    known(
      'kipp.awards.umum',
      T('Syarat riwayat penghargaan, kelompok umum', 'Award conditions, kelompok umum'),
      FROM,
      {
        forbid: [{ tiers: ['top-terpuji'] }],
        maxCount: [{ tiers: ['top99'], max: 1 }],
        require: [],
      },
      {
        ...NTT,
        note: 'Not Top 99 twice, not Top Terpuji. The provincial condition (no earlier KOIN-YANLIK award) is not recorded in the proposal format and needs human review.',
      },
    ),
    notFound(
      'kipp.replication.source',
      T('Sumber replikasi', 'What a replication may adapt'),
      FROM,
      T(
        'replikasi NTT mengadaptasi inovasi Top 45 KOVABLIK NTT 2016–2020, hasil provinsi yang tidak tercatat di format proposal',
        'an NTT replication adapts a Top 45 KOVABLIK NTT 2016–2020 innovation, a provincial result the proposal format does not record',
      ),
    ),
    known(
      'kipp.sections.umum',
      T('Bagian proposal, kelompok umum', 'Proposal sections, kelompok umum'),
      FROM,
      { sections: sections2023Umum('hard') },
      NTT,
    ),
    known(
      'kipp.sections.replikasi',
      T('Bagian proposal, kelompok replikasi', 'Proposal sections, kelompok replikasi'),
      FROM,
      {
        sections: [...sections2023Umum('hard'), ...sectionsReplikasiExtra('hard')],
      },
      {
        ...NTT,
        note: 'The replication add-ons carry the limits of the 2021-style NTT form (kipp.md §3.2–3.3).',
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
            'Surat pernyataan kesediaan replikasi',
            'Signed statement of willingness to be replicated',
          ),
        },
        {
          type: 'laporan-evaluasi',
          title: T(
            'Laporan evaluasi (data sebelum/sesudah)',
            'Evaluation report (before/after data)',
          ),
        },
      ],
      NTT,
    ),
    known(
      'kipp.attachments.file-rules',
      T('Ketentuan berkas', 'File rules'),
      FROM,
      {
        mediaTypes: ['application/pdf'],
        maxBytes: 1024 * 1024,
      },
      { ...NTT, note: 'PDFs of at most 1 MB.' },
    ),
    known(
      'kipp.video',
      T('Ketentuan video', 'Video requirements'),
      FROM,
      { required: true },
      { ...NTT, note: 'A YouTube link is required.' },
    ),
    known(
      'kipp.quota',
      T('Kuota per instansi', 'Quota per agency'),
      FROM,
      {
        byAgencyType: { provinsi: 5, kabupaten: 3, kota: 3, bumd: 3 },
      },
      { ...NTT, note: 'At most 5 proposals per provincial OPD, 3 per kabupaten/kota, 3 per BUMD.' },
    ),
  ],
  rules: [
    rule(
      'KIPP.AWARDS',
      'readiness.award-history',
      T('Riwayat penghargaan', 'Award history'),
      {
        umum: 'kipp.awards.umum',
        khusus: 'kipp.awards.khusus',
      },
      NTT,
    ),
    rule(
      'KIPP.REPLICATION',
      'readiness.replication-source',
      T('Inovasi yang direplikasi', 'Innovation replicated'),
      {
        requirement: 'kipp.replication.source',
      },
      NTT,
    ),
    rule(
      'KIPP.SECTIONS',
      'readiness.sections',
      T('Bagian proposal dan batas kata', 'Proposal sections and word limits'),
      SECTION_SLOTS,
      NTT,
    ),
    rule(
      'KIPP.VIDEO',
      'readiness.video',
      T('Video inovasi', 'Innovation video'),
      { requirements: 'kipp.video' },
      NTT,
    ),
    rule(
      'KIPP.QUALITY',
      'readiness.quality',
      T('Tanda jawaban asal-asalan', 'Signs of careless answers'),
      {
        thresholds: 'kipp.quality.thresholds',
        ...SECTION_SLOTS,
      },
      NTT,
    ),
  ],
});
