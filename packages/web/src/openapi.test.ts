import type { AddressInfo } from 'node:net';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createApp } from './app.js';
import { buildOpenApiDocument, declarationsOf, declareOperation, openApiPath } from './openapi.js';
import { startServer } from './node.js';
import { API_INFO } from './routes/meta.js';

const app = createApp({ today: () => '2026-11-28' });

interface Doc {
  paths: Record<
    string,
    Record<
      string,
      {
        requestBody?: { content: Record<string, { schema: unknown; example: unknown }> };
        responses: Record<string, unknown>;
      }
    >
  >;
  components: { schemas: Record<string, unknown> };
}

async function openApiDocument(): Promise<Doc> {
  const res = await app.request('/v1/openapi.json');
  expect(res.status).toBe(200);
  return (await res.json()) as Doc;
}

describe('the OpenAPI document', () => {
  it('declares every registered route, and declares no route that is not registered', () => {
    const registered = new Set(
      app.routes
        .filter((r) => r.method !== 'ALL') // middleware
        .map((r) => `${r.method.toLowerCase()} ${r.path}`),
    );
    const declared = new Set(declarationsOf(app).operations.map((o) => `${o.method} ${o.path}`));
    expect([...registered].filter((r) => !declared.has(r))).toEqual([]);
    expect([...declared].filter((d) => !registered.has(d))).toEqual([]);
    expect(registered.size).toBeGreaterThanOrEqual(6);
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(
      JSON.parse(JSON.stringify(await openApiDocument())) as Record<string, unknown>,
    );
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it("validates each operation's example request against the document's schema, and the route accepts it", async () => {
    const doc = await openApiDocument();
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    ajv.addSchema({ $id: 'urn:inovasi:openapi', components: doc.components });
    let checked = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const media = op.requestBody?.content['application/json'];
        if (!media) continue;
        const schema = JSON.parse(
          JSON.stringify(media.schema).replaceAll(
            '"#/components/',
            '"urn:inovasi:openapi#/components/',
          ),
        ) as object;
        const validate = ajv.compile(schema);
        expect(
          validate(media.example),
          `${method} ${path}: ${ajv.errorsText(validate.errors)}`,
        ).toBe(true);
        const res = await app.request(path, {
          method: method.toUpperCase(),
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(media.example),
        });
        expect(Object.keys(op.responses), `${method} ${path} answered ${res.status}`).toContain(
          String(res.status),
        );
        expect(res.status, `${method} ${path}`).toBeLessThan(300);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(1);
  });

  it('rejects duplicate declarations', () => {
    const other = createApp();
    expect(() => {
      declareOperation(other, {
        method: 'get',
        path: '/healthz',
        operationId: 'healthAgain',
        summary: 'x',
        responses: { 200: { description: 'x' } },
      });
    }).toThrow(/declared twice/);
  });

  it('hoists zod ids into components and writes Hono paths as OpenAPI paths', () => {
    const Inner = z.object({ a: z.string() }).meta({ id: 'Inner' });
    const doc = buildOpenApiDocument(
      {
        operations: [
          {
            method: 'post',
            path: '/v1/x/:id',
            operationId: 'x',
            summary: 'x',
            body: { schema: z.object({ inner: Inner }), example: { inner: { a: 'b' } } },
            responses: { 200: { description: 'ok', schema: Inner } },
          },
        ],
        schemas: [],
      },
      API_INFO,
    ) as unknown as Doc;
    expect(Object.keys(doc.paths)).toEqual(['/v1/x/{id}']);
    expect(doc.components.schemas.Inner).toMatchObject({ type: 'object' });
    expect(JSON.stringify(doc)).not.toContain('$defs');
    expect(openApiPath('/v1/a/:b/c/:d')).toBe('/v1/a/{b}/c/{d}');
  });
});

describe('GET /v1/schemas and /docs', () => {
  it('serves each input format as JSON Schema', async () => {
    const list = (await (await app.request('/v1/schemas')).json()) as {
      name: string;
      url: string;
    }[];
    expect(list.map((s) => s.name)).toEqual(expect.arrayContaining(['proposal', 'rulebook']));
    for (const s of list) {
      const res = await app.request(s.url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/schema+json');
      const schema = (await res.json()) as { $schema: string };
      expect(schema.$schema).toContain('2020-12');
      expect(() =>
        new Ajv2020({ strict: false, validateFormats: false }).compile(schema),
      ).not.toThrow();
    }
    const missing = await app.request('/v1/schemas/nope.json?lang=en');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { detail: string }).detail).toContain('proposal');
  });

  it('renders a docs page naming every operation', async () => {
    const res = await app.request('/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    for (const op of declarationsOf(app).operations)
      expect(html).toContain(`id="${op.operationId}"`);
    expect(html).toContain("curl -s -X POST 'http://localhost:3000/v1/readiness'");
    expect(html).toContain("curl -s 'http://localhost:3000/v1/rulebooks/kipp-2018'");
  });
});

describe('every declared operation, in process and over a real socket', () => {
  let close: () => void = () => undefined;
  let base = '';

  beforeAll(async () => {
    const { server } = await startServer({
      port: 0,
      hostname: '127.0.0.1',
      today: () => '2026-11-28',
    });
    close = () => server.close();
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    close();
  });

  it('answers each with a declared success status and the same body both ways', async () => {
    for (const op of declarationsOf(app).operations) {
      const path = op.path.replace(/:(\w+)/g, (_m, name: string) => {
        const value = op.pathExamples?.[name];
        if (value === undefined) throw new Error(`declare pathExamples.${name} for ${op.path}`);
        return encodeURIComponent(value);
      });
      const init: RequestInit = op.body
        ? {
            method: op.method.toUpperCase(),
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(op.body.example),
          }
        : { method: op.method.toUpperCase() };
      const local = await app.request(path, init);
      const remote = await fetch(`${base}${path}`, init);
      const label = `${op.method.toUpperCase()} ${path}`;
      expect(Object.keys(op.responses), `${label} answered ${remote.status}`).toContain(
        String(remote.status),
      );
      expect(remote.status, label).toBe(local.status);
      expect(await remote.text(), label).toBe(await local.text());
    }
  });
});
