import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseIidRegion } from '@inovasi/core/iid';
import { parseIncentiveRegion } from '@inovasi/core/incentive';
import { parseProposal } from '@inovasi/core/readiness';
import {
  generateIidRegions,
  generateIncentiveYear,
  generateNationalData,
  generatePanel,
  generatePemda,
  generateProposals,
  proposalStream,
  sectionWords,
  writeNationalData,
  writeProposalLines,
} from './index.js';

const require = createRequire(import.meta.url);
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
function schema(name: string) {
  const file = require.resolve(`@inovasi/core/schemas/${name}.schema.json`);
  return ajv.compile(JSON.parse(readFileSync(file, 'utf8')) as object);
}
function errors(validate: ReturnType<typeof schema>, value: unknown): string {
  return validate(value) ? '' : ajv.errorsText(validate.errors);
}

describe('the national data', () => {
  const data = generateNationalData({ seed: 1, proposals: 300 });

  it('has the real counts of Pemda, unique codes, and 10–150 innovations each', () => {
    const levels = { provinsi: 0, kabupaten: 0, kota: 0 };
    for (const p of data.pemda) levels[p.level] += 1;
    expect(levels).toEqual({ provinsi: 38, kabupaten: 415, kota: 93 });
    expect(new Set(data.pemda.map((p) => p.code)).size).toBe(546);
    expect(data.iid).toHaveLength(546);
    const counts = data.iid.map((r) => r.innovations?.length ?? 0);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...counts)).toBeLessThanOrEqual(150);
    expect(Math.max(...counts) - Math.min(...counts)).toBeGreaterThan(100);
  });

  it('is the same for the same seed and different for another', () => {
    const again = generateNationalData({ seed: 1, proposals: 300 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(data));
    const other = generateProposals(5, { seed: 2 });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(data.proposals.slice(0, 5)));
    expect(generatePemda(1)).toEqual(data.pemda);
  });

  it('writes proposals of about 2,000 words (kelompok umum), some with problems', () => {
    const umum = data.proposals.filter((p) => p.group === 'umum');
    const mean = umum.reduce((n, p) => n + sectionWords(p), 0) / umum.length;
    expect(mean).toBeGreaterThan(1800);
    expect(mean).toBeLessThan(2300);
    expect(data.proposals.some((p) => p.videoUrl === undefined)).toBe(true);
    expect(data.proposals.some((p) => p.sdgs?.length === 0)).toBe(true);
  });

  it('validates against the core JSON Schemas', () => {
    const proposal = schema('proposal');
    for (const p of data.proposals) expect(errors(proposal, p)).toBe('');
    const iid = schema('iid-region');
    for (const r of data.iid) expect(errors(iid, r)).toBe('');
    expect(errors(schema('national-dataset'), data.incentive)).toBe('');
    const region = schema('region');
    for (const r of data.incentive.regions) expect(errors(region, r)).toBe('');
    expect(errors(schema('panel'), data.panel)).toBe('');
  });

  it('parses with the core parsers (the zod schemas the engines use)', () => {
    for (const p of data.proposals) expect(() => parseProposal(p)).not.toThrow();
    for (const r of data.iid) expect(() => parseIidRegion(r)).not.toThrow();
    for (const r of data.incentive.regions) expect(() => parseIncentiveRegion(r)).not.toThrow();
  });

  it('leaves some incentive values out, as real data does', () => {
    const year = generateIncentiveYear({ seed: 3 });
    expect(year.regions.some((r) => r.apbdOnTime === undefined)).toBe(true);
    expect(year.regions.filter((r) => r.apbdOnTime === undefined).length).toBeLessThan(60);
    expect(
      generateIidRegions({ seed: 3, innovations: [1, 2] })[0]?.innovations?.length,
    ).toBeLessThanOrEqual(2);
  });

  it('builds a panel with a sheet per judge and entry', () => {
    const panel = generatePanel({ seed: 1, entries: 20, judges: 3, criteria: ['a', 'b'] });
    expect(panel.sheets).toHaveLength(60);
    expect(Object.keys(panel.sheets[0]?.scores ?? {})).toEqual(['a', 'b']);
  });
});

describe('writing the data', () => {
  it('writes one file per format under a folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'inovasi-bench-'));
    try {
      const files = await writeNationalData(dir, {
        seed: 4,
        proposals: 12,
        jsonl: true,
        only: ['pemda', 'incentive', 'proposals'],
      });
      expect(files.map((f) => f.slice(dir.length + 1)).sort()).toEqual([
        'incentive.json',
        'pemda.json',
        'proposals.jsonl',
      ]);
      const lines = (await readFile(join(dir, 'proposals.jsonl'), 'utf8')).trim().split('\n');
      expect(lines).toHaveLength(12);
      expect(JSON.parse(lines[11] ?? '')).toEqual([...proposalStream(12, { seed: 4 })][11]);
      expect(await readdir(dir)).not.toContain('iid');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('streams proposals as JSON Lines, waiting when the reader is slow', async () => {
    let lines = 0;
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, done) {
        lines += chunk.toString().split('\n').length - 1;
        setImmediate(done);
      },
    });
    await writeProposalLines(slow, 50, 9);
    expect(lines).toBe(50);
  });
});
