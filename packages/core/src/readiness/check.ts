/**
 * The readiness checker: runs every enabled rule of a readiness rulebook on a proposal (or a
 * batch of proposals) and collects every finding (none stops the others).
 *
 * The rulebook is compiled once per run ({@link createReadinessChecker}): parameters are read,
 * validated and turned into lookup tables before the first proposal, so checking a national
 * year of proposals costs one compile and a tight loop.
 *
 * @module
 */
import { resolveAsOf, type AsOfChoice, type AsOfReason } from '../contract/as-of.js';
import type { EngineOutcome, RulebookRef, Unknown } from '../contract/types.js';
import {
  createEvaluation,
  createRuleKindRegistry,
  type ResolvedRulebook,
} from '../rulebook/index.js';
import { IsoDateSchema } from '../shared/dates.js';
import { CoreError, inputIssue, issuesFromZod, type InputIssue } from '../shared/errors.js';
import { sortFindings, type Finding } from '../shared/finding.js';
import { findUnknownKeys, type UnknownKey } from '../shared/unknown-keys.js';
import type { LocalizedText } from '../shared/i18n.js';
import { createFacts } from './facts.js';
import { readinessRuleKinds } from './kinds.js';
import { readinessReferenceDate } from './reference-date.js';
import { readinessMessages as m } from './messages.js';
import { parseProposalFast } from './parse.js';
import { ProposalSchema, type Proposal } from './schema.js';
import type {
  BatchItem,
  CompiledRule,
  ProposalContext,
  ReadinessRuleKind,
  RegistrationClose,
  RuleEvaluation,
  RuleOutcome,
} from './types.js';

/** `ready`: no error; `not-ready`: at least one error; `indeterminate`: no error, but a rule could not be decided. */
export type ReadinessStatus = 'ready' | 'not-ready' | 'indeterminate';

/** Options of a readiness check. */
export interface ReadinessOptions {
  /**
   * The date the rules are read at (`YYYY-MM-DD`). Left out: today when `today` lies inside the
   * edition's window, else the edition's registration close (the core's date policy).
   */
  readonly asOf?: string;
  /** Today's date, from the adapter's clock; used only when `asOf` is left out. */
  readonly today?: string;
  /** Overrides the rulebook's (and the proposal's) registration close date. */
  readonly registrationCloseDate?: string;
  /** Extra rule kinds (for custom rulebooks that bring their own evaluators). */
  readonly kinds?: readonly ReadinessRuleKind[];
}

/** The rulebook a result was computed with. */
export type { RulebookRef } from '../contract/types.js';

/** The contract's outcome of each readiness status. */
const OUTCOME: Record<ReadinessStatus, EngineOutcome> = {
  ready: 'positive',
  'not-ready': 'negative',
  indeterminate: 'indeterminate',
};

// Most results have no unknowns and no findings: they share these (frozen: a result is read,
// never changed).
const NO_UNKNOWNS: readonly Unknown[] = Object.freeze([]);
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

/** What the engine could not decide: the indeterminate rules and why. */
function unknownsOf(outcomes: readonly RuleOutcome[]): readonly Unknown[] {
  let out: Unknown[] | undefined;
  for (const o of outcomes)
    if (o.outcome === 'indeterminate') (out ??= []).push({ rule: o.rule.id, what: o.explanation });
  return out ?? NO_UNKNOWNS;
}

/** The readiness of one proposal under one rulebook. */
export interface ReadinessResult {
  readonly kind: 'readiness';
  readonly rulebook: RulebookRef;
  readonly asOf: string;
  /** Where `asOf` came from (the core's date policy). */
  readonly asOfReason: AsOfReason;
  readonly asOfText: LocalizedText;
  readonly status: ReadinessStatus;
  readonly statusText: LocalizedText;
  /** The contract's outcome: `positive` (ready), `negative`, `indeterminate`. */
  readonly outcome: EngineOutcome;
  /** Always 0: readiness has no order finer than its outcome. */
  readonly grade: number;
  /** The rules that could not be decided, and why. */
  readonly unknowns: readonly Unknown[];
  readonly registrationClose?: RegistrationClose;
  /** Every rule's outcome, in rulebook order, explained. */
  readonly outcomes: readonly RuleOutcome[];
  /** Every finding, sorted: errors first. */
  readonly findings: readonly Finding[];
  readonly summary: { readonly errors: number; readonly warnings: number; readonly infos: number };
}

