import {
  loadCases,
  summariseScoring,
  type ScoringCaseInput,
  type ScoringExpectation,
} from '@inovasi/test-utils';
import { describe, expect, it } from 'vitest';
import { builtinRegistry } from '../registry/index.js';
import { safeScorePanel } from './score.js';

describe('shared scoring cases through the core', () => {
  it.each(loadCases<ScoringExpectation>('scoring'))('$name', (c) => {
    const input = c.input as ScoringCaseInput;
    const registry = input.overlay ? builtinRegistry.with([input.overlay]) : builtinRegistry;
    const rulebook = registry.resolve(input.overlay?.id ?? c.rulebook);
    const outcome = safeScorePanel(input.panel, rulebook, {
      asOf: c.asOf,
      ...(c.options?.resamples !== undefined ? { resamples: Number(c.options.resamples) } : {}),
    });
    if (c.expected.status === 'invalid') {
      expect(outcome.success).toBe(false);
      if (!outcome.success)
        expect(outcome.error.issues.map((i) => i.path)).toEqual(c.expected.issues);
      return;
    }
    expect(outcome.success).toBe(true);
    if (outcome.success) expect(summariseScoring(outcome.result, c.expected)).toEqual(c.expected);
  });
});
