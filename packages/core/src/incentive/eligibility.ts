/**
 * Eligibility of one region under one incentive edition: every gate (kriteria utama) explained,
 * the cluster it falls in and why, the pots it could share, the tranche-II conditions when its
 * submissions are given, and a tri-state status that lists exactly what is missing when the
 * answer is indeterminate.
 *
 * @module
 */
import type * as z from 'zod/mini';
import {
  resolveAsOf,
  type AsOfChoice,
  type AsOfReason,
  type ReferenceDate,
} from '../contract/as-of.js';
import type { EngineOutcome, Unknown } from '../contract/types.js';
import {
  createEvaluation,
  createRuleKindRegistry,
  ruleRef,
  type Evaluation,
  type ParameterReading,
  type ResolvedRule,
  type ResolvedRulebook,
  type UnknownReading,
} from '../rulebook/index.js';
import { IsoDateSchema } from '../shared/dates.js';
import { CoreError, inputIssue, issuesFromZod } from '../shared/errors.js';
import { sortFindings, type Basis, type Finding, type RuleRef } from '../shared/finding.js';
import type { LocalizedText } from '../shared/i18n.js';
import { incentiveMessages as m } from './messages.js';
import { incentiveRuleKinds } from './kinds.js';
import {
  ClusterSchemeSchema,
  NormalisationSchema,
  PotListSchema,
  RegionSchema,
  TrancheConditionsSchema,
  type Cluster,
  type Pot,
  type Region,
  type RegionLevel,
} from './schema.js';
import { isKeptAnswer } from './answers.js';
import { improvementValue, type Normalised } from './normalise.js';
import { parseRegionFast } from './parse-region.js';
import { checkTranche, type TrancheResult } from './tranche.js';
import {
  type CompiledGate,
  type GateEvaluation,
  type GateOutcome,
  type IncentiveRuleKind,
  type IncentiveRuleOutcome,
} from './types.js';

/** `eligible`, `not-eligible`, or `indeterminate` (data or a rule is missing). */
export type EligibilityStatus = 'eligible' | 'not-eligible' | 'indeterminate';

/** Which cluster a region falls in. */
export type ClusterResult =
  | {
      readonly status: 'assigned';
      readonly cluster: string;
      readonly title: LocalizedText;
      readonly share: number | null;
      readonly explanation: LocalizedText;
      /** The next better cluster and the gates still to pass for it. */
      readonly upgrade?: {
        readonly cluster: string;
        readonly rules: readonly string[];
        readonly fix: LocalizedText;
      };
    }
  | {
      readonly status: 'undecided';
      readonly candidates: readonly string[];
      /** A cluster the region certainly reaches (the last candidate), when there is one. */
      readonly atLeast?: string;
      readonly explanation: LocalizedText;
    }
  | { readonly status: 'none'; readonly explanation: LocalizedText }
  | {
      readonly status: 'unknown';
      readonly explanation: LocalizedText;
      readonly rule: RuleRef;
      readonly basis?: Basis;
    };

/** A pot the region could share (before the national ranking and split). */
export interface PotSummary {
  readonly id: string;
  readonly title: LocalizedText;
  readonly track: Pot['track'];
  readonly period?: string;
  readonly amount: number | null;
  /** The region's value for the score this pot is split by, when it gave one. */
  readonly score?: number;
  readonly unknown: readonly LocalizedText[];
}

/** Options of an eligibility check. */
export interface IncentiveOptions {
  /**
   * The date the rules are read at (`YYYY-MM-DD`). Left out: today when `today` lies inside the
   * edition's year, else the edition's last day (the core's date policy).
   */
  readonly asOf?: string;
  /** Today's date, from the adapter's clock; used only when `asOf` is left out. */
  readonly today?: string;
  /** Extra rule kinds for custom rulebooks. */
  readonly kinds?: readonly IncentiveRuleKind[];
}

/** The eligibility of one region under one edition. */
export interface EligibilityResult {
  readonly kind: 'incentive-eligibility';
  readonly rulebook: {
    readonly id: string;
    readonly title: LocalizedText;
    readonly chain: readonly string[];
  };
  readonly asOf: string;
  /** Where `asOf` came from (the core's date policy). */
  readonly asOfReason: AsOfReason;
  readonly asOfText: LocalizedText;
  readonly region: { readonly id: string; readonly name?: string; readonly level: RegionLevel };
  readonly status: EligibilityStatus;
  readonly statusText: LocalizedText;
  /** The contract's outcome: `positive` (eligible), `negative`, `indeterminate`. */
  readonly outcome: EngineOutcome;
  readonly grade: number;
  /** What could not be decided (the same as `missing`). */
  readonly unknowns: readonly Unknown[];
  /** Every gate, in rulebook order, explained, with the smallest change that would pass. */
  readonly gates: readonly IncentiveRuleOutcome[];
  readonly cluster?: ClusterResult;
  readonly pots: readonly PotSummary[];
  readonly tranche?: TrancheResult;
  /**
   * PMK 91/2024 improvement value (standar nilai peningkatan) of each indicator the region gave,
   * when the edition uses that formula. The min-max value needs every region: see the allocation.
   */
  readonly improvement?: Readonly<Record<string, Normalised>>;
  /** For `indeterminate`: exactly which data or rule is missing. */
  readonly missing: readonly { readonly rule: string; readonly what: LocalizedText }[];
  /**
   * For a region that is not (yet) eligible: the changes that would qualify it, one per gate that
   * fails (or, when the answer is indeterminate, the data to fill in). Empty when eligible.
   */
  readonly toQualify: readonly { readonly rule: string; readonly fix: LocalizedText }[];
  readonly findings: readonly Finding[];
  readonly summary: { readonly errors: number; readonly warnings: number; readonly infos: number };
}

