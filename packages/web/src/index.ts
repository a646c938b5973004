/**
 * `@inovasi/web`: the inovasi HTTP API as a Hono app. `createApp()` runs anywhere Hono runs; on
 * Node, `@inovasi/web/node` serves it.
 *
 * @example
 * ```ts
 * import { createApp } from '@inovasi/web';
 * export default createApp(); // a fetch handler for any Hono runtime
 * ```
 *
 * @module
 */
export { createApp } from './app.js';
export type { AppOptions, RequestLogEntry } from './app.js';
export { DEFAULT_LIMITS } from './http.js';
export type { Limits } from './http.js';
export { asOfQuery, buildOpenApiDocument, declareOperation, declareSchema } from './openapi.js';
export type { OperationSpec, QueryParameter, ResponseSpec } from './openapi.js';
export { problem, problemFromCoreError } from './problem.js';
export type { Problem } from './problem.js';
