/**
 * Allocation simulation over many regions: which regions share each pot, and how much each gets,
 * in whole rupiah (see `apportion` for the rounding rule). Where the rulebook does not know
 * a pot's amount, its split per level, the score it is split by or the method, the pot is
 * `indeterminate` and says what is missing — unless the planner supplies an assumption, which the
 * result then labels as such. Malformed regions are rejected one by one, never losing the others.
 *
 * @module
 */
import { createEvaluation, ruleRef, type ResolvedRulebook } from '../rulebook/index.js';
import type { AsOfReason } from '../contract/as-of.js';
import type { EngineOutcome, Unknown } from '../contract/types.js';
import { CoreError, inputIssue, issuesFromZod, type InputIssue } from '../shared/errors.js';
import { sortFindings, type Finding } from '../shared/finding.js';
import type { LocalizedText } from '../shared/i18n.js';
import type { Source } from '../shared/source.js';
import { apportion } from './apportion.js';
import {
  assessRegion,
  incentiveAsOf,
  memoizeReads,
  incentiveScheme,
  planScheme,
  type ClusterResult,
  type EligibilityStatus,
  type IncentiveOptions,
} from './eligibility.js';
import { incentiveMessages as m } from './messages.js';
import { improvementValue, minMaxValues, type Normalised } from './normalise.js';
import { checkTranche, type TrancheResult } from './tranche.js';
import {
  AssumptionsSchema,
  NormalisationSchema,
  PotListSchema,
  REGION_LEVELS,
  RegionSchema,
  TrancheConditionsSchema,
  type Assumptions,
  type Pot,
  type Region,
  type RegionLevel,
} from './schema.js';

/** A region that could not be read, and why. */
export interface RejectedRegion {
  /** Index in the input list. */
  readonly index: number;
  /** The row in the source table, when the regions came from one. */
  readonly row?: number;
  readonly id?: string;
  readonly issues: readonly InputIssue[];
}

/** One region's share of one pot. */
export interface PotShare {
  readonly region: string;
  readonly level: RegionLevel;
  /** The value the pot is split by; for a `fixed-by-rank` pot, the rank in the contest. */
  readonly score: number;
  readonly amount: number;
  /** The amount per disbursement tranche, when the pot's schedule is known (whole rupiah, exact). */
  readonly tranches?: readonly number[];
}

/** One pot's allocation. */
export interface PotAllocation {
  readonly id: string;
  readonly title: LocalizedText;
  readonly track: Pot['track'];
  readonly period?: string;
  /** `allocated`: split; `empty`: no region with a positive value; `indeterminate`: data missing. */
  readonly status: 'allocated' | 'empty' | 'indeterminate';
  readonly amount: number | null;
  readonly allocated: number;
  readonly unallocated: number | null;
  readonly explanation: LocalizedText;
  /** What the planner assumed for this pot (not official values). */
  readonly assumed: readonly string[];
  /** For `indeterminate`: what is missing. */
  readonly missing: readonly LocalizedText[];
  /** Disbursement tranches of the pot, when known. */
  readonly schedule?: Pot['schedule'];
  /** What the rulebook records as not known about this pot, even when it can be split. */
  readonly notes: readonly LocalizedText[];
  /** Regions left out because their eligibility is indeterminate. */
  readonly undecided: readonly string[];
  readonly shares: readonly PotShare[];
  readonly source: Source;
}

/** One region's allocation over every pot. */
export interface RegionAllocation {
  readonly id: string;
  readonly name?: string;
  readonly level: RegionLevel;
  readonly eligibility: EligibilityStatus;
  readonly cluster?: ClusterResult;
  /** Amount per pot id (pots where the region got something). */
  readonly byPot: Readonly<Record<string, number>>;
  readonly total: number;
  /** The total split into tranches, when the edition's tranche shares are known. */
  readonly tranches?: readonly number[];
  /** Whether tranche II can be released, when the region's submissions (`tranche`) are given. */
  readonly trancheTwo?: TrancheResult['status'];
  /** PMK 91/2024 normalised values per indicator, when the edition has them. */
  readonly normalised?: Readonly<Record<string, { improvement?: Normalised; minMax?: Normalised }>>;
}

