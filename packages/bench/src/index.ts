/**
 * `@inovasi/bench`: seeded, deterministic national-scale data in the documented formats — the
 * 546 Pemda, their IID region files, an incentive year, a KIPP year of proposals and a judging
 * panel — for the benchmark harness, the desk's demo data, the examples and large streaming
 * tests. Private: never published. The same seed gives the same data on every machine.
 *
 * @example
 * ```ts
 * import { generateNationalData } from '@inovasi/bench';
 *
 * const data = generateNationalData({ seed: 1 });
 * data.pemda.length; // 546
 * data.proposals.length; // 3000
 * ```
 *
 * @module
 */
import { generateIidRegions, type IidOptions } from './iid.js';
import { generateIncentiveYear, type IncentiveYear } from './incentive.js';
import { generatePanel } from './panel.js';
import { generatePemda, type Pemda } from './pemda.js';
import { generateProposals } from './proposals.js';
import type { IidRegionInput as RegionInput } from '@inovasi/core/iid';
import type { PanelInput } from '@inovasi/core/scoring';
import type { Proposal } from '@inovasi/core/readiness';

export { createRandom, between, pick, isoDate } from './random.js';
export type { Random } from './random.js';
export { prose, phrase } from './text.js';
export { generatePemda, PEMDA_COUNTS } from './pemda.js';
export type { Pemda, PemdaLevel } from './pemda.js';
export { generateProposals, proposalStream, sectionWords, SECTION_LIMITS } from './proposals.js';
export type { ProposalOptions } from './proposals.js';
export { generateIidRegions, iidRegion } from './iid.js';
export type { IidOptions } from './iid.js';
export { generateIncentiveYear, INCENTIVE_CATEGORIES } from './incentive.js';
export type { IncentiveOptions, IncentiveYear } from './incentive.js';
export { generatePanel } from './panel.js';
export type { PanelOptions } from './panel.js';

/** Everything a national benchmark needs, from one seed. */
export interface NationalData {
  readonly seed: number;
  readonly pemda: readonly Pemda[];
  readonly iid: readonly RegionInput[];
  readonly incentive: IncentiveYear;
  readonly proposals: readonly Proposal[];
  readonly panel: PanelInput;
}

/** Options of {@link generateNationalData}. */
export interface NationalOptions {
  readonly seed?: number;
  /** KIPP proposals (default 3,000). */
  readonly proposals?: number;
  /** Innovations per region (default 10–150). */
  readonly innovations?: IidOptions['innovations'];
}

/**
 * The whole national set: 546 Pemda (38 provinsi, 415 kabupaten, 93 kota) with IID answers and
 * 10–150 innovations each, their incentive year, 3,000 KIPP proposals of about 2,000 words and
 * a panel of five judges scoring every proposal.
 *
 * @example
 * ```ts
 * const a = generateNationalData({ seed: 7 });
 * const b = generateNationalData({ seed: 7 });
 * JSON.stringify(a) === JSON.stringify(b); // true
 * ```
 */
export function generateNationalData(options: NationalOptions = {}): NationalData {
  const seed = options.seed ?? 1;
  const proposals = generateProposals(options.proposals ?? 3000, { seed });
  return {
    seed,
    pemda: generatePemda(seed),
    iid: generateIidRegions({
      seed,
      ...(options.innovations ? { innovations: options.innovations } : {}),
    }),
    incentive: generateIncentiveYear({ seed }),
    proposals,
    panel: generatePanel({ seed, entries: proposals.length }),
  };
}
export { PARTS, writeNationalData, writeProposalLines } from './write.js';
export type { Part, WriteOptions } from './write.js';
