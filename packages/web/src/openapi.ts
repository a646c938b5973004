/**
 * The OpenAPI 3.1 document, built from the core's zod schemas. Each route module declares what
 * it registers with {@link declareOperation} (and the input formats it takes with
 * {@link declareSchema}); `GET /v1/openapi.json` serves the document, `GET /v1/schemas` the
 * input formats, and a test fails when a registered route is not declared.
 *
 * @example
 * ```ts
 * import { ProposalSchema, ReadinessRequestSchema } from '@inovasi/core/readiness';
 * import { declareOperation, declareSchema } from '../openapi.js';
 *
 * export function registerReadinessRoutes(app: App, deps: RouteDeps): void {
 *   declareSchema(app, 'proposal', ProposalSchema);
 *   declareOperation(app, {
 *     method: 'post',
 *     path: '/v1/readiness',
 *     operationId: 'checkReadiness',
 *     tags: ['readiness'],
 *     summary: 'Check one proposal',
 *     query: { asOf: asOfQuery },
 *     body: { schema: ReadinessRequestSchema, example: { rulebook: 'kipp-2018', proposal: {} } },
 *     responses: { 200: { description: 'The readiness result.' } },
 *   });
 *   app.post('/v1/readiness', async (c) => { … });
 * }
 * ```
 *
 * @module
 */
import { ROUTE_COSTS } from './cost.js';
import * as z from 'zod';
import type { App } from './http.js';

/** The HTTP methods an operation may use. */
export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** A query parameter of an operation. */
export interface QueryParameter {
  readonly description: string;
  /** Default: a string. */
  readonly schema?: z.core.$ZodType;
  readonly required?: boolean;
  readonly example?: string;
}

/** One response of an operation. */
export interface ResponseSpec {
  readonly description: string;
  /** The body's schema; default: any JSON object. */
  readonly schema?: z.core.$ZodType;
  /** Default `application/json`. */
  readonly contentType?: string;
}

/** What a route module declares about one route it registers. */
export interface OperationSpec {
  readonly method: HttpMethod;
  /** The path as registered in Hono, e.g. `/v1/rulebooks/:id` (`{id}` in the document). */
  readonly path: string;
  /** Unique, camelCase, e.g. `checkReadiness`. */
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  /** Groups on the docs page, e.g. `readiness`. */
  readonly tags?: readonly string[];
  /** Descriptions of the path parameters (`:id` → `id`); undocumented ones get a generic text. */
  readonly pathParams?: Readonly<Record<string, string>>;
  /** A working value of each path parameter, e.g. `{ id: 'kipp-2018' }` (docs and tests use it). */
  readonly pathExamples?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, QueryParameter>>;
  /**
   * The JSON request body: its zod schema from the core and a working example (tests send the
   * example to the route and check it against the document).
   */
  readonly body?: {
    readonly schema: z.core.$ZodType;
    readonly example: unknown;
    readonly description?: string;
  };
  /** Success responses by status. Problem responses (4xx/5xx) are added for every operation. */
  readonly responses: Readonly<Record<number, ResponseSpec>>;
}

/** The `?asOf=` query parameter, for operations that read rules at a date. */
export const asOfQuery: QueryParameter = {
  description:
    "The date the rules are read at (YYYY-MM-DD) when the body has no asOf; default: today inside the edition's window, else the edition's reference date (the result's asOfReason says which).",
  example: '2018-03-01',
};

/** A named input format, served at `/v1/schemas/{name}.json`. */
export interface DeclaredSchema {
  readonly name: string;
  readonly schema: z.core.$ZodType;
  readonly description?: string;
}

/** The declarations of one app. */
export interface ApiDeclarations {
  readonly operations: OperationSpec[];
  readonly schemas: DeclaredSchema[];
}

const declarations = new WeakMap<object, ApiDeclarations>();

/** The operations and schemas declared on an app so far. */
export function declarationsOf(app: App): ApiDeclarations {
  let found = declarations.get(app);
  if (!found) {
    found = { operations: [], schemas: [] };
    declarations.set(app, found);
  }
  return found;
}

/**
 * Declares one route for the OpenAPI document. Call it beside `app.get`/`app.post` in a route
 * module; a test fails for any registered route that is not declared.
 *
 * @throws {Error} for a duplicate operationId or method + path (a programming error).
 * @example
 * ```ts
 * declareOperation(app, {
 *   method: 'get',
 *   path: '/v1/rulebooks/:id',
 *   operationId: 'getRulebook',
 *   summary: 'One rulebook with its extends chain applied',
 *   pathParams: { id: 'The rulebook id, e.g. kipp-2018.' },
 *   responses: { 200: { description: 'The resolved rulebook.' } },
 * });
 * ```
 */
