/**
 * The IID engine under the contract: `iidEngine.compile(rulebook, options)` reads the edition's
 * model once; `run` takes a region file (or, with `mode: 'predikat'`, a published `{ score }`).
 *
 * @module
 */
import { resolveAsOf } from '../contract/as-of.js';
import { assertRulebookFor, createChecker } from '../contract/checker.js';
import type { Engine, EngineResult } from '../contract/types.js';
import { CoreError, inputIssue } from '../shared/errors.js';
import type { PredikatResult } from './predikat.js';
import { assessRegion, parseRegion, type IidResult, type IidView } from './compute.js';
import { iidEnvelope, iidReferenceDate } from './envelope.js';
import type { IidRuleKind } from './kinds.js';
import { readIidModel } from './model.js';
import { predikatInModel } from './predikat.js';

/** The IID engine's own options. */
export interface IidEngineOptions {
  /** `region` (default): compute the index of a region file; `predikat`: band a published score. */
  readonly mode?: 'region' | 'predikat';
  /** The view the breakdown is given in (`claimed` by default). */
  readonly view?: IidView;
  /** Extra rule kinds (for custom rulebooks that bring their own steps or checks). */
  readonly kinds?: readonly IidRuleKind[];
}

/** The predikat of a published score (`status` known or indeterminate), with the contract's envelope. */
export type IidPredikatAnswer = PredikatResult &
  EngineResult & { readonly kind: 'iid-predikat'; readonly status: PredikatResult['status'] };

function parseScore(input: unknown): number {
  const score = (input as { score?: unknown } | null)?.score;
  if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100)
    throw new CoreError('INPUT_INVALID', 'An IID score is a number from 0 to 100.', [
      inputIssue('score', 'INPUT.SCORE_RANGE', { got: score }),
    ]);
  return score;
}

const round6 = (x: number | undefined): number | undefined =>
  x === undefined ? undefined : Math.round(x * 1e6) / 1e6;

function regionView(
  r: IidResult,
  expected: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const score = (c: IidResult['components'][keyof IidResult['components']]) =>
    c.status === 'known' ? round6(c.score) : null;
  const seen = r.findings.map((f) => (f.path !== undefined ? `${f.code} ${f.path}` : f.code));
  const wantFindings = Array.isArray(expected.findings) ? (expected.findings as unknown[]) : [];
  const levels = Object.fromEntries(r.spdRows.map((row) => [row.row, row.level]));
  const wantLevels =
    typeof expected.levels === 'object' && expected.levels !== null ? expected.levels : {};
  return {
    ...r,
    predikat: r.predikat.predikat,
    ...(r.predikat.status === 'indeterminate' ? { candidates: r.predikat.candidates } : {}),
    spd: score(r.components.spd),
    sidAverage: score(r.components.sidAverage),
    count: score(r.components.count),
    n: r.divisor.n,
    divisor: r.divisor.divisor,
    excluded: r.excluded.map((e) => e.code),
    // "must be among the findings": the expected ones that are there
    findings: wantFindings.filter((f) => typeof f === 'string' && seen.includes(f)),
    claimedIid: r.views.claimed.iid,
    verifiedIid: r.views.verified.iid,
    levels: Object.fromEntries(Object.keys(wantLevels).map((row) => [row, levels[row] ?? null])),
    innovationScores: r.innovations.map((i) => i.score),
  };
}

/**
 * The Indeks Inovasi Daerah as a contract engine.
 *
 * @example
 * ```ts
 * import { iidEngine } from '@inovasi/core/iid';
 *
 * const checker = iidEngine.compile(builtinRegistry.resolve('iid-2026'), { today: '2026-12-07' });
 * const result = checker.run(regionFile);
 * result.statusText.en; // 'Inovatif (innovative) (57.31)'
 * `${result.asOf} ${result.asOfReason}`; // '2026-12-07 today'
 * ```
 */
export const iidEngine: Engine<IidResult | IidPredikatAnswer, IidEngineOptions> = {
  domain: 'iid',
  title: { id: 'Indeks Inovasi Daerah', en: 'Regional Innovation Index' },
  compile(rulebook, options = {}) {
    assertRulebookFor('iid', rulebook);
    const date = resolveAsOf(rulebook, iidReferenceDate(rulebook), options);
    const model = readIidModel(rulebook, date.asOf, options.kinds);
    const view = options.view ?? 'claimed';
    if (options.mode === 'predikat')
      return createChecker('iid', rulebook, date, (input): IidPredikatAnswer => {
        const score = parseScore(input);
        const predikat = predikatInModel(model, score);
        return {
          ...predikat,
          kind: 'iid-predikat',
          rulebook: { id: rulebook.id, title: rulebook.title, chain: rulebook.chain },
          findings: [],
          ...iidEnvelope(predikat, {}, date),
        };
      });
    return createChecker('iid', rulebook, date, (input) => ({
      ...assessRegion(parseRegion(input), model, view),
      ...date,
    }));
  },
  parseOptions(raw) {
    const issues = [];
    if (raw.mode !== undefined && raw.mode !== 'region' && raw.mode !== 'predikat')
      issues.push(
        inputIssue('mode', 'INPUT.ONE_OF', { choices: ['region', 'predikat'], got: raw.mode }),
      );
    if (raw.view !== undefined && raw.view !== 'claimed' && raw.view !== 'verified')
      issues.push(
        inputIssue('view', 'INPUT.ONE_OF', { choices: ['claimed', 'verified'], got: raw.view }),
      );
    if (issues.length > 0)
      throw new CoreError('INPUT_INVALID', 'The IID options are not valid.', issues);
    return {
      ...(raw.mode !== undefined ? { mode: raw.mode as 'region' | 'predikat' } : {}),
      ...(raw.view !== undefined ? { view: raw.view as IidView } : {}),
    };
  },
  caseView(result, expected) {
    if (result.kind === 'iid') return regionView(result, expected);
    return {
      ...result,
      status: result.status === 'known' ? 'determinate' : 'indeterminate',
      iid: result.score,
    };
  },
};
