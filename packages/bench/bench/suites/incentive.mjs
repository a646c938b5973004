// The incentive gates and clusters of every edition that has them, on the generated incentive
// year (546 Pemda): inovasi (the checker compiled once per edition where the core has one, else
// checkEligibility; every gate explained, findings, fixes, pots),
// json-rules-engine with the same gates as rules (engine set up once per edition) and plain
// straight-line code. Before anything is timed, the three must give the same decision (status,
// cluster, every gate's outcome) on every region; a difference stops the suite (exit 3).
// Target (issue 18): inovasi at least 20× faster than json-rules-engine.
import { abort, core, emit, generator, SEED, stats, timeMany } from '../lib.mjs';
import {
  coreDecision,
  hasGates,
  jreChecker,
  plainChecker,
  readScheme,
} from '../rules/incentive.mjs';

const { generateIncentiveYear } = await generator();
const incentive = await core('incentive');
const { builtinRegistry } = await core('registry');
const { regions } = generateIncentiveYear({ seed: SEED });

const editions = builtinRegistry
  .list()
  .filter((b) => b.domain === 'incentive')
  .map((b) => builtinRegistry.resolve(b.id));

const all = { core: [], jre: [], plain: [] };
for (const rulebook of editions) {
  const asOf = rulebook.effective.from;
  const scheme = readScheme(rulebook, asOf);
  if (!hasGates(scheme)) continue;
  const plain = plainChecker(scheme);
  const jre = jreChecker(scheme);
  const options = { asOf };
  // the checker compiled once per edition where the core has one, else checkEligibility per call
  const compiled = incentive.createEligibilityChecker?.(rulebook, options);
  const check = compiled
    ? (region) => compiled.check(region)
    : (region) => incentive.checkEligibility(region, rulebook, options);
  const label = compiled ? 'createEligibilityChecker().check' : 'checkEligibility';
  // 1. the same decisions on every region
  const counts = {};
  for (const region of regions) {
    const expected = JSON.stringify(coreDecision(check(region)));
    const byPlain = JSON.stringify(plain(region));
    const byJre = JSON.stringify(await jre(region));
    if (byPlain !== expected || byJre !== expected) {
      abort(
        `incentive ${rulebook.id}: decisions differ on region ${region.id}\n  inovasi:           ${expected}\n  plain code:        ${byPlain}\n  json-rules-engine: ${byJre}`,
      );
    }
    const status = JSON.parse(expected).status;
    counts[status] = (counts[status] ?? 0) + 1;
  }
  // 2. timed, round robin
  let sink = 0;
  const [c, j, p] = await timeMany(
    [
      () => {
        for (const region of regions) sink += check(region).gates.length;
      },
      async () => {
        for (const region of regions) sink += (await jre(region)).status.length;
      },
      () => {
        for (const region of regions) sink += plain(region).status.length;
      },
    ],
    { runs: 7, warmup: 2 },
  );
  if (sink === 0) abort('nothing computed');
  all.core.push(stats(c).median);
  all.jre.push(stats(j).median);
  all.plain.push(stats(p).median);
  const ratio = stats(c).median / stats(j).median;
  const perRegionUs = (stats(c).median * 1000) / regions.length;
  emit({
    suite: 'incentive',
    operation: `incentive ${rulebook.id}: ${label} (explained)`,
    size: `${regions.length} regions, ${scheme.gates.length} gates${Array.isArray(scheme.clusters) ? `, ${scheme.clusters.length} clusters` : ''}`,
    items: regions.length,
    unit: 'regions',
    samples: c,
    baseline: { name: 'json-rules-engine', samples: j },
    target: { text: '≤ 0.05× json-rules-engine (≥ 20× faster)', pass: ratio <= 0.05 },
    note: `${perRegionUs.toFixed(1)} µs/region; plain code ${((stats(p).median * 1000) / regions.length).toFixed(2)} µs/region (inovasi ${(stats(c).median / stats(p).median).toFixed(0)}× plain); verified equal on ${regions.length} regions (${Object.entries(
      counts,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')})`,
  });
}
const sum = (list) => list.reduce((a, b) => a + b, 0);
emit({
  suite: 'incentive',
  operation: `incentive, ${all.core.length} editions: json-rules-engine`,
  size: `${regions.length} regions × ${all.core.length} editions`,
  items: regions.length * all.core.length,
  unit: 'regions',
  samples: [sum(all.jre)],
  baseline: { name: 'plain code', samples: [sum(all.plain)] },
  note: 'sum of the per-edition medians',
});
emit({
  suite: 'incentive',
  operation: `incentive, ${all.core.length} editions: plain code`,
  size: `${regions.length} regions × ${all.core.length} editions`,
  items: regions.length * all.core.length,
  unit: 'regions',
  samples: [sum(all.plain)],
  note: 'sum of the per-edition medians; no explanations',
});
