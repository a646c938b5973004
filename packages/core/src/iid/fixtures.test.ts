import {
  expectIidCase,
  expectPredikatCase,
  loadCases,
  type IidExpectation,
} from '@inovasi/test-utils';
import { describe, it } from 'vitest';
import { builtinRegistry } from '../registry/index.js';
import { computeIid } from './compute.js';
import { predikatFor } from './predikat.js';

const cases = loadCases<IidExpectation>('iid');

describe('shared IID cases (also run through the CLI and the HTTP API)', () => {
  it.each(cases)('$name', (c) => {
    const rulebook = builtinRegistry.resolve(c.rulebook);
    if (c.options?.mode === 'predikat') {
      const { score } = c.input as { score: number };
      expectPredikatCase(predikatFor(score, rulebook, { asOf: c.asOf }), c.expected);
      return;
    }
    const view = c.options?.view === 'verified' ? 'verified' : 'claimed';
    expectIidCase(computeIid(c.input, rulebook, { asOf: c.asOf, view }), c.expected);
  });
});
