/**
 * Writes the generated national data to a folder, one file per format, for the CLI
 * (`bin/generate.mjs`), the desk's demo data and the examples:
 *
 * - `pemda.json`: the 546 Pemda (code, name, level, province);
 * - `iid/<code>.json`: one IID region file per Pemda;
 * - `incentive.json`: the incentive year (`NationalDataset`);
 * - `proposals.json` (`{ "proposals": [...] }`) or, with `jsonl`, `proposals.jsonl` (one per line);
 * - `panel.json`: the judging panel.
 *
 * @module
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { generatePemda } from './pemda.js';
import { generateIidRegions } from './iid.js';
import { generateIncentiveYear } from './incentive.js';
import { generatePanel } from './panel.js';
import { proposalStream } from './proposals.js';

/** The parts of the national data. */
export const PARTS = ['pemda', 'iid', 'incentive', 'proposals', 'panel'] as const;

/** One part of the national data. */
export type Part = (typeof PARTS)[number];

/** Options of {@link writeNationalData}. */
export interface WriteOptions {
  readonly seed: number;
  /** Proposals to write (default 3,000). */
  readonly proposals?: number;
  /** Write proposals as JSON Lines (one per line) instead of one batch file. */
  readonly jsonl?: boolean;
  /** Only these parts (default: all). */
  readonly only?: readonly Part[];
}

/**
 * Writes proposals as JSON Lines to a stream, one at a time (a million take no more memory
 * than one), waiting whenever the stream is full.
 */
export async function writeProposalLines(
  out: Writable,
  count: number,
  seed: number,
): Promise<void> {
  for (const proposal of proposalStream(count, { seed })) {
    if (!out.write(`${JSON.stringify(proposal)}\n`)) await once(out, 'drain');
  }
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Writes the generated data under `dir` and returns the files written.
 *
 * @example
 * ```ts
 * await writeNationalData('demo-data', { seed: 1, only: ['incentive'] }); // ['demo-data/incentive.json']
 * ```
 */
export async function writeNationalData(dir: string, options: WriteOptions): Promise<string[]> {
  const { seed } = options;
  const wanted = new Set<Part>(options.only ?? PARTS);
  const files: string[] = [];
  await mkdir(dir, { recursive: true });
  const put = async (name: string, text: string): Promise<void> => {
    const file = join(dir, name);
    await writeFile(file, text);
    files.push(file);
  };
  if (wanted.has('pemda')) await put('pemda.json', json(generatePemda(seed)));
  if (wanted.has('iid')) {
    await mkdir(join(dir, 'iid'), { recursive: true });
    for (const region of generateIidRegions({ seed }))
      await put(join('iid', `${region.region.code ?? region.region.name}.json`), json(region));
  }
  if (wanted.has('incentive')) await put('incentive.json', json(generateIncentiveYear({ seed })));
  if (wanted.has('proposals')) {
    const count = options.proposals ?? 3000;
    if (options.jsonl) {
      const file = join(dir, 'proposals.jsonl');
      const out = createWriteStream(file);
      await writeProposalLines(out, count, seed);
      out.end();
      await once(out, 'finish');
      files.push(file);
    } else {
      await put('proposals.json', json({ proposals: [...proposalStream(count, { seed })] }));
    }
  }
  if (wanted.has('panel'))
    await put('panel.json', json(generatePanel({ seed, entries: options.proposals ?? 3000 })));
  return files;
}
