// Load benchmark of the desk (SQLite, one process), with a bare-handler baseline in the same run:
//  1. 200 innovators, each with its own proposal, save drafts concurrently (10 saves each);
//  2. the all-proposals page of an admin with 3,000 proposals in the region (20 concurrent);
//  baseline: GET /healthz (no database, no rendering) of the same server at the same concurrency.
// Prints p50/p95/p99 latencies, throughput, the ratios to the baseline and the machine load.
// Run after `pnpm --filter @inovasi/desk build`: `pnpm --filter @inovasi/desk bench`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkProposal, openSqliteStore, seedCilegon, summaryOf, tokenHash } from '../dist/lib.js';

const here = dirname(fileURLToPath(import.meta.url));
const INNOVATORS = Number(process.env.BENCH_INNOVATORS ?? 200);
const SAVES_EACH = Number(process.env.BENCH_SAVES ?? 10);
const PROPOSALS = Number(process.env.BENCH_PROPOSALS ?? 3000);
const PAGE_CONCURRENCY = 20;
const PAGE_REQUESTS = Number(process.env.BENCH_PAGE_REQUESTS ?? 200);
const dir = mkdtempSync(join(tmpdir(), 'desk-bench-'));
const out = (line) => process.stdout.write(`${line}\n`);

// ---- seed: Cilegon, then 200 innovators with a proposal each, then proposals up to 3,000 ----
const today = new Date().toISOString().slice(0, 10);
const store = openSqliteStore(join(dir, 'desk.db'));
await store.migrate();
const { region } = await seedCilegon(store, { password: 'bench-password', today });
const expires = '2999-01-01T00:00:00.000Z';
const sessions = [];
const doc = (n) => ({
  title: `Inovasi ${n}`,
  group: 'umum',
  unit: `OPD ${n % 40}`,
  sections: { ringkasan: 'Ringkasan awal.' },
});
const readiness = (() => {
  const outcome = checkProposal(region, region.rulebook_id, doc(0), today);
  if (!outcome.ok) throw new Error(outcome.message);
  return summaryOf(outcome.result);
})();
// each benchmark innovator has its own OPD and owns exactly one proposal
for (let n = 0; n < INNOVATORS; n++) {
  const own = await store.createOpd(region.id, `OPD inovator ${n}`, null);
  const user = await store.createUser(
    region.id,
    { username: `bench${n}`, displayName: `Bench ${n}`, role: 'innovator', opdId: own.id },
    null,
  );
  const innovation = await store.createInnovation(
    region.id,
    { opdId: own.id, title: `Inovasi saya ${n}`, stage: 'penerapan' },
    null,
  );
  const proposal = await store.createProposal(
    region.id,
    { innovationId: innovation.id, rulebookId: region.rulebook_id, data: doc(n), readiness },
    null,
  );
  const token = `bench-${n}`;
  const csrf = `csrf-${n}`;
  await store.createSession({
    idHash: tokenHash(token),
    regionId: region.id,
    userId: user.id,
    csrfToken: csrf,
    expiresAt: expires,
  });
  sessions.push({ cookie: `desk_session=${token}`, csrf, proposal: proposal.id });
}
const opds = [];
for (let i = 0; i < 40; i++) opds.push(await store.createOpd(region.id, `OPD ${i}`, null));
const existing = (await store.listProposals(region.id)).length;
for (let n = 0; n < PROPOSALS - existing; n++) {
  const opd = opds[n % opds.length];
  const innovation = await store.createInnovation(
    region.id,
    { opdId: opd.id, title: `Inovasi ${n}`, stage: 'penerapan' },
    null,
  );
  await store.createProposal(
    region.id,
    { innovationId: innovation.id, rulebookId: region.rulebook_id, data: doc(n), readiness },
    null,
  );
}
const admin = await store.getUserByUsername('bappeda');
await store.createSession({
  idHash: tokenHash('bench-admin'),
  regionId: region.id,
  userId: admin.id,
  csrfToken: 'csrf-admin',
  expiresAt: expires,
});
const total = (await store.listProposals(region.id)).length;
await store.close();

// ---- the server under test: the built desk, its own process ----
const child = spawn(process.execPath, [join(here, '..', 'dist', 'main.js'), '--port', '0'], {
  env: { ...process.env, DESK_DATA_DIR: dir, HOST: '127.0.0.1' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const base = await new Promise((resolve, reject) => {
  let text = '';
  child.stdout.on('data', (chunk) => {
    text += chunk;
    const m = /listening on (http:\/\/[\d.]+:\d+)/.exec(text);
    if (m) resolve(m[1]);
  });
  child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
});

function stats(samples, seconds) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return {
    n: sorted.length,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    rps: sorted.length / seconds,
  };
}
async function run(workers, perWorker, request) {
  const samples = [];
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      for (let i = 0; i < perWorker; i++) {
        const t0 = performance.now();
        try {
          const res = await request(w, i);
          await res.arrayBuffer();
          if (res.status !== 200) failures++;
        } catch {
          failures++;
        }
        samples.push(performance.now() - t0);
      }
    }),
  );
  return { ...stats(samples, (performance.now() - started) / 1000), failures };
}
const fmt = (s) =>
  `p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms, ${s.rps.toFixed(0)} req/s, ${s.failures} failed of ${s.n}`;

const healthz = () => fetch(`${base}/healthz`);
await run(20, 20, healthz); // warm-up
const baseline200 = await run(INNOVATORS, SAVES_EACH, healthz);
const saves = await run(INNOVATORS, SAVES_EACH, (w, i) => {
  const s = sessions[w];
  return fetch(`${base}/proposals/${s.proposal}`, {
    method: 'POST',
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
    body: new URLSearchParams({
      title: `Inovasi ${w}`,
      group: 'umum',
      'sections.ringkasan': `Draf ${i} dari inovator ${w}.`,
    }),
  });
});
const perPage = Math.ceil(PAGE_REQUESTS / PAGE_CONCURRENCY);
const baseline20 = await run(PAGE_CONCURRENCY, perPage, healthz);
const page = await run(PAGE_CONCURRENCY, perPage, () =>
  fetch(`${base}/proposals`, { headers: { cookie: 'desk_session=bench-admin' } }),
);
child.kill('SIGTERM');
await new Promise((resolve) => child.once('exit', resolve));
rmSync(dir, { recursive: true, force: true });

out(
  `desk benchmark — SQLite, one process; node ${process.version}, ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
out(`region: ${total} proposals, ${INNOVATORS} benchmark innovators with a session each`);
out(`baseline GET /healthz, ${INNOVATORS} concurrent: ${fmt(baseline200)}`);
out(
  `save draft (readiness re-check + version + audit, fsync), ${INNOVATORS} concurrent innovators × ${SAVES_EACH}: ${fmt(saves)}`,
);
out(`  p95 ratio to baseline: ${(saves.p95 / baseline200.p95).toFixed(1)}×`);
out(`baseline GET /healthz, ${PAGE_CONCURRENCY} concurrent: ${fmt(baseline20)}`);
out(`all-proposals page (${total} rows), ${PAGE_CONCURRENCY} concurrent admins: ${fmt(page)}`);
out(`  p95 ratio to baseline: ${(page.p95 / baseline20.p95).toFixed(1)}×`);
if (saves.failures + page.failures > 0) process.exit(1);
