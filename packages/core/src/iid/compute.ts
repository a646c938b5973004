/**
 * The Indeks Inovasi Daerah of one region under one rulebook:
 *
 * ```
 * SPD = Σ weight × level over the SPD rows
 * SID = Σ_innovations Σ weight × level / MAX(k, n)  +  SkorJumlahInovasi
 * IID = (SPD + SID) / SkorTotalMaksimum × 100, rounded to two decimals
 * ```
 *
 * Every row is explained (the level, why, what the next level needs); innovations outside the
 * window, too short or duplicated are excluded with the reason; the claimed score is given
 * beside the verified one. Where a year's constant is unknown the result is indeterminate and
 * says what is missing.
 *
 * @module
 */
import { closest } from '../shared/unknown-keys.js';
import type { ResolvedRulebook } from '../rulebook/index.js';
import { CoreError, issuesFromZod } from '../shared/errors.js';
import { sortFindings, type Basis, type Finding, type RuleRef } from '../shared/finding.js';
import type { LocalizedText } from '../shared/i18n.js';
import { countWords } from '../shared/text.js';
import { resolveAnswer, normalizeAnswer, type NormalizedAnswer, type Placement } from './levels.js';
import { formatScore, iidMessages as m } from './messages.js';
import { known, readIidModel, type IidModel, type Reading } from './model.js';
import { PREDIKATS, predikatInModel, round2, type PredikatResult } from './predikat.js';
import { iidEnvelope, iidReferenceDate, type IidEnvelope } from './envelope.js';
import { resolveAsOf } from '../contract/as-of.js';
import { t } from './text.js';
import type { IidRuleKind } from './kinds.js';
import {
  RegionSchema,
  type Innovation,
  type Region,
  type Row,
  type Verification,
  type Level,
} from './schema.js';

/** Which answers count: every claim, or only what the verifier accepted. */
export type IidView = 'claimed' | 'verified';

/** Options of {@link computeIid}. */
export interface IidOptions {
  /**
   * The date the rulebook is read at. Left out: today when `today` lies inside the edition's
   * window, else the edition's first day (the core's date policy).
   */
  readonly asOf?: string;
  /** Today's date, from the adapter's clock; used only when `asOf` is left out. */
  readonly today?: string;
  /** The view the breakdown is given in (both totals are always given). Default `claimed`. */
  readonly view?: IidView;
  /** Extra rule kinds (for custom rulebooks that bring their own steps or checks). */
  readonly kinds?: readonly IidRuleKind[];
}

/** One row of the breakdown, explained. */
export interface RowResult {
  readonly row: string;
  readonly title: LocalizedText;
  readonly variable: LocalizedText;
  readonly weight: number;
  readonly mandatory: boolean;
  readonly level: 0 | 1 | 2 | 3;
  readonly score: number;
  readonly maximum: number;
  readonly status?: Verification | undefined;
  readonly evidence?: string | undefined;
  readonly value?: number | undefined;
  readonly basis?: string | undefined;
  readonly placement?: Placement | undefined;
  /** Does this answer count in the chosen view? */
  readonly counted: boolean;
  readonly explanation: LocalizedText;
  /** The next level, its points and the evidence it needs. */
  readonly next?:
    { readonly level: number; readonly points: number; readonly text: LocalizedText } | undefined;
}

/** One innovation of the breakdown. */
export interface InnovationResult {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly urusan: string;
  /** `excluded`: not reported (window, rancang bangun, duplicate); `rejected`: counted in n with score 0 (verified view). */
  readonly status: 'assessed' | 'rejected' | 'excluded';
  readonly exclusion?: { readonly code: string; readonly reason: LocalizedText };
  readonly score: number | null;
  readonly maximum: number | null;
  /**
   * Excluded only for a short or missing rancang bangun: the claimed SID score it would add once
   * the text is complete (its rows are given too).
   */
  readonly potential?: number;
  readonly rows: readonly RowResult[];
}

/** A component of the index: known with its score and maximum, or unknown with what is missing. */
export type Component =
  | {
      readonly status: 'known';
      readonly score: number;
      readonly maximum: number;
      readonly rule: RuleRef;
      readonly basis: readonly Basis[];
      readonly explanation: LocalizedText;
    }
  | { readonly status: 'unknown'; readonly missing: LocalizedText; readonly rule?: RuleRef };

/** The totals of one view. */
export interface ViewTotals {
  readonly spd: number | null;
  readonly sidAverage: number | null;
  readonly count: number | null;
  readonly total: number | null;
  readonly iid: number | null;
  readonly predikat: PredikatResult;
}

/** The IID of one region under one rulebook (with the contract's envelope). */
export interface IidResult extends IidEnvelope {
  readonly kind: 'iid';
  readonly rulebook: {
    readonly id: string;
    readonly title: LocalizedText;
    readonly chain: readonly string[];
    readonly status: string;
    readonly statusNote?: LocalizedText;
  };
  readonly asOf: string;
  readonly region: Region['region'];
  readonly view: IidView;
  readonly status: 'determinate' | 'indeterminate';
  /** The IID to two decimals (null when indeterminate). */
  readonly iid: number | null;
  readonly predikat: PredikatResult;
  readonly components: {
    readonly spd: Component;
    readonly sidAverage: Component;
    readonly count: Component;
    readonly maximumTotal: Component;
  };
  readonly divisor: {
    readonly n: number;
    readonly minimum: number | null;
    readonly divisor: number | null;
    readonly emptySeats: number | null;
  };
  readonly urusan: {
    readonly required: number | null;
    readonly covered: readonly string[];
    readonly missing: readonly { readonly id: string; readonly title: LocalizedText }[];
    readonly met: boolean | null;
  };
  readonly spdRows: readonly RowResult[];
  readonly innovations: readonly InnovationResult[];
  readonly excluded: readonly {
    readonly id: string;
    readonly name: string;
    readonly code: string;
    readonly reason: LocalizedText;
  }[];
  /** The claimed score beside the verified score. */
  readonly views: { readonly claimed: ViewTotals; readonly verified: ViewTotals };
  readonly findings: readonly Finding[];
}

