// Benchmark: allocation over all 546 regions (38 provinces, 415 regencies, 93 cities) for every
// category of Insentif Fiskal 2024 (seven current-year pots, each split per region level with an
// assumed level split), including the gates of every region. Target from issue 6: under 100 ms
// on one core. Runs on the built package: `pnpm --filter @inovasi/core bench` (turbo builds first).
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const dist = new URL('../dist/incentive.js', import.meta.url);
if (!existsSync(dist)) {
  process.stderr.write('bench: build @inovasi/core first (pnpm --filter @inovasi/core build).\n');
  process.exit(2);
}
const { simulateAllocation } = await import(dist.href);
const { builtinRegistry } = await import(new URL('../dist/registry.js', import.meta.url).href);

const CATEGORIES = [
  'inflasi-1',
  'inflasi-2',
  'inflasi-3',
  'kemiskinan-ekstrem',
  'stunting',
  'produk-dalam-negeri',
  'percepatan-belanja',
];

// A deterministic pseudo-random generator (mulberry32), so every run measures the same data.
let seed = 546;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const regions = [];
const counts = { provinsi: 38, kabupaten: 415, kota: 93 };
for (const [level, n] of Object.entries(counts)) {
  for (let i = 0; i < n; i += 1) {
    const scores = {};
    for (const c of CATEGORIES) scores[c] = Math.round(random() * 1e6) / 1e4;
    regions.push({
      id: `${level.slice(0, 3)}-${String(i).padStart(3, '0')}`,
      level,
      apbdOnTime: random() > 0.1,
      auditOpinions: [{ year: 2022, opinion: random() > 0.2 ? 'WTP' : 'WDP' }],
      scores,
    });
  }
}
const byLevel = { provinsi: 0, kabupaten: 0, kota: 0 };
const pots = {};
for (const c of CATEGORIES) {
  const amount = c.startsWith('inflasi') ? 300_000_000_000 : 775_000_000_000;
  const provinsi = Math.floor(amount * 0.2);
  const kota = Math.floor(amount * 0.25);
  pots[c] = { byLevel: { ...byLevel, provinsi, kota, kabupaten: amount - provinsi - kota } };
}
const input = { regions, assumptions: { pots } };

// did-2022: every region through six real gates and the A/B/C clusters, then the three cluster
// pots split by an assumed overall score (the DJPK category weights are not known).
const did2022Regions = regions.map((r) => ({
  ...r,
  eProcurementGrade: random() > 0.2 ? 'A' : 'C',
  eBudgeting: random() > 0.05,
  ptspAvailable: random() > 0.05,
  auditOpinions: [2020, 2019, 2018, 2017, 2016].map((year) => ({
    year,
    opinion: random() > 0.15 ? 'WTP' : 'WDP',
  })),
  scores: { total: r.scores.stunting },
}));
const clusterAssumption = { scoreKey: 'total', method: 'proportional' };
const did2022Input = {
  regions: did2022Regions,
  assumptions: {
    pots: {
      'klaster-a': clusterAssumption,
      'klaster-b': clusterAssumption,
      'klaster-c': clusterAssumption,
    },
  },
};

const target = 100;
let ok = true;
function measure(label, id, data, potIds) {
  const rulebook = builtinRegistry.resolve(id);
  const run = () =>
    simulateAllocation(data, rulebook, { asOf: id === 'did-2022' ? '2022-06-01' : '2024-10-01' });
  const check = run();
  const split = check.pots.filter((p) => potIds.includes(p.id));
  if (split.length !== potIds.length || split.some((p) => p.allocated !== p.amount)) {
    process.stderr.write(`bench: a pot of ${id} did not add up exactly; this is a bug.\n`);
    process.exit(70);
  }
  for (let i = 0; i < 10; i += 1) run();
  const times = [];
  for (let i = 0; i < 50; i += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const p95 = times[Math.floor(times.length * 0.95)];
  ok &&= median < target;
  process.stdout.write(
    `incentive allocation, ${label}: ${data.regions.length} regions × ${potIds.length} pots: ` +
      `median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms (target < ${target} ms) ${median < target ? 'OK' : 'TOO SLOW'}\n`,
  );
}

measure(
  'insentif-fiskal-2024 (every current-year category)',
  'insentif-fiskal-2024',
  input,
  CATEGORIES,
);
measure('did-2022 (six gates, clusters A/B/C)', 'did-2022', did2022Input, [
  'klaster-a',
  'klaster-b',
  'klaster-c',
]);
process.exitCode = ok ? 0 : 1;
