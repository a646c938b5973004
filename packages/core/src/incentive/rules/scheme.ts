/**
 * Scheme parts of an edition that the engine reads rather than evaluates per rule: clusters,
 * pots, tranche conditions and the normalisation formulas. Each is a rule kind with one slot so
 * a rulebook names it, sources it and may mark it `unknown`.
 *
 * @module
 */
import {
  ClusterSchemeSchema,
  NormalisationSchema,
  PotListSchema,
  TrancheConditionsSchema,
} from '../schema.js';
import type { IncentiveRuleKind } from '../types.js';

/** Rule kind `incentive.clusters`: the clusters (klaster), best first. */
export const clustersKind: IncentiveRuleKind = {
  kind: 'incentive.clusters',
  domain: 'incentive',
  role: 'clusters',
  title: { id: 'Klaster', en: 'Clusters' },
  compile: () => undefined,
  slots: {
    clusters: {
      schema: ClusterSchemeSchema,
      required: true,
      description: {
        id: 'Klaster, terbaik dahulu, dengan porsi pagu dan kriteria utamanya',
        en: 'Clusters, best first, with their pot share and gates',
      },
    },
  },
};

/** Rule kind `incentive.pots`: the pots (pagu) of money and how each is split. */
export const potsKind: IncentiveRuleKind = {
  kind: 'incentive.pots',
  domain: 'incentive',
  role: 'pots',
  title: { id: 'Pagu per kategori', en: 'Pots per category' },
  compile: () => undefined,
  slots: {
    pots: {
      schema: PotListSchema,
      required: true,
      description: {
        id: 'Pagu per kategori, periode, klaster atau kelompok',
        en: 'Pots per category, period, cluster or group',
      },
    },
  },
};

/** Rule kind `incentive.tranche`: the tranche schedule and the tranche-II conditions. */
export const trancheKind: IncentiveRuleKind = {
  kind: 'incentive.tranche',
  domain: 'incentive',
  role: 'tranche',
  title: { id: 'Syarat penyaluran tahap II', en: 'Tranche-II release conditions' },
  compile: () => undefined,
  slots: {
    conditions: {
      schema: TrancheConditionsSchema,
      required: true,
      description: {
        id: 'Porsi tahap, penyerapan minimal, batas waktu dan dokumen',
        en: 'Tranche shares, minimum absorption, deadline and documents',
      },
    },
  },
};

/** Rule kind `incentive.normalisation`: the formulas that put indicators on one scale. */
export const normalisationKind: IncentiveRuleKind = {
  kind: 'incentive.normalisation',
  domain: 'incentive',
  role: 'normalisation',
  title: { id: 'Normalisasi nilai', en: 'Score normalisation' },
  compile: () => undefined,
  slots: {
    formulas: {
      schema: NormalisationSchema,
      required: true,
      description: { id: 'Rumus peningkatan dan min-maks', en: 'Improvement and min-max formulas' },
    },
  },
};
