/**
 * The parameters of one IID rulebook read at one date, once: the catalogues parsed, every
 * constant known (with its basis) or unknown (with what is missing). Every other IID function
 * works on this model, so a benchmark over 546 regions reads the rulebook once.
 *
 * @module
 */
import type * as z from 'zod/mini';
import {
  createEvaluation,
  ruleRef,
  type ResolvedRule,
  type ResolvedRulebook,
} from '../rulebook/index.js';
import { CoreError } from '../shared/errors.js';
import type { Basis, Finding, RuleRef } from '../shared/finding.js';
import type { LocalizedText } from '../shared/i18n.js';
import { iidRuleKinds } from './kinds.js';
import type { BandPolicy, Row, UrusanRequirement } from './schema.js';

/** A constant of the model: known with its basis, or unknown with what is missing. */
export type Reading<T> =
  | { readonly status: 'known'; readonly value: T; readonly basis: Basis }
  | { readonly status: 'unknown'; readonly missing: LocalizedText; readonly parameter: string };

/** A step of the index, as the rulebook defines it (absent when the rulebook disables it). */
export interface Step<S> {
  readonly rule: RuleRef;
  readonly title: LocalizedText;
  readonly slots: S;
}

/** An IID rulebook read at a date. */
export interface IidModel {
  readonly rulebook: ResolvedRulebook;
  readonly asOf: string;
  readonly spd?: Step<{ catalogue: Reading<Row[]>; bandPolicy: Reading<BandPolicy> }>;
  readonly sid?: Step<{
    catalogue: Reading<Row[]>;
    bandPolicy: Reading<BandPolicy>;
    divisorMinimum: Reading<number>;
  }>;
  readonly count?: Step<{
    countScore: Reading<{ perInnovation: number; cap: number }>;
    urusan: Reading<UrusanRequirement>;
  }>;
  readonly window?: Step<{ window: Reading<{ from: string; to: string }> }>;
  readonly words?: Step<{ minimumWords: Reading<number> }>;
  readonly index?: Step<{ maximumTotal: Reading<number> }>;
  readonly predikat?: Step<{
    sangatInovatif: Reading<number>;
    inovatif: Reading<number>;
    kurangInovatif: Reading<number>;
  }>;
  /** Stale-rule warnings raised while reading. */
  readonly findings: readonly Finding[];
}

const cache = new WeakMap<ResolvedRulebook, Map<string, IidModel>>();

/**
 * Reads an IID rulebook at a date (cached per rulebook and date).
 *
 * @throws {CoreError} `RULEBOOK_DOMAIN_MISMATCH` for a rulebook of another engine.
 *
 * @example
 * ```ts
 * const model = readIidModel(builtinRegistry.resolve('iid-2026'), '2026-06-01');
 * model.sid?.slots.divisorMinimum; // { status: 'known', value: 12, … }
 * ```
 */
export function readIidModel(rulebook: ResolvedRulebook, asOf: string): IidModel {
  if (rulebook.domain !== 'iid') {
    throw new CoreError(
      'RULEBOOK_DOMAIN_MISMATCH',
      `Rulebook ${rulebook.id} is for ${rulebook.domain}, not for the Indeks Inovasi Daerah. Choose an IID rulebook such as iid-2026.`,
    );
  }
  let byDate = cache.get(rulebook);
  if (!byDate) {
    byDate = new Map();
    cache.set(rulebook, byDate);
  }
  const cached = byDate.get(asOf);
  if (cached) return cached;

  const evaluation = createEvaluation(rulebook, asOf);
  const step = <S>(kind: string): Step<S> | undefined => {
    const rule = rulebook.rules.find((r) => r.kind === kind);
    const spec = iidRuleKinds.find((k) => k.kind === kind);
    if (!rule || !spec) return undefined;
    const slots: Record<string, Reading<unknown>> = {};
    for (const [name, slotSpec] of Object.entries(spec.slots)) {
      slots[name] = read(rule, name, slotSpec.schema);
    }
    return { rule: ruleRef(rule), title: rule.title, slots: slots as S };
  };
  const read = (rule: ResolvedRule, slot: string, schema: z.ZodMiniType): Reading<unknown> => {
    const reading = evaluation.read(rule, slot, schema);
    return reading.status === 'known'
      ? { status: 'known', value: reading.value, basis: reading.basis }
      : { status: 'unknown', missing: reading.missing, parameter: reading.parameter };
  };
  const model: IidModel = {
    rulebook,
    asOf,
    ...optional('spd', step('iid.spd')),
    ...optional('sid', step('iid.sid')),
    ...optional('count', step('iid.innovation-count')),
    ...optional('window', step('iid.implementation-window')),
    ...optional('words', step('iid.rancang-bangun')),
    ...optional('index', step('iid.index')),
    ...optional('predikat', step('iid.predikat')),
    findings: evaluation.findings,
  } as IidModel;
  byDate.set(asOf, model);
  return model;
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** The value of a reading, or undefined. */
export function known<T>(reading: Reading<T> | undefined): T | undefined {
  return reading?.status === 'known' ? reading.value : undefined;
}
