/**
 * Types shared by the incentive engine and its rule kinds.
 *
 * @module
 */
import type { EngineRuleKind, Evaluation, ResolvedRule } from '../rulebook/index.js';
import type { Basis, Finding, RuleRef } from '../shared/finding.js';
import type { LocalizedText } from '../shared/i18n.js';
import type { Region } from './schema.js';

/** How one gate came out for one region. */
export type GateOutcome = 'pass' | 'fail' | 'indeterminate';

/** One rule's outcome, explained: which rule, which value, which threshold, which source. */
export interface IncentiveRuleOutcome {
  readonly rule: RuleRef;
  readonly title: LocalizedText;
  readonly outcome: GateOutcome;
  readonly explanation: LocalizedText;
  readonly observed?: unknown;
  readonly expected?: unknown;
  readonly basis?: readonly Basis[];
  /** For a failing or undecided gate: the smallest change that would pass it. */
  readonly fix?: LocalizedText;
}

/** What a gate rule returns. */
export interface GateEvaluation {
  readonly outcome: IncentiveRuleOutcome;
  readonly findings: readonly Finding[];
}

/** What a gate rule sees. */
export interface GateContext {
  readonly evaluation: Evaluation;
  readonly rule: ResolvedRule;
}

/**
 * The part an incentive rule kind plays: a `gate` (kriteria utama) evaluated per region, or one
 * of the scheme parts the engine reads (`clusters`, `pots`, `tranche`, `normalisation`).
 */
export type IncentiveRole = 'gate' | 'clusters' | 'pots' | 'tranche' | 'normalisation';

/** A gate compiled for one rulebook at one date: the check of one region. */
export type CompiledGate = (region: Region) => GateEvaluation;

/**
 * An incentive rule kind, a plug-in of the shape every engine shares ({@link EngineRuleKind}):
 * a gate kind's `compile` reads the rule's requirement once and returns its per-region check;
 * the scheme parts (clusters, pots, tranche, normalisation) are read by the engine and compile to
 * `undefined`.
 */
export interface IncentiveRuleKind extends EngineRuleKind<
  'incentive',
  GateContext,
  CompiledGate | undefined
> {
  readonly role: IncentiveRole;
  /** Compile and check in one call, per region (kept for callers of the kinds before `compile`). */
  readonly evaluate?: (region: Region, context: GateContext) => GateEvaluation;
}
