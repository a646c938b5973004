/**
 * `@inovasi/core/registry`: every built-in rulebook and rule kind in one registry. Importing it
 * brings every edition into a bundle; a browser form that needs one edition imports that edition
 * from its domain entry instead.
 *
 * @example
 * ```ts
 * import { builtinRegistry } from '@inovasi/core/registry';
 *
 * builtinRegistry.list().map((b) => b.id); // ['kipp-2018', …]
 * ```
 *
 * @module
 */
import { iidRuleKinds, iidRulebooks } from '../iid/index.js';
import { kipp2018, readinessRuleKinds } from '../readiness/index.js';
import { createRegistry, type RuleKindSpec, type RulebookInput } from '../rulebook/index.js';

/** Every built-in rulebook, as written. */
export const builtinRulebooks: readonly RulebookInput[] = [kipp2018, ...iidRulebooks];

/** Every built-in rule kind. */
export const builtinRuleKinds: readonly RuleKindSpec[] = [...readinessRuleKinds, ...iidRuleKinds];

/** The registry of built-in rulebooks. */
export const builtinRegistry = createRegistry({
  rulebooks: builtinRulebooks,
  kinds: builtinRuleKinds,
});
