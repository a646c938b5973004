/**
 * A fast path for the region format: the fields a national run sends, checked by hand. It
 * accepts only regions the zod schema accepts and returns `undefined` for anything else (nested
 * indicators and tranche data, an explicit `undefined`, any doubt), which then goes through
 * {@link RegionSchema} for the answer and its field-by-field errors. A property test checks that
 * it never accepts what the schema refuses and agrees with the schema's output where it accepts.
 *
 * @module
 */
import { REGION_BOOLEAN_FIELDS, type Region } from './schema.js';

const LEVELS: ReadonlySet<unknown> = new Set(['provinsi', 'kabupaten', 'kota']);
const OPINIONS: ReadonlySet<unknown> = new Set(['WTP', 'WDP', 'TW', 'TMP']);
const GRADES: ReadonlySet<unknown> = new Set(['A', 'B', 'C', 'D', 'E']);
const BOOLEAN_FIELDS: ReadonlySet<string> = new Set(REGION_BOOLEAN_FIELDS);
const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const isInt = (value: unknown, min: number, max: number): boolean =>
  Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;

function isOpinions(value: unknown): boolean {
  if (!Array.isArray(value) || value.length > 50) return false;
  const years = new Set<unknown>();
  for (const entry of value as unknown[]) {
    if (!isPlainObject(entry)) return false;
    let keys = 0;
    for (const key in entry) {
      if (key !== 'year' && key !== 'opinion') return false;
      keys += 1;
    }
    if (keys !== 2 || !isInt(entry.year, 2000, 2100) || !OPINIONS.has(entry.opinion)) return false;
    years.add(entry.year);
  }
  return years.size === value.length;
}

function isRecordOf(value: unknown, item: (v: unknown) => boolean): boolean {
  if (!isPlainObject(value) || Object.getOwnPropertySymbols(value).length > 0) return false;
  for (const key in value) {
    if (key.length > 120 || !KEY.test(key) || !item(value[key])) return false;
  }
  return true;
}

const isRank = (v: unknown): boolean => isInt(v, 1, 1000);
const isScore = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/**
 * The region when the fast path can vouch for it, else `undefined` (parse it with the schema).
 *
 * @example
 * ```ts
 * parseRegionFast({ id: '33.74', level: 'kota', apbdOnTime: true })?.level; // 'kota'
 * parseRegionFast({ id: '33.74', level: 'desa' }); // undefined: the schema says why
 * ```
 */
export function parseRegionFast(input: unknown): Region | undefined {
  if (!isPlainObject(input)) return undefined;
  let hasId = false;
  let hasLevel = false;
  for (const key in input) {
    const value = input[key];
    if (key === 'id') {
      if (typeof value !== 'string' || value.length < 1 || value.length > 40) return undefined;
      hasId = true;
    } else if (key === 'level') {
      if (!LEVELS.has(value)) return undefined;
      hasLevel = true;
    } else if (BOOLEAN_FIELDS.has(key)) {
      if (typeof value !== 'boolean') return undefined;
    } else if (key === 'name') {
      if (typeof value !== 'string' || value.length > 200) return undefined;
    } else if (key === 'auditOpinions') {
      if (!isOpinions(value)) return undefined;
    } else if (key === 'eProcurementGrade') {
      if (!GRADES.has(value)) return undefined;
    } else if (key === 'scores') {
      if (!isRecordOf(value, isScore)) return undefined;
    } else if (key === 'ranks') {
      if (!isRecordOf(value, isRank)) return undefined;
    } else return undefined;
  }
  return hasId && hasLevel ? (input as Region) : undefined;
}
