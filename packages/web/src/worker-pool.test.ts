import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { runsInline } from './cost.js';
import { startServer, type StartedServer } from './node.js';
import { createWorkerPool } from './worker-pool.js';

const CRITERIA = [
  'kebaruan',
  'relevansi',
  'kelayakan',
  'keberlanjutan',
  'kolaborasi',
  'dokumentasi',
];

/** A readiness batch one proposal over what a light request may have (see `cost.ts`). */
const BATCH = Array.from({ length: 11 }, (_, i) => ({ title: `Inovasi ${i + 1}` }));

/** A scoring panel of `entries` entries and `judges` judges, every judge scoring every entry. */
function panel(entries: number, judges: number): unknown {
  const ids = Array.from({ length: entries }, (_, i) => `E${i + 1}`);
  const judgeIds = Array.from({ length: judges }, (_, j) => `J${j + 1}`);
  return {
    entries: ids.map((id) => ({ id })),
    judges: judgeIds.map((id) => ({ id })),
    sheets: judgeIds.flatMap((judge, j) =>
      ids.map((entry, i) => ({
        judge,
        entry,
        scores: Object.fromEntries(
          CRITERIA.map((criterion, c) => [criterion, ((i * 7 + j * 3 + c) % 3) + 1]),
        ),
      })),
    ),
  };
}

/**
 * Sends 100 entries × 20 judges × (2,000 + 1) resamples: within the cost model (5,000,000 … see
 * cost.ts), the heaviest kind of request the API takes.
 */
function postHeaviest(base: string): Promise<Response> {
  return fetch(`${base}/v1/scoring`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      rulebook: 'kota-metro-2027-judul',
      asOf: '2027-03-01',
      panel: panel(100, 20),
      resamples: 2_000,
    }),
  });
}

/** {@link postHeaviest}: its status, when its headers came and when its whole answer had. */
function heaviestScoring(base: string): Promise<{ status: number; headersAt: number; at: number }> {
  return postHeaviest(base).then(async (res) => {
    const headersAt = Date.now();
    await res.arrayBuffer();
    return { status: res.status, headersAt, at: Date.now() };
  });
}

