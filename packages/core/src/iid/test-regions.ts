/**
 * Region builders for the IID tests, benchmarks and property tests (not exported from the
 * package).
 *
 * @module
 */
import { sid2026, spd2026 } from './rulebooks/catalogue-2026.js';
import { URUSAN_YANDAS } from './rulebooks/editions.js';
import type { InnovationInput, RegionInput } from './schema.js';

/** Every row of a catalogue at one level. */
export function allAt(rows: readonly { id: string }[], level: number): Record<string, number> {
  return Object.fromEntries(rows.map((r) => [r.id, level]));
}

/** An eligible 2026 innovation (in the window, 300 words) with every SID row at `level`. */
export function innovation(
  i: number,
  level: number,
  urusan: string = URUSAN_YANDAS[i % URUSAN_YANDAS.length]?.id ?? 'sosial',
): InnovationInput {
  return {
    id: `inov-${i}`,
    name: `Inovasi ${i}`,
    stage: 'penerapan',
    urusan,
    implementationDate: '2025-03-01',
    rancangBangunWords: 300,
    answers: allAt(sid2026, level),
  };
}

/** A 2026 region with `n` innovations, SPD and SID rows all at `level`. */
export function uniformRegion(n: number, level: number): RegionInput {
  return {
    region: { name: 'Kabupaten Contoh', kind: 'kabupaten' },
    spd: allAt(spd2026, level),
    innovations: Array.from({ length: n }, (_, i) => innovation(i, level)),
  };
}
