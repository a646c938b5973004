/**
 * The desk's judging data as the core's scoring panel, and the core's answers about it: the
 * stages a rulebook defines, the ranking and everything around it, and whether a judge is in
 * conflict with an entry. No scoring rule lives here: conflicts, totals, N/A, minimums, quotas,
 * agreement and robustness all come from `@inovasi/core/scoring`.
 *
 * @module
 */
import type { LocalizedText } from '@inovasi/core';
import { builtinRegistry } from '@inovasi/core/registry';
import type { RulebookRegistry, RulebookSummary, ResolvedRulebook } from '@inovasi/core/rulebook';
import {
  completeRubric,
  createScoringChecker,
  readStages,
  type PanelInput,
  type ScoringResult,
  type StageDefinition,
} from '@inovasi/core/scoring';
import type { Region, Store } from '../storage/store.js';
import type {
  Competition,
  CompetitionEntry,
  DeclaredConflict,
  JudgingStore,
  PanelJudge,
  StageState,
  StoredSheet,
} from './store.js';

/** A competition with everything the core needs to score it. */
export interface CompetitionData {
  readonly region: Region;
  readonly competition: Competition;
  readonly stages: readonly StageState[];
  readonly entries: readonly (CompetitionEntry & {
    readonly category?: string;
    readonly group?: string;
  })[];
  readonly judges: readonly PanelJudge[];
  readonly assignments: readonly { stage: string; user_id: string; innovation_id: string }[];
  readonly conflicts: readonly DeclaredConflict[];
  readonly sheets: readonly StoredSheet[];
}

/** The registry a competition's rulebook is read from: the built-ins, plus its overlay. */
export function registryFor(overlay: unknown): RulebookRegistry {
  return overlay === null || overlay === undefined
    ? builtinRegistry
    : builtinRegistry.with([overlay]);
}

/** The scoring rulebooks an admin may start a competition from (cancelled editions left out). */
export function scoringRulebooks(registry: RulebookRegistry = builtinRegistry): RulebookSummary[] {
  return registry.list({ domain: 'scoring' }).filter((b) => b.status !== 'cancelled');
}

/** The resolved rulebook of a competition. */
export function rulebookOf(competition: Competition): ResolvedRulebook {
  const overlay =
    competition.overlay === null ? null : (JSON.parse(competition.overlay) as unknown);
  return registryFor(overlay).resolve(competition.rulebook_id);
}

/** The stages of a competition's rulebook, read at its date. */
export function stagesOf(competition: Competition): StageDefinition[] {
  return readStages(rulebookOf(competition), competition.as_of).stages;
}

/** The criteria of a stage with their scale bounds (for the score sheet). */
export function criteriaOf(stage: StageDefinition) {
  const rubric = completeRubric(stage);
  return rubric
    ? rubric.criteria.map((c) => ({ ...c, scale: c.scale ?? rubric.scale }))
    : undefined;
}

/** Reads a competition and all its data. */
export async function loadCompetition(
  store: Store,
  judging: JudgingStore,
  region: Region,
  competitionId: string,
): Promise<CompetitionData | undefined> {
  const competition = await judging.getCompetition(region.id, competitionId);
  if (!competition) return undefined;
  const [stages, entries, judges, assignments, conflicts, sheets] = await Promise.all([
    judging.listStages(region.id, competition.id),
    judging.listEntries(region.id, competition.id),
    judging.listJudges(region.id, competition.id),
    judging.listAssignments(region.id, competition.id),
    judging.listConflicts(region.id, competition.id),
    judging.listSheets(region.id, competition.id),
  ]);
  // the category and group quotas read come from each entry's latest proposal
  const proposals = await store.listProposals(region.id, {
    innovationIds: entries.map((e) => e.innovation_id),
  });
  const withAttributes = await Promise.all(
    entries.map(async (e) => {
      const p = proposals.find((x) => x.innovation_id === e.innovation_id);
      const data = (p ? (await store.getLatestVersion(region.id, p.id))?.data : undefined) as
        { category?: unknown; group?: unknown } | undefined;
      return {
        ...e,
        ...(typeof data?.category === 'string' && data.category !== ''
          ? { category: data.category }
          : {}),
        ...(typeof data?.group === 'string' && data.group !== '' ? { group: data.group } : {}),
      };
    }),
  );
  return {
    region,
    competition,
    stages,
    entries: withAttributes,
    judges,
    assignments,
    conflicts,
    sheets,
  };
}

