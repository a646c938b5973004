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
import { CoreError, issuesFromZod, type InputIssue } from '../shared/errors.js';
import { sortFindings, type Basis, type Finding, type RuleRef } from '../shared/finding.js';
import type { LocalizedText } from '../shared/i18n.js';
import { scoringRuleKinds, type CompiledScoringRule, type ScoringRuleKind } from './kinds.js';
import { assessAgreement, type Agreement, type AgreementSheet } from './agreement.js';
import { scoringMessages as m } from './messages.js';
import { shortlist, type QuotaOutcome } from './quota.js';
import { assessRobustness, type Robustness } from './robustness.js';
import {
  AdvancementSchema,
  PanelSchema,
  StageMethodSchema,
  type Advancement,
  type Combine,
  type Entry,
  type Judge,
  type Panel,
  type CompleteRubric,
  type Rubric,
  type Scale,
  type Sheet,
  type StageMethod,
  type TieBreak,
} from './schema.js';
import {
  criterionApplies,
  criterionScale,
  readCell,
  sheetTotal,
  totalRange,
  type CriterionLine,
} from './sheet.js';
import { aggregate, clean, hashString, mean, standardDeviation } from './stats.js';

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
  const parsed = PanelSchema.safeParse(input);
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
  const push = (path: string, message: string): void => {
    issues.push({ path, message });
  };
  const entries = new Set<string>();
  panel.entries.forEach((e, i) => {
    if (entries.has(e.id)) push(`entries[${i}].id`, `duplicate entry id ${e.id}`);
    entries.add(e.id);
  });
  const judges = new Set<string>();
  panel.judges.forEach((j, i) => {
    if (judges.has(j.id)) push(`judges[${i}].id`, `duplicate judge id ${j.id}`);
    judges.add(j.id);
  });
  const stageIds = stages.map((s) => s.id);
  const firstStage = stageIds[0];
  if (firstStage === undefined) {
    push('(rulebook)', 'the rulebook has no scoring.stage rule');
    return issues;
  }
  stages.forEach((stage, index) => {
    if (stage.combine.status === 'known') {
      stage.combine.value.from.forEach((f, k) => {
        if (!stageIds.slice(0, index).includes(f.stage))
          push(
            `(rulebook) ${stage.id}.combine.from[${k}].stage`,
            `${f.stage} is not an earlier stage`,
          );
      });
    }
    if (
      stage.rubric.status === 'absent' &&
      !(stage.combine.status === 'known' && stage.combine.value.own === 0) &&
      stage.combine.status !== 'unknown'
    )
      push(`(rulebook) ${stage.id}`, 'a stage needs a rubric, or a combine with own weight 0');
    if (stage.tieBreaks.status === 'known' && stage.rubric.status === 'known') {
      const ids = stage.rubric.value.criteria.map((c) => c.id);
      stage.tieBreaks.value.forEach((t, k) => {
        if (t.by === 'criterion' && !ids.includes(t.criterion))
          push(
            `(rulebook) ${stage.id}.tieBreaks[${k}].criterion`,
            `${t.criterion} is not a criterion of the rubric`,
          );
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
    const who = (): string => `sheet ${i} (judge ${sheet.judge}, entry ${sheet.entry})`;
    if (!judges.has(sheet.judge))
      push(`${at()}.judge`, `${who()}: judge ${sheet.judge} is not in judges`);
    if (!entries.has(sheet.entry))
      push(`${at()}.entry`, `${who()}: entry ${sheet.entry} is not in entries`);
    const stageId = sheet.stage ?? firstStage;
    if (!rubrics.has(stageId)) {
      push(
        `${at()}.stage`,
        `${who()}: stage ${stageId} is not a stage of the rulebook (${stageIds.join(', ')})`,
      );
      return;
    }
    const key = `${stageId}\u0000${sheet.judge}\u0000${sheet.entry}`;
    if (seen.has(key))
      push(at(), `${who()}: a second sheet for the same judge, entry and stage ${stageId}`);
    seen.add(key);
    const known = rubrics.get(stageId);
    if (!known) return;
    const { rubric, ids } = known;
    const entry = entryById.get(sheet.entry);
    const unknown = Object.keys(sheet.scores).filter((k) => !ids.has(k));
    for (const criterionId of unknown.sort()) {
      push(
        `${at()}.scores.${criterionId}`,
        `${who()}: ${criterionId} is not a criterion of stage ${stageId} (${[...ids].join(', ')})`,
      );
    }
    for (const criterion of rubric.criteria) {
      if (!Object.hasOwn(sheet.scores, criterion.id)) continue;
      const reading = readCell(
        criterionScale(rubric, criterion),
        criterion,
        sheet.scores[criterion.id],
      );
      if (reading.kind === 'invalid')
        push(
          `${at()}.scores.${criterion.id}`,
          `${who()}, criterion ${criterion.id}: ${reading.problem}`,
        );
      else if (reading.kind === 'value' && entry && !criterionApplies(criterion, entry))
        push(
          `${at()}.scores.${criterion.id}`,
          `${who()}, criterion ${criterion.id}: does not apply to this entry's category/group`,
        );
    }
  });
  const checkRef = (
    path: string,
    judge: string | undefined,
    entry: string | undefined,
    stage: string | undefined,
  ): void => {
    if (judge !== undefined && !judges.has(judge))
      push(`${path}.judge`, `judge ${judge} is not in judges`);
    if (entry !== undefined && !entries.has(entry))
      push(`${path}.entry`, `entry ${entry} is not in entries`);
    if (stage !== undefined && !stageIds.includes(stage))
      push(
        `${path}.stage`,
        `stage ${stage} is not a stage of the rulebook (${stageIds.join(', ')})`,
      );
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
      if (!entries.has(e)) push(`assignments[${i}].entries[${k}]`, `entry ${e} is not in entries`);
    });
  });
  return issues;
}

