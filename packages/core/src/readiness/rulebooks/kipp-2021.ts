/**
 * KIPP 2021 (the 8th edition), under PermenPANRB 7/2021 and KepmenPANRB 161/2021: three groups,
 * two years of implementation (one for replikasi), ten categories, a quota per agency. Sources:
 * `../shared/domain/kipp.md` §1.2, §2.3–2.6, §2.8, §3.2, §4.5.
 *
 * @module
 */
import type { Source } from '../../shared/source.js';
import { buildEdition } from './build.js';
import {
  ALL_PARTICIPANTS,
  CATEGORIES_2021,
  CLONE_2021,
  FILE_RULES_UNKNOWN,
  GROUP_OPTIONS,
  IDENTITY_FIELDS,
  JPNN_2017,
  KABAR24_2018,
  PARTICIPANTS_SOURCE,
  qualityParam,
  SDG_FROM_2018,
  sections2021Khusus,
  sections2021Umum,
  sectionsReplikasiExtra,
} from './sources.js';

const CLOSE_2021: Source = {
  citation:
    'MMC Indonesia, "Pengumpulan Proposal Kompetisi Inovasi Pelayanan Publik 2021 Ditutup Besok" (10 May 2021, quoting Deputy Diah Natalisa): proposals until Tuesday 11 May 2021, 23:59 WIB',
  url: 'https://mmcindonesia.id/2021/05/10/pengumpulan-proposal-kompetisi-inovasi-pelayanan-publik-2021-ditutup-besok/',
  tier: 'B',
  note: 'The window 18 March – 11 May 2021 is also given by the ministry article "Kompetisi Inovasi Pelayanan Publik Kembali Digelar, Catat Tanggal Pendaftarannya" (menpan.go.id, not re-read here).',
};

const LAUNCH: Source = {
  citation: 'Kementerian PANRB, "Resmi Diluncurkan, KIPP 2021 Hadir Berbeda"',
  url: 'https://menpan.go.id/site/berita-terkini/resmi-diluncurkan-kipp-2021-hadir-berbeda',
  tier: 'A',
};

const CRITERIA: Source = {
  citation: 'Kementerian PANRB, "Cermati Persyaratan dan Kriteria Inovasi KIPP 2021"',
  url: 'https://menpan.go.id/site/berita-terkini/cermati-persyaratan-dan-kriteria-inovasi-kipp-2021',
  tier: 'A',
};

const KHUSUS: Source = {
  citation:
    'Fajar Sulsel, "Akhir Juli 2021, Top Inovasi Terpuji Langsung Disetor ke Kemenkeu untuk Pemberian DID" (22 July 2021)',
  url: 'https://sulsel.fajar.co.id/2021/07/22/akhir-juli-2021-top-inovasi-terpuji-langsung-disetor-ke-kemenkeu-untuk-pemberian-did/amp',
  tier: 'C',
  note: "Kelompok khusus: Top Inovasi Terpuji of 2014–2019 not yet Outstanding; entry by the Minister's invitation (suarakarya, B).",
};

