/**
 * The four built-in engines by domain, so a tool can run any rulebook on its own kind of input.
 *
 * @module
 */
import type { Domain } from '../rulebook/index.js';
import { iidEngine } from '../iid/engine.js';
import { incentiveEngine } from '../incentive/engine.js';
import { readinessEngine } from '../readiness/engine.js';
import { scoringEngine } from '../scoring/engine.js';
import type { Engine, EngineResult } from './types.js';

/** Every built-in engine, by the domain of the rulebooks it runs. */
export const engines: Readonly<Record<Domain, Engine<EngineResult, object>>> = {
  readiness: readinessEngine,
  scoring: scoringEngine,
  iid: iidEngine,
  incentive: incentiveEngine,
};

/**
 * The engine for a rulebook's domain.
 *
 * @example
 * ```ts
 * const rulebook = builtinRegistry.resolve('kipp-2018');
 * const checker = engineFor(rulebook.domain).compile(rulebook, { today: '2026-12-07' });
 * ```
 */
export function engineFor(domain: Domain): Engine<EngineResult, object> {
  return engines[domain];
}
