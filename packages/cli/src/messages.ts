/**
 * The CLI's message catalogue: one language at a time. Bahasa Indonesia by default; English with
 * `--lang en`, or when the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`) is English. Every text the CLI
 * prints — help, usage and input errors, zod's validation messages, labels — is written in both
 * languages and picked here, never mixed.
 */
import { zodIssueText, type Lang, type LocalizedText } from '@inovasi/core';
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
// zod's validation messages in both languages come from the core (`zodIssueText`); the field path
// is printed beside each message by `describeError`.

/** One zod issue as a sentence in `lang` (the path is printed beside it). */
export function zodIssueMessage(issue: z.core.$ZodRawIssue, lang: Lang): string {
  return zodIssueText(issue)[lang];
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
