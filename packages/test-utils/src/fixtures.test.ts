import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, loadCases } from './fixtures.js';

const domains = readdirSync(fixturesDir).sort();

// These tests check the case files themselves: their shape, and that each records how its
// expected values were obtained. The cases are run through the core, the CLI and the HTTP API by
// those packages' own tests.
describe('shared case files: shape and provenance', () => {
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

  it.each(domains)('every %s case records how its expected values were obtained', (domain) => {
    for (const c of loadCases<unknown>(domain)) {
      const p = c.provenance;
      expect(p, `${c.file}: add a provenance field`).toBeDefined();
      if (!p) continue;
      expect(['hand-computed', 'published', 'rule-reading'], c.file).toContain(p.method);
      expect(p.detail.length, `${c.file}: provenance.detail says how`).toBeGreaterThan(40);
      if (p.method === 'hand-computed')
        expect(p.detail, `${c.file}: show the arithmetic`).toMatch(/\d\s*[=→]\s*\d|[=→]\s*\d/);
      if (p.method === 'published' || p.method === 'rule-reading')
        expect(p.source ?? '', `${c.file}: name the source`).toMatch(/\S{3,}/);
    }
  });

  it('each hand-computed IID case agrees with its own arithmetic', () => {
    const cases = loadCases<{ iid: number | null }>('iid').filter(
      (c) => c.provenance?.method === 'hand-computed',
    );
    expect(cases.length).toBeGreaterThan(10);
    for (const c of cases) {
      const m =
        /IID = \((\d+(?:\.\d+)?) \+ (\d+(?:\.\d+)?) \+ (\d+(?:\.\d+)?)\) \/ 250 × 100 = (\d+(?:\.\d+)?) → (\d+(?:\.\d+)?)/.exec(
          c.provenance?.detail ?? '',
        );
      expect(m, c.file).not.toBeNull();
      if (!m) continue;
      const [spd, sid, count, raw, rounded] = m.slice(1).map(Number) as [
        number,
        number,
        number,
        number,
        number,
      ];
      expect(((spd + sid + count) / 250) * 100, c.file).toBeCloseTo(raw, 4);
      expect(Math.round(raw * 100 + 1e-7) / 100, c.file).toBe(rounded);
      expect(c.expected.iid, c.file).toBe(rounded);
    }
  });
});
