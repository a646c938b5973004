import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinRegistry } from '../registry/index.js';
import { CoreError } from '../shared/errors.js';
import { createReadinessChecker } from './check.js';
import { SeenKeys } from './rules/seen-keys.js';

const kipp2021 = builtinRegistry.resolve('kipp-2021');
const options = { asOf: '2021-03-01', registrationCloseDate: '2021-04-30' };

/** Small proposals whose agencies and titles collide often. */
const proposals = fc.array(
  fc.record({
    title: fc.constantFrom('Layanan Keliling', 'layanan  KELILING!', 'Si Cantik', 'Pojok Baca', ''),
    agency: fc.record({
      name: fc.constantFrom('Kota A', 'kota a', 'Kabupaten B'),
      type: fc.constantFrom('kota', 'kabupaten'),
    }),
    group: fc.constantFrom('umum', 'replikasi', 'khusus'),
    implementationStartDate: fc.constant('2015-01-01'),
  }),
  { minLength: 0, maxLength: 40 },
);

describe('openStream: the batch rules over a stream, in flat memory', () => {
  it('fails the same proposals on duplicate titles as a batch, and gives the same quota findings', () => {
    const checker = createReadinessChecker(kipp2021, options);
    fc.assert(
      fc.property(proposals, (list) => {
        const batch = checker.checkBatch(list);
        const stream = checker.openStream();
        const failing = new Set<number>();
        list.forEach((p, i) => {
          const r = stream.add(p);
          if (r.findings.some((f) => f.code === 'KIPP.TITLE.DUPLICATE')) failing.add(i);
        });
        const end = stream.end();
        // the first of each repeated title is named at the end (it was judged before its copies)
        for (const f of end.findings)
          if (f.code === 'KIPP.TITLE.DUPLICATE')
            failing.add(Number(/^proposals\[(\d+)\]/.exec(f.path ?? '')?.[1]));
        const batchFailing = new Set(
          batch.items.flatMap((item) =>
            'result' in item && item.result.findings.some((f) => f.code === 'KIPP.TITLE.DUPLICATE')
              ? [item.index]
              : [],
          ),
        );
        expect([...failing].sort((a, b) => a - b)).toEqual([...batchFailing].sort((a, b) => a - b));
        const quota = (fs: typeof end.findings) =>
          fs
            .filter((f) => f.code.startsWith('KIPP.QUOTA'))
            .map((f) => JSON.stringify(f))
            .sort();
        expect(quota(end.findings)).toEqual(quota(batch.findings));
        expect(end.summary.proposals).toBe(list.length);
        expect(end.status === 'ready').toBe(batch.status === 'ready');
      }),
      { numRuns: 150 },
    );
  });

  it('names the first proposal of a repeated title, and counts an unreadable one in the numbering', () => {
    const stream = createReadinessChecker(kipp2021, options).openStream();
    const p = { title: 'Layanan Adminduk Keliling', agency: { name: 'Kota A', type: 'kota' } };
    expect(stream.add(p).findings.some((f) => f.code === 'KIPP.TITLE.DUPLICATE')).toBe(false);
    stream.skip();
    expect(() => stream.add({ title: 42 })).toThrow(CoreError);
    const third = stream.add(p).findings.find((f) => f.code === 'KIPP.TITLE.DUPLICATE');
    expect(third?.observed).toEqual({ sameTitleAs: ['#1'] });
    const end = stream.end();
    expect(end.summary).toMatchObject({ proposals: 4, invalid: 2, notReady: 2 });
    expect(end.findings.find((f) => f.code === 'KIPP.TITLE.DUPLICATE')?.observed).toEqual({
      proposal: '#1',
      sameTitleCount: 1,
    });
    expect(end.status).toBe('not-ready');
  });

  it('finds a quota exceeded by proposals far apart in the stream', () => {
    const stream = createReadinessChecker(kipp2021, options).openStream();
    for (let i = 0; i < 12; i += 1) {
      stream.add({
        title: `Inovasi ${i}`,
        group: 'umum',
        agency: { name: 'Kota A', type: 'kota' },
      });
      stream.add({ title: `Lain ${i}`, group: 'umum', agency: { name: `Kota ${i + 100}` } });
    }
    const end = stream.end();
    expect(end.findings.map((f) => f.code)).toContain('KIPP.QUOTA.GROUP');
    expect(end.status).toBe('not-ready');
  });
});

