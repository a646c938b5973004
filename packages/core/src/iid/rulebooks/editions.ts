/**
 * The IID editions. One rulebook per assessment year, each with the official formula shape and
 * whatever the sources support for that year; what is not known is `unknown`, with what is
 * missing, so the engine answers "indeterminate" instead of guessing. Sources:
 * `../shared/domain/iid-and-incentive.md` §3–4, `../shared/domain/regional-apps.md` §3–5.
 *
 * @module
 */
import { defineRulebook, type RulebookInput } from '../../rulebook/schema.js';
import type { LocalizedText } from '../../shared/i18n.js';
import type { Source } from '../../shared/source.js';
import { sidCommunity2024, sidPre2023Weighted } from './catalogue-community.js';
import { sid2026, spd2026, t } from './catalogue-2026.js';
import {
  BAND_POLICY_NOTE,
  BRIDA,
  BSKDN_IGA20,
  HARIANTERBIT22,
  ONLINEKOE,
  PED23,
  PPT23,
  PRE2023,
  SIMONDA,
  SIMONDA27,
  SIMONDA_WINDOW,
  SMPANTURA24,
  TGR25,
} from './sources.js';

type Parameter = NonNullable<RulebookInput['parameters']>[number];
type Rule = NonNullable<RulebookInput['rules']>[number];

/** Parameter ids shared by every IID edition. */
export const IID_PARAMETERS = {
  spdCatalogue: 'iid.catalogue.spd',
  sidCatalogue: 'iid.catalogue.sid',
  bandPolicy: 'iid.band-policy',
  divisorMinimum: 'iid.divisor.minimum',
  countScore: 'iid.count-score',
  urusan: 'iid.urusan-yandas',
  window: 'iid.window',
  minimumWords: 'iid.rancang-bangun.minimum-words',
  maximumTotal: 'iid.total.maximum',
  sangatInovatif: 'iid.predikat.sangat-inovatif.minimum',
  inovatif: 'iid.predikat.inovatif.minimum',
  kurangInovatif: 'iid.predikat.kurang-inovatif.minimum',
} as const;

const P = IID_PARAMETERS;

const TITLES: Record<keyof typeof IID_PARAMETERS, LocalizedText> = {
  spdCatalogue: /* @__PURE__ */ t('Katalog indikator SPD', 'SPD indicator catalogue'),
  sidCatalogue: /* @__PURE__ */ t(
    'Katalog indikator SID per inovasi',
    'Per-innovation SID indicator catalogue',
  ),
  bandPolicy: /* @__PURE__ */ t('Kebijakan rentang tumpang tindih', 'Overlapping-band tie policy'),
  divisorMinimum: /* @__PURE__ */ t('Pembagi minimal (MAX(k, n))', 'Minimum divisor (MAX(k, n))'),
  countScore: /* @__PURE__ */ t('Skor jumlah inovasi', 'Innovation-count score'),
  urusan: /* @__PURE__ */ t('Urusan wajib pelayanan dasar', 'Mandatory basic-service affairs'),
  window: /* @__PURE__ */ t('Rentang waktu penerapan', 'Implementation window'),
  minimumWords: /* @__PURE__ */ t(
    'Jumlah kata minimal rancang bangun',
    'Minimum words of the rancang bangun',
  ),
  maximumTotal: /* @__PURE__ */ t('Skor total maksimum', 'Maximum total score'),
  sangatInovatif: /* @__PURE__ */ t(
    'Batas bawah Sangat Inovatif',
    'Lower bound of Sangat Inovatif',
  ),
  inovatif: /* @__PURE__ */ t('Batas bawah Inovatif', 'Lower bound of Inovatif'),
  kurangInovatif: /* @__PURE__ */ t(
    'Batas bawah Kurang Inovatif',
    'Lower bound of Kurang Inovatif',
  ),
};

type Value = { value: unknown; source: Source } | { unknown: LocalizedText; source?: Source };

