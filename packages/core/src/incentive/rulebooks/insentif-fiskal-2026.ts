/**
 * Insentif Fiskal, budget year 2026: what is public as of December 2026. The total is set by the
 * APBN law (UU 17/2025 Pasal 15: Rp1.8 tn); the budget-detail Perpres (Perpres 118/2025 Pasal 5
 * ayat 10–11) assigns it to current-year performance with the per-region amounts set by the
 * Minister of Finance; PMK 91/2024 is the standing regulation for managing the fund. The law
 * assigns the same Rp1.8 tn to previous-year *and* current-year performance while the Perpres
 * names only the current year: that conflict is recorded, not resolved. No 2026 criteria, split,
 * clusters or formula were found, so they stay unknown. Sources:
 * `../shared/domain/iid-and-incentive.md` §6.11.
 *
 * @module
 */
import { defineRulebook } from '../../rulebook/schema.js';
import { SRC } from './sources.js';

const FROM = '2026-01-01';

const SEARCHED = {
  id: 'dicari Desember 2026: JDIH Kemenkeu, pasal.id dan pers nasional (Bisnis, CNBC Indonesia) untuk PMK atau KMK Insentif Fiskal 2026; tidak ditemukan',
  en: 'searched in December 2026: JDIH Kemenkeu, pasal.id and the national press (Bisnis, CNBC Indonesia) for a 2026 PMK or KMK on the fiscal incentive; none found',
};

const joined = (a: { id: string; en: string }, b: { id: string; en: string }) => ({
  id: `${a.id}; ${b.id}`,
  en: `${a.en}; ${b.en}`,
});

/** IF 2026: the total is known; tracks conflict; criteria, split and formula not found. */
export const insentifFiskal2026 = defineRulebook({
  id: 'insentif-fiskal-2026',
  title: { id: 'Insentif Fiskal 2026', en: 'Fiscal Incentive 2026' },
  domain: 'incentive',
  status: 'in-force',
  statusNote: {
    id: 'Pagu Rp1,8 triliun diketahui (UU 17/2025 Pasal 15). UU 17/2025 memberikannya untuk kinerja tahun sebelumnya dan tahun berjalan, Perpres 118/2025 Pasal 5 ayat (10) hanya untuk tahun berjalan: konflik ini dicatat, tidak dipilih. Kriteria, pembagian dan rumus 2026 tidak ditemukan.',
    en: 'The Rp1.8 tn total is known (UU 17/2025 Article 15). UU 17/2025 assigns it to previous-year and current-year performance, Perpres 118/2025 Article 5(10) to the current year only: the conflict is recorded, not resolved. The 2026 criteria, split and formula were not found.',
  },
  issuer: 'Kementerian Keuangan (DJPK)',
  legalBasis: [SRC.UU17_2025, SRC.UU17_2025_P15, SRC.PERPRES118_P5, SRC.DDTC91],
  effective: { from: FROM, to: '2026-12-31' },
  parameters: [
    {
      id: 'if.total',
      title: { id: 'Pagu Dana Insentif Fiskal 2026', en: 'Fiscal Incentive 2026 total' },
      unit: 'rupiah',
      values: [{ from: FROM, value: 1_800_000_000_000, source: SRC.UU17_2025_P15 }],
    },
    {
      id: 'if.per-region-allocation',
      title: { id: 'Penetapan alokasi per daerah', en: 'Who sets the per-region amounts' },
      values: [
        {
          from: FROM,
          value: { setBy: 'Menteri Keuangan' },
          source: SRC.PERPRES118_P5,
        },
      ],
    },
    {
      id: 'if.gate.kriteria',
      title: { id: 'Kriteria Insentif Fiskal 2026', en: 'Fiscal Incentive 2026 criteria' },
      values: [
        {
          from: FROM,
          unknown: joined(
            {
              id: 'UU 17/2025 hanya menyebut perbaikan dan/atau pencapaian kinerja (pengelolaan keuangan daerah, pelayanan umum pemerintahan, pelayanan dasar) tanpa kriteria terukur; kriteria dan saringan 2026 tidak ditemukan',
              en: 'UU 17/2025 names only improvement and/or achievement of performance (regional financial management, general government services, basic services) without measurable criteria; the 2026 criteria and filters were not found',
            },
            SEARCHED,
          ),
          source: SRC.UU17_2025_P15,
        },
      ],
    },
    {
      id: 'if.clusters',
      title: { id: 'Klaster', en: 'Clusters' },
      values: [
        {
          from: FROM,
          unknown: joined(
            {
              id: 'klaster dan kategori 2026 tidak ditemukan',
              en: 'the 2026 clusters and categories were not found',
            },
            SEARCHED,
          ),
        },
      ],
    },
    {
      id: 'if.normalisation',
      title: { id: 'Rumus normalisasi', en: 'Normalisation formulas' },
      values: [
        {
          from: FROM,
          unknown: {
            id: 'PMK 91/2024 tetap menjadi peraturan pengelolaan dana ini, tetapi apakah rumus Lampiran A dipakai untuk alokasi 2026 tidak ditemukan',
            en: 'PMK 91/2024 remains the regulation managing the fund, but whether its Lampiran A formulas are used for the 2026 allocation was not found',
          },
          source: SRC.DDTC91,
        },
      ],
    },
    {
      id: 'if.pots',
      title: { id: 'Pagu per jalur 2026', en: '2026 pots per track' },
      unit: 'rupiah',
      values: [
        {
          from: FROM,
          unknown: joined(
            {
              id: 'total Rp1.800.000.000.000 diketahui, tetapi jalurnya bertentangan: UU 17/2025 untuk penghargaan kinerja tahun sebelumnya dan tahun berjalan (alokasi per daerah tahun berjalan dilakukan pada TA 2025), Perpres 118/2025 Pasal 5 ayat (10) untuk daerah berkinerja baik pada tahun berjalan; pembagian antarjalur, kategori dan rumus tidak ditemukan',
              en: 'the Rp1,800,000,000,000 total is known, but the tracks conflict: UU 17/2025 rewards previous-year and current-year performance (the current-year per-region allocation made in budget year 2025), Perpres 118/2025 Article 5(10) rewards good current-year performance; the split between tracks, the categories and the formula were not found',
            },
            SEARCHED,
          ),
          source: SRC.PERPRES118_P5,
        },
      ],
    },
  ],
  rules: [
    {
      id: 'IF.GATE.KRITERIA',
      kind: 'incentive.gate.unspecified',
      title: { id: 'Kriteria 2026', en: '2026 criteria' },
      parameters: { requirement: 'if.gate.kriteria' },
      source: SRC.UU17_2025_P15,
    },
    {
      id: 'IF.CLUSTERS',
      kind: 'incentive.clusters',
      title: { id: 'Klaster', en: 'Clusters' },
      parameters: { clusters: 'if.clusters' },
      source: SRC.DDTC91,
    },
    {
      id: 'IF.NORMALISATION',
      kind: 'incentive.normalisation',
      title: { id: 'Normalisasi nilai', en: 'Score normalisation' },
      parameters: { formulas: 'if.normalisation' },
      source: SRC.DDTC91,
    },
    {
      id: 'IF.POTS',
      kind: 'incentive.pots',
      title: { id: 'Pagu per jalur', en: 'Pots per track' },
      parameters: { pots: 'if.pots' },
      source: SRC.PERPRES118_P5,
    },
  ],
});
