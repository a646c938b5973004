import { rawHttp } from './test-socket.js';
import type { AddressInfo } from 'node:net';
import type { ReadinessResult } from '@inovasi/core/readiness';
import { isBatchInput, loadCases, type ReadinessExpectation } from '@inovasi/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type RequestLogEntry } from './app.js';
import { startServer } from './node.js';

const GOOD = {
  rulebook: 'kipp-2018',
  asOf: '2018-03-01',
  proposal: { implementationStartDate: '2017-03-11' },
};

const logs: RequestLogEntry[] = [];
const app = createApp({
  limits: { bodyBytes: 64 * 1024, bodyTimeoutMs: 200, jsonDepth: 16, jsonEntries: 1000 },
  log: (entry) => logs.push(entry),
});

function post(body: BodyInit, type = 'application/json', query = ''): Promise<Response> {
  return Promise.resolve(
    app.request(`/v1/readiness${query}`, {
      method: 'POST',
      headers: { 'content-type': type },
      body,
    }),
  );
}

async function problemOf(res: Response): Promise<{ code: string; detail: string; title: string }> {
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  return (await res.json()) as { code: string; detail: string; title: string };
}

describe('hostile input, in process', () => {
  it('413 for a body over the limit, declared or streamed', async () => {
    const big = JSON.stringify({ ...GOOD, proposal: { title: 'x'.repeat(70_000) } });
    const declared = await app.request('/v1/readiness', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(big.length) },
      body: big,
    });
    expect(declared.status).toBe(413);
    const streamed = await post(big);
    expect(streamed.status).toBe(413);
    expect((await problemOf(streamed)).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('415 for a content type that is not JSON in UTF-8', async () => {
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/json; charset=latin1',
      'application/jsonp',
    ]) {
      const res = await post(JSON.stringify(GOOD), type);
      expect(res.status, type).toBe(415);
    }
    expect((await post(JSON.stringify(GOOD), 'application/json; charset=UTF-8')).status).toBe(200);
    const gzipped = await app.request('/v1/readiness', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: JSON.stringify(GOOD),
    });
    expect(gzipped.status).toBe(415);
    expect((await post(JSON.stringify(GOOD), 'application/merge-patch+json')).status).toBe(200);
  });

  it('400 for invalid UTF-8, in the requested language', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('{"rulebook":"kipp-2018","proposal":{"title":"'),
      0xc3,
      0x28,
      ...new TextEncoder().encode('"}}'),
    ]);
    const res = await post(bytes, 'application/json', '?lang=en');
    expect(res.status).toBe(400);
    const p = await problemOf(res);
    expect(p).toMatchObject({
      code: 'BAD_ENCODING',
      title: 'Not UTF-8',
      detail: 'The body is not valid UTF-8.',
    });
    const id = await problemOf(await post(bytes));
    expect(id.detail).toBe('Isi permintaan bukan UTF-8 yang sah.');
  });

  it('400 for JSON nested too deep, without parsing it', async () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const res = await post(deep);
    expect(res.status).toBe(400);
    expect((await problemOf(res)).code).toBe('JSON_TOO_DEEP');
    // brackets inside strings do not count
    const ok = await post(
      JSON.stringify({
        ...GOOD,
        proposal: { ...GOOD.proposal, title: '[[[[[[[[[[[[[[[[[[[[[[[[' },
      }),
    );
    expect(ok.status).toBe(200);
  });

  it('400 for too many entries', async () => {
    const many = JSON.stringify({
      ...GOOD,
      proposal: { ...GOOD.proposal, extra: Array.from({ length: 2000 }, (_, i) => i) },
    });
    const res = await post(many);
    expect(res.status).toBe(400);
    expect((await problemOf(res)).code).toBe('JSON_TOO_LARGE');
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    '400 for a %s key anywhere, naming its path',
    async (key) => {
      const res = await post(
        `{"rulebook":"kipp-2018","proposal":{"agency":{"${key}":{"polluted":true}}}}`,
        'application/json',
        '?lang=en',
      );
      expect(res.status).toBe(400);
      const p = await problemOf(res);
      expect(p.code).toBe('FORBIDDEN_KEY');
      expect(p.detail).toContain(`proposal.agency.${key}`);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  /** Posts a body that starts with `head` and then never ends. */
  function postStalled(target: typeof app, head: string): Promise<Response> {
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        if (head) controller.enqueue(new TextEncoder().encode(head));
      },
    });
    const init = {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stalled,
      duplex: 'half',
    };
    return Promise.resolve(target.request('/v1/readiness', init as RequestInit));
  }

  it('408 for a body that does not arrive in time', async () => {
    const res = await postStalled(app, '{"rulebook":');
    expect(res.status).toBe(408);
    expect((await problemOf(res)).code).toBe('BODY_TIMEOUT');
  });

  it('503 for a request that takes too long', async () => {
    const slow = createApp({ limits: { requestTimeoutMs: 50, bodyTimeoutMs: 1000 } });
    const res = await postStalled(slow, '');
    expect(res.status).toBe(503);
    expect((await problemOf(res)).code).toBe('BUSY');
  });

  it('logs one structured entry per request with its request id', async () => {
    logs.length = 0;
    const res = await app.request('/v1/readiness', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-request-id': 'abc-123' },
      body: '{}',
    });
    expect(res.headers.get('x-request-id')).toBe('abc-123');
    expect(logs).toEqual([
      expect.objectContaining({
        level: 'warn',
        requestId: 'abc-123',
        method: 'POST',
        path: '/v1/readiness',
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
      }),
    ]);
  });

  it('answers 500 without a stack trace and logs the error', async () => {
    logs.length = 0;
    const broken = createApp({
      log: (entry) => logs.push(entry),
      today: () => {
        throw new Error('clock exploded');
      },
    });
    const res = await broken.request('/v1/readiness', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rulebook: 'kipp-2018', proposal: {} }),
    });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain('clock exploded');
    expect(text).not.toMatch(/at .*:\d+/);
    expect(logs[0]).toMatchObject({ level: 'error', status: 500 });
    expect(logs[0]?.error).toContain('clock exploded');
  });
});

