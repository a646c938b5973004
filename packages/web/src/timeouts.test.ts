import { describe, expect, it } from 'vitest';
import { startServer } from './node.js';
import { rawHttp } from './test-socket.js';

// Timeouts hold as configured (issue #14: slow-header connections closed after 25–38 s instead
// of the configured 10 s). A timeout must never fire early, so the lower bounds are exact; the
// upper bounds are wide, for a loaded machine: what they rule out is Node's 30 s checking
// interval, not a few seconds of scheduling delay.
describe('header and body timeouts as configured', () => {
  it('a body that stops arriving gets 408 after bodyTimeoutMs, not before', async () => {
    const { server, port } = await startServer({
      port: 0,
      hostname: '127.0.0.1',
      limits: { bodyTimeoutMs: 1_500 },
    });
    try {
      const started = Date.now();
      const answer = await rawHttp(
        port,
        'POST /v1/readiness HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"rulebook":',
      );
      const waited = Date.now() - started;
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      expect(answer).toContain('BODY_TIMEOUT');
      expect(waited).toBeGreaterThanOrEqual(1_450);
      expect(waited).toBeLessThan(20_000);
    } finally {
      server.close();
    }
  }, 60_000);

  it('headers that never end close the connection after the header timeout, not before', async () => {
    // bodyTimeoutMs 1 s gives a header timeout of 6 s (node.ts: body timeout + 5 s, at most 10 s)
    const { server, port } = await startServer({
      port: 0,
      hostname: '127.0.0.1',
      limits: { bodyTimeoutMs: 1_000 },
    });
    try {
      const started = Date.now();
      const answer = await rawHttp(port, 'GET /healthz HTTP/1.1\r\nhost: x\r\nx-slow: 1\r\n');
      const waited = Date.now() - started;
      expect(answer === '' || answer.startsWith('HTTP/1.1 408')).toBe(true);
      expect(waited).toBeGreaterThanOrEqual(5_900);
      expect(waited).toBeLessThan(25_000);
    } finally {
      server.close();
    }
  }, 60_000);
});
