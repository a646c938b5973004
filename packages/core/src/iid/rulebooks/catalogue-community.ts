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
): RowInput[] {
  return sid2026.map((row, i) => {
    const { bases, ...rest } = row;
    const override = overrides[row.id] ?? {};
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
export const sidCommunity2024: RowInput[] = derive(
  [1, 2, 2, 2, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 2, 3, 2, 3, 2, 4],
  ['SID-16', 'SID-17', 'SID-32', 'SID-33', 'SID-35'],
  {
    'SID-16': {
      levels: levels(
        [t('SK Kepala Perangkat Daerah', 'Decree of the unit head')],
        [t('SK Kepala Daerah', 'Decree of the head of region')],
        [t('Peraturan Kepala Daerah atau Peraturan Daerah', 'Perkada or Perda')],
      ),
    },
    'SID-18': {
      note: t(
        'Parameter 3 tertulis "T-0, T-1 dan T-3" di sumber (sic).',
        'Level 3 reads "T-0, T-1 and T-3" in the source (sic).',
      ),
      levels: levels(
        [t('T-0', 'T-0')],
        [t('T-1 atau T-2', 'T-1 or T-2')],
        [t('T-0, T-1 dan T-3 (sic)', 'T-0, T-1 and T-3 (sic)')],
      ),
    },
    'SID-19': {
      levels: levels(
        [t('Manual', 'Manual')],
        [t('Elektronik', 'Electronic')],
        [t('Sistem informasi daring', 'Online information system')],
      ),
    },
    'SID-20': {
      note: t('Dihitung dalam 2 tahun terakhir.', 'Counted over the last 2 years.'),
      levels: levels(
        [t('1 kali transfer pengetahuan', 'Once'), { min: 1, max: 1 }],
        [t('2 kali', 'Twice'), { min: 2, max: 2 }],
        [t('> 2 kali', 'More than twice'), { min: 3 }],
      ),
    },
    'SID-24': {
      levels: levels(
        [t('1–2 perangkat daerah', '1–2 units'), { min: 1, max: 2 }],
        [t('3–4 perangkat daerah', '3–4 units'), { min: 3, max: 4 }],
        [t('≥ 5 perangkat daerah', '5 units or more'), { min: 5 }],
      ),
    },
    'SID-25': {
      levels: levels(
        [t('Tatap muka atau media fisik', 'Face to face or physical media')],
        [t('Media sosial', 'Social media')],
        [t('Media berita', 'News media')],
      ),
    },
    'SID-26': {
      levels: levels(
        [t('Manual', 'Manual')],
        [t('Elektronik', 'Electronic')],
        [t('Daring atau video tutorial', 'Online or video tutorial')],
      ),
    },
    'SID-29': {
      levels: levels(
        [t('≤ 50 % atau tidak ada pengaduan', '≤ 50% or no complaints'), { max: 50 }],
        [t('51–86 %', '51–86%'), { min: 51, max: 86 }],
        [t('≥ 86 %', '≥ 86%'), { min: 86 }],
      ),
    },
    'SID-30': {
      note: t(
        'Sumber memakai dua set parameter (digital dan non-digital); di sini dicatat sebagai tingkat.',
        'The source has two parameter sets (digital and non-digital); recorded here as levels only.',
      ),
      levels: levels(
        [t('Terpisah/independen', 'Separate/independent')],
        [t('Satu portal atau satu unit/urusan', 'One portal or one unit/urusan')],
        [t('Terintegrasi dengan unit lain atau > 1 urusan', 'Integrated with other units')],
      ),
    },
    'SID-33': {
      note: t(
        'Lima dasar (a–e); "tidak dapat diukur" bernilai 0.',
        'Five bases (a–e); "cannot be measured" scores 0.',
      ),
      bases: [
        {
          id: 'a',
          title: t('Penerima manfaat (orang)', 'Beneficiaries (people)'),
          unit: 'orang',
          levels: levels(
            [t('1–100 orang', '1–100 people'), { min: 1, max: 100 }],
            [t('101–200 orang', '101–200 people'), { min: 101, max: 200 }],
            [t('≥ 201 orang', '≥ 201 people'), { min: 201 }],
          ),
        },
        basis2026('b'),
        basis2026('c'),
        {
          id: 'd',
          title: t('Penambahan pendapatan (%)', 'Added revenue (%)'),
          unit: '%',
          levels: levels(
            [t('0,01–49,99 %', '0.01–49.99%'), { min: 0.01, max: 49.99 }],
            [t('50–99,99 %', '50–99.99%'), { min: 50, max: 99.99 }],
            [t('≥ 100 %', '≥ 100%'), { min: 100 }],
          ),
        },
        basis2026('e'),
      ],
    },
  },
);

const NOT_RECORDED = (n: number) =>
  t(
    `Parameter ${n} (teks tidak tercatat di sumber)`,
    `Level ${n} (text not recorded in the source)`,
  );

const unrecorded = (): Override => ({
  levels: levels([NOT_RECORDED(1)], [NOT_RECORDED(2)], [NOT_RECORDED(3)]),
});

/** The pre-2023 weighted form ("Nilai × Bobot"), Σ weight 50, maximum 150. */
export const sidPre2023Weighted: RowInput[] = derive(
  [4, 2, 4, 2, 2, 2, 1, 2, 1, 2, 2, 2, 2, 2, 2, 2, 3, 5, 3, 5],
  [],
  {
    ...Object.fromEntries(sid2026.map((row) => [row.id, unrecorded()])),
    'SID-18': {
      levels: levels(
        [t('Tahap inisiasi', 'Initiation stage')],
        [t('Tahap uji coba', 'Trial stage')],
        [t('(salinan keliru di sumber)', '(copy-paste error in the source)')],
      ),
    },
    'SID-21': {
      levels: levels(
        [t('RPJMD', 'RPJMD')],
        [t('RKPD dan diterapkan 1 tahun', 'RKPD and applied 1 year')],
        [t('RKPD dan diterapkan 2 tahun', 'RKPD and applied 2 years')],
      ),
    },
    'SID-22': {
      unit: 'aktor',
      levels: levels(
        [t('4 aktor', '4 actors'), { min: 4, max: 4 }],
        [t('5 aktor', '5 actors'), { min: 5, max: 5 }],
        [t('> 5 aktor', 'More than 5 actors'), { min: 6 }],
      ),
    },
    'SID-27': {
      levels: levels(
        [t('Telepon atau tatap muka', 'Phone or face to face')],
        [t('Email atau media sosial', 'Email or social media')],
        [t('Aplikasi daring', 'Online application')],
      ),
    },
    'SID-29': {
      unit: '%',
      levels: levels(
        [t('≤ 30 %', '≤ 30%'), { max: 30 }],
        [t('31–60 %', '31–60%'), { min: 31, max: 60 }],
        [t('≥ 61 %', '≥ 61%'), { min: 61 }],
      ),
    },
    'SID-30': {
      levels: levels(
        [t('Web atau media sosial', 'Web or social media')],
        [t('Aplikasi web', 'Web application')],
        [t('Aplikasi web dan mobile', 'Web and mobile application')],
      ),
    },
    'SID-33': {
      unit: 'orang',
      levels: levels(
        [t('1–100 orang', '1–100 people'), { min: 1, max: 100 }],
        [t('101–200 orang', '101–200 people'), { min: 101, max: 200 }],
        [t('≥ 201 orang', '≥ 201 people'), { min: 201 }],
      ),
    },
  },
);