/**
 * Parses a region file at the boundary.
 *
 * @throws {CoreError} `INPUT_INVALID` with every field problem.
 *
 * @example
 * ```ts
 * const region = parseRegion(JSON.parse(text)); // throws CoreError INPUT_INVALID with every field path
 * ```
 */
export function parseRegion(input: unknown): Region {
  const parsed = RegionSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    throw new CoreError(
      'INPUT_INVALID',
      'The region file does not match the IID region format. Fix the fields listed and try again.',
      issuesFromZod(parsed.error.issues),
    );
  }
  return parsed.data;
}

/** The aggregates the index is computed from (also what the planner moves). */
export interface Aggregate {
  readonly spd: number;
  readonly sidSum: number;
  readonly n: number;
  readonly covered: ReadonlySet<string>;
}

/** The constants of a model, where known. */
export interface Constants {
  readonly divisorMinimum?: number;
  readonly countScore?: { perInnovation: number; cap: number };
  readonly urusan?: { required: number; ids: readonly string[] };
  readonly maximumTotal?: number;
  readonly spdKnown: boolean;
  readonly sidKnown: boolean;
}

/** Reads the constants of a model. *
 * @example
 * ```ts
 * constantsOf(readIidModel(builtinRegistry.resolve('iid-2026'), '2026-06-01')).divisorMinimum; // 12
 * ```
 */
export function constantsOf(model: IidModel): Constants {
  const urusan = known(model.count?.slots.urusan);
  const divisorMinimum = known(model.sid?.slots.divisorMinimum);
  const countScore = known(model.count?.slots.countScore);
  const maximumTotal = known(model.index?.slots.maximumTotal);
  return {
    ...(divisorMinimum !== undefined ? { divisorMinimum } : {}),
    ...(countScore !== undefined ? { countScore } : {}),
    ...(urusan !== undefined
      ? { urusan: { required: urusan.required, ids: urusan.urusan.map((u) => u.id) } }
      : {}),
    ...(maximumTotal !== undefined ? { maximumTotal } : {}),
    spdKnown: model.spd === undefined || model.spd.slots.catalogue.status === 'known',
    sidKnown: model.sid === undefined || model.sid.slots.catalogue.status === 'known',
  };
}

/** The scores of an aggregate (null where a constant is unknown). *
 * @example
 * ```ts
 * const c = constantsOf(model);
 * totalsOf({ spd: 63, sidSum: 111 * 200, n: 200, covered: new Set(yandasIds) }, c).total; // 250
 * ```
 */
export function totalsOf(
  agg: Aggregate,
  c: Constants,
): { spd: number | null; sidAverage: number | null; count: number | null; total: number | null } {
  const spd = c.spdKnown ? agg.spd : null;
  const divisor = c.divisorMinimum !== undefined ? Math.max(c.divisorMinimum, agg.n) : undefined;
  const sidAverage =
    c.sidKnown && divisor !== undefined ? (divisor === 0 ? 0 : agg.sidSum / divisor) : null;
  let count: number | null = null;
  if (c.countScore && c.urusan) {
    let covered = 0;
    for (const id of c.urusan.ids) if (agg.covered.has(id)) covered += 1;
    count =
      covered >= c.urusan.required
        ? Math.min(agg.n, c.countScore.cap) * c.countScore.perInnovation
        : 0;
  }
  const total =
    spd !== null && sidAverage !== null && count !== null ? spd + sidAverage + count : null;
  return { spd, sidAverage, count, total };
}

/** The IID of a total, to two decimals. *
 * @example
 * ```ts
 * iidOf(162.525, constantsOf(model)); // 65.01
 * ```
 */
export function iidOf(total: number | null, c: Constants): number | null {
  return total === null || c.maximumTotal === undefined
    ? null
    : round2((total / c.maximumTotal) * 100);
}

/** One catalogue's rows scored: both totals, the rows, and the findings raised. */
export interface Scored {
  readonly rows: RowResult[];
  readonly claimed: number;
  readonly verified: number;
  /** How many mandatory rows are empty (their consequence is not published). */
  readonly mandatoryEmpty: number;
  readonly findings: readonly Finding[];
}

/**
 * A row of the breakdown. The explanation texts are built when read (or serialised), not for
 * every row of every region: a national run has 650,000 rows and most are never shown.
 */
class RowOutcome implements RowResult {
  readonly row: string;
  readonly title: LocalizedText;
  readonly variable: LocalizedText;
  readonly weight: number;
  readonly mandatory: boolean;
  readonly score: number;
  readonly maximum: number;
  readonly status?: Verification | undefined;
  readonly evidence?: string | undefined;
  readonly value?: number | undefined;
  readonly basis?: string | undefined;
  readonly placement?: Placement | undefined;
  readonly #spec: Row;
  readonly #levels: readonly Level[];

  constructor(
    spec: Row,
    readonly level: 0 | 1 | 2 | 3,
    readonly counted: boolean,
    answer: NormalizedAnswer | undefined,
    levels: readonly Level[],
    placement: Placement | undefined,
  ) {
    this.row = spec.id;
    this.title = spec.title;
    this.variable = spec.variable;
    this.weight = spec.weight;
    this.mandatory = spec.mandatory;
    this.score = spec.weight * level;
    this.maximum = spec.weight * 3;
    this.status = answer?.status;
    this.evidence = answer?.evidence;
    this.value = answer?.value;
    this.basis = answer?.basis;
    this.placement = placement;
    this.#spec = spec;
    this.#levels = levels;
  }