/**
 * Parses a region at the boundary.
 *
 * @throws {CoreError} `INPUT_INVALID` with every field problem.
 *
 * @example
 * ```ts
 * parseRegion({ id: '33.74', level: 'kota', apbdOnTime: true }).level; // 'kota'
 * parseRegion({ id: '33.74', level: 'desa' }); // throws CoreError INPUT_INVALID (level)
 * ```
 */
export function parseRegion(input: unknown): Region {
  const fast = parseRegionFast(input);
  if (fast !== undefined) return fast;
  const parsed = RegionSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    throw new CoreError(
      'INPUT_INVALID',
      'The region does not match the region-performance format. Fix the fields listed and try again.',
      issuesFromZod(parsed.error.issues),
    );
  }
  return parsed.data;
}

/**
 * Refuses rulebooks of other engines, cancelled editions and bad dates.
 *
 * @example
 * ```ts
 * assertIncentiveRulebook(builtinRegistry.resolve('kipp-2018'), '2018-01-01'); // throws RULEBOOK_DOMAIN_MISMATCH
 * ```
 */
export function assertIncentiveRulebook(rulebook: ResolvedRulebook, asOf?: string): void {
  if (rulebook.domain !== 'incentive') {
    throw new CoreError(
      'RULEBOOK_DOMAIN_MISMATCH',
      `Rulebook ${rulebook.id} is for ${rulebook.domain}, not for the fiscal incentive. Choose a did-… or insentif-fiskal-… rulebook.`,
    );
  }
  if (rulebook.status === 'cancelled') {
    throw new CoreError(
      'NO_EDITION',
      rulebook.statusNote?.en ?? `The ${rulebook.id} edition did not take place.`,
    );
  }
  if (asOf !== undefined && !IsoDateSchema.safeParse(asOf).success) {
    throw new CoreError('INPUT_INVALID', 'The options are not valid.', [
      inputIssue('asOf', 'INPUT.DATE', { got: asOf }),
    ]);
  }
}

/**
 * The reference date of an incentive edition: its last day (the fiscal year it allocates).
 *
 * @example
 * ```ts
 * incentiveReferenceDate(builtinRegistry.resolve('did-2017')).date; // '2017-12-31'
 * ```
 */
export function incentiveReferenceDate(rulebook: ResolvedRulebook): ReferenceDate {
  const end = rulebook.effective.to;
  return end !== undefined
    ? { date: end, reason: 'edition-end' }
    : { date: rulebook.effective.from, reason: 'edition-start' };
}

/**
 * The evaluation date for an edition under the core's date policy: today inside the edition's
 * year, else its last day. {@link incentiveAsOf} also says why the date was chosen.
 *
 * @example
 * ```ts
 * defaultIncentiveAsOf(builtinRegistry.resolve('insentif-fiskal-2024'), '2026-11-29'); // '2024-12-31'
 * ```
 */
export function defaultIncentiveAsOf(rulebook: ResolvedRulebook, today: string): string {
  return resolveAsOf(rulebook, incentiveReferenceDate(rulebook), { today }).asOf;
}

/**
 * Picks the date for an incentive run (the core's policy) after checking the rulebook.
 *
 * @throws {CoreError} `INPUT_INVALID`, `RULEBOOK_DOMAIN_MISMATCH`, `NO_EDITION`.
 */
export function incentiveAsOf(rulebook: ResolvedRulebook, options: IncentiveOptions): AsOfChoice {
  assertIncentiveRulebook(rulebook, options.asOf);
  return resolveAsOf(rulebook, incentiveReferenceDate(rulebook), options);
}

/**
 * The same evaluation, reading each rule's slot once: every region reads the same parameters, so
 * a national run parses each parameter once instead of once per region.
 */
export function memoizeReads(evaluation: Evaluation): Evaluation {
  const cache = new Map<string, ParameterReading<unknown>>();
  return {
    rulebook: evaluation.rulebook,
    asOf: evaluation.asOf,
    get findings() {
      return evaluation.findings;
    },
    read<S extends z.ZodMiniType>(
      rule: ResolvedRule,
      slot: string,
      schema: S,
    ): ParameterReading<z.infer<S>> {
      const key = `${rule.id}\u0000${slot}`;
      let reading = cache.get(key);
      if (reading === undefined) {
        reading = evaluation.read(rule, slot, schema);
        cache.set(key, reading);
      }
      return reading as ParameterReading<z.infer<S>>;
    },
  };
}

/**
 * Reads every slot of every rule once, so the stale-rule warning is known at compile time and is
 * the same for every region.
 */
