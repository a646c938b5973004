/**
 * The 2026 IID catalogue: SPD indicators 1–15 (20 scored rows) and SID indicators 16–35 per
 * innovation, each with weight, mandatory flag and its three parameter levels, as encoded from
 * Lampiran II of Surat Kepala BSKDN 400.10.11/1887/BSKDN by SIMONDA (tier D). Sources:
 * `../shared/domain/iid-and-incentive.md` §4.3, `../shared/domain/regional-apps.md` §3.2–3.3.
 *
 * @module
 */
import type { LocalizedText } from '../../shared/i18n.js';
import type { RowInput } from '../schema.js';
import { t } from '../text.js';

/** Bilingual text. */
export { t };

type LevelSpec = readonly [LocalizedText, { min?: number; max?: number }?];

/** Three levels from `[text, band?]` triples. */
export function levels(
  l1: LevelSpec,
  l2: LevelSpec,
  l3: LevelSpec,
): NonNullable<RowInput['levels']> {
  return [l1, l2, l3].map(([text, band], i) => ({
    level: (i + 1) as 1 | 2 | 3,
    text,
    ...(band ?? {}),
  }));
}

const INSTITUSI = /* @__PURE__ */ t('Institusi', 'Institutions');
const SDM = /* @__PURE__ */ t('Sumber Daya Manusia', 'Human resources');
const EKOSISTEM = /* @__PURE__ */ t(
  'Ekosistem Inovasi dan Kajian',
  'Innovation ecosystem and studies',
);
const INFRA = /* @__PURE__ */ t('Infrastruktur', 'Infrastructure');
const CANGGIH = /* @__PURE__ */ t('Kecanggihan Produk', 'Product sophistication');
const OUTPUT = /* @__PURE__ */ t(
  'Output Pengetahuan dan Teknologi',
  'Knowledge and technology output',
);
const BISNIS = /* @__PURE__ */ t('Kecepatan Bisnis Proses', 'Business-process speed');
const HASIL = /* @__PURE__ */ t(
  'Jumlah Inovasi dan Hasil Kreatif',
  'Innovation count and creative output',
);

