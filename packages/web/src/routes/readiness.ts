/**
 * `POST /v1/readiness`: the readiness of one proposal. The response is the core's result,
 * unchanged.
 */
import { checkReadiness, ReadinessRequestSchema } from '@inovasi/core/readiness';
import { asOfFrom, readBody, rulebookFrom, type App, type RouteDeps } from '../http.js';

/** Registers the readiness routes. */
export function registerReadinessRoutes(app: App, deps: RouteDeps): void {
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
