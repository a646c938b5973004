/**
 * A fast path for the region format: the fields a national run sends, checked by hand. It
 * accepts only regions the zod schema accepts and returns `undefined` for anything else (nested
 * indicators and tranche data, an explicit `undefined`, any doubt), which then goes through
 * {@link RegionSchema} for the answer and its field-by-field errors. A property test checks that
 * it never accepts what the schema refuses and agrees with the schema's output where it accepts.
 *
 * Written for the engine's per-region cost: a `switch` on the key (the keys of a parsed or
 * literal object are interned strings, so each case is a pointer comparison; a set lookup per
 * key cost more than all the cases), no regex, no set per region.
 *
 * @module
 */
import type { Region } from './schema.js';

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

/**
 * The audit opinions: at most 50 entries, each `{ year, opinion }` with a year 2000–2100 given
 * once. An entry passes as the schema's strict object does (its enumerable keys, which `for…in`
 * lists as the schema does, are exactly `year` and `opinion`, with valid values) and, like the
 * region, it must be a plain object, so that what is returned serialises as the schema's copy
 * would. The prototype is read through `__proto__` (the `Object.prototype` accessor, which the
 * JIT inlines): `Object.getPrototypeOf` on every entry cost as much as the rest of the check. An
 * own `__proto__` key is refused by the key check; only a non-enumerable own `__proto__` (which
 * neither a literal nor `JSON.parse` makes) could mislead it, and the values read would still be
 * the ones the schema reads.
 */
function isOpinions(value: unknown): boolean {
  if (!Array.isArray(value) || value.length > 50) return false;
  // Years 2000–2100 seen so far, one bit each (no Set per region).
  let seen0 = 0;
  let seen1 = 0;
  let seen2 = 0;
  let seen3 = 0;
  for (const entry of value as unknown[]) {
    if (typeof entry !== 'object' || entry === null) return false;
    const { year, opinion } = entry as { year: unknown; opinion: unknown };
    if (
      typeof year !== 'number' ||
      !Number.isInteger(year) ||
      year < 2000 ||
      year > 2100 ||
      (opinion !== 'WTP' && opinion !== 'WDP' && opinion !== 'TW' && opinion !== 'TMP') ||
      (entry as { __proto__?: unknown }).__proto__ !== Object.prototype
    )
      return false;
    let keys = 0;
    for (const key in entry) {
      if (key !== 'year' && key !== 'opinion') return false;
      keys += 1;
    }
    if (keys !== 2) return false;
    const offset = year - 2000;
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

/** A key not seen before: checks it and remembers it when valid. */
function isNewValidKey(key: string): boolean {
  if (!isKey(key)) return false;
  if (validKeys.size < MAX_VALID_KEYS) validKeys.add(key);
  return true;
}

/**
 * A record of the schema (`z.record`): a plain object whose keys are valid and whose own
 * enumerable symbol keys are none (the schema reads `Reflect.ownKeys` and refuses a symbol).
 */
function hasNoSymbols(value: object): boolean {
  return Object.getOwnPropertySymbols(value).length === 0;
}

/** Scores: finite numbers ≥ 0 (`NaN` fails `>= 0`). */
function isScores(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  for (const key in value) {
    const score = value[key];
    if (typeof score !== 'number' || !(score >= 0) || score === Infinity) return false;
    if (!validKeys.has(key) && !isNewValidKey(key)) return false;
  }
  return hasNoSymbols(value);
}

/** Ranks: integers 1–1000. */
function isRanks(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  for (const key in value) {
    const rank = value[key];
    if (!Number.isInteger(rank) || (rank as number) < 1 || (rank as number) > 1000) return false;
    if (!validKeys.has(key) && !isNewValidKey(key)) return false;
  }
  return hasNoSymbols(value);
}

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
    switch (key) {
      // the yes/no fields (REGION_BOOLEAN_FIELDS; a test checks the two lists agree)
      case 'underdeveloped':
      case 'apbdOnTime':
      case 'eProcurement':
      case 'eBudgeting':
      case 'ePlanning':
      case 'ptspAvailable':
      case 'igaRecommended':
      case 'kippAward':
      case 'apbdAdjustmentOnTime':
      case 'covidReportsOnTime':
        if (value !== true && value !== false) return undefined;
        break;
      case 'id':
        if (typeof value !== 'string' || value.length < 1 || value.length > 40) return undefined;
        hasId = true;
        break;
      case 'name':
        if (typeof value !== 'string' || value.length > 200) return undefined;
        break;
      case 'level':
        if (value !== 'provinsi' && value !== 'kabupaten' && value !== 'kota') return undefined;
        hasLevel = true;
        break;
      case 'auditOpinions':
        if (!isOpinions(value)) return undefined;
        break;
      case 'eProcurementGrade':
        if (value !== 'A' && value !== 'B' && value !== 'C' && value !== 'D' && value !== 'E')
          return undefined;
        break;
      case 'scores':
        if (!isScores(value)) return undefined;
        break;
      case 'ranks':
        if (!isRanks(value)) return undefined;
        break;
      default:
        return undefined;
    }
  }
  return hasId && hasLevel ? (input as Region) : undefined;
}