function readEverySlot(
  evaluation: Evaluation,
  rulebook: ResolvedRulebook,
  extra: readonly IncentiveRuleKind[] = [],
): void {
  const kinds = createRuleKindRegistry('incentive', incentiveRuleKinds, extra);
  for (const rule of rulebook.rules) {
    const kind = kinds.get(rule.kind);
    if (!kind) continue;
    for (const [slot, spec] of Object.entries(kind.slots))
      if (rule.parameters[slot] !== undefined) evaluation.read(rule, slot, spec.schema);
  }
}

/** The rules of a rulebook by role, with their kinds. */
export interface IncentiveScheme {
  readonly gates: readonly { rule: ResolvedRule; kind: IncentiveRuleKind }[];
  readonly clusters?: ResolvedRule;
  readonly pots?: ResolvedRule;
  readonly tranche?: ResolvedRule;
  readonly normalisation?: ResolvedRule;
}

/**
 * Sorts a rulebook's rules by role: gates, and the clusters, pots, tranche and normalisation
 * rules.
 *
 * @example
 * ```ts
 * incentiveScheme(builtinRegistry.resolve('did-2022')).gates.length; // 6
 * ```
 */
export function incentiveScheme(
  rulebook: ResolvedRulebook,
  extra: readonly IncentiveRuleKind[] = [],
): IncentiveScheme {
  const kinds = createRuleKindRegistry('incentive', incentiveRuleKinds, extra);
  const gates: { rule: ResolvedRule; kind: IncentiveRuleKind }[] = [];
  const parts: Partial<Record<'clusters' | 'pots' | 'tranche' | 'normalisation', ResolvedRule>> =
    {};
  for (const rule of rulebook.rules) {
    const kind = kinds.kindOf(rule, rulebook.id);
    if (kind.role === 'gate') gates.push({ rule, kind });
    else if (parts[kind.role] === undefined) parts[kind.role] = rule;
    else
      throw new CoreError(
        'RULEBOOK_INVALID',
        `Rulebook ${rulebook.id} has two ${kind.role} rules (${parts[kind.role]?.id}, ${rule.id}); keep one.`,
      );
  }
  return { gates, ...parts };
}

/**
 * A scheme compiled for one evaluation: each gate's per-region check, and the clusters read once.
 * {@link assessRegion} makes one when it is not given; a checker makes it once for every region.
 */
export interface SchemePlan {
  readonly gates: readonly { readonly id: string; readonly check: CompiledGate }[];
  readonly clusters?:
    | {
        readonly status: 'known';
        readonly clusters: readonly Cluster[];
        /** Every gate that belongs to a cluster. */
        readonly gates: ReadonlySet<string>;
        /** The gates of the least demanding cluster (the last one). */
        readonly last: readonly string[];
      }
    | {
        readonly status: 'unknown';
        readonly result: ClusterResult;
        readonly missing: { readonly rule: string; readonly what: LocalizedText };
        readonly finding: Finding;
      };
}

/**
 * Compiles a scheme for an evaluation: reads every gate's requirement and the clusters once.
 *
 * @example
 * ```ts
 * const plan = planScheme(scheme, evaluation);
 * regions.map((region) => assessRegion(region, scheme, evaluation, plan));
 * ```
 */
export function planScheme(scheme: IncentiveScheme, evaluation: Evaluation): SchemePlan {
  const gates: { id: string; check: CompiledGate }[] = [];
  for (const { rule, kind } of scheme.gates) {
    const check = kind.compile({ evaluation, rule });
    if (check) gates.push({ id: rule.id, check });
  }
  if (!scheme.clusters) return { gates };
  const reading = evaluation.read(scheme.clusters, 'clusters', ClusterSchemeSchema);
  if (reading.status === 'known') {
    const { clusters } = reading.value;
    return {
      gates,
      clusters: {
        status: 'known',
        clusters,
        gates: new Set(clusters.flatMap((c) => c.gates)),
        last: clusters.at(-1)?.gates ?? [],
      },
    };
  }
  const explanation = m['INCENTIVE.RULE.UNKNOWN']({
    rule: scheme.clusters.id,
    missing: reading.missing,
  });
  return {
    gates,
    clusters: {
      status: 'unknown',
      result: {
        status: 'unknown',
        explanation,
        rule: ruleRef(scheme.clusters),
        ...(reading.basis ? { basis: reading.basis } : {}),
      },
      missing: { rule: scheme.clusters.id, what: explanation },
      finding: {
        code: 'INCENTIVE.RULE.UNKNOWN',
        severity: 'warning',
        message: explanation,
        rule: ruleRef(scheme.clusters),
        ...(reading.basis ? { basis: [reading.basis] } : {}),
      },
    },
  };
}

const NO_GATES: ReadonlySet<string> = new Set();

/** What the engine knows about one region after the gates and clusters. */
export interface RegionAssessment {
  readonly status: EligibilityStatus;
  readonly gates: readonly IncentiveRuleOutcome[];
  readonly cluster?: ClusterResult;
  readonly missing: readonly { readonly rule: string; readonly what: LocalizedText }[];
  readonly findings: readonly Finding[];
}

function clusterGateStatus(
  cluster: Cluster,
  outcomes: ReadonlyMap<string, GateOutcome>,
  rulebook: string,
): GateOutcome {
  let status: GateOutcome = 'pass';
  for (const gate of cluster.gates) {
    const outcome = outcomes.get(gate);
    if (outcome === undefined) throw unknownClusterGate(cluster, gate, rulebook);
    if (outcome === 'fail') return 'fail';
    if (outcome === 'indeterminate') status = 'indeterminate';
  }
  return status;
}

