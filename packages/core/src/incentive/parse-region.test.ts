import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseRegionFast } from './parse-region.js';
import { REGION_BOOLEAN_FIELDS, RegionSchema } from './schema.js';

// Values of the kinds the region format has, and the near misses around its limits.
const anyValue = fc.oneof(
  fc.boolean(),
  fc.constantFrom('kota', 'kabupaten', 'provinsi', 'desa', 'WTP', 'TW', 'X', 'A', 'F', ''),
  fc.string({ maxLength: 50 }),
  fc.constantFrom(0, -0, -1, 1, 1.5, 1999, 2000, 2100, 2101, 1000, 1001, NaN, Infinity, 1e300),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant([]),
  fc.constant({}),
);
const key = fc.oneof(
  fc.constantFrom('total', 'inflasi-1', 'a.b_c', '_x', '-x', '', 'x y', '__proto__', 'é'),
  fc.string({ maxLength: 8 }),
  fc.constant('k'.repeat(121)),
);
const record = fc.oneof(fc.dictionary(key, anyValue, { maxKeys: 3 }), anyValue);
const opinion = fc.oneof(
  fc.record({
    year: fc.oneof(fc.integer({ min: 1998, max: 2102 }), anyValue),
    opinion: fc.oneof(fc.constantFrom('WTP', 'WDP', 'TW', 'TMP'), anyValue),
  }),
  fc.record({ year: fc.integer(), opinion: fc.constant('WTP'), extra: anyValue }),
  fc.record({ year: fc.integer({ min: 2000, max: 2100 }) }),
  anyValue,
);
const wild = fc.record(
  {
    id: fc.oneof(fc.string({ minLength: 0, maxLength: 45 }), anyValue),
    name: fc.oneof(fc.string({ maxLength: 10 }), fc.constant('n'.repeat(201)), anyValue),
    level: fc.oneof(fc.constantFrom('provinsi', 'kabupaten', 'kota'), anyValue),
    underdeveloped: anyValue,
    auditOpinions: fc.oneof(fc.array(opinion, { maxLength: 4 }), anyValue),
    apbdOnTime: fc.oneof(fc.boolean(), anyValue),
    eProcurementGrade: fc.oneof(fc.constantFrom('A', 'B', 'C', 'D', 'E'), anyValue),
    scores: fc.oneof(
      fc.dictionary(key, fc.oneof(fc.double({ min: -1, max: 200 }), anyValue), { maxKeys: 3 }),
      record,
    ),
    ranks: record,
    indicators: fc.constant({ x: { current: 1 } }),
    surprise: anyValue,
  },
  { requiredKeys: [] },
);
// A valid region with at most one field changed to anything (or removed).
const valid = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 40 }),
    name: fc.string({ maxLength: 200 }),
    level: fc.constantFrom('provinsi', 'kabupaten', 'kota'),
    underdeveloped: fc.boolean(),
    auditOpinions: fc.uniqueArray(
      fc.record({
        year: fc.integer({ min: 2000, max: 2100 }),
        opinion: fc.constantFrom('WTP', 'WDP', 'TW', 'TMP'),
      }),
      { maxLength: 4, selector: (o) => o.year },
    ),
    apbdOnTime: fc.boolean(),
    ptspAvailable: fc.boolean(),
    eProcurementGrade: fc.constantFrom('A', 'B', 'C', 'D', 'E'),
    scores: fc.dictionary(
      fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,8}$/),
      fc.double({ min: 0, max: 200, noNaN: true }),
      { maxKeys: 3 },
    ),
    ranks: fc.dictionary(fc.constantFrom('lomba', 'x.1'), fc.integer({ min: 1, max: 1000 })),
  },
  { requiredKeys: ['id', 'level'] },
);
const nearValid = fc
  .tuple(
    valid,
    fc.option(
      fc.tuple(
        fc.constantFrom(
          'id',
          'name',
          'level',
          'auditOpinions',
          'eProcurementGrade',
          'scores',
          'ranks',
          'extra',
        ),
        fc.oneof(
          anyValue,
          record,
          fc.dictionary(fc.constantFrom('total', 'a-1'), anyValue, { minKeys: 1, maxKeys: 2 }),
          fc.array(opinion, { maxLength: 3 }),
        ),
        fc.boolean(),
      ),
    ),
  )
  .map(([base, change]) => {
    if (!change) return base;
    const [field, value, remove] = change;
    return Object.fromEntries([
      ...Object.entries(base).filter(([key]) => key !== field),
      ...(remove ? [] : [[field, value] as const]),
    ]);
  });
const region = fc.oneof(wild, nearValid);

