/**
 * `POST /v1/scoring`: score a panel under a scoring rulebook. The response is the core's result,
 * unchanged, or with `Accept: text/markdown` the transparency report in the language of
 * `Accept-Language`.
 */
import { renderScoringMarkdown, ScoringRequestSchema, scorePanel } from '@inovasi/core/scoring';
import { asOfFrom, langOf, readBody, rulebookFrom, type App, type RouteDeps } from '../http.js';

/** Registers the scoring routes. */
export function registerScoringRoutes(app: App, deps: RouteDeps): void {
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
