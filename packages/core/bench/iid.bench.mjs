// Benchmark for the IID speed target (issue 5): all 546 Pemda with 60 innovations each, the
// index and the what-if plan, on one core (Node runs it on one thread). Prints the wall-clock
// and CPU time of that pass (the CPU figure is what a shared machine cannot inflate); the target
// is under 2 s.
// Run after a build: `pnpm --filter @inovasi/core bench` (runs every bench/*.bench.mjs).
import {
  computeIid,
  planIid,
  whatIf,
  iid2026,
  sid2026,
  spd2026,
  URUSAN_YANDAS,
} from '../dist/iid.js';
import { builtinRegistry } from '../dist/registry.js';

const REGIONS = 546;
const INNOVATIONS = 60;
const rulebook = builtinRegistry.resolve(iid2026.id);

// A deterministic spread of answers (no Math.random, so every run measures the same work).
let seed = 7;
const next = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const level = () => Math.floor(next() * 4);
const urusan = [...URUSAN_YANDAS.map((u) => u.id), 'pariwisata', 'perhubungan'];

const regions = Array.from({ length: REGIONS }, (_, r) => ({
  region: { name: `Pemda ${r + 1}` },
  spd: Object.fromEntries(spd2026.map((row) => [row.id, level()])),
  innovations: Array.from({ length: INNOVATIONS }, (_, i) => ({
    id: `p${r}-i${i}`,
    name: `Inovasi ${i}`,
    stage: 'penerapan',
    urusan: urusan[Math.floor(next() * urusan.length)],
    implementationDate: '2025-02-01',
    rancangBangunWords: 300 + i,
    answers: Object.fromEntries(sid2026.map((row) => [row.id, level()])),
  })),
}));

// Warm up (JIT, rulebook parse) on a few regions, then measure the whole set.
for (const region of regions.slice(0, 20)) whatIf(computeIid(region, rulebook), rulebook);

const start = process.hrtime.bigint();
const cpu = process.cpuUsage();
let planned = 0;
let changes = 0;
for (const region of regions) {
  const result = computeIid(region, rulebook);
  const plan = planIid(result, rulebook);
  if (plan.target !== null) planned += 1;
  changes += plan.changes.length;
}
const indexAndPlan = Number(process.hrtime.bigint() - start) / 1e9;
const used = process.cpuUsage(cpu);
const indexAndPlanCpu = (used.user + used.system) / 1e6;

const start2 = process.hrtime.bigint();
for (const region of regions) whatIf(computeIid(region, rulebook), rulebook);
const withWhatIf = Number(process.hrtime.bigint() - start2) / 1e9;

console.log(
  `iid-2026: ${REGIONS} Pemda × ${INNOVATIONS} innovations — index + plan in ${indexAndPlan.toFixed(2)} s ` +
    `wall, ${indexAndPlanCpu.toFixed(2)} s CPU ` +
    `(${planned} plans, ${changes} changes); index + full what-if (with plan) in ${withWhatIf.toFixed(2)} s. ` +
    `Target: under 2 s on one core.`,
);