/** One proposal of a batch: its result, or why it could not be read. */
export type ReadinessBatchItem =
  | { readonly index: number; readonly id?: string; readonly result: ReadinessResult }
  | {
      readonly index: number;
      readonly id?: string;
      readonly error: {
        readonly code: string;
        readonly message: string;
        readonly issues: readonly InputIssue[];
      };
    };

/** The readiness of several proposals, with the checks that span them (duplicate titles, quotas). */
export interface ReadinessBatchResult {
  readonly kind: 'readiness-batch';
  readonly rulebook: RulebookRef;
  readonly asOf: string;
  readonly asOfReason: AsOfReason;
  readonly asOfText: LocalizedText;
  /** `not-ready` when any proposal is not ready or unreadable or a batch rule fails. */
  readonly status: ReadinessStatus;
  readonly statusText: LocalizedText;
  readonly outcome: EngineOutcome;
  readonly grade: number;
  /** The batch rules that could not be decided (each proposal lists its own). */
  readonly unknowns: readonly Unknown[];
  readonly items: readonly ReadinessBatchItem[];
  /** Outcomes of the rules over the whole batch (quotas). */
  readonly outcomes: readonly RuleOutcome[];
  /** Findings over the whole batch, sorted. */
  readonly findings: readonly Finding[];
  readonly summary: {
    readonly proposals: number;
    readonly ready: number;
    readonly notReady: number;
    readonly indeterminate: number;
    readonly invalid: number;
    readonly errors: number;
    readonly warnings: number;
  };
}

/** A rulebook compiled for one date: check one proposal or a batch, as often as needed. */
export interface ReadinessChecker {
  readonly rulebook: RulebookRef;
  readonly asOf: string;
  readonly asOfReason: AsOfReason;
  /**
   * Checks one proposal (batch rules see a batch of one).
   *
   * @throws {CoreError} `INPUT_INVALID` with every field problem.
   */
  check(input: unknown): ReadinessResult;
  /** Checks several proposals together; unreadable ones become error items, never a throw. */
  checkBatch(inputs: readonly unknown[]): ReadinessBatchResult;
  /**
   * Checks several proposals together as {@link checkBatch} does, but finishes each proposal's
   * result only when it is taken, so an adapter that writes each result and lets it go never
   * holds the results of the whole batch (a national batch's results are gigabytes of JSON).
   * The proposals are parsed and the batch rules run at once; the results come from
   * {@link ReadinessBatchRun.items}.
   */
  runBatch(inputs: readonly unknown[]): ReadinessBatchRun;
  /**
   * Starts a stream of proposals of any length, checked one at a time in flat memory: each is
   * judged with the batch rules against the proposals before it (a title its agency already
   * used fails), and {@link ReadinessStream.end} gives the checks over the whole stream.
   */
  openStream(): ReadinessStream;
}

/**
 * A batch being checked (see {@link ReadinessChecker.runBatch}): the same items and the same
 * batch result as {@link ReadinessChecker.checkBatch}, computed as they are asked for.
 *
 * @example
 * ```ts
 * const run = checker.runBatch(proposals);
 * const head = run.summary(); // counts, batch findings (one pass over the proposals)
 * for (const item of run.items()) write(item); // each result computed as it is written
 * ```
 */
export interface ReadinessBatchRun {
  /** How many proposals (readable or not) the batch holds. */
  readonly size: number;
  /**
   * Each proposal's item in input order, its result computed as it is taken (the caller may let
   * it go once used). Iterating again computes the results again.
   */
  items(): Generator<ReadinessBatchItem, void, undefined>;
  /**
   * The batch result without its items: the batch rules' outcomes and findings, and the counts.
   * The counts need every proposal's status: once {@link items} has been iterated to its end they
   * are known; before that, this makes one pass over the proposals (results computed and let go).
   */
  summary(): Omit<ReadinessBatchResult, 'items'>;
}

/**
 * A stream of proposals (see {@link ReadinessChecker.openStream}). Proposals are numbered from
 * #1 in the order they are added or skipped; batch findings name them so.
 */