/** The stage's rubric with its default scale filled in from the `scale` slot; undefined when either is not known. */
export function completeRubric(stage: StageDefinition): CompleteRubric | undefined {
  if (stage.rubric.status !== 'known') return undefined;
  const rubric = stage.rubric.value;
  const scale = rubric.scale ?? (stage.scale.status === 'known' ? stage.scale.value : undefined);
  if (scale === undefined) return undefined;
  return { ...rubric, scale };
}

/** How many values of an ascending array are below `x` (or at most `x` with `inclusive`): a binary search. */
function countBelow(sorted: readonly number[], x: number, inclusive: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid] ?? 0;
    if (v < x || (inclusive && v === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function conflictOf(
  judge: Judge,
  entry: Entry,
  method: StageMethod,
  declared: Panel['conflicts'],
): LocalizedText | undefined {
  const d = declared.find((c) => c.judge === judge.id && c.entry === entry.id);
  if (d) return m['SCORING.CONFLICT.DECLARED']({ reason: d.reason });
  if (method.conflicts.sameAgency && entry.agency !== undefined) {
    const norm = (s: string): string => s.trim().toLowerCase();
    const theirs = [judge.agency, ...(judge.affiliations ?? [])]
      .filter((a): a is string => a !== undefined)
      .map(norm);
    if (theirs.includes(norm(entry.agency)))
      return m['SCORING.CONFLICT.SAME_AGENCY']({ agency: entry.agency });
  }
  if (
    method.conflicts.sameRegion &&
    entry.region !== undefined &&
    judge.region?.trim().toLowerCase() === entry.region.trim().toLowerCase()
  )
    return m['SCORING.CONFLICT.SAME_REGION']({ region: entry.region });
  return undefined;
}

interface Working {
  entry: Entry;
  sheets: SheetResult[];
  excluded: { judge: string; reason: LocalizedText }[];
  missing: string[];
  own: number | null;
  score: number | null;
  parts: { stage: string; weight: number; score: number | null }[];
  criteria: EntryStageResult['criteria'];
  belowMinimum: { criterion: LocalizedText; value: number; min: number } | undefined;
  counted: { judge: string; total: number }[];
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
        {
          path: key,
          message: `expected a calendar date as YYYY-MM-DD, got ${JSON.stringify(options[key])}`,
        },
      ]);
  const resamples = options.resamples ?? 200;
  if (!Number.isInteger(resamples) || resamples < 0 || resamples > 10_000)
    throw new CoreError('INPUT_INVALID', 'The scoring options are not valid.', [
      { path: 'resamples', message: 'expected a whole number from 0 to 10000' },
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
      const result = scoreStage(stage, {
        panel,
        entries: inStage,
        judges,
        sheets,
        firstStage,
        previous: results,
        resamples,
        findings,
      });
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

interface StageContext {
  readonly panel: Panel;
  readonly entries: readonly Entry[];
  readonly judges: readonly Judge[];
  readonly sheets: readonly Sheet[];
  readonly firstStage: string;
  readonly previous: readonly StageResult[];
  readonly resamples: number;
  readonly findings: Finding[];
}

function finding(
  stage: StageDefinition,
  code: string,
  severity: Finding['severity'],
  message: LocalizedText,
  path?: string,
  extra: Partial<Finding> = {},
): Finding {
  return {
    code,
    severity,
    message,
    rule: stage.rule,
    ...(path !== undefined ? { path } : {}),
    ...extra,
  };
}

function scoreStage(stage: StageDefinition, ctx: StageContext): StageResult {
  const { panel, findings } = ctx;
  const unknownSlots: string[] = [];
  for (const slot of [
    'rubric',
    'scale',
    'method',
    'combine',
    'advancement',
    'tieBreaks',
  ] as const) {
    const reading = stage[slot];
    if (reading.status === 'unknown') {
      unknownSlots.push(slot);
      findings.push(
        finding(
          stage,
          'SCORING.PARAMETER.UNKNOWN',
          'warning',
          m['SCORING.PARAMETER.UNKNOWN']({ stage: stage.id, slot, missing: reading.missing }),
          undefined,
          reading.basis ? { basis: [reading.basis] } : {},
        ),
      );
    }
  }
  const method =
    stage.method.status === 'known' || stage.method.status === 'default'
      ? stage.method.value
      : StageMethodSchema.parse({});
  const rubric = completeRubric(stage);
  const combine: Combine | undefined =
    stage.combine.status === 'known' ? stage.combine.value : undefined;
  const ownWeight = combine ? combine.own : 1;
  const ownKnown = rubric !== undefined || ownWeight === 0;
  const tieBreaks: TieBreak[] =
    stage.tieBreaks.status === 'known' || stage.tieBreaks.status === 'default'
      ? stage.tieBreaks.value
      : [{ by: 'draw' }];

  // Which judges are expected on which entries.
  const assigned = (panel.assignments ?? []).filter(
    (a) => (a.stage ?? ctx.firstStage) === stage.id,
  );
  const expected = (judge: string, entry: string): boolean =>
    assigned.length === 0
      ? true
      : assigned.some((a) => a.judge === judge && a.entries.includes(entry));
  const inStage = new Set(ctx.entries.map((e) => e.id));
  const stageSheets = ctx.sheets.filter((s) => (s.stage ?? ctx.firstStage) === stage.id);

  const working = new Map<string, Working>();
  for (const entry of ctx.entries)
    working.set(entry.id, {
      entry,
      sheets: [],
      excluded: [],
      missing: [],
      own: null,
      score: null,
      parts: [],
      criteria: [],
      belowMinimum: undefined,
      counted: [],
    });

  for (const sheet of stageSheets) {
    const w = working.get(sheet.entry);
    if (!w || !inStage.has(sheet.entry)) {
      findings.push(
        finding(
          stage,
          'SCORING.SHEET.NOT_IN_STAGE',
          'info',
          m['SCORING.SHEET.NOT_IN_STAGE']({
            judge: sheet.judge,
            entry: sheet.entry,
            stage: stage.id,
          }),
        ),
      );
      continue;
    }
    const judge = ctx.judges.find((j) => j.id === sheet.judge);
    if (!judge) continue;
    const conflict = conflictOf(judge, w.entry, method, panel.conflicts);
    const comment = sheet.comment !== undefined ? { comment: sheet.comment } : {};
    if (conflict) {
      w.excluded.push({ judge: judge.id, reason: conflict });
      w.sheets.push({
        judge: judge.id,
        status: 'conflict',
        total: null,
        normalised: null,
        lines: [],
        ...comment,
      });
      findings.push(
        finding(
          stage,
          'SCORING.CONFLICT.EXCLUDED',
          'info',
          m['SCORING.CONFLICT.EXCLUDED']({ judge: judge.id, entry: w.entry.id, reason: conflict }),
        ),
      );
      continue;
    }
    if (!rubric) continue;
    const total = sheetTotal(rubric, w.entry, sheet.scores);
    if (total.status === 'complete') {
      w.sheets.push({
        judge: judge.id,
        status: 'counted',
        total: total.total,
        normalised: total.total,
        lines: total.lines,
        ...comment,
      });
    } else {
      w.sheets.push({
        judge: judge.id,
        status: total.status,
        total: null,
        normalised: null,
        lines: total.lines,
        ...comment,
      });
      if (total.status === 'incomplete')
        findings.push(
          finding(
            stage,
            'SCORING.SHEET.INCOMPLETE',
            'warning',
            m['SCORING.SHEET.INCOMPLETE']({
              judge: judge.id,
              entry: w.entry.id,
              criteria: total.missing.join(', '),
            }),
          ),
        );
    }
  }
  // Conflicts with judges who sent no sheet are still exclusions, not missing sheets.
  for (const w of working.values()) {
    for (const judge of ctx.judges) {
      if (w.sheets.some((s) => s.judge === judge.id)) continue;
      if (!expected(judge.id, w.entry.id)) continue;
      const conflict = conflictOf(judge, w.entry, method, panel.conflicts);
      if (conflict) {
        w.excluded.push({ judge: judge.id, reason: conflict });
        continue;
      }
      if (rubric) {
        w.missing.push(judge.id);
        findings.push(
          finding(
            stage,
            'SCORING.SHEET.MISSING',
            'warning',
            m['SCORING.SHEET.MISSING']({ judge: judge.id, entry: w.entry.id, stage: stage.id }),
          ),
        );
      }
    }
  }

  // Per-judge normalisation of counted totals.
  const normalisationReport: { judge: string; applied: boolean; sheets: number }[] = [];
  if (rubric && method.normalisation.kind !== 'none') {
    const range = totalRange(rubric);
    const all = [...working.values()].flatMap((w) =>
      w.sheets.filter((s) => s.status === 'counted').map((s) => s.total ?? 0),
    );
    const panelMean = mean(all);
    const panelSd = standardDeviation(all);
    for (const judge of ctx.judges) {
      const own = [...working.values()].flatMap((w) =>
        w.sheets
          .filter((s) => s.judge === judge.id && s.status === 'counted')
          .map((s) => ({ w, s })),
      );
      if (own.length === 0) continue;
      const totals = own.map((o) => o.s.total ?? 0);
      const sd = standardDeviation(totals);
      const needed = method.normalisation.minimumSheets;
      const usable =
        own.length >= needed && sd > 0 && (method.normalisation.kind === 'rank' || panelSd > 0);
      normalisationReport.push({ judge: judge.id, applied: usable, sheets: own.length });
      if (!usable) {
        findings.push(
          finding(
            stage,
            'SCORING.NORMALISE.SKIPPED',
            'info',
            m['SCORING.NORMALISE.SKIPPED']({ judge: judge.id, count: own.length, needed }),
          ),
        );
        continue;
      }
      const judgeMean = mean(totals);
      const sortedTotals = [...totals].sort((a, b) => a - b);
      for (const { w, s } of own) {
        const t = s.total ?? 0;
        let value: number;
        if (method.normalisation.kind === 'z-score')
          value = panelMean + ((t - judgeMean) / sd) * panelSd;
        else {
          const below = countBelow(sortedTotals, t, false);
          const equal = countBelow(sortedTotals, t, true) - below;
          const midRank = below + (equal + 1) / 2; // 1 = lowest
          value = range.min + ((midRank - 1) / (own.length - 1)) * (range.max - range.min);
        }
        const clamped = clean(Math.min(range.max, Math.max(range.min, value)));
        const index = w.sheets.indexOf(s);
        w.sheets[index] = { ...s, normalised: clamped };
      }
    }
  }

  // Aggregation, minimums and combination.
  const criterionAggregation =
    method.aggregation.kind === 'sum' ? ({ kind: 'mean' } as const) : method.aggregation;
  for (const w of working.values()) {
    const counted = w.sheets.filter((s) => s.status === 'counted');
    w.counted = counted.map((s) => ({ judge: s.judge, total: s.normalised ?? 0 }));
    if (rubric) {
      w.criteria = rubric.criteria.map((criterion, index) => {
        // Lines are in rubric order.
        const values: number[] = [];
        for (const s of counted) {
          const raw = s.lines[index]?.raw;
          if (raw !== null && raw !== undefined) values.push(raw);
        }
        const agg = values.length > 0 ? clean(aggregate(values, criterionAggregation)) : null;
        const meets =
          criterion.minimum === undefined || agg === null ? null : agg >= criterion.minimum;
        if (
          meets === false &&
          criterion.minimum !== undefined &&
          agg !== null &&
          w.belowMinimum === undefined
        )
          w.belowMinimum = { criterion: criterion.label, value: agg, min: criterion.minimum };
        return {
          criterion: criterion.id,
          label: criterion.label,
          aggregate: agg,
          ...(criterion.minimum !== undefined ? { minimum: criterion.minimum } : {}),
          meetsMinimum: meets,
        };
      });
    }
    let own: number | null = null;
    if (rubric && counted.length >= method.minimumSheets && counted.length > 0) {
      const value = aggregate(
        w.counted.map((c) => c.total),
        method.aggregation,
      );
      own = Number.isNaN(value) ? null : clean(value);
    }
    if (rubric && own === null)
      findings.push(
        finding(
          stage,
          'SCORING.ENTRY.TOO_FEW_SHEETS',
          'warning',
          m['SCORING.ENTRY.TOO_FEW_SHEETS']({
            entry: w.entry.id,
            counted: counted.length,
            needed: Math.max(1, method.minimumSheets),
          }),
        ),
      );
    w.own = own;
    const parts = (combine?.from ?? []).map((f) => {
      const prior = ctx.previous
        .find((p) => p.stage === f.stage)
        ?.entries.find((e) => e.entry === w.entry.id);
      return { stage: f.stage, weight: f.weight, score: prior?.score ?? null };
    });
    w.parts = parts;
    const ownOk = ownWeight === 0 || own !== null;
    const partsOk = parts.every((p) => p.score !== null || p.weight === 0);
    w.score =
      ownKnown && ownOk && partsOk && stage.combine.status !== 'unknown'
        ? clean(ownWeight * (own ?? 0) + parts.reduce((s, p) => s + p.weight * (p.score ?? 0), 0))
        : null;
  }

  // Ranking with the tie-break chain.
  const seed = panel.seed;
  const draws = new Map<string, number>();
  const drawKey = (id: string): number => {
    let key = draws.get(id);
    if (key === undefined) {
      key = hashString(`${seed}\u0000${stage.id}\u0000${id}`);
      draws.set(id, key);
    }
    return key;
  };
  const criterionIndex = new Map(rubric?.criteria.map((c, i) => [c.id, i]) ?? []);
  const criterionValue = (w: Working, id: string): number =>
    w.criteria[criterionIndex.get(id) ?? -1]?.aggregate ?? -Infinity;
  /** Which link of the chain separates a and b (negative: a first); the text is made only when shown. */
  const decide = (a: Working, b: Working): { order: number; by: TieBreak | undefined } => {
    for (const t of tieBreaks) {
      let d: number;
      if (t.by === 'criterion') d = criterionValue(b, t.criterion) - criterionValue(a, t.criterion);
      else if (t.by === 'fewer-missing') d = a.missing.length - b.missing.length;
      else d = drawKey(a.entry.id) - drawKey(b.entry.id);
      if (d !== 0 && !Number.isNaN(d)) return { order: d, by: t };
    }
    return { order: compareText(a.entry.id, b.entry.id), by: undefined };
  };
  const describeTie = (t: TieBreak | undefined): LocalizedText => {
    if (t?.by === 'criterion') {
      const label = rubric?.criteria.find((c) => c.id === t.criterion)?.label ?? {
        id: t.criterion,
        en: t.criterion,
      };
      return m['SCORING.TIE.CRITERION']({ criterion: label });
    }
    if (t?.by === 'fewer-missing') return m['SCORING.TIE.FEWER_MISSING']();
    return m['SCORING.TIE.DRAW']({ seed });
  };
  const all = [...working.values()];
  const ranked = all
    .filter((w) => w.score !== null)
    .sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || decide(a, b).order);
  const unranked = all.filter((w) => w.score === null);

  // Advancement.
  const advancement =
    stage.advancement.status === 'known'
      ? stage.advancement.value
      : stage.advancement.status === 'absent'
        ? AdvancementSchema.parse({ rule: { kind: 'all' } })
        : undefined;
  const decisions = new Map<
    string,
    { decision: 'advance' | 'out' | 'review'; reasons: LocalizedText[]; borderline: boolean }
  >();
  const eligible = ranked.filter((w) => w.belowMinimum === undefined);
  for (const w of ranked) {
    if (w.belowMinimum)
      decisions.set(w.entry.id, {
        decision: 'out',
        reasons: [m['SCORING.REASON.MINIMUM'](w.belowMinimum)],
        borderline: false,
      });
  }
  for (const w of unranked)
    decisions.set(w.entry.id, {
      decision: 'review',
      reasons: [m['SCORING.REASON.REVIEW']()],
      borderline: false,
    });
  let quotas: QuotaOutcome[] = [];
  let cut: StageResult['cut'] = null;
  const rankOf = new Map(ranked.map((w, i) => [w.entry.id, i + 1]));
  if (!advancement || !ownKnown) {
    for (const w of eligible)
      decisions.set(w.entry.id, {
        decision: 'review',
        reasons: [m['SCORING.REASON.RULE_UNKNOWN']()],
        borderline: false,
      });
  } else {
    const rule = advancement.rule;
    if (rule.kind === 'all') {
      for (const w of eligible)
        decisions.set(w.entry.id, {
          decision: 'advance',
          reasons: [m['SCORING.REASON.ALL']()],
          borderline: false,
        });
      cut = { kind: 'all', count: eligible.length };
    } else if (rule.kind === 'passing-grade') {
      for (const w of eligible) {
        const score = w.score ?? 0;
        const pass = score >= rule.min;
        decisions.set(w.entry.id, {
          decision: pass ? 'advance' : 'out',
          reasons: [
            pass
              ? m['SCORING.REASON.PASSING']({ score, min: rule.min })
              : m['SCORING.REASON.FAILING']({ score, min: rule.min, gap: clean(rule.min - score) }),
          ],
          borderline:
            advancement.borderline !== undefined &&
            Math.abs(score - rule.min) <= advancement.borderline,
        });
      }
      cut = {
        kind: 'passing-grade',
        count: eligible.filter((w) => (w.score ?? 0) >= rule.min).length,
        score: rule.min,
      };
    } else {
      const n = rule.kind === 'top' ? rule.n : Math.ceil((rule.top / 100) * eligible.length);
      const list = shortlist(
        eligible.map((w) => w.entry),
        n,
        advancement.quotas,
      );
      quotas = [...list.quotas];
      if (list.overbooked)
        findings.push(
          finding(
            stage,
            'SCORING.QUOTA.OVERBOOKED',
            'warning',
            m['SCORING.QUOTA.OVERBOOKED']({ stage: stage.id }),
          ),
        );
      for (const q of list.quotas)
        if (!q.met && q.min !== undefined)
          findings.push(
            finding(
              stage,
              'SCORING.QUOTA.UNMET',
              'warning',
              m['SCORING.QUOTA.UNMET']({
                quota: q.quota,
                value: q.value,
                selected: q.selected,
                min: q.min,
              }),
            ),
          );
      const lastIn = eligible.filter((w) => list.selected.includes(w.entry.id)).at(-1);
      const cutScore = lastIn?.score ?? undefined;
      cut = {
        kind: rule.kind,
        count: list.selected.length,
        ...(cutScore !== undefined ? { score: cutScore } : {}),
      };
      const quotaLabel = (id: string): LocalizedText =>
        advancement.quotas.find((q) => q.id === id)?.label ?? { id, en: id };
      for (const w of eligible) {
        const reason = list.reasons.get(w.entry.id);
        const rank = rankOf.get(w.entry.id) ?? 0;
        const score = w.score ?? 0;
        let text: LocalizedText;
        if (!reason || (reason.in && reason.by === 'rank'))
          text = m['SCORING.REASON.RANK']({ rank, score });
        else if (reason.in)
          text = m['SCORING.REASON.QUOTA']({
            quota: quotaLabel(reason.quota),
            value: reason.value,
            rank,
          });
        else if (reason.by === 'capped')
          text = m['SCORING.REASON.CAPPED']({
            quota: quotaLabel(reason.quota),
            value: reason.value,
          });
        else if (reason.by === 'displaced')
          text = m['SCORING.REASON.DISPLACED']({
            quotas: reason.quotas.map((q) => `${q.quota} (${q.value})`).join(', '),
          });
        else
          text = m['SCORING.REASON.BELOW_CUT']({
            rank,
            cut: rule.kind === 'top' ? `top ${rule.n}` : `top ${rule.top}% = ${n}`,
          });
        decisions.set(w.entry.id, {
          decision: reason?.in === false ? 'out' : 'advance',
          reasons: [text],
          borderline:
            advancement.borderline !== undefined &&
            cutScore !== undefined &&
            Math.abs(score - cutScore) <= advancement.borderline &&
            w !== lastIn,
        });
      }
    }
    if (advancement.borderline !== undefined)
      for (const d of decisions.values())
        if (d.borderline)
          d.reasons.push(m['SCORING.REASON.BORDERLINE']({ points: advancement.borderline }));
  }

  // Manual overrides, recorded with their reason.
  const overrides = new Map(
    panel.overrides.filter((o) => o.stage === stage.id).map((o) => [o.entry, o]),
  );
  for (const [entryId, o] of overrides) {
    const d = decisions.get(entryId);
    if (!d) continue;
    d.decision = o.decision === 'advance' ? 'advance' : 'out';
    const text = m['SCORING.OVERRIDE']({
      entry: entryId,
      decision: o.decision,
      reason: o.reason,
      ...(o.by !== undefined ? { by: o.by } : {}),
    });
    d.reasons.push(text);
    findings.push(finding(stage, 'SCORING.OVERRIDE', 'info', text));
  }

  // Agreement (on raw totals) and judge flags.
  const countedCriteria = rubric?.criteria.filter((c) => c.counted).map((c) => c.id) ?? [];
  const countedIndex = countedCriteria.map((id) => criterionIndex.get(id) ?? -1);
  const agreementSheets: AgreementSheet[] = [];
  for (const w of all)
    for (const s of w.sheets) {
      if (s.status !== 'counted') continue;
      const raw = new Float64Array(countedIndex.length);
      countedIndex.forEach((index, k) => {
        const line = s.lines[index];
        raw[k] = line?.counted && line.raw !== null ? line.raw : NaN;
      });
      agreementSheets.push({
        judge: s.judge,
        entry: w.entry.id,
        total: s.total ?? 0,
        criteria: raw,
      });
    }
  const agreement = assessAgreement(agreementSheets, countedCriteria);

  for (const j of agreement.judges) {
    if (j.flat)
      findings.push(
        finding(
          stage,
          'SCORING.JUDGE.FLAT',
          'warning',
          m['SCORING.JUDGE.FLAT']({ judge: j.judge }),
        ),
      );
    if (j.disagrees && j.correlationWithPanel !== null)
      findings.push(
        finding(
          stage,
          'SCORING.JUDGE.DISAGREES',
          'warning',
          m['SCORING.JUDGE.DISAGREES']({
            judge: j.judge,
            r: j.correlationWithPanel,
            threshold: agreement.disagreementThreshold,
          }),
        ),
      );
  }

  // Robustness of the ranking at the cut.
  const advancedIds = [...decisions.entries()]
    .filter(([, d]) => d.decision === 'advance')
    .map(([id]) => id);
  const advancedSet = new Set(advancedIds);
  let robustness: Robustness | null = null;
  if (rubric && ownWeight > 0 && ranked.length > 1) {
    const judgeIds = ctx.judges.map((j) => j.id);
    const index = new Map(judgeIds.map((j, i) => [j, i]));
    const cutCount = cut && cut.kind !== 'all' && cut.kind !== 'passing-grade' ? cut.count : 0;
    const grade = cut?.kind === 'passing-grade' ? cut.score : undefined;
    robustness = assessRobustness({
      entries: ranked.map((w) => ({
        id: w.entry.id,
        totals: new Map(w.counted.map((c) => [index.get(c.judge) ?? -1, c.total])),
        fixed: w.parts.reduce((s, p) => s + p.weight * (p.score ?? 0), 0),
      })),
      judges: judgeIds,
      ownWeight,
      aggregation: method.aggregation,
      minimumSheets: Math.max(1, method.minimumSheets),
      cut: cutCount,
      ...(grade !== undefined ? { grade } : {}),
      resamples: ctx.resamples,
      seed,
    });
    for (const r of robustness.entries) {
      if (!r.tooCloseToCall) continue;
      if (grade !== undefined && r.bootstrapScores) {
        const { low, high } = r.bootstrapScores;
        findings.push(
          finding(
            stage,
            'SCORING.TOO_CLOSE',
            'warning',
            m['SCORING.TOO_CLOSE.GRADE']({ entry: r.entry, stage: stage.id, low, high, grade }),
          ),
        );
        continue;
      }
      const low = Math.min(r.scenarioRanks.best, r.bootstrapRanks?.low ?? r.scenarioRanks.best);
      const high = Math.max(r.scenarioRanks.worst, r.bootstrapRanks?.high ?? r.scenarioRanks.worst);
      findings.push(
        finding(
          stage,
          'SCORING.TOO_CLOSE',
          'warning',
          m['SCORING.TOO_CLOSE']({ entry: r.entry, stage: stage.id, low, high, cut: cutCount }),
        ),
      );
    }
  }

  const entryResults = [
    ...ranked,
    ...unranked.sort((a, b) => compareText(a.entry.id, b.entry.id)),
  ].map((w, i): EntryStageResult => {
    const d = decisions.get(w.entry.id) ?? {
      decision: 'review' as const,
      reasons: [m['SCORING.REASON.REVIEW']()],
      borderline: false,
    };
    // The entry placed just below this one: a tie with it is explained on this one.
    const below = ranked[i + 1];
    const tie =
      w.score !== null && below?.score === w.score
        ? {
            with: below.entry.id,
            decidedBy: describeTie(decide(w, below).by),
          }
        : undefined;
    const o = overrides.get(w.entry.id);
    return {
      entry: w.entry.id,
      ...(w.entry.title !== undefined ? { title: w.entry.title } : {}),
      status: w.score === null ? 'indeterminate' : 'ranked',
      rank: w.score === null ? null : i + 1,
      score: w.score,
      own: w.own,
      parts: w.parts,
      sheets: w.sheets,
      excludedJudges: w.excluded,
      missingJudges: w.missing,
      criteria: w.criteria,
      decision: d.decision,
      reasons: tie
        ? [...d.reasons, m['SCORING.TIE']({ other: tie.with, by: tie.decidedBy })]
        : d.reasons,
      borderline: d.borderline,
      ...(tie ? { tie } : {}),
      ...(o
        ? {
            override: {
              decision: o.decision,
              reason: o.reason,
              ...(o.by !== undefined ? { by: o.by } : {}),
            },
          }
        : {}),
    };
  });

  return {
    stage: stage.id,
    title: stage.title,
    rule: stage.rule,
    status: unknownSlots.length > 0 || unranked.length > 0 ? 'indeterminate' : 'scored',
    definition: stage,
    entries: entryResults,
    advanced: entryResults.filter((e) => advancedSet.has(e.entry)).map((e) => e.entry),
    cut,
    quotas,
    normalisation: normalisationReport,
    agreement,
    robustness,
  };
}