  get explanation(): LocalizedText {
    const spec = this.#levels.find((l) => l.level === this.level);
    return m['IID.ROW']({
      level: this.level,
      ...(spec ? { text: spec.text } : {}),
      weight: this.weight,
      score: this.score,
      max: this.maximum,
      ...(this.value !== undefined ? { value: this.value } : {}),
      ...(this.#spec.unit !== undefined ? { unit: this.#spec.unit } : {}),
    });
  }

  get next(): RowResult['next'] {
    const spec = this.#levels.find((l) => l.level === this.level + 1);
    if (!spec) return undefined;
    const points = this.weight * (spec.level - this.level);
    return {
      level: spec.level,
      points,
      text: m['IID.ROW.NEXT']({ level: spec.level, text: spec.evidence ?? spec.text, points }),
    };
  }

  /** The plain row with its explanations, for JSON. */
  toJSON(): RowResult {
    const next = this.next;
    return {
      row: this.row,
      title: this.title,
      variable: this.variable,
      weight: this.weight,
      mandatory: this.mandatory,
      level: this.level,
      score: this.score,
      maximum: this.maximum,
      ...(this.status !== undefined ? { status: this.status } : {}),
      ...(this.evidence !== undefined ? { evidence: this.evidence } : {}),
      ...(this.value !== undefined ? { value: this.value } : {}),
      ...(this.basis !== undefined ? { basis: this.basis } : {}),
      ...(this.placement !== undefined ? { placement: this.placement } : {}),
      counted: this.counted,
      explanation: this.explanation,
      ...(next ? { next } : {}),
    };
  }
}

const catalogueIds = new WeakMap<readonly Row[], ReadonlySet<string>>();

function idsOf(catalogue: readonly Row[]): ReadonlySet<string> {
  let ids = catalogueIds.get(catalogue);
  if (!ids) {
    ids = new Set(catalogue.map((r) => r.id));
    catalogueIds.set(catalogue, ids);
  }
  return ids;
}

/** What {@link scoreRows} scores: one catalogue's answers, at a path of the region file. */
interface RowsToScore {
  readonly catalogue: readonly Row[];
  readonly answers: Readonly<Record<string, unknown>>;
  readonly model: IidModel;
  readonly view: IidView;
  /** Where the answers are in the region file (`spd`, `innovations[3].answers`). */
  readonly path: string;
  readonly rule: RuleRef;
  /** The verifier rejected the whole innovation: no row counts as verified. */
  readonly innovationRejected: boolean;
}

/** Scores one catalogue's rows; the findings come back with the score (nothing is mutated). */
const nothingScored = (): Scored => ({
  rows: [],
  claimed: 0,
  verified: 0,
  mandatoryEmpty: 0,
  findings: [],
});

function scoreRows({
  catalogue,
  answers,
  model,
  view,
  path: pathPrefix,
  rule,
  innovationRejected,
}: RowsToScore): Scored {
  const findings: Finding[] = [];
  const policy = known(model.spd?.slots.bandPolicy) ??
    known(model.sid?.slots.bandPolicy) ?? { overlap: 'higher' as const, gap: 'lower' as const };
  const rows: RowResult[] = [];
  let claimed = 0;
  let verified = 0;
  let mandatoryEmpty = 0;
  const ids = idsOf(catalogue);
  for (const key in answers) {
    if (!ids.has(key)) {
      findings.push({
        code: 'IID.ANSWER.UNKNOWN_ROW',
        severity: 'error',
        path: `${pathPrefix}.${key}`,
        message: m['IID.ANSWER.UNKNOWN_ROW']({ row: key, rulebook: model.rulebook.id }),
        rule,
      });
    }
  }
  for (const row of catalogue) {
    const path = `${pathPrefix}.${row.id}`;
    const answer: NormalizedAnswer | undefined = normalizeAnswer(
      answers[row.id] as Parameters<typeof normalizeAnswer>[0],
    );
    const resolved = resolveAnswer(row, answer, policy);
    for (const problem of resolved.problems) {
      findings.push(answerFinding(problem, row, answer, resolved.level, path, rule));
    }
    if (
      answer?.value !== undefined &&
      (resolved.placement === 'overlap' || resolved.placement === 'gap')
    ) {
      findings.push({
        code: 'IID.BAND.POLICY',
        severity: 'info',
        path,
        message: m['IID.BAND.POLICY']({
          row: row.id,
          value: answer.value,
          level: resolved.level,
          placement: resolved.placement,
        }),
        observed: answer.value,
        expected: resolved.levels,
        rule,
      });
    }
    const status = answer?.status;
    const verifiedCounts = status === 'verified' && !innovationRejected;
    const score = row.weight * resolved.level;
    claimed += score;
    if (verifiedCounts) verified += score;
    const counted = view === 'claimed' ? true : verifiedCounts;
    const level = counted ? resolved.level : 0;
    if (row.mandatory && resolved.level === 0) {
      mandatoryEmpty += 1;
      const first = row.levels[0];
      findings.push({
        code: 'IID.MANDATORY.EMPTY',
        severity: 'warning',
        path,
        message: m['IID.MANDATORY.EMPTY']({ row: row.id, title: row.title }),
        rule,
        ...(first ? { fix: m['IID.MANDATORY.EMPTY.FIX']({ row: row.id, text: first.text }) } : {}),
      });
    }
    rows.push(new RowOutcome(row, level, counted, answer, resolved.levels, resolved.placement));
  }
  return { rows, claimed, verified, mandatoryEmpty, findings };
}

function answerFinding(
  problem: ReturnType<typeof resolveAnswer>['problems'][number],
  row: Row,
  answer: NormalizedAnswer | undefined,
  derived: number,
  path: string,
  rule: RuleRef,
): Finding {
  const bases = (row.bases ?? []).map((b) => b.id).join(', ');
  const message =
    problem === 'LEVEL_OUT_OF_RANGE'
      ? m['IID.ANSWER.LEVEL_OUT_OF_RANGE']({ row: row.id, level: answer?.level ?? 0 })
      : problem === 'BASIS_MISSING'
        ? m['IID.ANSWER.BASIS_MISSING']({ row: row.id, bases })
        : problem === 'BASIS_UNKNOWN'
          ? m['IID.ANSWER.BASIS_UNKNOWN']({ row: row.id, basis: answer?.basis ?? '', bases })
          : problem === 'BASIS_NOT_APPLICABLE'
            ? m['IID.ANSWER.BASIS_NOT_APPLICABLE']({ row: row.id })
            : problem === 'VALUE_UNSUPPORTED'
              ? m['IID.ANSWER.VALUE_UNSUPPORTED']({ row: row.id })
              : m['IID.ANSWER.LEVEL_MISMATCH']({
                  row: row.id,
                  given: answer?.level ?? 0,
                  derived,
                });
  return {
    code: `IID.ANSWER.${problem}`,
    severity:
      problem === 'LEVEL_MISMATCH' || problem === 'BASIS_NOT_APPLICABLE' ? 'warning' : 'error',
    path,
    message,
    observed: answer,
    rule,
  };
}

interface Eligibility {
  readonly code: string;
  readonly reason: LocalizedText;
  readonly finding: Finding;
}

function checkEligibility(
  innovation: Innovation,
  index: number,
  model: IidModel,
): Eligibility | undefined {
  const path = `innovations[${index}]`;
  const window = model.window;
  const win = known(window?.slots.window);
  if (window && win) {
    const date = innovation.implementationDate;
    if (date === undefined) {
      const reason = m['IID.WINDOW.DATE_MISSING']({ name: innovation.name });
      return {
        code: 'IID.WINDOW.DATE_MISSING',
        reason,
        finding: {
          code: 'IID.WINDOW.DATE_MISSING',
          severity: 'error',
          path: `${path}.implementationDate`,
          message: reason,
          rule: window.rule,
        },
      };
    }
    const inside = (d: string) => d >= win.from && d <= win.to;
    const developed = innovation.developmentDate;
    const ok = inside(date) || (date < win.from && developed !== undefined && inside(developed));
    if (!ok) {
      const reason = m['IID.WINDOW.OUTSIDE']({ name: innovation.name, date, ...win });
      return {
        code: 'IID.WINDOW.OUTSIDE',
        reason,
        finding: {
          code: 'IID.WINDOW.OUTSIDE',
          severity: 'error',
          path: `${path}.implementationDate`,
          message: reason,
          observed: { implementationDate: date, developmentDate: developed ?? null },
          expected: win,
          rule: window.rule,
          basis: window.slots.window.status === 'known' ? [window.slots.window.basis] : [],
          fix: m['IID.WINDOW.OUTSIDE.FIX'](win),
        },
      };
    }
  }
  const words = model.words;
  const min = known(words?.slots.minimumWords);
  if (words && min !== undefined) {
    const count =
      innovation.rancangBangun !== undefined
        ? countWords(innovation.rancangBangun)
        : innovation.rancangBangunWords;
    if (count === undefined || count < min) {
      const code = count === undefined ? 'IID.RANCANG_BANGUN.MISSING' : 'IID.RANCANG_BANGUN.SHORT';
      const reason =
        count === undefined
          ? m['IID.RANCANG_BANGUN.MISSING']({ name: innovation.name, min })
          : m['IID.RANCANG_BANGUN.SHORT']({ name: innovation.name, words: count, min });
      return {
        code,
        reason,
        finding: {
          code,
          severity: 'error',
          path: `${path}.rancangBangun`,
          message: reason,
          observed: count ?? null,
          expected: { minimumWords: min },
          rule: words.rule,
          fix: m['IID.RANCANG_BANGUN.SHORT.FIX']({ more: min - (count ?? 0) }),
        },
      };
    }
  }
  return undefined;
}

function unknownComponent(reading: Reading<unknown> | undefined, rule?: RuleRef): Component {
  return {
    status: 'unknown',
    missing:
      reading?.status === 'unknown'
        ? reading.missing
        : t('Aturan ini tidak ada di buku aturan.', 'This rule is not in the rulebook.'),
    ...(rule ? { rule } : {}),
  };
}

const firstUnknown = (...readings: (Reading<unknown> | undefined)[]) =>
  readings.find((r) => r?.status === 'unknown');

/**
 * Computes the Indeks Inovasi Daerah of a region.
 *
 * @throws {CoreError} `INPUT_INVALID` for a malformed region file, `RULEBOOK_DOMAIN_MISMATCH`
 *   for a rulebook of another engine.
 *
 * @example
 * ```ts
 * import { builtinRegistry } from '@inovasi/core/registry';
 * import { computeIid } from '@inovasi/core/iid';
 *
 * const result = computeIid(regionFile, builtinRegistry.resolve('iid-2026'));
 * result.iid; // 57.31
 * result.predikat.predikat; // 'inovatif'
 * ```
 */
export function computeIid(
  input: unknown,
  rulebook: ResolvedRulebook,
  options: IidOptions = {},
): IidResult {
  const region = parseRegion(input);
  const date = resolveAsOf(rulebook, iidReferenceDate(rulebook), options);
  const model = readIidModel(rulebook, date.asOf, options.kinds);
  return { ...assessRegion(region, model, options.view ?? 'claimed'), ...date };
}

/** {@link computeIid} that returns errors instead of throwing them. */
export function safeComputeIid(
  input: unknown,
  rulebook: ResolvedRulebook,
  options: IidOptions = {},
): { success: true; result: IidResult } | { success: false; error: CoreError } {
  try {
    return { success: true, result: computeIid(input, rulebook, options) };
  } catch (error) {
    if (error instanceof CoreError) return { success: false, error };
    throw error;
  }
}

/** What {@link assessInnovations} found: each innovation's result and the SID aggregates. */
export interface InnovationsAssessed {
  readonly innovations: readonly InnovationResult[];
  readonly excluded: IidResult['excluded'];
  /** How many innovations count in n. */
  readonly n: number;
  readonly sid: { readonly claimed: number; readonly verified: number };
  readonly covered: {
    readonly claimed: ReadonlySet<string>;
    readonly verified: ReadonlySet<string>;
  };
  /** Consequences the region's assumptions settled, by assumption. */
  readonly applied: { readonly mandatoryEmpty: number; readonly stageNotPenerapan: number };
  /** Consequences no assumption settled: innovations not at penerapan, with an empty mandatory row. */
  readonly unknown: { readonly stages: number; readonly innovationRows: number };
  readonly findings: readonly Finding[];
}

/** The rule findings of the SID and urusan steps cite, also when the rulebook lacks the step. */
function sidRuleOf(model: IidModel): RuleRef {
  return model.sid?.rule ?? { id: 'IID.SID', rulebook: model.rulebook.id };
}

/**
 * Phase 1: the SPD rows of the region scored against the SPD catalogue (nothing when the
 * catalogue is unknown).
 */
export function scoreSpd(region: Region, model: IidModel, view: IidView): Scored {
  const catalogue = known(model.spd?.slots.catalogue);
  if (!catalogue) return nothingScored();
  return scoreRows({
    catalogue,
    answers: region.spd,
    model,
    view,
    path: 'spd',
    rule: model.spd?.rule ?? { id: 'IID.SPD', rulebook: model.rulebook.id },
    innovationRejected: false,
  });
}

/** Phase 2: a warning per eligibility step (window, rancang bangun) whose value is unknown. */
export function eligibilityWarnings(region: Region, model: IidModel): Finding[] {
  const findings: Finding[] = [];
  if (region.innovations.length === 0) return findings;
  const window = model.window?.slots.window;
  if (model.window && window?.status === 'unknown') {
    const message = m['IID.WINDOW.UNKNOWN']({ missing: window.missing });
    findings.push(stepWarning('IID.WINDOW.UNKNOWN', message, model.window.rule));
  }
  const words = model.words?.slots.minimumWords;
  if (model.words && words?.status === 'unknown') {
    const message = m['IID.RANCANG_BANGUN.UNKNOWN']({ missing: words.missing });
    findings.push(stepWarning('IID.RANCANG_BANGUN.UNKNOWN', message, model.words.rule));
  }
  return findings;
}

/**
 * Phase 3: each innovation in turn — urusan typos, duplicates, eligibility (window, rancang
 * bangun), stage, its SID rows in the view, and the unpublished consequences, settled by the
 * region's assumptions where it states them.
 */
export function assessInnovations(
  region: Region,
  model: IidModel,
  view: IidView,
): InnovationsAssessed {
  const findings: Finding[] = [];
  const sidCatalogue = known(model.sid?.slots.catalogue);
  const sidRule = sidRuleOf(model);
  const assumptions = region.assumptions;
  const applied = { mandatoryEmpty: 0, stageNotPenerapan: 0 };
  let unknownStages = 0;
  let unknownInnovationRows = 0;
  const seenIds = new Map<string, number>();
  const seenNames = new Map<string, number>();
  const innovations: InnovationResult[] = [];
  const excluded: IidResult['excluded'][number][] = [];
  let sidClaimed = 0;
  let sidVerified = 0;
  let n = 0;
  const coveredClaimed = new Set<string>();
  const coveredVerified = new Set<string>();
  const sidMax = sidCatalogue ? sidCatalogue.reduce((s, r) => s + r.weight * 3, 0) : null;
  // An urusan that is not one of the rulebook's ids but is close to one is a typo (`sosiall`):
  // an error with the id it most likely means, instead of silently leaving `sosial` uncovered.
  const urusanIds = known(model.count?.slots.urusan)?.urusan.map((u) => u.id) ?? [];
  const urusanRule = model.count?.rule ?? sidRule;
  // Many innovations share an urusan outside the list: look each value up once per region.
  const suggestions = new Map<string, string | undefined>();
  const suggestionFor = (urusan: string): string | undefined => {
    if (!suggestions.has(urusan)) suggestions.set(urusan, closest(urusan, urusanIds));
    return suggestions.get(urusan);
  };
  region.innovations.forEach((innovation, index) => {
    if (urusanIds.length > 0 && !urusanIds.includes(innovation.urusan)) {
      const suggestion = suggestionFor(innovation.urusan);
      if (suggestion !== undefined)
        findings.push({
          code: 'IID.URUSAN.UNKNOWN',
          severity: 'error',
          path: `innovations[${index}].urusan`,
          message: m['IID.URUSAN.UNKNOWN']({ value: innovation.urusan, suggestion }),
          observed: { urusan: innovation.urusan },
          expected: { urusan: suggestion },
          rule: urusanRule,
          fix: m['IID.URUSAN.UNKNOWN.FIX']({ value: innovation.urusan, suggestion }),
        });
    }
    const base = {
      index,
      id: innovation.id,
      name: innovation.name,
      urusan: innovation.urusan,
    };
    const nameKey = innovation.name.trim().toLowerCase();
    const first = seenIds.get(innovation.id) ?? seenNames.get(nameKey);
    // A duplicate is flagged but stays in n as reported: no published rule removes it, and even
    // rejected innovations count in n (GATRA23, iid-and-incentive.md §4.2).
    if (first !== undefined) {
      findings.push({
        code: 'IID.INNOVATION.DUPLICATE',
        severity: 'warning',
        path: `innovations[${index}]`,
        message: m['IID.INNOVATION.DUPLICATE']({ name: innovation.name, first }),
        rule: sidRule,
      });
    } else {
      seenIds.set(innovation.id, index);
      seenNames.set(nameKey, index);
    }
    const exclusion = checkEligibility(innovation, index, model);
    if (exclusion) {
      findings.push(exclusion.finding);
      excluded.push({
        id: innovation.id,
        name: innovation.name,
        code: exclusion.code,
        reason: exclusion.reason,
      });
      const fixable = exclusion.code.startsWith('IID.RANCANG_BANGUN.') && sidCatalogue;
      const potential = fixable
        ? scoreRows({
            catalogue: sidCatalogue,
            answers: innovation.answers,
            model,
            view: 'claimed',
            path: `innovations[${index}].answers`,
            rule: sidRule,
            innovationRejected: false,
          })
        : undefined;
      innovations.push({
        ...base,
        status: 'excluded',
        exclusion: { code: exclusion.code, reason: exclusion.reason },
        score: null,
        maximum: sidMax,
        ...(potential ? { potential: potential.claimed } : {}),
        rows: potential?.rows ?? [],
      });
      return;
    }
    const stageUnknown = innovation.stage !== undefined && innovation.stage !== 'penerapan';
    if (stageUnknown && innovation.stage !== undefined) {
      findings.push({
        code: 'IID.STAGE.NOT_PENERAPAN',
        severity: 'warning',
        path: `innovations[${index}].stage`,
        message: m['IID.STAGE.NOT_PENERAPAN']({ name: innovation.name, stage: innovation.stage }),
        rule: sidRule,
      });
    }
    n += 1;
    const verifierRejected = innovation.verification === 'rejected';
    const scoredAsGiven = sidCatalogue
      ? scoreRows({
          catalogue: sidCatalogue,
          answers: innovation.answers,
          model,
          view,
          path: `innovations[${index}].answers`,
          rule: sidRule,
          innovationRejected: verifierRejected,
        })
      : nothingScored();
    findings.push(...scoredAsGiven.findings);
    // Unpublished consequences: counted as unknown, or settled by the region's labelled assumption
    // (a rejection then scores 0 in both views and the innovation still counts in n).
    let assumedRejected = false;
    if (stageUnknown) {
      if (assumptions?.stageNotPenerapan === undefined) unknownStages += 1;
      else {
        applied.stageNotPenerapan += 1;
        if (assumptions.stageNotPenerapan === 'rejected') assumedRejected = true;
      }
    }
    if (scoredAsGiven.mandatoryEmpty > 0) {
      if (assumptions?.mandatoryEmpty === undefined) unknownInnovationRows += 1;
      else {
        applied.mandatoryEmpty += 1;
        if (assumptions.mandatoryEmpty === 'innovation-rejected') assumedRejected = true;
      }
    }
    const rejected = verifierRejected || assumedRejected;
    const scored =
      assumedRejected && sidCatalogue
        ? scoreRows({
            catalogue: sidCatalogue,
            answers: innovation.answers,
            model,
            view: 'verified',
            path: `innovations[${index}].answers`,
            rule: sidRule,
            innovationRejected: true,
          })
        : scoredAsGiven;
    if (!assumedRejected) coveredClaimed.add(innovation.urusan);
    if (!rejected) coveredVerified.add(innovation.urusan);
    if (!assumedRejected) sidClaimed += scored.claimed;
    sidVerified += scored.verified;
    innovations.push({
      ...base,
      status: assumedRejected || (rejected && view === 'verified') ? 'rejected' : 'assessed',
      score: sidCatalogue
        ? assumedRejected
          ? 0
          : view === 'claimed'
            ? scored.claimed
            : scored.verified
        : null,
      maximum: sidMax,
      rows: scored.rows,
    });
  });
  return {
    innovations,
    excluded,
    n,
    sid: { claimed: sidClaimed, verified: sidVerified },
    covered: { claimed: coveredClaimed, verified: coveredVerified },
    applied,
    unknown: { stages: unknownStages, innovationRows: unknownInnovationRows },
    findings,
  };
}

/** The two views' totals, settled, with the aggregates they come from. */
export interface Views {
  readonly aggregates: Readonly<Record<IidView, Aggregate>>;
  readonly views: { readonly claimed: ViewTotals; readonly verified: ViewTotals };
  readonly findings: readonly Finding[];
}

/**
 * Phase 4: the totals of both views; where an unpublished consequence is left unsettled the IID
 * becomes indeterminate, and each assumption the region applied is reported.
 */
export function totalViews(
  region: Region,
  model: IidModel,
  spd: Scored,
  assessed: InnovationsAssessed,
): Views {
  const findings: Finding[] = [];
  const c = constantsOf(model);
  const assumptions = region.assumptions;
  const { n } = assessed;
  const aggregates: Record<IidView, Aggregate> = {
    claimed: {
      spd: spd.claimed,
      sidSum: assessed.sid.claimed,
      n,
      covered: assessed.covered.claimed,
    },
    verified: {
      spd: spd.verified,
      sidSum: assessed.sid.verified,
      n,
      covered: assessed.covered.verified,
    },
  };
  const viewTotals = (v: IidView): ViewTotals => {
    const totals = totalsOf(aggregates[v], c);
    const iid = iidOf(totals.total, c);
    return { ...totals, iid, predikat: predikatOrMissing(model, iid) };
  };
  const applied = { ...assessed.applied };
  const unknownSpdRows = assumptions?.mandatoryEmpty === undefined ? spd.mandatoryEmpty : 0;
  if (assumptions?.mandatoryEmpty !== undefined) applied.mandatoryEmpty += spd.mandatoryEmpty;
  const settled = settleConsequences(
    { claimed: viewTotals('claimed'), verified: viewTotals('verified') },
    { spdRows: unknownSpdRows, ...assessed.unknown },
    sidRuleOf(model),
  );
  findings.push(...settled.findings);
  for (const key of ['mandatoryEmpty', 'stageNotPenerapan'] as const) {
    const value = assumptions?.[key];
    if (value !== undefined && applied[key] > 0)
      findings.push({
        code: 'IID.ASSUMPTION.APPLIED',
        severity: 'warning',
        path: `assumptions.${key}`,
        message: m['IID.ASSUMPTION.APPLIED']({
          assumption: key,
          value,
          count: applied[key],
          ...(assumptions?.chosenBy !== undefined ? { chosenBy: assumptions.chosenBy } : {}),
        }),
        rule: sidRuleOf(model),
      });
  }
  return { aggregates, views: settled.views, findings };
}

/**
 * Phase 5: the four components of the index explained (score, maximum, rule, basis, formula),
 * or unknown with what is missing; a warning per unknown component and for an unknown predikat.
 */
export function explainComponents(
  model: IidModel,
  current: ViewTotals,
  agg: Aggregate,
): { components: IidResult['components']; findings: Finding[] } {
  const findings: Finding[] = [];
  const c = constantsOf(model);
  const { n } = agg;
  const spdCatalogue = known(model.spd?.slots.catalogue);
  const sidCatalogue = known(model.sid?.slots.catalogue);
  const sidMax = sidCatalogue ? sidCatalogue.reduce((s, r) => s + r.weight * 3, 0) : null;
  const spdMax = spdCatalogue ? spdCatalogue.reduce((s, r) => s + r.weight * 3, 0) : 0;
  const components: IidResult['components'] = {
    spd:
      current.spd !== null && model.spd?.slots.catalogue.status === 'known'
        ? {
            status: 'known',
            score: current.spd,
            maximum: spdMax,
            rule: model.spd.rule,
            basis: [model.spd.slots.catalogue.basis],
            explanation: t(
              `Jumlah bobot × tingkat atas ${spdCatalogue?.length ?? 0} baris SPD.`,
              `Sum of weight × level over ${spdCatalogue?.length ?? 0} SPD rows.`,
            ),
          }
        : unknownComponent(model.spd?.slots.catalogue, model.spd?.rule),
    sidAverage:
      current.sidAverage !== null && model.sid && sidMax !== null
        ? {
            status: 'known',
            score: current.sidAverage,
            maximum: sidMax,
            rule: model.sid.rule,
            basis: [model.sid.slots.catalogue, model.sid.slots.divisorMinimum].flatMap((r) =>
              r.status === 'known' ? [r.basis] : [],
            ),
            explanation: t(
              `Σ skor SID ${formatScore(agg.sidSum, 'id')} / MAX(${c.divisorMinimum ?? '?'}, ${n}) = ${formatScore(current.sidAverage, 'id')}.`,
              `Σ SID scores ${formatScore(agg.sidSum, 'en')} / MAX(${c.divisorMinimum ?? '?'}, ${n}) = ${formatScore(current.sidAverage, 'en')}.`,
            ),
          }
        : unknownComponent(
            firstUnknown(model.sid?.slots.catalogue, model.sid?.slots.divisorMinimum),
            model.sid?.rule,
          ),
    count:
      current.count !== null && model.count && c.countScore && c.urusan
        ? {
            status: 'known',
            score: current.count,
            maximum: c.countScore.cap * c.countScore.perInnovation,
            rule: model.count.rule,
            basis: [model.count.slots.countScore, model.count.slots.urusan].flatMap((r) =>
              r.status === 'known' ? [r.basis] : [],
            ),
            explanation: t(
              `MIN(${n}, ${c.countScore.cap}) × ${formatScore(c.countScore.perInnovation, 'id')} bila ≥ ${c.urusan.required} urusan wajib pelayanan dasar tercakup, selain itu 0.`,
              `MIN(${n}, ${c.countScore.cap}) × ${formatScore(c.countScore.perInnovation, 'en')} when ≥ ${c.urusan.required} mandatory basic-service urusan are covered, otherwise 0.`,
            ),
          }
        : unknownComponent(
            firstUnknown(model.count?.slots.countScore, model.count?.slots.urusan),
            model.count?.rule,
          ),
    maximumTotal:
      c.maximumTotal !== undefined && model.index?.slots.maximumTotal.status === 'known'
        ? {
            status: 'known',
            score: c.maximumTotal,
            maximum: c.maximumTotal,
            rule: model.index.rule,
            basis: [model.index.slots.maximumTotal.basis],
            explanation: t(
              `IID = (SPD + SID) / ${formatScore(c.maximumTotal, 'id')} × 100.`,
              `IID = (SPD + SID) / ${formatScore(c.maximumTotal, 'en')} × 100.`,
            ),
          }
        : unknownComponent(model.index?.slots.maximumTotal, model.index?.rule),
  };
  for (const [key, component] of Object.entries(components)) {
    if (component.status === 'unknown') {
      findings.push({
        code: 'IID.COMPONENT.UNKNOWN',
        severity: 'warning',
        path: key,
        message: m['IID.COMPONENT.UNKNOWN']({
          what: COMPONENT_TEXT[key as keyof typeof COMPONENT_TEXT],
          missing: component.missing,
        }),
        rule: component.rule ?? { id: 'IID.INDEX', rulebook: model.rulebook.id },
      });
    }
  }
  if (current.predikat.status === 'indeterminate' && current.iid !== null) {
    findings.push({
      code: 'IID.PREDIKAT.UNKNOWN',
      severity: 'warning',
      message: m['IID.PREDIKAT.UNKNOWN']({
        candidates: current.predikat.candidates.join(', '),
        missing: current.predikat.missing,
      }),
      rule: current.predikat.rule ?? { id: 'IID.PREDIKAT', rulebook: model.rulebook.id },
    });
  }

  return { components, findings };
}

/** What {@link checkCoverage} found: the urusan covered and the divisor with its empty seats. */
export interface Coverage {
  readonly urusan: IidResult['urusan'];
  readonly divisor: IidResult['divisor'];
  readonly findings: readonly Finding[];
}

/** Phase 6: the mandatory basic-service urusan covered, and the divisor's empty seats. */
export function checkCoverage(model: IidModel, agg: Aggregate): Coverage {
  const findings: Finding[] = [];
  const c = constantsOf(model);
  const { n } = agg;
  const urusanValue = known(model.count?.slots.urusan);
  const missingUrusan = urusanValue ? urusanValue.urusan.filter((u) => !agg.covered.has(u.id)) : [];
  const coveredCount = urusanValue ? urusanValue.urusan.length - missingUrusan.length : 0;
  const met = urusanValue ? coveredCount >= urusanValue.required : null;
  if (urusanValue && met === false && model.count) {
    findings.push({
      code: 'IID.URUSAN.NOT_COVERED',
      severity: 'warning',
      path: 'innovations',
      message: m['IID.URUSAN.NOT_COVERED']({
        covered: coveredCount,
        required: urusanValue.required,
        missing: missingUrusan.map((u) => u.id).join(', '),
      }),
      observed: { covered: coveredCount },
      expected: { required: urusanValue.required },
      rule: model.count.rule,
      fix: m['IID.URUSAN.NOT_COVERED.FIX']({ needed: urusanValue.required - coveredCount }),
    });
  }
  const divisor = c.divisorMinimum !== undefined ? Math.max(c.divisorMinimum, n) : null;
  const emptySeats = c.divisorMinimum !== undefined ? Math.max(0, c.divisorMinimum - n) : null;
  if (emptySeats !== null && emptySeats > 0 && c.divisorMinimum !== undefined) {
    findings.push({
      code: 'IID.EMPTY_SEATS',
      severity: 'info',
      path: 'innovations',
      message: m['IID.EMPTY_SEATS']({ n, divisor: c.divisorMinimum }),
      observed: { n },
      expected: { divisorMinimum: c.divisorMinimum },
      rule: sidRuleOf(model),
    });
  }
  return {
    urusan: {
      required: urusanValue?.required ?? null,
      covered: urusanValue
        ? urusanValue.urusan.filter((u) => agg.covered.has(u.id)).map((u) => u.id)
        : [],
      missing: missingUrusan,
      met,
    },
    divisor: { n, minimum: c.divisorMinimum ?? null, divisor, emptySeats },
    findings,
  };
}

/**
 * Computes the IID of a parsed region in a model, as named phases: {@link scoreSpd} →
 * {@link eligibilityWarnings} → {@link assessInnovations} → {@link totalViews} →
 * {@link explainComponents} → {@link checkCoverage}, then the custom kinds' region checks.
 *
 * @example
 * ```ts
 * const model = readIidModel(rulebook, '2026-06-01');
 * const results = regions.map((r) => assessIidRegion(parseIidRegion(r), model, 'claimed'));
 * ```
 */
export function assessRegion(region: Region, model: IidModel, view: IidView): IidResult {
  const spd = scoreSpd(region, model, view);
  const warnings = eligibilityWarnings(region, model);
  const assessed = assessInnovations(region, model, view);
  const totals = totalViews(region, model, spd, assessed);
  const current = totals.views[view];
  const agg = totals.aggregates[view];
  const explained = explainComponents(model, current, agg);
  const coverage = checkCoverage(model, agg);
  const findings = [
    ...model.findings,
    ...spd.findings,
    ...warnings,
    ...assessed.findings,
    ...totals.findings,
    ...explained.findings,
    ...coverage.findings,
    ...model.regionChecks.flatMap((check) => check(region)),
  ];
  return {
    kind: 'iid',
    rulebook: {
      id: model.rulebook.id,
      title: model.rulebook.title,
      chain: model.rulebook.chain,
      status: model.rulebook.status,
      ...(model.rulebook.statusNote ? { statusNote: model.rulebook.statusNote } : {}),
    },
    region: region.region,
    view,
    status:
      current.iid !== null && current.predikat.status === 'known' ? 'determinate' : 'indeterminate',
    iid: current.iid,
    predikat: current.predikat,
    components: explained.components,
    divisor: coverage.divisor,
    urusan: coverage.urusan,
    spdRows: spd.rows,
    innovations: assessed.innovations,
    excluded: assessed.excluded,
    views: totals.views,
    findings: sortFindings(findings),
    ...iidEnvelope(current.predikat, explained.components, model.asOf),
  };
}

/**
 * Where a consequence is not published (an empty mandatory row, an innovation not yet at the
 * penerapan stage) and no assumption settles it, the IID is indeterminate: every such consequence
 * is a penalty (most likely a rejection), so the candidates are the band of the score as answered
 * and every band below it. A total of 0 stays 0 whatever the consequence.
 */
function settleConsequences(
  views: { claimed: ViewTotals; verified: ViewTotals },
  unknown: { spdRows: number; innovationRows: number; stages: number },
  rule: RuleRef,
): { views: { claimed: ViewTotals; verified: ViewTotals }; findings: Finding[] } {
  const findings: Finding[] = [];
  const what: string[] = [];
  if (unknown.spdRows > 0) what.push(`${unknown.spdRows} empty mandatory SPD row(s)`);
  if (unknown.innovationRows > 0)
    what.push(`${unknown.innovationRows} innovation(s) with an empty mandatory row`);
  if (unknown.stages > 0)
    what.push(`${unknown.stages} innovation(s) at the inisiatif/uji coba stage`);
  if (what.length === 0) return { views, findings };
  const whatId = [
    ...(unknown.spdRows > 0 ? [`${unknown.spdRows} baris SPD wajib yang kosong`] : []),
    ...(unknown.innovationRows > 0
      ? [`${unknown.innovationRows} inovasi dengan baris wajib kosong`]
      : []),
    ...(unknown.stages > 0 ? [`${unknown.stages} inovasi pada tahap inisiatif/uji coba`] : []),
  ];
  const settle = (v: ViewTotals): ViewTotals => {
    if (v.iid === null || v.total === 0 || v.predikat.status !== 'known') return v;
    const text = m['IID.CONSEQUENCE.UNKNOWN']({ what, asGiven: v.iid });
    const textId = m['IID.CONSEQUENCE.UNKNOWN']({ what: whatId, asGiven: v.iid });
    const missing = { id: textId.id, en: text.en };
    const from = PREDIKATS.indexOf(v.predikat.predikat);
    return {
      ...v,
      iid: null,
      predikat: {
        status: 'indeterminate',
        predikat: null,
        candidates: PREDIKATS.slice(from),
        text: t(
          'Tidak dapat ditentukan: akibat yang tidak diterbitkan',
          'Indeterminate: an unpublished consequence',
        ),
        score: null,
        missing,
        ...(v.predikat.rule ? { rule: v.predikat.rule } : {}),
      },
    };
  };
  const settled = { claimed: settle(views.claimed), verified: settle(views.verified) };
  const changed = [settled.claimed, settled.verified].find(
    (v, i) => v !== (i === 0 ? views.claimed : views.verified),
  );
  if (changed?.predikat.status === 'indeterminate')
    findings.push({
      code: 'IID.CONSEQUENCE.UNKNOWN',
      severity: 'warning',
      message: changed.predikat.missing,
      rule,
      fix: m['IID.CONSEQUENCE.UNKNOWN.FIX'](),
    });
  return { views: settled, findings };
}

function stepWarning(code: string, message: LocalizedText, rule: RuleRef): Finding {
  return { code, severity: 'warning', message, rule };
}

const COMPONENT_TEXT = {
  spd: t('Skor SPD', 'The SPD score'),
  sidAverage: t('Rata-rata skor SID', 'The SID average'),
  count: t('Skor jumlah inovasi', 'The innovation-count score'),
  maximumTotal: t('Skor total maksimum', 'The maximum total'),
};

/** The predikat of an IID, or indeterminate with what is missing when the IID is unknown. */
function predikatOrMissing(model: IidModel, iid: number | null): PredikatResult {
  if (iid !== null) return predikatInModel(model, iid);
  return {
    status: 'indeterminate',
    predikat: null,
    candidates: ['sangat-inovatif', 'inovatif', 'kurang-inovatif', 'tidak-dapat-dinilai'],
    text: t(
      'Tidak dapat ditentukan: IID tidak dapat dihitung',
      'Indeterminate: the IID cannot be computed',
    ),
    score: null,
    missing: t(
      'Satu atau lebih komponen indeks tidak diketahui untuk edisi ini (lihat komponen).',
      'One or more components of the index are not known for this edition (see the components).',
    ),
    ...(model.predikat ? { rule: model.predikat.rule } : {}),
  };
}