/** The result of an allocation simulation. */
export interface AllocationResult {
  readonly kind: 'incentive-allocation';
  readonly rulebook: {
    readonly id: string;
    readonly title: LocalizedText;
    readonly chain: readonly string[];
  };
  readonly asOf: string;
  /** Where `asOf` came from (the core's date policy). */
  readonly asOfReason: AsOfReason;
  readonly asOfText: LocalizedText;
  /** `complete`: every pot split; `partial`: some pots; `indeterminate`: none could be split. */
  readonly status: 'complete' | 'partial' | 'indeterminate';
  readonly statusText: LocalizedText;
  /** The contract's outcome: `positive` when every pot is split, else `indeterminate`. */
  readonly outcome: EngineOutcome;
  readonly grade: number;
  /** The pots that could not be split, and what is missing. */
  readonly unknowns: readonly Unknown[];
  readonly pots: readonly PotAllocation[];
  readonly regions: readonly RegionAllocation[];
  readonly rejected: readonly RejectedRegion[];
  readonly totals: {
    /** Sum of the pots whose amount is known (or assumed). */
    readonly pool: number;
    readonly allocated: number;
    readonly unallocated: number;
  };
  readonly assumptions: Assumptions;
  readonly findings: readonly Finding[];
}

/** The regions to simulate, each as read (validated here), with an optional source row. */
export interface AllocationInput {
  readonly regions: readonly unknown[];
  /** Source row of each region, for messages (from a table). */
  readonly rows?: readonly (number | undefined)[];
  readonly assumptions?: unknown;
  /** Regions already rejected while reading (e.g. by {@link regionsFromTable}); kept in the result. */
  readonly rejected?: readonly RejectedRegion[];
}

/**
 * Parses regions one by one; bad ones become {@link RejectedRegion}s. Duplicate ids are rejected.
 *
 * @example
 * ```ts
 * const { regions, rejected } = parseRegions([{ id: 'a', level: 'kota' }, { id: 'b', level: 'desa' }]);
 * rejected[0]; // { index: 1, id: 'b', issues: [{ path: 'level', … }] }
 * ```
 */
export function parseRegions(
  inputs: readonly unknown[],
  rows: readonly (number | undefined)[] = [],
): { regions: Region[]; rejected: RejectedRegion[] } {
  const regions: Region[] = [];
  const rejected: RejectedRegion[] = [];
  const seen = new Set<string>();
  inputs.forEach((input, index) => {
    const row = rows[index];
    const parsed = RegionSchema.safeParse(input, { reportInput: true });
    if (!parsed.success) {
      const id = (input as { id?: unknown } | null)?.id;
      rejected.push({
        index,
        ...(row !== undefined ? { row } : {}),
        ...(typeof id === 'string' ? { id } : {}),
        issues: issuesFromZod(parsed.error.issues),
      });
      return;
    }
    if (seen.has(parsed.data.id)) {
      rejected.push({
        index,
        ...(row !== undefined ? { row } : {}),
        id: parsed.data.id,
        issues: [inputIssue('id', 'INPUT.DUPLICATE_REGION', { id: parsed.data.id })],
      });
      return;
    }
    seen.add(parsed.data.id);
    regions.push(parsed.data);
  });
  return { regions, rejected };
}

function matches(pot: Pot, region: Region, cluster: ClusterResult | undefined): boolean {
  if (pot.levels !== undefined && !pot.levels.includes(region.level)) return false;
  if (pot.underdeveloped !== undefined && pot.underdeveloped !== (region.underdeveloped ?? false))
    return false;
  if (pot.cluster !== undefined)
    return cluster?.status === 'assigned' && cluster.cluster === pot.cluster;
  return true;
}