function unknownClusterGate(cluster: Cluster, gate: string, rulebook: string): CoreError {
  return new CoreError(
    'RULEBOOK_INVALID',
    `Cluster ${cluster.id} of ${rulebook} names gate ${gate}, which is not a gate rule of the rulebook.`,
  );
}

function assignCluster(
  clusters: readonly Cluster[],
  outcomes: ReadonlyMap<string, GateOutcome>,
  rulebook: string,
): ClusterResult {
  const candidates: Cluster[] = [];
  let assigned: Cluster | undefined;
  for (const cluster of clusters) {
    const status = clusterGateStatus(cluster, outcomes, rulebook);
    if (status === 'fail') continue;
    candidates.push(cluster);
    if (status === 'pass') {
      assigned = cluster;
      break;
    }
  }
  if (candidates.length === 0)
    return { status: 'none', explanation: m['INCENTIVE.CLUSTER.NONE']() };
  if (!assigned || candidates.length > 1) {
    const ids = candidates.map((c) => c.id);
    return {
      status: 'undecided',
      candidates: ids,
      ...(assigned ? { atLeast: assigned.id } : {}),
      explanation: m['INCENTIVE.CLUSTER.UNDECIDED']({ candidates: ids }),
    };
  }
  const index = clusters.indexOf(assigned);
  const better = index > 0 ? clusters[index - 1] : undefined;
  const upgradeRules = better ? better.gates.filter((g) => outcomes.get(g) !== 'pass') : [];
  return {
    status: 'assigned',
    cluster: assigned.id,
    title: assigned.title,
    share: assigned.share,
    explanation: m['INCENTIVE.CLUSTER.ASSIGNED']({ cluster: assigned.id, title: assigned.title }),
    ...(better && upgradeRules.length > 0
      ? {
          upgrade: {
            cluster: better.id,
            rules: upgradeRules,
            fix: m['INCENTIVE.CLUSTER.UPGRADE.FIX']({ cluster: better.id, rules: upgradeRules }),
          },
        }
      : {}),
  };
}

/**
 * A {@link SchemePlan} laid out for the per-region loop: each cluster's gates as positions in
 * the gate list (no map of outcomes per region), and the cluster answers already explained.
 */
interface GateLayout {
  readonly rulebook: string;
  readonly checks: readonly CompiledGate[];
  readonly ids: readonly string[];
  readonly clusters?: {
    readonly list: readonly Cluster[];
    /** Per cluster, the position of each of its gates in `checks` (-1: not a gate rule). */
    readonly positions: readonly (readonly number[])[];
    readonly gates: ReadonlySet<string>;
    /** Cluster answers by the pattern that decides them (a handful per edition). */
    readonly answers: Map<string, ClusterResult>;
  };
  /** Per-region scratch: the answer and the outcome of each gate (the check is synchronous). */
  readonly answers: GateEvaluation[];
  readonly outcomes: GateOutcome[];
}

const layouts = new WeakMap<SchemePlan, GateLayout>();

function layoutOf(plan: SchemePlan, rulebook: string): GateLayout {
  let layout = layouts.get(plan);
  if (layout?.rulebook !== rulebook) {
    const ids = plan.gates.map((g) => g.id);
    const known = plan.clusters?.status === 'known' ? plan.clusters : undefined;
    layout = {
      rulebook,
      checks: plan.gates.map((g) => g.check),
      ids,
      ...(known
        ? {
            clusters: {
              list: known.clusters,
              // the last gate with an id wins, as it would in a map of outcomes by id
              positions: known.clusters.map((c) => c.gates.map((g) => ids.lastIndexOf(g))),
              gates: known.gates,
              answers: new Map(),
            },
          }
        : {}),
      answers: [],
      outcomes: [],
    };
    layouts.set(plan, layout);
  }
  return layout;
}

/** A cluster answer is explained once per pattern; the bound only stops odd plug-ins growing it. */
const MAX_CLUSTER_ANSWERS = 256;

/**
 * {@link assignCluster} over gate positions: the candidates, the assigned cluster and the gates
 * still to pass for the next better one decide the answer, so it is explained once per such
 * pattern and shared by the regions that have it.
 */
function assignClusterAt(
  clusters: NonNullable<GateLayout['clusters']>,
  outcomes: readonly GateOutcome[],
  layout: GateLayout,
): ClusterResult {
  const { list, positions } = clusters;
  let key = '';
  let assigned = -1;
  let candidates = 0;
  for (let c = 0; c < list.length; c += 1) {
    const at = positions[c] ?? [];
    let status: GateOutcome = 'pass';
    for (let k = 0; k < at.length; k += 1) {
      const position = at[k] ?? -1;
      const cluster = list[c];
      if (position < 0 && cluster)
        throw unknownClusterGate(cluster, cluster.gates[k] ?? '', layout.rulebook);
      const outcome = outcomes[position];
      if (outcome === 'fail') {
        status = 'fail';
        break;
      }
      if (outcome === 'indeterminate') status = 'indeterminate';
    }
    if (status === 'fail') continue;
    candidates += 1;
    key += `${c},`;
    if (status === 'pass') {
      assigned = c;
      break;
    }
  }
  key += `>${assigned}`;
  if (assigned > 0 && candidates === 1) {
    for (const position of positions[assigned - 1] ?? [])
      if (outcomes[position] !== 'pass') key += ` ${position}`;
  }
  let answer = clusters.answers.get(key);
  if (answer === undefined) {
    const byId = new Map<string, GateOutcome>();
    layout.ids.forEach((id, i) => {
      const outcome = outcomes[i];
      if (outcome !== undefined) byId.set(id, outcome);
    });
    answer = assignCluster(list, byId, layout.rulebook);
    if (clusters.answers.size >= MAX_CLUSTER_ANSWERS) clusters.answers.clear();
    clusters.answers.set(key, answer);
  }
  return answer;
}

