/**
 * Output choices shared by every command: format, language, colour.
 */
import { DATE_RANGE, type Lang } from '@inovasi/core';
import { CliError } from './errors.js';
import type { CliIo } from './io.js';
import { activeLang } from './messages.js';

/**
 * Output formats: `table` (human text; `text` is accepted for it), `json`, `md`, `csv`, and
 * `xlsx` (the CSV's rows as a workbook) wherever CSV is offered.
 */
export type Format = 'table' | 'json' | 'md' | 'csv' | 'xlsx';

/** Parses `--format`; `text` means `table`. */
export function parseFormat(
  value: string | undefined,
  allowed: readonly Format[] = ['table', 'json', 'md'],
): Format {
  if (value === undefined) return 'table';
  const wanted = value === 'text' ? 'table' : value;
  if ((allowed as readonly string[]).includes(wanted)) return wanted as Format;
  const table = allowed.includes('table');
  throw new CliError({
    id: `--format harus salah satu dari ${allowed.join(', ')}; diterima "${value}".${table ? ' (text sama dengan table.)' : ''}`,
    en: `--format must be one of ${allowed.join(', ')}; got "${value}".${table ? ' (text is the same as table.)' : ''}`,
  });
}

/** Parses `--lang`; without it, the run's language (Bahasa Indonesia unless LANG=en*). */
export function parseLangOption(value: string | undefined): Lang {
  if (value === undefined) return activeLang();
  if (value === 'id' || value === 'en') return value;
  throw new CliError({
    id: `--lang harus id atau en; diterima "${value}".`,
    en: `--lang must be id or en; got "${value}".`,
  });
}

/** Colours, only on a terminal and never with NO_COLOR. */
export interface Paint {
  readonly red: (s: string) => string;
  readonly green: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
}

/** Colour functions for this output. */
export function createPaint(io: CliIo): Paint {
  const on = io.stdoutIsTTY && io.env.NO_COLOR === undefined && io.env.TERM !== 'dumb';
  const wrap = (open: number, close: number) => (s: string) =>
    on ? `\u001b[${open}m${s}\u001b[${close}m` : s;
  return {
    red: wrap(31, 39),
    green: wrap(32, 39),
    yellow: wrap(33, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
  };
}

/** Is this a calendar date (YYYY-MM-DD)? Throws a usage error naming the option otherwise. */
export function parseDateOption(
  name: string,
  value: string | undefined,
  isDate: (v: string) => boolean,
): string | undefined {
  if (value === undefined) return undefined;
  if (!isDate(value))
    throw new CliError({
      id: `${name} harus tanggal kalender YYYY-MM-DD; diterima "${value}".`,
      en: `${name} must be a calendar date as YYYY-MM-DD; got "${value}".`,
    });
  if (value < DATE_RANGE.earliest || value > DATE_RANGE.latest)
    throw new CliError({
      id: `${name} harus tanggal antara ${DATE_RANGE.earliest} dan ${DATE_RANGE.latest}; diterima "${value}".`,
      en: `${name} must be a date from ${DATE_RANGE.earliest} to ${DATE_RANGE.latest}; got "${value}".`,
    });
  return value;
}