describe('SeenKeys', () => {
  it('counts keys like a Map does, through many resizes', () => {
    const seen = new SeenKeys();
    const map = new Map<string, { first: number; count: number }>();
    for (let i = 0; i < 20_000; i += 1) {
      const key = `k${(i * 7919) % 6007}`;
      const before = map.get(key);
      const expected = before
        ? { first: before.first, count: before.count + 1 }
        : { first: i, count: 1 };
      map.set(key, expected);
      expect(seen.add(key, i)).toEqual(expected);
    }
    expect(seen.size).toBe(map.size);
    expect([...seen.repeated()].sort((x, y) => x.first - y.first)).toEqual(
      [...map.values()].filter((v) => v.count > 1).sort((x, y) => x.first - y.first),
    );
  });

  it('holds a million distinct keys in 12 bytes a slot, at most three quarters full', () => {
    const seen = new SeenKeys();
    for (let i = 0; i < 1_000_000; i += 1) seen.add(`Pemda ${i % 546}\u0000Layanan ${i}`, i);
    expect(seen.size).toBe(1_000_000);
    expect([...seen.repeated()]).toEqual([]);
    const slots = seen.bytes / 12;
    expect(seen.size / slots).toBeLessThanOrEqual(0.75);
    // half the 33.5 MB of 16-byte slots doubled at half full
    expect(seen.bytes).toBeLessThan(20_000_000);
    expect(seen.add('Pemda 3\u0000Layanan 3', 1_000_000)).toEqual({ first: 3, count: 2 });
  });
});

describe('runBatch: a batch whose results are computed as they are taken', () => {
  const withUnreadable = fc.array(
    fc.oneof(
      proposals.map((list) => list[0] ?? { title: 'Pojok Baca' }),
      fc.constantFrom<unknown>({ title: 5 }, null, 'x', { proposals: [] }),
    ),
    { maxLength: 30 },
  );

  it('gives the items and the summary of checkBatch, in either order and again', () => {
    const checker = createReadinessChecker(kipp2021, options);
    fc.assert(
      fc.property(withUnreadable, (list) => {
        const batch = checker.checkBatch(list);
        const { items, ...head } = batch;
        // the summary first: it makes its own pass over the proposals
        const first = checker.runBatch(list);
        expect(first.size).toBe(list.length);
        expect(first.summary()).toEqual(head);
        expect([...first.items()]).toEqual(items);
        expect([...first.items()]).toEqual(items);
        // the items first: their pass gives the counts
        const second = checker.runBatch(list);
        expect([...second.items()]).toEqual(items);
        expect(second.summary()).toEqual(head);
        expect(items.map((item) => item.index)).toEqual(list.map((_, i) => i));
        expect(head.summary.invalid).toBe(items.filter((item) => 'error' in item).length);
      }),
      { numRuns: 100 },
    );
  });

  it('a result taken alone is the proposal checked alone, unless the batch rules speak of it', () => {
    const checker = createReadinessChecker(kipp2021, options);
    const list = [
      { title: 'Si Cantik', agency: { name: 'Kota A', type: 'kota' }, group: 'umum' },
      { title: 'Si Cantik', agency: { name: 'Kota A', type: 'kota' }, group: 'umum' },
      { title: 'Pojok Baca', agency: { name: 'Kota A', type: 'kota' }, group: 'umum' },
    ];
    const taken = [...checker.runBatch(list).items()];
    const duplicate = (i: number) => {
      const item = taken[i];
      return item !== undefined && 'result' in item
        ? item.result.findings.some((f) => f.code === 'KIPP.TITLE.DUPLICATE')
        : undefined;
    };
    expect([duplicate(0), duplicate(1), duplicate(2)]).toEqual([true, true, false]);
    const alone = checker.check(list[2]);
    const third = taken[2];
    expect(third !== undefined && 'result' in third ? third.result.status : '').toBe(alone.status);
  });
});
