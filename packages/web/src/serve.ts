/**
 * `pnpm --filter @inovasi/web start`: listens on PORT (default 3000) and HOST (default 0.0.0.0),
 * logs one JSON line per request to stdout. CORS_ORIGIN allows browser apps on other origins
 * (`*` or a comma-separated list); BODY_LIMIT_BYTES changes the body size limit; WEB_CONCURRENCY
 * runs that many worker processes on the one port (default 1), e.g. one per core.
 */
import cluster from 'node:cluster';
import process from 'node:process';
import { jsonLineLogger, startServer } from './node.js';

function intFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    process.stderr.write(`${name} must be a whole number, got ${JSON.stringify(raw)}\n`);
    process.exit(2);
  }
  return value;
}

function info(message: string): void {
  process.stdout.write(`${JSON.stringify({ level: 'info', message })}\n`);
}

const workers = intFrom('WEB_CONCURRENCY', 1);

if (workers > 1 && cluster.isPrimary) {
  // the primary only forks: each worker listens on the shared port and answers on its own
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on('exit', (worker, code) => {
    if (code !== 0) info(`worker ${worker.process.pid ?? '?'} exited with ${code}`);
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
      setTimeout(() => process.exit(0), 10_000).unref();
      cluster.on('exit', () => {
        if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      });
    });
  }
} else {
  const corsOrigin = process.env.CORS_ORIGIN;
  const cors =
    corsOrigin === undefined || corsOrigin === ''
      ? false
      : corsOrigin === '*'
        ? true
        : corsOrigin.split(',').map((o) => o.trim());
  const { port, shutdown } = await startServer({
    port: intFrom('PORT', 3000),
    hostname: process.env.HOST ?? '0.0.0.0',
    cors,
    limits: { bodyBytes: intFrom('BODY_LIMIT_BYTES', 1024 * 1024) },
    log: jsonLineLogger(process.stdout),
  });
  info(`inovasi API listening on http://localhost:${port} (docs: /docs), pid ${process.pid}`);

  // stop taking connections on SIGTERM/SIGINT, let the requests in flight finish, then exit
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      void shutdown(10_000).then(() => process.exit(0));
    });
  }
}
