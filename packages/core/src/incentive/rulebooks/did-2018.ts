/**
 * Dana Insentif Daerah, budget year 2018 (PMK 50/2017 as amended). Sources:
 * `../shared/domain/iid-and-incentive.md` §6.2.
 *
 * @module
 */
import { defineRulebook } from '../../rulebook/schema.js';
import { flag, gate, GATE_TITLE, opinion } from './gates.js';
import { SRC } from './sources.js';

const FROM = '2018-01-01';

const GATES = [
  gate({
    rule: 'DID.GATE.OPINION',
    parameter: 'did.gate.audit-opinion',
    title: GATE_TITLE.opinion,
    from: FROM,
    requirement: opinion(['WTP'], 1),
    source: {
      ...SRC.KONTAN171005,
      note: 'Raised from WDP to WTP. Requiring WTP for 3 consecutive years was floated (Katadata 2017) but its adoption was not confirmed, so one year is encoded.',
    },
  }),
  gate({
    rule: 'DID.GATE.APBD',
    parameter: 'did.gate.apbd-on-time',
    title: GATE_TITLE.apbd,
    from: FROM,
    requirement: flag('apbdOnTime'),
    source: SRC.KONTAN171005,
  }),
  gate({
    rule: 'DID.GATE.EPROC',
    parameter: 'did.gate.e-procurement',
    title: GATE_TITLE.eProcurement,
    from: FROM,
    requirement: flag('eProcurement'),
    source: SRC.KONTAN171008,
  }),
];

const CATEGORIES = [
  [
    'kesehatan-fiskal',
    'kesehatan fiskal & pengelolaan keuangan daerah',
    'fiscal health & financial management',
  ],
  [
    'penyelenggaraan-pemerintahan',
    'penyelenggaraan pemerintahan daerah',
    'regional government administration',
  ],
  ['perencanaan', 'perencanaan daerah', 'regional planning'],
  ['sakip', 'SAKIP', 'performance accountability (SAKIP)'],
  ['inovasi-pelayanan-publik', 'inovasi pelayanan publik', 'public-service innovation'],
  ['kemudahan-investasi', 'kemudahan investasi', 'ease of investment'],
  ['pendidikan', 'pendidikan', 'education'],
  ['kesehatan', 'kesehatan', 'health'],
  ['infrastruktur', 'infrastruktur', 'infrastructure'],
  ['kesejahteraan', 'kesejahteraan', 'welfare'],
] as const;

/** DID 2018: gates WTP, timely APBD, e-procurement; ten categories; Rp8.5 trillion. */
export const did2018 = defineRulebook({
  id: 'did-2018',
  title: { id: 'Dana Insentif Daerah 2018', en: 'Regional Incentive Fund (DID) 2018' },
  domain: 'incentive',
  status: 'historical',
  issuer: 'Kementerian Keuangan (DJPK)',
  legalBasis: [SRC.DJPK_REAL17],
  effective: { from: FROM, to: '2018-12-31' },
  parameters: [
    ...GATES.map((g) => g.parameter),
    {
      id: 'did.pots',
      title: { id: 'Pagu DID', en: 'DID pots' },
      unit: 'rupiah',
      values: [
        {
          from: FROM,
          value: [
            {
              id: 'did-2018',
              title: { id: 'DID 2018 (sepuluh kategori)', en: 'DID 2018 (ten categories)' },
              track: 'previous-year',
              amount: 8_500_000_000_000,
              scoreKey: null,
              method: null,
              splitByLevel: false,
              gated: true,
              unknown: [
                {
                  id: `bobot kategori (${CATEGORIES.map((c) => c[1]).join(', ')}) dan batas nilai AA+…DD− (minimal sekitar BB) tidak terbaca`,
                  en: `the weights of the categories (${CATEGORIES.map((c) => c[2]).join(', ')}) and the grade cut-offs AA+…DD− (minimum about BB) were not readable`,
                },
              ],
              source: SRC.FDOK_DID20,
            },
          ],
          source: SRC.FDOK_DID20,
        },
      ],
    },
  ],
  rules: [
    ...GATES.map((g) => g.rule),
    {
      id: 'DID.POTS',
      kind: 'incentive.pots',
      title: { id: 'Pagu DID', en: 'DID pots' },
      parameters: { pots: 'did.pots' },
      source: SRC.FDOK_DID20,
    },
  ],
});
