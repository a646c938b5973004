/**
 * Private test helpers shared by every package: the rulebook cases run through all three
 * surfaces, and (later) fast-check arbitraries for the input formats.
 */
export { fixturesDir, loadCases } from './fixtures.js';
export type { ReadinessExpectation, RulebookCase } from './fixtures.js';
export { summariseScoring } from './scoring.js';
export type { ScoringCaseInput, ScoringExpectation } from './scoring.js';
export { expectIidCase, expectPredikatCase } from './iid.js';
export type { IidExpectation } from './iid.js';
