/**
 * The incentive entry's old names, kept one minor version: `/iid` exports an `assessRegion`,
 * `parseRegion`, `RegionSchema` and `Region` of its own, so these were renamed with an
 * `Incentive` prefix.
 *
 * @module
 */
import {
  assessRegion as assessIncentiveRegion,
  parseRegion as parseIncentiveRegion,
} from './eligibility.js';
import { RegionSchema as IncentiveRegionSchema, type Region as IncentiveRegion } from './schema.js';

/** @deprecated Renamed `assessIncentiveRegion` (the IID entry has its own `assessRegion`). */
export const assessRegion: typeof assessIncentiveRegion = assessIncentiveRegion;
/** @deprecated Renamed `parseIncentiveRegion` (the IID entry has its own `parseRegion`). */
export const parseRegion: typeof parseIncentiveRegion = parseIncentiveRegion;
/** @deprecated Renamed `IncentiveRegionSchema` (the IID entry has its own `RegionSchema`). */
export const RegionSchema: typeof IncentiveRegionSchema = IncentiveRegionSchema;
/** @deprecated Renamed `IncentiveRegion` (the IID entry has its own `Region`). */
export type Region = IncentiveRegion;