export interface ReadinessStream {
  /**
   * Checks the next proposal against the rules and the proposals before it.
   *
   * @throws {CoreError} `INPUT_INVALID` with every field problem (counted as invalid; the stream
   *   goes on).
   */
  add(input: unknown): ReadinessResult;
  /** Counts a proposal the adapter could not read at all (it keeps its number, as invalid). */
  skip(): void;
  /** The checks over the whole stream (the earlier copies of repeated titles, quotas), and counts. */
  end(): ReadinessStreamSummary;
}

/** The end of a stream: the batch rules over every proposal, and how many were ready. */
export interface ReadinessStreamSummary extends Omit<ReadinessBatchResult, 'kind' | 'items'> {
  readonly kind: 'readiness-stream';
  /** Batch rules of the rulebook that cannot be checked over a stream (custom kinds). */
  readonly notChecked: readonly string[];
}

/**
 * Parses a proposal at the boundary.
 *
 * @throws {CoreError} `INPUT_INVALID` with every field problem.
 */
export function parseProposal(input: unknown): Proposal {
  if (
    typeof input === 'object' &&
    input !== null &&
    Array.isArray((input as { proposals?: unknown }).proposals)
  ) {
    throw new CoreError(
      'INPUT_INVALID',
      'This is a batch of proposals ({ proposals: [...] }), not one proposal. Check it as a batch (checkReadinessBatch, or `inovasi check` on the file).',
      [inputIssue('proposals', 'INPUT.BATCH_NOT_ONE', {})],
    );
  }
  const fast = parseProposalFast(input);
  if (fast) return fast;
  const parsed = ProposalSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    throw new CoreError(
      'INPUT_INVALID',
      'The proposal does not match the proposal format. Fix the fields listed and try again.',
      issuesFromZod(parsed.error.issues),
    );
  }
  return parsed.data;
}

function checkOptions(options: ReadinessOptions): void {
  const issues: InputIssue[] = [];
  for (const key of ['asOf', 'today'] as const)
    if (options[key] !== undefined && !IsoDateSchema.safeParse(options[key]).success)
      issues.push(inputIssue(key, 'INPUT.DATE', { got: options[key] }));
  if (
    options.registrationCloseDate !== undefined &&
    !IsoDateSchema.safeParse(options.registrationCloseDate).success
  )
    issues.push(
      inputIssue('registrationCloseDate', 'INPUT.DATE', { got: options.registrationCloseDate }),
    );
  if (issues.length > 0)
    throw new CoreError('INPUT_INVALID', 'The check options are not valid.', issues);
}

/** How many proposals of a batch came out each way. */
interface Counts {
  ready: number;
  notReady: number;
  indeterminate: number;
  invalid: number;
}

interface Pending {
  readonly index: number;
  readonly proposal: Proposal;
  /** Fields of the input the format does not have (typos), as warnings. */
  readonly inputFindings: readonly Finding[];
  readonly override: RegistrationClose | undefined;
  readonly evaluations: (RuleEvaluation | undefined)[];
}

/**
 * Compiles a readiness rulebook for one date. Use it to check many proposals: the rulebook is
 * read once.
 *
 * @throws {CoreError} `INPUT_INVALID` for a malformed option, `RULEBOOK_DOMAIN_MISMATCH` for a
 *   rulebook of another engine, `NO_EDITION` for a cancelled edition (KIPP 2024),
 *   `RULEBOOK_INVALID` for a rule of an unknown kind.
 *
 * @example
 * ```ts
 * const checker = createReadinessChecker(builtinRegistry.resolve('kipp-2021'), {
 *   asOf: '2021-03-01',
 * });
 * const batch = checker.checkBatch(proposals);
 * batch.summary.ready; // how many are ready
 * ```
 */
