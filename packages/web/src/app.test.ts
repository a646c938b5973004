import type { AddressInfo } from 'node:net';
import type { ReadinessResult } from '@inovasi/core/readiness';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { startServer } from './node.js';

describe('the app', () => {
  const app = createApp({ limits: { bodyBytes: 1000 } });

  it('answers /healthz', async () => {
    const res = await app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });

  it('lists and shows rulebooks', async () => {
    const list = (await (await app.request('/v1/rulebooks')).json()) as { id: string }[];
    expect(list.map((b) => b.id)).toContain('kipp-2018');
    const one = (await (await app.request('/v1/rulebooks/kipp-2018')).json()) as {
      chain: string[];
    };
    expect(one.chain).toEqual(['kipp-2018']);
    expect((await app.request('/v1/rulebooks/nope')).status).toBe(404);
  });

  it('413 for a body over the limit, 404 problem for an unknown route; never a stack trace', async () => {
    const big = await app.request('/v1/readiness', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rulebook: 'kipp-2018', proposal: { title: 'x'.repeat(2000) } }),
    });
    expect(big.status).toBe(413);
    const missing = await app.request('/v1/nothing');
    expect(missing.status).toBe(404);
    const text = await missing.text();
    expect(text).not.toMatch(/at .*\.ts:\d+/);
    expect(JSON.parse(text)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });
});

describe('over a real socket', () => {
  let close: () => void = () => undefined;
  let base = '';

  beforeAll(async () => {
    const { server, port } = await startServer({ port: 0, hostname: '127.0.0.1' });
    close = () => server.close();
    base = `http://127.0.0.1:${port}`;
    expect((server.address() as AddressInfo).port).toBe(port);
  });
  afterAll(() => {
    close();
  });

  it('checks a proposal', async () => {
    const res = await fetch(`${base}/v1/readiness`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        rulebook: 'kipp-2018',
        // Before the extension of 27 February 2018 the close was 10 March: one day too young.
        asOf: '2018-02-01',
        proposal: { implementationStartDate: '2017-03-11' },
      }),
    });
    expect(res.status).toBe(200);
    const result = (await res.json()) as ReadinessResult;
    expect(result.findings.map((f) => f.code)).toContain('KIPP.AGE.MIN');
  });
});
