/**
 * Rule kinds: the evaluators a rulebook's rules can name. A kind declares the parameter slots it
 * reads and the schema of each, so a custom rulebook can be checked before it is used
 * ({@link RuleKindSpec}). Every engine's kinds share one plug-in shape ({@link EngineRuleKind}):
 * a kind **compiles** one rule of a resolved rulebook, once per checker, into whatever that
 * engine runs per input. Engines look kinds up through one registry ({@link createRuleKindRegistry})
 * built from their built-in kinds plus the caller's extra kinds, so a new rule kind is one file
 * and one registration.
 *
 * @module
 */
import type * as z from 'zod/mini';
import { CoreError } from '../shared/errors.js';
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

/**
 * A rule kind as a plug-in of one engine: its slots (for validation) and how it compiles one rule
 * of a rulebook. `TContext` is what the engine hands over at compile time (at least the rule and
 * the evaluation that reads its dated parameters); `TCompiled` is what the engine then runs for
 * each input. Compiling happens once per checker, never per input.
 *
 * @example
 * ```ts
 * import type { EngineRuleKind } from '@inovasi/core/rulebook';
 *
 * const alwaysPass: EngineRuleKind<'readiness', ReadinessCompileContext, CompiledRule> = {
 *   kind: 'my.always-pass',
 *   domain: 'readiness',
 *   title: { id: 'Selalu lolos', en: 'Always passes' },
 *   slots: {},
 *   compile: ({ rule }) => ({ proposal: () => passOutcome(rule) }),
 * };
 * ```
 */
export interface EngineRuleKind<TDomain extends Domain, TContext, TCompiled> extends RuleKindSpec {
  readonly domain: TDomain;
  compile(context: TContext): TCompiled;
}

/** The rule kinds one engine runs with: built-ins plus the caller's extra kinds, by id. */
export interface RuleKindRegistry<K extends RuleKindSpec> {
  /** Every kind, built-ins first, in registration order. */
  readonly kinds: readonly K[];
  /** The kind with that id, if registered. */
  get(kind: string): K | undefined;
  /**
   * The kind a rule names. Throws `RULEBOOK_INVALID` naming the rule and the rulebook when no
   * kind of that id is registered.
   */
  kindOf(rule: { readonly id: string; readonly kind: string }, rulebookId: string): K;
}

/**
 * Builds an engine's id → kind registry from its built-in kinds and the kinds a caller brings
 * (for a custom rulebook with its own evaluators). A kind id registered twice, or a kind of
 * another engine's domain, is a programmer error: it throws `RULEBOOK_INVALID` naming the kind.
 *
 * @example
 * ```ts
 * const kinds = createRuleKindRegistry('readiness', readinessRuleKinds, options.kinds);
 * const compiled = rulebook.rules.map((rule) => kinds.kindOf(rule, rulebook.id).compile({ evaluation, rule }));
 * ```
 */
export function createRuleKindRegistry<K extends RuleKindSpec>(
  domain: Domain,
  builtins: readonly K[],
  extra: readonly K[] = [],
): RuleKindRegistry<K> {
  const byId = new Map<string, K>();
  const kinds = [...builtins, ...extra];
  for (const k of kinds) {
    if (k.domain !== domain) {
      throw new CoreError(
        'RULEBOOK_INVALID',
        `Rule kind ${k.kind} is a ${k.domain} kind; it cannot be registered with the ${domain} engine.`,
      );
    }
    if (byId.has(k.kind)) {
      throw new CoreError(
        'RULEBOOK_INVALID',
        `Rule kind ${k.kind} is registered twice with the ${domain} engine. Give the extra kind its own id (e.g. prefix it with your organisation).`,
      );
    }
    byId.set(k.kind, k);
  }
  return {
    kinds,
    get: (kind) => byId.get(kind),
    kindOf(rule, rulebookId) {
      const found = byId.get(rule.kind);
      if (found === undefined) {
        throw new CoreError(
          'RULEBOOK_INVALID',
          `Rule ${rule.id} of ${rulebookId} uses kind ${rule.kind}, which this version of inovasi does not know.`,
        );
      }
      return found;
    },
  };
}
