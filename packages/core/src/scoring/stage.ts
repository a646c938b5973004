/**
 * One stage of the scoring pipeline, as named phases:
 *
 * ```
 * settingsOf → collectSheets → normaliseJudges → aggregateEntries → rankEntries
 *   → decideAdvancement → applyOverrides → assessJudges → assessStageRobustness → entryResultsOf
 * ```
 *
 * Each phase is a function that returns its findings beside its output (no shared findings
 * array). The entries' working records ({@link Working}) are the stage's own state: the sheet,
 * normalisation and aggregation phases fill them in, in that order.
 *
 * @module
 */
import type { Finding } from '../shared/finding.js';
import type { LocalizedText } from '../shared/i18n.js';
import { assessAgreement, type Agreement, type AgreementSheet } from './agreement.js';
import { scoringMessages as m } from './messages.js';
import { shortlist, type QuotaOutcome } from './quota.js';
import { assessRobustness, type Robustness } from './robustness.js';
import {
  AdvancementSchema,
  StageMethodSchema,
  type Advancement,
  type Combine,
  type CompleteRubric,
  type Entry,
  type Judge,
  type Panel,
  type Sheet,
  type StageMethod,
  type TieBreak,
} from './schema.js';
import type { EntryStageResult, SheetResult, StageDefinition, StageResult } from './score.js';
import { sheetTotal, totalRange } from './sheet.js';
import { aggregate, clean, hashString, mean, standardDeviation } from './stats.js';

/** What a stage is scored from: the panel in canonical order, and the stages before it. */
export interface StageInput {
  readonly panel: Panel;
  /** The entries still in the competition at this stage. */
  readonly entries: readonly Entry[];
  readonly judges: readonly Judge[];
  readonly sheets: readonly Sheet[];
  /** The stage a sheet or assignment without a `stage` belongs to. */
  readonly firstStage: string;
  readonly previous: readonly StageResult[];
  readonly resamples: number;
}

