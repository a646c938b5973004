/**
 * `POST /v1/incentive/eligibility` (one region) and `POST /v1/incentive/allocation` (a national
 * dataset): the fiscal incentive, DID until 2022 and Insentif Fiskal since 2023. The responses
 * are the core's results, unchanged; malformed regions in an allocation come back in `rejected`
 * instead of failing the request.
 */
import type { ResolvedRulebook } from '@inovasi/core/rulebook';
import {
  AllocationRequestSchema,
  checkEligibility,
  defaultIncentiveAsOf,
  EligibilityRequestSchema,
  simulateAllocation,
} from '@inovasi/core/incentive';
import type { Context } from 'hono';
import {
  asOfFrom,
  readBody,
  rulebookFrom,
  type App,
  type AppEnv,
  type RouteDeps,
} from '../http.js';

/** The date to read an edition at: the request's `asOf`, else today or the edition's last day. */
function incentiveAsOf(
  c: Context<AppEnv>,
  deps: RouteDeps,
  rulebook: ResolvedRulebook,
  bodyAsOf: string | undefined,
): string {
  if (bodyAsOf === undefined && c.req.query('asOf') === undefined)
    return defaultIncentiveAsOf(rulebook, deps.today());
  return asOfFrom(c, deps, bodyAsOf);
}

/** Registers the incentive routes. */
export function registerIncentiveRoutes(app: App, deps: RouteDeps): void {
  app.post('/v1/incentive/eligibility', async (c) => {
    const request = await readBody(c, EligibilityRequestSchema, 'incentive eligibility');
    const rulebook = rulebookFrom(deps.registry, request.rulebook);
    const result = checkEligibility(request.region, rulebook, {
      asOf: incentiveAsOf(c, deps, rulebook, request.asOf),
    });
    return c.json(result);
  });

  app.post('/v1/incentive/allocation', async (c) => {
    const request = await readBody(c, AllocationRequestSchema, 'incentive allocation');
    const rulebook = rulebookFrom(deps.registry, request.rulebook);
    const result = simulateAllocation(
      {
        regions: request.regions,
        ...(request.assumptions !== undefined ? { assumptions: request.assumptions } : {}),
      },
      rulebook,
      { asOf: incentiveAsOf(c, deps, rulebook, request.asOf) },
    );
    return c.json(result);
  });
}