/** KIPP 2021 readiness rules. */
export const kipp2021 = buildEdition({
  id: 'kipp-2021',
  title: {
    id: 'Kompetisi Inovasi Pelayanan Publik 2021',
    en: 'Public Service Innovation Competition 2021',
  },
  legalBasis: [
    {
      citation: 'Peraturan Menteri PANRB Nomor 7 Tahun 2021',
      url: 'https://id.scribd.com/document/505213439/Permen-PANRB-No-7-Tahun-2021-1',
      tier: 'A',
      note: 'Only the preamble of the copy was readable.',
    },
    {
      citation: 'Keputusan Menteri PANRB Nomor 161 Tahun 2021 (juklak KIPP 2021)',
      url: 'https://id.scribd.com/document/503560498/KepmenPANRB-No-161-Tentang-Petunjuk-Pelaksanaan-KIPP-2021',
      tier: 'A',
      note: 'The annex (word limits, attachment list) was not readable.',
    },
  ],
  effective: { from: '2021-01-01', to: '2021-12-31' },
  warningOnly: ['KIPP.SECTIONS', 'KIPP.VIDEO'],
  params: {
    registrationClose: { value: '2021-05-11', source: CLOSE_2021 },
    minimumAge: {
      value: { years: 2, byGroup: { replikasi: 1 } },
      source: {
        ...LAUNCH,
        note: 'At least 2 years for kelompok umum and khusus, 1 year for replikasi, counted back from the registration close to the start date, with evidence of the start date.',
      },
    },
    participants: { value: ALL_PARTICIPANTS, source: PARTICIPANTS_SOURCE },
    groups: {
      value: {
        required: true,
        options: [
          GROUP_OPTIONS.umum,
          GROUP_OPTIONS.replikasi,
          {
            ...GROUP_OPTIONS.khusus,
            review: {
              id: 'hanya atas undangan khusus Menteri PANRB (di luar kuota).',
              en: 'only by special invitation of the Minister of PANRB (outside the quota).',
            },
          },
        ],
      },
      source: {
        ...LAUNCH,
        note: 'Three groups. Kelompok khusus is by special invitation of the Minister, not by quota (kipp.md §2.4: suarakarya.co.id, tier B; §2.6: menpan, tier A).',
      },
    },
    categories: {
      value: { required: true, options: CATEGORIES_2021 },
      source: {
        ...LAUNCH,
        note: 'Ten categories: the nine of 2020 plus penegakan hukum (kipp.md §4.5).',
      },
    },
    requiredFields: {
      value: IDENTITY_FIELDS,
      source: {
        ...KABAR24_2018,
        note: 'Incomplete fields fail administrative selection (kipp.md §2.7).',
      },
    },
    awards: {
      umum: {
        value: {
          forbid: [
            {
              tiers: ['top-terpuji'],
              years: { from: 2014, to: 2020 },
              fix: {
                id: 'Top Inovasi Terpuji 2014–2019 yang belum meraih Outstanding dapat ikut kelompok khusus atas undangan Menteri.',
                en: 'Top Inovasi Terpuji of 2014–2019 without an Outstanding award may enter kelompok khusus by invitation of the Minister.',
              },
            },
          ],
          maxCount: [{ tiers: ['top99'], max: 1 }],
          require: [],
        },
        source: {
          ...CRITERIA,
          note: 'Never joined or joined without an award; Top 99 fewer than two times; never Top 45/2020, Top 45/2019, Top 40/2018, Top 40/2017, Top 35/2016, Top 25/2015 or Top 9/2014.',
        },
      },
      khusus: {
        value: {
          forbid: [{ tiers: ['outstanding'] }],
          maxCount: [],
          require: [{ tiers: ['top-terpuji'], years: { from: 2014, to: 2019 } }],
        },
        source: KHUSUS,
      },
    },
    replication: {
      value: { tiers: ['top99', 'top-terpuji'], years: { from: 2014, to: 2020 } },
      source: {
        ...CRITERIA,
        note: 'An adaptation of one or more Top 99 innovations of KIPP 2014–2020 (Top Inovasi Terpuji were Top 99 first). The menpan text is cut at "2014-201…"; fajar.co.id says 2014–2019 (kipp.md §8). Verify against KepmenPANRB 161/2021.',
      },
    },
    sections: {
      umum: { value: { sections: sections2021Umum() }, source: CLONE_2021 },
      replikasi: {
        value: { sections: [...sections2021Umum(), ...sectionsReplikasiExtra()] },
        source: CLONE_2021,
      },
      khusus: { value: { sections: sections2021Khusus() }, source: CLONE_2021 },
    },
    attachments: {
      value: [
        {
          type: 'bukti-mulai-implementasi',
          title: {
            id: 'Bukti tanggal mulai implementasi',
            en: 'Evidence of the implementation start date',
          },
        },
        {
          type: 'surat-pernyataan-replikasi',
          title: {
            id: 'Surat pernyataan replikasi (pindaian PDF)',
            en: 'Signed replication statement (scanned PDF)',
          },
          groups: ['replikasi'],
          severity: 'warning',
        },
      ],
      source: {
        ...LAUNCH,
        note: 'Evidence of the start date is required (A). The replication statement comes from the regional copy of the 2021 form (D), so its absence is a warning.',
      },
    },
    fileRules: FILE_RULES_UNKNOWN,
    video: {
      value: { required: true },
      source: {
        ...CLONE_2021,
        note: 'The 2021-style regional form asks for a video link (kipp.md §2.8).',
      },
    },
    sdgMinimum: SDG_FROM_2018,
    quality: qualityParam(KABAR24_2018),
    duplicateTitleSource: JPNN_2017,
    quota: {
      value: { byGroup: { umum: 10, replikasi: 5 } },
      source: {
        ...LAUNCH,
        note: 'At most 10 proposals in kelompok umum and 5 in replikasi per agency, after an internal pre-selection; kelompok khusus is by invitation, outside the quota.',
      },
    },
  },
});
