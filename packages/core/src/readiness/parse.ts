/**
 * A fast structural check of a proposal for the hot path. It accepts only input that
 * {@link ProposalSchema} accepts (a property test holds it to that) and answers `undefined` for
 * anything else, so the zod schema stays the single source of truth for what is valid and for
 * every error message: the checker falls back to zod whenever this says no.
 *
 * @module
 */
import { isSupportedDate } from '../shared/dates.js';
import type { Proposal } from './schema.js';

const AGENCY_TYPES = new Set([
  'kementerian',
  'lembaga',
  'provinsi',
  'kabupaten',
  'kota',
  'bumn',
  'bumd',
]);
const GROUPS = new Set(['umum', 'replikasi', 'khusus']);
const TIERS = new Set(['top99', 'top-terpuji', 'top15-khusus', 'outstanding', 'top-replikasi']);
const MAX_TEXT = 1_000_000;

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isPlain(v: unknown): v is Obj {
  if (!isObject(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
function optString(v: unknown, max: number): boolean {
  return v === undefined || (typeof v === 'string' && v.length <= max);
}
function optBool(v: unknown): boolean {
  return v === undefined || typeof v === 'boolean';
}
function optInt(v: unknown, min: number, max: number): boolean {
  return v === undefined || (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max);
}
function optEnum(v: unknown, values: ReadonlySet<string>): boolean {
  return v === undefined || (typeof v === 'string' && values.has(v));
}
function optDate(v: unknown): boolean {
  return v === undefined || isSupportedDate(v);
}
function optArray(v: unknown, max: number, item: (x: unknown) => boolean): boolean {
  if (v === undefined) return true;
  if (!Array.isArray(v) || v.length > max) return false;
  for (const x of v) if (!item(x)) return false;
  return true;
}
function optRecord(v: unknown, value: (x: unknown) => boolean): boolean {
  if (v === undefined) return true;
  if (!isPlain(v)) return false;
  for (const key in v) {
    if (!Object.hasOwn(v, key)) continue;
    if (key.length > 120 || !value(v[key])) return false;
  }
  return true;
}

/**
 * The proposal, when it certainly matches the proposal format; `undefined` otherwise (then the
 * zod schema decides, and explains).
 */
export function parseProposalFast(input: unknown): Proposal | undefined {
  if (!isPlain(input)) return undefined;
  const p = input;
  const agency = p.agency;
  const innovator = p.innovator;
  const video = p.video;
  const ok =
    optString(p.id, 200) &&
    optString(p.title, MAX_TEXT) &&
    (agency === undefined ||
      (isObject(agency) && optString(agency.name, 1000) && optEnum(agency.type, AGENCY_TYPES))) &&
    optString(p.unit, 1000) &&
    optEnum(p.group, GROUPS) &&
    optString(p.category, 200) &&
    optArray(p.sdgs, 100, (x) => optInt(x, 1, 17) && x !== undefined) &&
    optDate(p.implementationStartDate) &&
    optBool(p.pandemicRelated) &&
    (innovator === undefined ||
      (isObject(innovator) &&
        optString(innovator.name, 1000) &&
        optString(innovator.phone, 100) &&
        optString(innovator.email, 500) &&
        optBool(innovator.isTeam))) &&
    optString(p.videoUrl, 2000) &&
    (video === undefined ||
      (isObject(video) &&
        (video.durationSeconds === undefined ||
          (typeof video.durationSeconds === 'number' &&
            video.durationSeconds >= 0 &&
            video.durationSeconds <= 86_400)) &&
        optInt(video.heightPixels, 0, 10_000) &&
        optBool(video.publiclyAccessible) &&
        optString(video.language, 20) &&
        optBool(video.subtitles))) &&
    optRecord(p.sections, (x) => typeof x === 'string' && x.length <= MAX_TEXT) &&
    optArray(
      p.attachments,
      1000,
      (a) =>
        isObject(a) &&
        typeof a.type === 'string' &&
        a.type.length <= 120 &&
        optString(a.fileName, 500) &&
        optString(a.mediaType, 200) &&
        optInt(a.sizeBytes, 0, Number.MAX_SAFE_INTEGER) &&
        optString(a.url, 2000),
    ) &&
    optArray(
      p.awards,
      100,
      (a) =>
        isObject(a) &&
        a.year !== undefined &&
        optInt(a.year, 2000, 2100) &&
        typeof a.tier === 'string' &&
        TIERS.has(a.tier) &&
        optEnum(a.group, GROUPS),
    ) &&
    optArray(
      p.replicationOf,
      100,
      (r) =>
        isObject(r) &&
        optString(r.title, 2000) &&
        optString(r.agency, 2000) &&
        optInt(r.year, 2000, 2100) &&
        optEnum(r.tier, TIERS),
    ) &&
    optBool(p.isApplication) &&
    optRecord(
      p.spbe,
      (x) =>
        (typeof x === 'string' && x.length <= MAX_TEXT) ||
        typeof x === 'boolean' ||
        (typeof x === 'number' && Number.isFinite(x)),
    ) &&
    optDate(p.registrationCloseDate);
  return ok ? input : undefined;
}
