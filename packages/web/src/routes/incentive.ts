/**
 * `POST /v1/incentive/eligibility` (one region) and `POST /v1/incentive/allocation` (a national
 * dataset): the fiscal incentive, DID until 2022 and Insentif Fiskal since 2023. The responses
 * are the core's results, unchanged; malformed regions in an allocation come back in `rejected`
 * instead of failing the request.
 */
import { atPath } from '@inovasi/core/contract';
import {
  AllocationRequestSchema,
  checkEligibility,
  EligibilityRequestSchema,
  NationalDatasetSchema,
  IncentiveRegionSchema,
  simulateAllocation,
} from '@inovasi/core/incentive';
import { dateFrom, readBody, rulebookFrom, sendResult, type App, type RouteDeps } from '../http.js';
import { declareOperation, declareSchema, type QueryParameter } from '../openapi.js';

const asOfIncentive: QueryParameter = {
  description:
    "The date the rules are read at (YYYY-MM-DD) when the body has no asOf; default: today inside the edition's year, else its last day (the result's asOfReason says which).",
  example: '2022-01-01',
};

const SEMARANG = {
  id: '33.74',
  name: 'Kota Semarang',
  level: 'kota',
  auditOpinions: [{ year: 2020, opinion: 'WTP' }],
  apbdOnTime: true,
  eProcurementGrade: 'C',
  eBudgeting: true,
  ptspAvailable: true,
};

/** Registers the incentive routes. */
export function registerIncentiveRoutes(app: App, deps: RouteDeps): void {
  declareSchema(
    app,
    'region',
    IncentiveRegionSchema,
    "One region's performance data for the fiscal incentive.",
  );
  declareSchema(
    app,
    'national-dataset',
    NationalDatasetSchema,
    'Many regions, for an allocation simulation.',
  );
  declareOperation(app, {
    method: 'post',
    path: '/v1/incentive/eligibility',
    operationId: 'checkIncentiveEligibility',
    tags: ['incentive'],
    summary:
      'Does one region qualify for the fiscal incentive (DID / Insentif Fiskal), in which cluster?',
    description:
      'Runs every gate (kriteria utama) of the edition and returns eligible, not-eligible or indeterminate (with exactly what is missing), the cluster and why, the pots the region could share, the tranche-II conditions when `region.tranche` is given, and the smallest change that would pass each failing gate.',
    query: { asOf: asOfIncentive },
    body: {
      schema: EligibilityRequestSchema,
      example: { rulebook: 'did-2022', asOf: '2022-01-01', region: SEMARANG },
    },
    responses: {
      200: {
        description: 'The eligibility result (status eligible, not-eligible or indeterminate).',
      },
    },
  });
  declareOperation(app, {
    method: 'post',
    path: '/v1/incentive/allocation',
    operationId: 'simulateIncentiveAllocation',
    tags: ['incentive'],
    summary: "Simulate the split of an edition's pots over many regions, in whole rupiah.",
    description:
      'Each pot is split among the regions that share it in proportion to their scores (largest remainder, ties by region id), adding up exactly to the pot. A pot whose amount, level split, score or method the edition does not know is indeterminate unless `assumptions.pots` supplies it, labelled as an assumption. Malformed regions come back in `rejected` with their field paths; the others are still simulated.',
    query: { asOf: asOfIncentive },
    body: {
      schema: AllocationRequestSchema,
      example: {
        rulebook: 'insentif-fiskal-2024',
        asOf: '2024-10-01',
        regions: [
          { id: '73.71', name: 'Kota Makassar', level: 'kota', scores: { stunting: 2 } },
          { id: '35.77', name: 'Kota Madiun', level: 'kota', scores: { stunting: 1 } },
        ],
        assumptions: {
          pots: {
            stunting: {
              byLevel: { provinsi: 175000000000, kabupaten: 400000000000, kota: 200000000000 },
            },
          },
        },
      },
    },
    responses: {
      200: { description: 'The allocation result (status complete, partial or indeterminate).' },
    },
  });
  app.post('/v1/incentive/eligibility', async (c) => {
    const request = await readBody(c, EligibilityRequestSchema, 'incentive eligibility');
    const rulebook = rulebookFrom(deps.registry, request.rulebook);
    const date = dateFrom(c, deps, request.asOf);
    const result = atPath('region', () => checkEligibility(request.region, rulebook, date));
    return sendResult(c, result);
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
      dateFrom(c, deps, request.asOf),
    );
    return sendResult(c, result);
  });
}
