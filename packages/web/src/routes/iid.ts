/**
 * `POST /v1/iid`: the Indeks Inovasi Daerah of a region (with `whatIf` and `compareWith` on
 * request); `GET /v1/iid/predikat?score=&rulebook=`: which band a published score falls in.
 * The responses are the core's results, unchanged.
 */
import { CoreError } from '@inovasi/core';
import { compareIid, computeIid, IidRequestSchema, predikatFor, whatIf } from '@inovasi/core/iid';
import { readBody, rulebookFrom, type App, type RouteDeps } from '../http.js';

function queryDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new CoreError('INPUT_INVALID', 'The asOf query parameter must be a date as YYYY-MM-DD.', [
      { path: 'asOf', message: `got ${JSON.stringify(value)}` },
    ]);
  }
  return value;
}

/** Registers the IID routes. */
export function registerIidRoutes(app: App, deps: RouteDeps): void {
  app.post('/v1/iid', async (c) => {
    const request = await readBody(c, IidRequestSchema, 'IID');
    const rulebook = rulebookFrom(deps.registry, request.rulebook);
    const asOf = request.asOf ?? queryDate(c.req.query('asOf'));
    const options = { view: request.view ?? 'claimed', ...(asOf !== undefined ? { asOf } : {}) };
    const result = computeIid(request.region, rulebook, options);
    const claimed =
      options.view === 'claimed'
        ? result
        : computeIid(request.region, rulebook, { ...options, view: 'claimed' });
    return c.json({
      ...result,
      ...(request.whatIf === true ? { whatIf: whatIf(claimed, rulebook) } : {}),
      ...(request.compareWith !== undefined
        ? {
            comparison: compareIid(
              request.region,
              rulebook,
              deps.registry.resolve(request.compareWith),
              { view: options.view },
            ),
          }
        : {}),
    });
  });

  app.get('/v1/iid/predikat', (c) => {
    const scoreText = c.req.query('score');
    const rulebookId = c.req.query('rulebook');
    const score = Number(scoreText);
    const issues = [
      ...(scoreText === undefined || scoreText.trim() === '' || !Number.isFinite(score)
        ? [
            {
              path: 'score',
              message: `expected a number from 0 to 100, got ${JSON.stringify(scoreText ?? null)}`,
            },
          ]
        : []),
      ...(rulebookId === undefined || rulebookId === ''
        ? [{ path: 'rulebook', message: 'required, e.g. iid-2026' }]
        : []),
    ];
    if (issues.length > 0 || rulebookId === undefined)
      throw new CoreError('INPUT_INVALID', 'Give ?score= and ?rulebook=.', issues);
    const asOf = queryDate(c.req.query('asOf'));
    const result = predikatFor(
      score,
      deps.registry.resolve(rulebookId),
      asOf !== undefined ? { asOf } : {},
    );
    return c.json({ ...result, rulebook: rulebookId });
  });
}
