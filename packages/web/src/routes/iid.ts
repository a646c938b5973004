/**
 * `POST /v1/iid`: the Indeks Inovasi Daerah of a region (with `whatIf` and `compareWith` on
 * request); `POST /v1/iid/predikat`: which band a published score falls in.
 * The responses are the core's results, unchanged.
 */
import { atPath } from '@inovasi/core/contract';
import {
  computeIidReport,
  iidEngine,
  IidPredikatRequestSchema,
  IidRequestSchema,
  IidRegionSchema,
} from '@inovasi/core/iid';
import { dateFrom, readBody, rulebookFrom, sendResult, type App, type RouteDeps } from '../http.js';
import { declareOperation, declareSchema } from '../openapi.js';

const AS_OF = {
  description:
    "The date the rulebook is read at (YYYY-MM-DD) when the body has no asOf; default: today inside the edition's window, else its first day (the result's asOfReason says which).",
  example: '2026-06-01',
};

const EXAMPLE_REGION = {
  region: { name: 'Kota Contoh', kind: 'kota' },
  spd: { 'SPD-01': 3, 'SPD-08': { level: 2, evidence: 'LHP BPK 2025', status: 'verified' } },
  innovations: [
    {
      id: 'posyandu-digital',
      name: 'Posyandu Digital',
      stage: 'penerapan',
      urusan: 'kesehatan',
      implementationDate: '2025-02-03',
      rancangBangunWords: 420,
      answers: { 'SID-16': 2, 'SID-17': { value: 14 }, 'SID-33': { basis: 'a', value: 650 } },
    },
  ],
};

/** Registers the IID routes. */
export function registerIidRoutes(app: App, deps: RouteDeps): void {
  declareSchema(
    app,
    'iid-region',
    IidRegionSchema,
    'A Pemda reporting to the Indeks Inovasi Daerah.',
  );
  declareOperation(app, {
    method: 'post',
    path: '/v1/iid',
    operationId: 'computeIid',
    tags: ['iid'],
    summary: 'The Indeks Inovasi Daerah of a region, its predikat, and what to do next',
    description:
      'SPD, SID and count scores, the IID to two decimals, the predikat, every row explained, excluded innovations with the reason, the claimed score beside the verified one. `whatIf: true` adds the marginal gains and a plan to the next predikat; `compareWith` the same region under a second rulebook. `region` follows /v1/schemas/iid-region.json.',
    query: { asOf: AS_OF },
    body: {
      schema: IidRequestSchema,
      example: { rulebook: 'iid-2026', region: EXAMPLE_REGION, whatIf: true },
    },
    responses: { 200: { description: 'The IID result (status determinate or indeterminate).' } },
  });
  declareOperation(app, {
    method: 'post',
    path: '/v1/iid/predikat',
    operationId: 'iidPredikat',
    tags: ['iid'],
    summary: 'Which predikat band a published IID score falls in',
    query: { asOf: AS_OF },
    body: {
      schema: IidPredikatRequestSchema,
      example: { score: 62.5, rulebook: 'iid-2024' },
    },
    responses: {
      200: {
        description: '`{ predikat, rulebook, … }`, or indeterminate where the band is unknown.',
      },
    },
  });
  app.post('/v1/iid', async (c) => {
    const request = await readBody(c, IidRequestSchema, 'IID');
    const rulebook = rulebookFrom(deps.registry, request.rulebook);
    const date = dateFrom(c, deps, request.asOf);
    const compareWith =
      request.compareWith !== undefined ? deps.registry.resolve(request.compareWith) : undefined;
    const report = atPath('region', () =>
      computeIidReport(request.region, rulebook, {
        view: request.view ?? 'claimed',
        ...date,
        whatIf: request.whatIf === true,
        ...(compareWith ? { compareWith } : {}),
      }),
    );
    return sendResult(c, {
      ...report.result,
      ...(report.whatIf ? { whatIf: report.whatIf } : {}),
      ...(report.comparison ? { comparison: report.comparison } : {}),
    });
  });

  app.post('/v1/iid/predikat', async (c) => {
    const request = await readBody(c, IidPredikatRequestSchema, 'IID predikat');
    const rulebook = rulebookFrom(deps.registry, request.rulebook);
    const answer = iidEngine
      .compile(rulebook, { mode: 'predikat', ...dateFrom(c, deps, request.asOf) })
      .run({ score: request.score });
    return sendResult(c, answer);
  });
}
