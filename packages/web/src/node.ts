/**
 * Serving the API on Node with `@hono/node-server`.
 */
import { serve, type ServerType } from '@hono/node-server';
import { createApp, type AppOptions } from './app.js';

/**
 * Starts the API on a port and resolves when it listens.
 *
 * @example
 * ```ts
 * const { server, port } = await startServer({ port: 0 });
 * // … fetch(`http://127.0.0.1:${port}/healthz`)
 * server.close();
 * ```
 */
export function startServer(
  options: AppOptions & { port?: number; hostname?: string } = {},
): Promise<{ server: ServerType; port: number }> {
  const app = createApp(options);
  return new Promise((resolve) => {
    const server = serve(
      { fetch: app.fetch, port: options.port ?? 3000, hostname: options.hostname ?? '0.0.0.0' },
      (info) => {
        resolve({ server, port: info.port });
      },
    );
  });
}
