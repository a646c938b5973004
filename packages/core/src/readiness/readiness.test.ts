import { loadCases, type ReadinessExpectation } from '@inovasi/test-utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinRegistry } from '../registry/index.js';
import { addDays } from '../shared/dates.js';
import { CoreError } from '../shared/errors.js';
import { checkReadiness, safeCheckReadiness } from './check.js';
import { latestStartFor } from './rules/implementation-age.js';

const cases = loadCases<ReadinessExpectation>('readiness');

describe('shared readiness cases (also run through the CLI and the HTTP API)', () => {
  it.each(cases)('$name', (c) => {
    const result = checkReadiness(c.input, builtinRegistry.resolve(c.rulebook), {
      asOf: c.asOf,
      ...c.options,
    });
    expect(result.status).toBe(c.expected.status);
    expect(result.findings.map((f) => f.code)).toEqual(c.expected.codes);
    if (c.expected.fixIncludes !== undefined)
      expect(result.findings[0]?.fix?.en).toContain(c.expected.fixIncludes);
  });
});

describe('kipp-2018 minimum implementation age', () => {
  const kipp2018 = builtinRegistry.resolve('kipp-2018');

  it('explains a pass with the rule, the value, the threshold and the source', () => {
    const result = checkReadiness({ implementationStartDate: '2016-01-04' }, kipp2018, {
      asOf: '2018-03-01',
    });
    expect(result.outcomes).toHaveLength(1);
    const outcome = result.outcomes[0]!;
    expect(outcome).toMatchObject({
      outcome: 'pass',
      rule: { id: 'KIPP.AGE.MIN', rulebook: 'kipp-2018', source: { tier: 'A' } },
      expected: { minimumYears: 1, startOnOrBefore: '2017-03-10' },
      observed: { registrationCloseDate: '2018-03-10' },
    });
    expect(outcome.explanation.id).toContain('memenuhi minimal 1 tahun');
    expect(outcome.basis?.map((b) => b.parameter)).toEqual([
      'kipp.implementation-age.minimum',
      'kipp.registration-close',
    ]);
  });

  it('gives the failing finding in both languages with a fix', () => {
    const result = checkReadiness({ implementationStartDate: '2017-06-01' }, kipp2018, {
      asOf: '2018-03-01',
    });
    const finding = result.findings[0]!;
    expect(finding).toMatchObject({
      code: 'KIPP.AGE.MIN',
      severity: 'error',
      path: 'implementationStartDate',
    });
    expect(finding.message.id).toContain('minimal 1 tahun');
    expect(finding.message.en).toContain('0 years 282 days');
    expect(finding.fix?.id).toContain('cukup umur mulai 2018-06-01');
  });

  it('a --registration-close option beats the proposal and the rulebook', () => {
    const result = checkReadiness(
      { implementationStartDate: '2017-06-01', registrationCloseDate: '2018-01-01' },
      kipp2018,
      { asOf: '2018-03-01', registrationCloseDate: '2018-06-01' },
    );
    expect(result.status).toBe('ready');
    expect(result.registrationClose).toEqual({ date: '2018-06-01', origin: 'option' });
  });

  it('rejects malformed input with every field path, never a crash', () => {
    const outcome = safeCheckReadiness(
      { title: 42, implementationStartDate: '2021-02-30', group: 'vip', agency: { type: 'desa' } },
      kipp2018,
      { asOf: '2018-03-01' },
    );
    expect(outcome.success).toBe(false);
    if (outcome.success) return;
    expect(outcome.error.code).toBe('INPUT_INVALID');
    expect(outcome.error.issues.map((i) => i.path).sort()).toEqual([
      'agency.type',
      'group',
      'implementationStartDate',
      'title',
    ]);
    for (const garbage of [null, 'x', 7, [1, 2]]) {
      expect(() => checkReadiness(garbage, kipp2018, { asOf: '2018-03-01' })).toThrow(CoreError);
    }
    expect(() => checkReadiness({}, kipp2018, { asOf: '2018-02-30' })).toThrow(
      expect.objectContaining({ code: 'INPUT_INVALID' }) as Error,
    );
  });

  it('the latest start date passes and the day after fails, for any close date', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2040-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        (d) => {
          const close = d.toISOString().slice(0, 10);
          const latest = latestStartFor(close, 1);
          const options = { asOf: '2018-03-01', registrationCloseDate: close };
          expect(
            checkReadiness({ implementationStartDate: latest }, kipp2018, options).status,
          ).toBe('ready');
          expect(
            checkReadiness({ implementationStartDate: addDays(latest, 1) }, kipp2018, options)
              .status,
          ).toBe('not-ready');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('results are deterministic and do not depend on key order', () => {
    const a = checkReadiness(
      { title: 'A', implementationStartDate: '2017-06-01', agency: { type: 'kota', name: 'X' } },
      kipp2018,
      { asOf: '2026-01-01' },
    );
    const b = checkReadiness(
      { agency: { name: 'X', type: 'kota' }, implementationStartDate: '2017-06-01', title: 'A' },
      kipp2018,
      { asOf: '2026-01-01' },
    );
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
