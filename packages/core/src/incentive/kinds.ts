/**
 * Every incentive rule kind, by id. A rulebook's rules name one of these.
 *
 * @module
 */
import {
  auditOpinionGateKind,
  flagGateKind,
  gradeGateKind,
  minimumScoreGateKind,
  unspecifiedGateKind,
} from './rules/gates.js';
import { clustersKind, normalisationKind, potsKind, trancheKind } from './rules/scheme.js';
import type { IncentiveRuleKind } from './types.js';

/** The incentive rule kinds a rulebook may use. */
export const incentiveRuleKinds: readonly IncentiveRuleKind[] = [
  auditOpinionGateKind,
  flagGateKind,
  gradeGateKind,
  minimumScoreGateKind,
  unspecifiedGateKind,
  clustersKind,
  potsKind,
  trancheKind,
  normalisationKind,
];
