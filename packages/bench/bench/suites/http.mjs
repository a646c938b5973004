// HTTP readiness under load: POST /v1/readiness with one realistic generated proposal (about
// 2,000 words, kipp-2021) at 50 connections on loopback, the server in its own process, with
// autocannon: the full answer, the compact view (?view=compact) and, as the same-run baseline,
// a bare Hono handler on the same server library that parses the same body and answers a small
// JSON object. Each answer is checked before the run; any non-2xx answer is a miss.
// Target (issue 18): ≥ 3,000 req/s and p99 < 50 ms at 50 connections.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { abort, emit, generator, QUICK, SEED } from '../lib.mjs';

const SECONDS = QUICK ? 3 : Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_HTTP_CONNECTIONS ?? 50);
const { generateProposals, sectionWords } = await generator();
const proposal = generateProposals(1, { seed: SEED })[0];
const body = JSON.stringify({
  rulebook: 'kipp-2021',
  asOf: '2021-03-01',
  registrationCloseDate: '2021-04-30',
  proposal,
});

async function server(mode) {
  const child = spawn(
    process.execPath,
    [fileURLToPath(new URL('../http-server.mjs', import.meta.url)), mode],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const [line] = await once(createInterface({ input: child.stdout }), 'line');
  return { child, port: JSON.parse(line).port };
}

async function load(mode, query) {
  const { child, port } = await server(mode);
  try {
    const url = `http://127.0.0.1:${port}/v1/readiness${query}`;
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body };
    const probe = await fetch(url, init);
    const answer = await probe.text();
    if (
      probe.status !== 200 ||
      !['ready', 'not-ready', 'indeterminate'].includes(JSON.parse(answer).status)
    )
      abort(
        `http ${mode}${query}: unexpected answer before the run: ${probe.status} ${answer.slice(0, 300)}`,
      );
    const result = await autocannon({ url, ...init, connections: CONNECTIONS, duration: SECONDS });
    return { result, bytes: answer.length };
  } finally {
    child.kill();
  }
}

const base = await load('bare', '');
const size = `1 proposal, ${sectionWords(proposal)} words (${(body.length / 1024).toFixed(0)} kB), ${CONNECTIONS} conns, ${SECONDS} s`;
const rpsBase = base.result.requests.average;
for (const [label, query] of [
  ['full answer', ''],
  ['compact view', '?view=compact'],
]) {
  const { result, bytes } = await load('inovasi', query);
  const rps = result.requests.average;
  const { p50, p99, max } = result.latency;
  const bad = result.non2xx + result.errors + result.timeouts;
  emit({
    suite: 'http',
    operation: `HTTP POST /v1/readiness, ${label}`,
    size,
    clock: 'wall',
    samples: [p50],
    throughput: rps,
    unit: 'req/s',
    baseline: {
      name: `bare Hono handler ${Math.round(rpsBase)} req/s, p50`,
      samples: [base.result.latency.p50],
    },
    ratio: rpsBase / rps,
    target: { text: '≥ 3,000 req/s, p99 < 50 ms', pass: rps >= 3000 && p99 < 50 && bad === 0 },
    note: `p50 ${p50} ms, p99 ${p99} ms, max ${max} ms; answer ${(bytes / 1024).toFixed(1)} kB; non-2xx/errors/timeouts ${bad}; ratio = bare req/s ÷ this req/s`,
  });
}
emit({
  suite: 'http',
  operation: 'baseline: bare Hono handler (parse body, small answer)',
  size,
  clock: 'wall',
  samples: [base.result.latency.p50],
  throughput: rpsBase,
  unit: 'req/s',
  note: `p99 ${base.result.latency.p99} ms`,
});
