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
  return (
    formatPlain(value, lang, maximumFractionDigits) ??
    numberFormat(lang, maximumFractionDigits).format(value)
  );
}

/**
 * What `Intl.NumberFormat` (id-ID or en-US, `maximumFractionDigits`) gives for an ordinary
 * number, written by hand: the shortest decimal of the number (which is what ICU rounds, so
 * 1.005 gives 1,01), rounded half away from zero, grouped by thousands. About ten times cheaper
 * than `format`, which a national run calls for every score it explains. `undefined` for what it
 * does not cover (exponent notation, non-finite values, unusual digit counts): use `Intl` then.
 * A property test checks it against `Intl.NumberFormat`.
 */
function formatPlain(value: number, lang: Lang, digits: number): string | undefined {
  if (!Number.isInteger(digits) || digits < 0 || digits > 20) return undefined;
  const text = String(value);
  if (text.includes('e') || !Number.isFinite(value)) return undefined;
  const negative = value < 0 || Object.is(value, -0);
  const start = negative && text.charCodeAt(0) === 45 ? 1 : 0;
  const dot = text.indexOf('.');
  let whole = dot < 0 ? text.slice(start) : text.slice(start, dot);
  let fraction = dot < 0 ? '' : text.slice(dot + 1);
  if (fraction.length > digits) {
    const up = fraction.charCodeAt(digits) >= 53; // '5'
    fraction = fraction.slice(0, digits);
    if (up) {
      // Add one unit in the last kept place, carrying through the fraction into the whole part.
      const kept = whole + fraction;
      let i = kept.length - 1;
      while (i >= 0 && kept.charCodeAt(i) === 57) i -= 1; // '9'
      const bumped =
        (i < 0 ? '1' : kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1)) +
        '0'.repeat(kept.length - 1 - i);
      whole = bumped.slice(0, bumped.length - fraction.length);
      fraction = bumped.slice(bumped.length - fraction.length);
    }
  }
  let end = fraction.length;
  while (end > 0 && fraction.charCodeAt(end - 1) === 48) end -= 1; // '0'
  fraction = fraction.slice(0, end);
  const group = lang === 'id' ? '.' : ',';
  let grouped = whole;
  if (whole.length > 3) {
    const head = whole.length % 3 || 3;
    grouped = whole.slice(0, head);
    for (let i = head; i < whole.length; i += 3) grouped += group + whole.slice(i, i + 3);
  }
  const sign = negative ? '-' : '';
  return fraction.length > 0
    ? `${sign}${grouped}${lang === 'id' ? ',' : '.'}${fraction}`
    : `${sign}${grouped}`;
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
