// `/healthz` while the heaviest allowed request runs (issue 14): the built @inovasi/web server in
// its own process (default worker pool: the cores but one), one request of each kind at the
// cost model's bounds (cost.ts: 2,000 proposals, entries × judges × (resamples + 1) = 5,000,000,
// 2,000 innovations, regions to allocate and replay inputs, each cut to what the 1 MB body limit
// takes), each timed alone (the better of two); the slowest is the load. A load process keeps that request in flight
// continuously (one connection per worker, plus one queued behind them) while this process
// probes `/healthz` and a light request (one short proposal, answered on the event loop) one at
// a time. Baseline in the same run: the same probes on the idle server, before the load.
// Target: /healthz p99 < 50 ms under the load (the HTTP suite's p99 target), no 5xx but 503.
// Peak MB is the server process's (VmHWM over the whole run), not this client's.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { abort, emit, generator, QUICK, SEED } from '../lib.mjs';

const SECONDS = QUICK ? 8 : Number(process.env.BENCH_HEALTHZ_SECONDS ?? 30);
const BODY_LIMIT = 1024 * 1024;
const { generateIncentiveYear, generatePanel, generateIidRegions, generateProposals } =
  await generator();

/** The largest n ≤ max whose body fits the body limit, and that body. */
function fit(max, bodyOf) {
  let [low, high] = [1, max];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (Buffer.byteLength(bodyOf(mid)) <= BODY_LIMIT - 1024) low = mid;
    else high = mid - 1;
  }
  return { n: low, body: bodyOf(low) };
}

const n = (count) => count.toLocaleString('en-US');

/** The heavy requests, at the cost model's bounds: `{ name: [path, body] }`. */
async function heavyRequests(base) {
  const res = await fetch(`${base}/v1/rulebooks/banten-kompetisi-2024`);
  const banten = await res.json();
  const [, rubricParameter] = Object.entries(banten.parameters).find(([id]) =>
    id.endsWith('rubric'),
  );
  const rubric = rubricParameter.values[0].value;
  const criteria = rubric.criteria.map((c) => c.id);
  const kipp = { rulebook: 'kipp-2021', asOf: '2021-03-01', registrationCloseDate: '2021-04-30' };
  const short = (i) => ({
    title: `Layanan Adminduk Keliling ${i}`,
    agency: { name: `Pemerintah Kabupaten ${i % 50}`, type: 'kabupaten' },
    implementationStartDate: '2019-01-02',
  });
  const realistic = generateProposals(100, { seed: SEED });
  const proposals = fit(realistic.length, (k) =>
    JSON.stringify({ ...kipp, proposals: realistic.slice(0, k) }),
  );
  const year = generateIncentiveYear({ seed: SEED });
  const regions = Array.from({ length: 2000 }, (_, i) => ({
    ...year.regions[i % year.regions.length],
    id: `R${i}`,
  }));
  const allocation = fit(2000, (k) =>
    JSON.stringify({
      rulebook: 'insentif-fiskal-2024',
      asOf: '2024-10-01',
      regions: regions.slice(0, k),
      assumptions: year.assumptions,
    }),
  );
  const replay = fit(2000, (k) =>
    JSON.stringify({
      from: 'kipp-2018',
      to: 'kipp-2021',
      asOf: '2021-03-01',
      inputs: Array.from({ length: k }, (_, i) => ({ name: `p${i}`, input: short(i) })),
    }),
  );
  const region = generateIidRegions({ seed: SEED, innovations: [2000, 2000] })[0];
  const iid = fit(region.innovations.length, (k) =>
    JSON.stringify({
      rulebook: 'iid-2026',
      asOf: '2026-06-01',
      region: { ...region, innovations: region.innovations.slice(0, k) },
    }),
  );
  return {
    'readiness, 2,000 proposals': [
      '/v1/readiness',
      JSON.stringify({ ...kipp, proposals: Array.from({ length: 2000 }, (_, i) => short(i)) }),
    ],
    'readiness, 2,000 copies of one title': [
      '/v1/readiness',
      JSON.stringify({ ...kipp, proposals: Array.from({ length: 2000 }, () => short(0)) }),
    ],
    [`readiness, ${proposals.n} realistic proposals (1 MB)`]: ['/v1/readiness', proposals.body],
    'scoring, 100 entries × 5 judges × 9,999 resamples': [
      '/v1/scoring',
      JSON.stringify({
        rulebook: 'banten-kompetisi-2024',
        asOf: '2024-06-01',
        panel: generatePanel({ seed: SEED, entries: 100, judges: 5, criteria }),
        resamples: 9_999,
      }),
    ],
    'scoring, 1,000 entries × 5 judges × 999 resamples': [
      '/v1/scoring',
      JSON.stringify({
        rulebook: 'banten-kompetisi-2024',
        asOf: '2024-06-01',
        panel: generatePanel({ seed: SEED, entries: 1000, judges: 5, criteria }),
        resamples: 999,
      }),
    ],
    [`iid, ${n(iid.n)} innovations${iid.n < 2000 ? ' (1 MB)' : ''}`]: ['/v1/iid', iid.body],
    [`incentive allocation, ${n(allocation.n)} regions (1 MB)`]: [
      '/v1/incentive/allocation',
      allocation.body,
    ],
    [`rulebook replay, ${n(replay.n)} inputs${replay.n < 2000 ? ' (1 MB)' : ''}`]: [
      '/v1/rulebooks/replay',
      replay.body,
    ],
  };
}

