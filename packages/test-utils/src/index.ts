/**
 * Private test helpers shared by every package: the rulebook cases run through all three
 * surfaces, and (later) fast-check arbitraries for the input formats.
 */
export { fixturesDir, isBatchInput, loadCases } from './fixtures.js';
export type { Provenance, ReadinessExpectation, RulebookCase } from './fixtures.js';
export { indonesianText, isoDate, proposalArbitrary } from './arbitraries/readiness.js';
export {
  hostileDir,
  hostileFiles,
  hostileJson,
  hostileProposal,
  hostileString,
} from './arbitraries/hostile.js';
export { summariseScoring } from './scoring.js';
export type { ScoringCaseInput, ScoringExpectation } from './scoring.js';
export { expectIidCase, expectPredikatCase, propertyAssumptions, regionArbitrary } from './iid.js';
export type { IidExpectation, RegionShape } from './iid.js';
export { expectReadinessCase } from './readiness.js';
export {
  claimantsArbitrary,
  expectIncentiveCase,
  incentiveRegionsArbitrary,
  isAllocationCase,
  rupiahArbitrary,
} from './incentive.js';
export type { IncentiveExpectation } from './incentive.js';
export { readZip } from './zip.js';
