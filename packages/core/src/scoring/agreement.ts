/**
 * Judge agreement: Krippendorff's alpha (interval) per criterion and on the totals, and flags
 * for judges who give the same score to everything or disagree far from the rest of the panel.
 *
 * @module
 */
import { clean, correlation, krippendorffAlphaInterval, mean } from './stats.js';

/** One counted sheet as agreement sees it. */
export interface AgreementSheet {
  readonly judge: string;
  readonly entry: string;
  readonly total: number;
  /** Raw scores by criterion (only counted criteria with a value). */
  readonly criteria: Readonly<Record<string, number>>;
}

/** A judge's agreement with the panel. */
export interface JudgeAgreement {
  readonly judge: string;
  readonly sheets: number;
  /** Pearson correlation of this judge's totals with the mean of the other judges' totals on the same entries. */
  readonly correlationWithPanel: number | null;
  /** Mean of (this judge's total − the others' mean) on the same entries. */
  readonly meanDifference: number | null;
  /** Every sheet has the same total, or every criterion score the judge gave is the same value. */
  readonly flat: boolean;
  /** Correlation with the panel below the threshold. */
  readonly disagrees: boolean;
}

/** Agreement of a stage's panel. */
export interface Agreement {
  /** Alpha on the sheet totals; null when it cannot be computed (fewer than two judges per entry, no variation). */
  readonly overall: number | null;
  readonly criteria: readonly { readonly criterion: string; readonly alpha: number | null }[];
  readonly judges: readonly JudgeAgreement[];
  /** The correlation below which a judge is flagged. */
  readonly disagreementThreshold: number;
}

/** Below this correlation with the rest of the panel a judge is flagged for review. */
export const DISAGREEMENT_THRESHOLD = 0.2;

/**
 * Measures agreement over counted sheets.
 *
 * @example
 * ```ts
 * const a = assessAgreement(sheets, ['kebaruan', 'manfaat']);
 * a.overall; // e.g. 0.71
 * ```
 */
export function assessAgreement(
  sheets: readonly AgreementSheet[],
  criteria: readonly string[],
): Agreement {
  const byEntry = new Map<string, AgreementSheet[]>();
  for (const s of sheets) {
    const list = byEntry.get(s.entry);
    if (list) list.push(s);
    else byEntry.set(s.entry, [s]);
  }
  const units = [...byEntry.values()];
  const overall = krippendorffAlphaInterval(units.map((u) => u.map((s) => s.total)));
  const perCriterion = criteria.map((criterion) => ({
    criterion,
    alpha: krippendorffAlphaInterval(
      units.map((u) =>
        u.map((s) => s.criteria[criterion]).filter((v): v is number => v !== undefined),
      ),
    ),
  }));
  const judgeIds = [...new Set(sheets.map((s) => s.judge))].sort();
  const byJudge = new Map<string, AgreementSheet[]>();
  for (const s of sheets) {
    const list = byJudge.get(s.judge);
    if (list) list.push(s);
    else byJudge.set(s.judge, [s]);
  }
  const judges = judgeIds.map((judge): JudgeAgreement => {
    const own = byJudge.get(judge) ?? [];
    const xs: number[] = [];
    const ys: number[] = [];
    for (const s of own) {
      const others = (byEntry.get(s.entry) ?? []).filter((o) => o.judge !== judge);
      if (others.length === 0) continue;
      xs.push(s.total);
      ys.push(mean(others.map((o) => o.total)));
    }
    const r = correlation(xs, ys);
    const totals = new Set(own.map((s) => s.total));
    const values = new Set(own.flatMap((s) => Object.values(s.criteria)));
    const flat = own.length >= 3 && (totals.size === 1 || values.size === 1);
    return {
      judge,
      sheets: own.length,
      correlationWithPanel: Number.isNaN(r) ? null : clean(r),
      meanDifference: xs.length === 0 ? null : clean(mean(xs.map((x, i) => x - (ys[i] ?? 0)))),
      flat,
      disagrees: !Number.isNaN(r) && r < DISAGREEMENT_THRESHOLD,
    };
  });
  return {
    overall,
    criteria: perCriterion,
    judges,
    disagreementThreshold: DISAGREEMENT_THRESHOLD,
  };
}