async function server() {
  const script = fileURLToPath(new URL('../http-server.mjs', import.meta.url));
  const child = spawn(process.execPath, [script, 'inovasi'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = await once(createInterface({ input: child.stdout }), 'line');
  return { child, base: `http://127.0.0.1:${JSON.parse(line).port}` };
}

/** One request, timed; its status (0: no answer). */
async function timed(url, init) {
  const start = performance.now();
  try {
    const res = await fetch(url, init);
    await res.arrayBuffer();
    return { ms: performance.now() - start, status: res.status };
  } catch {
    return { ms: performance.now() - start, status: 0 };
  }
}

// ---- the load process: `healthz.mjs load <url> <body file> <connections> <seconds>` ----------
if (process.argv[2] === 'load') {
  const [, , , url, file, connections, seconds] = process.argv;
  const body = readFileSync(file, 'utf8');
  const until = performance.now() + Number(seconds) * 1000;
  const statuses = {};
  const ms = [];
  process.stdout.write('ready\n');
  await Promise.all(
    Array.from({ length: Number(connections) }, async () => {
      while (performance.now() < until) {
        const r = await timed(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        statuses[r.status] = (statuses[r.status] ?? 0) + 1;
        if (r.status === 200) ms.push(r.ms);
      }
    }),
  );
  process.stdout.write(`${JSON.stringify({ statuses, ms })}\n`);
  process.exit(0);
}

// ---- the probe ------------------------------------------------------------------------------
const LIGHT = JSON.stringify({
  rulebook: 'kipp-2021',
  asOf: '2021-03-01',
  proposal: { title: 'Layanan Adminduk Keliling', implementationStartDate: '2019-01-02' },
});

/** Probes /healthz and the light request in turn, one at a time, for `seconds`. */
async function probe(base, seconds) {
  const health = [];
  const light = [];
  const bad = [];
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    const h = await timed(`${base}/healthz`);
    if (h.status === 200) health.push(h.ms);
    else bad.push(`healthz ${h.status}`);
    const l = await timed(`${base}/v1/readiness`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: LIGHT,
    });
    if (l.status === 200) light.push(l.ms);
    else bad.push(`light ${l.status}`);
    await sleep(5);
  }
  return { health, light, bad };
}

const quantile = (samples, q) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const summary = (samples) =>
  `p50 ${fmt(quantile(samples, 0.5))} ms, p99 ${fmt(quantile(samples, 0.99))} ms, max ${fmt(Math.max(...samples))} ms (${n(samples.length)} requests)`;

const { child, base } = await server();
process.on('exit', () => child.kill()); // abort() exits past the finally below
const temp = mkdtempSync(join(tmpdir(), 'inovasi-bench-healthz-'));
const bodyFile = join(temp, 'heaviest.json');
try {
  // each heavy request alone, after one warm-up of each: the slowest is the load
  const requests = await heavyRequests(base);
  const alone = [];
  for (const [name, [path, body]] of Object.entries(requests)) {
    delete requests[name]; // one body at a time in memory: the heaviest is written to a file
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body };
    const first = await timed(`${base}${path}`, init);
    if (first.status !== 200) {
      const res = await fetch(`${base}${path}`, init);
      abort(`healthz: ${name} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
    }
    const second = await timed(`${base}${path}`, init);
    const ms = Math.min(first.ms, second.ms);
    if (ms > (alone[0]?.ms ?? 0)) writeFileSync(bodyFile, body);
    alone.push({ name, path, ms, kb: body.length / 1024 });
    process.stdout.write(`alone: ${name}: ${fmt(ms)} ms\n`);
    alone.sort((a, b) => b.ms - a.ms);
  }
  const heaviest = alone[0];

  const idle = await probe(base, Math.min(10, SECONDS / 2));
  const workers = Math.max(1, Math.min(4, availableParallelism() - 1));
  const connections = workers + 1;
  const load = spawn(
    process.execPath,
    [
      fileURLToPath(import.meta.url),
      'load',
      `${base}${heaviest.path}`,
      bodyFile,
      String(connections),
      String(SECONDS),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: load.stdout })[Symbol.asyncIterator]();
  await lines.next(); // ready: the bodies are built
  await sleep(500);
  const busy = await probe(base, SECONDS - 1);
  const { value } = await lines.next();
  const { statuses, ms } = JSON.parse(value);
  const completed = statuses[200] ?? 0;
  const refused = statuses[503] ?? 0;
  const other = Object.entries(statuses).filter(([s]) => s !== '200' && s !== '503');
  if (completed === 0) abort(`healthz: no heavy request completed (${JSON.stringify(statuses)})`);

  // the server's peak resident memory (Linux), not this client's
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
  const peakMb = hwm ? Number(hwm[1]) / 1024 : undefined;
  const p99 = quantile(busy.health, 0.99);
  const p99Idle = quantile(idle.health, 0.99);
  const size = `${heaviest.name} (${heaviest.kb.toFixed(0)} kB, ${fmt(heaviest.ms)} ms alone), ${connections} in flight, ${SECONDS} s`;
  const loadNote = `heavy: ${completed} completed (median ${fmt(quantile(ms, 0.5))} ms), ${refused} × 503${other.length > 0 ? `, other ${JSON.stringify(Object.fromEntries(other))}` : ''}`;
  const failures = busy.bad.length + other.length;
  emit({
    suite: 'healthz',
    operation: 'GET /healthz while the heaviest allowed request runs',
    size,
    clock: 'wall',
    peakMb,
    samples: busy.health,
    baseline: { name: `idle server, p99 ${fmt(p99Idle)} ms, p50`, samples: idle.health },
    ratio: p99 / p99Idle,
    target: { text: 'p99 < 50 ms, no 5xx but 503', pass: p99 < 50 && failures === 0 },
    note: `${summary(busy.health)}; ${loadNote}; ratio = p99 ÷ idle p99${busy.bad.length > 0 ? `; probe failures: ${busy.bad.slice(0, 5).join(', ')}` : ''}`,
  });
  emit({
    suite: 'healthz',
    operation: 'light request (1 proposal) while the heaviest allowed request runs',
    size,
    clock: 'wall',
    peakMb,
    samples: busy.light,
    baseline: {
      name: `idle server, p99 ${fmt(quantile(idle.light, 0.99))} ms, p50`,
      samples: idle.light,
    },
    ratio: quantile(busy.light, 0.99) / quantile(idle.light, 0.99),
    note: `${summary(busy.light)}; idle ${summary(idle.light)}; ratio = p99 ÷ idle p99`,
  });
  emit({
    suite: 'healthz',
    operation: 'baseline: GET /healthz on the idle server',
    size: 'one request at a time',
    clock: 'wall',
    peakMb,
    samples: idle.health,
    note: summary(idle.health),
  });
} finally {
  child.kill();
  rmSync(temp, { recursive: true, force: true });
}
