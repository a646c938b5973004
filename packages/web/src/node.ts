/**
 * Serving the API on Node with `@hono/node-server`, with the Node server's own timeouts set as a
 * backstop to the app's limits (slow headers, slowloris bodies).
 *
 * @module
 */
import { serve, type ServerType } from '@hono/node-server';
import { createApp, type AppOptions, type RequestLogEntry } from './app.js';
import type { Server, ServerResponse } from 'node:http';
import { DEFAULT_LIMITS } from './http.js';
import { answerParserErrors } from './parser-errors.js';

/** Options of {@link startServer}: the app's options, and where to listen. */
export interface ServerOptions extends AppOptions {
  /** Default 3000; 0 picks a free port. */
  readonly port?: number;
  /** Default `0.0.0.0`. */
  readonly hostname?: string;
}

/** A listening server. */
export interface StartedServer {
  readonly server: ServerType;
  readonly port: number;
  /**
   * Stops taking connections, lets requests in flight finish (each answer closes its keep-alive
   * connection), and after `graceMs` (default 10 s) closes what is left. Resolves when closed.
   */
  readonly shutdown: (graceMs?: number) => Promise<void>;
}

/**
 * Starts the API on a port and resolves when it listens.
 *
 * @example
 * ```ts
 * import { startServer } from '@inovasi/web/node';
 *
 * const { server, port } = await startServer({ port: 0, hostname: '127.0.0.1' });
 * await fetch(`http://127.0.0.1:${port}/healthz`); // 200 {"status":"ok"}
 * server.close();
 * ```
 */
export function startServer(options: ServerOptions = {}): Promise<StartedServer> {
  const app = createApp(options);
  const bodyTimeoutMs = options.limits?.bodyTimeoutMs ?? DEFAULT_LIMITS.bodyTimeoutMs;
  return new Promise((resolve) => {
    const server = serve(
      {
        fetch: app.fetch,
        port: options.port ?? 3000,
        hostname: options.hostname ?? '0.0.0.0',
        serverOptions: {
          // the app answers 408 after bodyTimeoutMs; this closes connections that never finish
          requestTimeout: bodyTimeoutMs + 5_000,
          headersTimeout: Math.min(10_000, bodyTimeoutMs + 5_000),
          keepAliveTimeout: 5_000,
          // Node checks those timeouts only this often (default 30 s: slow-header connections
          // lived 25–38 s instead of 10 s)
          connectionsCheckingInterval: 500,
        },
      },
      (info) => {
        resolve({ server, port: info.port, shutdown: (graceMs = 10_000) => shutdown(graceMs) });
      },
    );
    answerParserErrors(server as Server);
    // while shutting down, every response closes its connection, so keep-alive clients leave
    let closing = false;
    const inFlight = new Set<ServerResponse>();
    (server as Server).prependListener('request', (_request, response: ServerResponse) => {
      if (closing) response.setHeader('connection', 'close');
      else {
        inFlight.add(response);
        response.once('close', () => inFlight.delete(response));
      }
    });
    const shutdown = (graceMs: number): Promise<void> =>
      new Promise((done) => {
        closing = true;
        for (const response of inFlight)
          if (!response.headersSent) response.setHeader('connection', 'close');
        const timer = setTimeout(() => {
          (server as Server).closeAllConnections();
        }, graceMs);
        timer.unref();
        server.close(() => {
          clearTimeout(timer);
          done();
        });
        (server as Server).closeIdleConnections();
      });
  });
}

/**
 * A request logger that writes one JSON line per request to a stream (e.g. `process.stdout`).
 *
 * @example
 * ```ts
 * await startServer({ log: jsonLineLogger(process.stdout) });
 * // {"time":"2026-11-29T05:00:00.000Z","level":"info","requestId":"…","method":"POST","path":"/v1/readiness","status":200,"ms":1.2}
 * ```
 */
export function jsonLineLogger(stream: {
  write(line: string): unknown;
}): (entry: RequestLogEntry) => void {
  return (entry) => {
    stream.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
  };
}
