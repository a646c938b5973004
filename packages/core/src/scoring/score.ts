/**
 * The scoring engine: runs a panel (entries, judges, sheets) through the stages of a scoring
 * rulebook. Per stage: conflicts of interest, sheet totals, per-judge normalisation, aggregation
 * across judges, non-compensatory minimums, combination with earlier stages, a deterministic
 * ranking with a declared tie-break chain, advancement (top N / passing grade / percentile, under
 * quotas), manual overrides, judge agreement and robustness. Every number is explained.
 *
 * Input order never matters: entries, judges and sheets are put in a canonical order first.
 *
 * @module
 */
import {
  createEvaluation,
  createRuleKindRegistry,
  type ResolvedRulebook,
} from '../rulebook/index.js';
import { resolveAsOf, type AsOfReason, type ReferenceDate } from '../contract/as-of.js';
import { assertRulebookFor } from '../contract/checker.js';
import type { EngineOutcome, Unknown } from '../contract/types.js';
import { IsoDateSchema } from '../shared/dates.js';
import { CoreError, inputIssue, issuesFromZod, type InputIssue } from '../shared/errors.js';
import type { InputMessageCode, InputMessageParams } from '../shared/input-messages.js';
import { sortFindings, type Basis, type Finding, type RuleRef } from '../shared/finding.js';
import type { LocalizedText } from '../shared/i18n.js';
import { scoringRuleKinds, type CompiledScoringRule, type ScoringRuleKind } from './kinds.js';
import type { Agreement } from './agreement.js';
import { scoringMessages as m } from './messages.js';
import type { QuotaOutcome } from './quota.js';
import type { Robustness } from './robustness.js';
import {
  PanelSchema,
  type Advancement,
  type Combine,
  type Panel,
  type Rubric,
  type Scale,
  type StageMethod,
  type TieBreak,
} from './schema.js';
import { criterionApplies, criterionScale, readCell, type CriterionLine } from './sheet.js';
import { compareText, completeRubric, scoreStage } from './stage.js';

export { completeRubric } from './stage.js';

/** Options of {@link scorePanel}. */
export interface ScoringOptions {
  /**
   * The date the rulebook is read at (`YYYY-MM-DD`). Left out: today when `today` lies inside
   * the edition's window, else the edition's first day (the core's date policy).
   */
  readonly asOf?: string;
  /** Today's date, from the adapter's clock; used only when `asOf` is left out. */
  readonly today?: string;
  /** Bootstrap resamples for robustness (default 200; 0 turns the bootstrap off). */
  readonly resamples?: number;
  /** Extra rule kinds (for custom rulebooks that bring their own stages or checks). */
  readonly kinds?: readonly ScoringRuleKind[];
}

/** A parameter slot read for a stage: known (with its basis), unknown (with what is missing), or a default. */
export type SlotReading<T> =
  | { readonly status: 'known'; readonly value: T; readonly basis: Basis }
  | { readonly status: 'default'; readonly value: T }
  | { readonly status: 'unknown'; readonly missing: LocalizedText; readonly basis?: Basis }
  | { readonly status: 'absent' };

/** One stage as the rulebook defines it. */
export interface StageDefinition {
  readonly id: string;
  readonly title: LocalizedText;
  readonly rule: RuleRef;
  readonly rubric: SlotReading<Rubric>;
  readonly scale: SlotReading<Scale>;
  readonly method: SlotReading<StageMethod>;
  readonly combine: SlotReading<Combine>;
  readonly advancement: SlotReading<Advancement>;
  readonly tieBreaks: SlotReading<TieBreak[]>;
}

/** One sheet in a stage result. */
export interface SheetResult {
  readonly judge: string;
  readonly status: 'counted' | 'incomplete' | 'not-applicable' | 'conflict';
  readonly total: number | null;
  /** The total after per-judge normalisation (equal to `total` when none applied). */
  readonly normalised: number | null;
  readonly lines: readonly CriterionLine[];
  readonly comment?: string;
}

