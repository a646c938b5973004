/**
 * Request plumbing shared by every route: the app's environment type, the guarded JSON body
 * reader (413 too large, 415 wrong content type, 408 too slow, 400 for malformed JSON, invalid
 * UTF-8, too deep, too many entries or a prototype-polluting key), problem responses, the
 * language of the request, the default `asOf`, and a rulebook lookup that accepts a custom
 * rulebook in the body.
 */
import { CoreError, issuesFromZod, parseLang, type Lang } from '@inovasi/core';
import { atPath, checkDate, type EngineOutcome } from '@inovasi/core/contract';
import type { ResolvedRulebook, RulebookRegistry } from '@inovasi/core/rulebook';
import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import * as z from 'zod';
import { overCost } from './cost.js';
import { checkJsonDepth, checkJsonValue } from './json-guard.js';
import { webMessages as m } from './messages.js';
import { problem, type Problem } from './problem.js';

/** What the API accepts from one request. */
export interface Limits {
  /** Largest request body in bytes (default 1 MiB): 413 above it. */
  readonly bodyBytes: number;
  /** Time for the whole body to arrive, in ms (default 10 s): 408 after it. */
  readonly bodyTimeoutMs: number;
  /** Time to answer a request, in ms (default 30 s): 503 after it. */
  readonly requestTimeoutMs: number;
  /** Deepest nesting of JSON objects and arrays (default 64): 400 above it. */
  readonly jsonDepth: number;
  /** Most JSON entries (object keys plus array items) in one body (default 100,000): 400 above it. */
  readonly jsonEntries: number;
}

/** The default {@link Limits}. */
export const DEFAULT_LIMITS: Limits = {
  bodyBytes: 1024 * 1024,
  bodyTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  jsonDepth: 64,
  jsonEntries: 100_000,
};

/** The Hono environment of the app. */
export interface AppEnv {
  Variables: {
    requestId: string;
    limits: Limits;
    /** The body already read and checked (by the offload middleware), read once per request. */
    body?: CheckedBody;
  };
}

/** A JSON body read and checked by {@link readJsonChecked}: the value and its text. */
export interface CheckedBody {
  readonly value: unknown;
  readonly text: string;
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

/** Seconds a client should wait after a 503 before trying again. */
export const RETRY_AFTER_SECONDS = 10;

/** Sends a problem+json response with the request id. */
export function sendProblem(c: Context<AppEnv>, p: Problem): Response {
  return c.body(
    JSON.stringify({ ...p, requestId: c.get('requestId') }),
    p.status as ContentfulStatusCode,
    {
      'content-type': 'application/problem+json; charset=utf-8',
      'x-problem-code': p.code,
      // a busy or timed-out answer says when to come back
      ...(p.status === 503 ? { 'retry-after': String(RETRY_AFTER_SECONDS) } : {}),
    },
  );
}

function refuse(
  c: Context<AppEnv>,
  code: string,
  status: number,
  detail: { id: string; en: string },
): HttpProblem {
  return new HttpProblem(problem(code, status, detail, langOf(c)));
}

/** Reads a streamed body (no content-length) chunk by chunk, stopping at the size limit. */
async function readChunks(c: Context<AppEnv>, limits: Limits): Promise<Uint8Array> {
  const stream = c.req.raw.body;
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) break;
      size += next.value.byteLength;
      if (size > limits.bodyBytes) {
        c.header('connection', 'close');
        throw refuse(c, 'PAYLOAD_TOO_LARGE', 413, m.PAYLOAD_TOO_LARGE({ limit: limits.bodyBytes }));
      }
      chunks.push(next.value);
    }
  } catch (error) {
    reader.cancel().catch(() => undefined);
    throw error;
  }
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads the raw body within the size and time limits. A body with a content-length (already
 * checked against the limit, and framed by the server) is read in one go — on Node without
 * building a web `Request`; a streamed one chunk by chunk.
 */