/** SPD 2026: 15 indicators, 20 rows, Σ weight 21, maximum 63. */
export const spd2026: RowInput[] = [
  {
    id: 'SPD-01',
    indicator: 1,
    variable: INSTITUSI,
    title: /* @__PURE__ */ t('Visi dan Misi', 'Vision and mission'),
    weight: 1,
    mandatory: true,
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('Kepala daerah memiliki Misi Inovasi', 'Innovation in the mission only')],
      [/* @__PURE__ */ t('Kepala daerah memiliki Visi Inovasi', 'Innovation in the vision only')],
      [/* @__PURE__ */ t('Misi dan Visi Inovasi', 'Innovation in both vision and mission')],
    ),
  },
  {
    id: 'SPD-02a',
    indicator: 2,
    variable: INSTITUSI,
    title: /* @__PURE__ */ t(
      'Penetapan APBD tepat waktu (3 tahun terakhir)',
      'APBD set on time (last 3 years)',
    ),
    weight: 1,
    mandatory: false,
    unit: 'tahun',
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('1 tahun', '1 year'), { min: 1, max: 1 }],
      [/* @__PURE__ */ t('2 tahun', '2 years'), { min: 2, max: 2 }],
      [/* @__PURE__ */ t('3 tahun', '3 years'), { min: 3 }],
    ),
  },
  {
    id: 'SPD-02b',
    indicator: 2,
    variable: INSTITUSI,
    title: /* @__PURE__ */ t('Pengalokasian mandatory spending', 'Mandatory-spending allocation'),
    weight: 1,
    mandatory: false,
    unit: 'komponen',
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('2 komponen', '2 components'), { min: 2, max: 2 }],
      [/* @__PURE__ */ t('3 komponen', '3 components'), { min: 3, max: 3 }],
      [/* @__PURE__ */ t('> 3 komponen', '> 3 components'), { min: 4 }],
    ),
  },
  {
    id: 'SPD-03',
    indicator: 3,
    variable: INSTITUSI,
    title: /* @__PURE__ */ t('Kualitas peningkatan perizinan', 'Quality of licensing improvement'),
    weight: 1,
    mandatory: true,
    unit: '%',
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('≤ −50,32 %', '≤ −50.32%'), { max: -50.32 }],
      [/* @__PURE__ */ t('−50,33 % s.d. 8,16 %', '−50.33% to 8.16%'), { min: -50.33, max: 8.16 }],
      [/* @__PURE__ */ t('≥ 8,17 %', '≥ 8.17%'), { min: 8.17 }],
    ),
  },
  {
    id: 'SPD-04',
    indicator: 4,
    variable: INSTITUSI,
    title: /* @__PURE__ */ t('Pertumbuhan pendapatan per kapita', 'Per-capita income growth'),
    weight: 1,
    mandatory: true,
    unit: '%',
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('≤ 2,04 %', '≤ 2.04%'), { max: 2.04 }],
      [/* @__PURE__ */ t('2,05 % s.d. 5,23 %', '2.05% to 5.23%'), { min: 2.05, max: 5.23 }],
      [/* @__PURE__ */ t('≥ 5,23 %', '≥ 5.23%'), { min: 5.23 }],
    ),
  },
  {
    id: 'SPD-05a',
    indicator: 5,
    variable: INSTITUSI,
    title: /* @__PURE__ */ t(
      'Progres penurunan TPT',
      'Progress in reducing open unemployment (TPT)',
    ),
    weight: 0.75,
    mandatory: true,
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('≤ 0,00', '≤ 0.00'), { max: 0 }],
      [/* @__PURE__ */ t('0,01 s.d. 0,36', '0.01 to 0.36'), { min: 0.01, max: 0.36 }],
      [/* @__PURE__ */ t('≥ 0,36', '≥ 0.36'), { min: 0.36 }],
    ),
  },
  {
    id: 'SPD-05b',
    indicator: 5,
    variable: INSTITUSI,
    title: /* @__PURE__ */ t('Persentase TPT (T−1)', 'Open unemployment rate (T−1)'),
    weight: 0.75,
    mandatory: true,
    unit: '%',
    direction: 'lower-is-better',
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('≥ 5,91', '≥ 5.91'), { min: 5.91 }],
      [/* @__PURE__ */ t('2,34 s.d. 5,92', '2.34 to 5.92'), { min: 2.34, max: 5.92 }],
      [/* @__PURE__ */ t('≤ 2,35', '≤ 2.35'), { max: 2.35 }],
    ),
  },
  {
    id: 'SPD-06',
    indicator: 6,
    variable: INSTITUSI,
    title: /* @__PURE__ */ t('Jumlah peningkatan investasi', 'Investment increase'),
    weight: 1.5,
    mandatory: true,
    unit: '%',
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('≤ −47,42 %', '≤ −47.42%'), { max: -47.42 }],
      [
        /* @__PURE__ */ t('−47,43 % s.d. 94,75 %', '−47.43% to 94.75%'),
        { min: -47.43, max: 94.75 },
      ],
      [/* @__PURE__ */ t('≥ 94,76 %', '≥ 94.76%'), { min: 94.76 }],
    ),
  },
  {
    id: 'SPD-07',
    indicator: 7,
    variable: INSTITUSI,
    title: /* @__PURE__ */ t('Jumlah peningkatan PAD', 'Increase in own-source revenue (PAD)'),
    weight: 1.5,
    mandatory: true,
    unit: '%',
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('≤ −5,14 %', '≤ −5.14%'), { max: -5.14 }],
      [/* @__PURE__ */ t('−5,15 % s.d. 33,84 %', '−5.15% to 33.84%'), { min: -5.15, max: 33.84 }],
      [/* @__PURE__ */ t('≥ 33,85 %', '≥ 33.85%'), { min: 33.85 }],
    ),
  },
  {
    id: 'SPD-08',
    indicator: 8,
    variable: INSTITUSI,
    title: /* @__PURE__ */ t('Opini BPK', 'BPK audit opinion'),
    weight: 1.5,
    mandatory: true,
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('TMP/Disclaimer atau TW/Adverse', 'Disclaimer or adverse')],
      [/* @__PURE__ */ t('WDP', 'Qualified (WDP)')],
      [/* @__PURE__ */ t('WTP', 'Unqualified (WTP)')],
    ),
  },
  {
    id: 'SPD-09',
    indicator: 9,
    variable: INSTITUSI,
    title: /* @__PURE__ */ t('Nilai capaian LAKIP (SAKIP)', 'LAKIP (SAKIP) grade'),
    weight: 1,
    mandatory: true,
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('D atau C', 'D or C')],
      [/* @__PURE__ */ t('B', 'B')],
      [/* @__PURE__ */ t('A', 'A')],
    ),
  },
  {
    id: 'SPD-10a',
    indicator: 10,
    variable: INSTITUSI,
    title: /* @__PURE__ */ t('Progres penurunan angka kemiskinan', 'Progress in poverty reduction'),
    weight: 0.75,
    mandatory: true,
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('≤ 0,07', '≤ 0.07'), { max: 0.07 }],
      [/* @__PURE__ */ t('0,08 s.d. 1,15', '0.08 to 1.15'), { min: 0.08, max: 1.15 }],
      [/* @__PURE__ */ t('≥ 1,16', '≥ 1.16'), { min: 1.16 }],
    ),
  },
  {
    id: 'SPD-10b',
    indicator: 10,
    variable: INSTITUSI,
    title: /* @__PURE__ */ t('Persentase penduduk miskin (T−1)', 'Share of poor population (T−1)'),
    weight: 0.75,
    mandatory: true,
    unit: '%',
    direction: 'lower-is-better',
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('≥ 13,10', '≥ 13.10'), { min: 13.1 }],
      [/* @__PURE__ */ t('4,81 s.d. 13,11', '4.81 to 13.11'), { min: 4.81, max: 13.11 }],
      [/* @__PURE__ */ t('≤ 4,82', '≤ 4.82'), { max: 4.82 }],
    ),
  },
  {
    id: 'SPD-11a',
    indicator: 11,
    variable: SDM,
    title: /* @__PURE__ */ t(
      'Peningkatan IPM 2 tahun terakhir',
      'IPM (HDI) increase over the last 2 years',
    ),
    weight: 0.75,
    mandatory: true,
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('≤ 0,55', '≤ 0.55'), { max: 0.55 }],
      [/* @__PURE__ */ t('0,56 s.d. 0,90', '0.56 to 0.90'), { min: 0.56, max: 0.9 }],
      [/* @__PURE__ */ t('≥ 0,90', '≥ 0.90'), { min: 0.9 }],
    ),
  },
  {
    id: 'SPD-11b',
    indicator: 11,
    variable: SDM,
    title: /* @__PURE__ */ t('Capaian IPM tahun terakhir', 'IPM (HDI) last year'),
    weight: 0.75,
    mandatory: true,
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('≤ 69,99', '≤ 69.99'), { max: 69.99 }],
      [/* @__PURE__ */ t('70,00 s.d. 79,99', '70.00 to 79.99'), { min: 70, max: 79.99 }],
      [/* @__PURE__ */ t('≥ 80,00', '≥ 80.00'), { min: 80 }],
    ),
  },
  {
    id: 'SPD-12',
    indicator: 12,
    variable: SDM,
    title: /* @__PURE__ */ t('Penghargaan bagi inovator', 'Awards for innovators'),
    weight: 2,
    mandatory: false,
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('Piagam', 'Certificate')],
      [/* @__PURE__ */ t('Piagam dan reward/insentif', 'Certificate and reward/incentive')],
      [
        /* @__PURE__ */ t(
          'Piagam, insentif dan mekanisme kontrol pembudayaan inovasi',
          'Certificate, incentive and a control mechanism for an innovation culture',
        ),
      ],
    ),
  },
  {
    id: 'SPD-13a',
    indicator: 13,
    variable: EKOSISTEM,
    title: /* @__PURE__ */ t(
      'Jumlah rekomendasi kebijakan pendukung inovasi',
      'Policy recommendations supporting innovation',
    ),
    weight: 1,
    mandatory: false,
    unit: 'rekomendasi',
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('1–3', '1–3'), { min: 1, max: 3 }],
      [/* @__PURE__ */ t('4–7', '4–7'), { min: 4, max: 7 }],
      [/* @__PURE__ */ t('> 7', '> 7'), { min: 8 }],
    ),
  },
  {
    id: 'SPD-13b',
    indicator: 13,
    variable: EKOSISTEM,
    title: /* @__PURE__ */ t(
      'Capaian nilai Indeks Kualitas Kebijakan',
      'Policy Quality Index result',
    ),
    weight: 1,
    mandatory: false,
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('Cukup/Kurang', 'Fair/poor')],
      [/* @__PURE__ */ t('Baik', 'Good')],
      [/* @__PURE__ */ t('Unggul/Sangat Baik', 'Excellent/very good')],
    ),
  },
  {
    id: 'SPD-14',
    indicator: 14,
    variable: EKOSISTEM,
    title: /* @__PURE__ */ t(
      'RIPJ PID (rencana induk dan peta jalan)',
      'RIPJ PID (S&T master plan and roadmap)',
    ),
    weight: 1,
    mandatory: false,
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('Rancangan', 'Draft')],
      [/* @__PURE__ */ t('Selesai dan disepakati', 'Finished and agreed')],
      [/* @__PURE__ */ t('Ditetapkan dengan Perkada', 'Set by a Perkada')],
    ),
  },
  {
    id: 'SPD-15',
    indicator: 15,
    variable: EKOSISTEM,
    title: /* @__PURE__ */ t(
      'Fasilitasi pengakuan HAKI',
      'Facilitating IPR (HAKI) for innovations',
    ),
    weight: 1,
    mandatory: false,
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('Sosialisasi', 'Socialisation')],
      [
        /* @__PURE__ */ t(
          'Sosialisasi dan fasilitasi administrasi',
          '+ administrative facilitation',
        ),
      ],
      [/* @__PURE__ */ t('Sosialisasi, fasilitasi dan insentif pembiayaan', '+ funding incentive')],
    ),
  },
];