/** One entry in a stage. */
export interface EntryStageResult {
  readonly entry: string;
  readonly title?: string;
  readonly status: 'ranked' | 'indeterminate';
  readonly rank: number | null;
  /** The stage score (own aggregate combined with earlier stages). */
  readonly score: number | null;
  /** The aggregate of this stage's own sheets. */
  readonly own: number | null;
  readonly parts: readonly {
    readonly stage: string;
    readonly weight: number;
    readonly score: number | null;
  }[];
  readonly sheets: readonly SheetResult[];
  readonly excludedJudges: readonly { readonly judge: string; readonly reason: LocalizedText }[];
  readonly missingJudges: readonly string[];
  readonly criteria: readonly {
    readonly criterion: string;
    readonly label: LocalizedText;
    readonly aggregate: number | null;
    readonly minimum?: number;
    readonly meetsMinimum: boolean | null;
  }[];
  readonly decision: 'advance' | 'out' | 'review';
  readonly reasons: readonly LocalizedText[];
  readonly borderline: boolean;
  readonly tie?: { readonly with: string; readonly decidedBy: LocalizedText };
  readonly override?: {
    readonly decision: 'advance' | 'eliminate';
    readonly reason: string;
    readonly by?: string;
  };
}

/** One stage's result. */
export interface StageResult {
  readonly stage: string;
  readonly title: LocalizedText;
  readonly rule: RuleRef;
  readonly status: 'scored' | 'indeterminate';
  readonly definition: StageDefinition;
  /** Entries, ranked ones first in rank order, then indeterminate ones by id. */
  readonly entries: readonly EntryStageResult[];
  readonly advanced: readonly string[];
  readonly cut: { readonly kind: string; readonly count: number; readonly score?: number } | null;
  readonly quotas: readonly QuotaOutcome[];
  readonly normalisation: readonly {
    readonly judge: string;
    readonly applied: boolean;
    readonly sheets: number;
  }[];
  readonly agreement: Agreement;
  readonly robustness: Robustness | null;
}

/** The scoring of a panel under a rulebook. */
export interface ScoringResult {
  readonly kind: 'scoring';
  readonly rulebook: {
    readonly id: string;
    readonly title: LocalizedText;
    readonly chain: readonly string[];
  };
  readonly asOf: string;
  /** Where `asOf` came from (the core's date policy). */
  readonly asOfReason: AsOfReason;
  readonly asOfText: LocalizedText;
  readonly status: 'complete' | 'indeterminate';
  readonly statusText: LocalizedText;
  /** The contract's outcome: `positive` for a complete ranking, else `indeterminate`. */
  readonly outcome: EngineOutcome;
  readonly grade: number;
  /** Unknown rulebook values, and entries a human must review. */
  readonly unknowns: readonly Unknown[];
  readonly seed: string;
  readonly stages: readonly StageResult[];
  /** Entries that came through the last stage, in its order. */
  readonly final: readonly string[];
  readonly findings: readonly Finding[];
  readonly summary: { readonly errors: number; readonly warnings: number; readonly infos: number };
}

/** A scoring rulebook read at a date: its stages in order, and the panel checks of custom kinds. */
export interface ReadStages {
  readonly stages: StageDefinition[];
  readonly findings: readonly Finding[];
  readonly panelChecks: readonly NonNullable<CompiledScoringRule['panel']>[];
}

/**
 * Reads the stages of a scoring rulebook at a date: each rule is compiled by its kind (built-in,
 * or one of `kinds`).
 *
 * @throws {CoreError} `RULEBOOK_INVALID` for a rule whose kind is not registered.
 *
 * @example
 * ```ts
 * readStages(builtinRegistry.resolve('iga-2023-presentasi'), '2023-09-25').stages.map((s) => s.id);
 * ```
 */
export function readStages(
  rulebook: ResolvedRulebook,
  asOf: string,
  kinds: readonly ScoringRuleKind[] = [],
): ReadStages {
  const registry = createRuleKindRegistry('scoring', scoringRuleKinds, kinds);
  const evaluation = createEvaluation(rulebook, asOf);
  const stages: StageDefinition[] = [];
  const panelChecks: NonNullable<CompiledScoringRule['panel']>[] = [];
  for (const rule of rulebook.rules) {
    const compiled = registry.kindOf(rule, rulebook.id).compile({ evaluation, rule });
    if (compiled.stage) stages.push(compiled.stage);
    if (compiled.panel) panelChecks.push(compiled.panel);
  }
  return { stages, findings: evaluation.findings, panelChecks };
}

/**
 * Parses a panel and checks it against the stages: unknown judges, entries, stages and criteria,
 * duplicate sheets, scores outside the scale. Every problem names the sheet and the criterion.
 *
 * @throws {CoreError} `INPUT_INVALID` with every problem.
 */
