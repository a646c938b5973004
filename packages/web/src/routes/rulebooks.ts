/**
 * `GET /v1/rulebooks`, `GET /v1/rulebooks/:id`, `POST /v1/rulebooks/validate`,
 * `POST /v1/rulebooks/diff` and `POST /v1/rulebooks/replay`.
 */
import { CoreError, isIsoDate, issuesFromZod } from '@inovasi/core';
import { atPath, engineFor, replay } from '@inovasi/core/contract';
import { DomainSchema, RulebookSchema, diffRulebooks } from '@inovasi/core/rulebook';
import * as z from 'zod';
import { sampleOverlay } from '../examples.js';
import {
  dateFrom,
  readBody,
  readJson,
  rulebookPairFrom,
  type App,
  type RouteDeps,
} from '../http.js';
import { declareOperation, declareSchema } from '../openapi.js';

const RulebookRefSchema = z
  .union([z.string().min(1), z.record(z.string(), z.unknown())])
  .meta({ description: 'A rulebook id (e.g. kipp-2018) or a whole custom rulebook.' });

/** The body of `POST /v1/rulebooks/diff`: the request envelope around the core's `diffRulebooks`. */
const RulebookDiffRequestSchema = z
  .object({ from: RulebookRefSchema, to: RulebookRefSchema })
  .meta({ id: 'RulebookDiffRequest' });

/** The body of `POST /v1/rulebooks/replay`: two rulebooks of one engine and the inputs. */
const RulebookReplayRequestSchema = z
  .object({
    from: RulebookRefSchema,
    to: RulebookRefSchema,
    asOf: z
      .string()
      .refine(isIsoDate, { error: 'expected a calendar date as YYYY-MM-DD' })
      .optional()
      .meta({
        description:
          "Read both rulebooks at this date; default: each at today inside its window, else at its reference date (the core's date policy).",
      }),
    options: z.record(z.string(), z.string()).optional().meta({
      description:
        'Engine options as strings, as a rulebook case has them (e.g. { "mode": "predikat" } for the IID, { "operation": "allocation" } for the incentive).',
    }),
    inputs: z
      .array(
        z.object({
          name: z.string().min(1).optional(),
          input: z.unknown().meta({ description: "One input in the engine's own format." }),
        }),
      )
      .min(1)
      .max(2000),
  })
  .meta({ id: 'RulebookReplayRequest' });

