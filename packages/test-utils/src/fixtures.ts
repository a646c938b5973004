/**
 * Shared rulebook cases: `{ name, rulebook, asOf, input, expected, provenance }` JSON files under
 * `fixtures/<domain>/<rulebook>/`, run through the core, the CLI and the HTTP API alike so the
 * three surfaces agree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the fixture files live. */
export const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** What a readiness case expects. */
export interface ReadinessExpectation {
  readonly status: 'ready' | 'not-ready' | 'indeterminate';
  /** The finding codes, in the result's order (for a batch: the findings over the whole batch). */
  readonly codes: readonly string[];
  /** Optional: text that the English fix of some finding must contain. */
  readonly fixIncludes?: string;
  /** Set when the case must be refused with this `CoreError` code (e.g. NO_EDITION, INPUT_INVALID). */
  readonly error?: string;
  /** Batch cases (input `{ proposals: [...] }`): what each proposal comes to, in order. */
  readonly items?: readonly {
    readonly status: 'ready' | 'not-ready' | 'indeterminate' | 'invalid';
    readonly codes: readonly string[];
  }[];
}

/** Is this case's input a batch (`{ proposals: [...] }`)? */
export function isBatchInput(input: unknown): input is { proposals: unknown[] } {
  return (
    typeof input === 'object' &&
    input !== null &&
    Array.isArray((input as { proposals?: unknown }).proposals)
  );
}

/**
 * How a case's expected values were obtained: `hand-computed` (the arithmetic written out in
 * `detail`), `published` (a published figure; `source` names it), or `rule-reading` (the outcome
 * read from the edition's encoded rules and dated values; `source` names the legal basis).
 */
export interface Provenance {
  readonly method: 'hand-computed' | 'published' | 'rule-reading';
  readonly detail: string;
  readonly source?: string;
}

/** One shared case. */
export interface RulebookCase<E> {
  readonly name: string;
  readonly rulebook: string;
  readonly asOf: string;
  readonly options?: Readonly<Record<string, string>>;
  readonly input: unknown;
  readonly expected: E;
  /** How the expected values were obtained (required; checked by fixtures.test.ts). */
  readonly provenance?: Provenance;
  /** The file the case came from (set by the loader). */
  readonly file: string;
}

/**
 * Loads every case of a domain (optionally one rulebook), sorted by file name.
 *
 * @example
 * ```ts
 * it.each(loadCases<ReadinessExpectation>('readiness'))('$name', (c) => { … });
 * ```
 */
export function loadCases<E>(domain: string, rulebook?: string): RulebookCase<E>[] {
  const domainDir = join(fixturesDir, domain);
  const books = rulebook ? [rulebook] : readdirSync(domainDir).sort();
  const cases: RulebookCase<E>[] = [];
  for (const book of books) {
    const dir = join(domainDir, book);
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const path = join(dir, file);
      const data = JSON.parse(readFileSync(path, 'utf8')) as Omit<RulebookCase<E>, 'file'>;
      cases.push({ ...data, file: path });
    }
  }
  return cases;
}
