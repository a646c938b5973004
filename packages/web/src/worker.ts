/**
 * The worker of {@link createWorkerPool}: runs the same app off the main thread and answers one
 * request at a time. Started by the pool, never imported.
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createApp } from './app.js';
import type { Limits } from './http.js';
import type { OffloadRequest } from './offload.js';

let today = '';
const app = createApp({
  today: () => today,
  limits: (workerData as { limits?: Partial<Limits> } | undefined)?.limits ?? {},
});

// loaded: the pool sends jobs only now, so a deadline never counts this start against a job
parentPort?.postMessage({ ready: true });

parentPort?.on('message', (message: { id: number } & OffloadRequest) => {
  today = message.today;
  void (async () => {
    const response = await app.request(message.url, {
      method: message.method,
      headers: message.headers.map(([k, v]) => [k, v] as [string, string]),
      body: message.body,
    });
    parentPort?.postMessage({
      id: message.id,
      status: response.status,
      headers: [...response.headers.entries()],
      body: await response.text(),
    });
  })();
});
