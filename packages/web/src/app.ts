/**
 * The HTTP API as a Hono app. Request → parse → core → Response: no rule logic here. Runs on
 * Node (see `node.ts`) and on any runtime Hono supports.
 */
import { CoreError } from '@inovasi/core';
import type { RulebookRegistry } from '@inovasi/core/rulebook';
import { builtinRegistry } from '@inovasi/core/registry';
import { Hono, type Context, type Next } from 'hono';
import { cors } from 'hono/cors';
import { requestId } from 'hono/request-id';
import {
  DEFAULT_LIMITS,
  HttpProblem,
  langOf,
  sendProblem,
  type App,
  type AppEnv,
  type Limits,
  type RouteDeps,
} from './http.js';
import { webMessages as m } from './messages.js';
import { offloadCostly } from './offload.js';
import type { OffloadRequest, OffloadResponse } from './offload.js';
import { declarationsOf } from './openapi.js';
import { problem, problemFromCoreError } from './problem.js';
import { registerIidRoutes } from './routes/iid.js';
import { registerMetaRoutes } from './routes/meta.js';
import { registerIncentiveRoutes } from './routes/incentive.js';
import { registerReadinessRoutes } from './routes/readiness.js';
import { registerRulebookRoutes } from './routes/rulebooks.js';
import { registerScoringRoutes } from './routes/scoring.js';

/** One line of the request log (structured; the Node server writes it as JSON). */
export interface RequestLogEntry {
  readonly level: 'info' | 'warn' | 'error';
  readonly requestId: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  /** Time to answer, in milliseconds. */
  readonly ms: number;
  /** The problem code of a 4xx/5xx answer. */
  readonly code?: string;
  /** For a 500: the error with its stack (never sent to the client). */
  readonly error?: string;
}

/** Options of {@link createApp}. */
export interface AppOptions {
  /** The rulebooks served (default: every built-in rulebook). */
  readonly rulebooks?: RulebookRegistry;
  /** What one request may send and how long it may take (see {@link Limits}). */
  readonly limits?: Partial<Limits>;
  /** Today's date, YYYY-MM-DD: the default `asOf` (default: the server's UTC date). */
  readonly today?: () => string;
  /**
   * Cross-origin access for browser apps on other origins: `true` for any origin, or the allowed
   * origins (default: none, same-origin only).
   */
  readonly cors?: boolean | string | readonly string[];
  /** Receives one entry per request (default: no logging). */
  readonly log?: (entry: RequestLogEntry) => void;
  /**
   * Runs the costly routes (those with a cost model, see `cost.ts`) elsewhere, e.g. in a worker
   * pool (`startServer` on Node does), within the request deadline. Default: in this thread.
   */
  readonly offload?: (request: OffloadRequest, deadlineMs: number) => Promise<OffloadResponse>;
}

/**
 * Every route module, in registration order, one per line. Each declares its routes for the
 * OpenAPI document with `declareOperation` (see `openapi.ts`).
 */
const routeModules: readonly ((app: App, deps: RouteDeps) => void)[] = [
  registerRulebookRoutes,
  registerReadinessRoutes,
  registerIidRoutes,
  registerScoringRoutes,
  registerIncentiveRoutes,
];

function utcToday(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Creates the API.
 *
 * @example
 * ```ts
 * import { createApp } from '@inovasi/web';
 *
 * const app = createApp();
 * const res = await app.request('/v1/readiness', {
 *   method: 'POST',
 *   headers: { 'content-type': 'application/json' },
 *   body: JSON.stringify({ rulebook: 'kipp-2018', asOf: '2018-03-01', proposal: { implementationStartDate: '2017-01-02' } }),
 * });
 * const result = (await res.json()) as { status: string }; // { status: 'ready', … }
 * ```
 */
export function createApp(options: AppOptions = {}): App {
  const deps: RouteDeps = {
    registry: options.rulebooks ?? builtinRegistry,
    today: options.today ?? utcToday,
  };
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const log = options.log;
  const app = new Hono<AppEnv>();
  const failures = new WeakMap<object, unknown>();

  app.use('*', requestId());
  app.use('*', async (c, next) => {
    const started = performance.now();
    c.set('limits', limits);
    // set before the answer exists, so it is made with them: a header set on a finished answer
    // makes Hono copy it into a new Response (on Node a stream, read back chunk by chunk)
    c.header('x-content-type-options', 'nosniff');
    await next();
    // an answer made as a bare Response (not through the context) has them only this way
    if (c.res.headers.get('x-content-type-options') === null) {
      c.header('x-request-id', c.get('requestId'));
      c.header('x-content-type-options', 'nosniff');
    }
    if (!log) return;
    const status = c.res.status;
    const code = status >= 400 ? c.res.headers.get('x-problem-code') : null;
    const error = failures.get(c.req.raw);
    log({
      level: status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info',
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status,
      ms: Math.round((performance.now() - started) * 100) / 100,
      ...(code ? { code } : {}),
      ...(error !== undefined
        ? { error: error instanceof Error ? (error.stack ?? error.message) : JSON.stringify(error) }
        : {}),
    });
  });
  if (options.cors !== undefined && options.cors !== false) {
    const origin =
      options.cors === true
        ? '*'
        : typeof options.cors === 'string'
          ? options.cors
          : [...options.cors];
    app.use('*', cors({ origin, exposeHeaders: ['x-request-id'], maxAge: 600 }));
  }
  app.use('*', async (c: Context<AppEnv>, next: Next) => {
    const declared = Number(c.req.header('content-length') ?? 0);
    if (declared > limits.bodyBytes) {
      c.header('connection', 'close');
      throw new HttpProblem(
        problem(
          'PAYLOAD_TOO_LARGE',
          413,
          m.PAYLOAD_TOO_LARGE({ limit: limits.bodyBytes }),
          langOf(c),
        ),
      );
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const busy = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        reject(
          new HttpProblem(problem('BUSY', 503, m.BUSY({ ms: limits.requestTimeoutMs }), langOf(c))),
        );
      }, limits.requestTimeoutMs);
    });
    try {
      await Promise.race([next(), busy]);
    } finally {
      clearTimeout(timer);
    }
  });

  if (options.offload) app.use('*', offloadCostly(options.offload, deps, limits));
  for (const register of routeModules) register(app, deps);
  // last: the document it serves covers every route above
  registerMetaRoutes(app, deps);

  const declared = declarationsOf(app).operations.map((op) => ({
    method: op.method.toUpperCase(),
    pattern: new RegExp(
      `^${op.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+')}$`,
    ),
  }));
  app.notFound((c) => {
    const allowed = declared.filter((d) => d.pattern.test(c.req.path)).map((d) => d.method);
    if (allowed.length > 0) {
      c.header('allow', allowed.join(', '));
      return sendProblem(
        c,
        problem(
          'METHOD_NOT_ALLOWED',
          405,
          m.METHOD_NOT_ALLOWED({
            method: c.req.method,
            path: c.req.path,
            allowed: allowed.join(', '),
          }),
          langOf(c),
        ),
      );
    }
    return sendProblem(
      c,
      problem('NOT_FOUND', 404, m.NOT_FOUND({ method: c.req.method, path: c.req.path }), langOf(c)),
    );
  });
  app.onError((error, c) => {
    if (error instanceof HttpProblem) return sendProblem(c, error.problem);
    if (error instanceof CoreError && error.code !== 'INTERNAL')
      return sendProblem(c, problemFromCoreError(error, langOf(c)));
    failures.set(c.req.raw, error);
    return sendProblem(c, problem('INTERNAL', 500, m.INTERNAL(), langOf(c)));
  });
  return app;
}