export function declareOperation(app: App, spec: OperationSpec): void {
  const { operations } = declarationsOf(app);
  for (const other of operations) {
    if (other.operationId === spec.operationId)
      throw new Error(`operationId ${spec.operationId} is declared twice`);
    if (other.method === spec.method && other.path === spec.path)
      throw new Error(`${spec.method.toUpperCase()} ${spec.path} is declared twice`);
  }
  operations.push(spec);
}

/**
 * Declares an input format: served at `/v1/schemas/{name}.json` and listed in the document's
 * components. Declaring the same name twice with the same schema is allowed.
 *
 * @example
 * ```ts
 * declareSchema(app, 'proposal', ProposalSchema, 'A KIPP proposal.');
 * ```
 */
export function declareSchema(
  app: App,
  name: string,
  schema: z.core.$ZodType,
  description?: string,
): void {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`schema name ${name} is not kebab-case`);
  const { schemas } = declarationsOf(app);
  const existing = schemas.find((s) => s.name === name);
  if (existing) {
    if (existing.schema !== schema) throw new Error(`schema ${name} is declared twice`);
    return;
  }
  schemas.push({ name, schema, ...(description !== undefined ? { description } : {}) });
}

type Json = Record<string, unknown>;

/** The JSON Schema (draft 2020-12) of a zod schema, self-contained, as served by `/v1/schemas`. */
export function jsonSchemaOf(schema: z.core.$ZodType, io: 'input' | 'output' = 'input'): Json {
  return z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
  });
}

/** Collects components: moves each conversion's `$defs` into `components.schemas`. */
class Components {
  readonly schemas: Record<string, Json> = {};
  #counter = 0;

  /** Adds a zod schema; returns the JSON Schema to embed (usually a `$ref`). */
  add(schema: z.core.$ZodType, io: 'input' | 'output'): Json {
    const { $schema: _ignored, $defs, ...root } = jsonSchemaOf(schema, io);
    const defs = ($defs ?? {}) as Record<string, Json>;
    const names = new Map<string, string>();
    for (const [name, def] of Object.entries(defs)) {
      let target = name.startsWith('__') ? `Anonymous${++this.#counter}` : name;
      const existing = this.schemas[target];
      if (existing && JSON.stringify(existing) !== JSON.stringify(def)) {
        // the same id in input and output form (defaults, transforms)
        target = `${target}${io === 'output' ? 'Output' : 'Input'}`;
      }
      names.set(name, target);
    }
    const rewrite = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(rewrite);
      if (value && typeof value === 'object') {
        const out: Json = {};
        for (const [k, v] of Object.entries(value)) {
          if (k === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/')) {
            const name = v.slice('#/$defs/'.length);
            out[k] = `#/components/schemas/${names.get(name) ?? name}`;
          } else out[k] = rewrite(v);
        }
        return out;
      }
      return value;
    };
    for (const [name, def] of Object.entries(defs)) {
      const target = names.get(name) ?? name;
      this.schemas[target] ??= rewrite(def) as Json;
    }
    return rewrite(root) as Json;
  }
}

const PROBLEM_SCHEMA: Json = {
  type: 'object',
  description:
    'RFC 9457 problem details. `title` is in the language of Accept-Language or ?lang= (id default, en); `errors` names each field at fault.',
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    code: { type: 'string', description: 'Stable code, e.g. INPUT_INVALID.' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: { path: { type: 'string' }, message: { type: 'string' } },
        required: ['path', 'message'],
      },
    },
    requestId: { type: 'string' },
  },
  required: ['type', 'title', 'status', 'detail', 'code'],
};

const PROBLEM_RESPONSES: Record<string, string> = {
  '400':
    'Malformed request: broken JSON, invalid UTF-8, too deep or too many keys, a forbidden key (`__proto__`, `constructor`, `prototype`).',
  '404': 'Unknown rulebook or route.',
  '408': 'The body did not arrive in time.',
  '413':
    'The body is larger than the limit, or the request is costlier than the limits of the route (`x-inovasi-limits`, code TOO_COSTLY); nothing was computed.',
  '415': 'The body is not application/json.',
  '422': 'The body does not match the format; `errors` names each field.',
  '500': 'A bug in inovasi; report it with the request id.',
  '503':
    'The request did not finish within the deadline and was stopped (code BUSY); try again after `Retry-After` seconds.',
};

const BODY_ONLY = new Set(['400', '408', '413', '415']);

