/**
 * Helpers for regional templates that extend a national KIPP edition: a parameter with one
 * dated value, and the rules a template re-declares to map its extra slots.
 *
 * @module
 */
import type { RulebookInput } from '../../rulebook/schema.js';
import type { LocalizedText } from '../../shared/i18n.js';
import type { Source } from '../../shared/source.js';

type Parameter = NonNullable<RulebookInput['parameters']>[number];
type Rule = NonNullable<RulebookInput['rules']>[number];

/** A parameter known from `from`, with its source. */
export function known(
  id: string,
  title: LocalizedText,
  from: string,
  value: unknown,
  source: Source,
): Parameter {
  return { id, title, values: [{ from, value: value as never, source }] };
}

/** A parameter nobody found, with what is missing. */
export function notFound(
  id: string,
  title: LocalizedText,
  from: string,
  missing: LocalizedText,
): Parameter {
  return { id, title, values: [{ from, unknown: missing }] };
}

/** A rule of the national editions, re-declared (same id replaces it) with the given slots. */
export function rule(
  id: string,
  kind: string,
  title: LocalizedText,
  parameters: Record<string, string>,
  source: Source,
): Rule {
  return { id, kind, title, parameters, source };
}

/** The section slots of every group, for the sections and quality rules. */
export const SECTION_SLOTS = {
  umum: 'kipp.sections.umum',
  replikasi: 'kipp.sections.replikasi',
  khusus: 'kipp.sections.khusus',
} as const;
