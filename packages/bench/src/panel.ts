/**
 * A judging panel (the `Panel` format of `@inovasi/core/scoring`): entries drawn from the
 * generated proposals, judges with their affiliations, and one score sheet per judge and entry
 * on a 1–5 scale, each judge a little harsher or kinder than the next (what z-score
 * normalisation corrects) and a few scores missing.
 *
 * @module
 */
import type { PanelInput } from '@inovasi/core/scoring';
import { createRandom } from './random.js';

/** Options of the panel generator. */
export interface PanelOptions {
  readonly seed?: number;
  /** Entries (default 3,000). */
  readonly entries?: number;
  /** Judges (default 5). */
  readonly judges?: number;
  /** Criterion ids (default `k0` … `k9`). */
  readonly criteria?: readonly string[];
  /** Share of scores left empty (default 0.002). */
  readonly missingShare?: number;
}

/**
 * A panel of entries × judges × criteria.
 *
 * @example
 * ```ts
 * const panel = generatePanel({ seed: 1, entries: 3000, judges: 5 });
 * panel.sheets.length; // 15000
 * ```
 */
export function generatePanel(options: PanelOptions = {}): PanelInput {
  const seed = options.seed ?? 1;
  const random = createRandom(seed ^ 0x9a4e1);
  const criteria = options.criteria ?? Array.from({ length: 10 }, (_, k) => `k${k}`);
  const missing = options.missingShare ?? 0.002;
  const entries = Array.from({ length: options.entries ?? 3000 }, (_, i) => ({
    id: `E${String(i + 1).padStart(5, '0')}`,
    title: `Inovasi ${i + 1}`,
    agency: `Pemda ${Math.floor(random() * 546) + 1}`,
    category: `kategori-${Math.floor(random() * 10)}`,
    ...(random() < 0.08 ? { tags: ['3T'] } : {}),
  }));
  const judges = Array.from({ length: options.judges ?? 5 }, (_, j) => ({
    id: `J${j + 1}`,
    name: `Juri ${j + 1}`,
    affiliations: [`Pemda ${Math.floor(random() * 546) + 1}`],
  }));
  const sheets = entries.flatMap((entry) => {
    const quality = random();
    return judges.map((judge, j) => ({
      judge: judge.id,
      entry: entry.id,
      scores: Object.fromEntries(
        criteria.map((k) => [
          k,
          random() < missing
            ? null
            : Math.max(
                1,
                Math.min(
                  5,
                  Math.round(
                    1 + 4 * quality + (random() - 0.5) * 2 + (j - judges.length / 2) * 0.3,
                  ),
                ),
              ),
        ]),
      ),
    }));
  });
  return { seed: `bench-${seed}`, entries, judges, sheets };
}
