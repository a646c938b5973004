/**
 * Bilingual text. Everything a user reads comes in Bahasa Indonesia (`id`, the default) and
 * English (`en`), built from one message catalogue per domain with {@link defineMessages}.
 *
 * @module
 */
import * as z from 'zod/mini';
import { withMeta } from './zod.js';

/** A language a user can read results in. Bahasa Indonesia is the default. */
export type Lang = 'id' | 'en';

/** The languages inovasi speaks, default first. */
export const LANGS: readonly Lang[] = ['id', 'en'];

/** The default language: Bahasa Indonesia. */
export const DEFAULT_LANG: Lang = 'id';

/** Text in both languages. */
export const LocalizedTextSchema = withMeta(
  z.object({
    id: withMeta(z.string().check(z.minLength(1)), { description: 'Bahasa Indonesia' }),
    en: withMeta(z.string().check(z.minLength(1)), { description: 'English' }),
  }),
  { id: 'LocalizedText', description: 'Text in Bahasa Indonesia (id) and English (en).' },
);

/** Text in Bahasa Indonesia and English. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/**
 * Picks one language from a bilingual text.
 *
 * @example
 * ```ts
 * localize({ id: 'Siap', en: 'Ready' }, 'en'); // 'Ready'
 * ```
 */
export function localize(text: LocalizedText, lang: Lang = DEFAULT_LANG): string {
  return text[lang];
}

/** Parses a language tag such as `en-US` or an `Accept-Language` header; falls back to `id`. */
export function parseLang(tag: string | undefined | null): Lang {
  if (!tag) return DEFAULT_LANG;
  for (const part of tag.split(',')) {
    const code = part.trim().split(';')[0]?.trim().toLowerCase() ?? '';
    if (code.startsWith('en')) return 'en';
    if (code.startsWith('id') || code.startsWith('in')) return 'id';
  }
  return DEFAULT_LANG;
}

/** A message template: parameters in, bilingual text out. */
export type MessageTemplate<P> = (params: P) => LocalizedText;

/**
 * Declares a message catalogue: stable codes mapped to bilingual templates. Codes never change
 * once published; the wording may.
 *
 * @example
 * ```ts
 * const messages = defineMessages({
 *   'EXAMPLE.HELLO': (p: { name: string }) => ({ id: `Halo, ${p.name}`, en: `Hello, ${p.name}` }),
 * });
 * messages['EXAMPLE.HELLO']({ name: 'Cilegon' }).id; // 'Halo, Cilegon'
 * ```
 */
export function defineMessages<const M extends Record<string, MessageTemplate<never>>>(
  catalogue: M,
): M {
  return catalogue;
}

/** Formats a number the way each language writes it (`1.234,5` in id, `1,234.5` in en). */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return numberFormat(lang, maximumFractionDigits).format(value);
}

// Building an Intl.NumberFormat costs tens of microseconds; formatting with one costs well under
// one. Each (language, digits) pair is built once, on first use.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${lang}${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format;
}

/** Plural-aware count in both languages, e.g. `1 tahun` / `1 year`, `2 tahun` / `2 years`. */
export function countText(
  n: number,
  unit: { id: string; en: string; enPlural?: string },
): LocalizedText {
  const en = n === 1 ? unit.en : (unit.enPlural ?? `${unit.en}s`);
  return { id: `${formatNumber(n, 'id')} ${unit.id}`, en: `${formatNumber(n, 'en')} ${en}` };
}
