/**
 * Gate answers that a compiled gate keeps: explained once for an input pattern (a flag given as
 * `true`, a grade `C`, the latest opinions `WTP WTP WDP`, a rule that is not known) and given to
 * every region with that pattern. A checker shares the rest of a result (status, findings, fixes,
 * what is missing) between the regions whose gates gave the same kept answers; an answer that is
 * not kept (explained for one region, as a score is) is never shared.
 *
 * @module
 */
import type { GateEvaluation } from './types.js';

const kept = new WeakSet<GateEvaluation>();

/**
 * Marks a gate answer as kept (the same object for every region with its input pattern, never
 * changed). Returns it.
 *
 * @example
 * ```ts
 * const passed = keepAnswer(result('pass', parts));
 * ```
 */
export function keepAnswer(answer: GateEvaluation): GateEvaluation {
  kept.add(answer);
  return answer;
}

/** Was this answer kept by its gate ({@link keepAnswer})? */
export function isKeptAnswer(answer: GateEvaluation): boolean {
  return kept.has(answer);
}