describe('heavy requests run in workers with a real deadline (issue #14)', () => {
  let started: StartedServer;
  let base = '';

  beforeAll(async () => {
    started = await startServer({
      port: 0,
      hostname: '127.0.0.1',
      workers: 1,
      limits: { requestTimeoutMs: 60_000 },
    });
    base = `http://127.0.0.1:${(started.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await started.shutdown(1_000);
  });

  it('refuses a request over the cost model with 413 problem+json before any work', async () => {
    const res = await fetch(`${base}/v1/readiness`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        rulebook: 'kipp-2021',
        proposals: Array.from({ length: 2_001 }, () => ({})),
      }),
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await res.json()) as { code: string; detail: string };
    expect(problem.code).toBe('TOO_COSTLY');
    expect(problem.detail).toContain('2001');
  });

  it('the Markdown report (Accept: text/markdown) escapes HTML and makes no javascript: link', async () => {
    const body = panel(3, 2) as { entries: { id: string; title?: string }[] };
    const hostile =
      '<script>alert(1)</script> [klik](javascript:alert(1)) <img src=x onerror=alert(1)>';
    body.entries = body.entries.map((e) => ({ ...e, title: hostile }));
    const res = await fetch(`${base}/v1/scoring`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/markdown' },
      body: JSON.stringify({ rulebook: 'kota-metro-2027-judul', asOf: '2027-03-01', panel: body }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/markdown');
    const markdown = await res.text();
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toContain('<img');
    // the bracket comes escaped (`\[klik](…)`), so Markdown shows it as text, not a link
    expect(markdown).toContain('\\[klik]');
    expect(markdown).not.toMatch(/(?<!\\)\[[^\]]*\]\(javascript:/i);
  }, 60_000);

  it('answers a batch in a worker exactly as in-process', async () => {
    // more proposals than a light request has (cost.ts), so it runs in the worker
    const proposals = [{ title: 'A' }, ...BATCH.slice(1)];
    proposals[1] = { title: 'A' };
    const body = { rulebook: 'kipp-2021', asOf: '2021-03-01', proposals };
    expect(runsInline('POST /v1/readiness', body, JSON.stringify(body).length)).toBe(false);
    const res = await fetch(`${base}/v1/readiness`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBeTruthy();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const answer = await res.text();
    const inProcess = await createApp({ today: () => '2026-12-07' }).request('/v1/readiness', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(answer).toBe(await inProcess.text());
    const batch = JSON.parse(answer) as { kind: string; items: unknown[] };
    expect(batch.kind).toBe('readiness-batch');
    expect(batch.items).toHaveLength(proposals.length);
  });

  it('answers a rulebook replay in a worker exactly as in-process', async () => {
    const body = {
      from: 'kipp-2018',
      to: 'kipp-2021',
      asOf: '2021-03-01',
      inputs: BATCH.map((input) => ({ input })),
    };
    expect(runsInline('POST /v1/rulebooks/replay', body, JSON.stringify(body).length)).toBe(false);
    const init = {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    };
    const res = await fetch(`${base}/v1/rulebooks/replay`, init);
    expect(res.status).toBe(200);
    const inProcess = await createApp({ today: () => '2026-12-07' }).request(
      '/v1/rulebooks/replay',
      init,
    );
    const answer = await res.text();
    expect(answer).toBe(await inProcess.text());
    expect((JSON.parse(answer) as { rows: unknown[] }).rows).toHaveLength(BATCH.length);
  });

  it('a light request runs on the event loop: it answers while the worker is busy', async () => {
    // the one worker runs the heaviest kind of scoring request; a single proposal (light, see
    // cost.ts) does not queue behind it
    // four of them queue on the one worker: on an idle machine one takes a few hundred ms, so
    // the last answers well after a light request (a single one raced the light request there)
    const heavies = Array.from({ length: 4 }, () => heaviestScoring(base));
    // give the heavy bodies time to arrive and reach the worker's queue
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const light = await fetch(`${base}/v1/readiness`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rulebook: 'kipp-2021', asOf: '2021-03-01', proposal: { title: 'A' } }),
    });
    const lightAt = Date.now();
    expect(light.status).toBe(200);
    expect(((await light.json()) as { kind: string }).kind).toBe('readiness');
    // the heavy answer's headers come when the worker has finished it
    const last = Math.max(...(await Promise.all(heavies)).map((h) => h.headersAt));
    expect(lightAt).toBeLessThan(last);
  }, 120_000);

  it('/healthz keeps answering while the heaviest allowed scoring request runs', async () => {
    const heavy = heaviestScoring(base);
    const times: number[] = [];
    let healthAnsweredAt = 0;
    for (let i = 0; i < 5; i += 1) {
      const t = Date.now();
      const res = await fetch(`${base}/healthz`);
      expect(res.status).toBe(200);
      times.push(Date.now() - t);
      healthAnsweredAt = Date.now();
    }
    const done = await heavy;
    expect([200, 422, 503]).toContain(done.status);
    // the only timing claim: health answered before the heavy request finished
    expect(healthAnsweredAt).toBeLessThanOrEqual(done.at);
  }, 120_000);

  it('a request past its deadline is stopped and answered 503 with Retry-After', async () => {
    const quick = await startServer({
      port: 0,
      hostname: '127.0.0.1',
      workers: 1,
      limits: { requestTimeoutMs: 300 },
    });
    const url = `http://127.0.0.1:${(quick.server.address() as AddressInfo).port}`;
    try {
      const res = await postHeaviest(url);
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(((await res.json()) as { code: string }).code).toBe('BUSY');
    } finally {
      await quick.shutdown(1_000);
    }
  }, 120_000);

  it('after the heaviest allowed request is stopped at its deadline, the server keeps answering', async () => {
    const quick = await startServer({
      port: 0,
      hostname: '127.0.0.1',
      workers: 1,
      limits: { requestTimeoutMs: 500 },
    });
    const url = `http://127.0.0.1:${(quick.server.address() as AddressInfo).port}`;
    const post = (path: string, body: unknown) =>
      fetch(`${url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    try {
      // exactly at the cost model's limit: 100 × 20 × (2,499 + 1) = 5,000,000
      const heaviest = await post('/v1/scoring', {
        rulebook: 'kota-metro-2027-judul',
        asOf: '2027-03-01',
        panel: panel(100, 20),
        resamples: 2_499,
      });
      expect(heaviest.status).toBe(503);
      expect(heaviest.headers.get('content-type')).toContain('application/problem+json');
      expect(Number(heaviest.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await heaviest.json()) as { code: string }).code).toBe('BUSY');
      // the stopped worker is replaced: health and light requests answer at once
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      expect((await fetch(`${url}/v1/rulebooks`)).status).toBe(200);
      // and worker requests answer again once the new worker has loaded (until then, at most a
      // 503 with Retry-After: the deadline never stops a worker still starting)
      // a batch too large to be light (cost.ts): it runs in a worker
      const light = () =>
        post('/v1/readiness', { rulebook: 'kipp-2021', asOf: '2021-03-01', proposals: BATCH });
      let answered = 0;
      for (let attempt = 0; attempt < 60 && answered < 3; attempt += 1) {
        const res = await light();
        if (res.status === 200) {
          expect(((await res.json()) as { kind: string }).kind).toBe('readiness-batch');
          answered += 1;
          continue;
        }
        expect(res.status).toBe(503);
        expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
        await res.arrayBuffer();
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(answered).toBe(3);
    } finally {
      await quick.shutdown(1_000);
    }
  }, 120_000);
});

describe('a worker answer reaches the main thread as bytes', () => {
  it('moved, not a string to copy and encode there (a 48 MB answer held the event loop ~1 s)', async () => {
    const pool = createWorkerPool({ size: 1 });
    try {
      const body = JSON.stringify({ rulebook: 'kipp-2021', asOf: '2021-03-01', proposals: BATCH });
      const answer = await pool.run(
        {
          method: 'POST',
          url: 'http://x/v1/readiness',
          headers: [['content-type', 'application/json']],
          body,
          today: '2026-12-07',
        },
        60_000,
      );
      expect(answer.status).toBe(200);
      expect(answer.body).toBeInstanceOf(Uint8Array);
      const text = new TextDecoder().decode(answer.body as Uint8Array);
      expect((JSON.parse(text) as { items: unknown[] }).items).toHaveLength(BATCH.length);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
