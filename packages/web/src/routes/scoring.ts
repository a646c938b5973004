/**
 * `POST /v1/scoring`: score a panel under a scoring rulebook. The response is the core's result,
 * unchanged, or with `Accept: text/markdown` the transparency report in the language of
 * `Accept-Language`.
 */
import {
  PanelSchema,
  renderScoringMarkdown,
  ScoringRequestSchema,
  scorePanel,
} from '@inovasi/core/scoring';
import { asOfFrom, langOf, readBody, rulebookFrom, type App, type RouteDeps } from '../http.js';
import { asOfQuery, declareOperation, declareSchema } from '../openapi.js';

/** Registers the scoring routes. */
export function registerScoringRoutes(app: App, deps: RouteDeps): void {
  declareSchema(app, 'panel', PanelSchema, 'A judging panel: entries, judges and score sheets.');
  declareOperation(app, {
    method: 'post',
    path: '/v1/scoring',
    operationId: 'scorePanel',
    tags: ['scoring'],
    summary: 'Score a judging panel under a scoring rulebook',
    description:
      'Normalises, aggregates, breaks ties and applies quotas as the rulebook says; every number is explained. With `Accept: text/markdown` the answer is the transparency report in the language of Accept-Language.',
    query: { asOf: asOfQuery },
    body: {
      schema: ScoringRequestSchema,
      example: {
        rulebook: 'kota-metro-2027-judul',
        asOf: '2027-03-01',
        panel: {
          entries: [{ id: 'E1' }],
          judges: [{ id: 'J1' }],
          sheets: [
            {
              judge: 'J1',
              entry: 'E1',
              scores: {
                kebaruan: 2,
                relevansi: 2,
                kelayakan: 2,
                keberlanjutan: 2,
                kolaborasi: 2,
                dokumentasi: 2,
              },
            },
          ],
        },
      },
    },
    responses: { 200: { description: 'The scoring result (or a Markdown report).' } },
  });
  app.post('/v1/scoring', async (c) => {
    const request = await readBody(c, ScoringRequestSchema, 'scoring');
    const rulebook = rulebookFrom(deps.registry, request.rulebook);
    const result = scorePanel(request.panel, rulebook, {
      asOf: asOfFrom(c, deps, request.asOf),
      ...(request.resamples !== undefined ? { resamples: request.resamples } : {}),
    });
    if (/\btext\/markdown\b/i.test(c.req.header('accept') ?? ''))
      return c.body(renderScoringMarkdown(result, langOf(c)), 200, {
        'content-type': 'text/markdown; charset=utf-8',
      });
    return c.json(result);
  });
}