/** Every gate's answer for a region, in gate order (the layout's scratch array, reused). */
function runGates(region: Region, layout: GateLayout): readonly GateEvaluation[] {
  const { checks, answers } = layout;
  let i = 0;
  for (const check of checks) {
    answers[i] = check(region);
    i += 1;
  }
  return answers;
}

/** What the gates' answers decide: status, cluster, what is missing, the findings. */
function judge(
  answers: readonly GateEvaluation[],
  plan: SchemePlan,
  layout: GateLayout,
): {
  status: EligibilityStatus;
  gates: IncentiveRuleOutcome[];
  cluster?: ClusterResult;
  missing: { rule: string; what: LocalizedText }[];
  findings: Finding[];
} {
  const { outcomes } = layout;
  const gates: IncentiveRuleOutcome[] = [];
  const findings: Finding[] = [];
  const missing: { rule: string; what: LocalizedText }[] = [];
  let i = 0;
  for (const evaluated of answers) {
    const outcome = evaluated.outcome;
    gates.push(outcome);
    for (const finding of evaluated.findings) findings.push(finding);
    outcomes[i] = outcome.outcome;
    i += 1;
    if (outcome.outcome === 'indeterminate')
      missing.push({ rule: outcome.rule.id, what: outcome.explanation });
  }

  let cluster: ClusterResult | undefined;
  let clusterGates = NO_GATES;
  if (layout.clusters !== undefined) {
    clusterGates = layout.clusters.gates;
    cluster = assignClusterAt(layout.clusters, outcomes, layout);
  } else if (plan.clusters?.status === 'unknown') {
    cluster = plan.clusters.result;
    missing.push(plan.clusters.missing);
    findings.push(plan.clusters.finding);
  }

  // Gates outside every cluster apply to all regions.
  let globalStatus: GateOutcome = 'pass';
  for (const gate of gates) {
    if (clusterGates.size > 0 && clusterGates.has(gate.rule.id)) continue;
    if (gate.outcome === 'fail') {
      globalStatus = 'fail';
      break;
    }
    if (gate.outcome === 'indeterminate') globalStatus = 'indeterminate';
  }
  let status: EligibilityStatus;
  if (globalStatus === 'fail') status = 'not-eligible';
  else if (cluster === undefined || cluster.status === 'unknown')
    status = globalStatus === 'pass' && cluster === undefined ? 'eligible' : 'indeterminate';
  else if (cluster.status === 'none') status = 'not-eligible';
  else if (cluster.status === 'assigned' || cluster.atLeast !== undefined)
    status = globalStatus === 'pass' ? 'eligible' : 'indeterminate';
  else status = 'indeterminate';
  // A failed cluster gate only decides the cluster when the region is eligible anyway: it is a
  // warning (what it would take to reach a better cluster), not a blocking error.
  if (status === 'eligible' && clusterGates.size > 0) {
    for (let i = 0; i < findings.length; i += 1) {
      const f = findings[i];
      if (f?.severity === 'error' && clusterGates.has(f.rule.id))
        findings[i] = { ...f, severity: 'warning' };
    }
  }
  return cluster
    ? { status, gates, cluster, missing, findings }
    : { status, gates, missing, findings };
}

/**
 * Runs the gates and the cluster assignment for a parsed region. Used by
 * {@link checkEligibility} and by the allocation simulation; pass the `plan` of
 * {@link planScheme} to check many regions without reading the scheme again.
 */
export function assessRegion(
  region: Region,
  scheme: IncentiveScheme,
  evaluation: Evaluation,
  plan: SchemePlan = planScheme(scheme, evaluation),
): RegionAssessment {
  const layout = layoutOf(plan, evaluation.rulebook.id);
  return judge(runGates(region, layout), plan, layout);
}

/**
 * A pot as the checker reads it for every region: what decides whether a region shares it, and
 * its summary without a score (shared by the regions that give none). One object shape for every
 * pot of every edition, so the per-region loop reads it without a lookup by shape.
 */
interface PotPlan {
  readonly levels: readonly RegionLevel[] | undefined;
  readonly underdeveloped: boolean | undefined;
  readonly cluster: string | undefined;
  readonly scoreKey: string | null;
  readonly summary: PotSummary;
  /** The summary with a region's score, keys in the documented order. */
  readonly scored: (score: number) => PotSummary;
}

