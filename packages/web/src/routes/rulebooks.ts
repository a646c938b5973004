/**
 * `GET /v1/rulebooks`, `GET /v1/rulebooks/:id`, `POST /v1/rulebooks/validate` and
 * `POST /v1/rulebooks/diff`.
 */
import { CoreError, issuesFromZod } from '@inovasi/core';
import { DomainSchema, RulebookSchema, diffRulebooks } from '@inovasi/core/rulebook';
import * as z from 'zod';
import { sampleOverlay } from '../examples.js';
import { readBody, readJson, type App, type RouteDeps } from '../http.js';
import { declareOperation, declareSchema } from '../openapi.js';

const RulebookRefSchema = z
  .union([z.string().min(1), z.record(z.string(), z.unknown())])
  .meta({ description: 'A rulebook id (e.g. kipp-2018) or a whole custom rulebook.' });

/** The body of `POST /v1/rulebooks/diff`: the request envelope around the core's `diffRulebooks`. */
const RulebookDiffRequestSchema = z
  .object({ from: RulebookRefSchema, to: RulebookRefSchema })
  .meta({ id: 'RulebookDiffRequest' });

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
    pathExamples: { id: 'kipp-2018' },
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

  declareOperation(app, {
    method: 'post',
    path: '/v1/rulebooks/diff',
    operationId: 'diffRulebooks',
    tags: ['rulebooks'],
    summary: 'What changed between two rulebooks',
    description:
      'Parameters, rules, sources and the edition facts that differ, both compared after `extends`; `from` and `to` are ids or custom rulebooks (a custom `to` may extend a custom `from`).',
    body: {
      schema: RulebookDiffRequestSchema,
      example: { from: 'kipp-2018', to: sampleOverlay },
    },
    responses: { 200: { description: 'The difference: edition, parameters, rules, identical.' } },
  });
  app.post('/v1/rulebooks/diff', async (c) => {
    const { from, to } = await readBody(c, RulebookDiffRequestSchema, 'rulebook diff');
    const customs = [from, to].filter((r) => typeof r !== 'string');
    const registry = customs.length > 0 ? deps.registry.with(customs) : deps.registry;
    const idOf = (r: string | Record<string, unknown>): string =>
      typeof r === 'string' ? r : String(r.id);
    return c.json(diffRulebooks(registry.resolve(idOf(from)), registry.resolve(idOf(to))));
  });
}
