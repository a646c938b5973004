/**
 * Types shared by the readiness checker and its rules.
 *
 * @module
 */
import type { Evaluation, ResolvedRule, RuleKindSpec } from '../rulebook/index.js';
import type { Basis, Finding, RuleRef } from '../shared/finding.js';
import type { LocalizedText } from '../shared/i18n.js';
import type { Proposal } from './schema.js';

/** How one rule came out for one proposal. */
export type Outcome = 'pass' | 'fail' | 'indeterminate' | 'not-applicable';

/** One rule's outcome, explained: which rule, which value, which threshold, which source. */
export interface RuleOutcome {
  readonly rule: RuleRef;
  readonly title: LocalizedText;
  readonly outcome: Outcome;
  readonly explanation: LocalizedText;
  readonly observed?: unknown;
  readonly expected?: unknown;
  readonly basis?: readonly Basis[];
}

/** Where the registration close date came from. */
export interface RegistrationClose {
  readonly date: string;
  readonly origin: 'option' | 'proposal';
}

/** What a readiness rule sees. */
export interface ReadinessRuleContext {
  readonly evaluation: Evaluation;
  readonly rule: ResolvedRule;
  /** A registration close given by the caller or the proposal, which beats the rulebook's. */
  readonly registrationCloseOverride?: RegistrationClose;
}

/** What a readiness rule returns. */
export interface RuleEvaluation {
  readonly outcome: RuleOutcome;
  readonly findings: readonly Finding[];
}

/** A readiness rule kind: its slots, and how it evaluates a proposal. */
export interface ReadinessRuleKind extends RuleKindSpec {
  readonly domain: 'readiness';
  evaluate(proposal: Proposal, context: ReadinessRuleContext): RuleEvaluation;
}
