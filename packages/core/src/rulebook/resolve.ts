/**
 * Applies `extends`: a rulebook on top of its parent (and grandparent…) becomes one resolved
 * rulebook in which every rule and parameter records the rulebook it came from.
 *
 * @module
 */
import { CoreError } from '../shared/errors.js';
import type { LocalizedText } from '../shared/i18n.js';
import type { Source } from '../shared/source.js';
import type { Domain, Parameter, Rule, Rulebook, RulebookStatus } from './schema.js';

/** A parameter after `extends`, with the rulebook that defined it. */
export interface ResolvedParameter extends Parameter {
  /** Id of the rulebook that defined this parameter. */
  readonly origin: string;
}

/** A rule after `extends`, with the rulebook that defined it. */
export interface ResolvedRule extends Rule {
  /** Id of the rulebook that defined this rule. */
  readonly origin: string;
}

/** Something a child rulebook switched off. */
export interface Disabled {
  readonly kind: 'rule' | 'parameter';
  readonly id: string;
  /** The rulebook that switched it off. */
  readonly by: string;
}

/** A rulebook with its whole `extends` chain applied. */
export interface ResolvedRulebook {
  readonly id: string;
  readonly title: LocalizedText;
  readonly domain: Domain;
  readonly status: RulebookStatus;
  readonly statusNote?: LocalizedText;
  readonly issuer: string;
  readonly legalBasis: readonly Source[];
  readonly effective: { readonly from: string; readonly to?: string | undefined };
  /** This rulebook first, then its parent, grandparent… */
  readonly chain: readonly string[];
  readonly parameters: Readonly<Record<string, ResolvedParameter>>;
  /** Enabled rules, parents' order first, replacements in place, additions after. */
  readonly rules: readonly ResolvedRule[];
  readonly disabled: readonly Disabled[];
}

/** Finds a rulebook (as written) by id. */
export type RulebookLookup = (id: string) => Rulebook | undefined;

/**
 * Resolves a rulebook's `extends` chain.
 *
 * @throws {CoreError} `RULEBOOK_NOT_FOUND` when a parent is missing, `RULEBOOK_CYCLE` when the
 *   chain loops, `RULEBOOK_DOMAIN_MISMATCH` when a parent is for another engine.
 *
 * @example
 * ```ts
 * const resolved = resolveRulebook(cityOverlay, (id) => registry.get(id));
 * resolved.rules.map((r) => `${r.id} from ${r.origin}`);
 * ```
 */
export function resolveRulebook(book: Rulebook, lookup: RulebookLookup): ResolvedRulebook {
  const lineage: Rulebook[] = [book];
  const seen = new Set([book.id]);
  let current = book;
  while (current.extends !== undefined) {
    const parentId = current.extends;
    if (seen.has(parentId)) {
      const chain = [...seen, parentId].join(' → ');
      throw new CoreError(
        'RULEBOOK_CYCLE',
        `Rulebook ${book.id} extends itself through ${chain}.`,
        [],
        {
          id: `Buku aturan ${book.id} memperluas dirinya sendiri lewat ${chain}.`,
          en: `Rulebook ${book.id} extends itself through ${chain}.`,
        },
      );
    }
    const parent = lookup(parentId);
    if (!parent) {
      const text = {
        id: `Buku aturan ${current.id} memperluas ${parentId}, yang tidak dikenal. Lihat daftarnya dengan \`inovasi rulebook list\`.`,
        en: `Rulebook ${current.id} extends ${parentId}, which is not known. List the rulebooks with \`inovasi rulebook list\`.`,
      };
      throw new CoreError('RULEBOOK_NOT_FOUND', text.en, [], text);
    }
    if (parent.domain !== book.domain) {
      const text = {
        id: `Buku aturan ${current.id} (${current.domain}) memperluas ${parent.id}, yang untuk ${parent.domain}.`,
        en: `Rulebook ${current.id} (${current.domain}) extends ${parent.id}, which is for ${parent.domain}.`,
      };
      throw new CoreError('RULEBOOK_DOMAIN_MISMATCH', text.en, [], text);
    }
    seen.add(parentId);
    lineage.push(parent);
    current = parent;
  }

  const parameters = new Map<string, ResolvedParameter>();
  const rules = new Map<string, ResolvedRule>();
  const disabled: Disabled[] = [];
  for (const layer of [...lineage].reverse()) {
    for (const id of layer.disable?.parameters ?? []) {
      if (parameters.delete(id)) disabled.push({ kind: 'parameter', id, by: layer.id });
    }
    for (const id of layer.disable?.rules ?? []) {
      if (rules.delete(id)) disabled.push({ kind: 'rule', id, by: layer.id });
    }
    for (const parameter of layer.parameters) {
      parameters.set(parameter.id, { ...parameter, origin: layer.id });
    }
    for (const rule of layer.rules) {
      rules.set(rule.id, { ...rule, origin: layer.id });
    }
  }

  return {
    id: book.id,
    title: book.title,
    domain: book.domain,
    status: book.status,
    ...(book.statusNote ? { statusNote: book.statusNote } : {}),
    issuer: book.issuer,
    legalBasis: book.legalBasis,
    effective: book.effective,
    chain: lineage.map((b) => b.id),
    parameters: Object.fromEntries(parameters),
    rules: [...rules.values()],
    disabled,
  };
}