function byScoreThenId(a: { score: number; id: string }, b: { score: number; id: string }): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Simulates the allocation of an edition's pots over many regions.
 *
 * @throws {CoreError} `INPUT_INVALID` for malformed assumptions or options,
 *   `RULEBOOK_DOMAIN_MISMATCH` for a rulebook of another engine. Malformed regions are not
 *   thrown: they come back in `rejected`.
 *
 * @example
 * ```ts
 * const result = simulateAllocation(
 *   {
 *     regions: [
 *       { id: '11', level: 'provinsi', scores: { stunting: 2 } },
 *       { id: '12', level: 'provinsi', scores: { stunting: 1 } },
 *     ],
 *     assumptions: { pots: { stunting: { byLevel: { provinsi: 300, kabupaten: 0, kota: 0 } } } },
 *   },
 *   builtinRegistry.resolve('insentif-fiskal-2024'),
 *   { asOf: '2024-06-01' },
 * );
 * result.pots.find((p) => p.id === 'stunting')?.shares; // 11 → 200, 12 → 100 (of the assumed Rp300 provincial part)
 * ```
 */
export function simulateAllocation(
  input: AllocationInput,
  rulebook: ResolvedRulebook,
  options: IncentiveOptions,
): AllocationResult {
  const date = incentiveAsOf(rulebook, options);
  const parsedAssumptions = AssumptionsSchema.safeParse(input.assumptions ?? {}, {
    reportInput: true,
  });
  if (!parsedAssumptions.success) {
    throw new CoreError(
      'INPUT_INVALID',
      'The assumptions are not valid.',
      issuesFromZod(parsedAssumptions.error.issues, ['assumptions']),
    );
  }
  const assumptions = parsedAssumptions.data;
  const parsedRegions = parseRegions(input.regions, input.rows);
  const { regions } = parsedRegions;
  const rejected = [...(input.rejected ?? []), ...parsedRegions.rejected].sort(
    (a, b) => (a.row ?? a.index) - (b.row ?? b.index),
  );
  const scheme = incentiveScheme(rulebook, options.kinds);
  const evaluation = memoizeReads(createEvaluation(rulebook, date.asOf));
  const findings: Finding[] = [];

  const plan = planScheme(scheme, evaluation);
  const assessed = regions.map((region) => ({
    region,
    assessment: assessRegion(region, scheme, evaluation, plan),
  }));

  let pots: Pot[] = [];
  if (scheme.pots) {
    const reading = evaluation.read(scheme.pots, 'pots', PotListSchema);
    if (reading.status === 'known') pots = reading.value;
    else
      findings.push({
        code: 'INCENTIVE.RULE.UNKNOWN',
        severity: 'warning',
        message: m['INCENTIVE.RULE.UNKNOWN']({ rule: scheme.pots.id, missing: reading.missing }),
        rule: ruleRef(scheme.pots),
      });
  }
  const assumptionIssues = checkAssumptions(assumptions, pots, rulebook.id);
  if (assumptionIssues.length > 0) {
    throw new CoreError(
      'INPUT_INVALID',
      'The assumptions do not fit the rulebook: they may only fill values it does not know.',
      assumptionIssues,
    );
  }

  const potResults: PotAllocation[] = pots.map((pot) => allocatePot(pot, assessed, assumptions));
  for (const pot of potResults) {
    if (pot.assumed.length > 0)
      findings.push({
        code: 'INCENTIVE.POT.ASSUMED',
        severity: 'warning',
        path: `assumptions.pots.${pot.id}`,
        message: m['INCENTIVE.POT.ASSUMED']({ what: pot.assumed }),
        rule: scheme.pots ? ruleRef(scheme.pots) : { id: 'INCENTIVE.POTS', rulebook: rulebook.id },
      });
    if (pot.status === 'indeterminate')
      findings.push({
        code: 'INCENTIVE.POT.UNKNOWN',
        severity: 'warning',
        path: `pots.${pot.id}`,
        message: pot.explanation,
        rule: scheme.pots ? ruleRef(scheme.pots) : { id: 'INCENTIVE.POTS', rulebook: rulebook.id },
      });
  }

  let trancheShares: readonly number[] | undefined;
  let trancheTwo: ((region: Region) => TrancheResult['status'] | undefined) | undefined;
  if (scheme.tranche) {
    const trancheRule = scheme.tranche;
    const reading = evaluation.read(trancheRule, 'conditions', TrancheConditionsSchema);
    if (reading.status === 'known') {
      trancheShares = reading.value.shares;
      trancheTwo = (region) =>
        region.tranche === undefined
          ? undefined
          : checkTranche(region.tranche, reading.value, trancheRule, reading.basis, date.asOf)
              .status;
    } else trancheTwo = (region) => (region.tranche === undefined ? undefined : 'indeterminate');
  }

  const normalised = normaliseAll(
    regions,
    scheme.normalisation
      ? evaluation.read(scheme.normalisation, 'formulas', NormalisationSchema).status === 'known'
      : false,
    assumptions,
    findings,
    scheme.normalisation ? ruleRef(scheme.normalisation) : undefined,
  );

  const amountsByPot = potResults.map(
    (pot) => [pot.id, new Map(pot.shares.map((s) => [s.region, s.amount]))] as const,
  );
  const regionResults: RegionAllocation[] = assessed.map(({ region, assessment }) => {
    const byPot: Record<string, number> = {};
    let total = 0;
    for (const [potId, amounts] of amountsByPot) {
      const amount = amounts.get(region.id) ?? 0;
      if (amount > 0) {
        byPot[potId] = amount;
        total += amount;
      }
    }
    const tranches = trancheShares && total > 0 ? splitTranches(total, trancheShares) : undefined;
    const norm = normalised.get(region.id);
    const release = trancheTwo?.(region);
    return {
      id: region.id,
      ...(region.name !== undefined ? { name: region.name } : {}),
      level: region.level,
      eligibility: assessment.status,
      ...(assessment.cluster ? { cluster: assessment.cluster } : {}),
      byPot,
      total,
      ...(tranches ? { tranches } : {}),
      ...(release !== undefined ? { trancheTwo: release } : {}),
      ...(norm ? { normalised: norm } : {}),
    };
  });

  findings.push(...evaluation.findings);
  const pool = potResults.reduce((sum, p) => sum + (p.amount ?? 0), 0);
  const allocated = potResults.reduce((sum, p) => sum + p.allocated, 0);
  const splitCount = potResults.filter((p) => p.status !== 'indeterminate').length;
  const status: AllocationResult['status'] =
    potResults.length > 0 && splitCount === potResults.length
      ? 'complete'
      : splitCount > 0
        ? 'partial'
        : 'indeterminate';
  return {
    kind: 'incentive-allocation',
    rulebook: { id: rulebook.id, title: rulebook.title, chain: rulebook.chain },
    ...date,
    status,
    statusText: m[`INCENTIVE.ALLOCATION.${status}`](),
    outcome: status === 'complete' ? 'positive' : 'indeterminate',
    grade: 0,
    unknowns:
      potResults.length === 0
        ? // The pots themselves are unknown (e.g. insentif-fiskal-2026): say which rule and why.
          findings
            .filter((f) => f.code === 'INCENTIVE.RULE.UNKNOWN')
            .map((f) => ({ rule: f.rule.id, what: f.message }))
        : potResults.flatMap((p) =>
            p.status === 'indeterminate' ? p.missing.map((what) => ({ rule: p.id, what })) : [],
          ),
    pots: potResults,
    regions: regionResults,
    rejected,
    totals: { pool, allocated, unallocated: pool - allocated },
    assumptions,
    findings: sortFindings(findings),
  };
}