describe('parseRegionFast', () => {
  it('accepts only what the schema accepts, and then gives what the schema gives', () => {
    let accepted = 0;
    fc.assert(
      fc.property(region, (input) => {
        const fast = parseRegionFast(input);
        if (fast === undefined) return;
        accepted += 1;
        const parsed = RegionSchema.safeParse(input);
        expect(parsed.success).toBe(true);
        expect(fast).toEqual(parsed.data);
      }),
      { numRuns: 3000 },
    );
    // the property means something only when the fast path takes some regions
    expect(accepted).toBeGreaterThan(20);
  });

  it('agrees with the schema on every edge value of every field', () => {
    const base = { id: '33.74', level: 'kota' };
    const edges: unknown[] = [
      ...[0, -0, -1, 0.5, 1, 1.5, 1999, 2000, 2100, 2101, 1000, 1001, NaN, Infinity, -Infinity],
      ...[1e300, 2 ** 53, true, false, null, undefined, '', 'x', 'k'.repeat(41), 'n'.repeat(201)],
      ...['kota', 'desa', 'WTP', 'XYZ', 'A', 'F', [], {}, [1], Object.create(null) as unknown],
    ];
    const fields = [
      'id',
      'name',
      'level',
      'underdeveloped',
      'covidReportsOnTime',
      'eProcurementGrade',
      'extra',
    ];
    const wrap = (value: unknown) => [
      value,
      { total: value },
      { '-bad': value },
      [{ year: value, opinion: 'WTP' }],
      [{ year: 2020, opinion: value }],
      [{ year: 2020, opinion: 'WTP', extra: value }],
    ];
    let compared = 0;
    for (const value of edges) {
      const cases = [
        ...fields.map((field) => ({ ...base, [field]: value })),
        ...wrap(value).flatMap((v) => [
          { ...base, scores: v },
          { ...base, ranks: v },
          { ...base, auditOpinions: v },
        ]),
      ];
      for (const input of cases) {
        const fast = parseRegionFast(input);
        const parsed = RegionSchema.safeParse(input);
        if (fast !== undefined) {
          compared += 1;
          expect(parsed.success, JSON.stringify(input)).toBe(true);
          expect(fast).toEqual(parsed.data);
        }
      }
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('takes the usual national-run region, and leaves nested data to the schema', () => {
    const usual = {
      id: '33.74',
      name: 'Kota Semarang',
      level: 'kota',
      auditOpinions: [
        { year: 2019, opinion: 'WTP' },
        { year: 2018, opinion: 'WDP' },
      ],
      apbdOnTime: true,
      eProcurementGrade: 'B',
      scores: { total: 71.25, 'inflasi-1': 0 },
      ranks: { 'lomba-inovasi-new-normal': 2 },
    };
    expect(parseRegionFast(usual)).toEqual(RegionSchema.parse(usual));
    expect(parseRegionFast({ ...usual, indicators: { x: { current: 1 } } })).toBeUndefined();
    expect(parseRegionFast({ ...usual, level: 'desa' })).toBeUndefined();
    expect(parseRegionFast({ ...usual, name: undefined })).toBeUndefined();
    expect(
      parseRegionFast({
        ...usual,
        auditOpinions: [
          { year: 2019, opinion: 'WTP' },
          { year: 2019, opinion: 'WDP' },
        ],
      }),
    ).toBeUndefined();
  });

  it('takes every yes/no field of the schema, and only a boolean in it', () => {
    for (const field of REGION_BOOLEAN_FIELDS) {
      for (const value of [true, false]) {
        const input = { id: '33.74', level: 'kota', [field]: value };
        expect(parseRegionFast(input), field).toEqual(RegionSchema.parse(input));
      }
      for (const value of ['true', 1, null, undefined]) {
        const input = { id: '33.74', level: 'kota', [field]: value };
        expect(parseRegionFast(input), field).toBeUndefined();
      }
    }
  });

  it('agrees with the schema on objects that are not made by a literal', () => {
    const base = { id: '33.74', level: 'kota' };
    const nullEntry = Object.assign(Object.create(null) as object, { year: 2020, opinion: 'WTP' });
    class Entry {
      year = 2020;
      opinion = 'WTP';
    }
    const inherited = Object.assign(Object.create({ year: 2020 }) as object, { opinion: 'WTP' });
    const hiddenExtra = { year: 2020, opinion: 'WTP' };
    Object.defineProperty(hiddenExtra, 'secret', { value: 1, enumerable: false });
    const symbolScore = { total: 1, [Symbol('s')]: 2 };
    const hiddenSymbol = { total: 1 };
    Object.defineProperty(hiddenSymbol, Symbol('h'), { value: 2, enumerable: false });
    const cases: unknown[] = [
      { ...base, auditOpinions: [nullEntry] },
      { ...base, auditOpinions: [new Entry()] },
      { ...base, auditOpinions: [inherited] },
      { ...base, auditOpinions: [hiddenExtra] },
      { ...base, scores: symbolScore },
      { ...base, ranks: { 'lomba-a': 1, [Symbol('s')]: 2 } },
      { ...base, scores: hiddenSymbol },
      Object.assign(Object.create(null) as object, base),
    ];
    for (const input of cases) {
      const fast = parseRegionFast(input);
      const parsed = RegionSchema.safeParse(input);
      if (fast === undefined) continue;
      expect(parsed.success).toBe(true);
      expect(JSON.parse(JSON.stringify(fast))).toEqual(JSON.parse(JSON.stringify(parsed.data)));
    }
    // a symbol key in a record is refused by the schema, so the fast path must not take it
    expect(RegionSchema.safeParse({ ...base, scores: symbolScore }).success).toBe(false);
    expect(parseRegionFast({ ...base, scores: symbolScore })).toBeUndefined();
    expect(parseRegionFast({ ...base, auditOpinions: [hiddenExtra] })).toEqual({
      ...base,
      auditOpinions: [{ year: 2020, opinion: 'WTP' }],
    });
  });
});