function potPlan(pot: Pot): PotPlan {
  const { id, title, track, period, amount, unknown } = pot;
  const plan = {
    levels: pot.levels,
    underdeveloped: pot.underdeveloped,
    cluster: pot.cluster,
    scoreKey: pot.scoreKey,
  };
  return period !== undefined
    ? {
        ...plan,
        summary: { id, title, track, period, amount, unknown },
        scored: (score) => ({ id, title, track, period, amount, score, unknown }),
      }
    : {
        ...plan,
        summary: { id, title, track, amount, unknown },
        scored: (score) => ({ id, title, track, amount, score, unknown }),
      };
}

const NO_POTS: readonly PotSummary[] = Object.freeze([]);

function potSummaries(
  pots: readonly PotPlan[],
  region: Region,
  cluster?: ClusterResult,
): readonly PotSummary[] {
  if (pots.length === 0) return NO_POTS;
  const out: PotSummary[] = [];
  const { level, scores } = region;
  const underdeveloped = region.underdeveloped ?? false;
  for (const pot of pots) {
    if (pot.levels !== undefined && !pot.levels.includes(level)) continue;
    if (pot.underdeveloped !== undefined && pot.underdeveloped !== underdeveloped) continue;
    if (
      pot.cluster !== undefined &&
      !(cluster?.status === 'assigned' && cluster.cluster === pot.cluster) &&
      !(cluster?.status === 'undecided' && cluster.candidates.includes(pot.cluster))
    )
      continue;
    const score = pot.scoreKey !== null && scores !== undefined ? scores[pot.scoreKey] : undefined;
    out.push(score !== undefined ? pot.scored(score) : pot.summary);
  }
  return out;
}

/**
 * The smallest set of changes that would qualify a region: the fixes of the gates that do not
 * pass among the gates that apply to everyone and, when the region falls in no cluster, those of
 * the least demanding cluster (the last one).
 */
function qualifyingChanges(
  assessment: RegionAssessment,
  plan: SchemePlan,
): { rule: string; fix: LocalizedText }[] {
  const known = plan.clusters?.status === 'known' ? plan.clusters : undefined;
  const clusterGates = known?.gates ?? NO_GATES;
  const lastCluster = known?.last ?? [];
  const changes: { rule: string; fix: LocalizedText }[] = [];
  for (const g of assessment.gates) {
    if (g.outcome === 'pass' || g.fix === undefined) continue;
    const rule = g.rule.id;
    if (
      !clusterGates.has(rule) ||
      (assessment.cluster?.status === 'none' && lastCluster.includes(rule))
    )
      changes.push({ rule, fix: g.fix });
  }
  return changes;
}

/**
 * Checks whether a region qualifies for an incentive edition, in which cluster, for which pots,
 * and (when its submissions are given) whether its second tranche can be released.
 *
 * @throws {CoreError} `INPUT_INVALID` for a malformed region or option,
 *   `RULEBOOK_DOMAIN_MISMATCH` for a rulebook of another engine.
 *
 * @example
 * ```ts
 * import { builtinRegistry } from '@inovasi/core/registry';
 * import { checkEligibility } from '@inovasi/core/incentive';
 *
 * const result = checkEligibility(
 *   { id: '35.10', level: 'kabupaten', auditOpinions: [{ year: 2015, opinion: 'WDP' }], apbdOnTime: true },
 *   builtinRegistry.resolve('did-2017'),
 *   { asOf: '2017-01-01' },
 * );
 * result.status; // 'eligible'
 * ```
 */
export function checkEligibility(
  input: unknown,
  rulebook: ResolvedRulebook,
  options: IncentiveOptions,
): EligibilityResult {
  return createEligibilityChecker(rulebook, options).check(input);
}

/** An incentive edition compiled for one date: check as many regions as needed. */
export interface EligibilityChecker {
  readonly asOf: string;
  readonly asOfReason: AsOfReason;
  readonly asOfText: LocalizedText;
  /**
   * Checks one region.
   *
   * @throws {CoreError} `INPUT_INVALID` with every field problem.
   */
  check(input: unknown): EligibilityResult;
}

const ELIGIBILITY_OUTCOME: Record<EligibilityStatus, EngineOutcome> = {
  eligible: 'positive',
  'not-eligible': 'negative',
  indeterminate: 'indeterminate',
};

/** What the tranche rule says when its conditions are not known: the same for every region. */
function unknownTranche(
  rule: ResolvedRule,
  reading: UnknownReading,
): { result: TrancheResult; finding: Finding } {
  const explanation = m['INCENTIVE.RULE.UNKNOWN']({ rule: rule.id, missing: reading.missing });
  return {
    result: {
      status: 'indeterminate',
      rule: ruleRef(rule),
      explanation,
      conditions: [],
      findings: [],
    },
    finding: {
      code: 'INCENTIVE.RULE.UNKNOWN',
      severity: 'warning',
      path: 'tranche',
      message: explanation,
      rule: ruleRef(rule),
      ...(reading.basis ? { basis: [reading.basis] } : {}),
    },
  };
}

