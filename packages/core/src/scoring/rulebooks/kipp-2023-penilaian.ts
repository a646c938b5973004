/**
 * KIPP 2023 (the 10th edition): the national selection pipeline — the Tim Evaluasi nominates 228
 * proposals (198 umum + 30 khusus) to the Tim Panel Independen, which picks the finalists (Top 99
 * umum + Top 15 khusus), who present; the TPI then names the Top Inovasi Pelayanan Publik
 * Terpuji (Top 45 umum + 5 Outstanding Achievement, kelompok khusus). The counts per group are
 * sourced; the rubrics, their weights and scales, and the weights between proposal, presentation
 * and field verification are not published, so they stay unknown and every entry needs human
 * review until an overlay supplies them. The TPI's "proportional" composition (participant and
 * disadvantaged-region representation) has no published numbers, so it is not a quota here.
 * Source: `../shared/domain/kipp.md` §2.10, §4.1, §4.2.
 *
 * @module
 */
import { defineRulebook } from '../../rulebook/schema.js';

const FINALISTS_2023 = {
  citation:
    'Kementerian PANRB, "Selangkah Menuju Finalis Top Inovasi KIPP Tahun 2023" (press release): 228 nominations (198 umum + 30 khusus), finalists Top 99 umum + Top 15 khusus',
  url: 'https://menpan.go.id/site/berita-terkini/selangkah-menuju-finalis-top-inovasi-kipp-tahun-2023',
  tier: 'A',
} as const;

const TERPUJI_2023 = {
  citation:
    'Kementerian PANRB, rakor with the finalists (2023); sorotntb and indonesiaparlemen (Nov 2023): Top 45 umum + 5 Outstanding Achievement',
  url: 'https://menpan.go.id/site/berita-terkini/jelang-presentasi-dan-wawancara-kementerian-panrb-lakukan-rakor-dengan-finalis-top-inovasi',
  tier: 'B',
  note: 'Tier B: the 45 + 5 split comes from national news (sorotntb, indonesiaparlemen), not from the ministry page; it matches the ministry pattern since 2020.',
} as const;

const PEDOMAN_2023 = {
  citation: 'Pedoman MenPANRB Nomor 3 Tahun 2023',
  url: 'https://ainamulyana.com/2023/03/pedoman-menpan-nomor-3-tahun-202.html',
  tier: 'A',
  note: 'Only a summary was readable; the annex with the rubric was not.',
} as const;

const label = (id: string, en: string) => ({ id, en });
const exactly = (id: string, group: string, n: number, text: ReturnType<typeof label>) => ({
  id,
  label: text,
  field: 'group',
  value: group,
  min: n,
  max: n,
});
const unknownRubric = (what: string, en: string) => ({
  from: '2023-01-01',
  unknown: {
    id: `${what} tidak dipublikasikan (lampiran Pedoman MenPANRB 3/2023 tidak terbaca).`,
    en: `${en} is not published (the annex of Pedoman MenPANRB 3/2023 could not be read).`,
  },
  source: PEDOMAN_2023,
});

