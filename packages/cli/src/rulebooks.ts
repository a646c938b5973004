/**
 * `--rulebook <id|path>`: a built-in rulebook by id, or a custom one (JSON or YAML) from a file,
 * validated against the built-in registry (so it may `extends` a national edition).
 */
import type { ResolvedRulebook, RulebookRegistry } from '@inovasi/core/rulebook';
import { builtinRegistry } from '@inovasi/core/registry';
import { CliError } from './errors.js';
import { readDocument } from './input.js';
import type { CliIo } from './io.js';

/** Does this `--rulebook` value look like a file rather than an id? */
export function looksLikePath(value: string): boolean {
  return /[/\\]/.test(value) || /\.(json|ya?ml)$/i.test(value);
}

/** Loads the rulebook named by `--rulebook`. */
export async function loadRulebook(
  value: string | undefined,
  io: CliIo,
  registry: RulebookRegistry = builtinRegistry,
): Promise<{ rulebook: ResolvedRulebook; registry: RulebookRegistry }> {
  if (value === undefined || value === '') {
    throw new CliError(
      '--rulebook is required: an id such as kipp-2018 (see `inovasi rulebook list`) or a file.',
    );
  }
  if (!looksLikePath(value)) {
    if (!registry.has(value)) {
      const known = registry
        .list()
        .map((b) => b.id)
        .join(', ');
      throw new CliError(
        `unknown rulebook "${value}". Known rulebooks: ${known}. A custom rulebook is given as a file path.`,
      );
    }
    return { rulebook: registry.resolve(value), registry };
  }
  const doc = await readDocument(value, io);
  const report = registry.validate(doc.data);
  if (!report.valid || !report.rulebook) {
    throw new CliError(
      `${value}: the rulebook is not valid (run \`inovasi rulebook validate ${value}\`).`,
      report.findings
        .filter((f) => f.severity === 'error')
        .map((f) => ({ path: f.path ?? '(root)', message: f.message.en })),
    );
  }
  const extended = registry.with([report.rulebook]);
  return { rulebook: extended.resolve(report.rulebook.id), registry: extended };
}
