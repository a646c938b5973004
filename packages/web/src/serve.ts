/**
 * `pnpm --filter @inovasi/web start`: listens on PORT (default 3000).
 */
import process from 'node:process';
import { startServer } from './node.js';

const port = Number(process.env.PORT ?? 3000);
const { port: bound } = await startServer({ port: Number.isInteger(port) ? port : 3000 });
process.stdout.write(
  `inovasi API listening on http://localhost:${bound} (GET /healthz, POST /v1/readiness)\n`,
);
