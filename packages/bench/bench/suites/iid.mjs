// The national Indeks Inovasi Daerah: every Pemda of the generated data (546, 10–150 innovations
// each, IID 2026 catalogue) through the index and the what-if plan, in CPU time, after a fair
// warm-up (one whole national pass, not a few regions). Baseline in the same run: JSON.parse of
// the same region files. Target (issue 5): index + plan under 2 s on one core.
import { abort, core, emit, generator, SEED, stats, timeMany } from '../lib.mjs';

const { generateIidRegions } = await generator();
const { computeIid, planIid, whatIf } = await core('iid');
const { builtinRegistry } = await core('registry');
const rulebook = builtinRegistry.resolve('iid-2026');
const regions = generateIidRegions({ seed: SEED });
const texts = regions.map((r) => JSON.stringify(r));
const innovations = regions.reduce((n, r) => n + r.innovations.length, 0);
const options = { asOf: '2026-06-01' };

let planned = 0;
const indexAndPlan = () => {
  planned = 0;
  for (const region of regions) {
    const result = computeIid(region, rulebook, options);
    if (planIid(result, rulebook).target !== null) planned += 1;
  }
};
const withWhatIf = () => {
  for (const region of regions) whatIf(computeIid(region, rulebook, options), rulebook);
};
let sink = 0;
const parse = () => {
  for (const text of texts) sink += JSON.parse(text).innovations.length;
};
const [a, w, b] = await timeMany([indexAndPlan, withWhatIf, parse], { runs: 3, warmup: 1 });
if (planned === 0 || sink === 0) abort('iid: no plans computed');
const size = `${regions.length} Pemda, ${innovations.toLocaleString('en-US')} innovations`;
emit({
  suite: 'iid',
  operation: 'IID 2026 national: index + plan',
  size,
  items: regions.length,
  unit: 'Pemda',
  samples: a,
  baseline: { name: 'JSON.parse of the region files', samples: b },
  target: { text: '< 2,000 ms cpu', pass: stats(a).median < 2000 },
  note: `${planned} regions with a plan`,
});
emit({
  suite: 'iid',
  operation: 'IID 2026 national: index + full what-if',
  size,
  items: regions.length,
  unit: 'Pemda',
  samples: w,
  baseline: { name: 'JSON.parse of the region files', samples: b },
});
