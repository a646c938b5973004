// /healthz latency while the heaviest request the cost model allows runs (issue #14): a scoring
// panel of 100 entries × 20 judges with 2,000 resamples (entries × judges × (resamples + 1) just
// under the 5,000,000 limit of cost.ts). Prints the /healthz p50/p99 idle (the same-run baseline)
// and during the heavy request, with the worker pool (default) and without it (WORKERS=0).
// Run: node packages/web/scripts/healthz-under-load.mjs  (after a build)
import { startServer } from '../dist/node.js';

const CRITERIA = [
  'kebaruan',
  'relevansi',
  'kelayakan',
  'keberlanjutan',
  'kolaborasi',
  'dokumentasi',
];
function panel(entries, judges) {
  const ids = Array.from({ length: entries }, (_, i) => `E${i + 1}`);
  const judgeIds = Array.from({ length: judges }, (_, j) => `J${j + 1}`);
  return {
    entries: ids.map((id) => ({ id })),
    judges: judgeIds.map((id) => ({ id })),
    sheets: judgeIds.flatMap((judge, j) =>
      ids.map((entry, i) => ({
        judge,
        entry,
        scores: Object.fromEntries(CRITERIA.map((c, k) => [c, ((i * 7 + j * 3 + k) % 3) + 1])),
      })),
    ),
  };
}
const heavyBody = JSON.stringify({
  rulebook: 'kota-metro-2027-judul',
  asOf: '2027-03-01',
  panel: panel(100, 20),
  resamples: 2_000,
});

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

async function probe(base, until) {
  const times = [];
  while (!until()) {
    const t = performance.now();
    await (await fetch(`${base}/healthz`)).arrayBuffer();
    times.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 20));
  }
  return times;
}

for (const workers of process.env.WORKERS ? [Number(process.env.WORKERS)] : [1, 0]) {
  const started = await startServer({ port: 0, hostname: '127.0.0.1', workers });
  const base = `http://127.0.0.1:${started.port}`;
  let n = 0;
  const idle = await probe(base, () => ++n > 50);
  let done = false;
  const t0 = performance.now();
  const heavy = fetch(`${base}/v1/scoring`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: heavyBody,
  }).then(async (res) => {
    await res.arrayBuffer();
    done = true;
    return { status: res.status, ms: performance.now() - t0 };
  });
  const busy = await probe(base, () => done);
  const result = await heavy;
  console.log(
    `workers=${workers}: heavy scoring ${result.status} in ${(result.ms / 1000).toFixed(1)} s; /healthz idle p50 ${pct(idle, 50).toFixed(1)} ms p99 ${pct(idle, 99).toFixed(1)} ms; during it p50 ${pct(busy, 50).toFixed(1)} ms p99 ${pct(busy, 99).toFixed(1)} ms over ${busy.length} probes (${(pct(busy, 99) / pct(idle, 99)).toFixed(1)}× idle p99)`,
  );
  await started.shutdown(1_000);
}
