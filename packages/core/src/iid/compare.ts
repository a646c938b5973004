/**
 * The same region under two rulebooks (2025 and 2026 rules, or 2026 and the 2027 prognosis),
 * with what changed: the scores, the predikat, each constant, and each catalogue row.
 *
 * @module
 */
import { resolveAsOf } from '../contract/as-of.js';
import { iidReferenceDate } from './envelope.js';
import type { ResolvedRulebook } from '../rulebook/index.js';
import type { LocalizedText } from '../shared/i18n.js';
import {
  assessRegion,
  parseRegion,
  type IidOptions,
  type IidResult,
  type IidView,
} from './compute.js';
import { readIidModel, type IidModel, type Reading } from './model.js';
import type { Row } from './schema.js';

/** A constant under each rulebook (`unknown` where the rulebook does not know it). */
export interface ConstantChange {
  readonly rule: string;
  readonly slot: string;
  readonly a: unknown;
  readonly b: unknown;
}

/** A catalogue row under each rulebook. */
export interface RowChange {
  readonly row: string;
  readonly title: LocalizedText;
  readonly change: 'added' | 'removed' | 'weight' | 'mandatory' | 'levels';
  readonly a?: { readonly weight: number; readonly mandatory: boolean };
  readonly b?: { readonly weight: number; readonly mandatory: boolean };
}

/** One region under two rulebooks. */
export interface IidComparison {
  readonly a: IidResult;
  readonly b: IidResult;
  /** b − a, where both are known. */
  readonly delta: {
    readonly iid: number | null;
    readonly spd: number | null;
    readonly sidAverage: number | null;
    readonly count: number | null;
  };
  readonly predikatChanged: boolean;
  readonly constants: readonly ConstantChange[];
  readonly rows: readonly RowChange[];
  readonly innovations: readonly {
    readonly id: string;
    readonly name: string;
    readonly a: number | null;
    readonly b: number | null;
  }[];
}

const valueOf = (r: Reading<unknown>) => (r.status === 'known' ? r.value : 'unknown');

function constants(model: IidModel): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const steps = [
    model.sid,
    model.count,
    model.window,
    model.words,
    model.index,
    model.predikat,
    model.spd,
  ];
  for (const step of steps) {
    if (!step) continue;
    for (const [slot, reading] of Object.entries(step.slots as Record<string, Reading<unknown>>)) {
      if (slot === 'catalogue') continue;
      out.set(`${step.rule.id}:${slot}`, valueOf(reading));
    }
  }
  return out;
}

function rowChanges(a: readonly Row[], b: readonly Row[]): RowChange[] {
  const out: RowChange[] = [];
  const summary = (r: Row) => ({ weight: r.weight, mandatory: r.mandatory });
  for (const ra of a) {
    const rb = b.find((r) => r.id === ra.id);
    if (!rb) {
      out.push({ row: ra.id, title: ra.title, change: 'removed', a: summary(ra) });
      continue;
    }
    const change =
      ra.weight !== rb.weight
        ? 'weight'
        : ra.mandatory !== rb.mandatory
          ? 'mandatory'
          : JSON.stringify([ra.levels, ra.bases]) !== JSON.stringify([rb.levels, rb.bases])
            ? 'levels'
            : undefined;
    if (change) out.push({ row: ra.id, title: rb.title, change, a: summary(ra), b: summary(rb) });
  }
  for (const rb of b) {
    if (!a.some((r) => r.id === rb.id))
      out.push({ row: rb.id, title: rb.title, change: 'added', b: summary(rb) });
  }
  return out;
}

const catalogue = (reading: Reading<Row[]> | undefined) =>
  reading?.status === 'known' ? reading.value : [];

/**
 * Computes a region under two rulebooks and lists what changed. A rulebook that uses a custom
 * rule kind needs it in `options.kinds`, as `computeIid` does.
 *
 * @throws {CoreError} `INPUT_INVALID` for a malformed region file or date; `RULEBOOK_INVALID`
 *   for a rule whose kind is neither built in nor in `kinds`.
 *
 * @example
 * ```ts
 * const cmp = compareIid(region, registry.resolve('iid-2026'), registry.resolve('iid-2027'));
 * cmp.delta.iid; // -2.13
 * cmp.constants; // [{ rule: 'IID.SID', slot: 'divisorMinimum', a: 12, b: 14 }, …]
 * ```
 */
export function compareIid(
  input: unknown,
  a: ResolvedRulebook,
  b: ResolvedRulebook,
  options: {
    readonly asOfA?: string;
    readonly asOfB?: string;
    /** Today's date: each rulebook is read under the core's date policy when its asOf is left out. */
    readonly today?: string;
    readonly view?: IidView;
    /** Extra rule kinds, as for `computeIid`: needed when either rulebook uses a custom kind. */
    readonly kinds?: IidOptions['kinds'];
  } = {},
): IidComparison {
  const region = parseRegion(input);
  const at = (book: ResolvedRulebook, asOf: string | undefined) =>
    resolveAsOf(book, iidReferenceDate(book), { asOf, today: options.today }).asOf;
  const ma = readIidModel(a, at(a, options.asOfA), options.kinds);
  const mb = readIidModel(b, at(b, options.asOfB), options.kinds);
  const view = options.view ?? 'claimed';
  const ra = assessRegion(region, ma, view);
  const rb = assessRegion(region, mb, view);
  const diff = (x: number | null, y: number | null) =>
    x === null || y === null ? null : Math.round((y - x) * 10000) / 10000;
  const score = (r: IidResult, key: 'spd' | 'sidAverage' | 'count') => {
    const c = r.components[key];
    return c.status === 'known' ? c.score : null;
  };
  const ca = constants(ma);
  const cb = constants(mb);
  const changed: ConstantChange[] = [];
  for (const key of new Set([...ca.keys(), ...cb.keys()])) {
    const va = ca.has(key) ? ca.get(key) : 'absent';
    const vb = cb.has(key) ? cb.get(key) : 'absent';
    if (JSON.stringify(va) !== JSON.stringify(vb)) {
      const [rule = key, slot = ''] = key.split(':');
      changed.push({ rule, slot, a: va, b: vb });
    }
  }
  return {
    a: ra,
    b: rb,
    delta: {
      iid: diff(ra.iid, rb.iid),
      spd: diff(score(ra, 'spd'), score(rb, 'spd')),
      sidAverage: diff(score(ra, 'sidAverage'), score(rb, 'sidAverage')),
      count: diff(score(ra, 'count'), score(rb, 'count')),
    },
    predikatChanged: ra.predikat.predikat !== rb.predikat.predikat,
    constants: changed,
    rows: [
      ...rowChanges(catalogue(ma.spd?.slots.catalogue), catalogue(mb.spd?.slots.catalogue)),
      ...rowChanges(catalogue(ma.sid?.slots.catalogue), catalogue(mb.sid?.slots.catalogue)),
    ],
    innovations: ra.innovations.map((inv, i) => ({
      id: inv.id,
      name: inv.name,
      a: inv.score,
      b: rb.innovations[i]?.score ?? null,
    })),
  };
}
