/**
 * Every readiness rule kind, by id. A rulebook's rules name one of these.
 *
 * @module
 */
import { implementationAgeKind } from './rules/implementation-age.js';
import type { ReadinessRuleKind } from './types.js';

/** The readiness rule kinds a rulebook may use. */
export const readinessRuleKinds: readonly ReadinessRuleKind[] = [implementationAgeKind];
