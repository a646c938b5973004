/**
 * Community-encoded SID catalogues kept so historical data can be re-scored and compared (tier
 * D, unverified): the 2024/2025 "indikator inovasi daerah" tables of `fnko19/Brida_Inovasi`
 * (maximum 105) and the unattributed pre-2023 weighted form (maximum 150). Both list the same
 * twenty indicators in the same order as SID 16–35 of 2026, so the rows keep the 2026 ids.
 * Source: `../shared/domain/regional-apps.md` §4.1, §4.2, §5.
 *
 * @module
 */
import type { RowInput } from '../schema.js';
import { KEMANFAATAN_BASES_2026, levels, sid2026, t } from './catalogue-2026.js';

const basis2026 = (id: string) => {
  const found = KEMANFAATAN_BASES_2026.find((b) => b.id === id);
  if (!found) throw new Error(`no 2026 Kemanfaatan basis ${id}`);
  return found;
};

type Override = Partial<Pick<RowInput, 'levels' | 'bases' | 'note' | 'unit' | 'direction'>>;

function derive(
  weights: readonly number[],
  mandatory: readonly string[],
  overrides: Readonly<Record<string, Override>>,
  fallback: () => Override = () => ({}),
): RowInput[] {
  return sid2026.map((row, i) => {
    const { bases, ...rest } = row;
    const override = overrides[row.id] ?? fallback();
    return {
      ...rest,
      ...(bases !== undefined && override.levels === undefined ? { bases } : {}),
      ...override,
      weight: weights[i] ?? row.weight,
      mandatory: mandatory.includes(row.id),
    };
  });
}

/** Brida 2024/2025 (Indikator 1–20 = SID-16…SID-35), Σ weight 35, maximum 105. */
export const sidCommunity2024: RowInput[] = /* @__PURE__ */ derive(
  [1, 2, 2, 2, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 2, 3, 2, 3, 2, 4],
  ['SID-16', 'SID-17', 'SID-32', 'SID-33', 'SID-35'],
  {
    'SID-16': {
      levels: /* @__PURE__ */ levels(
        [/* @__PURE__ */ t('SK Kepala Perangkat Daerah', 'Decree of the unit head')],
        [/* @__PURE__ */ t('SK Kepala Daerah', 'Decree of the head of region')],
        [/* @__PURE__ */ t('Peraturan Kepala Daerah atau Peraturan Daerah', 'Perkada or Perda')],
      ),
    },
    'SID-18': {
      note: /* @__PURE__ */ t(
        'Parameter 3 tertulis "T-0, T-1 dan T-3" di sumber (sic).',
        'Level 3 reads "T-0, T-1 and T-3" in the source (sic).',
      ),
      levels: /* @__PURE__ */ levels(
        [/* @__PURE__ */ t('T-0', 'T-0')],
        [/* @__PURE__ */ t('T-1 atau T-2', 'T-1 or T-2')],
        [/* @__PURE__ */ t('T-0, T-1 dan T-3 (sic)', 'T-0, T-1 and T-3 (sic)')],
      ),
    },
    'SID-19': {
      levels: /* @__PURE__ */ levels(
        [/* @__PURE__ */ t('Manual', 'Manual')],
        [/* @__PURE__ */ t('Elektronik', 'Electronic')],
        [/* @__PURE__ */ t('Sistem informasi daring', 'Online information system')],
      ),
    },
    'SID-20': {
      note: /* @__PURE__ */ t('Dihitung dalam 2 tahun terakhir.', 'Counted over the last 2 years.'),
      levels: /* @__PURE__ */ levels(
        [/* @__PURE__ */ t('1 kali transfer pengetahuan', 'Once'), { min: 1, max: 1 }],
        [/* @__PURE__ */ t('2 kali', 'Twice'), { min: 2, max: 2 }],
        [/* @__PURE__ */ t('> 2 kali', 'More than twice'), { min: 3 }],
      ),
    },
    'SID-24': {
      levels: /* @__PURE__ */ levels(
        [/* @__PURE__ */ t('1–2 perangkat daerah', '1–2 units'), { min: 1, max: 2 }],
        [/* @__PURE__ */ t('3–4 perangkat daerah', '3–4 units'), { min: 3, max: 4 }],
        [/* @__PURE__ */ t('≥ 5 perangkat daerah', '5 units or more'), { min: 5 }],
      ),
    },
    'SID-25': {
      levels: /* @__PURE__ */ levels(
        [/* @__PURE__ */ t('Tatap muka atau media fisik', 'Face to face or physical media')],
        [/* @__PURE__ */ t('Media sosial', 'Social media')],
        [/* @__PURE__ */ t('Media berita', 'News media')],
      ),
    },
    'SID-26': {
      levels: /* @__PURE__ */ levels(
        [/* @__PURE__ */ t('Manual', 'Manual')],
        [/* @__PURE__ */ t('Elektronik', 'Electronic')],
        [/* @__PURE__ */ t('Daring atau video tutorial', 'Online or video tutorial')],
      ),
    },
    'SID-29': {
      levels: /* @__PURE__ */ levels(
        [
          /* @__PURE__ */ t('≤ 50 % atau tidak ada pengaduan', '≤ 50% or no complaints'),
          { max: 50 },
        ],
        [/* @__PURE__ */ t('51–86 %', '51–86%'), { min: 51, max: 86 }],
        [/* @__PURE__ */ t('≥ 86 %', '≥ 86%'), { min: 86 }],
      ),
    },
    'SID-30': {
      note: /* @__PURE__ */ t(
        'Sumber memakai dua set parameter (digital dan non-digital); di sini dicatat sebagai tingkat.',
        'The source has two parameter sets (digital and non-digital); recorded here as levels only.',
      ),
      levels: /* @__PURE__ */ levels(
        [/* @__PURE__ */ t('Terpisah/independen', 'Separate/independent')],
        [/* @__PURE__ */ t('Satu portal atau satu unit/urusan', 'One portal or one unit/urusan')],
        [
          /* @__PURE__ */ t(
            'Terintegrasi dengan unit lain atau > 1 urusan',
            'Integrated with other units',
          ),
        ],
      ),
    },
    'SID-33': {
      note: /* @__PURE__ */ t(
        'Lima dasar (a–e); "tidak dapat diukur" bernilai 0.',
        'Five bases (a–e); "cannot be measured" scores 0.',
      ),
      bases: [
        {
          id: 'a',
          title: /* @__PURE__ */ t('Penerima manfaat (orang)', 'Beneficiaries (people)'),
          unit: 'orang',
          levels: /* @__PURE__ */ levels(
            [/* @__PURE__ */ t('1–100 orang', '1–100 people'), { min: 1, max: 100 }],
            [/* @__PURE__ */ t('101–200 orang', '101–200 people'), { min: 101, max: 200 }],
            [/* @__PURE__ */ t('≥ 201 orang', '≥ 201 people'), { min: 201 }],
          ),
        },
        /* @__PURE__ */ basis2026('b'),
        /* @__PURE__ */ basis2026('c'),
        {
          id: 'd',
          title: /* @__PURE__ */ t('Penambahan pendapatan (%)', 'Added revenue (%)'),
          unit: '%',
          levels: /* @__PURE__ */ levels(
            [/* @__PURE__ */ t('0,01–49,99 %', '0.01–49.99%'), { min: 0.01, max: 49.99 }],
            [/* @__PURE__ */ t('50–99,99 %', '50–99.99%'), { min: 50, max: 99.99 }],
            [/* @__PURE__ */ t('≥ 100 %', '≥ 100%'), { min: 100 }],
          ),
        },
        /* @__PURE__ */ basis2026('e'),
      ],
    },
  },
);

