/**
 * The shape of a CLI command, and the argument parser every command uses (`node:util`
 * `parseArgs`, strict: an unknown option is a usage error, exit 2).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './errors.js';
import type { CliIo } from './io.js';

/** One command of the CLI. */
export interface Command {
  readonly name: string;
  /** One line for `inovasi --help`. */
  readonly summary: string;
  /** The full `inovasi <name> --help` text. */
  readonly help: string;
  run(argv: readonly string[], io: CliIo): Promise<number>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parsed option values (`multiple: true` options come as arrays). */
export type ParsedValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** Parses a command's arguments; errors become one-line usage errors naming the command. */
export function parseCommandArgs(
  command: string,
  argv: readonly string[],
  options: Options,
): { values: ParsedValues; positionals: string[] } {
  try {
    const parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    return { values: parsed.values, positionals: parsed.positionals };
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new CliError(
      `${command}: ${message.replace(/^TypeError \[\w+\]: /, '')}. See \`inovasi ${command} --help\`.`,
    );
  }
}

/** A string option's value, or undefined. */
export function stringOption(values: ParsedValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}