/** The six alternative bases of Kemanfaatan (indicator 33), 2026. */
export const KEMANFAATAN_BASES_2026: NonNullable<RowInput['bases']> = [
  {
    id: 'a',
    title: /* @__PURE__ */ t('Penerima manfaat (orang)', 'Beneficiaries (people)'),
    unit: 'orang',
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('1–200 orang', '1–200 people'), { min: 1, max: 200 }],
      [/* @__PURE__ */ t('201–500 orang', '201–500 people'), { min: 201, max: 500 }],
      [/* @__PURE__ */ t('≥ 501 orang', '≥ 501 people'), { min: 501 }],
    ),
  },
  {
    id: 'b',
    title: /* @__PURE__ */ t('Cakupan unit sasaran (%)', 'Target units covered (%)'),
    unit: '%',
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('5,00–20,00 %', '5.00–20.00%'), { min: 5, max: 20 }],
      [/* @__PURE__ */ t('20,01–50,00 %', '20.01–50.00%'), { min: 20.01, max: 50 }],
      [/* @__PURE__ */ t('> 50,00 %', '> 50.00%'), { min: 50.01 }],
    ),
  },
  {
    id: 'c',
    title: /* @__PURE__ */ t('Efisiensi belanja (%)', 'Spending efficiency (%)'),
    unit: '%',
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('0,01–10,00 %', '0.01–10.00%'), { min: 0.01, max: 10 }],
      [/* @__PURE__ */ t('10,01–20,00 %', '10.01–20.00%'), { min: 10.01, max: 20 }],
      [/* @__PURE__ */ t('20,01–30,00 %', '20.01–30.00%'), { min: 20.01, max: 30 }],
    ),
  },
  {
    id: 'd',
    title: /* @__PURE__ */ t('Penambahan pendapatan (%)', 'Added revenue (%)'),
    unit: '%',
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('0,01–9,99 %', '0.01–9.99%'), { min: 0.01, max: 9.99 }],
      [/* @__PURE__ */ t('10,00–19,99 %', '10.00–19.99%'), { min: 10, max: 19.99 }],
      [/* @__PURE__ */ t('≥ 20 %', '≥ 20%'), { min: 20 }],
    ),
  },
  {
    id: 'e',
    title: /* @__PURE__ */ t('Produk dihasilkan/diperjualbelikan', 'Products made or sold'),
    unit: 'produk',
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('1–100', '1–100'), { min: 1, max: 100 }],
      [/* @__PURE__ */ t('101–200', '101–200'), { min: 101, max: 200 }],
      [/* @__PURE__ */ t('> 200', '> 200'), { min: 201 }],
    ),
  },
  {
    id: 'f',
    title: /* @__PURE__ */ t(
      'Tren kinerja positif (periode)',
      'Positive performance trend (periods)',
    ),
    unit: 'periode',
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('1 periode', '1 period'), { min: 1, max: 1 }],
      [/* @__PURE__ */ t('2 periode', '2 periods'), { min: 2, max: 2 }],
      [/* @__PURE__ */ t('3 periode', '3 periods'), { min: 3 }],
    ),
  },
];