/**
 * Assumptions may only fill what a rulebook does not know: a pot it has, a value it leaves
 * `null`, a level split only for a pot that is split by level.
 */
function checkAssumptions(
  assumptions: Assumptions,
  pots: readonly Pot[],
  rulebook: string,
): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const [id, assumption] of Object.entries(assumptions.pots ?? {})) {
    const path = `assumptions.pots.${id}`;
    const pot = pots.find((p) => p.id === id);
    if (!pot) {
      issues.push(
        inputIssue(path, 'INCENTIVE.UNKNOWN_POT', {
          pot: id,
          rulebook,
          pots: pots.map((p) => p.id),
        }),
      );
      continue;
    }
    const known = (field: string, value: unknown): void => {
      issues.push(inputIssue(`${path}.${field}`, 'INCENTIVE.ASSUMPTION_KNOWN', { value }));
    };
    if (assumption.amount !== undefined && pot.amount !== null) known('amount', pot.amount);
    if (assumption.scoreKey !== undefined && pot.scoreKey !== null) known('scoreKey', pot.scoreKey);
    if (assumption.method !== undefined && pot.method !== null) known('method', pot.method);
    if (assumption.byLevel !== undefined) {
      if (!pot.splitByLevel)
        issues.push(inputIssue(`${path}.byLevel`, 'INCENTIVE.POT_NOT_BY_LEVEL', { pot: id }));
      else if ((pot.byLevel ?? null) !== null) known('byLevel', pot.byLevel);
    }
  }
  return issues;
}

