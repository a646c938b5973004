/**
 * The shared IID cases: what a case expects, and one assertion used by the core, the CLI and
 * the HTTP API tests alike, so the three surfaces are held to the same answer.
 */
import fc from 'fast-check';
import { expect } from 'vitest';

/** What an IID case expects (`options.mode === 'predikat'` cases send `{ score }`). */
export interface IidExpectation {
  readonly status: 'determinate' | 'indeterminate';
  readonly iid: number | null;
  readonly predikat: string | null;
  readonly candidates?: readonly string[];
  readonly spd?: number;
  readonly sidAverage?: number;
  readonly count?: number;
  readonly n?: number;
  readonly divisor?: number;
  /** Exclusion codes, in innovation order. */
  readonly excluded?: readonly string[];
  /** `CODE path` entries that must be among the findings. */
  readonly findings?: readonly string[];
  readonly claimedIid?: number;
  readonly verifiedIid?: number;
  /** SPD levels by row id. */
  readonly levels?: Readonly<Record<string, number>>;
  readonly innovationScores?: readonly number[];
}

interface ComponentLike {
  status: string;
  score?: number;
}

/** The parts of an IID result (as JSON) that cases check. */
interface IidResultLike {
  status: string;
  iid: number | null;
  predikat: { predikat: string | null; candidates?: string[] };
  components: Record<string, ComponentLike>;
  divisor: { n: number; divisor: number | null };
  excluded: { code: string }[];
  findings: { code: string; path?: string }[];
  views: Record<string, { iid: number | null }>;
  spdRows: { row: string; level: number }[];
  innovations: { score: number | null }[];
}

/** Checks a whole IID result (from any surface) against a case. */
export function expectIidCase(result: unknown, expected: IidExpectation): void {
  const r = result as IidResultLike;
  expect(r.status).toBe(expected.status);
  expect(r.iid).toBe(expected.iid);
  expect(r.predikat.predikat).toBe(expected.predikat);
  const close = (actual: ComponentLike | undefined, value: number | undefined) => {
    if (value === undefined) return;
    expect(actual?.status).toBe('known');
    expect(actual?.score).toBeCloseTo(value, 6);
  };
  close(r.components.spd, expected.spd);
  close(r.components.sidAverage, expected.sidAverage);
  close(r.components.count, expected.count);
  if (expected.n !== undefined) expect(r.divisor.n).toBe(expected.n);
  if (expected.divisor !== undefined) expect(r.divisor.divisor).toBe(expected.divisor);
  if (expected.excluded !== undefined)
    expect(r.excluded.map((e) => e.code)).toEqual(expected.excluded);
  if (expected.findings !== undefined) {
    const seen = r.findings.map((f) => (f.path !== undefined ? `${f.code} ${f.path}` : f.code));
    for (const f of expected.findings) expect(seen).toContain(f);
  }
  if (expected.candidates !== undefined) expect(r.predikat.candidates).toEqual(expected.candidates);
  if (expected.claimedIid !== undefined) expect(r.views.claimed?.iid).toBe(expected.claimedIid);
  if (expected.verifiedIid !== undefined) expect(r.views.verified?.iid).toBe(expected.verifiedIid);
  if (expected.levels !== undefined) {
    const levels = Object.fromEntries(r.spdRows.map((row) => [row.row, row.level]));
    for (const [row, level] of Object.entries(expected.levels)) expect(levels[row]).toBe(level);
  }
  if (expected.innovationScores !== undefined)
    expect(r.innovations.map((i) => i.score)).toEqual(expected.innovationScores);
}

/** The parts of a predikat answer that cases check. */
interface PredikatLike {
  status: string;
  predikat: string | null;
  score: number | null;
  candidates?: string[];
}

/** Checks a predikat answer (from any surface) against a `mode: predikat` case. */
export function expectPredikatCase(result: unknown, expected: IidExpectation): void {
  const r = result as PredikatLike;
  expect(r.status === 'known' ? 'determinate' : 'indeterminate').toBe(expected.status);
  expect(r.predikat).toBe(expected.predikat);
  expect(r.score).toBe(expected.iid);
  if (expected.candidates !== undefined) expect(r.candidates).toEqual(expected.candidates);
}

/** The catalogue a region arbitrary draws from (row ids, urusan ids). */
export interface RegionShape {
  readonly spdRows: readonly string[];
  readonly sidRows: readonly string[];
  readonly urusan: readonly string[];
  readonly maxInnovations?: number;
  /**
   * The labelled assumptions every generated region carries (random levels leave mandatory rows
   * empty, whose consequence is unpublished); `null` for none, so those regions are indeterminate.
   */
  readonly assumptions?: Readonly<Record<string, string>> | null;
}

/** The assumptions generated regions carry unless told otherwise. */
export const propertyAssumptions = {
  mandatoryEmpty: 'row-scores-zero',
  chosenBy: 'property tests: random levels leave mandatory rows empty',
} as const;

/**
 * Region files with random levels (0–3), 0…`maxInnovations` innovations in random urusan (about
 * one in four with a rancang bangun too short to be assessed), as plain data for the IID property
 * tests. They carry {@link propertyAssumptions} unless `shape.assumptions` says otherwise.
 */
export function regionArbitrary(shape: RegionShape): fc.Arbitrary<Record<string, unknown>> {
  const levels = (rows: readonly string[]) =>
    fc
      .array(fc.integer({ min: 0, max: 3 }), { minLength: rows.length, maxLength: rows.length })
      .map((ls) => Object.fromEntries(rows.map((r, i) => [r, ls[i] ?? 0])));
  const innovation = fc.record({
    urusan: fc.constantFrom(...shape.urusan, 'pariwisata'),
    answers: levels(shape.sidRows),
    verification: fc.constantFrom('claimed', 'verified', 'rejected'),
    rancangBangunWords: fc.constantFrom(320, 320, 320, 120),
  });
  return fc
    .record({
      spd: levels(shape.spdRows),
      innovations: fc.array(innovation, { maxLength: shape.maxInnovations ?? 16 }),
    })
    .map(({ spd, innovations }) => ({
      region: { name: 'Kabupaten Acak' },
      ...(shape.assumptions === null
        ? {}
        : { assumptions: shape.assumptions ?? propertyAssumptions }),
      spd,
      innovations: innovations.map((inv, i) => ({
        id: `inov-${i}`,
        name: `Inovasi ${i}`,
        stage: 'penerapan',
        implementationDate: '2025-01-15',
        ...inv,
      })),
    }));
}