export function createReadinessChecker(
  rulebook: ResolvedRulebook,
  options: ReadinessOptions,
): ReadinessChecker {
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
  checkOptions(options);
  const date: AsOfChoice = resolveAsOf(rulebook, readinessReferenceDate(rulebook), options);
  const kinds = createRuleKindRegistry('readiness', readinessRuleKinds, options.kinds);
  const evaluation = createEvaluation(rulebook, date.asOf);
  const compiled: CompiledRule[] = rulebook.rules.map((rule) =>
    kinds.kindOf(rule, rulebook.id).compile({ evaluation, rule }),
  );
  // Every parameter is read while compiling, so the stale-rule warnings are all known now.
  const staleFindings = [...evaluation.findings];
  const ref: RulebookRef = { id: rulebook.id, title: rulebook.title, chain: rulebook.chain };
  const optionClose: RegistrationClose | undefined =
    options.registrationCloseDate !== undefined
      ? { date: options.registrationCloseDate, origin: 'option' }
      : undefined;

  const inputRule = { id: 'INPUT', rulebook: rulebook.id };
  // Texts and counts that many results share, made once per checker.
  const statusTexts: Record<ReadinessStatus, LocalizedText> = {
    ready: m['READINESS.STATUS.ready'](),
    'not-ready': m['READINESS.STATUS.not-ready'](),
    indeterminate: m['READINESS.STATUS.indeterminate'](),
  };
  const summaries = new Map<number, ReadinessResult['summary']>();
  const summaryOf = (
    errors: number,
    warnings: number,
    infos: number,
  ): ReadinessResult['summary'] => {
    if (errors > 99 || warnings > 99 || infos > 99) return { errors, warnings, infos };
    const key = errors * 10_000 + warnings * 100 + infos;
    let summary = summaries.get(key);
    if (summary === undefined) {
      summary = Object.freeze({ errors, warnings, infos });
      summaries.set(key, summary);
    }
    return summary;
  };
  /** A warning per field of the raw input that the proposal format does not have. */
  const unknownFields = (raw: unknown): readonly Finding[] => {
    const unknown = findUnknownKeys(ProposalSchema, raw);
    return unknown.length === 0 ? NO_FINDINGS : unknown.map(unknownField);
  };
  const unknownField = (u: UnknownKey): Finding => {
    const params = {
      path: u.path,
      ...(u.suggestion !== undefined ? { suggestion: u.suggestion } : {}),
    };
    return {
      code: 'INPUT.FIELD.UNKNOWN',
      severity: 'warning',
      path: u.path,
      message: m['INPUT.FIELD.UNKNOWN'](params),
      ...(u.suggestion !== undefined ? { expected: { field: u.suggestion } } : {}),
      rule: inputRule,
      fix: m['INPUT.FIELD.UNKNOWN.FIX'](params),
    };
  };

  const start = (index: number, proposal: Proposal, raw: unknown = proposal): Pending => {
    const override =
      optionClose ??
      (proposal.registrationCloseDate !== undefined
        ? { date: proposal.registrationCloseDate, origin: 'proposal' as const }
        : undefined);
    const facts = createFacts(proposal);
    const context: ProposalContext = override
      ? { facts, registrationCloseOverride: override }
      : { facts };
    const evaluations: (RuleEvaluation | undefined)[] = new Array<RuleEvaluation | undefined>(
      compiled.length,
    );
    for (let i = 0; i < compiled.length; i += 1) {
      const check = compiled[i]?.proposal;
      if (check) evaluations[i] = check(proposal, context);
    }
    return { index, proposal, inputFindings: unknownFields(raw), override, evaluations };
  };

  /**
   * The batch rules over the proposals: each rule's evaluation of the batch, and the
   * evaluations it gives single proposals (which replace the proposal's own for that rule).
   */
  const runBatchRules = (
    items: readonly BatchItem[],
  ): {
    batchLevel: (RuleEvaluation | undefined)[];
    perProposal: (ReadonlyMap<number, RuleEvaluation> | undefined)[];
  } => {
    const batchLevel = new Array<RuleEvaluation | undefined>(compiled.length);
    const perProposal = new Array<ReadonlyMap<number, RuleEvaluation> | undefined>(compiled.length);
    for (let i = 0; i < compiled.length; i += 1) {
      const batch = compiled[i]?.batch;
      if (!batch) continue;
      const result = batch(items);
      if (result.perProposal.size > 0) perProposal[i] = result.perProposal;
      batchLevel[i] = result.batch;
    }
    return { batchLevel, perProposal };
  };

  /** A proposal's evaluations with the batch rules' word on it in place of its own. */
  const applyBatch = (
    p: Pending,
    perProposal: readonly (ReadonlyMap<number, RuleEvaluation> | undefined)[],
  ): Pending => {
    for (let i = 0; i < perProposal.length; i += 1) {
      const own = perProposal[i]?.get(p.index);
      if (own) p.evaluations[i] = own;
    }
    return p;
  };

  const finish = (
    p: Pending,
    extra: readonly (RuleEvaluation | undefined)[] = [],
  ): ReadinessResult => {
    const outcomes: RuleOutcome[] = [];
    let findings: Finding[] | undefined =
      staleFindings.length + p.inputFindings.length > 0
        ? staleFindings.concat(p.inputFindings)
        : undefined;
    let indeterminate = false;
    for (let i = 0; i < compiled.length; i += 1) {
      // The proposal's own evaluation of rule i, then the batch's (no array per rule).
      for (let pass = 0; pass < 2; pass += 1) {
        const e = pass === 0 ? p.evaluations[i] : extra[i];
        if (!e) continue;
        outcomes.push(e.outcome);
        if (e.outcome.outcome === 'indeterminate') indeterminate = true;
        for (const f of e.findings) (findings ??= []).push(f);
      }
    }
    const sorted: readonly Finding[] =
      findings === undefined
        ? NO_FINDINGS
        : findings.length > 1
          ? sortFindings(findings)
          : findings;
    let errors = 0;
    let warnings = 0;
    for (const f of sorted) {
      if (f.severity === 'error') errors += 1;
      else if (f.severity === 'warning') warnings += 1;
    }
    const status: ReadinessStatus =
      errors > 0 ? 'not-ready' : indeterminate ? 'indeterminate' : 'ready';
    const unknowns = unknownsOf(outcomes);
    const summary = summaryOf(errors, warnings, sorted.length - errors - warnings);
    const { asOf, asOfReason, asOfText } = date;
    return {
      kind: 'readiness',
      rulebook: ref,
      asOf,
      asOfReason,
      asOfText,
      status,
      statusText: statusTexts[status],
      outcome: OUTCOME[status],
      grade: 0,
      unknowns,
      ...(p.override ? { registrationClose: p.override } : {}),
      outcomes,
      findings: sorted,
      summary,
    };
  };

  function runBatch(inputs: readonly unknown[]): ReadinessBatchRun {
    // Parse every proposal and run the batch rules now; each result is finished when taken.
    const proposals = new Array<Proposal | undefined>(inputs.length);
    const unreadable = new Map<number, ReadinessBatchItem>();
    const readable: BatchItem[] = [];
    inputs.forEach((input, index) => {
      try {
        const proposal = parseProposal(input);
        proposals[index] = proposal;
        readable.push({ index, proposal });
      } catch (error) {
        if (!(error instanceof CoreError)) throw error;
        const id =
          typeof input === 'object' &&
          input !== null &&
          typeof (input as { id?: unknown }).id === 'string'
            ? (input as { id: string }).id
            : undefined;
        unreadable.set(index, {
          index,
          ...(id !== undefined ? { id } : {}),
          error: { code: error.code, message: error.message, issues: error.issues },
        });
      }
    });
    const { batchLevel, perProposal } = runBatchRules(readable);
    let counts: Counts | undefined;

    function* items(): Generator<ReadinessBatchItem, void, undefined> {
      const tally: Counts = { ready: 0, notReady: 0, indeterminate: 0, invalid: 0 };
      for (let index = 0; index < inputs.length; index += 1) {
        const proposal = proposals[index];
        if (proposal === undefined) {
          const item = unreadable.get(index);
          if (item === undefined) continue;
          tally.invalid += 1;
          yield item;
          continue;
        }
        const result = finish(applyBatch(start(index, proposal, inputs[index]), perProposal));
        tallyStatus(tally, result);
        yield proposal.id !== undefined ? { index, id: proposal.id, result } : { index, result };
      }
      counts = tally;
    }

    return {
      size: inputs.length,
      items,
      summary() {
        if (counts === undefined) {
          const pass = items();
          while (pass.next().done !== true) {
            // one pass for the statuses; each result is let go
          }
        }
        return {
          kind: 'readiness-batch',
          ...summarize(
            batchLevel,
            counts ?? { ready: 0, notReady: 0, indeterminate: 0, invalid: 0 },
          ),
        };
      },
    };
  }

  return {
    rulebook: ref,
    asOf: date.asOf,
    asOfReason: date.asOfReason,
    check(input) {
      const proposal = parseProposal(input);
      const { batchLevel, perProposal } = runBatchRules([{ index: 0, proposal }]);
      return finish(applyBatch(start(0, proposal, input), perProposal), batchLevel);
    },
    checkBatch(inputs) {
      const run = runBatch(inputs);
      const items = [...run.items()];
      return { ...run.summary(), items };
    },
    runBatch,
    openStream() {
      const streams = compiled.map((c) => c.stream?.());
      const notChecked = rulebook.rules
        .filter((rule, i) => compiled[i]?.batch !== undefined && streams[i] === undefined)
        .map((rule) => rule.id);
      const counts = { ready: 0, notReady: 0, indeterminate: 0, invalid: 0 };
      let index = 0;
      return {
        add(input) {
          const at = index;
          index += 1;
          let p: Pending;
          try {
            p = start(at, parseProposal(input), input);
          } catch (error) {
            counts.invalid += 1;
            throw error;
          }
          const item: BatchItem = { index: at, proposal: p.proposal };
          for (let i = 0; i < streams.length; i += 1) {
            const own = streams[i]?.add(item);
            if (own) p.evaluations[i] = own;
          }
          const result = finish(p);
          tallyStatus(counts, result);
          return result;
        },
        skip() {
          index += 1;
          counts.invalid += 1;
        },
        end() {
          return {
            kind: 'readiness-stream',
            ...summarize(
              streams.map((s) => s?.end()),
              counts,
            ),
            notChecked,
          };
        },
      };
    },
  };

  /** The batch-level part of a batch or stream result, from the batch rules and the counts. */
  function summarize(
    batchLevel: readonly (RuleEvaluation | undefined)[],
    counts: { ready: number; notReady: number; indeterminate: number; invalid: number },
  ): Omit<ReadinessBatchResult, 'kind' | 'items'> {
    const outcomes: RuleOutcome[] = [];
    const batchFindings: Finding[] = [];
    let batchIndeterminate = false;
    for (const e of batchLevel) {
      if (!e) continue;
      outcomes.push(e.outcome);
      if (e.outcome.outcome === 'indeterminate') batchIndeterminate = true;
      batchFindings.push(...e.findings);
    }
    const findings = sortFindings(batchFindings);
    const errors = findings.filter((f) => f.severity === 'error').length;
    const total = counts.ready + counts.notReady + counts.indeterminate + counts.invalid;
    const status: ReadinessStatus =
      counts.notReady + counts.invalid + errors > 0
        ? 'not-ready'
        : counts.indeterminate > 0 || batchIndeterminate
          ? 'indeterminate'
          : 'ready';
    return {
      rulebook: ref,
      ...date,
      status,
      statusText: m['READINESS.BATCH.STATUS']({ ready: counts.ready, total }),
      outcome: OUTCOME[status],
      grade: 0,
      unknowns: unknownsOf(outcomes),
      outcomes,
      findings,
      summary: {
        proposals: total,
        ...counts,
        errors,
        warnings: findings.filter((f) => f.severity === 'warning').length,
      },
    };
  }
}

