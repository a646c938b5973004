// Load benchmark: POST /v1/readiness (one KIPP 2018 proposal) against the built server in its
// own process on loopback, with autocannon. Prints requests per second and latency percentiles
// and compares them with the target (>= 3,000 req/s, p99 < 50 ms); exits 1 when it misses, or
// when any answer was not 200.
//
//   pnpm --filter @inovasi/web bench            # 10 s, 50 connections
//   BENCH_SECONDS=30 BENCH_CONNECTIONS=100 pnpm --filter @inovasi/web bench
//   BENCH_WORKERS=2 pnpm --filter @inovasi/web bench   # the server on two processes
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const workers = Number(process.env.BENCH_WORKERS ?? 1);
const TARGET_RPS = 3000;
const TARGET_P99_MS = 50;

const here = dirname(fileURLToPath(import.meta.url));
const server = spawn(process.execPath, [join(here, 'server.mjs')], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const [line] = await once(createInterface({ input: server.stdout }), 'line');
const { port } = JSON.parse(line);

const body = JSON.stringify({
  rulebook: 'kipp-2018',
  asOf: '2018-03-01',
  proposal: {
    title: 'Layanan Adminduk Keliling',
    agency: { name: 'Pemerintah Kota Cilegon', type: 'kota' },
    implementationStartDate: '2017-03-11',
  },
});

// a check that the server answers what we measure
const probe = await fetch(`http://127.0.0.1:${port}/v1/readiness`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body,
});
const probed = await probe.json();
if (probe.status !== 200 || probed.status !== 'not-ready') {
  server.kill();
  throw new Error(`unexpected answer before the run: ${probe.status} ${JSON.stringify(probed)}`);
}

const result = await autocannon({
  url: `http://127.0.0.1:${port}/v1/readiness`,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body,
  connections,
  duration: seconds,
});
server.kill();

const rps = result.requests.average;
const { p50, p99, max } = result.latency;
const bad = result.non2xx + result.errors + result.timeouts;
const ok = rps >= TARGET_RPS && p99 < TARGET_P99_MS && bad === 0;
process.stdout.write(
  [
    `POST /v1/readiness, ${connections} connections, ${seconds} s, loopback, ${workers} server process(es), ${result.requests.total} requests`,
    `  requests/s: ${Math.round(rps)} (target >= ${TARGET_RPS})`,
    `  latency ms: p50 ${p50}, p99 ${p99} (target < ${TARGET_P99_MS}), max ${max}`,
    `  non-2xx: ${result.non2xx}, errors: ${result.errors}, timeouts: ${result.timeouts}`,
    `  ${ok ? 'PASS' : 'MISS'}`,
    '',
  ].join('\n'),
);
process.exitCode = ok ? 0 : 1;
