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
 * Creates a registry. Each rulebook is parsed once, on its first use.
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
  let inputs: Map<string, Rulebook | RulebookInput> | undefined;
  const books = new Map<string, Rulebook>();
  const resolvedCache = new Map<string, ResolvedRulebook>();

  const parse = (input: Rulebook | RulebookInput): Rulebook => {
    const parsed = RulebookSchema.safeParse(input, { reportInput: true });
    if (!parsed.success) {
      const id = (input as { id?: unknown }).id;
      throw new CoreError(
        'RULEBOOK_INVALID',
        `Rulebook ${String(id)} does not match the rulebook format.`,
        issuesFromZod(parsed.error.issues),
      );
    }
    return parsed.data;
  };

  // Rulebooks are indexed by their id and each is parsed on its first use, so a command that
  // needs one edition does not pay for validating all of them.
  const index = (): Map<string, Rulebook | RulebookInput> => {
    if (inputs) return inputs;
    const found = new Map<string, Rulebook | RulebookInput>();
    for (const input of options.rulebooks) {
      const raw = (input as { id?: unknown }).id;
      const id = typeof raw === 'string' ? raw : parse(input).id;
      if (found.has(id))
        throw new CoreError('RULEBOOK_INVALID', `Two rulebooks have the id ${id}.`);
      found.set(id, input);
    }
    inputs = found;
    return found;
  };

  const book = (id: string): Rulebook | undefined => {
    const cached = books.get(id);
    if (cached) return cached;
    const input = index().get(id);
    if (input === undefined) return undefined;
    const parsed = parse(input);
    books.set(id, parsed);
    return parsed;
  };

  const all = (): Rulebook[] =>
    [...index().keys()].map((id) => book(id)).filter((b): b is Rulebook => b !== undefined);

  const registry: RulebookRegistry = {
    kinds,
    list(filter) {
      return all()
        .filter((b) => filter?.domain === undefined || b.domain === filter.domain)
        .sort((a, b) => (a.domain + a.id < b.domain + b.id ? -1 : 1))
        .map((book) => summarize(book, registry.resolve(book.id)));
    },
    get: (id) => book(id),
    has: (id) => index().has(id),
    resolve(id) {
      const cached = resolvedCache.get(id);
      if (cached) return cached;
      const found = book(id);
      if (!found) {
        throw new CoreError(
          'RULEBOOK_NOT_FOUND',
          `No rulebook with id ${id}. List the rulebooks with \`inovasi rulebook list\`.`,
        );
      }
      const resolved = resolveRulebook(found, book);
      resolvedCache.set(id, resolved);
      return resolved;
    },
    validate: (input) => validateRulebook(input, { lookup: book, kinds }),
    with(extra) {
      const added: Rulebook[] = [];
      const lookup = (id: string): Rulebook | undefined =>
        added.find((b) => b.id === id) ?? book(id);
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
      // The others stay unparsed until used (parsed ones are reused).
      const others = [...index().entries()]
        .filter(([id]) => !added.some((a) => a.id === id))
        .map(([id, input]) => books.get(id) ?? input);
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
