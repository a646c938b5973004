/**
 * The HTTP API as a Hono app. Request → parse → core → Response: no rule logic here. Runs on
 * Node (see `node.ts`) and on any runtime Hono supports.
 */
import { CoreError } from '@inovasi/core';
import type { RulebookRegistry } from '@inovasi/core/rulebook';
import { builtinRegistry } from '@inovasi/core/registry';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { HttpProblem, langOf, sendProblem, type App, type AppEnv, type RouteDeps } from './http.js';
import { problem, problemFromCoreError } from './problem.js';
import { registerIidRoutes } from './routes/iid.js';
import { registerReadinessRoutes } from './routes/readiness.js';
import { registerRulebookRoutes } from './routes/rulebooks.js';

/** Options of {@link createApp}. */
export interface AppOptions {
  /** The rulebooks served (default: every built-in rulebook). */
  readonly rulebooks?: RulebookRegistry;
  readonly limits?: {
    /** Largest request body in bytes (default 1 MiB). */
    readonly bodyBytes?: number;
  };
  /** Today's date, YYYY-MM-DD: the default `asOf` (default: the server's UTC date). */
  readonly today?: () => string;
}

/** Every route module, in registration order. */
const routeModules: readonly ((app: App, deps: RouteDeps) => void)[] = [
  registerRulebookRoutes,
  registerReadinessRoutes,
  registerIidRoutes,
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
export function createApp(options: AppOptions = {}): Hono<AppEnv> {
  const deps: RouteDeps = {
    registry: options.rulebooks ?? builtinRegistry,
    today: options.today ?? utcToday,
  };
  const maxBytes = options.limits?.bodyBytes ?? 1024 * 1024;
  const app = new Hono<AppEnv>();

  app.use('*', requestId());
  app.use('*', async (c, next) => {
    await next();
    c.header('x-request-id', c.get('requestId'));
  });
  app.use(
    '/v1/*',
    bodyLimit({
      maxSize: maxBytes,
      onError: (c: Context<AppEnv>) =>
        sendProblem(
          c,
          problem(
            'PAYLOAD_TOO_LARGE',
            413,
            `The body is larger than ${maxBytes} bytes.`,
            langOf(c),
          ),
        ),
    }),
  );

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  for (const register of routeModules) register(app, deps);

  app.notFound((c) =>
    sendProblem(c, problem('NOT_FOUND', 404, `No route ${c.req.method} ${c.req.path}.`, langOf(c))),
  );
  app.onError((error, c) => {
    if (error instanceof HttpProblem) return sendProblem(c, error.problem);
    if (error instanceof CoreError) return sendProblem(c, problemFromCoreError(error, langOf(c)));
    return sendProblem(
      c,
      problem(
        'INTERNAL',
        500,
        'An internal error occurred; it has been logged with the request id.',
        langOf(c),
      ),
    );
  });
  return app;
}
