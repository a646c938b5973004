/**
 * zod's validation messages, by issue code, in Bahasa Indonesia and English. The core turns every
 * zod issue into an {@link InputIssue} whose `text` comes from here, so a schema problem reads in
 * the user's language whatever error map zod is configured with.
 *
 * @module
 */
import type * as z from 'zod/mini';
import type { LocalizedText } from './i18n.js';

/** A zod issue as raised (with `input`) or as reported (with `input` only under `reportInput`). */
export type ZodIssueLike = z.core.$ZodRawIssue | z.core.$ZodIssue;

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

function typeName(type: string): LocalizedText {
  return TYPE_NAMES[type] ?? { id: type, en: type };
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

function sizeUnit(origin: string | undefined): LocalizedText {
  if (origin === 'string') return { id: ' karakter', en: ' characters' };
  if (origin === 'array' || origin === 'set') return { id: ' butir', en: ' items' };
  if (origin === 'file') return { id: ' bita', en: ' bytes' };
  return { id: '', en: '' };
}

/** A size or value bound: `terlalu besar: paling banyak 10 karakter` / `too big: at most 10 characters`. */
function boundText(issue: {
  code: 'too_big' | 'too_small';
  origin?: string;
  exact?: boolean;
  inclusive?: boolean;
  maximum?: unknown;
  minimum?: unknown;
}): LocalizedText {
  const unit = sizeUnit(issue.origin);
  const big = issue.code === 'too_big';
  const bound = String(big ? issue.maximum : issue.minimum);
  const n = { id: `${bound}${unit.id}`, en: `${bound}${unit.en}` };
  if (issue.exact) return both(`harus tepat ${n.id}`, `must be exactly ${n.en}`);
  const words = big
    ? {
        strict: { id: 'harus kurang dari', en: 'must be less than' },
        loose: { id: 'paling banyak', en: 'at most' },
        lead: { id: 'terlalu besar', en: 'too big' },
      }
    : {
        strict: { id: 'harus lebih dari', en: 'must be more than' },
        loose: { id: 'paling sedikit', en: 'at least' },
        lead: { id: 'terlalu kecil', en: 'too small' },
      };
  const how = issue.inclusive === false ? words.strict : words.loose;
  return both(`${words.lead.id}: ${how.id} ${n.id}`, `${words.lead.en}: ${how.en} ${n.en}`);
}

function both(id: string, en: string): LocalizedText {
  return { id, en };
}

/**
 * One zod issue as a sentence in both languages (the field path is printed beside it). An
 * `invalid_type` issue says "required" only when it knows the value was missing: zod keeps the
 * input on a reported issue only when parsing with `{ reportInput: true }`.
 *
 * @example
 * ```ts
 * zodIssueText({ code: 'invalid_type', expected: 'number', input: 'x', path: [], message: '' }).id;
 * // 'tipe salah: seharusnya angka, diterima teks'
 * ```
 */
export function zodIssueText(issue: ZodIssueLike): LocalizedText {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeName(String(issue.expected));
      if (!('input' in issue)) return both(`seharusnya ${expected.id}`, `expected ${expected.en}`);
      if (issue.input === undefined)
        return both(`wajib diisi (${expected.id})`, `required (${expected.en})`);
      const received = typeName(receivedType(issue.input));
      return both(
        `tipe salah: seharusnya ${expected.id}, diterima ${received.id}`,
        `wrong type: expected ${expected.en}, received ${received.en}`,
      );
    }
    case 'invalid_value': {
      const values = issue.values.map(show);
      if (values.length === 1)
        return both(`seharusnya ${values[0] ?? ''}`, `expected ${values[0] ?? ''}`);
      return both(
        `nilai tidak dikenal: pilih salah satu dari ${values.join(', ')}`,
        `unknown value: choose one of ${values.join(', ')}`,
      );
    }
    case 'too_big':
    case 'too_small': {
      if (
        issue.code === 'too_small' &&
        issue.origin === 'string' &&
        Number(issue.minimum) === 1 &&
        issue.inclusive !== false
      )
        return both('tidak boleh kosong', 'must not be empty');
      return boundText(issue);
    }
    case 'invalid_format': {
      const format = String(issue.format);
      if (format === 'date')
        return both('bukan tanggal kalender YYYY-MM-DD', 'not a calendar date as YYYY-MM-DD');
      if (format === 'url') return both('bukan alamat URL', 'not a URL');
      if (format === 'email') return both('bukan alamat email', 'not an email address');
      if (format === 'regex' && 'pattern' in issue)
        return both(
          `format salah: harus cocok dengan pola ${issue.pattern}`,
          `wrong format: must match the pattern ${issue.pattern}`,
        );
      return both(`format salah (${format})`, `wrong format (${format})`);
    }
    case 'not_multiple_of':
      return both(
        `harus kelipatan ${String(issue.divisor)}`,
        `must be a multiple of ${String(issue.divisor)}`,
      );
    case 'unrecognized_keys':
      return both(
        `kolom tidak dikenal: ${issue.keys.join(', ')}`,
        `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`,
      );
    case 'invalid_key':
      return both('kunci tidak sah', 'invalid key');
    case 'invalid_union':
      return both(
        'tidak cocok dengan bentuk mana pun yang diizinkan',
        'matches none of the allowed shapes',
      );
    case 'invalid_element':
      return both('ada nilai yang tidak sah', 'holds an invalid value');
    default:
      return both('nilai tidak sah', 'invalid value');
  }
}
