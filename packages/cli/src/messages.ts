/**
 * The CLI's message catalogue: one language at a time. Bahasa Indonesia by default; English with
 * `--lang en`, or when the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`) is English. Every text the CLI
 * prints — help, usage and input errors, zod's validation messages, labels — is written in both
 * languages and picked here, never mixed.
 */
import type { Lang, LocalizedText } from '@inovasi/core';
import * as z from 'zod/mini';

let active: Lang = 'id';

/** The language of this run (set once by `run()` from `--lang` and the locale). */
export function activeLang(): Lang {
  return active;
}

/** Sets the language of this run; returns the one it replaces. */
export function setActiveLang(lang: Lang): Lang {
  const previous = active;
  active = lang;
  return previous;
}

/**
 * Picks this run's language from a bilingual text.
 *
 * @example
 * ```ts
 * t({ id: 'berkas tidak ada', en: 'no such file' });
 * ```
 */
export function t(text: LocalizedText): string {
  return text[active];
}

/** The language the locale asks for: English for `en*`, else Bahasa Indonesia (POSIX order). */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'id';
}

/** The value of `--lang` on a command line (`--lang en` or `--lang=en`), if any. */
export function langFromArgv(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--') return undefined;
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}

/** The language of a run: a valid `--lang`, else the locale. */
export function resolveLang(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Lang {
  const option = langFromArgv(argv);
  return option === 'id' || option === 'en' ? option : langFromEnv(env);
}

// ---------------------------------------------------------------------------------------------
// zod's validation messages, by issue code, in both languages. The field path is printed beside
// each message by `describeError`.

type ZodIssue = z.core.$ZodRawIssue;

const TYPE_NAMES: Record<string, LocalizedText> = {
  string: { id: 'teks', en: 'text' },
  number: { id: 'angka', en: 'a number' },
  int: { id: 'bilangan bulat', en: 'a whole number' },
  boolean: { id: 'true/false', en: 'true/false' },
  object: { id: 'objek', en: 'an object' },
  array: { id: 'daftar', en: 'a list' },
  null: { id: 'null', en: 'null' },
  undefined: { id: 'tidak ada (kosong)', en: 'nothing (missing)' },
  date: { id: 'tanggal', en: 'a date' },
  bigint: { id: 'bilangan bulat besar', en: 'a big integer' },
  nan: { id: 'NaN', en: 'NaN' },
};

function typeName(type: string, lang: Lang): string {
  return TYPE_NAMES[type]?.[lang] ?? type;
}

function receivedType(input: unknown): string {
  if (input === undefined) return 'undefined';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'nan';
  return typeof input;
}

function show(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

function sizeUnit(origin: string | undefined, lang: Lang): string {
  if (origin === 'string') return lang === 'id' ? 'karakter' : 'characters';
  if (origin === 'array' || origin === 'set') return lang === 'id' ? 'butir' : 'items';
  if (origin === 'file') return 'bytes';
  return '';
}

/** One zod issue as a sentence in `lang` (the path is printed beside it). */
export function zodIssueMessage(issue: ZodIssue, lang: Lang): string {
  const id = lang === 'id';
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeName(String(issue.expected), lang);
      if (issue.input === undefined)
        return id ? `wajib diisi (${expected})` : `required (${expected})`;
      const received = typeName(receivedType(issue.input), lang);
      return id
        ? `tipe salah: seharusnya ${expected}, diterima ${received}`
        : `wrong type: expected ${expected}, received ${received}`;
    }
    case 'invalid_value': {
      const values = issue.values.map(show);
      if (values.length === 1)
        return id ? `seharusnya ${values[0] ?? ''}` : `expected ${values[0] ?? ''}`;
      return id
        ? `nilai tidak dikenal: pilih salah satu dari ${values.join(', ')}`
        : `unknown value: choose one of ${values.join(', ')}`;
    }
    case 'too_big': {
      const unit = sizeUnit(issue.origin, lang);
      const max = `${String(issue.maximum)}${unit ? ` ${unit}` : ''}`;
      if (issue.exact) return id ? `harus tepat ${max}` : `must be exactly ${max}`;
      return issue.inclusive === false
        ? id
          ? `terlalu besar: harus kurang dari ${max}`
          : `too big: must be less than ${max}`
        : id
          ? `terlalu besar: paling banyak ${max}`
          : `too big: at most ${max}`;
    }
    case 'too_small': {
      const unit = sizeUnit(issue.origin, lang);
      const min = `${String(issue.minimum)}${unit ? ` ${unit}` : ''}`;
      if (issue.exact) return id ? `harus tepat ${min}` : `must be exactly ${min}`;
      if (issue.origin === 'string' && Number(issue.minimum) === 1 && issue.inclusive !== false)
        return id ? 'tidak boleh kosong' : 'must not be empty';
      return issue.inclusive === false
        ? id
          ? `terlalu kecil: harus lebih dari ${min}`
          : `too small: must be more than ${min}`
        : id
          ? `terlalu kecil: paling sedikit ${min}`
          : `too small: at least ${min}`;
    }
    case 'invalid_format': {
      const format = String(issue.format);
      if (format === 'date')
        return id ? 'bukan tanggal kalender YYYY-MM-DD' : 'not a calendar date as YYYY-MM-DD';
      if (format === 'url') return id ? 'bukan alamat URL' : 'not a URL';
      if (format === 'email') return id ? 'bukan alamat email' : 'not an email address';
      if (format === 'regex' && 'pattern' in issue)
        return id
          ? `format salah: harus cocok dengan pola ${issue.pattern}`
          : `wrong format: must match the pattern ${issue.pattern}`;
      return id ? `format salah (${format})` : `wrong format (${format})`;
    }
    case 'not_multiple_of':
      return id
        ? `harus kelipatan ${String(issue.divisor)}`
        : `must be a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return id
        ? `kolom tidak dikenal: ${issue.keys.join(', ')}`
        : `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
    case 'invalid_key':
      return id ? 'kunci tidak sah' : 'invalid key';
    case 'invalid_union':
      return id
        ? 'tidak cocok dengan bentuk mana pun yang diizinkan'
        : 'matches none of the allowed shapes';
    case 'invalid_element':
      return id ? 'ada nilai yang tidak sah' : 'holds an invalid value';
    default:
      return id ? 'nilai tidak sah' : 'invalid value';
  }
}

/**
 * Makes zod speak `lang` until the returned function is called (the previous error map is then
 * restored, so a run inside a longer-lived process leaves no trace).
 */
export function useZodLanguage(lang: Lang): () => void {
  const previous = z.config().localeError;
  z.config({ localeError: (issue) => zodIssueMessage(issue, lang) });
  return () => {
    z.config(previous === undefined ? { localeError: undefined } : { localeError: previous });
  };
}
