/**
 * A registry of rulebooks: list them, get one by id, resolve its `extends` chain, validate a
 * custom one against the rulebooks and rule kinds it knows.
 *
 * @module
 */
import { CoreError, issuesFromZod } from '../shared/errors.js';
import type { LocalizedText } from '../shared/i18n.js';
import type { Source } from '../shared/source.js';
import type { RuleKindSpec } from './kinds.js';
import { resolveRulebook, type ResolvedRulebook } from './resolve.js';
import {
  RulebookSchema,
  type Domain,
  type Rulebook,
  type RulebookInput,
  type RulebookStatus,
} from './schema.js';
import { validateRulebook, type RulebookValidation } from './validate.js';

/** One line of `rulebook list`. */
export interface RulebookSummary {
  readonly id: string;
  readonly title: LocalizedText;
  readonly domain: Domain;
  readonly status: RulebookStatus;
  readonly issuer: string;
  readonly effective: { readonly from: string; readonly to?: string | undefined };
  readonly extends?: string;
  readonly legalBasis: readonly Source[];
  readonly parameterCount: number;
  /** Parameters whose latest value is `unknown`. */
  readonly unknownParameterCount: number;
  readonly ruleCount: number;
}

/** A set of rulebooks and the rule kinds their rules may use. */
export interface RulebookRegistry {
  /** Summaries of every rulebook, sorted by domain then id. */
  list(filter?: { domain?: Domain }): RulebookSummary[];
  /** The rulebook as written, or undefined. */
  get(id: string): Rulebook | undefined;
  /** Does the registry know this id? */
  has(id: string): boolean;
  /**
   * The rulebook with its `extends` chain applied.
   *
   * @throws {CoreError} `RULEBOOK_NOT_FOUND`, `RULEBOOK_CYCLE`, `RULEBOOK_DOMAIN_MISMATCH`.
   */
  resolve(id: string): ResolvedRulebook;
  /** Validates a custom rulebook (unknown input) against this registry; never throws. */
  validate(input: unknown): RulebookValidation;
  /**
   * A registry that also knows `extra` (e.g. a city's overlay loaded from a file).
   *
   * @throws {CoreError} `RULEBOOK_INVALID` when an extra rulebook fails validation.
   */
  with(extra: readonly unknown[]): RulebookRegistry;
  readonly kinds: readonly RuleKindSpec[];
}

/**
 * Creates a registry. Built-in rulebooks are parsed once, on first use.
 *
 * @example
 * ```ts
 * const registry = createRegistry({ rulebooks: [kipp2018], kinds: readinessKinds });
 * registry.resolve('kipp-2018').rules.map((r) => r.id); // ['KIPP.AGE.MIN']
 * ```
 */
export function createRegistry(options: {
  rulebooks: readonly (Rulebook | RulebookInput)[];
  kinds: readonly RuleKindSpec[];
}): RulebookRegistry {
  const { kinds } = options;
  let books: Map<string, Rulebook> | undefined;
  const resolvedCache = new Map<string, ResolvedRulebook>();

  const all = (): Map<string, Rulebook> => {
    if (books) return books;
    books = new Map();
    for (const input of options.rulebooks) {
      const parsed = RulebookSchema.safeParse(input);
      if (!parsed.success) {
        const id = (input as { id?: unknown }).id;
        throw new CoreError(
          'RULEBOOK_INVALID',
          `Rulebook ${String(id)} does not match the rulebook format.`,
          issuesFromZod(parsed.error.issues),
        );
      }
      if (books.has(parsed.data.id)) {
        throw new CoreError('RULEBOOK_INVALID', `Two rulebooks have the id ${parsed.data.id}.`);
      }
      books.set(parsed.data.id, parsed.data);
    }
    return books;
  };

  const registry: RulebookRegistry = {
    kinds,
    list(filter) {
      return [...all().values()]
        .filter((b) => filter?.domain === undefined || b.domain === filter.domain)
        .sort((a, b) => (a.domain + a.id < b.domain + b.id ? -1 : 1))
        .map((book) => summarize(book, registry.resolve(book.id)));
    },
    get: (id) => all().get(id),
    has: (id) => all().has(id),
    resolve(id) {
      const cached = resolvedCache.get(id);
      if (cached) return cached;
      const book = all().get(id);
      if (!book) {
        throw new CoreError(
          'RULEBOOK_NOT_FOUND',
          `No rulebook with id ${id}. List the rulebooks with \`inovasi rulebook list\`.`,
        );
      }
      const resolved = resolveRulebook(book, (parent) => all().get(parent));
      resolvedCache.set(id, resolved);
      return resolved;
    },
    validate: (input) => validateRulebook(input, { lookup: (id) => all().get(id), kinds }),
    with(extra) {
      const added: Rulebook[] = [];
      const lookup = (id: string): Rulebook | undefined =>
        added.find((b) => b.id === id) ?? all().get(id);
      for (const input of extra) {
        const report = validateRulebook(input, { lookup, kinds });
        if (!report.valid || !report.rulebook) {
          throw new CoreError(
            'RULEBOOK_INVALID',
            `The custom rulebook ${idOf(input)} is not valid. Run \`inovasi rulebook validate\` on it for every problem.`,
            report.findings
              .filter((f) => f.severity === 'error')
              .map((f) => ({ path: f.path ?? '(root)', message: f.message.en })),
          );
        }
        added.push(report.rulebook);
      }
      const others = [...all().values()].filter((b) => !added.some((a) => a.id === b.id));
      return createRegistry({ rulebooks: [...others, ...added], kinds });
    },
  };
  return registry;
}

function idOf(input: unknown): string {
  const id =
    typeof input === 'object' && input !== null ? (input as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : '(without id)';
}

function summarize(book: Rulebook, resolved: ResolvedRulebook): RulebookSummary {
  const parameters = Object.values(resolved.parameters);
  const unknown = parameters.filter((p) => {
    const last = p.values.at(-1);
    return last !== undefined && 'unknown' in last;
  }).length;
  return {
    id: book.id,
    title: book.title,
    domain: book.domain,
    status: book.status,
    issuer: book.issuer,
    effective: book.effective,
    ...(book.extends !== undefined ? { extends: book.extends } : {}),
    legalBasis: book.legalBasis,
    parameterCount: parameters.length,
    unknownParameterCount: unknown,
    ruleCount: resolved.rules.length,
  };
}
