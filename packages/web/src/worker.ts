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

/**
 * One small readiness check through the app before the worker says it is ready: the first
 * request a fresh worker runs costs about six times a warm one (schemas built, code compiled by
 * the JIT, a rulebook compiled), and on a loaded machine that first request could pass a short
 * deadline, so the pool stopped each replacement worker in turn and never answered again. The
 * warm-up runs outside any job's deadline; whatever it answers is dropped.
 */
async function warmUp(): Promise<void> {
  try {
    const listed = await app.request('/v1/rulebooks?domain=readiness');
    const rulebooks = (await listed.json()) as readonly { id?: unknown; status?: unknown }[];
    const id = (rulebooks.find((rulebook) => rulebook.status === 'in-force') ?? rulebooks[0])?.id;
    if (typeof id !== 'string') return;
    await (
      await app.request('/v1/readiness', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ rulebook: id, proposal: { title: 'Pemanasan' } }),
      })
    ).arrayBuffer();
  } catch {
    // a failed warm-up only means the first job runs cold
  }
}

// loaded and warm: the pool sends jobs only now, so a deadline never counts this start against a job
void warmUp().then(() => parentPort?.postMessage({ ready: true }));

parentPort?.on('message', (message: { id: number } & OffloadRequest) => {
  today = message.today;
  void (async () => {
    const response = await app.request(message.url, {
      method: message.method,
      headers: message.headers.map(([k, v]) => [k, v] as [string, string]),
      body: message.body,
    });
    // the answer as bytes, moved (not copied) to the main thread: a 48 MB answer sent as a string
    // was copied there and encoded for the socket, holding the event loop (and /healthz) ~0.3-1 s
    const body = new Uint8Array(await response.arrayBuffer());
    parentPort?.postMessage(
      { id: message.id, status: response.status, headers: [...response.headers.entries()], body },
      [body.buffer],
    );
  })();
});