function parameter(key: keyof typeof IID_PARAMETERS, from: string, value: Value): Parameter {
  return {
    id: IID_PARAMETERS[key],
    title: TITLES[key],
    values: [{ from, ...value } as Parameter['values'][number]],
  };
}

/** Urusan wajib pelayanan dasar (UU 23/2014 Pasal 12(1)). */
export const URUSAN_YANDAS = [
  { id: 'pendidikan', title: /* @__PURE__ */ t('Pendidikan', 'Education') },
  { id: 'kesehatan', title: /* @__PURE__ */ t('Kesehatan', 'Health') },
  {
    id: 'pekerjaan-umum-penataan-ruang',
    title: /* @__PURE__ */ t(
      'Pekerjaan Umum dan Penataan Ruang',
      'Public works and spatial planning',
    ),
  },
  {
    id: 'perumahan-rakyat-kawasan-permukiman',
    title: /* @__PURE__ */ t(
      'Perumahan Rakyat dan Kawasan Permukiman',
      'Public housing and settlements',
    ),
  },
  {
    id: 'ketenteraman-ketertiban-umum-pelindungan-masyarakat',
    title: /* @__PURE__ */ t(
      'Ketenteraman, Ketertiban Umum dan Pelindungan Masyarakat',
      'Peace, public order and community protection',
    ),
  },
  { id: 'sosial', title: /* @__PURE__ */ t('Sosial', 'Social affairs') },
] as const;

const BAND_POLICY = { overlap: 'higher', gap: 'lower' } as const;

/** The seven rules every IID edition runs, each naming its parameters. */
function iidRules(source: Source): Rule[] {
  return [
    {
      id: 'IID.SPD',
      kind: 'iid.spd',
      title: /* @__PURE__ */ t(
        'Skor Satuan Pemerintahan Daerah (SPD)',
        'Regional-government score (SPD)',
      ),
      parameters: { catalogue: P.spdCatalogue, bandPolicy: P.bandPolicy },
      source,
    },
    {
      id: 'IID.SID',
      kind: 'iid.sid',
      title: /* @__PURE__ */ t('Skor Satuan Inovasi Daerah (SID)', 'Innovation score (SID)'),
      parameters: {
        catalogue: P.sidCatalogue,
        bandPolicy: P.bandPolicy,
        divisorMinimum: P.divisorMinimum,
      },
      source,
      note: /* @__PURE__ */ t(
        'n menghitung semua inovasi yang dilaporkan, termasuk yang ditolak (skor 0).',
        'n counts every reported innovation, rejected ones included (score 0).',
      ),
    },
    {
      id: 'IID.COUNT',
      kind: 'iid.innovation-count',
      title: /* @__PURE__ */ t('Skor jumlah inovasi', 'Innovation-count score'),
      parameters: { countScore: P.countScore, urusan: P.urusan },
      source,
      note: /* @__PURE__ */ t(
        'Cakupan urusan dihitung dari urusan utama tiap inovasi yang dinilai.',
        'Urusan coverage is counted from the main urusan of each assessed innovation.',
      ),
    },
    {
      id: 'IID.WINDOW',
      kind: 'iid.implementation-window',
      title: /* @__PURE__ */ t('Rentang waktu penerapan', 'Implementation window'),
      parameters: { window: P.window },
      source,
    },
    {
      id: 'IID.RANCANG_BANGUN',
      kind: 'iid.rancang-bangun',
      title: /* @__PURE__ */ t('Rancang bangun minimal', 'Minimum rancang bangun'),
      parameters: { minimumWords: P.minimumWords },
      source,
    },
    {
      id: 'IID.INDEX',
      kind: 'iid.index',
      title: /* @__PURE__ */ t('Indeks Inovasi Daerah', 'Regional Innovation Index'),
      parameters: { maximumTotal: P.maximumTotal },
      source,
    },
    {
      id: 'IID.PREDIKAT',
      kind: 'iid.predikat',
      title: /* @__PURE__ */ t('Predikat', 'Predikat (rating)'),
      parameters: {
        sangatInovatif: P.sangatInovatif,
        inovatif: P.inovatif,
        kurangInovatif: P.kurangInovatif,
      },
      source,
    },
  ];
}

