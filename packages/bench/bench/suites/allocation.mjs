// Incentive allocation over the generated incentive year (546 Pemda): insentif-fiskal-2024, every
// current-year category (seven pots, split per region level with the generator's assumed split)
// and did-2022 (six gates, clusters A/B/C, split by an assumed overall score), gates of every
// region included, in CPU time. Each pot must add up to the rupiah (checked before timing).
// Baseline in the same run: JSON.parse of the same dataset. Target (issue 6): under 100 ms.
import { abort, core, emit, generator, SEED, stats, timeMany } from '../lib.mjs';

const { generateIncentiveYear, INCENTIVE_CATEGORIES } = await generator();
const { simulateAllocation } = await core('incentive');
const { builtinRegistry } = await core('registry');
const year = generateIncentiveYear({ seed: SEED });
const cluster = { scoreKey: 'total', method: 'proportional' };
const cases = [
  ['insentif-fiskal-2024', '2024-10-01', year, INCENTIVE_CATEGORIES],
  [
    'did-2022',
    '2022-06-01',
    {
      regions: year.regions,
      assumptions: { pots: { 'klaster-a': cluster, 'klaster-b': cluster, 'klaster-c': cluster } },
    },
    ['klaster-a', 'klaster-b', 'klaster-c'],
  ],
];
for (const [id, asOf, input, potIds] of cases) {
  const rulebook = builtinRegistry.resolve(id);
  const text = JSON.stringify(input);
  const run = () => simulateAllocation(input, rulebook, { asOf });
  const check = run();
  const split = check.pots.filter((p) => potIds.includes(p.id));
  if (split.length !== potIds.length || split.some((p) => p.allocated !== p.amount))
    abort(`allocation ${id}: a pot did not add up exactly`);
  let sink = 0;
  const [a, b] = await timeMany([run, () => (sink += JSON.parse(text).regions.length)], {
    runs: 15,
    warmup: 3,
  });
  emit({
    suite: 'allocation',
    operation: `allocation ${id}`,
    size: `${input.regions.length} regions × ${potIds.length} pots`,
    items: input.regions.length,
    unit: 'regions',
    samples: a,
    baseline: { name: 'JSON.parse of the dataset', samples: b },
    target: { text: '< 100 ms cpu', pass: stats(a).median < 100 },
  });
}