const NOT_RECORDED = (n: number) =>
  /* @__PURE__ */ t(
    `Parameter ${n} (teks tidak tercatat di sumber)`,
    `Level ${n} (text not recorded in the source)`,
  );

const unrecorded = (): Override => ({
  levels: /* @__PURE__ */ levels(
    [/* @__PURE__ */ NOT_RECORDED(1)],
    [/* @__PURE__ */ NOT_RECORDED(2)],
    [/* @__PURE__ */ NOT_RECORDED(3)],
  ),
});

/** The pre-2023 weighted form ("Nilai × Bobot"), Σ weight 50, maximum 150. */
export const sidPre2023Weighted: RowInput[] = /* @__PURE__ */ derive(
  [4, 2, 4, 2, 2, 2, 1, 2, 1, 2, 2, 2, 2, 2, 2, 2, 3, 5, 3, 5],
  [],
  {
    'SID-18': {
      levels: /* @__PURE__ */ levels(
        [/* @__PURE__ */ t('Tahap inisiasi', 'Initiation stage')],
        [/* @__PURE__ */ t('Tahap uji coba', 'Trial stage')],
        [/* @__PURE__ */ t('(salinan keliru di sumber)', '(copy-paste error in the source)')],
      ),
    },
    'SID-21': {
      levels: /* @__PURE__ */ levels(
        [/* @__PURE__ */ t('RPJMD', 'RPJMD')],
        [/* @__PURE__ */ t('RKPD dan diterapkan 1 tahun', 'RKPD and applied 1 year')],
        [/* @__PURE__ */ t('RKPD dan diterapkan 2 tahun', 'RKPD and applied 2 years')],
      ),
    },
    'SID-22': {
      unit: 'aktor',
      levels: /* @__PURE__ */ levels(
        [/* @__PURE__ */ t('4 aktor', '4 actors'), { min: 4, max: 4 }],
        [/* @__PURE__ */ t('5 aktor', '5 actors'), { min: 5, max: 5 }],
        [/* @__PURE__ */ t('> 5 aktor', 'More than 5 actors'), { min: 6 }],
      ),
    },
    'SID-27': {
      levels: /* @__PURE__ */ levels(
        [/* @__PURE__ */ t('Telepon atau tatap muka', 'Phone or face to face')],
        [/* @__PURE__ */ t('Email atau media sosial', 'Email or social media')],
        [/* @__PURE__ */ t('Aplikasi daring', 'Online application')],
      ),
    },
    'SID-29': {
      unit: '%',
      levels: /* @__PURE__ */ levels(
        [/* @__PURE__ */ t('≤ 30 %', '≤ 30%'), { max: 30 }],
        [/* @__PURE__ */ t('31–60 %', '31–60%'), { min: 31, max: 60 }],
        [/* @__PURE__ */ t('≥ 61 %', '≥ 61%'), { min: 61 }],
      ),
    },
    'SID-30': {
      levels: /* @__PURE__ */ levels(
        [/* @__PURE__ */ t('Web atau media sosial', 'Web or social media')],
        [/* @__PURE__ */ t('Aplikasi web', 'Web application')],
        [/* @__PURE__ */ t('Aplikasi web dan mobile', 'Web and mobile application')],
      ),
    },
    'SID-33': {
      unit: 'orang',
      levels: /* @__PURE__ */ levels(
        [/* @__PURE__ */ t('1–100 orang', '1–100 people'), { min: 1, max: 100 }],
        [/* @__PURE__ */ t('101–200 orang', '101–200 people'), { min: 101, max: 200 }],
        [/* @__PURE__ */ t('≥ 201 orang', '≥ 201 people'), { min: 201 }],
      ),
    },
  },
  unrecorded,
);