/**
 * A pot of fixed prizes by rank in a contest set by decree (DID Tambahan 2020: Juara I Rp3 bn,
 * II Rp2 bn, III Rp1 bn): each ranked region gets its rank's prize; the gates do not apply.
 */
function prizesByRank(
  pot: Pot,
  base: Omit<
    PotAllocation,
    'status' | 'allocated' | 'unallocated' | 'explanation' | 'missing' | 'undecided' | 'shares'
  >,
  contest: string,
  amount: number,
  assessed: readonly { region: Region }[],
): PotAllocation {
  const prizes = pot.prizes ?? {};
  const shares: PotShare[] = assessed.flatMap(({ region }) => {
    const rank = region.ranks?.[contest];
    const prize = rank === undefined ? undefined : prizes[String(rank)];
    return prize === undefined
      ? []
      : [{ region: region.id, level: region.level, score: rank ?? 0, amount: prize }];
  });
  shares.sort(
    (a, b) => b.amount - a.amount || (a.region < b.region ? -1 : a.region > b.region ? 1 : 0),
  );
  const total = shares.reduce((sum, share) => sum + share.amount, 0);
  if (total > amount) {
    const missing = [
      {
        id: `hadiah para pemenang (${total}) melebihi pagu (${amount}); periksa peringkat`,
        en: `the winners' prizes (${total}) exceed the pot (${amount}); check the ranks`,
      },
    ];
    return {
      ...base,
      status: 'indeterminate',
      allocated: 0,
      unallocated: null,
      explanation: m['INCENTIVE.POT.UNKNOWN']({ missing }),
      missing,
      undecided: [],
      shares: [],
    };
  }
  return {
    ...base,
    status: total > 0 ? 'allocated' : 'empty',
    allocated: total,
    unallocated: amount - total,
    explanation:
      total > 0
        ? m['INCENTIVE.POT.PRIZES']({ amount: total, regions: shares.length })
        : m['INCENTIVE.POT.EMPTY']({ amount }),
    missing: [],
    undecided: [],
    shares,
  };
}

/** Splits an amount into tranches by their shares, exactly (largest remainder, earlier first on ties). */
function splitTranches(amount: number, shares: readonly number[]): number[] {
  return apportion(
    amount,
    shares.map((share, i) => ({ id: String(i).padStart(3, '0'), score: share })),
  ).shares.map((s) => s.amount);
}

/**
 * {@link simulateAllocation} for input of unknown shape (`{ regions, assumptions? }` or a list of
 * regions), returning errors instead of throwing them.
 *
 * @example
 * ```ts
 * const outcome = safeSimulateAllocation(JSON.parse(body), rulebook, { asOf: '2024-10-01' });
 * if (outcome.success) outcome.result.totals.allocated;
 * ```
 */
