/**
 * The cost model of every route: what one request may ask for, stated in the OpenAPI document
 * (`x-inovasi-limits` on each operation) and refused with 413 problem+json **before** any work
 * starts. Each limit is measured on the parsed JSON body in one pass; the limits are set so that
 * the heaviest allowed request finishes well within the request deadline (`requestTimeoutMs`).
 *
 * @module
 */
import type { LocalizedText } from '@inovasi/core';

/** One limit of a route. */
export interface CostLimit {
  /** What is counted, e.g. `proposals`, `entries × judges × (resamples + 1)`. */
  readonly measure: string;
  readonly limit: number;
  /** Why the limit is there and how to stay under it. */
  readonly description: LocalizedText;
  /** The measure of a body (0 when the body has nothing of the kind). */
  readonly of: (body: unknown) => number;
  /**
   * At or below this measure (and with a body of at most {@link INLINE_BODY_CHARS}) a request
   * is light: it runs on the event loop, without the worker round trip (see {@link runsInline}).
   * Absent: this limit does not keep a request off the event loop.
   */
  readonly inline?: number;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function lengthOf(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

/** The longest string anywhere in a JSON value (keys included), walked without recursion. */
export function longestText(value: unknown): number {
  let longest = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next === 'string') longest = Math.max(longest, next.length);
    else if (Array.isArray(next)) for (const item of next) stack.push(item);
    else if (typeof next === 'object' && next !== null)
      for (const [key, item] of Object.entries(next)) {
        longest = Math.max(longest, key.length);
        stack.push(item);
      }
  }
  return longest;
}

/** The longest text any route takes in one field (a proposal section, a rancang bangun). */
export const MAX_TEXT_CHARS = 200_000;

const TEXT: CostLimit = {
  measure: 'the longest text field, in characters',
  limit: MAX_TEXT_CHARS,
  description: {
    id: 'Teks terpanjang dalam satu isian.',
    en: 'The longest text in one field.',
  },
  of: longestText,
};

/** Cost limits by operation (`METHOD /path` as registered). */
export const ROUTE_COSTS: Readonly<Record<string, readonly CostLimit[]>> = {
  'POST /v1/readiness': [
    {
      measure: 'proposals',
      limit: 2_000,
      description: {
        id: 'Proposal per permintaan; kirim batch yang lebih besar dalam beberapa permintaan (per instansi: pemeriksaan judul ganda dan kuota berlaku per instansi).',
        en: 'Proposals per request; send a larger batch in several requests (split by agency: duplicate titles and quotas are checked per agency).',
      },
      of: (body) => lengthOf(field(body, 'proposals')),
      inline: 10,
    },
    TEXT,
  ],
  'POST /v1/scoring': [
    {
      measure: 'entries × judges × (resamples + 1)',
      limit: 5_000_000,
      description: {
        id: 'Beban bootstrap: jumlah peserta × juri × (sampel ulang + 1); kurangi resamples untuk panel besar.',
        en: 'Bootstrap work: entries × judges × (resamples + 1); use fewer resamples for a large panel.',
      },
      of: (body) => {
        const panel = field(body, 'panel');
        const resamples = field(body, 'resamples');
        return (
          lengthOf(field(panel, 'entries')) *
          lengthOf(field(panel, 'judges')) *
          ((typeof resamples === 'number' && resamples >= 0 ? resamples : 200) + 1)
        );
      },
      inline: 20_000,
    },
    TEXT,
  ],
  'POST /v1/iid': [
    {
      measure: 'innovations of the region',
      limit: 2_000,
      description: {
        id: 'Inovasi per daerah (IID menghitung paling banyak 200).',
        en: 'Innovations per region (the IID counts at most 200).',
      },
      of: (body) => lengthOf(field(field(body, 'region'), 'innovations')),
      inline: 25,
    },
    TEXT,
  ],
  'POST /v1/iid/predikat': [TEXT],
  'POST /v1/incentive/eligibility': [TEXT],
  'POST /v1/incentive/allocation': [
    {
      measure: 'regions',
      limit: 2_000,
      description: {
        id: 'Daerah per alokasi (546 pemda pada 2024).',
        en: 'Regions per allocation (546 regional governments in 2024).',
      },
      of: (body) => lengthOf(field(body, 'regions')),
      inline: 20,
    },
    TEXT,
  ],
  'POST /v1/rulebooks/validate': [TEXT],
  'POST /v1/rulebooks/diff': [TEXT],
  'POST /v1/rulebooks/replay': [
    {
      measure: 'inputs',
      limit: 2_000,
      description: {
        id: 'Masukan per replay; setiap masukan dijalankan pada kedua rulebook.',
        en: 'Inputs per replay; each input runs under both rulebooks.',
      },
      of: (body) => lengthOf(field(body, 'inputs')),
      inline: 5,
    },
    TEXT,
  ],
};

/** The first limit a body goes over, with its measure, or undefined when it is within all. */
export function overCost(
  operation: string,
  body: unknown,
): { readonly limit: CostLimit; readonly value: number } | undefined {
  for (const limit of ROUTE_COSTS[operation] ?? []) {
    const value = limit.of(body);
    if (value > limit.limit) return { limit, value };
  }
  return undefined;
}

/**
 * The largest body (in characters) of a light request: one realistic proposal is about 16,000.
 * With the `inline` measures of {@link ROUTE_COSTS}, it keeps the work of a request that runs on
 * the event loop to a few milliseconds of CPU (at most about six times one realistic proposal:
 * 10 short proposals, a 100-sheet panel with 200 resamples, a region with 25 innovations, 20
 * regions to allocate), so `/healthz` and other requests wait at most that.
 */
export const INLINE_BODY_CHARS = 64 * 1024;

/**
 * Whether a request (already within its limits) is light enough to run on the event loop: its
 * body is at most {@link INLINE_BODY_CHARS} and each measure with an `inline` bound is within
 * it. A server with a worker pool runs the others in a worker, where a deadline can stop them.
 */
export function runsInline(operation: string, body: unknown, chars: number): boolean {
  if (chars > INLINE_BODY_CHARS) return false;
  for (const limit of ROUTE_COSTS[operation] ?? [])
    if (limit.inline !== undefined && limit.of(body) > limit.inline) return false;
  return true;
}