/**
 * The competition as the core's panel — the same document `inovasi score` reads. Entries and
 * judges go by their codes; sheets are left out with `sheets: false` (for an export that ships
 * them as a spreadsheet).
 */
export function panelOf(data: CompetitionData, options: { sheets?: boolean } = {}): PanelInput {
  const entryCode = new Map(data.entries.map((e) => [e.innovation_id, e.code]));
  const judgeCode = new Map(data.judges.map((j) => [j.user_id, j.code]));
  const code = (map: Map<string, string>, id: string) => map.get(id) ?? id;
  const grouped = new Map<string, { stage: string; judge: string; entries: string[] }>();
  for (const a of data.assignments) {
    const key = `${a.stage}\u0000${a.user_id}`;
    const group = grouped.get(key) ?? {
      stage: a.stage,
      judge: code(judgeCode, a.user_id),
      entries: [],
    };
    group.entries.push(code(entryCode, a.innovation_id));
    grouped.set(key, group);
  }
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    title: data.competition.title,
    seed: data.competition.seed,
    entries: data.entries.map((e) => ({
      id: e.code,
      title: e.title,
      agency: e.opd_name,
      region: data.region.name,
      ...(e.category !== undefined ? { category: e.category } : {}),
      ...(e.group !== undefined ? { group: e.group } : {}),
    })),
    judges: data.judges.map((j) => ({
      id: j.code,
      name: j.display_name,
      ...(j.agency !== null ? { agency: j.agency } : {}),
      ...(j.home_region !== null ? { region: j.home_region } : {}),
      ...(j.affiliations.length > 0 ? { affiliations: [...j.affiliations] } : {}),
    })),
    sheets:
      options.sheets === false
        ? []
        : data.sheets
            .filter((s) => judgeCode.has(s.user_id) && entryCode.has(s.innovation_id))
            .map((s) => ({
              stage: s.stage,
              judge: code(judgeCode, s.user_id),
              entry: code(entryCode, s.innovation_id),
              scores: { ...s.scores },
              ...(s.comment !== null ? { comment: s.comment } : {}),
            }))
            .sort(
              (a, b) =>
                byText(a.stage, b.stage) || byText(a.entry, b.entry) || byText(a.judge, b.judge),
            ),
    ...(grouped.size > 0
      ? {
          assignments: [...grouped.values()]
            .map((g) => ({ ...g, entries: g.entries.sort(byText) }))
            .sort((a, b) => byText(a.stage, b.stage) || byText(a.judge, b.judge)),
        }
      : {}),
    conflicts: data.conflicts
      .filter((c) => judgeCode.has(c.user_id) && entryCode.has(c.innovation_id))
      .map((c) => ({
        judge: code(judgeCode, c.user_id),
        entry: code(entryCode, c.innovation_id),
        reason: c.reason,
      })),
  };
}

/** Bootstrap resamples the desk asks for (the core's default). */
export const RESAMPLES = 200;

/** Scores a competition with the core, live. */
export function scoreCompetition(data: CompetitionData, resamples = RESAMPLES): ScoringResult {
  return createScoringChecker(rulebookOf(data.competition), {
    asOf: data.competition.as_of,
    resamples,
  }).score(panelOf(data));
}

/**
 * Why the core would exclude this judge from this entry in this stage (declared conflict, same
 * agency, same region), or undefined. Asks the core with a one-entry, one-judge panel whose
 * entry is carried into every stage by an override, so each stage's own conflict rules apply.
 */
export function conflictOf(
  data: CompetitionData,
  stage: string,
  judge: PanelJudge,
  entry: CompetitionData['entries'][number],
): LocalizedText | undefined {
  const probe: CompetitionData = {
    ...data,
    entries: [entry],
    judges: [judge],
    assignments: [],
    sheets: [],
    conflicts: data.conflicts.filter(
      (c) => c.user_id === judge.user_id && c.innovation_id === entry.innovation_id,
    ),
  };
  const panel = panelOf(probe);
  const stageIds = data.stages.map((s) => s.stage);
  const result = createScoringChecker(rulebookOf(data.competition), {
    asOf: data.competition.as_of,
    resamples: 0,
  }).score({
    ...panel,
    overrides: stageIds.map((s) => ({
      stage: s,
      entry: entry.code,
      decision: 'advance',
      reason: 'conflict check',
    })),
  });
  return result.stages
    .find((s) => s.stage === stage)
    ?.entries.find((e) => e.entry === entry.code)
    ?.excludedJudges.find((x) => x.judge === judge.code)?.reason;
}