export function safeSimulateAllocation(
  input: unknown,
  rulebook: ResolvedRulebook,
  options: IncentiveOptions,
): { success: true; result: AllocationResult } | { success: false; error: CoreError } {
  try {
    const data: unknown = Array.isArray(input) ? { regions: input } : input;
    const regions = (data as { regions?: unknown } | null)?.regions;
    if (!Array.isArray(regions)) {
      throw new CoreError('INPUT_INVALID', 'Expected { "regions": [ … ] } or a list of regions.', [
        inputIssue('regions', 'INPUT.REGIONS_LIST', {}),
      ]);
    }
    const assumptions = (data as { assumptions?: unknown }).assumptions;
    return {
      success: true,
      result: simulateAllocation(
        { regions, ...(assumptions !== undefined ? { assumptions } : {}) },
        rulebook,
        options,
      ),
    };
  } catch (error) {
    if (error instanceof CoreError) return { success: false, error };
    throw error;
  }
}

function allocatePot(
  pot: Pot,
  assessed: readonly { region: Region; assessment: ReturnType<typeof assessRegion> }[],
  assumptions: Assumptions,
): PotAllocation {
  const assumption = assumptions.pots?.[pot.id];
  const assumed: string[] = [];
  const amount = pot.amount ?? assumption?.amount ?? null;
  if (pot.amount === null && assumption?.amount !== undefined) assumed.push('amount');
  const scoreKey = pot.scoreKey ?? assumption?.scoreKey ?? null;
  if (pot.scoreKey === null && assumption?.scoreKey !== undefined) assumed.push('scoreKey');
  const method = pot.method ?? assumption?.method ?? null;
  if (pot.method === null && assumption?.method !== undefined) assumed.push('method');
  const byLevel = pot.splitByLevel ? (pot.byLevel ?? assumption?.byLevel ?? null) : null;
  if (pot.splitByLevel && (pot.byLevel ?? null) === null && assumption?.byLevel !== undefined)
    assumed.push('byLevel');

  const base = {
    id: pot.id,
    title: pot.title,
    track: pot.track,
    ...(pot.period !== undefined ? { period: pot.period } : {}),
    amount,
    assumed,
    notes: pot.unknown,
    ...(pot.schedule ? { schedule: pot.schedule } : {}),
    source: pot.source,
  };
  const missing: LocalizedText[] = [];
  if (amount === null) missing.push({ id: 'pagu tidak diketahui', en: 'the amount is not known' });
  if (scoreKey === null)
    missing.push({
      id: 'nilai dasar pembagian tidak diketahui',
      en: 'the score it is split by is not known',
    });
  if (method === null)
    missing.push({ id: 'cara pembagian tidak diketahui', en: 'the split method is not known' });
  if (pot.splitByLevel && byLevel === null)
    missing.push({
      id: 'pagu per tingkat daerah tidak diketahui',
      en: 'the pot per region level is not known',
    });
  if (byLevel !== null && amount !== null) {
    const sum = REGION_LEVELS.reduce((s, l) => s + (byLevel[l] ?? 0), 0);
    if (sum > amount)
      missing.push({
        id: `pagu per tingkat (${sum}) melebihi pagu (${amount})`,
        en: `the pots per level (${sum}) exceed the pot (${amount})`,
      });
  }
  if (missing.length > 0 || amount === null || scoreKey === null) {
    const all = [...missing, ...pot.unknown];
    return {
      ...base,
      status: 'indeterminate',
      allocated: 0,
      unallocated: null,
      explanation: m['INCENTIVE.POT.UNKNOWN']({ missing: all }),
      missing: all,
      undecided: [],
      shares: [],
    };
  }

  if (method === 'fixed-by-rank') return prizesByRank(pot, base, scoreKey, amount, assessed);

  const undecided: string[] = [];
  const claimants: { id: string; level: RegionLevel; score: number }[] = [];
  for (const { region, assessment } of assessed) {
    if (!matches(pot, region, assessment.cluster)) continue;
    const score = region.scores?.[scoreKey];
    if (score === undefined) continue;
    if (pot.gated && assessment.status !== 'eligible') {
      if (assessment.status === 'indeterminate') undecided.push(region.id);
      continue;
    }
    claimants.push({ id: region.id, level: region.level, score });
  }

  // Top-N per level, when the edition names it.
  let selected = claimants;
  if (pot.topN !== undefined) {
    const top = pot.topN;
    selected = REGION_LEVELS.flatMap((level) => {
      const ofLevel = claimants.filter((c) => c.level === level).sort(byScoreThenId);
      const n = top[level];
      return n === undefined ? ofLevel : ofLevel.slice(0, n);
    });
  }

  const groups: { amount: number; members: typeof selected }[] =
    byLevel === null
      ? [{ amount, members: selected }]
      : REGION_LEVELS.map((level) => ({
          amount: byLevel[level] ?? 0,
          members: selected.filter((c) => c.level === level),
        }));
  const shares: PotShare[] = [];
  const schedule = pot.schedule?.map((t) => t.share);
  let allocated = 0;
  for (const group of groups) {
    const split = apportion(
      group.amount,
      group.members.map((c) => ({ id: c.id, score: c.score })),
    );
    allocated += split.allocated;
    split.shares.forEach((share, i) => {
      const member = group.members[i];
      if (member)
        shares.push({
          region: member.id,
          level: member.level,
          score: member.score,
          amount: share.amount,
          ...(schedule ? { tranches: splitTranches(share.amount, schedule) } : {}),
        });
    });
  }
  shares.sort(
    (a, b) => b.amount - a.amount || (a.region < b.region ? -1 : a.region > b.region ? 1 : 0),
  );
  return {
    ...base,
    status: allocated > 0 ? 'allocated' : 'empty',
    allocated,
    unallocated: amount - allocated,
    explanation:
      allocated > 0
        ? m['INCENTIVE.POT.ALLOCATED']({
            amount: allocated,
            regions: shares.filter((s) => s.amount > 0).length,
          })
        : m['INCENTIVE.POT.EMPTY']({ amount }),
    missing: [],
    undecided: undecided.sort(),
    shares,
  };
}

