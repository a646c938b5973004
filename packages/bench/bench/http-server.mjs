// A server for the HTTP suite, in its own process on a free loopback port; prints {"port":N}.
//   node http-server.mjs inovasi   the built @inovasi/web API (no request logging)
//   node http-server.mjs bare      the baseline: a bare Hono handler that reads the same JSON
//                                  body and answers a small JSON object, on the same server
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const mode = process.argv[2];
if (mode === 'bare') {
  const app = new Hono();
  app.post('/v1/readiness', async (c) => {
    const body = await c.req.json();
    return c.json({ kind: 'readiness', status: body.proposal ? 'ready' : 'invalid' });
  });
  serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
    process.stdout.write(`${JSON.stringify({ port: info.port })}\n`);
  });
} else if (mode === 'inovasi') {
  const { startServer } = await import(new URL('../../web/dist/node.js', import.meta.url).href);
  const { port } = await startServer({ port: 0, hostname: '127.0.0.1' });
  process.stdout.write(`${JSON.stringify({ port })}\n`);
} else {
  process.stderr.write('usage: http-server.mjs bare|inovasi\n');
  process.exit(2);
}
