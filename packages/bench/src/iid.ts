/**
 * Indeks Inovasi Daerah region files (the `IidRegion` format of `@inovasi/core/iid`) for every
 * Pemda: the SPD answers of the region and 10–150 innovations, each with its SID answers, on the
 * IID 2026 catalogue. Answers are levels 0–3 (0 = empty); about a third carry their evidence and
 * a verification status, as a region file filled in through the year does.
 *
 * @module
 */
import {
  sid2026,
  spd2026,
  URUSAN_YANDAS,
  type IidRegionInput as RegionInput,
} from '@inovasi/core/iid';
import { generatePemda, type Pemda } from './pemda.js';
import { between, createRandom, isoDate, pick, type Random } from './random.js';
import { phrase } from './text.js';

type Answers = NonNullable<RegionInput['spd']>;
type Answer = Answers[string];

const URUSAN = [...URUSAN_YANDAS.map((u) => u.id), 'pariwisata', 'perhubungan', 'pertanian'];
const STAGES = ['inisiatif', 'uji-coba', 'penerapan'] as const;
const FORMS = ['tata-kelola', 'pelayanan-publik', 'lainnya'] as const;

/** Options of the IID generator. */
export interface IidOptions {
  readonly seed?: number;
  /** Innovations per region, inclusive (default 10–150). */
  readonly innovations?: readonly [min: number, max: number];
}

function answer(random: Random, withBases: boolean, quality: number): Answer {
  const level = Math.min(3, Math.max(0, Math.round(quality * 3 + (random() - 0.5) * 2)));
  if (withBases || random() > 0.33) return level;
  return {
    level,
    evidence: `Perbup ${between(random, 1, 90)}/${between(random, 2021, 2025)}`,
    status: random() < 0.8 ? 'verified' : 'claimed',
  };
}

function answers(
  random: Random,
  rows: readonly { id: string; bases?: unknown }[],
  quality: number,
): Answers {
  const out: Answers = {};
  for (const row of rows) out[row.id] = answer(random, row.bases !== undefined, quality);
  return out;
}

/** One region file for a Pemda. */
export function iidRegion(pemda: Pemda, random: Random, options: IidOptions = {}): RegionInput {
  const [min, max] = options.innovations ?? [10, 150];
  const quality = random();
  const count = between(random, min, max);
  return {
    region: { name: pemda.name, kind: pemda.level, code: pemda.code },
    spd: answers(random, spd2026, quality),
    innovations: Array.from({ length: count }, (_, i) => ({
      id: `${pemda.code}-${String(i + 1).padStart(3, '0')}`,
      name: `Inovasi ${phrase(random, 2)} ${i + 1}`,
      stage: random() < 0.85 ? 'penerapan' : pick(random, STAGES),
      form: pick(random, FORMS),
      digital: random() < 0.6,
      urusan: pick(random, URUSAN),
      implementationDate: isoDate(random, 2023, 2025),
      rancangBangunWords: between(random, 150, 900),
      answers: answers(random, sid2026, quality),
    })),
  };
}

/**
 * IID region files for every Pemda (546), 10–150 innovations each.
 *
 * @example
 * ```ts
 * const regions = generateIidRegions({ seed: 1 });
 * regions.length; // 546
 * ```
 */
export function generateIidRegions(options: IidOptions = {}): RegionInput[] {
  const seed = options.seed ?? 1;
  const random = createRandom(seed ^ 0x11d);
  return generatePemda(seed).map((pemda) => iidRegion(pemda, random, options));
}
