/**
 * The IID entry's old names, kept one minor version: `/incentive` exports an `assessRegion`,
 * `parseRegion`, `RegionSchema` and `Region` of its own, so these were renamed with an `Iid`
 * prefix.
 *
 * @module
 */
import { assessRegion as assessIidRegion, parseRegion as parseIidRegion } from './compute.js';
import {
  RegionSchema as IidRegionSchema,
  type Region as IidRegion,
  type RegionInput as IidRegionInput,
} from './schema.js';

/** @deprecated Renamed `assessIidRegion` (the incentive entry has its own `assessRegion`). */
export const assessRegion: typeof assessIidRegion = assessIidRegion;
/** @deprecated Renamed `parseIidRegion` (the incentive entry has its own `parseRegion`). */
export const parseRegion: typeof parseIidRegion = parseIidRegion;
/** @deprecated Renamed `IidRegionSchema` (the incentive entry has its own `RegionSchema`). */
export const RegionSchema: typeof IidRegionSchema = IidRegionSchema;
/** @deprecated Renamed `IidRegion` (the incentive entry has its own `Region`). */
export type Region = IidRegion;
/** @deprecated Renamed `IidRegionInput`. */
export type RegionInput = IidRegionInput;
