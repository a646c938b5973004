import { regionArbitrary } from '@inovasi/test-utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinRegistry } from '../registry/index.js';
import { computeIid, safeComputeIid } from './compute.js';
import { PREDIKATS, predikatFor } from './predikat.js';
import { sid2026, spd2026 } from './rulebooks/catalogue-2026.js';
import { sidCommunity2024, sidPre2023Weighted } from './rulebooks/catalogue-community.js';
import { URUSAN_YANDAS } from './rulebooks/editions.js';
import { innovation, uniformRegion } from './test-regions.js';

const iid2026 = builtinRegistry.resolve('iid-2026');
const sum = (rows: { weight: number }[]) => rows.reduce((s, r) => s + r.weight * 3, 0);

describe('iid-2026 golden cases', () => {
  it('has the maxima 63 / 111 / 76 / 250, and all-maximum answers give 100.00', () => {
    expect(sum(spd2026)).toBe(63);
    expect(sum(sid2026)).toBe(111);
    expect(sum(sidCommunity2024)).toBe(105);
    expect(sum(sidPre2023Weighted)).toBe(150);
    const result = computeIid(uniformRegion(200, 3), iid2026);
    expect(result.components.spd).toMatchObject({ status: 'known', score: 63, maximum: 63 });
    expect(result.components.sidAverage).toMatchObject({ score: 111, maximum: 111 });
    expect(result.components.count).toMatchObject({ score: 76, maximum: 76 });
    expect(result.components.maximumTotal).toMatchObject({ score: 250 });
    expect(result.iid).toBe(100);
    expect(result.predikat).toMatchObject({ status: 'known', predikat: 'sangat-inovatif' });
    expect(result.status).toBe('determinate');
  });

  it('divides by MAX(12, n): below the floor empty seats count, above it n does', () => {
    const few = computeIid(uniformRegion(6, 3), iid2026);
    expect(few.divisor).toEqual({ n: 6, minimum: 12, divisor: 12, emptySeats: 6 });
    expect(few.components.sidAverage).toMatchObject({ score: 55.5 });
    expect(few.findings.map((f) => f.code)).toContain('IID.EMPTY_SEATS');
    const many = computeIid(uniformRegion(20, 3), iid2026);
    expect(many.divisor).toEqual({ n: 20, minimum: 12, divisor: 20, emptySeats: 0 });
    expect(many.components.sidAverage).toMatchObject({ score: 111 });
  });

  it('drops the count score to 0 unless 5 of the 6 urusan are covered', () => {
    const region = uniformRegion(12, 1);
    const on = computeIid(region, iid2026);
    expect(on.components.count).toMatchObject({ score: 12 * 0.38 });
    const four = {
      ...region,
      innovations: region.innovations!.map((inv, i) => ({
        ...inv,
        urusan: ['pendidikan', 'kesehatan', 'sosial', 'pariwisata'][i % 4]!,
      })),
    };
    const off = computeIid(four, iid2026);
    expect(off.components.count).toMatchObject({ score: 0 });
    expect(off.urusan.met).toBe(false);
    expect(off.urusan.missing).toHaveLength(3);
    expect(off.findings.find((f) => f.code === 'IID.URUSAN.NOT_COVERED')?.fix?.en).toContain(
      '2 more',
    );
    const prognosis = computeIid(region, builtinRegistry.resolve('iid-2027'));
    expect(prognosis.urusan).toMatchObject({ required: 6, met: true });
    expect(prognosis.divisor.minimum).toBe(14);
  });

  it('excludes innovations outside the window or under 300 words, with the reason', () => {
    const region = uniformRegion(3, 2);
    region.innovations![0] = { ...innovation(0, 2), implementationDate: '2023-06-01' };
    region.innovations![1] = { ...innovation(1, 2), rancangBangun: 'terlalu pendek' };
    delete region.innovations![1].rancangBangunWords;
    region.innovations![2] = {
      ...innovation(2, 2),
      implementationDate: '2022-01-01',
      developmentDate: '2024-05-01',
    };
    const result = computeIid(region, iid2026);
    expect(result.excluded.map((e) => e.code)).toEqual([
      'IID.WINDOW.OUTSIDE',
      'IID.RANCANG_BANGUN.SHORT',
    ]);
    expect(result.divisor.n).toBe(1);
    const short = result.findings.find((f) => f.code === 'IID.RANCANG_BANGUN.SHORT');
    expect(short?.path).toBe('innovations[1].rancangBangun');
    expect(short?.fix?.en).toContain('298 words');
  });

  it('explains every row with level, weight, next level and source', () => {
    const result = computeIid(
      {
        region: { name: 'Kota Contoh' },
        spd: { 'SPD-08': { level: 2, evidence: 'LHP BPK 2025', status: 'verified' } },
        innovations: [],
      },
      iid2026,
      { view: 'claimed' },
    );
    const row = result.spdRows.find((r) => r.row === 'SPD-08')!;
    expect(row).toMatchObject({ level: 2, score: 3, maximum: 4.5, evidence: 'LHP BPK 2025' });
    expect(row.explanation.id).toContain('Tingkat 2: WDP');
    expect(row.next?.text.en).toContain('Unqualified (WTP)');
    expect(result.components.spd).toMatchObject({ rule: { id: 'IID.SPD', source: { tier: 'D' } } });
  });

  it('places measured values in overlapping bands by the recorded policy', () => {
    const result = computeIid(
      { region: { name: 'X' }, spd: { 'SPD-04': { value: 5.23 }, 'SPD-03': { value: 8.165 } } },
      iid2026,
    );
    const rows = Object.fromEntries(result.spdRows.map((r) => [r.row, r]));
    expect(rows['SPD-04']).toMatchObject({ level: 3, placement: 'overlap' });
    expect(rows['SPD-03']).toMatchObject({ level: 2, placement: 'gap' });
    expect(result.findings.filter((f) => f.code === 'IID.BAND.POLICY')).toHaveLength(2);
  });

  it('gives the claimed score beside the verified score', () => {
    const result = computeIid(
      {
        region: { name: 'X' },
        spd: { 'SPD-01': { level: 3, status: 'verified' }, 'SPD-12': { level: 3 } },
      },
      iid2026,
    );
    expect(result.views.claimed.spd).toBe(9);
    expect(result.views.verified.spd).toBe(3);
  });

  it('turns answers outside the catalogue, duplicates and empty mandatory rows into findings', () => {
    const result = computeIid(
      {
        region: { name: 'X' },
        spd: { 'SPD-99': 2, 'SPD-01': 7 },
        innovations: [innovation(1, 1), { ...innovation(1, 1), id: 'other' }],
      },
      iid2026,
    );
    const codes = result.findings.map((f) => `${f.code} ${f.path ?? ''}`);
    expect(codes).toContain('IID.ANSWER.UNKNOWN_ROW spd.SPD-99');
    expect(codes).toContain('IID.ANSWER.LEVEL_OUT_OF_RANGE spd.SPD-01');
    expect(codes).toContain('IID.INNOVATION.DUPLICATE innovations[1]');
    expect(codes).toContain('IID.MANDATORY.EMPTY spd.SPD-03');
    // The duplicate is flagged, not removed: it stays in n as reported (GATRA23).
    expect(result.divisor.n).toBe(2);
    expect(result.excluded).toEqual([]);
  });

  it('rejects malformed region files with every field path', () => {
    const outcome = safeComputeIid({ region: {}, innovations: [{ id: 1 }] }, iid2026);
    expect(outcome.success).toBe(false);
    if (outcome.success) return;
    expect(outcome.error.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['region.name', 'innovations[0].id']),
    );
  });
});