function linkFinding(region: Region, rulebook: string): Finding {
  return {
    code: 'INCENTIVE.LINK.RECORDED',
    severity: 'info',
    path: region.igaRecommended !== undefined ? 'igaRecommended' : 'kippAward',
    message: m['INCENTIVE.LINK.RECORDED']({
      ...(region.igaRecommended !== undefined ? { iga: region.igaRecommended } : {}),
      ...(region.kippAward !== undefined ? { kipp: region.kippAward } : {}),
    }),
    observed: {
      igaRecommended: region.igaRecommended ?? null,
      kippAward: region.kippAward ?? null,
    },
    rule: {
      id: 'INCENTIVE.LINK',
      rulebook,
      source: {
        citation:
          'inovasi research note iid-and-incentive.md §9: Kemendagri recommends IGA winners to Kemenkeu (2021, 2022, 2025); no formula link found',
        tier: 'B',
      },
    },
  };
}

/** Counts findings by severity. */
function countFindings(findings: readonly Finding[]): EligibilityResult['summary'] {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') errors += 1;
    else if (finding.severity === 'warning') warnings += 1;
    else infos += 1;
  }
  return { errors, warnings, infos };
}

/** The part of a result that follows from the gates' answers alone. */
interface Verdict {
  readonly status: EligibilityStatus;
  readonly gates: readonly IncentiveRuleOutcome[];
  readonly cluster: ClusterResult | undefined;
  /** What is missing: empty unless the status is indeterminate. */
  readonly missing: readonly { readonly rule: string; readonly what: LocalizedText }[];
  readonly toQualify: readonly { readonly rule: string; readonly fix: LocalizedText }[];
  /** The findings of the gates and the scheme, before the region's own and the stale rules'. */
  readonly findings: readonly Finding[];
  /** With the stale rules' findings, sorted: a result's findings when the region adds none. */
  readonly sorted: readonly Finding[];
  readonly summary: EligibilityResult['summary'];
}

const NONE: readonly never[] = Object.freeze([]);

function verdictOf(
  answers: readonly GateEvaluation[],
  plan: SchemePlan,
  layout: GateLayout,
  stale: readonly Finding[],
): Verdict {
  const assessment = judge(answers, plan, layout);
  const { status, gates, cluster, findings } = assessment;
  const all = stale.length > 0 ? [...findings, ...stale] : findings;
  const sorted = all.length > 1 ? sortFindings(all) : all;
  return {
    status,
    gates,
    cluster,
    missing: status === 'indeterminate' ? assessment.missing : NONE,
    toQualify: status === 'eligible' ? NONE : qualifyingChanges(assessment, plan),
    findings,
    sorted,
    summary: countFindings(sorted),
  };
}

/** How many verdicts a checker keeps (a national run has a few hundred patterns at most). */
const MAX_VERDICTS = 1024;

/** A verdict node: the verdicts (at the last gate) or the next level, by the gate's answer. */
type VerdictNode = Map<GateEvaluation, VerdictNode | Verdict>;

/**
 * Verdicts by the gates' answers: regions whose gates gave the same kept answers
 * (`keepAnswer`) share one verdict, its arrays frozen. A trie by answer identity, one
 * level per gate; emptied when it holds {@link MAX_VERDICTS}.
 */
class VerdictCache {
  private root: VerdictNode = new Map();
  private only: Verdict | undefined;
  private size = 0;

  constructor(private readonly depth: number) {}

  get(answers: readonly GateEvaluation[]): Verdict | undefined {
    if (this.depth === 0) return this.only;
    let node: VerdictNode | Verdict | undefined = this.root;
    for (const answer of answers) {
      node = (node as VerdictNode).get(answer);
      if (node === undefined) return undefined;
    }
    return node as Verdict;
  }

  /** Keeps the verdict when every answer was kept by its gate; returns what to use. */
  keep(answers: readonly GateEvaluation[], verdict: Verdict): Verdict {
    for (const answer of answers) if (!isKeptAnswer(answer)) return verdict;
    const shared = freezeVerdict(verdict);
    if (this.depth === 0) {
      this.only = shared;
      return shared;
    }
    if (this.size >= MAX_VERDICTS) {
      this.root = new Map();
      this.size = 0;
    }
    let node = this.root;
    let level = 1;
    for (const answer of answers) {
      if (level === this.depth) {
        node.set(answer, shared);
        break;
      }
      let next = node.get(answer) as VerdictNode | undefined;
      if (next === undefined) {
        next = new Map();
        node.set(answer, next);
      }
      node = next;
      level += 1;
    }
    this.size += 1;
    return shared;
  }
}

function freezeVerdict(verdict: Verdict): Verdict {
  Object.freeze(verdict.gates);
  Object.freeze(verdict.missing);
  Object.freeze(verdict.toQualify);
  Object.freeze(verdict.findings);
  Object.freeze(verdict.sorted);
  Object.freeze(verdict.summary);
  return Object.freeze(verdict);
}

/**
 * Compiles an incentive edition once: its rules sorted by role, its parameters read, its fixed
 * texts (status, rules that are not known, pots) explained once, so each region costs only its
 * own gates. Parts of a result that do not depend on the region (a gate's explanation for a
 * given answer, a rule reference, a pot without a score, and the status, findings, fixes and
 * missing data that follow from the same gate answers) are shared between the results of one
 * checker: treat results as read-only, as their types say (the shared arrays are frozen).
 *
 * @throws {CoreError} `INPUT_INVALID` for a bad option, `RULEBOOK_DOMAIN_MISMATCH`, `NO_EDITION`,
 *   `RULEBOOK_INVALID`.
 *
 * @example
 * ```ts
 * const checker = createEligibilityChecker(builtinRegistry.resolve('did-2022'), { today });
 * const results = regions.map((r) => checker.check(r));
 * ```
 */
