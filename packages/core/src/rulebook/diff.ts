/**
 * What changed between two rulebooks: parameters, rules, sources and the edition's own facts
 * (status, window, legal basis). Pure and symmetric: `diffRulebooks(a, b)` lists as `added` what
 * `diffRulebooks(b, a)` lists as `removed`. Both rulebooks are compared after `extends`, so a
 * city overlay can be compared with the national edition it builds on.
 *
 * @module
 */
import type { LocalizedText } from '../shared/i18n.js';
import type { DatedValue } from './schema.js';
import type { ResolvedParameter, ResolvedRule, ResolvedRulebook } from './resolve.js';

/** One field whose value differs. `before`/`after` are plain JSON values. */
export interface FieldChange {
  /** The field, e.g. `status`, `effective.to`, `kind`, `parameters.minimumAge`, `source`. */
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** A parameter that was added, removed or changed. */
export interface ParameterChange {
  readonly id: string;
  readonly change: 'added' | 'removed' | 'changed';
  readonly title: LocalizedText;
  /** The dated values before (absent when added). */
  readonly before?: readonly DatedValue[];
  /** The dated values after (absent when removed). */
  readonly after?: readonly DatedValue[];
  /** For `changed`: which fields differ (`values`, `title`, `unit`, `description`). */
  readonly fields: readonly FieldChange[];
}

/** A rule that was added, removed or changed. */
export interface RuleChange {
  readonly id: string;
  readonly change: 'added' | 'removed' | 'changed';
  readonly title: LocalizedText;
  readonly kind: string;
  /** For `changed`: which fields differ (`kind`, `title`, `parameters.<slot>`, `severity`, `source`, `note`). */
  readonly fields: readonly FieldChange[];
}

/** The difference between two rulebooks. */
export interface RulebookDiff {
  readonly from: { readonly id: string; readonly title: LocalizedText };
  readonly to: { readonly id: string; readonly title: LocalizedText };
  /** Differences in the edition's own facts: `domain`, `status`, `issuer`, `effective.*`, `legalBasis`. */
  readonly edition: readonly FieldChange[];
  readonly parameters: readonly ParameterChange[];
  readonly rules: readonly RuleChange[];
  /** True when nothing differs but the id and title. */
  readonly identical: boolean;
}

function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** JSON with sorted keys, so key order never counts as a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : v,
  );
}

function fieldChanges(
  pairs: readonly (readonly [string, unknown, unknown])[],
): readonly FieldChange[] {
  return pairs
    .filter(([, before, after]) => !same(before, after))
    .map(([field, before, after]) => ({ field, before: before ?? null, after: after ?? null }));
}

function parameterFields(a: ResolvedParameter, b: ResolvedParameter): readonly FieldChange[] {
  return fieldChanges([
    ['title', a.title, b.title],
    ['description', a.description, b.description],
    ['unit', a.unit, b.unit],
    ['values', a.values, b.values],
  ]);
}

function ruleFields(a: ResolvedRule, b: ResolvedRule): readonly FieldChange[] {
  const slots = [...new Set([...Object.keys(a.parameters), ...Object.keys(b.parameters)])].sort();
  return fieldChanges([
    ['kind', a.kind, b.kind],
    ['title', a.title, b.title],
    ...slots.map((slot) => [`parameters.${slot}`, a.parameters[slot], b.parameters[slot]] as const),
    ['severity', a.severity, b.severity],
    ['source', a.source, b.source],
    ['note', a.note, b.note],
  ]);
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function unionIds(a: Iterable<string>, b: Iterable<string>): string[] {
  return [...new Set([...a, ...b])].sort();
}

/**
 * Compares two resolved rulebooks: what an innovator or a region would see change from one
 * edition to the next.
 *
 * @example
 * ```ts
 * import { builtinRegistry } from '@inovasi/core/registry';
 * import { diffRulebooks } from '@inovasi/core/rulebook';
 *
 * const diff = diffRulebooks(builtinRegistry.resolve('kipp-2018'), builtinRegistry.resolve('kipp-2018'));
 * diff.identical; // true
 * ```
 */
export function diffRulebooks(a: ResolvedRulebook, b: ResolvedRulebook): RulebookDiff {
  const edition = fieldChanges([
    ['domain', a.domain, b.domain],
    ['status', a.status, b.status],
    ['issuer', a.issuer, b.issuer],
    ['effective.from', a.effective.from, b.effective.from],
    ['effective.to', a.effective.to, b.effective.to],
    ['legalBasis', a.legalBasis, b.legalBasis],
  ]);

  const parameters: ParameterChange[] = [];
  for (const id of unionIds(Object.keys(a.parameters), Object.keys(b.parameters))) {
    const before = a.parameters[id];
    const after = b.parameters[id];
    if (before && !after)
      parameters.push({
        id,
        change: 'removed',
        title: before.title,
        before: before.values,
        fields: [],
      });
    else if (!before && after)
      parameters.push({ id, change: 'added', title: after.title, after: after.values, fields: [] });
    else if (before && after) {
      const fields = parameterFields(before, after);
      if (fields.length > 0)
        parameters.push({
          id,
          change: 'changed',
          title: after.title,
          before: before.values,
          after: after.values,
          fields,
        });
    }
  }

  const rulesA = byId(a.rules);
  const rulesB = byId(b.rules);
  const rules: RuleChange[] = [];
  for (const id of unionIds(rulesA.keys(), rulesB.keys())) {
    const before = rulesA.get(id);
    const after = rulesB.get(id);
    if (before && !after)
      rules.push({ id, change: 'removed', title: before.title, kind: before.kind, fields: [] });
    else if (!before && after)
      rules.push({ id, change: 'added', title: after.title, kind: after.kind, fields: [] });
    else if (before && after) {
      const fields = ruleFields(before, after);
      if (fields.length > 0)
        rules.push({ id, change: 'changed', title: after.title, kind: after.kind, fields });
    }
  }

  return {
    from: { id: a.id, title: a.title },
    to: { id: b.id, title: b.title },
    edition,
    parameters,
    rules,
    identical: edition.length === 0 && parameters.length === 0 && rules.length === 0,
  };
}
