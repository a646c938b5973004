/**
 * Rule kinds: the evaluators a rulebook's rules can name. A kind declares the parameter slots it
 * reads and the schema of each, so a custom rulebook can be checked before it is used. Engines
 * attach their own `evaluate` to the kinds they run.
 *
 * @module
 */
import type * as z from 'zod/mini';
import type { LocalizedText } from '../shared/i18n.js';
import type { Domain } from './schema.js';

/** One parameter slot of a rule kind. */
export interface SlotSpec {
  readonly schema: z.ZodMiniType;
  readonly required: boolean;
  readonly description: LocalizedText;
}

/** What a rulebook needs to know about an evaluator to validate rules that use it. */
export interface RuleKindSpec {
  /** Stable kind id, e.g. `readiness.implementation-age`. */
  readonly kind: string;
  readonly domain: Domain;
  readonly title: LocalizedText;
  readonly slots: Readonly<Record<string, SlotSpec>>;
}