const unknown = (id: string, en: string, source?: Source): Value => ({
  unknown: /* @__PURE__ */ t(id, en),
  ...(source ? { source } : {}),
});

const NO_TABLE = (year: number) =>
  /* @__PURE__ */ unknown(
    `Tabel indikator ${year} (bobot dan parameter) tidak ditemukan; hanya struktur 2023 dan rumusnya yang resmi.`,
    `The ${year} indicator table (weights and parameters) was not found; only the 2023 structure and formula are official.`,
  );

const WORDS_FORM: Source = {
  citation: 'Form isian proposal inovasi daerah (rancang bangun minimal 300 kata)',
  url: 'https://123dok.com/id/docs/form-isian-proposal-inovasi-daerah.11901683',
  tier: 'C',
  note: 'Form copy, year not recorded; the Brida 2024/25 app shows the same "minimal 300 kata" hint and SIMONDA enforces it for 2026.',
};

const POLICY_VALUE: Value = { value: BAND_POLICY, source: BAND_POLICY_NOTE };

/** Parameters and groups of parameters, as one list (no spread, so editions tree-shake). */
function flat(items: readonly (Parameter | readonly Parameter[])[]): Parameter[] {
  return items.flat();
}

function bands(from: string, si: Value, i: Value, ki: Value): Parameter[] {
  return [
    /* @__PURE__ */ parameter('sangatInovatif', from, si),
    /* @__PURE__ */ parameter('inovatif', from, i),
    /* @__PURE__ */ parameter('kurangInovatif', from, ki),
  ];
}

/** IID 2023: the official formula with divisor MAX(10, n) and the official bands. */
export const iid2023 = /* @__PURE__ */ defineRulebook({
  id: 'iid-2023',
  title: /* @__PURE__ */ t('Indeks Inovasi Daerah 2023', 'Regional Innovation Index 2023'),
  domain: 'iid',
  status: 'historical',
  issuer: 'Kementerian Dalam Negeri (BSKDN)',
  legalBasis: [PED23, PPT23],
  effective: { from: '2023-05-18', to: '2023-12-31' },
  parameters: /* @__PURE__ */ flat([
    /* @__PURE__ */ parameter('spdCatalogue', '2023-05-18', /* @__PURE__ */ NO_TABLE(2023)),
    /* @__PURE__ */ parameter('sidCatalogue', '2023-05-18', /* @__PURE__ */ NO_TABLE(2023)),
    /* @__PURE__ */ parameter('bandPolicy', '2023-05-18', POLICY_VALUE),
    /* @__PURE__ */ parameter('divisorMinimum', '2023-05-18', { value: 10, source: PPT23 }),
    /* @__PURE__ */ parameter(
      'countScore',
      '2023-05-18',
      /* @__PURE__ */ unknown(
        'Rumus skor jumlah inovasi 2023 tidak ditemukan.',
        'The 2023 innovation-count formula was not found.',
      ),
    ),
    /* @__PURE__ */ parameter(
      'urusan',
      '2023-05-18',
      /* @__PURE__ */ unknown(
        'Syarat cakupan urusan wajib pelayanan dasar sebelum 2026 tidak ditemukan.',
        'A basic-service urusan requirement before 2026 was not found.',
      ),
    ),
    /* @__PURE__ */ parameter(
      'window',
      '2023-05-18',
      /* @__PURE__ */ unknown(
        'Rentang waktu penerapan 2023 tidak ditemukan (2021–2022: inovasi dua tahun terakhir).',
        'The 2023 implementation window was not found (2021–2022: innovations of the last two years).',
      ),
    ),
    /* @__PURE__ */ parameter('minimumWords', '2023-05-18', { value: 300, source: WORDS_FORM }),
    /* @__PURE__ */ parameter(
      'maximumTotal',
      '2023-05-18',
      /* @__PURE__ */ unknown(
        'Skor total maksimum 2023 tidak dinyatakan; 25,2 % / 74,8 % cocok dengan 63/250, tetapi belum dikonfirmasi.',
        'The 2023 maximum total is not stated; 25.2% / 74.8% match 63/250, but this is not confirmed.',
        PPT23,
      ),
    ),
    /* @__PURE__ */ bands(
      '2023-05-18',
      { value: 60.01, source: PPT23 },
      { value: 35, source: PPT23 },
      { value: 0.01, source: PPT23 },
    ),
  ]),
  rules: /* @__PURE__ */ iidRules(PPT23),
});

