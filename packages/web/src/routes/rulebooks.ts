/**
 * `GET /v1/rulebooks`, `GET /v1/rulebooks/:id` and `POST /v1/rulebooks/validate`.
 */
import { CoreError, issuesFromZod } from '@inovasi/core';
import { DomainSchema, RulebookSchema } from '@inovasi/core/rulebook';
import { sampleOverlay } from '../examples.js';
import { readJson, type App, type RouteDeps } from '../http.js';
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
    query: {
      domain: {
        description: 'Only the rulebooks of one engine.',
        schema: DomainSchema,
        example: 'readiness',
      },
    },
    responses: { 200: { description: 'An array of rulebook summaries.' } },
  });
  app.get('/v1/rulebooks', (c) => {
    const raw = c.req.query('domain');
    if (raw === undefined) return c.json(deps.registry.list());
    const domain = DomainSchema.safeParse(raw);
    if (!domain.success) {
      throw new CoreError(
        'INPUT_INVALID',
        'The domain query parameter is not an engine.',
        issuesFromZod(domain.error.issues, ['domain']),
      );
    }
    return c.json(deps.registry.list({ domain: domain.data }));
  });

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

  declareOperation(app, {
    method: 'post',
    path: '/v1/rulebooks/validate',
    operationId: 'validateRulebook',
    tags: ['rulebooks'],
    summary: 'Validate a custom rulebook (e.g. a city overlay)',
    description:
      'Checks the schema, then the semantics against the rulebooks and rule kinds the server knows (parents, dates in order, duplicate ids, parameters a rule needs). Answers 200 with every finding and its field path; `valid` is false when any finding is an error.',
    body: {
      schema: RulebookSchema,
      description: 'The rulebook itself, as JSON.',
      example: sampleOverlay,
    },
    responses: {
      200: { description: '`{ valid, findings }`: every problem, with its path and a fix.' },
    },
  });
  app.post('/v1/rulebooks/validate', async (c) => {
    const report = deps.registry.validate(await readJson(c));
    return c.json({ valid: report.valid, findings: report.findings });
  });
}
