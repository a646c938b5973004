/**
 * The API describing itself: `GET /healthz`, `GET /v1/openapi.json`, `GET /docs`,
 * `GET /v1/schemas` and `GET /v1/schemas/:name`. Register it last so the document sees every
 * other route module's declarations.
 */
import { HttpProblem, langOf, type App, type RouteDeps } from '../http.js';
import { renderDocsPage } from '../docs-page.js';
import {
  buildOpenApiDocument,
  declarationsOf,
  declareOperation,
  jsonSchemaOf,
} from '../openapi.js';
import { problem } from '../problem.js';

/** The `info` of the OpenAPI document: version 1.x is the `/v1` API. */
export const API_INFO = {
  title: 'inovasi API',
  version: '1.0.0',
  description:
    "Indonesia's public-service innovation rules as code over HTTP: rulebooks, KIPP proposal readiness, competition scoring, the Indeks Inovasi Daerah and the fiscal incentive. Every result names the rule, the value, the threshold and the source, in Bahasa Indonesia and English. Each costly operation states its cost model in `x-inovasi-limits`: a request over a `limit` is refused (413 TOO_COSTLY) before any work; a light one (a body of at most 64 KiB, within every `inline` bound) is answered at once on the server's event loop; any other runs in a worker thread within the request deadline, and one that passes it is stopped and answered 503 BUSY with `Retry-After`.",
} as const;

/** Registers the self-description routes. */
export function registerMetaRoutes(app: App, _deps: RouteDeps): void {
  const decl = declarationsOf(app);
  let document: Record<string, unknown> | undefined;
  let page: string | undefined;
  const documentOf = (): Record<string, unknown> =>
    (document ??= buildOpenApiDocument(decl, API_INFO));

  declareOperation(app, {
    method: 'get',
    path: '/healthz',
    operationId: 'health',
    tags: ['meta'],
    summary: 'Liveness check',
    responses: { 200: { description: '`{"status":"ok"}` while the server serves.' } },
  });
  app.get('/healthz', (c) => c.json({ status: 'ok' }));

  declareOperation(app, {
    method: 'get',
    path: '/v1/openapi.json',
    operationId: 'openApiDocument',
    tags: ['meta'],
    summary: 'This OpenAPI 3.1 document',
    responses: { 200: { description: 'The OpenAPI document.' } },
  });
  app.get('/v1/openapi.json', (c) => c.json(documentOf()));

  declareOperation(app, {
    method: 'get',
    path: '/docs',
    operationId: 'docsPage',
    tags: ['meta'],
    summary: 'Human-readable API documentation',
    responses: { 200: { description: 'An HTML page.', contentType: 'text/html' } },
  });
  app.get('/docs', (c) => c.html((page ??= renderDocsPage(documentOf()))));

  declareOperation(app, {
    method: 'get',
    path: '/v1/schemas',
    operationId: 'listSchemas',
    tags: ['meta'],
    summary: 'The input formats, as JSON Schema',
    responses: { 200: { description: 'Each format with its name, description and URL.' } },
  });
  app.get('/v1/schemas', (c) =>
    c.json(
      decl.schemas.map((s) => ({
        name: s.name,
        ...(s.description !== undefined ? { description: s.description } : {}),
        url: `/v1/schemas/${s.name}.json`,
      })),
    ),
  );

  declareOperation(app, {
    method: 'get',
    path: '/v1/schemas/:name',
    operationId: 'getSchema',
    tags: ['meta'],
    summary: 'One input format as JSON Schema (draft 2020-12)',
    pathParams: { name: 'The format name with .json, e.g. proposal.json.' },
    pathExamples: { name: 'proposal.json' },
    responses: {
      200: { description: 'The JSON Schema.', contentType: 'application/schema+json' },
    },
  });
  app.get('/v1/schemas/:name', (c) => {
    const name = c.req.param('name').replace(/\.json$/, '');
    const found = decl.schemas.find((s) => s.name === name);
    if (!found) {
      const known = decl.schemas.map((s) => s.name).join(', ');
      throw new HttpProblem(
        problem('NOT_FOUND', 404, `No schema ${name}; known: ${known}.`, langOf(c)),
      );
    }
    return c.body(JSON.stringify(jsonSchemaOf(found.schema)), 200, {
      'content-type': 'application/schema+json; charset=utf-8',
    });
  });
}