/** Registers the rulebook routes. */
export function registerRulebookRoutes(app: App, deps: RouteDeps): void {
  declareSchema(
    app,
    'rulebook',
    RulebookSchema,
    'A rulebook, or a custom overlay that extends one.',
  );
  declareOperation(app, {
    method: 'get',
    path: '/v1/rulebooks',
    operationId: 'listRulebooks',
    tags: ['rulebooks'],
    summary: 'Every rulebook the server knows',
    description:
      'Summaries sorted by domain then id: title, issuer, effective dates, parameter counts.',
    query: {
      domain: {
        description: 'Only the rulebooks of one engine.',
        schema: DomainSchema,
        example: 'readiness',
      },
    },
    responses: { 200: { description: 'An array of rulebook summaries.' } },
  });
  app.get('/v1/rulebooks', (c) => {
    const raw = c.req.query('domain');
    if (raw === undefined) return c.json(deps.registry.list());
    const domain = DomainSchema.safeParse(raw, { reportInput: true });
    if (!domain.success) {
      throw new CoreError(
        'INPUT_INVALID',
        'The domain query parameter is not an engine.',
        issuesFromZod(domain.error.issues, ['domain']),
      );
    }
    return c.json(deps.registry.list({ domain: domain.data }));
  });

  declareOperation(app, {
    method: 'get',
    path: '/v1/rulebooks/:id',
    operationId: 'getRulebook',
    tags: ['rulebooks'],
    summary: 'One rulebook with its extends chain applied',
    pathParams: { id: 'The rulebook id, e.g. kipp-2018.' },
    pathExamples: { id: 'kipp-2018' },
    responses: { 200: { description: 'The resolved rulebook.' } },
  });
  app.get('/v1/rulebooks/:id', (c) => c.json(deps.registry.resolve(c.req.param('id'))));

  declareOperation(app, {
    method: 'post',
    path: '/v1/rulebooks/validate',
    operationId: 'validateRulebook',
    tags: ['rulebooks'],
    summary: 'Validate a custom rulebook (e.g. a city overlay)',
    description:
      'Checks the schema, then the semantics against the rulebooks and rule kinds the server knows (parents, dates in order, duplicate ids, parameters a rule needs). Answers 200 with every finding and its field path; `valid` is false when any finding is an error.',
    body: {
      schema: RulebookSchema,
      description: 'The rulebook itself, as JSON.',
      example: sampleOverlay,
    },
    responses: {
      200: { description: '`{ valid, findings }`: every problem, with its path and a fix.' },
    },
  });
  app.post('/v1/rulebooks/validate', async (c) => {
    const report = deps.registry.validate(await readJson(c));
    return c.json({ valid: report.valid, findings: report.findings });
  });

  declareOperation(app, {
    method: 'post',
    path: '/v1/rulebooks/diff',
    operationId: 'diffRulebooks',
    tags: ['rulebooks'],
    summary: 'What changed between two rulebooks',
    description:
      'Parameters, rules, sources and the edition facts that differ, both compared after `extends`; `from` and `to` are ids or custom rulebooks (a custom `to` may extend a custom `from`).',
    body: {
      schema: RulebookDiffRequestSchema,
      example: { from: 'kipp-2018', to: sampleOverlay },
    },
    responses: { 200: { description: 'The difference: edition, parameters, rules, identical.' } },
  });
  app.post('/v1/rulebooks/diff', async (c) => {
    const request = await readBody(c, RulebookDiffRequestSchema, 'rulebook diff');
    const { from, to } = rulebookPairFrom(deps.registry, request);
    return c.json(diffRulebooks(from, to));
  });

  declareOperation(app, {
    method: 'post',
    path: '/v1/rulebooks/replay',
    operationId: 'replayRulebooks',
    tags: ['rulebooks'],
    summary: 'The same inputs under two rulebooks: who gains, who loses',
    description:
      "Compiles `from` and `to` once each (two rulebooks of one engine: ids or custom rulebooks; a custom `to` may extend a custom `from`), runs every input under both, and orders the two answers by the core's total order on outcomes (negative < indeterminate < positive, then the grade, e.g. the IID predikat): each input `gains`, `loses`, `changes` (another status of the same rank), stays `unchanged`, or is `not-run` (an input error, with its field paths). The same report as `inovasi rulebook replay --format json`.",
    query: {
      asOf: {
        description:
          "The date both rulebooks are read at when the body has no asOf (YYYY-MM-DD); default: the core's date policy for each.",
        example: '2018-02-01',
      },
    },
    body: {
      schema: RulebookReplayRequestSchema,
      example: {
        from: 'kipp-2018',
        to: sampleOverlay,
        asOf: '2018-02-01',
        inputs: [
          {
            name: 'Layanan Adminduk Keliling',
            input: { title: 'Layanan Adminduk Keliling', implementationStartDate: '2016-01-04' },
          },
        ],
      },
    },
    responses: {
      200: {
        description:
          '`{ kind: replay, engine, before, after, rows: [{ input, change, before, after, diff }], counts }`.',
      },
    },
  });
  app.post('/v1/rulebooks/replay', async (c) => {
    const request = await readBody(c, RulebookReplayRequestSchema, 'rulebook replay');
    const { from: before, to: after } = rulebookPairFrom(deps.registry, request);
    if (before.domain !== after.domain)
      throw new CoreError('INPUT_INVALID', 'Replay compares two rulebooks of one engine.', [
        {
          path: 'to',
          message: `${after.id} is for ${after.domain} but ${before.id} is for ${before.domain}`,
        },
      ]);
    const engine = engineFor(before.domain);
    const options = atPath('options', () => engine.parseOptions(request.options ?? {}));
    const date = dateFrom(c, deps, request.asOf);
    return c.json(
      replay(
        engine.compile(before, { ...options, ...date }),
        engine.compile(after, { ...options, ...date }),
        request.inputs.map((item, i) => ({ name: item.name ?? `#${i + 1}`, input: item.input })),
      ),
    );
  });
}
