/**
 * Dana Insentif Daerah, budget year 2020 (PMK 141/PMK.07/2019). Sources:
 * `../shared/domain/iid-and-incentive.md` §6.4.
 *
 * @module
 */
import { defineRulebook } from '../../rulebook/schema.js';
import { flag, gate, GATE_TITLE, opinion } from './gates.js';
import { SRC } from './sources.js';

const FROM = '2019-10-14';

const gate2020 = (
  rule: string,
  parameter: string,
  title: { id: string; en: string },
  requirement: Parameters<typeof gate>[0]['requirement'],
) => gate({ rule, parameter, title, from: FROM, requirement, source: SRC.BISNIS191017 });

const GATES = [
  gate2020('DID.GATE.OPINION', 'did.gate.audit-opinion', GATE_TITLE.opinion, opinion(['WTP'], 1)),
  gate2020('DID.GATE.APBD', 'did.gate.apbd-on-time', GATE_TITLE.apbd, flag('apbdOnTime')),
  gate2020('DID.GATE.EBUDGET', 'did.gate.e-budgeting', GATE_TITLE.eBudgeting, flag('eBudgeting')),
  gate2020(
    'DID.GATE.EPROC',
    'did.gate.e-procurement',
    GATE_TITLE.eProcurement,
    flag('eProcurement'),
  ),
  gate2020('DID.GATE.PTSP', 'did.gate.ptsp', GATE_TITLE.ptsp, flag('ptspAvailable')),
];

const SCHEDULE_2020 = [
  {
    share: 0.5,
    when: { id: 'tahap I: Februari–Juni 2020', en: 'tranche I: February–June 2020' },
    source: SRC.BISNIS191017,
  },
  {
    share: 0.5,
    when: { id: 'tahap II: mulai Juli 2020', en: 'tranche II: from July 2020' },
    source: SRC.BISNIS191017,
  },
];

const NO_WEIGHTS = {
  id: 'pagu kategori ini dan bobotnya tidak ditemukan',
  en: 'the pot of this category and its weights were not found',
};
const NO_METHOD = {
  id: 'rumus pembagian per daerah tidak ditemukan',
  en: 'the per-region split formula was not found',
};

const category = (
  id: string,
  title: { id: string; en: string },
  amount: number | null,
  note?: { id: string; en: string },
) => ({
  id,
  title,
  track: 'previous-year' as const,
  amount,
  scoreKey: id,
  method: null,
  splitByLevel: false,
  gated: true,
  unknown: [...(amount === null ? [NO_WEIGHTS] : []), NO_METHOD, ...(note ? [note] : [])],
  schedule: SCHEDULE_2020,
  source: amount === null ? SRC.FDOK_DID20 : SRC.OKEZONE200218,
});

/** DID 2020: gates WTP, timely APBD, e-government, PTSP; nine categories. */
export const did2020 = defineRulebook({
  id: 'did-2020',
  title: { id: 'Dana Insentif Daerah 2020', en: 'Regional Incentive Fund (DID) 2020' },
  domain: 'incentive',
  status: 'historical',
  issuer: 'Kementerian Keuangan (DJPK)',
  legalBasis: [SRC.PMK141],
  effective: { from: FROM, to: '2020-12-31' },
  parameters: [
    ...GATES.map((g) => g.parameter),
    {
      id: 'did.pots',
      title: { id: 'Pagu DID per kategori', en: 'DID pots per category' },
      unit: 'rupiah',
      values: [
        {
          from: FROM,
          value: [
            category(
              'kesehatan-fiskal',
              {
                id: 'Kesehatan fiskal & pengelolaan keuangan',
                en: 'Fiscal health & financial management',
              },
              null,
            ),
            category(
              'pendidikan',
              { id: 'Pelayanan dasar pendidikan', en: 'Basic services: education' },
              null,
            ),
            category(
              'kesehatan',
              { id: 'Pelayanan dasar kesehatan', en: 'Basic services: health' },
              null,
            ),
            category(
              'infrastruktur',
              { id: 'Pelayanan dasar infrastruktur', en: 'Basic services: infrastructure' },
              null,
            ),
            category(
              'kesejahteraan',
              { id: 'Kesejahteraan masyarakat', en: 'Community welfare' },
              null,
            ),
            category(
              'pelayanan-umum',
              { id: 'Pelayanan umum pemerintahan', en: 'General government services' },
              null,
            ),
            category(
              'investasi',
              { id: 'Peningkatan investasi', en: 'Investment growth' },
              1_300_000_000_000,
              {
                id: 'Rp1,3 triliun adalah alokasi yang terealisasi untuk 104 daerah; dinilai dari perubahan 2 tahun',
                en: 'Rp1.3 tn is the realised allocation to 104 regions; scored on the change over 2 years',
              },
            ),
            category(
              'ekspor',
              { id: 'Peningkatan ekspor', en: 'Export growth' },
              1_100_000_000_000,
              {
                id: 'Rp1,1 triliun adalah alokasi yang terealisasi untuk 84 daerah; dinilai dari perubahan 2 tahun',
                en: 'Rp1.1 tn is the realised allocation to 84 regions; scored on the change over 2 years',
              },
            ),
            category(
              'pengelolaan-sampah',
              { id: 'Pengelolaan sampah', en: 'Waste management' },
              null,
            ),
          ],
          source: {
            ...SRC.OKEZONE200218,
            note: 'Total DID 2020 Rp15 tn, cut to Rp13.5 tn by Perpres 72/2020 (DJPK deck); per-category pots other than investment and exports were not found.',
          },
        },
      ],
    },
  ],
  rules: [
    ...GATES.map((g) => g.rule),
    {
      id: 'DID.POTS',
      kind: 'incentive.pots',
      title: { id: 'Pagu DID per kategori', en: 'DID pots per category' },
      parameters: { pots: 'did.pots' },
      source: SRC.OKEZONE200218,
    },
  ],
});
