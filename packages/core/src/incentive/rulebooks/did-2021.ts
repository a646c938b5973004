/**
 * Dana Insentif Daerah, budget year 2021 (PMK 167/PMK.07/2020, amending PMK 141/PMK.07/2019).
 * It extends `did-2020` because it amends that regulation, and marks every gate `unknown`: the
 * detail of PMK 167/2020 (gates, categories, weights) was not found
 * (`../shared/domain/iid-and-incentive.md` §6.6).
 *
 * @module
 */
import { defineRulebook } from '../../rulebook/schema.js';
import { SRC } from './sources.js';

const FROM = '2021-01-01';

const gateUnknown = (id: string, title: { id: string; en: string }) => ({
  id,
  title,
  values: [
    {
      from: FROM,
      unknown: {
        id: 'PMK 167/PMK.07/2020 mengubah PMK 141/2019; apakah kriteria utama ini tetap berlaku tidak ditemukan',
        en: 'PMK 167/PMK.07/2020 amends PMK 141/2019; whether this gate still applies was not found',
      },
      source: SRC.PMK167,
    },
  ],
});

/** DID 2021: the 2020 structure with every gate and pot unknown; Rp13.5 trillion (RAPBN). */
export const did2021 = defineRulebook({
  id: 'did-2021',
  extends: 'did-2020',
  title: { id: 'Dana Insentif Daerah 2021', en: 'Regional Incentive Fund (DID) 2021' },
  domain: 'incentive',
  status: 'historical',
  issuer: 'Kementerian Keuangan (DJPK)',
  legalBasis: [SRC.PMK167],
  effective: { from: FROM, to: '2021-12-31' },
  parameters: [
    gateUnknown('did.gate.audit-opinion', {
      id: 'Opini BPK yang diterima',
      en: 'Accepted BPK opinion',
    }),
    gateUnknown('did.gate.apbd-on-time', { id: 'Perda APBD tepat waktu', en: 'Timely Perda APBD' }),
    gateUnknown('did.gate.e-budgeting', { id: 'e-budgeting', en: 'e-budgeting' }),
    gateUnknown('did.gate.e-procurement', { id: 'e-procurement', en: 'e-procurement' }),
    gateUnknown('did.gate.ptsp', { id: 'Tersedia PTSP', en: 'PTSP available' }),
    {
      id: 'did.pots',
      title: { id: 'Pagu DID', en: 'DID pots' },
      unit: 'rupiah',
      values: [
        {
          from: FROM,
          value: [
            {
              id: 'did-2021',
              title: { id: 'DID 2021', en: 'DID 2021' },
              track: 'previous-year',
              amount: 13_500_000_000_000,
              scoreKey: null,
              method: null,
              splitByLevel: false,
              gated: true,
              unknown: [
                {
                  id: 'kategori (antara lain pengurangan pengangguran, pengendalian inflasi, indeks pencegahan korupsi), bobot dan rumus tidak ditemukan; sebagian DID dialokasikan atas kinerja tahun berjalan',
                  en: 'categories (among them unemployment reduction, inflation control, corruption-prevention index), weights and formula not found; part of DID was allocated on current-year performance',
                },
              ],
              source: { ...SRC.DJPK_DID21, note: 'Rp13.5 tn as in the RAPBN 2021.' },
            },
          ],
          source: SRC.DJPK_DID21,
        },
      ],
    },
  ],
});
