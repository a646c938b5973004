import {
  expectIncentiveCase,
  isAllocationCase,
  loadCases,
  type IncentiveExpectation,
} from '@inovasi/test-utils';
import { describe, expect, it } from 'vitest';
import { builtinRegistry } from '../registry/index.js';
import { CoreError } from '../shared/errors.js';
import { checkEligibility, defaultIncentiveAsOf, safeCheckEligibility } from './eligibility.js';

const cases = loadCases<IncentiveExpectation>('incentive').filter((c) => !isAllocationCase(c));

describe('shared incentive eligibility cases (also run through the CLI and the HTTP API)', () => {
  it.each(cases)('$name', (c) => {
    const result = checkEligibility(c.input, builtinRegistry.resolve(c.rulebook), { asOf: c.asOf });
    expectIncentiveCase(c, result);
  });
});

describe('explanations', () => {
  const did2022 = builtinRegistry.resolve('did-2022');
  const region = {
    id: '33.74',
    level: 'kota',
    apbdOnTime: true,
    eProcurementGrade: 'C',
    eBudgeting: true,
    ptspAvailable: true,
    auditOpinions: [{ year: 2020, opinion: 'WTP' }],
  };

  it('names rule, value, threshold and source of every gate, in both languages', () => {
    const result = checkEligibility(region, did2022, { asOf: '2022-01-01' });
    const grade = result.gates.find((g) => g.rule.id === 'DID.GATE.EPROC-B');
    expect(grade).toMatchObject({
      outcome: 'fail',
      observed: 'C',
      expected: { minimum: 'B' },
      rule: { rulebook: 'did-2022', source: { tier: 'B' } },
    });
    expect(grade?.explanation.id).toContain('minimal B');
    expect(grade?.explanation.en).toContain('at least B');
    expect(grade?.basis?.[0]?.parameter).toBe('did.gate.e-procurement-grade');
    expect(grade?.fix?.en).toBe('Raise the e-procurement grade to B (instead of C).');
  });

  it('places the region in the best cluster whose gates it passes, and says what the next one needs', () => {
    const result = checkEligibility(region, did2022, { asOf: '2022-01-01' });
    expect(result.cluster).toMatchObject({
      status: 'assigned',
      cluster: 'C',
      share: 0.15,
      upgrade: { cluster: 'B', rules: ['DID.GATE.EPROC-B'] },
    });
    expect(result.pots.map((p) => p.id)).toEqual([
      'klaster-c',
      'tahun-berjalan-1',
      'tahun-berjalan-2',
    ]);
    // A failed cluster gate does not block an eligible region: it is a warning.
    expect(result.findings.every((f) => f.severity !== 'error')).toBe(true);
  });

  it('inherits rules across editions: did-2021 runs the did-2020 rules on its unknown values', () => {
    const result = checkEligibility(
      { id: '1', level: 'kota', apbdOnTime: true },
      builtinRegistry.resolve('did-2021'),
      { asOf: '2021-06-01' },
    );
    expect(result.gates.map((g) => [g.rule.id, g.rule.rulebook, g.outcome])).toContainEqual([
      'DID.GATE.APBD',
      'did-2020',
      'indeterminate',
    ]);
    expect(result.gates[0]?.basis?.[0]?.rulebook).toBe('did-2021');
  });

  it('records IGA and KIPP links as inputs, never as a formula', () => {
    const withFlag = checkEligibility(
      { ...region, igaRecommended: true, kippAward: true },
      did2022,
      { asOf: '2022-01-01' },
    );
    const without = checkEligibility(region, did2022, { asOf: '2022-01-01' });
    expect(withFlag.status).toBe(without.status);
    expect(withFlag.gates).toEqual(without.gates);
    const link = withFlag.findings.find((f) => f.code === 'INCENTIVE.LINK.RECORDED');
    expect(link?.severity).toBe('info');
    expect(link?.message.en).toContain('No PMK clause was found');
  });

  it("shows the region's value per pot and, under PMK 91/2024, each indicator's improvement", () => {
    const result = checkEligibility(
      {
        id: '61.00',
        level: 'provinsi',
        apbdOnTime: true,
        indicators: { kemiskinan: { current: 6, previous: 7, target: 5 } },
      },
      builtinRegistry.resolve('insentif-fiskal-2025'),
      { asOf: '2025-01-15' },
    );
    expect(result.improvement).toEqual({ kemiskinan: { defined: true, value: 0.5 } });
    const stunting = checkEligibility(
      { id: '73.71', level: 'kota', scores: { stunting: 2.5 } },
      builtinRegistry.resolve('insentif-fiskal-2024'),
      { asOf: '2024-06-01' },
    ).pots.find((p) => p.id === 'stunting');
    expect(stunting?.score).toBe(2.5);
  });

  it('defaults the date of a past edition to its last day', () => {
    const rulebook = builtinRegistry.resolve('insentif-fiskal-2024');
    expect(defaultIncentiveAsOf(rulebook, '2026-11-29')).toBe('2024-12-31');
    expect(defaultIncentiveAsOf(rulebook, '2024-05-01')).toBe('2024-05-01');
  });

  it('is indeterminate before an edition is in force', () => {
    const result = checkEligibility(region, did2022, { asOf: '2021-06-01' });
    expect(result.status).toBe('indeterminate');
  });
});

