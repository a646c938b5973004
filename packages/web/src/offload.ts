/**
 * The middleware that hands costly routes to another thread (see `worker-pool.ts`): the body is
 * read and checked here — size, encoding, JSON, the cost model — so a refusal costs nothing. A
 * light request (`runsInline` in `cost.ts`: a small body, e.g. one proposal) then runs on the event
 * loop, with the body already parsed; any other runs in a worker within the request deadline. A
 * deadline that passes stops the work (the worker is terminated) and answers 503 with
 * `Retry-After`.
 *
 * @module
 */
import type { Context, Next } from 'hono';
import { ROUTE_COSTS, runsInline } from './cost.js';
import {
  HttpProblem,
  langOf,
  readJsonChecked,
  type AppEnv,
  type Limits,
  type RouteDeps,
} from './http.js';
import { webMessages as m } from './messages.js';
import { problem } from './problem.js';

/** A request handed to a worker: already read and checked against the limits. */
export interface OffloadRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: string;
  /** Today's date on the main thread (the default `asOf`). */
  readonly today: string;
}

/** A worker's answer. */
export interface OffloadResponse {
  readonly status: number;
  readonly headers: readonly (readonly [string, string])[];
  /** The body; the worker pool sends bytes (moved between threads, written without encoding). */
  readonly body: string | Uint8Array<ArrayBuffer>;
}

/** Why a job did not run to its end. */
export class OffloadRefused extends Error {
  override readonly name = 'OffloadRefused';
  readonly reason: 'deadline' | 'queue-full' | 'closed' | 'crashed';
  constructor(reason: OffloadRefused['reason']) {
    super(`offload refused: ${reason}`);
    this.reason = reason;
  }
}

/** Headers the worker sets that this thread sets again. */
const OWN_HEADERS = new Set(['x-request-id', 'x-content-type-options', 'content-length']);

/**
 * The middleware: costly routes run through `offload` unless the request is light; the rest, and
 * light requests, in this thread.
 */
export function offloadCostly(
  offload: (request: OffloadRequest, deadlineMs: number) => Promise<OffloadResponse>,
  deps: RouteDeps,
  limits: Limits,
): (c: Context<AppEnv>, next: Next) => Promise<Response | undefined> {
  const costly = new Set(Object.keys(ROUTE_COSTS));
  return async (c, next) => {
    const operation = `${c.req.method} ${c.req.path}`;
    if (!costly.has(operation)) {
      await next();
      return undefined;
    }
    // read once: the route finds the checked body on the context (`readJsonChecked`)
    const { value, text } = await readJsonChecked(c);
    if (runsInline(operation, value, text.length)) {
      await next();
      return undefined;
    }
    const headers: [string, string][] = [];
    c.req.raw.headers.forEach((value, name) => {
      if (name !== 'content-length' && name !== 'transfer-encoding') headers.push([name, value]);
    });
    headers.push(['x-request-id', c.get('requestId')]);
    let answer: OffloadResponse;
    try {
      answer = await offload(
        { method: c.req.method, url: c.req.url, headers, body: text, today: deps.today() },
        limits.requestTimeoutMs,
      );
    } catch (error) {
      if (!(error instanceof OffloadRefused)) throw error;
      throw new HttpProblem(
        problem('BUSY', 503, m.BUSY({ ms: limits.requestTimeoutMs }), langOf(c)),
      );
    }
    const out = new Headers();
    for (const [name, value] of answer.headers) if (!OWN_HEADERS.has(name)) out.append(name, value);
    return c.body(answer.body, answer.status as 200, Object.fromEntries(out.entries()));
  };
}