export function createEligibilityChecker(
  rulebook: ResolvedRulebook,
  options: IncentiveOptions,
): EligibilityChecker {
  const date = incentiveAsOf(rulebook, options);
  const scheme = incentiveScheme(rulebook, options.kinds);
  const evaluation = memoizeReads(createEvaluation(rulebook, date.asOf));
  readEverySlot(evaluation, rulebook, options.kinds);
  const stale = [...evaluation.findings];
  const plan = planScheme(scheme, evaluation);
  const layout = layoutOf(plan, rulebook.id);
  const title = { id: rulebook.id, title: rulebook.title, chain: rulebook.chain };
  const { asOf, asOfReason, asOfText } = date;
  const statusText: Record<EligibilityStatus, LocalizedText> = {
    eligible: m['INCENTIVE.STATUS.eligible'](),
    'not-eligible': m['INCENTIVE.STATUS.not-eligible'](),
    indeterminate: m['INCENTIVE.STATUS.indeterminate'](),
  };
  // The scheme parts, read once: the pots, the tranche conditions, the normalisation.
  const potReading = scheme.pots ? evaluation.read(scheme.pots, 'pots', PotListSchema) : undefined;
  const potPlans: readonly PotPlan[] =
    potReading?.status === 'known' ? potReading.value.map(potPlan) : [];
  const trancheRule = scheme.tranche;
  const trancheReading = trancheRule
    ? evaluation.read(trancheRule, 'conditions', TrancheConditionsSchema)
    : undefined;
  const trancheUnknown =
    trancheRule && trancheReading?.status === 'unknown'
      ? unknownTranche(trancheRule, trancheReading)
      : undefined;
  const normalised =
    scheme.normalisation !== undefined &&
    evaluation.read(scheme.normalisation, 'formulas', NormalisationSchema).status === 'known';

  const verdicts = new VerdictCache(layout.checks.length);

  const check = (input: unknown): EligibilityResult => {
    const region = parseRegion(input);
    const answers = runGates(region, layout);
    let verdict = verdicts.get(answers);
    verdict ??= verdicts.keep(answers, verdictOf(answers, plan, layout, stale));
    const { status, gates, cluster, missing, toQualify } = verdict;

    // The region's own findings (tranche submissions, IGA/KIPP links) join the verdict's.
    let own: Finding[] | undefined;
    let tranche: TrancheResult | undefined;
    if (trancheRule && region.tranche !== undefined) {
      if (trancheReading?.status === 'known') {
        tranche = checkTranche(
          region.tranche,
          trancheReading.value,
          trancheRule,
          trancheReading.basis,
          asOf,
        );
        own = [...tranche.findings];
      } else if (trancheUnknown) {
        tranche = trancheUnknown.result;
        own = [trancheUnknown.finding];
      }
    }
    if (region.igaRecommended !== undefined || region.kippAward !== undefined)
      (own ??= []).push(linkFinding(region, rulebook.id));
    let findings = verdict.sorted;
    let summary = verdict.summary;
    if (own !== undefined) {
      const all = [...verdict.findings, ...own, ...stale];
      findings = all.length > 1 ? sortFindings(all) : all;
      summary = countFindings(findings);
    }
    const improvement =
      normalised && region.indicators !== undefined
        ? Object.fromEntries(
            Object.entries(region.indicators).map(([key, data]) => [key, improvementValue(data)]),
          )
        : undefined;
    const pots = potSummaries(potPlans, region, cluster);
    const regionSummary =
      region.name !== undefined
        ? { id: region.id, name: region.name, level: region.level }
        : { id: region.id, level: region.level };
    // Built key by key in the documented order (conditional spreads cost more than the gates).
    const result: Record<string, unknown> = {
      kind: 'incentive-eligibility',
      rulebook: title,
      asOf,
      asOfReason,
      asOfText,
      region: regionSummary,
      status,
      statusText: statusText[status],
      outcome: ELIGIBILITY_OUTCOME[status],
      grade: 0,
      unknowns: missing,
      gates,
    };
    if (cluster) result.cluster = cluster;
    result.pots = pots;
    if (tranche) result.tranche = tranche;
    if (improvement) result.improvement = improvement;
    result.missing = missing;
    result.toQualify = toQualify;
    result.findings = findings;
    result.summary = summary;
    return result as unknown as EligibilityResult;
  };
  return { asOf, asOfReason, asOfText, check };
}

/**
 * {@link checkEligibility} that returns errors instead of throwing them.
 *
 * @example
 * ```ts
 * const outcome = safeCheckEligibility(input, rulebook, { asOf: '2022-01-01' });
 * if (!outcome.success) outcome.error.issues; // [{ path: 'level', message: … }]
 * ```
 */
export function safeCheckEligibility(
  input: unknown,
  rulebook: ResolvedRulebook,
  options: IncentiveOptions,
): { success: true; result: EligibilityResult } | { success: false; error: CoreError } {
  try {
    return { success: true, result: checkEligibility(input, rulebook, options) };
  } catch (error) {
    if (error instanceof CoreError) return { success: false, error };
    throw error;
  }
}
