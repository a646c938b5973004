/**
 * CPU-heavy requests off the event loop: a pool of `node:worker_threads` workers, each running
 * the same app, so `/healthz` and light requests keep answering while the heaviest allowed
 * request runs. Every job has a real deadline: when it passes, the worker running it is
 * terminated (the work stops) and replaced, and the request is answered 503 with `Retry-After`.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Limits } from './http.js';
import { OffloadRefused, type OffloadRequest, type OffloadResponse } from './offload.js';

/** Options of {@link createWorkerPool}. */
export interface WorkerPoolOptions {
  /** Workers (default: the cores available, at most 4). */
  readonly size?: number;
  /** Jobs waiting beyond the ones running before new ones are refused (default 64). */
  readonly maxQueue?: number;
  /** The app limits the workers read bodies with. */
  readonly limits?: Partial<Limits>;
}

/** A pool of workers that answer requests. */
export interface WorkerPool {
  /** Runs a request in a worker within `deadlineMs` (waiting in the queue counts). */
  run(request: OffloadRequest, deadlineMs: number): Promise<OffloadResponse>;
  /** Stops every worker; queued and running jobs are refused. */
  close(): Promise<void>;
}

interface Job {
  readonly id: number;
  readonly request: OffloadRequest;
  readonly resolve: (response: OffloadResponse) => void;
  readonly reject: (error: OffloadRefused) => void;
  timer?: ReturnType<typeof setTimeout>;
  slot?: Slot;
}

interface Slot {
  worker: Worker;
  job?: Job | undefined;
  /**
   * The worker has loaded. Jobs go only to loaded workers: a job's deadline then never falls
   * while its worker is still starting, which on a loaded machine had the pool stop each fresh
   * worker before it could start, answering 503 to every request after the first deadline.
   */
  ready: boolean;
}

/** The built worker script: beside this module in `dist`, or in `dist` when run from `src`. */
function workerScript(): URL {
  const beside = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside;
  return new URL('../dist/worker.js', import.meta.url);
}

/**
 * Creates a pool of request workers.
 *
 * @example
 * ```ts
 * const pool = createWorkerPool({ size: 2 });
 * const answer = await pool.run({ method: 'POST', url: 'http://x/v1/readiness', headers: [], body, today: '2026-12-07' }, 30_000);
 * await pool.close();
 * ```
 */
export function createWorkerPool(options: WorkerPoolOptions = {}): WorkerPool {
  const size = Math.max(1, options.size ?? Math.min(4, availableParallelism()));
  const maxQueue = options.maxQueue ?? 64;
  const script = workerScript();
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;

  const spawn = (): Slot => {
    const slot: Slot = {
      // no inherited flags (a test runner's loaders or conditions would break the built worker)
      worker: new Worker(script, { workerData: { limits: options.limits ?? {} }, execArgv: [] }),
      ready: false,
    };
    slot.worker.unref();
    slot.worker.on('message', (message: ({ id: number } & OffloadResponse) | { ready: true }) => {
      if ('ready' in message) {
        slot.ready = true;
        pump();
        return;
      }
      const job = slot.job;
      if (job?.id !== message.id) return;
      slot.job = undefined;
      clearTimeout(job.timer);
      job.resolve({ status: message.status, headers: message.headers, body: message.body });
      pump();
    });
    const lost = (): void => {
      const job = slot.job;
      slot.job = undefined;
      if (job) {
        clearTimeout(job.timer);
        job.reject(new OffloadRefused('crashed'));
      }
      replace(slot);
    };
    slot.worker.on('error', lost);
    slot.worker.on('exit', () => {
      if (slots.includes(slot) && !closed) lost();
    });
    return slot;
  };

  const replace = (slot: Slot): void => {
    const index = slots.indexOf(slot);
    if (index === -1) return;
    if (closed) {
      slots.splice(index, 1);
      return;
    }
    slots[index] = spawn();
    pump();
  };

  const pump = (): void => {
    // workers start on first need (a server that only answers light requests starts none)
    while (queue.length > slots.filter((s) => !s.job).length && slots.length < size)
      slots.push(spawn());
    for (const slot of slots) {
      if (slot.job || !slot.ready) continue;
      const job = queue.shift();
      if (!job) return;
      slot.job = job;
      job.slot = slot;
      slot.worker.postMessage({ id: job.id, ...job.request });
    }
  };

  return {
    run(request, deadlineMs) {
      if (closed) return Promise.reject(new OffloadRefused('closed'));
      const running = slots.filter((s) => s.job).length;
      if (queue.length >= maxQueue && running === size)
        return Promise.reject(new OffloadRefused('queue-full'));
      return new Promise<OffloadResponse>((resolve, reject) => {
        const job: Job = { id: nextId++, request, resolve, reject };
        job.timer = setTimeout(() => {
          const at = queue.indexOf(job);
          if (at !== -1) queue.splice(at, 1);
          const slot = job.slot;
          if (slot?.job === job) {
            // the real stop: the worker is terminated mid-work and a fresh one takes its place
            slot.job = undefined;
            const old = slot.worker;
            replace(slot);
            void old.terminate();
          }
          reject(new OffloadRefused('deadline'));
        }, deadlineMs);
        queue.push(job);
        pump();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) {
        clearTimeout(job.timer);
        job.reject(new OffloadRefused('closed'));
      }
      const workers = slots.splice(0);
      for (const slot of workers) {
        if (slot.job) {
          clearTimeout(slot.job.timer);
          slot.job.reject(new OffloadRefused('closed'));
        }
      }
      await Promise.all(workers.map((slot) => slot.worker.terminate()));
    },
  };
}
