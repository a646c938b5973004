/**
 * Dana Insentif Daerah, budget year 2017 (PMK 50/PMK.07/2017). Sources:
 * `../shared/domain/iid-and-incentive.md` §6, §6.1.
 *
 * @module
 */
import { defineRulebook } from '../../rulebook/schema.js';
import { flag, gate, GATE_TITLE, opinion } from './gates.js';
import { SRC } from './sources.js';

const FROM = '2017-01-01';

const GATES = [
  gate({
    rule: 'DID.GATE.OPINION',
    parameter: 'did.gate.audit-opinion',
    title: GATE_TITLE.opinion,
    from: FROM,
    requirement: opinion(['WTP', 'WDP'], 1),
    source: SRC.OKEZONE161207,
    note: {
      id: 'Tahun LKPD yang dinilai untuk tahun anggaran ini tidak tertulis di sumber; mesin memakai opini terbaru dalam data.',
      en: 'Which LKPD year counts for this budget year is not stated in the source; the engine uses the latest opinion in the data.',
    },
  }),
  gate({
    rule: 'DID.GATE.APBD',
    parameter: 'did.gate.apbd-on-time',
    title: GATE_TITLE.apbd,
    from: FROM,
    requirement: flag('apbdOnTime'),
    source: SRC.OKEZONE161207,
  }),
];

/** DID 2017: gates BPK opinion WTP or WDP and a timely Perda APBD; Rp7.5 trillion. */
export const did2017 = defineRulebook({
  id: 'did-2017',
  title: { id: 'Dana Insentif Daerah 2017', en: 'Regional Incentive Fund (DID) 2017' },
  domain: 'incentive',
  status: 'historical',
  issuer: 'Kementerian Keuangan (DJPK)',
  legalBasis: [SRC.DJPK_REAL17],
  effective: { from: FROM, to: '2017-12-31' },
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
              id: 'did-2017',
              title: { id: 'DID 2017 (seluruh kategori)', en: 'DID 2017 (all categories)' },
              track: 'previous-year',
              amount: 7_500_000_000_000,
              scoreKey: null,
              method: null,
              splitByLevel: false,
              gated: true,
              unknown: [
                {
                  id: 'kategori kinerja, bobot dan rumus alokasi 2017 tidak ditemukan; diketahui hanya alokasi minimum Rp7,5 miliar bagi daerah WTP dengan APBD tepat waktu',
                  en: 'the 2017 performance categories, weights and allocation formula were not found; only a minimum of Rp7.5 bn for regions with WTP and a timely APBD is known',
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
