/**
 * The parameters of one IID rulebook read at one date, once: the catalogues parsed, every
 * constant known (with its basis) or unknown (with what is missing). Every other IID function
 * works on this model, so a benchmark over 546 regions reads the rulebook once.
 *
 * @module
 */
import {
  createEvaluation,
  createRuleKindRegistry,
  type ResolvedRulebook,
} from '../rulebook/index.js';
import { CoreError } from '../shared/errors.js';
import type { Basis, Finding, RuleRef } from '../shared/finding.js';
import type { LocalizedText } from '../shared/i18n.js';
import { iidRuleKinds, type CompiledIidRule, type IidRuleKind } from './kinds.js';
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

/** The steps of the index, each present when a rule of the rulebook defines it. */
export interface IidSteps {
  readonly spd: Step<{ catalogue: Reading<Row[]>; bandPolicy: Reading<BandPolicy> }>;
  readonly sid: Step<{
    catalogue: Reading<Row[]>;
    bandPolicy: Reading<BandPolicy>;
    divisorMinimum: Reading<number>;
  }>;
  readonly count: Step<{
    countScore: Reading<{ perInnovation: number; cap: number }>;
    urusan: Reading<UrusanRequirement>;
  }>;
  readonly window: Step<{ window: Reading<{ from: string; to: string }> }>;
  readonly words: Step<{ minimumWords: Reading<number> }>;
  readonly index: Step<{ maximumTotal: Reading<number> }>;
  readonly predikat: Step<{
    sangatInovatif: Reading<number>;
    inovatif: Reading<number>;
    kurangInovatif: Reading<number>;
  }>;
}

/** An IID rulebook read at a date: the steps its rules compiled to. */
export interface IidModel extends Partial<IidSteps> {
  readonly rulebook: ResolvedRulebook;
  readonly asOf: string;
  /** Stale-rule warnings raised while reading. */
  readonly findings: readonly Finding[];
  /** Per-region checks of custom rule kinds, in rulebook order (none for the built-in kinds). */
  readonly regionChecks: readonly NonNullable<CompiledIidRule['region']>[];
}

const cache = new WeakMap<ResolvedRulebook, Map<string, IidModel>>();

/**
 * Reads an IID rulebook at a date: each rule is compiled by its kind (built-in, or one of
 * `kinds`) into a step of the index. Cached per rulebook and date when no extra kinds are given.
 *
 * @throws {CoreError} `RULEBOOK_DOMAIN_MISMATCH` for a rulebook of another engine;
 *   `RULEBOOK_INVALID` for a rule whose kind is not registered, or an extra kind whose id is
 *   already taken.
 *
 * @example
 * ```ts
 * const model = readIidModel(builtinRegistry.resolve('iid-2026'), '2026-06-01');
 * model.sid?.slots.divisorMinimum; // { status: 'known', value: 12, … }
 * ```
 */
export function readIidModel(
  rulebook: ResolvedRulebook,
  asOf: string,
  kinds: readonly IidRuleKind[] = [],
): IidModel {
  if (rulebook.domain !== 'iid') {
    throw new CoreError(
      'RULEBOOK_DOMAIN_MISMATCH',
      `Rulebook ${rulebook.id} is for ${rulebook.domain}, not for the Indeks Inovasi Daerah. Choose an IID rulebook such as iid-2026.`,
    );
  }
  const cacheable = kinds.length === 0;
  let byDate = cache.get(rulebook);
  if (!byDate) {
    byDate = new Map();
    cache.set(rulebook, byDate);
  }
  const cached = cacheable ? byDate.get(asOf) : undefined;
  if (cached) return cached;

  const registry = createRuleKindRegistry('iid', iidRuleKinds, kinds);
  const evaluation = createEvaluation(rulebook, asOf);
  const steps: Partial<Record<keyof IidSteps, unknown>> = {};
  const regionChecks: NonNullable<CompiledIidRule['region']>[] = [];
  for (const rule of rulebook.rules) {
    const compiled = registry.kindOf(rule, rulebook.id).compile({ evaluation, rule });
    // The first rule that defines a step wins, as the rulebook orders them.
    for (const [key, step] of Object.entries(compiled.steps ?? {}))
      if (!(key in steps)) steps[key as keyof IidSteps] = step;
    if (compiled.region) regionChecks.push(compiled.region);
  }
  const model: IidModel = {
    rulebook,
    asOf,
    ...(steps as Partial<IidSteps>),
    findings: evaluation.findings,
    regionChecks,
  };
  if (cacheable) byDate.set(asOf, model);
  return model;
}

/** The value of a reading, or undefined. */
export function known<T>(reading: Reading<T> | undefined): T | undefined {
  return reading?.status === 'known' ? reading.value : undefined;
}
