/**
 * The 546 autonomous regions (Pemda) of Indonesia as counted for the incentive and the IID:
 * 38 provinsi, 415 kabupaten and 93 kota. The counts are real; the names and codes are
 * synthetic (`Kabupaten Sintetis 11.01`), shaped like Kemendagri codes (`PP` for a province,
 * `PP.KK` for a kabupaten, `PP.7K` for a kota).
 *
 * @module
 */
import { createRandom } from './random.js';

/** Region level: provinsi, kabupaten, kota. */
export type PemdaLevel = 'provinsi' | 'kabupaten' | 'kota';

/** One synthetic Pemda. */
export interface Pemda {
  /** Kemendagri-shaped code, e.g. `11`, `11.01`, `11.71`. */
  readonly code: string;
  readonly name: string;
  readonly level: PemdaLevel;
  /** The province code it belongs to (its own code for a province). */
  readonly province: string;
}

/** Real counts of autonomous regions (2024). */
export const PEMDA_COUNTS: Readonly<Record<PemdaLevel, number>> = {
  provinsi: 38,
  kabupaten: 415,
  kota: 93,
};

const LEVEL_NAME: Record<PemdaLevel, string> = {
  provinsi: 'Provinsi',
  kabupaten: 'Kabupaten',
  kota: 'Kota',
};

/**
 * Every Pemda, provinces first, each province followed by its kabupaten and kota. The same seed
 * spreads the kabupaten and kota over the provinces the same way.
 *
 * @example
 * ```ts
 * const pemda = generatePemda(1);
 * pemda.length; // 546
 * pemda.filter((p) => p.level === 'kota').length; // 93
 * ```
 */
export function generatePemda(seed = 1): Pemda[] {
  const random = createRandom(seed ^ 0x5eed);
  const provinces = Array.from({ length: PEMDA_COUNTS.provinsi }, (_, i) => String(11 + i));
  // each province gets at least one kabupaten; the rest are spread at random
  const kabupaten = new Map(provinces.map((p) => [p, 1]));
  for (let i = provinces.length; i < PEMDA_COUNTS.kabupaten; i += 1) {
    const p = provinces[Math.floor(random() * provinces.length)] ?? '11';
    kabupaten.set(p, (kabupaten.get(p) ?? 0) + 1);
  }
  const kota = new Map(provinces.map((p) => [p, 0]));
  for (let i = 0; i < PEMDA_COUNTS.kota; i += 1) {
    const p = provinces[Math.floor(random() * provinces.length)] ?? '11';
    kota.set(p, (kota.get(p) ?? 0) + 1);
  }
  const out: Pemda[] = [];
  const add = (code: string, level: PemdaLevel, province: string): void => {
    out.push({ code, level, province, name: `${LEVEL_NAME[level]} Sintetis ${code}` });
  };
  for (const p of provinces) add(p, 'provinsi', p);
  for (const p of provinces) {
    for (let k = 1; k <= (kabupaten.get(p) ?? 0); k += 1)
      add(`${p}.${String(k).padStart(2, '0')}`, 'kabupaten', p);
    for (let k = 1; k <= (kota.get(p) ?? 0); k += 1) add(`${p}.${70 + k}`, 'kota', p);
  }
  return out;
}
