/**
 * One assertion for a readiness case, shared by the core, CLI and HTTP runners so the three
 * surfaces are held to exactly the same expectation.
 */
import { expect } from 'vitest';
import { isBatchInput, type ReadinessExpectation, type RulebookCase } from './fixtures.js';

interface FindingLike {
  readonly code: string;
  readonly fix?: { readonly en: string } | undefined;
}
interface ResultLike {
  readonly status: string;
  readonly findings: readonly FindingLike[];
}
interface BatchLike extends ResultLike {
  readonly items: readonly ({ readonly result: ResultLike } | { readonly error: unknown })[];
}

/**
 * Asserts that a surface's answer to a readiness case (a result, or a batch result for a batch
 * case) is what the case expects.
 */
export function expectReadinessCase(
  c: RulebookCase<ReadinessExpectation>,
  answer: ResultLike | BatchLike,
): void {
  expect(answer.status, c.name).toBe(c.expected.status);
  expect(answer.findings.map((f) => f.code)).toEqual(c.expected.codes);
  if (isBatchInput(c.input)) {
    expect(
      (answer as BatchLike).items.map((i) =>
        'result' in i
          ? { status: i.result.status, codes: i.result.findings.map((f) => f.code) }
          : { status: 'invalid', codes: [] },
      ),
    ).toEqual(c.expected.items);
  }
  if (c.expected.fixIncludes !== undefined)
    expect(answer.findings.map((f) => f.fix?.en ?? '').join('\n')).toContain(
      c.expected.fixIncludes,
    );
}
