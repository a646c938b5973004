import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, loadCases } from './fixtures.js';

const domains = readdirSync(fixturesDir).sort();

describe('shared rulebook cases', () => {
  it.each(domains)(
    'every %s case has a name, a rulebook, a calendar asOf, an input and an expectation',
    (domain) => {
      const cases = loadCases<unknown>(domain);
      expect(cases.length).toBeGreaterThan(0);
      const names = new Set<string>();
      for (const c of cases) {
        expect(typeof c.name, c.file).toBe('string');
        expect(names.has(c.name), `duplicate case name ${c.name}`).toBe(false);
        names.add(c.name);
        expect(
          c.file.startsWith(join(fixturesDir, domain, c.rulebook)),
          `${c.file} sits under its rulebook's folder`,
        ).toBe(true);
        expect(c.asOf, c.file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(c.input, c.file).toBeDefined();
        expect(c.expected, c.file).toBeDefined();
      }
    },
  );
});