function laterYear(
  year: 2024 | 2025,
  legalBasis: Source,
  sangatInovatif: Value,
  inovatif: Value,
  kurangInovatif: Value,
): RulebookInput {
  const from = `${year}-01-01`;
  return /* @__PURE__ */ defineRulebook({
    id: `iid-${year}`,
    extends: `iid-${year - 1}`,
    title: /* @__PURE__ */ t(`Indeks Inovasi Daerah ${year}`, `Regional Innovation Index ${year}`),
    domain: 'iid',
    status: 'historical',
    issuer: 'Kementerian Dalam Negeri (BSKDN)',
    legalBasis: [legalBasis],
    effective: { from, to: `${year}-12-31` },
    parameters: /* @__PURE__ */ flat([
      /* @__PURE__ */ parameter('spdCatalogue', from, /* @__PURE__ */ NO_TABLE(year)),
      /* @__PURE__ */ parameter('sidCatalogue', from, /* @__PURE__ */ NO_TABLE(year)),
      /* @__PURE__ */ parameter(
        'divisorMinimum',
        from,
        /* @__PURE__ */ unknown(
          `Konstanta pembagi k pada MAX(k, n) untuk ${year} tidak ditemukan (2023: 10; 2026: 12).`,
          `The divisor constant k in MAX(k, n) for ${year} was not found (2023: 10; 2026: 12).`,
        ),
      ),
      /* @__PURE__ */ bands(from, sangatInovatif, inovatif, kurangInovatif),
    ]),
  });
}

/** IID 2024: bands from the press (> 60 / 35–60 / < 35); divisor and tables unknown. */
export const iid2024 = /* @__PURE__ */ laterYear(
  2024,
  {
    citation: 'Kepmendagri 400.10.11-4898 Tahun 2024 tentang Indeks Inovasi Daerah (results)',
    tier: 'C',
    note: 'Known from regional press; the text was not read.',
  },
  { value: 60.01, source: SMPANTURA24 },
  { value: 35, source: SMPANTURA24 },
  {
    value: 0.01,
    source: {
      ...SMPANTURA24,
      note: 'The source gives Kurang Inovatif only as "< 35"; 0.01 is not in it. 0.01 is the least score above 0 at two decimals, and 0 is Tidak Dapat Dinilai (the official 2023 bands, PPT23: 0.01–34.99 and 0). Sultra data agree: Kolaka Timur 34.63 was Kurang Inovatif.',
    },
  },
);

/** IID 2025: SI ≥ 65.01 and I ≥ 35.01 from regional sources; the KI lower bound not seen. */
export const iid2025 = /* @__PURE__ */ laterYear(
  2025,
  {
    citation: 'Kepmendagri 400.10.11-6097 Tahun 2025 tentang Indeks Inovasi Daerah (results)',
    tier: 'C',
    note: 'Known from Bappeda Kota Tangerang; the text was not read.',
  },
  { value: 65.01, source: TGR25 },
  { value: 35.01, source: TGR25 },
  /* @__PURE__ */ unknown(
    'Batas bawah Kurang Inovatif 2025 tidak terlihat di sumber (kemungkinan 0,01).',
    'The 2025 lower bound of Kurang Inovatif was not seen (presumably 0.01).',
    TGR25,
  ),
);