describe('unpublished consequences (empty mandatory rows, the uji coba stage)', () => {
  const shape = {
    spdRows: spd2026.map((r) => r.id),
    sidRows: sid2026.map((r) => r.id),
    urusan: URUSAN_YANDAS.map((u) => u.id),
    maxInnovations: 14,
    assumptions: null,
  };
  const hasEmptyMandatory = (region: Record<string, unknown>) => {
    const r = region as {
      spd: Record<string, number>;
      innovations: { answers: Record<string, number>; rancangBangunWords: number }[];
    };
    return (
      spd2026.some((row) => row.mandatory && r.spd[row.id] === 0) ||
      r.innovations.some(
        (i) =>
          i.rancangBangunWords >= 300 &&
          sid2026.some((row) => row.mandatory && i.answers[row.id] === 0),
      )
    );
  };

  const assuming = (region: Record<string, unknown>, mandatoryEmpty: string) =>
    computeIid({ ...region, assumptions: { mandatoryEmpty } }, iid2026);

  it('without an assumption the IID is indeterminate, with the band as answered and every band below as candidates', () => {
    fc.assert(
      fc.property(regionArbitrary(shape), (region) => {
        fc.pre(hasEmptyMandatory(region));
        const [open, zero] = [computeIid(region, iid2026), assuming(region, 'row-scores-zero')];
        expect(zero.status).toBe('determinate');
        if (zero.iid === 0) {
          // Nothing to lose: a total of 0 is 0 whatever the consequence.
          expect(open.iid).toBe(0);
          return;
        }
        expect(open.status).toBe('indeterminate');
        expect(open.iid).toBeNull();
        expect(open.findings.map((f) => f.code)).toContain('IID.CONSEQUENCE.UNKNOWN');
        const from = PREDIKATS.indexOf(zero.predikat.predikat!);
        expect(open.predikat.status === 'indeterminate' && open.predikat.candidates).toEqual(
          PREDIKATS.slice(from),
        );
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('rejecting the entry never scores above scoring the row 0, and both lie among the candidates', () => {
    fc.assert(
      fc.property(regionArbitrary(shape), (region) => {
        fc.pre(hasEmptyMandatory(region));
        const [open, zero] = [computeIid(region, iid2026), assuming(region, 'row-scores-zero')];
        const rejected = assuming(region, 'innovation-rejected');
        expect(rejected.iid!).toBeLessThanOrEqual(zero.iid!);
        expect(rejected.findings.map((f) => f.code)).toContain('IID.ASSUMPTION.APPLIED');
        if (open.predikat.status === 'indeterminate') {
          expect(open.predikat.candidates).toContain(zero.predikat.predikat);
          expect(open.predikat.candidates).toContain(rejected.predikat.predikat);
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('an assumption is refused when it is not one of the labelled choices, naming the field', () => {
    const outcome = safeComputeIid(
      { ...uniformRegion(12, 2), assumptions: { mandatoryEmpty: 'ignore' } },
      iid2026,
    );
    expect(outcome.success).toBe(false);
    if (outcome.success) return;
    expect(outcome.error.code).toBe('INPUT_INVALID');
    expect(outcome.error.issues.map((i) => i.path)).toContain('assumptions.mandatoryEmpty');
  });
});

describe('years with unknowns', () => {
  it('computes 2023–2025 as indeterminate, saying the indicator tables are missing', () => {
    const result = computeIid(uniformRegion(12, 2), builtinRegistry.resolve('iid-2024'));
    expect(result.status).toBe('indeterminate');
    expect(result.iid).toBeNull();
    expect(result.components.spd.status).toBe('unknown');
    if (result.components.spd.status === 'unknown')
      expect(result.components.spd.missing.en).toContain('2024 indicator table');
  });

  it('re-scores innovations under the community catalogues', () => {
    const result = computeIid(uniformRegion(2, 3), builtinRegistry.resolve('iid-2024-community'));
    expect(result.innovations[0]).toMatchObject({ score: 105, maximum: 105 });
    expect(result.iid).toBeNull();
  });
});

describe('predikat', () => {
  const cases: [string, number, string][] = [
    ['iid-2026', 65.01, 'sangat-inovatif'],
    ['iid-2026', 65, 'inovatif'],
    ['iid-2026', 40.01, 'inovatif'],
    ['iid-2026', 40, 'kurang-inovatif'],
    ['iid-2026', 0.01, 'kurang-inovatif'],
    ['iid-2026', 0, 'tidak-dapat-dinilai'],
    ['iid-2023', 60.01, 'sangat-inovatif'],
    ['iid-2023', 60, 'inovatif'],
    ['iid-2023', 35, 'inovatif'],
    ['iid-2023', 34.99, 'kurang-inovatif'],
    ['iid-2024', 37.75, 'inovatif'],
    ['iid-2024', 34.63, 'kurang-inovatif'],
    ['iid-2025', 65.01, 'sangat-inovatif'],
    ['iid-2025', 35.01, 'inovatif'],
  ];
  it.each(cases)('%s: %d is %s', (book, score, expected) => {
    expect(predikatFor(score, builtinRegistry.resolve(book)).predikat).toBe(expected);
  });

  it('does not guess the 2022 bands: 60.56 (Kota Serang, called "inovatif") is indeterminate', () => {
    const result = predikatFor(60.56, builtinRegistry.resolve('iid-2022'));
    expect(result.status).toBe('indeterminate');
    if (result.status !== 'indeterminate') return;
    expect(result.candidates).toEqual([...PREDIKATS]);
    expect(result.missing.en).toContain('a 60.01 bound is not assumed');
  });

  it('is indeterminate where the band is unknown, naming what is missing', () => {
    const result = predikatFor(20, builtinRegistry.resolve('iid-2025'));
    expect(result.status).toBe('indeterminate');
    if (result.status !== 'indeterminate') return;
    expect(result.candidates).toEqual(['kurang-inovatif', 'tidak-dapat-dinilai']);
    expect(result.missing.en).toContain('Kurang Inovatif was not seen');
  });
});

describe('the IID rulebooks', () => {
  it('every built-in IID rulebook validates against the rule kinds', () => {
    const ids = builtinRegistry.list({ domain: 'iid' }).map((b) => b.id);
    expect(ids).toEqual([
      'iid-2020',
      'iid-2021',
      'iid-2022',
      'iid-2023',
      'iid-2024',
      'iid-2024-community',
      'iid-2025',
      'iid-2026',
      'iid-2027',
      'iid-pre-2023-weighted',
    ]);
    for (const id of ids) {
      const report = builtinRegistry.validate(builtinRegistry.get(id));
      expect(
        report.findings.filter((f) => f.severity === 'error'),
        id,
      ).toEqual([]);
    }
  });

  it('marks 2027 as a prognosis extending 2026, and every value with a source tier', () => {
    const book = builtinRegistry.resolve('iid-2027');
    expect(book.status).toBe('prognosis');
    expect(book.chain).toEqual(['iid-2027', 'iid-2026']);
    const parameters = Object.values(book.parameters);
    expect(parameters.length).toBeGreaterThan(0);
    for (const parameter of parameters) {
      expect(parameter.values.length, parameter.id).toBeGreaterThan(0);
      for (const value of parameter.values)
        expect(['A', 'B', 'C', 'D'], parameter.id).toContain(value.source?.tier);
    }
  });
});

describe('number formatting in explanations', () => {
  it('writes numbers as Intl does in each language', async () => {
    const { formatScore } = await import('./messages.js');
    for (const x of [0, 3, 4.5, 0.75, 55.5, 162.525, 1234.5, -50.32, 100, 12345.678]) {
      expect(formatScore(x, 'id')).toBe(
        new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(x),
      );
      expect(formatScore(x, 'en')).toBe(
        new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(x),
      );
    }
  });
});
