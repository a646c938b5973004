/**
 * The shape of a CLI command, and the argument parser every command uses (`node:util`
 * `parseArgs`, strict: an unknown option is a usage error, exit 2).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { LocalizedText } from '@inovasi/core';
import { CliError } from './errors.js';
import type { CliIo } from './io.js';

/** One command of the CLI. */
export interface Command {
  readonly name: string;
  /** One line for `inovasi --help`, in each language. */
  readonly summary: LocalizedText;
  /** The full `inovasi <name> --help` text, in each language. */
  readonly help: LocalizedText;
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
    throw new CliError(usageProblem(command, error));
  }
}

/** Node's parseArgs error, said again in both languages (the option name is its only datum). */
function usageProblem(command: string, error: unknown): LocalizedText {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
  const see = {
    id: `Lihat \`inovasi ${command} --help\`.`,
    en: `See \`inovasi ${command} --help\`.`,
  };
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return {
      id: `${command}: opsi tidak dikenal ${option}. ${see.id}`,
      en: `${command}: unknown option ${option}. ${see.en}`,
    };
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && message.includes('does not take'))
    return {
      id: `${command}: opsi ${option} tidak menerima nilai. ${see.id}`,
      en: `${command}: option ${option} does not take a value. ${see.en}`,
    };
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return {
      id: `${command}: opsi ${option} memerlukan nilai. ${see.id}`,
      en: `${command}: option ${option} needs a value. ${see.en}`,
    };
  return {
    id: `${command}: argumen tidak dapat dibaca. ${see.id}`,
    en: `${command}: cannot read the arguments. ${see.en}`,
  };
}

/** A string option's value, or undefined. */
export function stringOption(values: ParsedValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}