describe('wrong method or path', () => {
  it('405 with Allow for a known path, 404 for an unknown one; nosniff everywhere', async () => {
    const wrong = await app.request('/v1/readiness?lang=en');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
    expect((await problemOf(wrong)).detail).toBe('/v1/readiness does not take GET; use POST.');
    const param = await app.request('/v1/rulebooks/kipp-2018', { method: 'DELETE' });
    expect(param.status).toBe(405);
    const missing = await app.request('/v1/nothing');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('CORS', () => {
  it('is off by default and allows the configured origins', async () => {
    const preflight = {
      method: 'OPTIONS',
      headers: { origin: 'https://sinovik.example', 'access-control-request-method': 'POST' },
    };
    expect(
      (await app.request('/v1/readiness', preflight)).headers.get('access-control-allow-origin'),
    ).toBeNull();
    const open = createApp({ cors: true });
    expect(
      (await open.request('/v1/readiness', preflight)).headers.get('access-control-allow-origin'),
    ).toBe('*');
    const listed = createApp({ cors: ['https://sinovik.example'] });
    const res = await listed.request('/healthz', {
      headers: { origin: 'https://sinovik.example' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBe('https://sinovik.example');
    expect(res.headers.get('access-control-expose-headers')).toContain('x-request-id');
    const other = await listed.request('/healthz', { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('hostile input over a real socket', () => {
  let close: () => void = () => undefined;
  let port = 0;

  beforeAll(async () => {
    const started = await startServer({
      port: 0,
      hostname: '127.0.0.1',
      limits: { bodyBytes: 64 * 1024, bodyTimeoutMs: 300, jsonDepth: 16, jsonEntries: 1000 },
    });
    port = (started.server.address() as AddressInfo).port;
    close = () => started.server.close();
  });
  afterAll(() => {
    close();
  });

  it('408 and a closed connection for a slowloris body', async () => {
    const answer = await rawHttp(
      port,
      'POST /v1/readiness HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"rulebook":',
    );
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(answer).toContain('BODY_TIMEOUT');
  });

  it('answers every good request correctly in a concurrent burst of bad and good ones', async () => {
    // its own server with a body timeout that a loaded machine cannot miss (issue #14: the burst
    // timed out in CI), and fewer requests; nothing here asserts speed
    const own = await startServer({
      port: 0,
      hostname: '127.0.0.1',
      limits: { bodyBytes: 64 * 1024, bodyTimeoutMs: 20_000, jsonDepth: 16, jsonEntries: 1000 },
    });
    const base = `http://127.0.0.1:${(own.server.address() as AddressInfo).port}`;
    const send = (body: BodyInit, type = 'application/json'): Promise<Response> =>
      fetch(`${base}/v1/readiness`, { method: 'POST', headers: { 'content-type': type }, body });
    const big = new Uint8Array(5 * 1024 * 1024).fill(0x20);
    const bad: [() => Promise<Response>, number][] = [
      [() => send(big), 413],
      [
        () => {
          let chunks = 8;
          const body = new ReadableStream<Uint8Array>({
            pull(c) {
              if (chunks-- === 0) c.close();
              else c.enqueue(big.subarray(0, 256 * 1024));
            },
          });
          return fetch(`${base}/v1/readiness`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
            duplex: 'half',
          } as RequestInit);
        },
        413,
      ],
      [() => send('{}', 'text/plain'), 415],
      [() => send(`${'{"a":'.repeat(50)}1${'}'.repeat(50)}`), 400],
      [() => send('{"__proto__":{"x":1},"rulebook":"kipp-2018","proposal":{}}'), 400],
      [() => send(new Uint8Array([0x7b, 0xff, 0x7d])), 400],
      [() => send('{"rulebook":'), 400],
      [
        () =>
          send(
            JSON.stringify({
              rulebook: 'kipp-2018',
              proposal: { implementationStartDate: 'kemarin' },
            }),
          ),
        422,
      ],
    ];
    // Single-proposal cases that check (batches and refused editions have their own shapes).
    const cases = loadCases<ReadinessExpectation>('readiness').filter(
      (c) => !isBatchInput(c.input) && c.expected.error === undefined,
    );
    const jobs: Promise<void>[] = [];
    for (let i = 0; i < 120; i++) {
      if (i % 3 === 0) {
        const [run, status] = bad[(i / 3) % bad.length] ?? bad[0]!;
        jobs.push(
          run().then(async (res) => {
            expect(res.status).toBe(status);
            await res.arrayBuffer();
          }),
        );
      } else {
        const c = cases[i % cases.length] ?? cases[0]!;
        const body = { rulebook: c.rulebook, asOf: c.asOf, ...c.options, proposal: c.input };
        jobs.push(
          send(JSON.stringify(body)).then(async (res) => {
            expect(res.status).toBe(200);
            const result = (await res.json()) as ReadinessResult;
            expect(result.status, c.name).toBe(c.expected.status);
            expect(result.findings.map((f) => f.code)).toEqual(c.expected.codes);
          }),
        );
      }
    }
    const before = process.memoryUsage().rss;
    await Promise.all(jobs);
    expect(process.memoryUsage().rss - before).toBeLessThan(300 * 1024 * 1024);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    own.server.close();
  }, 180_000);
});