/** IID 2026: the full catalogue and constants of Surat Kepala BSKDN 400.10.11/1887/BSKDN. */
export const iid2026 = /* @__PURE__ */ defineRulebook({
  id: 'iid-2026',
  title: /* @__PURE__ */ t('Indeks Inovasi Daerah 2026', 'Regional Innovation Index 2026'),
  domain: 'iid',
  status: 'in-force',
  issuer: 'Kementerian Dalam Negeri (BSKDN)',
  legalBasis: [SIMONDA],
  effective: { from: '2026-04-29', to: '2026-12-31' },
  parameters: /* @__PURE__ */ flat([
    /* @__PURE__ */ parameter('spdCatalogue', '2026-04-29', { value: spd2026, source: SIMONDA }),
    /* @__PURE__ */ parameter('sidCatalogue', '2026-04-29', { value: sid2026, source: SIMONDA }),
    /* @__PURE__ */ parameter('bandPolicy', '2026-04-29', POLICY_VALUE),
    /* @__PURE__ */ parameter('divisorMinimum', '2026-04-29', { value: 12, source: SIMONDA }),
    /* @__PURE__ */ parameter('countScore', '2026-04-29', {
      value: { perInnovation: 0.38, cap: 200 },
      source: SIMONDA,
    }),
    /* @__PURE__ */ parameter('urusan', '2026-04-29', {
      value: { required: 5, urusan: URUSAN_YANDAS },
      source: SIMONDA,
    }),
    /* @__PURE__ */ parameter('window', '2026-04-29', {
      value: { from: '2024-01-01', to: '2025-12-31' },
      source: SIMONDA_WINDOW,
    }),
    /* @__PURE__ */ parameter('minimumWords', '2026-04-29', { value: 300, source: SIMONDA }),
    /* @__PURE__ */ parameter('maximumTotal', '2026-04-29', { value: 250, source: SIMONDA }),
    /* @__PURE__ */ bands(
      '2026-04-29',
      { value: 65.01, source: SIMONDA },
      { value: 40.01, source: SIMONDA },
      { value: 0.01, source: SIMONDA },
    ),
  ]),
  rules: /* @__PURE__ */ iidRules(SIMONDA),
});

/** IID 2027: a declared prognosis extending 2026 (divisor 14, all 6 urusan). */
export const iid2027 = /* @__PURE__ */ defineRulebook({
  id: 'iid-2027',
  extends: 'iid-2026',
  title: /* @__PURE__ */ t(
    'Indeks Inovasi Daerah 2027 (prognosis)',
    'Regional Innovation Index 2027 (prognosis)',
  ),
  domain: 'iid',
  status: 'prognosis',
  statusNote: /* @__PURE__ */ t(
    'Prognosis yang dinyatakan (tabel prognosis SIMONDA), bukan aturan yang terbit.',
    'A declared prognosis (SIMONDA prognosis table), not a published rule.',
  ),
  issuer: 'Kementerian Dalam Negeri (BSKDN)',
  legalBasis: [SIMONDA27],
  effective: { from: '2027-01-01', to: '2027-12-31' },
  parameters: [
    /* @__PURE__ */ parameter('divisorMinimum', '2027-01-01', { value: 14, source: SIMONDA27 }),
    /* @__PURE__ */ parameter('urusan', '2027-01-01', {
      value: { required: 6, urusan: URUSAN_YANDAS },
      source: SIMONDA27,
    }),
    /* @__PURE__ */ parameter(
      'window',
      '2027-01-01',
      /* @__PURE__ */ unknown(
        'Rentang waktu penerapan 2027 belum diterbitkan.',
        'The 2027 implementation window has not been published.',
        SIMONDA27,
      ),
    ),
  ],
});

const NO_BAND = (year: number, note: string, noteEn: string, source: Source) =>
  /* @__PURE__ */ unknown(
    `Batas predikat ${year} tidak ditemukan; ${note}`,
    `The ${year} predikat bounds were not found; ${noteEn}`,
    source,
  );