export function parsePanel(input: unknown, stages: readonly StageDefinition[]): Panel {
  const parsed = PanelSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    throw new CoreError(
      'INPUT_INVALID',
      'The panel does not match the panel format. Fix the fields listed.',
      issuesFromZod(parsed.error.issues),
    );
  }
  const panel = parsed.data;
  const issues = checkPanel(panel, stages);
  if (issues.length > 0)
    throw new CoreError(
      'INPUT_INVALID',
      'The panel has sheets or references that do not fit the rulebook. Fix the fields listed.',
      issues,
    );
  return panel;
}

/** Every semantic problem of a parsed panel (never throws). */
export function checkPanel(panel: Panel, stages: readonly StageDefinition[]): InputIssue[] {
  const issues: InputIssue[] = [];
  const push = <C extends InputMessageCode>(
    path: string,
    code: C,
    params: InputMessageParams<C>,
  ): void => {
    issues.push(inputIssue(path, code, params));
  };
  const entries = new Set<string>();
  panel.entries.forEach((e, i) => {
    if (entries.has(e.id))
      push(`entries[${i}].id`, 'SCORING.DUPLICATE_ID', { role: 'entry', id: e.id });
    entries.add(e.id);
  });
  const judges = new Set<string>();
  panel.judges.forEach((j, i) => {
    if (judges.has(j.id))
      push(`judges[${i}].id`, 'SCORING.DUPLICATE_ID', { role: 'judge', id: j.id });
    judges.add(j.id);
  });
  const stageIds = stages.map((s) => s.id);
  const firstStage = stageIds[0];
  if (firstStage === undefined) {
    push('(rulebook)', 'SCORING.NO_STAGE', {});
    return issues;
  }
  stages.forEach((stage, index) => {
    if (stage.combine.status === 'known') {
      stage.combine.value.from.forEach((f, k) => {
        if (!stageIds.slice(0, index).includes(f.stage))
          push(`(rulebook) ${stage.id}.combine.from[${k}].stage`, 'SCORING.NOT_EARLIER_STAGE', {
            stage: f.stage,
          });
      });
    }
    if (
      stage.rubric.status === 'absent' &&
      !(stage.combine.status === 'known' && stage.combine.value.own === 0) &&
      stage.combine.status !== 'unknown'
    )
      push(`(rulebook) ${stage.id}`, 'SCORING.STAGE_NEEDS_RUBRIC', {});
    if (stage.tieBreaks.status === 'known' && stage.rubric.status === 'known') {
      const ids = stage.rubric.value.criteria.map((c) => c.id);
      stage.tieBreaks.value.forEach((t, k) => {
        if (t.by === 'criterion' && !ids.includes(t.criterion))
          push(`(rulebook) ${stage.id}.tieBreaks[${k}].criterion`, 'SCORING.NOT_A_CRITERION', {
            criterion: t.criterion,
          });
      });
    }
  });
  const seen = new Set<string>();
  const entryById = new Map(panel.entries.map((e) => [e.id, e]));
  const rubrics = new Map(
    stages.map((stage) => {
      const rubric = completeRubric(stage);
      return [
        stage.id,
        rubric ? { rubric, ids: new Set(rubric.criteria.map((c) => c.id)) } : undefined,
      ];
    }),
  );
  panel.sheets.forEach((sheet, i) => {
    // Built only when there is something to say (this loop sees every sheet).
    const at = (): string => `sheets[${i}]`;
    const who = { sheet: i, judge: sheet.judge, entry: sheet.entry };
    if (!judges.has(sheet.judge))
      push(`${at()}.judge`, 'SCORING.NOT_LISTED', { sheet: who, role: 'judge', id: sheet.judge });
    if (!entries.has(sheet.entry))
      push(`${at()}.entry`, 'SCORING.NOT_LISTED', { sheet: who, role: 'entry', id: sheet.entry });
    const stageId = sheet.stage ?? firstStage;
    if (!rubrics.has(stageId)) {
      push(`${at()}.stage`, 'SCORING.UNKNOWN_STAGE', {
        sheet: who,
        stage: stageId,
        stages: stageIds,
      });
      return;
    }
    const key = `${stageId}\u0000${sheet.judge}\u0000${sheet.entry}`;
    if (seen.has(key)) push(at(), 'SCORING.SECOND_SHEET', { ...who, stage: stageId });
    seen.add(key);
    const known = rubrics.get(stageId);
    if (!known) return;
    const { rubric, ids } = known;
    const entry = entryById.get(sheet.entry);
    const unknown = Object.keys(sheet.scores).filter((k) => !ids.has(k));
    for (const criterionId of unknown.sort()) {
      push(`${at()}.scores.${criterionId}`, 'SCORING.UNKNOWN_CRITERION', {
        ...who,
        criterion: criterionId,
        stage: stageId,
        criteria: [...ids],
      });
    }
    for (const criterion of rubric.criteria) {
      if (!Object.hasOwn(sheet.scores, criterion.id)) continue;
      const reading = readCell(
        criterionScale(rubric, criterion),
        criterion,
        sheet.scores[criterion.id],
      );
      if (reading.kind === 'invalid')
        push(`${at()}.scores.${criterion.id}`, 'SCORING.CELL', {
          ...who,
          criterion: criterion.id,
          problem: reading.problem,
        });
      else if (reading.kind === 'value' && entry && !criterionApplies(criterion, entry))
        push(`${at()}.scores.${criterion.id}`, 'SCORING.CELL.DOES_NOT_APPLY', {
          ...who,
          criterion: criterion.id,
        });
    }
  });
  const checkRef = (
    path: string,
    judge: string | undefined,
    entry: string | undefined,
    stage: string | undefined,
  ): void => {
    if (judge !== undefined && !judges.has(judge))
      push(`${path}.judge`, 'SCORING.NOT_LISTED', { role: 'judge', id: judge });
    if (entry !== undefined && !entries.has(entry))
      push(`${path}.entry`, 'SCORING.NOT_LISTED', { role: 'entry', id: entry });
    if (stage !== undefined && !stageIds.includes(stage))
      push(`${path}.stage`, 'SCORING.UNKNOWN_STAGE', { stage, stages: stageIds });
  };
  panel.conflicts.forEach((c, i) => {
    checkRef(`conflicts[${i}]`, c.judge, c.entry, undefined);
  });
  panel.overrides.forEach((o, i) => {
    checkRef(`overrides[${i}]`, undefined, o.entry, o.stage);
  });
  (panel.assignments ?? []).forEach((a, i) => {
    checkRef(`assignments[${i}]`, a.judge, undefined, a.stage);
    a.entries.forEach((e, k) => {
      if (!entries.has(e))
        push(`assignments[${i}].entries[${k}]`, 'SCORING.NOT_LISTED', { role: 'entry', id: e });
    });
  });
  return issues;
}

