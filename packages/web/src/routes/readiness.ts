/**
 * `POST /v1/readiness`: the readiness of one proposal (`proposal`) or of a batch (`proposals`,
 * with duplicate titles and quotas checked across them). The response is the core's result,
 * unchanged: the same findings the CLI prints with `--format json`.
 */
import {
  createReadinessChecker,
  type ReadinessChecker,
  ProposalBatchSchema,
  ProposalSchema,
  ReadinessRequestSchema,
} from '@inovasi/core/readiness';
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
import { compactReadiness, readinessView } from './compact.js';

/** How many compiled checkers (built-in rulebook × asOf × close date) one app keeps. */
const CHECKER_CACHE_SIZE = 64;

/** Registers the readiness routes. */
export function registerReadinessRoutes(app: App, deps: RouteDeps): void {
  // A built-in rulebook compiles to the same checker for the same dates, so the compiled
  // checker is kept (least recently used out first); a custom rulebook is compiled per request.
  const checkers = new Map<string, ReadinessChecker>();
  declareSchema(app, 'proposal', ProposalSchema, 'A KIPP proposal.');
  declareSchema(app, 'proposal-batch', ProposalBatchSchema, 'Several KIPP proposals.');
  declareOperation(app, {
    method: 'post',
    path: '/v1/readiness',
    operationId: 'checkReadiness',
    tags: ['readiness'],
    summary: 'Would a KIPP proposal (or a batch of them) pass administrative selection?',
    description:
      'Runs every rule of the rulebook and returns every finding with its rule, value, threshold, source and fix. Send `proposal` for one proposal (a readiness result) or `proposals` for a batch (a readiness-batch result: each proposal, plus duplicate titles and quotas per agency across them; unreadable proposals become error items). `rulebook` is an id (kipp-2018 … kipp-2025) or a whole custom rulebook (a city overlay); kipp-2024 answers 422 NO_EDITION.',
    query: {
      asOf: asOfQuery,
      view: {
        description:
          "`full` (default): every outcome and finding with both languages, rule sources and bases. `compact`, for batch callers: each finding as code, severity, path, rule id, observed, expected, message and fix in the language asked for (`lang`), each rule's title and source once in `rules`, no explained outcomes of rules that passed; the same status, summary and finding codes.",
        example: 'compact',
      },
    },
    body: {
      schema: ReadinessRequestSchema,
      example: {
        rulebook: 'kipp-2021',
        asOf: '2021-03-01',
        registrationCloseDate: '2021-04-30',
        proposal: {
          title: 'Layanan Adminduk Keliling',
          group: 'umum',
          implementationStartDate: '2019-04-30',
        },
      },
    },
    responses: {
      200: {
        description:
          'The readiness result (status ready, not-ready or indeterminate), or a readiness-batch result for `proposals`.',
      },
    },
  });
  app.post('/v1/readiness', async (c) => {
    const view = readinessView(c.req.query('view'));
    const request = await readBody(c, ReadinessRequestSchema, 'readiness');
    const date = dateFrom(c, deps, request.asOf);
    const options = {
      ...date,
      ...(request.registrationCloseDate !== undefined
        ? { registrationCloseDate: request.registrationCloseDate }
        : {}),
    };
    const key =
      typeof request.rulebook === 'string'
        ? `${request.rulebook}|${'asOf' in date ? date.asOf : `today:${date.today}`}|${request.registrationCloseDate ?? ''}`
        : undefined;
    let checker = key === undefined ? undefined : checkers.get(key);
    if (checker === undefined) {
      checker = createReadinessChecker(rulebookFrom(deps.registry, request.rulebook), options);
      if (key !== undefined) {
        if (checkers.size >= CHECKER_CACHE_SIZE) {
          const oldest = checkers.keys().next();
          if (oldest.done !== true) checkers.delete(oldest.value);
        }
        checkers.set(key, checker);
      }
    } else if (key !== undefined) {
      checkers.delete(key);
      checkers.set(key, checker);
    }
    const { proposals } = request;
    const result =
      proposals !== undefined
        ? checker.checkBatch(proposals)
        : atPath('proposal', () => checker.check(request.proposal));
    return sendResult(c, view === 'compact' ? compactReadiness(result, langOf(c)) : result);
  });
}