/** The editions before the official 2023 formula: structure known, numbers not found. */
function early(
  year: 2020 | 2021 | 2022,
  effective: { from: string; to: string },
  legalBasis: Source,
  window: Value,
  bandNote: readonly [string, string],
): RulebookInput {
  const from = effective.from;
  const missing = /* @__PURE__ */ unknown(
    `Tidak ditemukan untuk ${year}.`,
    `Not found for ${year}.`,
  );
  const band = /* @__PURE__ */ NO_BAND(year, bandNote[0], bandNote[1], legalBasis);
  return /* @__PURE__ */ defineRulebook({
    id: `iid-${year}`,
    title: /* @__PURE__ */ t(`Indeks Inovasi Daerah ${year}`, `Regional Innovation Index ${year}`),
    domain: 'iid',
    status: 'historical',
    statusNote: /* @__PURE__ */ t(
      'Hanya struktur dan jumlah per predikat yang diketahui; untuk menilai ulang data lama pakai iid-pre-2023-weighted.',
      'Only the structure and the counts per predikat are known; to re-score old data use iid-pre-2023-weighted.',
    ),
    issuer: 'Kementerian Dalam Negeri (Badan Litbang / BSKDN)',
    legalBasis: [legalBasis],
    effective,
    parameters: /* @__PURE__ */ flat([
      /* @__PURE__ */ parameter('spdCatalogue', from, /* @__PURE__ */ NO_TABLE(year)),
      /* @__PURE__ */ parameter('sidCatalogue', from, /* @__PURE__ */ NO_TABLE(year)),
      /* @__PURE__ */ parameter('bandPolicy', from, POLICY_VALUE),
      /* @__PURE__ */ parameter('divisorMinimum', from, missing),
      /* @__PURE__ */ parameter('countScore', from, missing),
      /* @__PURE__ */ parameter('urusan', from, missing),
      /* @__PURE__ */ parameter('window', from, window),
      /* @__PURE__ */ parameter('minimumWords', from, missing),
      /* @__PURE__ */ parameter('maximumTotal', from, missing),
      /* @__PURE__ */ bands(from, band, band, band),
    ]),
    rules: /* @__PURE__ */ iidRules(legalBasis),
  });
}

/** IID 2020: 2 aspects, 7 variables, 35 indicators; bands not found. */
export const iid2020 = /* @__PURE__ */ early(
  2020,
  { from: '2020-05-14', to: '2020-12-31' },
  BSKDN_IGA20,
  /* @__PURE__ */ unknown(
    'Rentang waktu penerapan 2020 tidak ditemukan.',
    'The 2020 implementation window was not found.',
  ),
  [
    'hanya jumlahnya: SI 195, I 44, KI 245, disclaimer 58 (tanpa data). Skor 2019–2020 yang terbit tidak berskala 0–100 (mis. 85,18 di puncak dan "1,00" di tempat lain): jangan dipetakan ke rentang predikat tahun-tahun berikutnya.',
    'only the counts: SI 195, I 44, KI 245, disclaimer 58 (no data entered). Published 2019–2020 scores are not on a 0–100 scale (e.g. 85.18 at the top and "1.00" elsewhere): never map them onto the bands of later years.',
  ],
);

/** IID 2021: innovations of 2019–2020; bands not found. */
export const iid2021 = /* @__PURE__ */ early(
  2021,
  { from: '2021-06-01', to: '2021-12-31' },
  ONLINEKOE,
  { value: { from: '2019-01-01', to: '2020-12-31' }, source: ONLINEKOE },
  ['hanya jumlahnya: SI 37, I 316, KI 166.', 'only the counts: SI 37, I 316, KI 166.'],
);

