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
import { atPath } from '@inovasi/core/contract';
import {
  dateFrom,
  langOf,
  readBody,
  rulebookFrom,
  sendResult,
  type App,
  type RouteDeps,
} from '../http.js';
import { asOfQuery, declareOperation, declareSchema } from '../openapi.js';

/** Registers the scoring routes. */
export function registerScoringRoutes(app: App, deps: RouteDeps): void {
  declareSchema(app, 'panel', PanelSchema, 'A competition panel: entries, judges, score sheets.');
  declareOperation(app, {
    method: 'post',
    path: '/v1/scoring',
    operationId: 'scorePanel',
    tags: ['scoring'],
    summary: 'Score and rank a competition, stage by stage',
    description:
      'Runs the panel through every stage of a scoring rulebook: conflicts of interest, missing sheets, per-judge normalisation, aggregation, minimums, tie-breaks, advancement under quotas, overrides, judge agreement and robustness. `rulebook` is an id or a whole custom rulebook (e.g. one that extends a template). Send `Accept: text/markdown` for the transparency report. A panel with a score outside the scale, an unknown judge, entry, stage or criterion is answered 422 with every problem named by sheet and criterion.',
    query: { asOf: asOfQuery },
    body: {
      schema: ScoringRequestSchema,
      example: {
        rulebook: 'kota-metro-2027-judul',
        asOf: '2027-03-01',
        panel: {
          entries: [{ id: 'E1', title: 'Si Pintar' }],
          judges: [{ id: 'J1' }],
          sheets: [
            {
              judge: 'J1',
              entry: 'E1',
              scores: {
                kebaruan: 3,
                relevansi: 3,
                kelayakan: 2,
                keberlanjutan: 2,
                kolaborasi: 1,
                dokumentasi: 1,
              },
            },
          ],
        },
      },
    },
    responses: {
      200: {
        description:
          'The scoring result (status complete or indeterminate), or the Markdown report with Accept: text/markdown.',
      },
    },
  });
  app.post('/v1/scoring', async (c) => {
    const request = await readBody(c, ScoringRequestSchema, 'scoring');
    const rulebook = rulebookFrom(deps.registry, request.rulebook);
    const options = {
      ...dateFrom(c, deps, request.asOf),
      ...(request.resamples !== undefined ? { resamples: request.resamples } : {}),
    };
    const result = atPath('panel', () => scorePanel(request.panel, rulebook, options));
    if (/\btext\/markdown\b/i.test(c.req.header('accept') ?? ''))
      return c.body(renderScoringMarkdown(result, langOf(c)), 200, {
        'content-type': 'text/markdown; charset=utf-8',
      });
    return sendResult(c, result);
  });
}
