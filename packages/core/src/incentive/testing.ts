/**
 * The shape of the shared incentive case files (`packages/test-utils/fixtures/incentive/`), used
 * by the core, CLI and HTTP tests. Not exported from the package entry.
 *
 * @module
 */

/** What an incentive case expects. */
export interface IncentiveExpectation {
  readonly status: string;
  /** Finding codes, sorted. */
  readonly codes?: readonly string[];
  /** `A`, `B`, … for an assigned cluster, else the cluster status (`undecided`, `none`, `unknown`). */
  readonly cluster?: string;
  readonly fixIncludes?: string;
  readonly missingRules?: readonly string[];
  readonly tranche?: string;
  readonly trancheFixIncludes?: string;
  /** Allocation cases: per pot, its status and (optionally) the amount per region. */
  readonly pots?: Readonly<
    Record<string, { readonly status: string; readonly shares?: Readonly<Record<string, number>> }>
  >;
  /** Allocation cases: rejected rows or indexes with the paths named. */
  readonly rejected?: readonly { readonly index: number; readonly paths: readonly string[] }[];
}