/** A phase's output with the findings it raised. */
export interface Phase<T> {
  readonly value: T;
  readonly findings: readonly Finding[];
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

/** Compares two ids by code unit, as every canonical order of the engine does. */
export function compareText(a: string, b: string): number {
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

/** One entry while its stage is scored. */
export interface Working {
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

/** A stage's slots as the phases use them, with defaults in place of what is not known. */
export interface StageSettings {
  readonly method: StageMethod;
  readonly rubric: CompleteRubric | undefined;
  readonly combine: Combine | undefined;
  readonly ownWeight: number;
  /** The stage's own score can be computed (a rubric, or no weight on it). */
  readonly ownKnown: boolean;
  readonly tieBreaks: readonly TieBreak[];
  /** The slots whose value is unknown: the stage is then indeterminate. */
  readonly unknownSlots: readonly string[];
}

const SLOTS = ['rubric', 'scale', 'method', 'combine', 'advancement', 'tieBreaks'] as const;

/** Phase 1: the stage's settings, and a warning per slot whose value is unknown. */
export function settingsOf(stage: StageDefinition): Phase<StageSettings> {
  const findings: Finding[] = [];
  const unknownSlots: string[] = [];
  for (const slot of SLOTS) {
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
  const tieBreaks: TieBreak[] =
    stage.tieBreaks.status === 'known' || stage.tieBreaks.status === 'default'
      ? stage.tieBreaks.value
      : [{ by: 'draw' }];
  return {
    value: {
      method,
      rubric,
      combine,
      ownWeight,
      ownKnown: rubric !== undefined || ownWeight === 0,
      tieBreaks,
      unknownSlots,
    },
    findings,
  };
}

/**
 * Phase 2: each entry's sheets in this stage (counted, incomplete, not applicable, or set aside
 * for a conflict of interest), and the judges whose sheet is missing.
 */
export function collectSheets(
  stage: StageDefinition,
  input: StageInput,
  settings: StageSettings,
): Phase<Map<string, Working>> {
  const { panel } = input;
  const { method, rubric } = settings;
  const findings: Finding[] = [];
  // Which judges are expected on which entries.
  const assigned = (panel.assignments ?? []).filter(
    (a) => (a.stage ?? input.firstStage) === stage.id,
  );
  const expected = (judge: string, entry: string): boolean =>
    assigned.length === 0
      ? true
      : assigned.some((a) => a.judge === judge && a.entries.includes(entry));
  const inStage = new Set(input.entries.map((e) => e.id));
  const stageSheets = input.sheets.filter((s) => (s.stage ?? input.firstStage) === stage.id);

  const working = new Map<string, Working>();
  for (const entry of input.entries)
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
    const judge = input.judges.find((j) => j.id === sheet.judge);
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
    for (const judge of input.judges) {
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
  return { value: working, findings };
}

/** Phase 3: per-judge normalisation of counted totals (z-score or rank), where it can apply. */
export function normaliseJudges(
  stage: StageDefinition,
  judges: readonly Judge[],
  settings: StageSettings,
  working: ReadonlyMap<string, Working>,
): Phase<StageResult['normalisation']> {
  const { method, rubric } = settings;
  const findings: Finding[] = [];
  const report: { judge: string; applied: boolean; sheets: number }[] = [];
  if (!rubric || method.normalisation.kind === 'none') return { value: report, findings };
  const range = totalRange(rubric);
  const all = [...working.values()].flatMap((w) =>
    w.sheets.filter((s) => s.status === 'counted').map((s) => s.total ?? 0),
  );
  const panelMean = mean(all);
  const panelSd = standardDeviation(all);
  for (const judge of judges) {
    const own = [...working.values()].flatMap((w) =>
      w.sheets.filter((s) => s.judge === judge.id && s.status === 'counted').map((s) => ({ w, s })),
    );
    if (own.length === 0) continue;
    const totals = own.map((o) => o.s.total ?? 0);
    const sd = standardDeviation(totals);
    const needed = method.normalisation.minimumSheets;
    const usable =
      own.length >= needed && sd > 0 && (method.normalisation.kind === 'rank' || panelSd > 0);
    report.push({ judge: judge.id, applied: usable, sheets: own.length });
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
  return { value: report, findings };
}

/**
 * Phase 4: each entry's criterion aggregates, non-compensatory minimums, own score and stage
 * score (combined with earlier stages).
 */
export function aggregateEntries(
  stage: StageDefinition,
  previous: readonly StageResult[],
  settings: StageSettings,
  working: ReadonlyMap<string, Working>,
): Phase<void> {
  const { method, rubric, combine, ownWeight, ownKnown } = settings;
  const findings: Finding[] = [];
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
      const prior = previous
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
  return { value: undefined, findings };
}

/** The stage's ranking: entries with a score in order, the others, and how ties were decided. */
export interface Ranking {
  readonly ranked: readonly Working[];
  readonly unranked: readonly Working[];
  /** The criterion ids of the rubric, by position. */
  readonly criterionIndex: ReadonlyMap<string, number>;
  /** Which link of the tie-break chain separates a and b (negative: a first). */
  readonly decide: (a: Working, b: Working) => { order: number; by: TieBreak | undefined };
  /** The tie-break link, as a sentence. */
  readonly describeTie: (t: TieBreak | undefined) => LocalizedText;
}

/** Phase 5: ranks the entries by score with the stage's tie-break chain (ending in a seeded draw). */
export function rankEntries(
  stage: StageDefinition,
  seed: string,
  settings: StageSettings,
  working: ReadonlyMap<string, Working>,
): Ranking {
  const { rubric, tieBreaks } = settings;
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
  return { ranked, unranked, criterionIndex, decide, describeTie };
}

/** One entry's decision at this stage, with the reasons. */
export interface Decision {
  decision: 'advance' | 'out' | 'review';
  reasons: LocalizedText[];
  borderline: boolean;
}

/** The advancement of a stage: a decision per entry, the cut, the quotas. */
export interface Advancing {
  readonly decisions: Map<string, Decision>;
  readonly cut: StageResult['cut'];
  readonly quotas: readonly QuotaOutcome[];
}

/** The stage's advancement rule, `all` when the rulebook gives none, undefined when unknown. */
function advancementOf(stage: StageDefinition): Advancement | undefined {
  return stage.advancement.status === 'known'
    ? stage.advancement.value
    : stage.advancement.status === 'absent'
      ? AdvancementSchema.parse({ rule: { kind: 'all' } })
      : undefined;
}

/**
 * Phase 6: who advances. Entries below a criterion minimum are out, unranked ones go to review;
 * the others by the advancement rule (all, a passing grade, top N or top percent under quotas),
 * with borderline marks.
 */
export function decideAdvancement(
  stage: StageDefinition,
  settings: StageSettings,
  ranking: Pick<Ranking, 'ranked' | 'unranked'>,
): Phase<Advancing> {
  const { ranked, unranked } = ranking;
  const findings: Finding[] = [];
  const advancement = advancementOf(stage);
  const decisions = new Map<string, Decision>();
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
  if (!advancement || !settings.ownKnown) {
    for (const w of eligible)
      decisions.set(w.entry.id, {
        decision: 'review',
        reasons: [m['SCORING.REASON.RULE_UNKNOWN']()],
        borderline: false,
      });
    return { value: { decisions, cut, quotas }, findings };
  }
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
  return { value: { decisions, cut, quotas }, findings };
}

/** Phase 7: the panel's manual overrides of this stage, applied and recorded with their reason. */
export function applyOverrides(
  stage: StageDefinition,
  panel: Panel,
  decisions: Map<string, Decision>,
): Phase<ReadonlyMap<string, Panel['overrides'][number]>> {
  const findings: Finding[] = [];
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
  return { value: overrides, findings };
}

/** Phase 8: judge agreement on the raw totals and criteria, and the flat or disagreeing judges. */
export function assessJudges(
  stage: StageDefinition,
  settings: StageSettings,
  ranking: Pick<Ranking, 'criterionIndex'>,
  working: ReadonlyMap<string, Working>,
): Phase<Agreement> {
  const findings: Finding[] = [];
  const countedCriteria = settings.rubric?.criteria.filter((c) => c.counted).map((c) => c.id) ?? [];
  const countedIndex = countedCriteria.map((id) => ranking.criterionIndex.get(id) ?? -1);
  const agreementSheets: AgreementSheet[] = [];
  for (const w of working.values())
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
  return { value: agreement, findings };
}

/**
 * Phase 9: how robust the ranking is at the cut (judge left out, bootstrap), and a warning per
 * entry too close to call. Null when there is nothing to rank.
 */
export function assessStageRobustness(
  stage: StageDefinition,
  input: Pick<StageInput, 'judges' | 'resamples'>,
  seed: string,
  settings: StageSettings,
  ranked: readonly Working[],
  cut: StageResult['cut'],
): Phase<Robustness | null> {
  const { method, rubric, ownWeight } = settings;
  const findings: Finding[] = [];
  if (!rubric || ownWeight <= 0 || ranked.length <= 1) return { value: null, findings };
  const judgeIds = input.judges.map((j) => j.id);
  const index = new Map(judgeIds.map((j, i) => [j, i]));
  const cutCount = cut && cut.kind !== 'all' && cut.kind !== 'passing-grade' ? cut.count : 0;
  const grade = cut?.kind === 'passing-grade' ? cut.score : undefined;
  const robustness = assessRobustness({
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
    resamples: input.resamples,
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
  return { value: robustness, findings };
}

/** Phase 10: each entry's result, ranked ones first in rank order, then the others by id. */
export function entryResultsOf(
  ranking: Ranking,
  decisions: ReadonlyMap<string, Decision>,
  overrides: ReadonlyMap<string, Panel['overrides'][number]>,
): EntryStageResult[] {
  const { ranked, unranked, decide, describeTie } = ranking;
  return [...ranked, ...[...unranked].sort((a, b) => compareText(a.entry.id, b.entry.id))].map(
    (w, i): EntryStageResult => {
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
    },
  );
}

/**
 * Scores one stage: the phases in order. Returns the stage's result and every finding it raised,
 * in the order the phases raised them.
 */
export function scoreStage(stage: StageDefinition, input: StageInput): Phase<StageResult> {
  const { panel } = input;
  const settings = settingsOf(stage);
  const s = settings.value;
  const sheets = collectSheets(stage, input, s);
  const working = sheets.value;
  const normalisation = normaliseJudges(stage, input.judges, s, working);
  const aggregated = aggregateEntries(stage, input.previous, s, working);
  const ranking = rankEntries(stage, panel.seed, s, working);
  const advancing = decideAdvancement(stage, s, ranking);
  const { decisions, cut, quotas } = advancing.value;
  const overrides = applyOverrides(stage, panel, decisions);
  const agreement = assessJudges(stage, s, ranking, working);
  const advanced = new Set(
    [...decisions.entries()].filter(([, d]) => d.decision === 'advance').map(([id]) => id),
  );
  const robustness = assessStageRobustness(stage, input, panel.seed, s, ranking.ranked, cut);
  const entries = entryResultsOf(ranking, decisions, overrides.value);
  return {
    value: {
      stage: stage.id,
      title: stage.title,
      rule: stage.rule,
      status: s.unknownSlots.length > 0 || ranking.unranked.length > 0 ? 'indeterminate' : 'scored',
      definition: stage,
      entries,
      advanced: entries.filter((e) => advanced.has(e.entry)).map((e) => e.entry),
      cut,
      quotas,
      normalisation: normalisation.value,
      agreement: agreement.value,
      robustness: robustness.value,
    },
    findings: [
      ...settings.findings,
      ...sheets.findings,
      ...normalisation.findings,
      ...aggregated.findings,
      ...advancing.findings,
      ...overrides.findings,
      ...agreement.findings,
      ...robustness.findings,
    ],
  };
}
