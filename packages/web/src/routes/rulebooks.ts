/**
 * `GET /v1/rulebooks` and `GET /v1/rulebooks/:id`.
 */
import { RulebookSchema } from '@inovasi/core/rulebook';
import type { App, RouteDeps } from '../http.js';
import { declareOperation, declareSchema } from '../openapi.js';

/** Registers the rulebook routes. */
export function registerRulebookRoutes(app: App, deps: RouteDeps): void {
  declareSchema(
    app,
    'rulebook',
    RulebookSchema,
    'A rulebook, or a custom overlay that extends one.',
  );
  declareOperation(app, {
    method: 'get',
    path: '/v1/rulebooks',
    operationId: 'listRulebooks',
    tags: ['rulebooks'],
    summary: 'Every rulebook the server knows',
    description:
      'Summaries sorted by domain then id: title, issuer, effective dates, parameter counts.',
    responses: { 200: { description: 'An array of rulebook summaries.' } },
  });
  app.get('/v1/rulebooks', (c) => c.json(deps.registry.list()));

  declareOperation(app, {
    method: 'get',
    path: '/v1/rulebooks/:id',
    operationId: 'getRulebook',
    tags: ['rulebooks'],
    summary: 'One rulebook with its extends chain applied',
    pathParams: { id: 'The rulebook id, e.g. kipp-2018.' },
    responses: { 200: { description: 'The resolved rulebook.' } },
  });
  app.get('/v1/rulebooks/:id', (c) => c.json(deps.registry.resolve(c.req.param('id'))));
}
