/**
 * `--rulebook <id|path>`: a built-in rulebook by id, or a custom one (JSON or YAML) from a file,
 * validated against the built-in registry (so it may `extends` a national edition).
 */
import type { ResolvedRulebook, RulebookRegistry } from '@inovasi/core/rulebook';
import { CliError } from './errors.js';
import { readDocument } from './input.js';
import type { CliIo } from './io.js';
import { didYouMean } from './suggest.js';

/**
 * The registry of every built-in rulebook, loaded on first use: importing every edition of every
 * engine is a good part of a cold start, and most runs need one engine.
 */
export async function loadBuiltinRegistry(): Promise<RulebookRegistry> {
  return (await import('@inovasi/core/registry')).builtinRegistry;
}

/**
 * For `inovasi check`: a registry of the readiness editions alone when `value` is the id of one
 * (the only engine a check needs), else undefined (then {@link loadRulebook} loads every built-in
 * rulebook, so files, other engines' ids and unknown ids are answered as before).
 */
export async function readinessRegistryFor(
  value: string | undefined,
): Promise<RulebookRegistry | undefined> {
  if (value === undefined || looksLikePath(value)) return undefined;
  const [{ readinessRulebooks, readinessRuleKinds }, { createRegistry }] = await Promise.all([
    import('@inovasi/core/readiness'),
    import('@inovasi/core/rulebook'),
  ]);
  if (!readinessRulebooks.some((book) => book.id === value)) return undefined;
  return createRegistry({ rulebooks: readinessRulebooks, kinds: readinessRuleKinds });
}

/** Does this `--rulebook` value look like a file rather than an id? */
export function looksLikePath(value: string): boolean {
  return /[/\\]/.test(value) || /\.(json|ya?ml)$/i.test(value);
}

/** Loads the rulebook named by `--rulebook`. */
export async function loadRulebook(
  value: string | undefined,
  io: CliIo,
  given?: RulebookRegistry,
): Promise<{ rulebook: ResolvedRulebook; registry: RulebookRegistry }> {
  if (value === undefined || value === '') {
    throw new CliError({
      id: '--rulebook wajib: id seperti kipp-2018 (lihat `inovasi rulebook list`) atau berkas.',
      en: '--rulebook is required: an id such as kipp-2018 (see `inovasi rulebook list`) or a file.',
    });
  }
  const registry = given ?? (await loadBuiltinRegistry());
  if (!looksLikePath(value)) {
    if (!registry.has(value)) {
      const ids = registry.list().map((b) => b.id);
      const known = ids.join(', ');
      throw new CliError({
        id: `rulebook tidak dikenal "${value}".${didYouMean(value, ids)} Rulebook yang ada: ${known}. Rulebook sendiri diberikan sebagai jalur berkas.`,
        en: `unknown rulebook "${value}".${didYouMean(value, ids)} Known rulebooks: ${known}. A custom rulebook is given as a file path.`,
      });
    }
    return { rulebook: registry.resolve(value), registry };
  }
  const doc = await readDocument(value, io);
  const report = registry.validate(doc.data);
  if (!report.valid || !report.rulebook) {
    throw new CliError(
      {
        id: `${value}: rulebook tidak sah (jalankan \`inovasi rulebook validate ${value}\`).`,
        en: `${value}: the rulebook is not valid (run \`inovasi rulebook validate ${value}\`).`,
      },
      report.findings
        .filter((f) => f.severity === 'error')
        .map((f) => ({
          path: f.path ?? '(root)',
          message: f.message.en,
          code: f.code,
          text: f.message,
        })),
    );
  }
  const extended = registry.with([report.rulebook]);
  return { rulebook: extended.resolve(report.rulebook.id), registry: extended };
}
