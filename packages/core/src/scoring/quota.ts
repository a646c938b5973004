/**
 * Shortlists under quotas: pick `n` entries from a ranking while respecting representation
 * constraints (at least `min` of a category or of 3T regions, at most `max` per agency…), and
 * say for each entry why it is in or out.
 *
 * The method, in order: (1) for each minimum quota, the best-ranked entries of that group take
 * seats until the minimum is met (never breaking a maximum); (2) the remaining seats go down the
 * ranking, skipping entries a maximum quota caps. A maximum is never exceeded; a minimum that
 * cannot be met is reported.
 *
 * @module
 */
import type { Entry, Quota } from './schema.js';

/** Why an entry is in or out of a shortlist. */
export type ShortlistReason =
  | { readonly in: true; readonly by: 'rank' }
  | { readonly in: true; readonly by: 'quota'; readonly quota: string; readonly value: string }
  | { readonly in: false; readonly by: 'below-cut' }
  | { readonly in: false; readonly by: 'capped'; readonly quota: string; readonly value: string }
  | {
      readonly in: false;
      readonly by: 'displaced';
      /** The minimum quotas whose entries took the seats. */
      readonly quotas: readonly { readonly quota: string; readonly value: string }[];
    };

/** How one quota came out. */
export interface QuotaOutcome {
  readonly quota: string;
  readonly field: string;
  readonly value: string;
  readonly min?: number;
  readonly max?: number;
  readonly selected: number;
  /** Candidates that match it. */
  readonly available: number;
  /** False when a minimum could not be met. */
  readonly met: boolean;
}

/** A shortlist. */
export interface Shortlist {
  /** Selected ids, in ranking order. */
  readonly selected: readonly string[];
  readonly reasons: ReadonlyMap<string, ShortlistReason>;
  readonly quotas: readonly QuotaOutcome[];
  /** Minimum quotas ask for more seats than there are. */
  readonly overbooked: boolean;
}

/** The values an entry has for a quota field. */
export function fieldValues(entry: Entry, field: string): string[] {
  if (field === 'tag') return entry.tags ?? [];
  if (field.startsWith('attributes.')) {
    const v = entry.attributes?.[field.slice('attributes.'.length)];
    return v === undefined ? [] : [v];
  }
  const v = (entry as Record<string, unknown>)[field];
  return typeof v === 'string' ? [v] : [];
}

interface ConcreteQuota {
  readonly quota: Quota;
  readonly value: string;
}

export function shortlist(
  ranked: readonly Entry[],
  n: number,
  quotas: readonly Quota[],
): Shortlist {
  // One pass per quota: the entries of each value of its field.
  const concrete: ConcreteQuota[] = [];
  const matches: Set<string>[] = [];
  for (const quota of quotas) {
    const byValue = new Map<string, Set<string>>();
    for (const entry of ranked)
      for (const v of fieldValues(entry, quota.field)) {
        const set = byValue.get(v) ?? new Set<string>();
        set.add(entry.id);
        byValue.set(v, set);
      }
    const values = quota.value !== undefined ? [quota.value] : [...byValue.keys()].sort();
    for (const value of values) {
      concrete.push({ quota, value });
      matches.push(byValue.get(value) ?? new Set());
    }
  }
  const quotasOf = new Map<string, number[]>();
  matches.forEach((ids, i) => {
    for (const id of ids) {
      const list = quotasOf.get(id);
      if (list) list.push(i);
      else quotasOf.set(id, [i]);
    }
  });
  const counts = concrete.map(() => 0);
  const selected = new Set<string>();
  const reasons = new Map<string, ShortlistReason>();
  const rankOf = new Map(ranked.map((e, i) => [e.id, i]));

  const capOf = (id: string): number => {
    for (const i of quotasOf.get(id) ?? []) {
      const max = concrete[i]?.quota.max;
      if (max !== undefined && (counts[i] ?? 0) >= max) return i;
    }
    return -1;
  };
  const add = (id: string, reason: ShortlistReason): void => {
    selected.add(id);
    reasons.set(id, reason);
    for (const i of quotasOf.get(id) ?? []) counts[i] = (counts[i] ?? 0) + 1;
  };

  let overbooked = false;
  concrete.forEach((q, i) => {
    const min = q.quota.min;
    if (min === undefined) return;
    for (const entry of ranked) {
      if ((counts[i] ?? 0) >= min) break;
      if (selected.has(entry.id) || !matches[i]?.has(entry.id) || capOf(entry.id) >= 0) continue;
      if (selected.size >= n) {
        overbooked = true;
        break;
      }
      add(entry.id, { in: true, by: 'quota', quota: q.quota.id, value: q.value });
    }
  });
  for (const entry of ranked) {
    if (selected.size >= n) break;
    if (selected.has(entry.id)) continue;
    const cap = capOf(entry.id);
    if (cap >= 0) {
      const q = concrete[cap];
      if (q) reasons.set(entry.id, { in: false, by: 'capped', quota: q.quota.id, value: q.value });
      continue;
    }
    add(entry.id, { in: true, by: 'rank' });
  }
  // Entries that rank alone would have taken were displaced by seats given to minimum quotas.
  const quotaSeats = [...reasons.entries()]
    .filter(([id, r]) => r.in && r.by === 'quota' && (rankOf.get(id) ?? 0) >= n)
    .map(([, r]) => (r.in && r.by === 'quota' ? { quota: r.quota, value: r.value } : undefined))
    .filter((x): x is { quota: string; value: string } => x !== undefined);
  const uniqueSeats = [...new Map(quotaSeats.map((s) => [`${s.quota}=${s.value}`, s])).values()];
  ranked.forEach((entry, i) => {
    if (selected.has(entry.id) || reasons.has(entry.id)) return;
    reasons.set(
      entry.id,
      i < n && uniqueSeats.length > 0
        ? { in: false, by: 'displaced', quotas: uniqueSeats }
        : { in: false, by: 'below-cut' },
    );
  });
  const order = ranked.map((e) => e.id).filter((id) => selected.has(id));
  return {
    selected: order,
    reasons,
    overbooked,
    quotas: concrete.map((q, i) => ({
      quota: q.quota.id,
      field: q.quota.field,
      value: q.value,
      ...(q.quota.min !== undefined ? { min: q.quota.min } : {}),
      ...(q.quota.max !== undefined ? { max: q.quota.max } : {}),
      selected: counts[i] ?? 0,
      available: matches[i]?.size ?? 0,
      met: q.quota.min === undefined || (counts[i] ?? 0) >= q.quota.min,
    })),
  };
}
