// The server under load: the built API without request logging, on a free loopback port.
// Prints {"port":N} once it listens. Started by load.mjs in its own process; BENCH_WORKERS=2
// runs two worker processes on the one port (node:cluster), as WEB_CONCURRENCY does for `start`.
import cluster from 'node:cluster';
import { startServer } from '../dist/node.js';

const workers = Number(process.env.BENCH_WORKERS ?? 1);
if (workers > 1 && cluster.isPrimary) {
  for (let i = 0; i < workers; i++) cluster.fork();
  let reported = false;
  cluster.on('message', (_worker, message) => {
    if (reported) return;
    reported = true;
    process.stdout.write(`${JSON.stringify(message)}\n`);
  });
  process.once('SIGTERM', () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill();
    process.exit(0);
  });
} else {
  const { port } = await startServer({ port: 0, hostname: '127.0.0.1' });
  if (cluster.isWorker) process.send?.({ port });
  else process.stdout.write(`${JSON.stringify({ port })}\n`);
}