async function readBytes(c: Context<AppEnv>, limits: Limits): Promise<Uint8Array> {
  const framed =
    c.req.header('content-length') !== undefined && c.req.header('transfer-encoding') === undefined;
  const reading = framed
    ? c.req.arrayBuffer().then((buffer) => new Uint8Array(buffer))
    : readChunks(c, limits);
  // after a timeout the read may still fail when the connection closes: nobody waits for it then
  reading.catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      c.header('connection', 'close');
      reject(refuse(c, 'BODY_TIMEOUT', 408, m.BODY_TIMEOUT({ ms: limits.bodyTimeoutMs })));
    }, limits.bodyTimeoutMs);
  });
  try {
    return await Promise.race([reading, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)/i;

/**
 * Reads a JSON body with the app's limits: 415 unless the content type is JSON in UTF-8, 413 over
 * the size limit, 408 when it arrives too slowly, 400 for invalid UTF-8, malformed JSON, nesting
 * too deep, too many entries, or a `__proto__`/`constructor`/`prototype` key.
 */
export async function readJson(c: Context<AppEnv>): Promise<unknown> {
  return (await readJsonChecked(c)).value;
}

/**
 * {@link readJson}, keeping the text as well (for a worker), and checking the route's cost
 * model (`cost.ts`): a body over a limit is refused 413 `TOO_COSTLY` before any work starts.
 */
export async function readJsonChecked(c: Context<AppEnv>): Promise<CheckedBody> {
  const read = c.get('body');
  if (read !== undefined) return read;
  const limits = c.get('limits');
  const type = c.req.header('content-type') ?? '';
  const charset = CHARSET.exec(type)?.[1]?.toLowerCase();
  if (
    !JSON_TYPE.test(type) ||
    (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8')
  ) {
    throw refuse(c, 'UNSUPPORTED_MEDIA_TYPE', 415, m.UNSUPPORTED_MEDIA_TYPE({ got: type }));
  }
  const encoding = c.req.header('content-encoding')?.trim().toLowerCase();
  if (encoding !== undefined && encoding !== '' && encoding !== 'identity') {
    throw refuse(c, 'UNSUPPORTED_MEDIA_TYPE', 415, m.UNSUPPORTED_ENCODING({ got: encoding }));
  }
  const bytes = await readBytes(c, limits);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw refuse(c, 'BAD_ENCODING', 400, m.BAD_ENCODING());
  }
  const deep = checkJsonDepth(text, limits.jsonDepth);
  if (deep) throw refuse(c, 'JSON_TOO_DEEP', 400, m.JSON_TOO_DEEP({ limit: limits.jsonDepth }));
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'not JSON';
    throw refuse(c, 'BAD_JSON', 400, m.BAD_JSON({ reason }));
  }
  const failure = checkJsonValue(value, limits.jsonEntries);
  if (failure?.kind === 'too-many-entries')
    throw refuse(c, 'JSON_TOO_LARGE', 400, m.JSON_TOO_LARGE({ limit: failure.limit }));
  if (failure?.kind === 'forbidden-key')
    throw refuse(
      c,
      'FORBIDDEN_KEY',
      400,
      m.FORBIDDEN_KEY({ key: failure.key, path: failure.path }),
    );
  const over = overCost(`${c.req.method} ${c.req.path}`, value);
  if (over)
    throw new HttpProblem(
      problem(
        'TOO_COSTLY',
        413,
        m.TOO_COSTLY({
          measure: over.limit.measure,
          value: over.value,
          limit: over.limit.limit,
          why: over.limit.description,
        }),
        langOf(c),
      ),
    );
  const checked = { value, text };
  c.set('body', checked);
  return checked;
}

/**
 * Reads a JSON body and validates it with one of the core's request schemas.
 *
 * @throws {CoreError} `INPUT_INVALID` with every field path (answered as 422).
 */
export async function readBody<S extends z.core.$ZodType>(
  c: Context<AppEnv>,
  schema: S,
  what: string,
): Promise<z.infer<S>> {
  const body = await readJson(c);
  const parsed = z.safeParse(schema, body, { reportInput: true });
  if (!parsed.success) {
    throw new CoreError(
      'INPUT_INVALID',
      `The request does not match the ${what} request format.`,
      issuesFromZod(parsed.error.issues),
    );
  }
  return parsed.data;
}

/**
 * Resolves `rulebook` from a request body: a built-in id, or a whole custom rulebook, whose
 * problems are reported under the body's field (`rulebook.effective.from`).
 */
export function rulebookFrom(
  registry: RulebookRegistry,
  rulebook: string | Record<string, unknown>,
  field = 'rulebook',
): ResolvedRulebook {
  if (typeof rulebook === 'string') return registry.resolve(rulebook);
  const extended = atPath(field, () => registry.with([rulebook]));
  return extended.resolve(String(rulebook.id));
}

/**
 * Resolves the two rulebooks of a `{ from, to }` request (ids or custom rulebooks; a custom `to`
 * may extend a custom `from`), each problem reported under its field (`to.effective.from`).
 */
export function rulebookPairFrom(
  registry: RulebookRegistry,
  request: {
    readonly from: string | Record<string, unknown>;
    readonly to: string | Record<string, unknown>;
  },
): { readonly from: ResolvedRulebook; readonly to: ResolvedRulebook } {
  let extended = registry;
  for (const field of ['from', 'to'] as const) {
    const ref = request[field];
    if (typeof ref === 'string') continue;
    const base = extended;
    extended = atPath(field, () => base.with([ref]));
  }
  const resolve = (field: 'from' | 'to') => {
    const ref = request[field];
    return atPath(field, () => extended.resolve(typeof ref === 'string' ? ref : String(ref.id)));
  };
  return { from: resolve('from'), to: resolve('to') };
}

/** An explicit date, or today for the core's date policy. */
export type DateChoice = { readonly asOf: string } | { readonly today: string };

/**
 * The evaluation date as the core's date policy takes it: the body's `asOf`, else `?asOf=`
 * (a date that does not exist is a 422 naming `asOf`), else today — which the engine uses only
 * inside the edition's window, and says so in `asOfReason`.
 */
export function dateFrom(
  c: Context<AppEnv>,
  deps: RouteDeps,
  bodyAsOf: string | undefined,
): DateChoice {
  if (bodyAsOf !== undefined) return { asOf: bodyAsOf };
  const query = c.req.query('asOf');
  if (query !== undefined) return { asOf: checkDate(query, 'asOf') };
  return { today: deps.today() };
}

/**
 * The one table from an engine's outcome (the core's contract) to the HTTP status: every answer
 * is a 200 (a region that is not eligible is an answer, not an error); `x-outcome` carries it.
 */
const OUTCOME_STATUS: Record<EngineOutcome, 200> = {
  positive: 200,
  negative: 200,
  indeterminate: 200,
};

/** Sends an engine's result (or any answer with an outcome) with its status and `x-outcome`. */
export function sendResult(
  c: Context<AppEnv>,
  result: { readonly outcome: EngineOutcome } & object,
): Response {
  c.header('x-outcome', result.outcome);
  return c.json(result, OUTCOME_STATUS[result.outcome]);
}
