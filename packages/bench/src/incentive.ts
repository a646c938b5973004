/**
 * An incentive year (the `NationalDataset` format of `@inovasi/core/incentive`): the performance
 * data of every Pemda that the gates, clusters and allocation of every DID / Insentif Fiskal
 * edition read — BPK opinions for ten fiscal years, the yes/no facts, the e-procurement grade,
 * performance values per category — with a few values left out (about 3 %), as real data has,
 * so the engines also answer "indeterminate".
 *
 * @module
 */
import type { Assumptions, IncentiveRegion as Region } from '@inovasi/core/incentive';
import { generatePemda, type Pemda } from './pemda.js';
import { createRandom, pick, type Random } from './random.js';

/** Current-year categories of Insentif Fiskal 2024 (their pots are split by these scores). */
export const INCENTIVE_CATEGORIES = [
  'inflasi-1',
  'inflasi-2',
  'inflasi-3',
  'kemiskinan-ekstrem',
  'stunting',
  'produk-dalam-negeri',
  'percepatan-belanja',
] as const;

type Opinion = 'WTP' | 'WDP' | 'TW' | 'TMP';

/** An incentive year: the `NationalDataset` format (every region, and pot assumptions). */
export interface IncentiveYear {
  readonly regions: Region[];
  readonly assumptions: Assumptions;
}
const GRADES = ['A', 'B', 'C', 'D', 'E'] as const;

/** Options of the incentive generator. */
export interface IncentiveOptions {
  readonly seed?: number;
  /** Share of values left out (default 0.03). */
  readonly missingShare?: number;
  /** The last LKPD fiscal year with an opinion (default 2023); ten years back are given. */
  readonly lastAuditYear?: number;
}

function incentiveRegion(pemda: Pemda, random: Random, options: IncentiveOptions): Region {
  const missing = options.missingShare ?? 0.03;
  const last = options.lastAuditYear ?? 2023;
  const strength = random();
  const maybe = <T>(value: T): T | undefined => (random() < missing ? undefined : value);
  const flag = (p: number): boolean | undefined => maybe(random() < p + strength * (1 - p));
  const opinion = (): Opinion => {
    const draw = random() * (0.6 + strength);
    return draw > 0.2 ? 'WTP' : draw > 0.06 ? 'WDP' : pick(random, ['TW', 'TMP'] as const);
  };
  const auditOpinions: { year: number; opinion: Opinion }[] = [];
  for (let year = last; year > last - 10; year -= 1) {
    // a year missing now and then, never the latest of all (that is a separate case)
    if (year < last && random() < missing) continue;
    auditOpinions.push({ year, opinion: opinion() });
  }
  const scores: Record<string, number> = {};
  for (const key of INCENTIVE_CATEGORIES) {
    const value = maybe(Math.round((20 + random() * 80 * (0.5 + strength / 2)) * 100) / 100);
    if (value !== undefined) scores[key] = value;
  }
  scores.total = Math.round(strength * 10_000) / 100;
  scores.kesehatan = Math.round((40 + random() * 60) * 100) / 100;
  const grade = maybe(GRADES[Math.min(4, Math.floor((1 - strength) * 3 + random() * 2))] ?? 'C');
  const region: Region = {
    id: pemda.code,
    name: pemda.name,
    level: pemda.level,
    underdeveloped: pemda.level === 'kabupaten' && random() < 0.15,
    auditOpinions: random() < missing / 2 ? [] : auditOpinions,
    scores,
  };
  const set = <K extends keyof Region>(key: K, value: Region[K] | undefined): void => {
    if (value !== undefined) region[key] = value;
  };
  set('apbdOnTime', flag(0.7));
  set('eProcurement', flag(0.8));
  set('eProcurementGrade', grade);
  set('eBudgeting', flag(0.75));
  set('ePlanning', flag(0.7));
  set('ptspAvailable', flag(0.9));
  set('apbdAdjustmentOnTime', flag(0.6));
  set('covidReportsOnTime', flag(0.6));
  if (random() < 0.05) region.ranks = { 'lomba-inovasi-new-normal': 1 + Math.floor(random() * 3) };
  return region;
}

/**
 * The performance data of every Pemda for an incentive year, with assumed pots for the
 * current-year categories (the amounts of Insentif Fiskal 2024, split 20 % provinces, 25 %
 * cities, the rest regencies: an assumption, not a published split).
 *
 * @example
 * ```ts
 * const year = generateIncentiveYear({ seed: 1 });
 * year.regions.length; // 546
 * ```
 */
export function generateIncentiveYear(options: IncentiveOptions = {}): IncentiveYear {
  const seed = options.seed ?? 1;
  const random = createRandom(seed ^ 0x1ce);
  const regions = generatePemda(seed).map((pemda) => incentiveRegion(pemda, random, options));
  const pots: NonNullable<Assumptions['pots']> = {};
  for (const category of INCENTIVE_CATEGORIES) {
    const amount = category.startsWith('inflasi') ? 300_000_000_000 : 775_000_000_000;
    const provinsi = Math.floor(amount * 0.2);
    const kota = Math.floor(amount * 0.25);
    pots[category] = { byLevel: { provinsi, kota, kabupaten: amount - provinsi - kota } };
  }
  return { regions, assumptions: { pots } };
}
