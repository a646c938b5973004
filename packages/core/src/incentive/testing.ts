/**
 * The shape of the shared incentive case files (`packages/test-utils/fixtures/incentive/`), used
 * by the core, CLI and HTTP tests. The expectation is a partial result: every key but `codes`
 * and `fixIncludes` is matched against the result as it is (objects partially, arrays element by
 * element), as `inovasi rulebook test` does. Not exported from the package entry.
 *
 * @module
 */

/** What an incentive case expects. */
export interface IncentiveExpectation {
  readonly status: string;
  /** Finding codes, in the result's order. */
  readonly codes?: readonly string[];
  /** Text the English fix of the first finding contains. */
  readonly fixIncludes?: string;
  readonly [key: string]: unknown;
}

/** The expectation without the two keys that are not part of the result. */
export function resultPart(expected: IncentiveExpectation): Record<string, unknown> {
  const { codes: _codes, fixIncludes: _fix, ...rest } = expected;
  return rest;
}
