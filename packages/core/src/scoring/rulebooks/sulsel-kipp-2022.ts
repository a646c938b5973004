/**
 * Sulawesi Selatan provincial KIPP pre-selection 2022 (JIPP Sulsel): a proposal stage that picks
 * a Top 50, then presentation and interview scored 30 % presentation + 70 % substance. Only part
 * of the proposal weights is known (evaluasi 20 %, transferabilitas 15 %, keberlanjutan 15 %), so
 * that rubric stays unknown; the score scales are not published. Source:
 * `../shared/domain/kipp.md` §4.4, §5.2 (Tier C).
 *
 * @module
 */
import { defineRulebook } from '../../rulebook/schema.js';

const PROPOSAL_2022 = {
  citation: 'rakyat.news, "Tim Pelaksana Warkop Indah bimbing inovator susun proposal" (2022)',
  url: 'https://rakyat.news/read/26228/tim-pelaksana-warkop-indah-bimbing-inovator-susun-proposal-4-inovasi/',
  tier: 'C',
} as const;

const TOP50_2022 = {
  citation:
    'sulsel.fajar.co.id, "Resmi, 11 inovasi Luwu Utara ikut KIPP tingkat Provinsi Sulsel" (13 Feb 2022)',
  url: 'https://sulsel.fajar.co.id/2022/02/13/resmi-11-inovasi-luwu-utara-ikut-kipp-tingkat-provinsi-sulsel',
  tier: 'C',
} as const;

const PRESENTATION_2022 = {
  citation:
    'rakyatsulsel.fajar.co.id, "4 inovasi Luwu Utara ikut tahapan presentasi dan wawancara" (17 Mar 2022)',
  url: 'https://rakyatsulsel.fajar.co.id/2022/03/17/mohon-doanya-hari-ini-4-inovasi-luwu-utara-ikut-tahapan-presentasi-dan-wawancara/2',
  tier: 'C',
  note: 'Substance items: problem urgency, novelty, implementation during COVID-19, before/after impact, transferability (the article says six items but lists five; their weights are not given).',
} as const;

/** Sulsel provincial KIPP 2022. */
export const sulselKipp2022 = defineRulebook({
  id: 'sulsel-kipp-2022',
  title: {
    id: 'KIPP Provinsi Sulawesi Selatan 2022 (templat)',
    en: 'South Sulawesi provincial KIPP 2022 (template)',
  },
  domain: 'scoring',
  status: 'template',
  issuer: 'Biro Organisasi Pemerintah Provinsi Sulawesi Selatan',
  legalBasis: [TOP50_2022],
  effective: { from: '2022-01-01', to: '2022-12-31' },
  parameters: [
    {
      id: 'sulsel-2022.proposal.rubric',
      title: { id: 'Rubrik proposal', en: 'Proposal rubric' },
      values: [
        {
          from: '2022-01-01',
          unknown: {
            id: 'Dari 11 pertanyaan wajib hanya tiga bobot yang diketahui: evaluasi inovasi 20 %, transferabilitas 15 %, strategi keberlanjutan 15 %; sisa 50 % dan skalanya tidak diketahui.',
            en: 'Of the 11 mandatory questions only three weights are known: innovation evaluation 20 %, transferability 15 %, sustainability strategy 15 %; the other 50 % and the scale are not known.',
          },
          source: PROPOSAL_2022,
        },
      ],
    },
    {
      id: 'sulsel-2022.proposal.advancement',
      title: { id: 'Top 50', en: 'Top 50' },
      values: [{ from: '2022-01-01', value: { rule: { kind: 'top', n: 50 } }, source: TOP50_2022 }],
    },
    {
      id: 'sulsel-2022.presentation.rubric',
      title: { id: 'Presentasi 30 % + substansi 70 %', en: 'Presentation 30 % + substance 70 %' },
      values: [
        {
          from: '2022-01-01',
          value: {
            total: 'percent',
            weightTotal: 100,
            criteria: [
              {
                id: 'presentasi-wawancara',
                label: { id: 'Presentasi dan wawancara', en: 'Presentation and interview' },
                weight: 30,
              },
              {
                id: 'substansi',
                label: { id: 'Substansi inovasi', en: 'Substance of the innovation' },
                weight: 70,
              },
            ],
          },
          source: PRESENTATION_2022,
        },
      ],
    },
    {
      id: 'sulsel-2022.presentation.scale',
      title: { id: 'Skala nilai presentasi', en: 'Presentation score scale' },
      values: [
        {
          from: '2022-01-01',
          unknown: {
            id: 'Skala nilai tahap presentasi tidak disebut di sumber.',
            en: 'The score scale of the presentation stage is not in the source.',
          },
          source: PRESENTATION_2022,
        },
      ],
    },
  ],
  rules: [
    {
      id: 'SULSEL.PROPOSAL',
      kind: 'scoring.stage',
      title: { id: 'Penilaian proposal (Top 50)', en: 'Proposal scoring (Top 50)' },
      parameters: {
        rubric: 'sulsel-2022.proposal.rubric',
        advancement: 'sulsel-2022.proposal.advancement',
      },
      source: TOP50_2022,
    },
    {
      id: 'SULSEL.PRESENTASI',
      kind: 'scoring.stage',
      title: { id: 'Presentasi dan wawancara', en: 'Presentation and interview' },
      parameters: {
        rubric: 'sulsel-2022.presentation.rubric',
        scale: 'sulsel-2022.presentation.scale',
      },
      source: PRESENTATION_2022,
    },
  ],
});
