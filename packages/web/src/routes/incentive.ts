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
  NationalDatasetSchema,
  RegionSchema,
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
import { asOfQuery, declareOperation, declareSchema } from '../openapi.js';

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
  declareSchema(app, 'region', RegionSchema, "A region's fiscal-incentive facts.");
  declareSchema(app, 'national-dataset', NationalDatasetSchema, 'Every region of one allocation.');
  declareOperation(app, {
    method: 'post',
    path: '/v1/incentive/eligibility',
    operationId: 'checkIncentiveEligibility',
    tags: ['incentive'],
    summary: 'Is one region eligible for the fiscal incentive, and may tranche II be released?',
    description:
      'Checks the gates of the edition (DID until 2022, Insentif Fiskal since 2023) and the tranche II conditions; without asOf, an edition is read at today or its last day.',
    query: { asOf: asOfQuery },
    body: {
      schema: EligibilityRequestSchema,
      example: {
        rulebook: 'insentif-fiskal-2024',
        asOf: '2024-11-30',
        region: {
          id: '73.71',
          name: 'Kota Makassar',
          level: 'kota',
          apbdOnTime: true,
          tranche: {
            usagePlanReceivedAt: '2024-06-03T10:00:00+07:00',
            absorptionReportReceivedAt: '2024-11-29T17:00:00+07:00',
            absorptionPercent: 30,
            receivedPreviousYear: false,
          },
        },
      },
    },
    responses: { 200: { description: 'The eligibility result with its findings.' } },
  });
  app.post('/v1/incentive/eligibility', async (c) => {
    const request = await readBody(c, EligibilityRequestSchema, 'incentive eligibility');
    const rulebook = rulebookFrom(deps.registry, request.rulebook);
    const result = checkEligibility(request.region, rulebook, {
      asOf: incentiveAsOf(c, deps, rulebook, request.asOf),
    });
    return c.json(result);
  });

  declareOperation(app, {
    method: 'post',
    path: '/v1/incentive/allocation',
    operationId: 'simulateIncentiveAllocation',
    tags: ['incentive'],
    summary: 'Simulate the allocation of the incentive pots over a national dataset',
    description:
      'Malformed regions come back in `rejected` instead of failing the request; pots whose amounts are unknown need `assumptions`.',
    query: { asOf: asOfQuery },
    body: {
      schema: AllocationRequestSchema,
      example: {
        rulebook: 'insentif-fiskal-2024',
        asOf: '2024-10-01',
        regions: [
          { id: '73.71', name: 'Kota Makassar', level: 'kota', scores: { stunting: 2 } },
          { id: '35.77', name: 'Kota Madiun', level: 'kota', scores: { stunting: 1 } },
        ],
        assumptions: { pots: { stunting: { byLevel: { kota: 200000000000 } } } },
      },
    },
    responses: {
      200: { description: 'The allocation per pot and region, and the rejected rows.' },
    },
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