/** KIPP 2023 selection pipeline. */
export const kipp2023Penilaian = defineRulebook({
  id: 'kipp-2023-penilaian',
  title: {
    id: 'KIPP 2023 — seleksi TE, finalis, Top Inovasi Terpuji',
    en: 'KIPP 2023 — TE selection, finalists, Top Inovasi Terpuji',
  },
  domain: 'scoring',
  status: 'historical',
  issuer: 'Kementerian PANRB',
  legalBasis: [PEDOMAN_2023],
  effective: { from: '2023-01-01', to: '2023-12-31' },
  parameters: [
    {
      id: 'kipp-2023.te.rubric',
      title: label('Rubrik penilaian proposal (TE)', 'Proposal rubric (TE)'),
      values: [
        unknownRubric(
          'Rubrik TE (kriteria, bobot, skala)',
          'The TE rubric (criteria, weights, scale)',
        ),
      ],
    },
    {
      id: 'kipp-2023.te.advancement',
      title: label('Nominasi ke TPI', 'Nominations to the TPI'),
      values: [
        {
          from: '2023-01-01',
          value: {
            rule: { kind: 'top', n: 228 },
            quotas: [
              exactly(
                'nominasi-umum',
                'umum',
                198,
                label('198 kelompok umum', '198 in kelompok umum'),
              ),
              exactly(
                'nominasi-khusus',
                'khusus',
                30,
                label('30 kelompok khusus', '30 in kelompok khusus'),
              ),
            ],
          },
          source: FINALISTS_2023,
        },
      ],
    },
    {
      id: 'kipp-2023.tpi.rubric',
      title: label('Rubrik penilaian TPI', 'TPI rubric'),
      values: [unknownRubric('Rubrik TPI', 'The TPI rubric')],
    },
    {
      id: 'kipp-2023.tpi.advancement',
      title: label('Finalis', 'Finalists'),
      values: [
        {
          from: '2023-01-01',
          value: {
            rule: { kind: 'top', n: 114 },
            quotas: [
              exactly(
                'top-99-umum',
                'umum',
                99,
                label('Top 99 kelompok umum', 'Top 99 kelompok umum'),
              ),
              exactly(
                'top-15-khusus',
                'khusus',
                15,
                label('Top 15 kelompok khusus', 'Top 15 kelompok khusus'),
              ),
            ],
          },
          source: FINALISTS_2023,
        },
      ],
    },
    {
      id: 'kipp-2023.presentasi.rubric',
      title: label('Rubrik presentasi dan wawancara', 'Presentation and interview rubric'),
      values: [
        unknownRubric('Rubrik presentasi dan wawancara', 'The presentation and interview rubric'),
      ],
    },
    {
      id: 'kipp-2023.presentasi.combine',
      title: label(
        'Bobot proposal, presentasi, verifikasi lapangan',
        'Weights of proposal, presentation, field verification',
      ),
      values: [
        unknownRubric(
          'Bobot antara proposal, presentasi dan verifikasi lapangan',
          'The weighting of proposal, presentation and field verification',
        ),
      ],
    },
    {
      id: 'kipp-2023.terpuji.advancement',
      title: label('Top Inovasi Terpuji', 'Top Inovasi Terpuji'),
      values: [
        {
          from: '2023-01-01',
          value: {
            rule: { kind: 'top', n: 50 },
            quotas: [
              exactly(
                'top-45-umum',
                'umum',
                45,
                label('Top 45 kelompok umum', 'Top 45 kelompok umum'),
              ),
              exactly(
                'outstanding-5',
                'khusus',
                5,
                label('5 Outstanding Achievement (khusus)', '5 Outstanding Achievement (khusus)'),
              ),
            ],
          },
          source: TERPUJI_2023,
        },
      ],
    },
  ],
  rules: [
    {
      id: 'KIPP.TE',
      kind: 'scoring.stage',
      title: label(
        'Penilaian proposal oleh Tim Evaluasi',
        'Proposal evaluation by the Tim Evaluasi',
      ),
      parameters: { rubric: 'kipp-2023.te.rubric', advancement: 'kipp-2023.te.advancement' },
      source: FINALISTS_2023,
    },
    {
      id: 'KIPP.TPI',
      kind: 'scoring.stage',
      title: label(
        'Penilaian dan pleno Tim Panel Independen',
        'Tim Panel Independen review and plenary',
      ),
      parameters: { rubric: 'kipp-2023.tpi.rubric', advancement: 'kipp-2023.tpi.advancement' },
      source: FINALISTS_2023,
    },
    {
      id: 'KIPP.PRESENTASI',
      kind: 'scoring.stage',
      title: label(
        'Presentasi, wawancara, verifikasi lapangan',
        'Presentation, interview, field verification',
      ),
      parameters: {
        rubric: 'kipp-2023.presentasi.rubric',
        combine: 'kipp-2023.presentasi.combine',
        advancement: 'kipp-2023.terpuji.advancement',
      },
      source: TERPUJI_2023,
    },
  ],
});
