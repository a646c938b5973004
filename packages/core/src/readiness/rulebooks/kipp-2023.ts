/**
 * KIPP 2023 (the 10th edition), under Pedoman MenPANRB 3/2023: kelompok umum and khusus, the
 * eight-section proposal, SPBE questions for applications. Much of the form is known only from
 * regional copies (tier D), so those rules warn instead of failing. Sources:
 * `../shared/domain/kipp.md` §1.2, §2.4, §2.5, §2.8, §3.3, §4.5.
 *
 * @module
 */
import type { Source } from '../../shared/source.js';
import { buildEdition } from './build.js';
import {
  ALL_PARTICIPANTS,
  CLONE_2023,
  FILE_RULES_UNKNOWN,
  GROUP_OPTIONS,
  IDENTITY_FIELDS,
  JPNN_2017,
  KABAR24_2018,
  PARTICIPANTS_SOURCE,
  qualityParam,
  SDG_FROM_2018,
  sections2023Khusus,
  sections2023Umum,
  unknown,
} from './sources.js';

const FINALISTS_2023: Source = {
  citation: 'Kementerian PANRB, "Selangkah Menuju Finalis Top Inovasi KIPP Tahun 2023"',
  url: 'https://menpan.go.id/site/berita-terkini/selangkah-menuju-finalis-top-inovasi-kipp-tahun-2023',
  tier: 'A',
};

const EXTENDED_2023: Source = {
  citation:
    'Surat Deputi Pelayanan Publik Kementerian PANRB B/188/PP.00.05/2023 (28 April 2023), as quoted by JPNN, "KemenPAN-RB Memperpanjang Waktu Pengajuan Proposal hingga 6 Mei" (KIPP 2023)',
  url: 'https://m.jpnn.com/amp/news/kemenpan-rb-memperpanjang-waktu-pengajuan-proposal-hingga-6-mei',
  tier: 'B',
  note: 'Extended on 28 April 2023 from 2 May to 6 May 2023, 23:59 WIB.',
};

const D = (id: string, titleId: string, titleEn: string) => ({
  type: id,
  title: { id: titleId, en: titleEn },
  severity: 'warning' as const,
});

/** KIPP 2023 readiness rules. */
export const kipp2023 = buildEdition({
  id: 'kipp-2023',
  title: {
    id: 'Kompetisi Inovasi Pelayanan Publik 2023',
    en: 'Public Service Innovation Competition 2023',
  },
  legalBasis: [
    { citation: 'Peraturan Menteri PANRB Nomor 7 Tahun 2021', tier: 'A' },
    {
      citation: 'Pedoman Menteri PANRB Nomor 3 Tahun 2023 (juklak KIPP 2023)',
      url: 'https://ainamulyana.com/2023/03/pedoman-menpan-nomor-3-tahun-202.html',
      tier: 'A',
      note: 'Only a summary was readable; the annex was not.',
    },
  ],
  effective: { from: '2023-01-01', to: '2023-12-31' },
  warningOnly: ['KIPP.AWARDS', 'KIPP.SECTIONS', 'KIPP.VIDEO'],
  params: {
    registrationClose: {
      dated: [
        {
          from: '2023-01-01',
          value: '2023-05-02',
          source: {
            ...EXTENDED_2023,
            note: 'The close before the extension ("semula ditutup tanggal 2 Mei 2023").',
          },
        },
        { from: '2023-04-28', value: '2023-05-06', source: EXTENDED_2023 },
      ],
    },
    minimumAge: unknown(
      'usia implementasi minimal KIPP 2023 tidak ditemukan (2021–2022: 2 tahun)',
      'the KIPP 2023 minimum implementation age was not found (2021–2022: 2 years)',
    ),
    participants: { value: ALL_PARTICIPANTS, source: PARTICIPANTS_SOURCE },
    groups: {
      value: { required: true, options: [GROUP_OPTIONS.umum, GROUP_OPTIONS.khusus] },
      source: {
        ...FINALISTS_2023,
        note: 'National results name umum and khusus; a regional portal also lists replikasi (kipp.md §8).',
      },
    },
    categories: {
      value: {
        required: true,
        options: null,
        missingNote: {
          id: 'daftar kategori nasional 2023 tidak ditemukan; salinan NTT 2023 memuat 11 kategori (tidak terverifikasi)',
          en: 'the national 2023 category list was not found; the NTT 2023 copy lists 11 (unverified)',
        },
      },
      source: FINALISTS_2023,
    },
    requiredFields: {
      value: [
        ...IDENTITY_FIELDS,
        {
          path: 'isApplication',
          title: {
            id: 'Apakah inovasi berupa aplikasi web/mobile (pertanyaan SPBE)',
            en: 'Whether the innovation is a web/mobile application (SPBE question)',
          },
        },
      ],
      source: {
        ...KABAR24_2018,
        note: 'Incomplete fields fail administrative selection (kipp.md §2.7); the SPBE yes/no question is confirmed for 2023 (menpan 2023 finalists article, A).',
      },
    },
    awards: {
      umum: {
        value: {
          forbid: [{ tiers: ['top-terpuji'], years: { from: 2014, to: 2022 } }],
          maxCount: [{ tiers: ['top99'], max: 1 }],
          require: [],
        },
        source: CLONE_2023,
      },
      khusus: {
        value: {
          forbid: [{ tiers: ['outstanding'], years: { from: 2020, to: 2022 } }],
          maxCount: [{ tiers: ['top15-khusus'], max: 1 }],
          require: [{ tiers: ['top-terpuji'], years: { from: 2014, to: 2021 }, group: 'umum' }],
        },
        source: CLONE_2023,
      },
    },
    sections: {
      umum: { value: { sections: sections2023Umum() }, source: CLONE_2023 },
      khusus: { value: { sections: sections2023Khusus() }, source: CLONE_2023 },
    },
    attachments: {
      value: [
        D(
          'surat-pernyataan-implementasi',
          'Surat pernyataan implementasi',
          'Signed statement of implementation',
        ),
        D(
          'surat-pernyataan-identitas',
          'Surat pernyataan identitas perorangan/tim',
          'Signed statement of the individual or team',
        ),
        D(
          'surat-pernyataan-kesediaan-replikasi',
          'Surat pernyataan kesediaan replikasi',
          'Signed statement of willingness to be replicated',
        ),
        D(
          'laporan-evaluasi',
          'Laporan evaluasi internal/eksternal (data sebelum/sesudah)',
          'Internal/external evaluation report (before/after data)',
        ),
      ],
      source: CLONE_2023,
    },
    fileRules: FILE_RULES_UNKNOWN,
    video: {
      value: { required: true },
      source: {
        ...CLONE_2023,
        note: 'The 2023 regional form requires a YouTube link; nationally the video is confirmed for the presentation stage (menpan 2023 rakor, A).',
      },
    },
    sdgMinimum: SDG_FROM_2018,
    spbe: unknown(
      'daftar pertanyaan SPBE 2023 tidak ditemukan; hanya keberadaannya yang terkonfirmasi',
      'the 2023 SPBE question list was not found; only that the questions exist is confirmed',
      FINALISTS_2023,
    ),
    quality: qualityParam(KABAR24_2018),
    duplicateTitleSource: JPNN_2017,
    quota: unknown(
      'kuota per instansi KIPP 2023 tidak ditemukan',
      'the KIPP 2023 quota per agency was not found',
    ),
  },
});
