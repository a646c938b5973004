/**
 * `POST /v1/readiness`: the readiness of one proposal. The response is the core's result,
 * unchanged.
 */
import { checkReadiness, ProposalSchema, ReadinessRequestSchema } from '@inovasi/core/readiness';
import { asOfFrom, readBody, rulebookFrom, type App, type RouteDeps } from '../http.js';
import { asOfQuery, declareOperation, declareSchema } from '../openapi.js';

/** Registers the readiness routes. */
export function registerReadinessRoutes(app: App, deps: RouteDeps): void {
  declareSchema(app, 'proposal', ProposalSchema, 'A KIPP proposal.');
  declareOperation(app, {
    method: 'post',
    path: '/v1/readiness',
    operationId: 'checkReadiness',
    tags: ['readiness'],
    summary: 'Would one KIPP proposal pass administrative selection?',
    description:
      'Runs every rule of the rulebook and returns every finding with its rule, value, threshold, source and fix. `rulebook` is an id or a whole custom rulebook (a city overlay).',
    query: { asOf: asOfQuery },
    body: {
      schema: ReadinessRequestSchema,
      example: {
        rulebook: 'kipp-2018',
        asOf: '2018-03-01',
        proposal: { title: 'Layanan Adminduk Keliling', implementationStartDate: '2017-01-02' },
      },
    },
    responses: {
      200: { description: 'The readiness result (status ready, not-ready or indeterminate).' },
    },
  });
  app.post('/v1/readiness', async (c) => {
    const request = await readBody(c, ReadinessRequestSchema, 'readiness');
    const rulebook = rulebookFrom(deps.registry, request.rulebook);
    const result = checkReadiness(request.proposal, rulebook, {
      asOf: asOfFrom(c, deps, request.asOf),
      ...(request.registrationCloseDate !== undefined
        ? { registrationCloseDate: request.registrationCloseDate }
        : {}),
    });
    return c.json(result);
  });
}
