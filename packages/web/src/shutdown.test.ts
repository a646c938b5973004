import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The built server (`pnpm --filter @inovasi/web start`), as production runs it: the test sends it
// a real SIGTERM. turbo builds the package before its tests.
const serveJs = fileURLToPath(new URL('../dist/serve.js', import.meta.url));

async function startServe(): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [serveJs], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      out += text;
      const m = /localhost:(\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => {
      reject(new Error(`the server exited ${String(code)} before listening: ${out}`));
    });
  });
  return { child, port };
}

/** What a client saw: each response (its status, whether it said `connection: close`). */
interface Seen {
  status: number;
  close: boolean;
  afterSignal: boolean;
}

const state = { signalled: false };

/**
 * A keep-alive client on one connection: sends `request`, and after each answer sends it again
 * (after `pauseMs`), until the server closes the connection; `done` resolves with what it saw.
 */
function keepAliveClient(
  port: number,
  request: string,
  pauseMs: number,
): { seen: Seen[]; done: Promise<Seen[]> } {
  const seen: Seen[] = [];
  const done = new Promise<Seen[]>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let buffer = '';
    const send = (): void => {
      if (!socket.destroyed && socket.writable) socket.write(request);
    };
    socket.setEncoding('utf8');
    socket.on('connect', send);
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (;;) {
        const end = buffer.indexOf('\r\n\r\n');
        if (end === -1) return;
        const head = buffer.slice(0, end);
        const length = Number(/\r\ncontent-length: (\d+)/i.exec(head)?.[1] ?? 0);
        if (buffer.length < end + 4 + length) return;
        buffer = buffer.slice(end + 4 + length);
        const close = /\r\nconnection: close/i.test(head);
        seen.push({ status: Number(head.slice(9, 12)), close, afterSignal: state.signalled });
        if (!close) setTimeout(send, pauseMs);
      }
    });
    // a reset when the server closes the connection between two requests is expected
    socket.on('error', () => undefined);
    socket.on('close', () => {
      resolve(seen);
    });
  });
  return { seen, done };
}

describe('SIGTERM under keep-alive load (issue #14: it kept serving for ~10 s)', () => {
  it('closes 40 busy keep-alive connections at once, answers the requests in flight, exits 0', async () => {
    const { child, port } = await startServe();
    const exited = once(child, 'exit');
    const body = JSON.stringify({ rulebook: 'kipp-2018', asOf: '2018-03-01', proposal: {} });
    // one whole request first, so the worker thread has started (the grace period is 10 s)
    const warm = await fetch(`http://127.0.0.1:${port}/v1/readiness`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', connection: 'close' },
      body,
    });
    expect(warm.status).toBe(200);
    const health = 'GET /healthz HTTP/1.1\r\nhost: x\r\nconnection: keep-alive\r\n\r\n';
    const clients = Array.from({ length: 40 }, () => keepAliveClient(port, health, 5));
    // five requests in flight across the signal: headers and half a body sent before it (the
    // `100 Continue` says the server has the request)
    const inFlight = Array.from({ length: 5 }, () => {
      const socket = connect(port, '127.0.0.1');
      let answer = '';
      socket.setEncoding('utf8').on('data', (text: string) => {
        answer += text;
      });
      socket.on('error', () => undefined);
      socket.write(
        `POST /v1/readiness HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\nconnection: keep-alive\r\nexpect: 100-continue\r\ncontent-length: ${body.length}\r\n\r\n${body.slice(0, 10)}`,
      );
      return {
        socket,
        answer: () => answer,
        closed: new Promise<void>((resolve) => {
          socket.on('close', () => {
            resolve();
          });
        }),
      };
    });
    // let the keep-alive load run until every client has had an answer
    while (
      clients.some((c) => c.seen.length === 0) ||
      inFlight.some((r) => !r.answer().startsWith('HTTP/1.1 100'))
    )
      await new Promise((resolve) => setTimeout(resolve, 50));
    state.signalled = true;
    child.kill('SIGTERM');
    const seen = await Promise.all(clients.map((c) => c.done));
    for (const client of seen) {
      expect(client.length).toBeGreaterThan(0);
      expect(client.every((s) => s.status === 200)).toBe(true);
      // after the signal a connection gets at most the answers already on their way (the server
      // closes it as soon as it is idle, or says `connection: close`); before the fix each went
      // on being served for ~10 s, hundreds of answers at this pace
      expect(client.filter((s) => s.afterSignal).length).toBeLessThanOrEqual(2);
    }
    // the requests in flight are still answered, each closing its connection
    for (const request of inFlight) request.socket.write(body.slice(10));
    await Promise.all(inFlight.map((r) => r.closed));
    for (const request of inFlight) {
      expect(request.answer()).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200/);
      expect(request.answer().toLowerCase()).toContain('connection: close');
    }
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
  }, 90_000);
});
