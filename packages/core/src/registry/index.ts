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
import { incentiveRuleKinds, incentiveRulebooks } from '../incentive/index.js';
import { readinessRuleKinds, readinessRulebooks } from '../readiness/index.js';
import {
  bantenKompetisi2024,
  iga2023Presentasi,
  kipp2023Penilaian,
  kipp2025Penilaian,
  kotaMetro2027Judul,
  scoringRuleKinds,
  sulselKipp2022,
} from '../scoring/index.js';
import { createRegistry, type RuleKindSpec, type RulebookInput } from '../rulebook/index.js';

/** Every built-in rulebook, as written. */
export const builtinRulebooks: readonly RulebookInput[] = [
  ...readinessRulebooks,
  bantenKompetisi2024,
  iga2023Presentasi,
  kipp2023Penilaian,
  kipp2025Penilaian,
  kotaMetro2027Judul,
  sulselKipp2022,
  ...iidRulebooks,
  ...incentiveRulebooks,
];

/** Every built-in rule kind. */
export const builtinRuleKinds: readonly RuleKindSpec[] = [
  ...readinessRuleKinds,
  ...scoringRuleKinds,
  ...iidRuleKinds,
  ...incentiveRuleKinds,
];

/** The registry of built-in rulebooks. */
export const builtinRegistry = createRegistry({
  rulebooks: builtinRulebooks,
  kinds: builtinRuleKinds,
});