function normaliseAll(
  regions: readonly Region[],
  enabled: boolean,
  assumptions: Assumptions,
  findings: Finding[],
  rule: Finding['rule'] | undefined,
): Map<string, Record<string, { improvement?: Normalised; minMax?: Normalised }>> {
  const out = new Map<string, Record<string, { improvement?: Normalised; minMax?: Normalised }>>();
  if (!enabled || !rule) return out;
  const indicators = [...new Set(regions.flatMap((r) => Object.keys(r.indicators ?? {})))].sort();
  for (const indicator of indicators) {
    const holders = regions.filter((r) => r.indicators?.[indicator] !== undefined);
    const direction = assumptions.directions?.[indicator];
    const minMax = direction
      ? minMaxValues(
          holders.map((r) => r.indicators?.[indicator]?.current ?? 0),
          direction,
        )
      : undefined;
    if (!direction)
      findings.push({
        code: 'INCENTIVE.NORMALISE.UNDEFINED',
        severity: 'warning',
        path: `assumptions.directions.${indicator}`,
        message: m['INCENTIVE.NORMALISE.UNDEFINED']({
          indicator,
          why: {
            id: 'arah indikator (makin tinggi atau makin rendah makin baik) tidak diketahui; isi assumptions.directions',
            en: 'the direction of the indicator (higher or lower is better) is not known; fill in assumptions.directions',
          },
        }),
        rule,
      });
    holders.forEach((region, i) => {
      const data = region.indicators?.[indicator];
      if (!data) return;
      const entry = out.get(region.id) ?? {};
      const mm = minMax?.[i];
      entry[indicator] = { improvement: improvementValue(data), ...(mm ? { minMax: mm } : {}) };
      out.set(region.id, entry);
    });
  }
  return out;
}
