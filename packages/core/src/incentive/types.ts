/**
 * Types shared by the incentive engine and its rule kinds.
 *
 * @module
 */
import type { Evaluation, ResolvedRule, RuleKindSpec } from '../rulebook/index.js';
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
 * An incentive rule kind. Gates carry `compile` (read the rule's parameters once, return the
 * per-region check) or, for kinds written before it, `evaluate` (both at once, per region).
 */
export interface IncentiveRuleKind extends RuleKindSpec {
  readonly domain: 'incentive';
  readonly role: IncentiveRole;
  readonly compile?: (context: GateContext) => CompiledGate;
  readonly evaluate?: (region: Region, context: GateContext) => GateEvaluation;
}

/**
 * A gate kind's per-region check for one rule: its `compile`, else its `evaluate` bound to the
 * rule; `undefined` for a kind that evaluates nothing per region.
 */
export function compileGate(
  kind: IncentiveRuleKind,
  context: GateContext,
): CompiledGate | undefined {
  if (kind.compile) return kind.compile(context);
  const evaluate = kind.evaluate;
  return evaluate ? (region) => evaluate(region, context) : undefined;
}
