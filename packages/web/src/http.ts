/**
 * Request plumbing shared by every route: the app's environment type, the JSON body reader
 * (415 for a wrong content type, 400 for malformed JSON), problem responses, the language of
 * the request, the default `asOf`, and a rulebook lookup that accepts a custom rulebook in the
 * body.
 */
import { CoreError, issuesFromZod, parseLang, type Lang } from '@inovasi/core';
import type { ResolvedRulebook, RulebookRegistry } from '@inovasi/core/rulebook';
import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { problem, type Problem } from './problem.js';

/** The Hono environment of the app. */
export interface AppEnv {
  Variables: { requestId: string };
}

/** The app type every route module registers on. */
export type App = Hono<AppEnv>;

/** What route modules get from `createApp`. */
export interface RouteDeps {
  readonly registry: RulebookRegistry;
  /** Today's date, YYYY-MM-DD: the default `asOf`. */
  readonly today: () => string;
}

/** A thrown problem: turned into a problem+json response by the app's error handler. */
export class HttpProblem extends Error {
  readonly problem: Problem;
  constructor(p: Problem) {
    super(p.detail);
    this.problem = p;
  }
}

/** The language the client asked for (`?lang=`, else `Accept-Language`), default Bahasa Indonesia. */
export function langOf(c: Context<AppEnv>): Lang {
  return parseLang(c.req.query('lang') ?? c.req.header('accept-language'));
}

/** Sends a problem+json response with the request id. */
export function sendProblem(c: Context<AppEnv>, p: Problem): Response {
  return c.body(
    JSON.stringify({ ...p, requestId: c.get('requestId') }),
    p.status as ContentfulStatusCode,
    {
      'content-type': 'application/problem+json; charset=utf-8',
    },
  );
}

/** Reads a JSON body: 415 unless the content type is JSON, 400 unless it parses. */
export async function readJson(c: Context<AppEnv>): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new HttpProblem(
      problem('UNSUPPORTED_MEDIA_TYPE', 415, 'Send the body as application/json.', langOf(c)),
    );
  }
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'not JSON';
    throw new HttpProblem(
      problem('BAD_JSON', 400, `The body is not valid JSON: ${reason}`, langOf(c)),
    );
  }
}

/**
 * Reads a JSON body and validates it with one of the core's request schemas.
 *
 * @throws {CoreError} `INPUT_INVALID` with every field path (answered as 422).
 */
export async function readBody<S extends z.ZodType>(
  c: Context<AppEnv>,
  schema: S,
  what: string,
): Promise<z.infer<S>> {
  const body = await readJson(c);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new CoreError(
      'INPUT_INVALID',
      `The request does not match the ${what} request format.`,
      issuesFromZod(parsed.error.issues),
    );
  }
  return parsed.data;
}

/** Resolves `rulebook` from a request body: a built-in id, or a whole custom rulebook. */
export function rulebookFrom(
  registry: RulebookRegistry,
  rulebook: string | Record<string, unknown>,
): ResolvedRulebook {
  if (typeof rulebook === 'string') return registry.resolve(rulebook);
  const extended = registry.with([rulebook]);
  return extended.resolve(String(rulebook.id));
}

/** The evaluation date: the body's `asOf`, else `?asOf=`, else today. */
export function asOfFrom(
  c: Context<AppEnv>,
  deps: RouteDeps,
  bodyAsOf: string | undefined,
): string {
  const query = c.req.query('asOf');
  if (bodyAsOf !== undefined) return bodyAsOf;
  if (query !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(query)) {
      throw new CoreError(
        'INPUT_INVALID',
        'The asOf query parameter must be a date as YYYY-MM-DD.',
        [{ path: 'asOf', message: `got ${JSON.stringify(query)}` }],
      );
    }
    return query;
  }
  return deps.today();
}