/**
 * Scores a panel under a scoring rulebook.
 *
 * @throws {CoreError} `INPUT_INVALID` for a malformed panel (every problem, naming the sheet and
 *   criterion), `RULEBOOK_DOMAIN_MISMATCH` for a rulebook of another engine, `NO_EDITION` for a
 *   cancelled edition.
 *
 * @example
 * ```ts
 * import { builtinRegistry } from '@inovasi/core/registry';
 * import { scorePanel } from '@inovasi/core/scoring';
 *
 * const result = scorePanel(panel, builtinRegistry.resolve('iga-2023-presentasi'), { asOf: '2023-09-25' });
 * result.stages[0]?.entries[0]?.entry; // the best entry
 * ```
 */
export function scorePanel(
  input: unknown,
  rulebook: ResolvedRulebook,
  options: ScoringOptions,
): ScoringResult {
  return createScoringChecker(rulebook, options).score(input);
}

/** A scoring rulebook compiled for one date: score as many panels as needed. */
export interface ScoringChecker {
  readonly asOf: string;
  readonly asOfReason: AsOfReason;
  /**
   * Scores one panel.
   *
   * @throws {CoreError} `INPUT_INVALID` for a malformed panel.
   */
  score(input: unknown): ScoringResult;
}

/**
 * The reference date of a scoring edition: its first day (the assessment it describes).
 *
 * @example
 * ```ts
 * scoringReferenceDate(builtinRegistry.resolve('iga-2023-presentasi')).date; // '2023-09-25'
 * ```
 */
export function scoringReferenceDate(rulebook: ResolvedRulebook): ReferenceDate {
  return { date: rulebook.effective.from, reason: 'edition-start' };
}

/**
 * Compiles a scoring rulebook once: its stages are read at the date the core's policy picks.
 *
 * @throws {CoreError} `INPUT_INVALID` for a bad option, `RULEBOOK_DOMAIN_MISMATCH`, `NO_EDITION`.
 *
 * @example
 * ```ts
 * const checker = createScoringChecker(builtinRegistry.resolve('iga-2023-presentasi'), { today });
 * const results = panels.map((p) => checker.score(p));
 * ```
 */
