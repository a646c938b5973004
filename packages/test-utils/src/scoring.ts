/**
 * The shape of the shared scoring cases and one way to compare a scoring result with them, so
 * the core, the CLI and the HTTP API check exactly the same things.
 */

/** The input of a scoring case: the panel, and optionally a rulebook overlay to score it with. */
export interface ScoringCaseInput {
  readonly panel: unknown;
  /** A custom rulebook that extends the case's rulebook (the CLI gets it as a file). */
  readonly overlay?: { readonly id: string } & Readonly<Record<string, unknown>>;
}

/** What a scoring case expects. */
export interface ScoringExpectation {
  readonly status: 'complete' | 'indeterminate' | 'invalid';
  /** Per stage: `[entry, score, decision]` in ranking order. */
  readonly stages?: readonly { readonly stage: string; readonly ranking: readonly unknown[][] }[];
  readonly final?: readonly string[];
  /** Finding codes in the result's order. */
  readonly codes?: readonly string[];
  /** For invalid panels: the paths of the input issues. */
  readonly issues?: readonly string[];
  /** English reason (first) expected for some entries of the last stage. */
  readonly reasons?: Readonly<Record<string, string>>;
}

interface ResultLike {
  readonly status: string;
  readonly final: readonly string[];
  readonly findings: readonly { readonly code: string }[];
  readonly stages: readonly {
    readonly stage: string;
    readonly entries: readonly {
      readonly entry: string;
      readonly score: number | null;
      readonly decision: string;
      readonly reasons: readonly { readonly en: string }[];
    }[];
  }[];
}

/** The parts of a scoring result a case compares (same shape as {@link ScoringExpectation}). */
export function summariseScoring(
  result: ResultLike,
  expected: ScoringExpectation,
): ScoringExpectation {
  const last = result.stages.at(-1);
  return {
    status: result.status as ScoringExpectation['status'],
    stages: result.stages.map((s) => ({
      stage: s.stage,
      ranking: s.entries.map((e) => [e.entry, e.score, e.decision]),
    })),
    final: result.final,
    codes: result.findings.map((f) => f.code),
    ...(expected.reasons
      ? {
          reasons: Object.fromEntries(
            Object.keys(expected.reasons).map((id) => [
              id,
              last?.entries.find((e) => e.entry === id)?.reasons[0]?.en ?? '',
            ]),
          ),
        }
      : {}),
  };
}
