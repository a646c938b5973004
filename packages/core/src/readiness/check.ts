/**
 * The readiness checker: runs every enabled rule of a readiness rulebook on a proposal and
 * collects every finding (none stops the others).
 *
 * @module
 */
import { createEvaluation, type ResolvedRulebook } from '../rulebook/index.js';
import { IsoDateSchema } from '../shared/dates.js';
import { CoreError, issuesFromZod } from '../shared/errors.js';
import { sortFindings, type Finding } from '../shared/finding.js';
import type { LocalizedText } from '../shared/i18n.js';
import { readinessRuleKinds } from './kinds.js';
import { readinessMessages as m } from './messages.js';
import { ProposalSchema, type Proposal } from './schema.js';
import type { ReadinessRuleKind, RegistrationClose, RuleOutcome } from './types.js';

/** `ready`: no error; `not-ready`: at least one error; `indeterminate`: no error, but a rule could not be decided. */
export type ReadinessStatus = 'ready' | 'not-ready' | 'indeterminate';

/** Options of a readiness check. */
export interface ReadinessOptions {
  /** The date the rules are read at (`YYYY-MM-DD`). Adapters default it to today. */
  readonly asOf: string;
  /** Overrides the rulebook's (and the proposal's) registration close date. */
  readonly registrationCloseDate?: string;
  /** Extra rule kinds (for custom rulebooks that bring their own evaluators). */
  readonly kinds?: readonly ReadinessRuleKind[];
}

/** The readiness of one proposal under one rulebook. */
export interface ReadinessResult {
  readonly kind: 'readiness';
  readonly rulebook: {
    readonly id: string;
    readonly title: LocalizedText;
    readonly chain: readonly string[];
  };
  readonly asOf: string;
  readonly status: ReadinessStatus;
  readonly statusText: LocalizedText;
  readonly registrationClose?: RegistrationClose;
  /** Every rule's outcome, in rulebook order, explained. */
  readonly outcomes: readonly RuleOutcome[];
  /** Every finding, sorted: errors first. */
  readonly findings: readonly Finding[];
  readonly summary: { readonly errors: number; readonly warnings: number; readonly infos: number };
}

/**
 * Parses a proposal at the boundary.
 *
 * @throws {CoreError} `INPUT_INVALID` with every field problem.
 */
export function parseProposal(input: unknown): Proposal {
  const parsed = ProposalSchema.safeParse(input);
  if (!parsed.success) {
    throw new CoreError(
      'INPUT_INVALID',
      'The proposal does not match the proposal format. Fix the fields listed and try again.',
      issuesFromZod(parsed.error.issues),
    );
  }
  return parsed.data;
}

/**
 * Checks whether a proposal would pass administrative selection under a rulebook.
 *
 * @throws {CoreError} `INPUT_INVALID` for a malformed proposal or option, `RULEBOOK_DOMAIN_MISMATCH`
 *   for a rulebook of another engine, `NO_EDITION` for a cancelled edition.
 *
 * @example
 * ```ts
 * import { builtinRegistry } from '@inovasi/core/registry';
 * import { checkReadiness } from '@inovasi/core/readiness';
 *
 * const result = checkReadiness(
 *   { title: 'Si Cantik', implementationStartDate: '2017-06-01' },
 *   builtinRegistry.resolve('kipp-2018'),
 *   { asOf: '2018-03-01' },
 * );
 * result.status; // 'not-ready'
 * result.findings[0]?.fix?.en; // 'This innovation is old enough from 2018-06-01. …'
 * ```
 */
export function checkReadiness(
  input: unknown,
  rulebook: ResolvedRulebook,
  options: ReadinessOptions,
): ReadinessResult {
  if (rulebook.domain !== 'readiness') {
    throw new CoreError(
      'RULEBOOK_DOMAIN_MISMATCH',
      `Rulebook ${rulebook.id} is for ${rulebook.domain}, not for proposal readiness. Choose a KIPP rulebook.`,
    );
  }
  if (rulebook.status === 'cancelled') {
    throw new CoreError(
      'NO_EDITION',
      rulebook.statusNote?.en ?? `The ${rulebook.id} edition did not take place.`,
    );
  }
  const optionIssues = [
    ...(IsoDateSchema.safeParse(options.asOf).success
      ? []
      : [
          {
            path: 'asOf',
            message: `expected a calendar date as YYYY-MM-DD, got ${JSON.stringify(options.asOf)}`,
          },
        ]),
    ...(options.registrationCloseDate === undefined ||
    IsoDateSchema.safeParse(options.registrationCloseDate).success
      ? []
      : [
          {
            path: 'registrationCloseDate',
            message: `expected a calendar date as YYYY-MM-DD, got ${JSON.stringify(options.registrationCloseDate)}`,
          },
        ]),
  ];
  if (optionIssues.length > 0) {
    throw new CoreError('INPUT_INVALID', 'The check options are not valid.', optionIssues);
  }
  const proposal = parseProposal(input);
  const kinds = [...readinessRuleKinds, ...(options.kinds ?? [])];
  const override: RegistrationClose | undefined =
    options.registrationCloseDate !== undefined
      ? { date: options.registrationCloseDate, origin: 'option' }
      : proposal.registrationCloseDate !== undefined
        ? { date: proposal.registrationCloseDate, origin: 'proposal' }
        : undefined;

  const evaluation = createEvaluation(rulebook, options.asOf);
  const outcomes: RuleOutcome[] = [];
  const findings: Finding[] = [];
  for (const rule of rulebook.rules) {
    const kind = kinds.find((k) => k.kind === rule.kind);
    if (!kind) {
      throw new CoreError(
        'RULEBOOK_INVALID',
        `Rule ${rule.id} of ${rulebook.id} uses kind ${rule.kind}, which this version of inovasi does not know.`,
      );
    }
    const result = kind.evaluate(proposal, {
      evaluation,
      rule,
      ...(override ? { registrationCloseOverride: override } : {}),
    });
    outcomes.push(result.outcome);
    findings.push(...result.findings);
  }
  findings.push(...evaluation.findings);

  const sorted = sortFindings(findings);
  const errors = sorted.filter((f) => f.severity === 'error').length;
  const status: ReadinessStatus =
    errors > 0
      ? 'not-ready'
      : outcomes.some((o) => o.outcome === 'indeterminate')
        ? 'indeterminate'
        : 'ready';
  return {
    kind: 'readiness',
    rulebook: { id: rulebook.id, title: rulebook.title, chain: rulebook.chain },
    asOf: options.asOf,
    status,
    statusText: m[`READINESS.STATUS.${status}`](),
    ...(override ? { registrationClose: override } : {}),
    outcomes,
    findings: sorted,
    summary: {
      errors,
      warnings: sorted.filter((f) => f.severity === 'warning').length,
      infos: sorted.filter((f) => f.severity === 'info').length,
    },
  };
}

/** {@link checkReadiness} that returns errors instead of throwing them. */
export function safeCheckReadiness(
  input: unknown,
  rulebook: ResolvedRulebook,
  options: ReadinessOptions,
): { success: true; result: ReadinessResult } | { success: false; error: CoreError } {
  try {
    return { success: true, result: checkReadiness(input, rulebook, options) };
  } catch (error) {
    if (error instanceof CoreError) return { success: false, error };
    throw error;
  }
}