/** SID 2026: indicators 16–35 per innovation, Σ weight 37, maximum 111. */
export const sid2026: RowInput[] = [
  {
    id: 'SID-16',
    indicator: 16,
    variable: INFRA,
    title: /* @__PURE__ */ t('Regulasi inovasi daerah', 'Legal basis of the innovation'),
    weight: 3,
    mandatory: true,
    levels: /* @__PURE__ */ levels(
      [
        /* @__PURE__ */ t(
          'SK Kepala Daerah atau SK Kepala PD a.n. Kepala Daerah',
          'Decree of the head of region',
        ),
      ],
      [/* @__PURE__ */ t('Peraturan Kepala Daerah', 'Regulation of the head of region (Perkada)')],
      [/* @__PURE__ */ t('Peraturan Daerah', 'Regional regulation (Perda)')],
    ),
  },
  {
    id: 'SID-17',
    indicator: 17,
    variable: INFRA,
    title: /* @__PURE__ */ t('Ketersediaan dan peran SDM', 'Human resources involved'),
    weight: 2,
    mandatory: true,
    unit: 'orang',
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('1–10 SDM', '1–10 people'), { min: 1, max: 10 }],
      [/* @__PURE__ */ t('11–30 SDM', '11–30 people'), { min: 11, max: 30 }],
      [/* @__PURE__ */ t('> 30 SDM', '> 30 people'), { min: 31 }],
    ),
  },
  {
    id: 'SID-18',
    indicator: 18,
    variable: INFRA,
    title: /* @__PURE__ */ t('Dukungan anggaran', 'Budget support'),
    weight: 2,
    mandatory: false,
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('Satu tahun anggaran', 'One budget year')],
      [/* @__PURE__ */ t('Dua tahun anggaran berturut-turut', 'Two consecutive budget years')],
      [/* @__PURE__ */ t('T-0, T-1 dan T-2', 'T-0, T-1 and T-2')],
    ),
  },
  {
    id: 'SID-19',
    indicator: 19,
    variable: CANGGIH,
    title: /* @__PURE__ */ t('Alat kerja', 'Work tools'),
    weight: 2,
    mandatory: false,
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('Manual/non elektronik', 'Manual')],
      [/* @__PURE__ */ t('Perangkat elektronik', 'Electronic devices')],
      [/* @__PURE__ */ t('Sistem informasi daring atau AI', 'Online information system or AI')],
    ),
  },
  {
    id: 'SID-20',
    indicator: 20,
    variable: INFRA,
    title: /* @__PURE__ */ t(
      'Bimtek inovasi (3 tahun terakhir)',
      'Innovation technical training (last 3 years)',
    ),
    weight: 1,
    mandatory: false,
    unit: 'kali',
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('1 kali', 'once'), { min: 1, max: 1 }],
      [/* @__PURE__ */ t('2 kali', 'twice'), { min: 2, max: 2 }],
      [/* @__PURE__ */ t('≥ 3 kali', '3 times or more'), { min: 3 }],
    ),
  },
  {
    id: 'SID-21',
    indicator: 21,
    variable: INFRA,
    title: /* @__PURE__ */ t(
      'Integrasi program dan kegiatan dalam RKPD',
      'Programme integrated in the RKPD',
    ),
    weight: 2,
    mandatory: false,
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('RKPD T-1 atau T-2', 'RKPD T-1 or T-2')],
      [/* @__PURE__ */ t('RKPD T-1 dan T-2', 'RKPD T-1 and T-2')],
      [/* @__PURE__ */ t('RKPD T-1, T-2 dan T-0', 'RKPD T-1, T-2 and T-0')],
    ),
  },
  {
    id: 'SID-22',
    indicator: 22,
    variable: OUTPUT,
    title: /* @__PURE__ */ t('Keterlibatan aktor inovasi', 'Innovation actors involved'),
    weight: 1,
    mandatory: false,
    unit: 'aktor',
    levels: /* @__PURE__ */ levels(
      [
        /* @__PURE__ */ t('3 aktor termasuk pelaksana', '3 actors including the implementer'),
        { min: 3, max: 3 },
      ],
      [/* @__PURE__ */ t('4 aktor', '4 actors'), { min: 4, max: 4 }],
      [/* @__PURE__ */ t('≥ 5 aktor', '5 actors or more'), { min: 5 }],
    ),
  },
  {
    id: 'SID-23',
    indicator: 23,
    variable: OUTPUT,
    title: /* @__PURE__ */ t('Pelaksana inovasi', 'Implementer designation'),
    weight: 1,
    mandatory: false,
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('Ada pelaksana tanpa surat penetapan', 'Implementer without a decree')],
      [/* @__PURE__ */ t('Surat penugasan Kepala PD/setara', 'Assignment letter of the unit head')],
      [
        /* @__PURE__ */ t(
          'SK Kepala Daerah atau SK Kepala PD a.n. Kepala Daerah',
          'Decree of the head of region',
        ),
      ],
    ),
  },
  {
    id: 'SID-24',
    indicator: 24,
    variable: OUTPUT,
    title: /* @__PURE__ */ t('Jejaring inovasi', 'Network of units'),
    weight: 1,
    mandatory: false,
    unit: 'PD',
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('2 perangkat daerah', '2 units'), { min: 2, max: 2 }],
      [/* @__PURE__ */ t('3–4 perangkat daerah', '3–4 units'), { min: 3, max: 4 }],
      [/* @__PURE__ */ t('≥ 5 perangkat daerah', '5 units or more'), { min: 5 }],
    ),
  },
  {
    id: 'SID-25',
    indicator: 25,
    variable: OUTPUT,
    title: /* @__PURE__ */ t('Sosialisasi inovasi', 'Dissemination'),
    weight: 1,
    mandatory: false,
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('Foto kegiatan berlatar spanduk', 'Photo with a banner')],
      [
        /* @__PURE__ */ t(
          'Konten media sosial/pemberitaan milik pemda',
          'Pemda social media or news',
        ),
      ],
      [/* @__PURE__ */ t('Media berita bukan milik pemda', 'Non-government news media')],
    ),
  },
  {
    id: 'SID-26',
    indicator: 26,
    variable: BISNIS,
    title: /* @__PURE__ */ t('Pedoman teknis', 'Technical guideline'),
    weight: 1,
    mandatory: false,
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('Buku manual cetak', 'Printed manual')],
      [/* @__PURE__ */ t('Buku elektronik', 'E-book')],
      [/* @__PURE__ */ t('Dapat diakses secara daring', 'Accessible online')],
    ),
  },
  {
    id: 'SID-27',
    indicator: 27,
    variable: BISNIS,
    title: /* @__PURE__ */ t('Kemudahan informasi layanan', 'Ease of service information'),
    weight: 1,
    mandatory: false,
    unit: 'metode',
    note: /* @__PURE__ */ t(
      'Daftar 4 metode tidak ditemukan dalam sumber.',
      'The list of the 4 methods was not found in the sources.',
    ),
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('1 dari 4 metode', '1 of 4 methods'), { min: 1, max: 1 }],
      [/* @__PURE__ */ t('2 dari 4 metode', '2 of 4 methods'), { min: 2, max: 2 }],
      [/* @__PURE__ */ t('≥ 3 metode', '3 methods or more'), { min: 3 }],
    ),
  },
  {
    id: 'SID-28',
    indicator: 28,
    variable: BISNIS,
    title: /* @__PURE__ */ t(
      'Kemudahan proses (waktu memperoleh layanan)',
      'Time to obtain the output',
    ),
    weight: 2,
    mandatory: false,
    unit: 'hari',
    direction: 'lower-is-better',
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('≥ 6 hari', '6 days or more'), { min: 6 }],
      [/* @__PURE__ */ t('2–5 hari', '2–5 days'), { min: 2, max: 5 }],
      [/* @__PURE__ */ t('1 hari', '1 day'), { max: 1 }],
    ),
  },
  {
    id: 'SID-29',
    indicator: 29,
    variable: BISNIS,
    title: /* @__PURE__ */ t('Penyelesaian pengaduan', 'Complaint resolution'),
    weight: 1,
    mandatory: false,
    unit: '%',
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('≤ 50 % atau tidak ada pengaduan', '≤ 50% or no complaints'), { max: 50 }],
      [/* @__PURE__ */ t('51–90 %', '51–90%'), { min: 51, max: 90 }],
      [/* @__PURE__ */ t('≥ 91 %', '≥ 91%'), { min: 91 }],
    ),
  },
  {
    id: 'SID-30',
    indicator: 30,
    variable: CANGGIH,
    title: /* @__PURE__ */ t('Layanan terintegrasi', 'Integrated service'),
    weight: 2,
    mandatory: false,
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('Terpisah/independen', 'Standalone')],
      [
        /* @__PURE__ */ t(
          'Terintegrasi dalam satu portal unit organisasi',
          'Integrated in one unit portal',
        ),
      ],
      [
        /* @__PURE__ */ t(
          'Terintegrasi dengan unit organisasi lain',
          'Integrated with other units',
        ),
      ],
    ),
  },
  {
    id: 'SID-31',
    indicator: 31,
    variable: CANGGIH,
    title: /* @__PURE__ */ t('Replikasi', 'Replication'),
    weight: 3,
    mandatory: false,
    unit: 'kali',
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('Direplikasi 1 kali', 'Replicated once'), { min: 1, max: 1 }],
      [
        /* @__PURE__ */ t('2 kali di daerah berbeda', 'Twice in different regions'),
        { min: 2, max: 2 },
      ],
      [/* @__PURE__ */ t('3 kali di daerah berbeda', '3 times in different regions'), { min: 3 }],
    ),
  },
  {
    id: 'SID-32',
    indicator: 32,
    variable: BISNIS,
    title: /* @__PURE__ */ t('Kecepatan penciptaan inovasi', 'Speed of creation'),
    weight: 2,
    mandatory: true,
    unit: 'bulan',
    direction: 'lower-is-better',
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('≥ 9 bulan', '9 months or more'), { min: 9 }],
      [/* @__PURE__ */ t('5–8 bulan', '5–8 months'), { min: 5, max: 8 }],
      [/* @__PURE__ */ t('1–4 bulan', '1–4 months'), { max: 4 }],
    ),
  },
  {
    id: 'SID-33',
    indicator: 33,
    variable: HASIL,
    title: /* @__PURE__ */ t('Kemanfaatan inovasi', 'Benefit'),
    weight: 3,
    mandatory: true,
    note: /* @__PURE__ */ t(
      'Pilih tepat satu dasar pengukuran (a–f). Dasar b–f berasal dari ekstraksi sekunder; verifikasi.',
      'Choose exactly one basis (a–f). Bases b–f come from a secondary extraction; verify them.',
    ),
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('Tingkat 1 menurut dasar yang dipilih', 'Level 1 of the chosen basis')],
      [/* @__PURE__ */ t('Tingkat 2 menurut dasar yang dipilih', 'Level 2 of the chosen basis')],
      [/* @__PURE__ */ t('Tingkat 3 menurut dasar yang dipilih', 'Level 3 of the chosen basis')],
    ),
    bases: KEMANFAATAN_BASES_2026,
  },
  {
    id: 'SID-34',
    indicator: 34,
    variable: HASIL,
    title: /* @__PURE__ */ t('Monitoring dan evaluasi', 'Monitoring and evaluation'),
    weight: 2,
    mandatory: false,
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('Monev internal pemda', 'Internal monitoring report')],
      [/* @__PURE__ */ t('Survei Kepuasan Masyarakat', 'Community satisfaction survey (SKM)')],
      [
        /* @__PURE__ */ t(
          'Monev eksternal berbasis penelitian/kajian',
          'External research-based evaluation',
        ),
      ],
    ),
  },
  {
    id: 'SID-35',
    indicator: 35,
    variable: HASIL,
    title: /* @__PURE__ */ t('Video inovasi', 'Innovation video'),
    weight: 4,
    mandatory: true,
    unit: 'unsur',
    note: /* @__PURE__ */ t(
      'Unsur substansi: latar belakang, penjaringan ide, pemilihan ide, manfaat, dampak.',
      'Content elements: background, idea collection, idea selection, benefit, impact.',
    ),
    levels: /* @__PURE__ */ levels(
      [/* @__PURE__ */ t('1–2 unsur substansi', '1–2 content elements'), { min: 1, max: 2 }],
      [/* @__PURE__ */ t('3–4 unsur substansi', '3–4 content elements'), { min: 3, max: 4 }],
      [/* @__PURE__ */ t('5 unsur substansi', 'All 5 content elements'), { min: 5 }],
    ),
  },
];
