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

/** `^[A-Za-z0-9][A-Za-z0-9._-]*$` (the schema's key rule), by character code: no regex per key. */
function isKey(key: string): boolean {
  const n = key.length;
  if (n === 0 || n > 120) return false;
  for (let i = 0; i < n; i += 1) {
    const c = key.charCodeAt(i);
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!alnum && (i === 0 || (c !== 46 && c !== 95 && c !== 45))) return false;
  }
  return true;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const isInt = (value: unknown, min: number, max: number): boolean =>
  Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;

function isOpinions(value: unknown): boolean {
  if (!Array.isArray(value) || value.length > 50) return false;
  // Years 2000–2100 seen so far, one bit each (no Set per region).
  let seen0 = 0;
  let seen1 = 0;
  let seen2 = 0;
  let seen3 = 0;
  for (const entry of value as unknown[]) {
    if (!isPlainObject(entry)) return false;
    let keys = 0;
    for (const key in entry) {
      if (key !== 'year' && key !== 'opinion') return false;
      keys += 1;
    }
    if (keys !== 2 || !isInt(entry.year, 2000, 2100) || !OPINIONS.has(entry.opinion)) return false;
    const offset = (entry.year as number) - 2000;
    const bit = 1 << (offset & 31);
    const word = offset >> 5;
    if (word === 0) {
      if (seen0 & bit) return false;
      seen0 |= bit;
    } else if (word === 1) {
      if (seen1 & bit) return false;
      seen1 |= bit;
    } else if (word === 2) {
      if (seen2 & bit) return false;
      seen2 |= bit;
    } else {
      if (seen3 & bit) return false;
      seen3 |= bit;
    }
  }
  return true;
}

/**
 * Keys already found valid: a national run repeats the same few score and contest names, and a
 * set lookup costs less than reading the key again. Bounded, so odd input cannot grow it.
 */
const validKeys = new Set<string>();
const MAX_VALID_KEYS = 1024;

function isRecordOf(value: unknown, item: (v: unknown) => boolean): boolean {
  if (!isPlainObject(value) || Object.getOwnPropertySymbols(value).length > 0) return false;
  for (const key in value) {
    if (!validKeys.has(key)) {
      if (!isKey(key)) return false;
      if (validKeys.size < MAX_VALID_KEYS) validKeys.add(key);
    }
    if (!item(value[key])) return false;
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