export function createScoringChecker(
  rulebook: ResolvedRulebook,
  options: ScoringOptions,
): ScoringChecker {
  assertRulebookFor('scoring', rulebook);
  for (const key of ['asOf', 'today'] as const)
    if (options[key] !== undefined && !IsoDateSchema.safeParse(options[key]).success)
      throw new CoreError('INPUT_INVALID', 'The scoring options are not valid.', [
        inputIssue(key, 'INPUT.DATE', { got: options[key] }),
      ]);
  const resamples = options.resamples ?? 200;
  if (!Number.isInteger(resamples) || resamples < 0 || resamples > 10_000)
    throw new CoreError('INPUT_INVALID', 'The scoring options are not valid.', [
      inputIssue('resamples', 'INPUT.WHOLE_NUMBER_RANGE', { min: 0, max: 10_000, got: resamples }),
    ]);
  const date = resolveAsOf(rulebook, scoringReferenceDate(rulebook), options);
  const {
    stages,
    findings: readFindings,
    panelChecks,
  } = readStages(rulebook, date.asOf, options.kinds);
  const unknowns: Unknown[] = [];
  for (const stage of stages)
    for (const slot of Object.values(stage) as unknown[])
      if (
        typeof slot === 'object' &&
        slot !== null &&
        (slot as { status?: unknown }).status === 'unknown'
      )
        unknowns.push({ rule: stage.id, what: (slot as { missing: LocalizedText }).missing });

  const score = (input: unknown): ScoringResult => {
    const panel = parsePanel(input, stages);
    const entries = [...panel.entries].sort((a, b) => compareText(a.id, b.id));
    const judges = [...panel.judges].sort((a, b) => compareText(a.id, b.id));
    const firstStage = stages[0]?.id ?? '';
    const sheets = [...panel.sheets].sort(
      (a, b) =>
        compareText(a.stage ?? firstStage, b.stage ?? firstStage) ||
        compareText(a.entry, b.entry) ||
        compareText(a.judge, b.judge),
    );
    const findings: Finding[] = [...readFindings];
    const results: StageResult[] = [];
    let inStage = entries;
    for (const stage of stages) {
      const { value: result, findings: stageFindings } = scoreStage(stage, {
        panel,
        entries: inStage,
        judges,
        sheets,
        firstStage,
        previous: results,
        resamples,
      });
      findings.push(...stageFindings);
      results.push(result);
      const advanced = new Set(result.advanced);
      inStage = inStage.filter((e) => advanced.has(e.id));
    }
    for (const check of panelChecks) findings.push(...check(panel));
    const sorted = sortFindings(findings);
    const indeterminate = results.some(
      (r) => r.status === 'indeterminate' || r.entries.some((e) => e.decision === 'review'),
    );
    const status = indeterminate ? 'indeterminate' : 'complete';
    const review = results.flatMap((r) =>
      r.entries
        .filter((e) => e.decision === 'review' || e.status === 'indeterminate')
        .map((e) => ({
          rule: `${r.stage}:${e.entry}`,
          what: e.reasons[0] ?? m['SCORING.STATUS.indeterminate'](),
        })),
    );
    return {
      kind: 'scoring',
      rulebook: { id: rulebook.id, title: rulebook.title, chain: rulebook.chain },
      ...date,
      status,
      statusText: m[`SCORING.STATUS.${status}`](),
      outcome: indeterminate ? 'indeterminate' : 'positive',
      grade: 0,
      unknowns: indeterminate ? [...unknowns, ...review] : [],
      seed: panel.seed,
      stages: results,
      final: inStage.map((e) => e.id),
      findings: sorted,
      summary: {
        errors: sorted.filter((f) => f.severity === 'error').length,
        warnings: sorted.filter((f) => f.severity === 'warning').length,
        infos: sorted.filter((f) => f.severity === 'info').length,
      },
    };
  };
  return { asOf: date.asOf, asOfReason: date.asOfReason, score };
}

/** {@link scorePanel} that returns errors instead of throwing them. */
export function safeScorePanel(
  input: unknown,
  rulebook: ResolvedRulebook,
  options: ScoringOptions,
): { success: true; result: ScoringResult } | { success: false; error: CoreError } {
  try {
    return { success: true, result: scorePanel(input, rulebook, options) };
  } catch (error) {
    if (error instanceof CoreError) return { success: false, error };
    throw error;
  }
}
