/**
 * The Cilegon demo's local competition (invented data): the city's 2026 selection under its
 * sample scoring overlay, all 18 innovations entered, two judges scoring both stages, a third
 * panel member whose agency runs one of the entries (the matrix shows that conflict), both
 * stages closed and the results published.
 *
 * @module
 */
import type { DemoAccount } from '../seed.js';
import type { Region, Store, User } from '../storage/store.js';
import { cilegonSeleksi2026, DEMO_SCORING_RULEBOOK } from './demo-rulebook.js';
import { criteriaOf, loadCompetition, scoreCompetition, stagesOf } from './engine.js';
import { createJudgingStore, type ScoreValue } from './store.js';

/** The date the demo competition reads its rules at. */
export const DEMO_COMPETITION_AS_OF = '2026-06-15';

/** A small deterministic generator (the demo's scores are the same on every start). */
function random(seed: string): () => number {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507) ^ Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h >>>= 0) % 10_000) / 10_000;
  };
}

const JUDGES = [
  {
    username: 'juri1',
    displayName: 'Akademisi Administrasi Publik (contoh)',
    agency: 'Universitas (contoh)',
    homeRegion: 'Provinsi Banten',
    bias: 0,
  },
  {
    username: 'juri2',
    displayName: 'Praktisi Bappeda Provinsi (contoh)',
    agency: 'Bappeda Provinsi Banten',
    homeRegion: 'Provinsi Banten',
    bias: -0.4,
  },
  {
    username: 'juri3',
    displayName: 'Kepala Puskesmas (contoh)',
    agency: 'Dinas Kesehatan',
    homeRegion: 'Kota Cilegon',
    bias: 0,
  },
] as const;

/**
 * Seeds the demo competition into a region seeded by `seedCilegon`. Returns the judges'
 * accounts (their password is the demo password).
 */
export async function seedJudging(
  store: Store,
  region: Region,
  options: { passwordHash: string },
): Promise<DemoAccount[]> {
  const judging = createJudgingStore(store);
  const accounts: DemoAccount[] = [];
  const users: User[] = [];
  for (const j of JUDGES) {
    users.push(
      await store.createUser(
        region.id,
        {
          username: j.username,
          displayName: j.displayName,
          role: 'judge',
          passwordHash: options.passwordHash,
        },
        null,
      ),
    );
    accounts.push({ username: j.username, role: 'judge', displayName: j.displayName });
  }
  const stageIds = ['CILEGON.SELEKSI', 'CILEGON.PRESENTASI'];
  const competition = await judging.createCompetition(
    region.id,
    {
      title: 'Lomba Inovasi Kota Cilegon 2026 (contoh)',
      rulebookId: DEMO_SCORING_RULEBOOK,
      overlay: cilegonSeleksi2026,
      asOf: DEMO_COMPETITION_AS_OF,
      seed: 'cilegon-2026',
      stages: stageIds,
    },
    null,
  );
  const innovations = await store.listInnovations(region.id);
  const proposals = await store.listProposals(region.id);
  const entries = await Promise.all(
    innovations.map(async (i) => {
      const p = proposals.find((x) => x.innovation_id === i.id);
      const data = p ? (await store.getLatestVersion(region.id, p.id))?.data : undefined;
      const id = (data as { id?: unknown } | undefined)?.id;
      return { innovation: i, code: typeof id === 'string' ? id : i.id.slice(0, 8) };
    }),
  );
  entries.sort((a, b) => (a.code < b.code ? -1 : 1));
  await judging.addEntries(
    region.id,
    competition.id,
    entries.map((e) => ({ innovationId: e.innovation.id, code: e.code })),
    null,
  );
  for (const [n, j] of JUDGES.entries())
    await judging.addJudge(
      region.id,
      competition.id,
      {
        userId: users[n]?.id ?? '',
        code: `J${n + 1}`,
        agency: j.agency,
        homeRegion: j.homeRegion,
        affiliations: [],
      },
      null,
    );
  const definitions = stagesOf(competition);
  const quality = new Map(entries.map((e) => [e.innovation.id, 1.6 + random(e.code)() * 3.2]));
  const scoreStage = async (stage: string, innovationIds: readonly string[]) => {
    const definition = definitions.find((d) => d.id === stage);
    const criteria = (definition && criteriaOf(definition)) ?? [];
    for (const [n, j] of JUDGES.slice(0, 2).entries()) {
      const user = users[n];
      if (!user) continue;
      for (const innovationId of innovationIds) {
        await judging.assign(
          region.id,
          competition.id,
          { stage, userId: user.id, innovationId },
          null,
        );
        const noise = random(`${stage}/${j.username}/${innovationId}`);
        const trial = innovations.find((i) => i.id === innovationId)?.stage !== 'penerapan';
        const scores: Record<string, ScoreValue> = {};
        for (const c of criteria) {
          if (c.allowNotApplicable && trial) scores[c.id] = 'n/a';
          else {
            const v = (quality.get(innovationId) ?? 3) + j.bias + (noise() - 0.5) * 1.6;
            scores[c.id] = Math.min(5, Math.max(1, Math.round(v)));
          }
        }
        await judging.saveSheet(
          region.id,
          competition.id,
          { stage, userId: user.id, innovationId, scores, comment: null },
          user.id,
        );
      }
    }
    await judging.closeStage(region.id, competition.id, stage, null);
  };
  await scoreStage(
    stageIds[0] ?? '',
    entries.map((e) => e.innovation.id),
  );
  const data = await loadCompetition(store, judging, region, competition.id);
  const advanced = data ? (scoreCompetition(data, 0).stages[0]?.advanced ?? []) : [];
  await scoreStage(
    stageIds[1] ?? '',
    entries.filter((e) => advanced.includes(e.code)).map((e) => e.innovation.id),
  );
  await judging.publish(region.id, competition.id, null);
  return accounts;
}