describe('what it would take', () => {
  it('lists the change per failing gate for a region that does not qualify', () => {
    const result = checkEligibility(
      {
        id: '1',
        level: 'kota',
        auditOpinions: [{ year: 2016, opinion: 'WDP' }],
        apbdOnTime: false,
        eProcurement: true,
      },
      builtinRegistry.resolve('did-2018'),
      { asOf: '2018-01-01' },
    );
    expect(result.status).toBe('not-eligible');
    expect(result.toQualify.map((x) => [x.rule, x.fix.en])).toEqual([
      ['DID.GATE.OPINION', 'Needs a WTP opinion (instead of WDP for LKPD 2016).'],
      [
        'DID.GATE.APBD',
        'Adopt the Perda APBD on time (before the budget year starts, on the statutory schedule).',
      ],
    ]);
  });

  it('is empty for an eligible region, even one with a failed cluster gate', () => {
    const result = checkEligibility(
      { id: '1', level: 'kota', auditOpinions: [{ year: 2020, opinion: 'WDP' }] },
      builtinRegistry.resolve('did-2022'),
      { asOf: '2022-01-01' },
    );
    expect(result.status).toBe('eligible');
    expect(result.toQualify).toEqual([]);
  });
});

describe('bad input', () => {
  const did2017 = builtinRegistry.resolve('did-2017');

  it('names every bad field', () => {
    const outcome = safeCheckEligibility(
      { id: '', level: 'desa', auditOpinions: [{ year: 2015, opinion: 'BAIK' }], apbdOnTime: 'ya' },
      did2017,
      { asOf: '2017-01-01' },
    );
    expect(outcome.success).toBe(false);
    if (outcome.success) return;
    expect(outcome.error.code).toBe('INPUT_INVALID');
    expect(outcome.error.issues.map((i) => i.path).sort()).toEqual([
      'apbdOnTime',
      'auditOpinions[0].opinion',
      'id',
      'level',
    ]);
  });

  it('refuses two opinions for the same LKPD year', () => {
    const outcome = safeCheckEligibility(
      {
        id: '1',
        level: 'kota',
        auditOpinions: [
          { year: 2015, opinion: 'WTP' },
          { year: 2015, opinion: 'WDP' },
        ],
      },
      did2017,
      { asOf: '2017-01-01' },
    );
    expect(outcome.success ? [] : outcome.error.issues).toMatchObject([
      {
        path: 'auditOpinions',
        message: 'each LKPD year at most once',
        code: 'INPUT.LKPD_YEAR_ONCE',
        text: { id: 'setiap tahun LKPD paling banyak satu kali' },
      },
    ]);
  });

  it('refuses a rulebook of another engine and a bad date', () => {
    expect(() =>
      checkEligibility({ id: '1', level: 'kota' }, builtinRegistry.resolve('kipp-2018'), {
        asOf: '2018-01-01',
      }),
    ).toThrow(CoreError);
    expect(() =>
      checkEligibility({ id: '1', level: 'kota' }, did2017, { asOf: '2017-02-30' }),
    ).toThrow(/asOf|not valid/);
  });
});

describe('built-in incentive rulebooks', () => {
  it('every edition validates, and every value carries a source with a tier', () => {
    const books = builtinRegistry.list({ domain: 'incentive' });
    expect(books.map((b) => b.id)).toEqual([
      'did-2017',
      'did-2018',
      'did-2020',
      'did-2020-tambahan',
      'did-2021',
      'did-2022',
      'insentif-fiskal-2023',
      'insentif-fiskal-2024',
      'insentif-fiskal-2025',
      'insentif-fiskal-2026',
    ]);
    for (const book of books) {
      const report = builtinRegistry.validate(builtinRegistry.get(book.id));
      expect(
        report.findings.filter((f) => f.severity === 'error'),
        book.id,
      ).toEqual([]);
      const resolved = builtinRegistry.resolve(book.id);
      for (const parameter of Object.values(resolved.parameters))
        for (const value of parameter.values)
          if ('value' in value) expect(value.source.tier, parameter.id).toMatch(/^[ABCD]$/);
    }
  });
});