/** IID 2022: innovations of the last two years; bands not found (do not assume 60.01). */
export const iid2022 = /* @__PURE__ */ early(
  2022,
  { from: '2022-06-01', to: '2022-12-31' },
  HARIANTERBIT22,
  /* @__PURE__ */ unknown(
    'Inovasi "dua tahun terakhir"; tahun persisnya tidak dinyatakan.',
    'Innovations "of the last two years"; the exact years are not stated.',
  ),
  [
    'jumlah SI 44, I 365, KI 101; Kota Serang 60,56 disebut "inovatif", jadi batas 60,01 tidak dipakai.',
    'counts SI 44, I 365, KI 101; Kota Serang 60.56 was called "inovatif", so a 60.01 bound is not assumed.',
  ],
);

const COMMUNITY_UNKNOWN = /* @__PURE__ */ unknown(
  'Tidak ada dalam sumber komunitas ini (hanya katalog SID per inovasi).',
  'Not in this community source (it only has the per-innovation SID catalogue).',
);

function community(
  id: string,
  title: LocalizedText,
  source: Source,
  from: string,
  to: string,
  catalogue: unknown,
): RulebookInput {
  return /* @__PURE__ */ defineRulebook({
    id,
    title,
    domain: 'iid',
    status: 'historical',
    statusNote: /* @__PURE__ */ t(
      'Dikodekan komunitas (tingkat D), belum diverifikasi; untuk menilai ulang dan membandingkan data lama.',
      'Community-encoded (tier D), unverified; for re-scoring and comparing historical data.',
    ),
    issuer: 'Community encoding (not an official issuer)',
    legalBasis: [source],
    effective: { from, to },
    parameters: /* @__PURE__ */ flat([
      /* @__PURE__ */ parameter('spdCatalogue', from, COMMUNITY_UNKNOWN),
      /* @__PURE__ */ parameter('sidCatalogue', from, { value: catalogue, source }),
      /* @__PURE__ */ parameter('bandPolicy', from, POLICY_VALUE),
      /* @__PURE__ */ parameter('divisorMinimum', from, COMMUNITY_UNKNOWN),
      /* @__PURE__ */ parameter('countScore', from, COMMUNITY_UNKNOWN),
      /* @__PURE__ */ parameter('urusan', from, COMMUNITY_UNKNOWN),
      /* @__PURE__ */ parameter('window', from, COMMUNITY_UNKNOWN),
      /* @__PURE__ */ parameter('minimumWords', from, COMMUNITY_UNKNOWN),
      /* @__PURE__ */ parameter('maximumTotal', from, COMMUNITY_UNKNOWN),
      /* @__PURE__ */ bands(from, COMMUNITY_UNKNOWN, COMMUNITY_UNKNOWN, COMMUNITY_UNKNOWN),
    ]),
    rules: /* @__PURE__ */ iidRules(source),
  });
}

/** The community-encoded 2024/2025 SID catalogue (Brida, maximum 105), tier D. */
export const iid2024Community = /* @__PURE__ */ community(
  'iid-2024-community',
  /* @__PURE__ */ t(
    'IID 2024/2025 — katalog SID komunitas (Brida, maks. 105)',
    'IID 2024/2025 — community SID catalogue (Brida, max 105)',
  ),
  BRIDA,
  '2024-01-01',
  '2025-12-31',
  sidCommunity2024,
);

/** The pre-2023 weighted IID form (maximum 150), tier D. */
export const iidPre2023Weighted = /* @__PURE__ */ community(
  'iid-pre-2023-weighted',
  /* @__PURE__ */ t(
    'IID sebelum 2023 — formulir berbobot (maks. 150)',
    'IID before 2023 — weighted form (max 150)',
  ),
  PRE2023,
  '2018-01-01',
  '2022-12-31',
  sidPre2023Weighted,
);

/** Every IID rulebook, oldest first. */
export const iidRulebooks: readonly RulebookInput[] = [
  iidPre2023Weighted,
  iid2020,
  iid2021,
  iid2022,
  iid2023,
  iid2024,
  iid2024Community,
  iid2025,
  iid2026,
  iid2027,
];