/** The cost model of an operation as the `x-inovasi-limits` extension (see `cost.ts`). */
function costExtension(operation: string): Json {
  const limits = ROUTE_COSTS[operation];
  if (!limits) return {};
  return {
    'x-inovasi-limits': limits.map((l) => ({
      measure: l.measure,
      limit: l.limit,
      // at or below it (with a small body) the request is light: answered on the event loop
      ...(l.inline !== undefined ? { inline: l.inline } : {}),
      description: l.description.en,
    })),
  };
}

/** Turns a Hono path (`/v1/rulebooks/:id`) into an OpenAPI path (`/v1/rulebooks/{id}`). */
export function openApiPath(honoPath: string): string {
  return honoPath.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?/g, '{$1}');
}

/** Options of {@link buildOpenApiDocument}. */
export interface DocumentInfo {
  readonly title: string;
  readonly version: string;
  readonly description: string;
}

/** Builds the OpenAPI 3.1 document from an app's declarations. */
export function buildOpenApiDocument(decl: ApiDeclarations, info: DocumentInfo): Json {
  const components = new Components();
  const paths: Record<string, Record<string, Json>> = {};
  const sorted = [...decl.operations].sort((a, b) =>
    a.path === b.path ? a.method.localeCompare(b.method) : a.path.localeCompare(b.path),
  );
  for (const op of sorted) {
    const path = openApiPath(op.path);
    const parameters: Json[] = [];
    for (const match of op.path.matchAll(/:([A-Za-z0-9_]+)/g)) {
      const name = match[1] ?? '';
      parameters.push({
        name,
        in: 'path',
        required: true,
        description: op.pathParams?.[name] ?? `The ${name}.`,
        schema: { type: 'string' },
        ...(op.pathExamples?.[name] !== undefined ? { example: op.pathExamples[name] } : {}),
      });
    }
    for (const [name, q] of Object.entries(op.query ?? {})) {
      parameters.push({
        name,
        in: 'query',
        required: q.required ?? false,
        description: q.description,
        schema: q.schema ? components.add(q.schema, 'input') : { type: 'string' },
        ...(q.example !== undefined ? { example: q.example } : {}),
      });
    }
    parameters.push({ $ref: '#/components/parameters/lang' });
    parameters.push({ $ref: '#/components/parameters/acceptLanguage' });

    const responses: Record<string, Json> = {};
    for (const [status, r] of Object.entries(op.responses)) {
      const type = r.contentType ?? 'application/json';
      responses[status] = {
        description: r.description,
        content: {
          [type]: {
            schema: r.schema
              ? components.add(r.schema, 'output')
              : type.includes('json')
                ? { type: 'object' }
                : { type: 'string' },
          },
        },
      };
    }
    for (const [status, description] of Object.entries(PROBLEM_RESPONSES)) {
      if (responses[status]) continue;
      if (BODY_ONLY.has(status) && !op.body) continue;
      if (status === '422' && !op.body && !op.query) continue;
      responses[status] = {
        description,
        content: {
          'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
        },
      };
    }

    const operation: Json = {
      operationId: op.operationId,
      summary: op.summary,
      ...(op.description !== undefined ? { description: op.description } : {}),
      ...(op.tags ? { tags: [...op.tags] } : {}),
      parameters,
      ...(op.body
        ? {
            requestBody: {
              required: true,
              ...(op.body.description !== undefined ? { description: op.body.description } : {}),
              content: {
                'application/json': {
                  schema: components.add(op.body.schema, 'input'),
                  example: op.body.example,
                },
              },
            },
          }
        : {}),
      responses,
      ...costExtension(`${op.method.toUpperCase()} ${op.path}`),
    };
    (paths[path] ??= {})[op.method] = operation;
  }
  for (const s of decl.schemas) {
    const root = components.add(s.schema, 'input');
    const name = `format.${s.name}`;
    components.schemas[name] = {
      ...root,
      ...(s.description !== undefined ? { description: s.description } : {}),
    };
  }
  components.schemas.Problem = PROBLEM_SCHEMA;
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: info.title,
      version: info.version,
      description: info.description,
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    servers: [{ url: '/' }],
    tags: [...new Set(sorted.flatMap((o) => o.tags ?? []))].map((name) => ({ name })),
    paths,
    components: {
      schemas: components.schemas,
      parameters: {
        lang: {
          name: 'lang',
          in: 'query',
          required: false,
          description: 'Language of error messages: id (default) or en; overrides Accept-Language.',
          schema: { type: 'string', enum: ['id', 'en'] },
        },
        acceptLanguage: {
          name: 'Accept-Language',
          in: 'header',
          required: false,
          description: 'Language of error messages: id (default) or en.',
          schema: { type: 'string' },
          example: 'en-US,en;q=0.9',
        },
      },
    },
  };
}
