import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startServer } from './node.js';
import { rawHttp } from './test-socket.js';

describe('what Node refuses before the app (issue #14)', () => {
  it('431 and 400 from the parser come with a problem+json body', async () => {
    const { server, port } = await startServer({ port: 0, hostname: '127.0.0.1' });
    try {
      const huge = await rawHttp(
        port,
        `GET /healthz HTTP/1.1\r\nhost: x\r\nx-big: ${'a'.repeat(40_000)}\r\n\r\n`,
      );
      expect(huge).toMatch(/^HTTP\/1\.1 431/);
      expect(huge).toContain('application/problem+json');
      expect(huge).toContain('"code":"HEADERS_TOO_LARGE"');
      const badLength = await rawHttp(
        port,
        'POST /v1/readiness HTTP/1.1\r\nhost: x\r\ncontent-length: abc\r\n\r\n{}',
      );
      expect(badLength).toMatch(/^HTTP\/1\.1 400/);
      expect(badLength).toContain('"code":"BAD_REQUEST"');
    } finally {
      server.close();
    }
  });

  it('a 404 does not echo a huge path or id', async () => {
    const { server, port } = await startServer({ port: 0, hostname: '127.0.0.1' });
    try {
      const id = 'x'.repeat(10_000);
      for (const path of [`/v1/rulebooks/${id}`, `/nothing/${id}`]) {
        const res = await fetch(`http://127.0.0.1:${port}${path}`);
        expect(res.status).toBe(404);
        const text = await res.text();
        expect(text.length).toBeLessThan(3_000);
        expect(text).toContain('…');
      }
      // a 900 KB rulebook id in a body
      const res = await fetch(`http://127.0.0.1:${port}/v1/readiness`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ rulebook: 'k'.repeat(900_000), proposal: {} }),
      });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect((await res.text()).length).toBeLessThan(3_000);
    } finally {
      server.close();
    }
  });

  it('shutdown closes keep-alive connections: the answer in flight says connection: close', async () => {
    const started = await startServer({ port: 0, hostname: '127.0.0.1' });
    const port = (started.server.address() as AddressInfo).port;
    const body = JSON.stringify({ rulebook: 'kipp-2018', asOf: '2018-03-01', proposal: {} });
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk.toString();
    });
    const closedSocket = new Promise<void>((resolve) => {
      socket.on('close', () => {
        resolve();
      });
    });
    socket.write(
      `POST /v1/readiness HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\nconnection: keep-alive\r\ncontent-length: ${body.length}\r\n\r\n${body.slice(0, 10)}`,
    );
    // the request is in flight (its body half sent) when the shutdown starts
    await new Promise((resolve) => setTimeout(resolve, 500));
    const closed = started.shutdown(30_000);
    socket.write(body.slice(10));
    await closedSocket;
    await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(answer.toLowerCase()).toContain('connection: close');
    expect(started.server.listening).toBe(false);
  }, 60_000);
});
