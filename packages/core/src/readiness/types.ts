/**
 * Types shared by the readiness checker and its rules. A rule kind **compiles** a rule once per
 * check run (reading its parameters, building its lookup tables and patterns); the compiled rule
 * then runs on each proposal without touching the rulebook again.
 *
 * @module
 */
import type { EngineRuleKind, Evaluation, ResolvedRule } from '../rulebook/index.js';
import type { Basis, Finding, RuleRef } from '../shared/finding.js';
import type { LocalizedText } from '../shared/i18n.js';
import type { ProposalFacts } from './facts.js';
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

/** What a rule kind sees when it compiles a rule. */
export interface ReadinessCompileContext {
  readonly evaluation: Evaluation;
  readonly rule: ResolvedRule;
}

/** What a compiled rule sees for one proposal. */
export interface ProposalContext {
  /** A registration close given by the caller or the proposal, which beats the rulebook's. */
  readonly registrationCloseOverride?: RegistrationClose;
  /** Word and letter counts of the sections, computed once and shared by the rules. */
  readonly facts: ProposalFacts;
}

/** What a readiness rule returns for one proposal. */
export interface RuleEvaluation {
  readonly outcome: RuleOutcome;
  readonly findings: readonly Finding[];
}

/** One proposal of a batch, as batch rules see it. */
export interface BatchItem {
  readonly index: number;
  readonly proposal: Proposal;
}

/** What a batch rule returns: an evaluation per proposal it concerns, and one for the batch. */
export interface BatchEvaluation {
  readonly perProposal: ReadonlyMap<number, RuleEvaluation>;
  readonly batch?: RuleEvaluation;
}

/**
 * A batch rule over a stream of proposals, in memory that does not hold the proposals: each is
 * judged against those before it as it comes, and the whole stream at its end.
 */
export interface BatchStream {
  /** The proposal's evaluation against the proposals added before it, if the rule has one. */
  add(item: BatchItem): RuleEvaluation | undefined;
  /** The evaluation over every proposal added (e.g. the earlier copies of a repeated title). */
  end(): RuleEvaluation | undefined;
}

/** A rule compiled for one run: a per-proposal check, a batch check, or both. */
export interface CompiledRule {
  readonly proposal?: (proposal: Proposal, context: ProposalContext) => RuleEvaluation;
  readonly batch?: (items: readonly BatchItem[]) => BatchEvaluation;
  /** The batch check over a stream (`ReadinessChecker.openStream`); without it, not checked. */
  readonly stream?: () => BatchStream;
}

/** A readiness rule kind: its slots, and how it compiles a rule of a rulebook. */
export type ReadinessRuleKind = EngineRuleKind<'readiness', ReadinessCompileContext, CompiledRule>;
