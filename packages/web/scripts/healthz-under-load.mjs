// /healthz latency while the heaviest request the cost model allows runs (issue #14): a scoring
// panel of 100 entries × 20 judges with 2,499 resamples (entries × judges × (resamples + 1) =
// 5,000,000, exactly the limit of cost.ts). Each run prints the /healthz p50/p99 idle (the
// same-run baseline) and while the heavy request runs; RUNS runs (default 3) and the range.
// WORKERS=0 runs everything on the event loop instead, to see what the worker pool buys.
// Probes use a new connection each (no keep-alive), so the shutdown between runs resets nothing.
// Run: nice -n 10 node packages/web/scripts/healthz-under-load.mjs  (after a build)
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
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
  resamples: 2_499,
});

/** One HTTP exchange on a new connection: its status and body. */
function send(port, method, path, body) {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent: false,
        headers: body ? { 'content-type': 'application/json' } : {},
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

async function probe(port, until) {
  const times = [];
  let failed = 0;
  while (!until()) {
    const t = performance.now();
    try {
      const res = await send(port, 'GET', '/healthz');
      if (res.status === 200) times.push(performance.now() - t);
      else failed += 1;
    } catch {
      failed += 1;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return { times, failed };
}

const workers = process.env.WORKERS === undefined ? 1 : Number(process.env.WORKERS);
const runs = Number(process.env.RUNS ?? 3);
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const results = [];
for (let run = 1; run <= runs; run += 1) {
  const started = await startServer({
    port: 0,
    hostname: '127.0.0.1',
    workers,
    limits: { requestTimeoutMs: 120_000 },
  });
  try {
    // warm: the worker thread starts and compiles the scoring engine once, before any timing
    await send(
      started.port,
      'POST',
      '/v1/scoring',
      heavyBody.replace('"resamples":2499', '"resamples":1'),
    );
    let n = 0;
    const idle = await probe(started.port, () => ++n > 100);
    let done = false;
    const t0 = performance.now();
    const heavy = send(started.port, 'POST', '/v1/scoring', heavyBody).then((res) => {
      done = true;
      return { status: res.status, ms: performance.now() - t0 };
    });
    const busy = await probe(started.port, () => done);
    const result = await heavy;
    const row = {
      idleP50: pct(idle.times, 50),
      idleP99: pct(idle.times, 99),
      busyP50: pct(busy.times, 50),
      busyP99: pct(busy.times, 99),
    };
    results.push(row);
    console.log(
      `run ${run}, workers=${workers}: heaviest scoring ${result.status} in ${(result.ms / 1000).toFixed(1)} s; ` +
        `/healthz idle p50 ${row.idleP50.toFixed(1)} ms p99 ${row.idleP99.toFixed(1)} ms; ` +
        `during it p50 ${row.busyP50.toFixed(1)} ms p99 ${row.busyP99.toFixed(1)} ms over ${busy.times.length} probes ` +
        `(${busy.failed + idle.failed} failed; ${(row.busyP99 / row.idleP99).toFixed(1)}× idle p99); load ${load()}`,
    );
  } finally {
    await started.shutdown(1_000);
  }
}
const range = (key) =>
  `${Math.min(...results.map((r) => r[key])).toFixed(1)}–${Math.max(...results.map((r) => r[key])).toFixed(1)} ms`;
console.log(
  `${runs} runs, workers=${workers}: /healthz p99 idle ${range('idleP99')}, during the heaviest request ${range('busyP99')}; p50 idle ${range('idleP50')}, during ${range('busyP50')}`,
);
