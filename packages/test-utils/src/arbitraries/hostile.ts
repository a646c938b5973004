/**
 * fast-check arbitraries for hostile input (issue #14): strings that attack spreadsheets,
 * Markdown, object prototypes and parsers, and JSON values built from them.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';

/** The hostile-input corpus: files run through the CLI and the HTTP API by CI. */
export const hostileDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'hostile');

/** The corpus files (not the README), sorted. */
export function hostileFiles(): string[] {
  return readdirSync(hostileDir)
    .filter((name) => name !== 'README.md')
    .sort();
}

/** Strings an attacker would try: formulas, HTML, links, prototype keys, control characters. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '=1+1',
    '=HYPERLINK("http://evil.example","klik")',
    '+1+1',
    '-2+3',
    '@SUM(A1)',
    '\tx',
    '\rx',
    '<script>alert(1)</script>',
    '[klik](javascript:alert(1))',
    '<img src=x onerror=alert(1)>',
    '__proto__',
    'constructor',
    'prototype',
    '\u0000',
    '\ud800',
    '\u202e',
    '\uFEFF',
    '"',
    '""',
    ',;\t|',
    '\r\n',
    '9999-12-31',
    '0000-01-01',
    '1e308',
    '0x41',
    'NaN',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .tuple(fc.constantFrom('=', '+', '-', '@', '<', '[', '`'), fc.string({ maxLength: 20 }))
    .map(([start, rest]) => `${start}${rest}`),
);

/** JSON values whose keys and leaves are hostile. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.double(),
    fc.constantFrom(1e308, -1e308, Number.MIN_VALUE, 0, -0, 2 ** 53 + 1),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileString, fc.string({ maxLength: 8 })), tie('value'), {
      maxKeys: 4,
    }),
  ),
})).value;

/** A proposal-like object whose fields hold hostile values. */
export const hostileProposal: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    title: hostileString,
    group: fc.oneof(hostileString, fc.constantFrom('umum', 'khusus')),
    implementationStartDate: fc.oneof(hostileString, fc.constant('2020-01-01')),
    agency: fc.record({ name: hostileString }, { requiredKeys: [] }),
    extra: hostileJson,
  },
  { requiredKeys: [] },
);