function tallyStatus(
  counts: { ready: number; notReady: number; indeterminate: number },
  result: ReadinessResult,
): void {
  if (result.status === 'ready') counts.ready += 1;
  else if (result.status === 'not-ready') counts.notReady += 1;
  else counts.indeterminate += 1;
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
 * result.findings.find((f) => f.code === 'KIPP.AGE.MIN')?.fix?.en; // 'This innovation is old enough from 2018-06-01. …'
 * ```
 */
export function checkReadiness(
  input: unknown,
  rulebook: ResolvedRulebook,
  options: ReadinessOptions,
): ReadinessResult {
  return createReadinessChecker(rulebook, options).check(input);
}

/**
 * Checks several proposals together: each one, plus duplicate titles and quotas across them.
 * Unreadable proposals become error items; the rest are still checked.
 *
 * @example
 * ```ts
 * const batch = checkReadinessBatch(proposals, builtinRegistry.resolve('kipp-2021'), {
 *   asOf: '2021-03-01',
 * });
 * batch.findings; // e.g. KIPP.QUOTA.GROUP when an agency sends 11 proposals in kelompok umum
 * ```
 */
export function checkReadinessBatch(
  inputs: readonly unknown[],
  rulebook: ResolvedRulebook,
  options: ReadinessOptions,
): ReadinessBatchResult {
  return createReadinessChecker(rulebook, options).checkBatch(inputs);
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
