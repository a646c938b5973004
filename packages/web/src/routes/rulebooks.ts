/**
 * `GET /v1/rulebooks` and `GET /v1/rulebooks/:id`.
 */
import type { App, RouteDeps } from '../http.js';

/** Registers the rulebook routes. */
export function registerRulebookRoutes(app: App, deps: RouteDeps): void {
  app.get('/v1/rulebooks', (c) => c.json(deps.registry.list()));
  app.get('/v1/rulebooks/:id', (c) => c.json(deps.registry.resolve(c.req.param('id'))));
}
