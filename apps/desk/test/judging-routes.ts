/**
 * The judging routes' authorization specification, shared by `authorization.test.ts` (which
 * fails for a served route without a row) and `judging-authorization.test.ts` (which checks
 * each row for every kind of user).
 */

/** Who asks. */
export type JudgingWho =
  | 'anon'
  | 'admin'
  | 'viewer'
  | 'mentor'
  | 'innovatorOwn'
  | 'innovatorOther'
  | 'judgeAssigned'
  | 'judgeUnassigned'
  | 'judgeElsewhere';

/** ok: 200/303 (not to the sign-in page); login: redirected to sign in; or a status. */
export type JudgingExpect = 'ok' | 'login' | 401 | 403 | 404;

export interface JudgingRow {
  readonly route: string;
  readonly method: 'GET' | 'POST';
  /** Path with {competition}, {stage}, {entry}, {judge} placeholders. */
  readonly path: string;
  /** Who reaches it on an unpublished competition of its own region. */
  readonly allowed: readonly JudgingWho[];
  /** Who else reaches it once the results are published. */
  readonly afterPublish?: readonly JudgingWho[];
  readonly body?: (ids: {
    stage: string;
    entry: string;
    judge: string;
    user: string;
  }) => Record<string, string>;
  /** Not scoped by a competition (no other-region case). */
  readonly unscoped?: boolean;
}

const READERS: readonly JudgingWho[] = [
  'admin',
  'viewer',
  'innovatorOwn',
  'judgeAssigned',
  'judgeUnassigned',
];
const RESULTS: readonly JudgingWho[] = ['admin', 'viewer'];
const AFTER: readonly JudgingWho[] = ['innovatorOwn', 'judgeAssigned', 'judgeUnassigned'];

/** The specification, by Hono route. */
export const JUDGING_TABLE: Record<string, JudgingRow> = {
  'GET /assets/judging.css': {
    route: 'GET /assets/judging.css',
    method: 'GET',
    path: '/assets/judging.css',
    allowed: [
      'anon',
      'admin',
      'viewer',
      'mentor',
      'innovatorOwn',
      'innovatorOther',
      'judgeAssigned',
      'judgeUnassigned',
      'judgeElsewhere',
    ],
    unscoped: true,
  },
  'GET /competitions': {
    route: 'GET /competitions',
    method: 'GET',
    path: '/competitions',
    allowed: [
      'admin',
      'viewer',
      'mentor',
      'innovatorOwn',
      'innovatorOther',
      'judgeAssigned',
      'judgeUnassigned',
      'judgeElsewhere',
    ],
    unscoped: true,
  },
  'POST /competitions': {
    route: 'POST /competitions',
    method: 'POST',
    path: '/competitions',
    allowed: ['admin'],
    unscoped: true,
    body: (ids) => ({
      title: 'Lomba uji',
      rulebook: 'kota-metro-2027-judul',
      as_of: '2027-03-01',
      entry: ids.entry,
    }),
  },
  'GET /competitions/:id': {
    route: 'GET /competitions/:id',
    method: 'GET',
    path: '/competitions/{competition}',
    allowed: READERS,
  },
  'POST /competitions/:id/judges': {
    route: 'POST /competitions/:id/judges',
    method: 'POST',
    path: '/competitions/{competition}/judges',
    allowed: ['admin'],
    body: (ids) => ({ user: ids.user, agency: 'Universitas' }),
  },
  'POST /competitions/:id/assignments': {
    route: 'POST /competitions/:id/assignments',
    method: 'POST',
    path: '/competitions/{competition}/assignments',
    allowed: ['admin'],
    body: (ids) => ({ stage: ids.stage, judge: ids.judge, entry: ids.entry }),
  },
  'POST /competitions/:id/conflicts': {
    route: 'POST /competitions/:id/conflicts',
    method: 'POST',
    path: '/competitions/{competition}/conflicts',
    allowed: ['admin', 'judgeAssigned', 'judgeUnassigned'],
    body: (ids) => ({ judge: ids.judge, entry: ids.entry, reason: 'saudara kandung inovator' }),
  },
  'POST /competitions/:id/stages/:stage/close': {
    route: 'POST /competitions/:id/stages/:stage/close',
    method: 'POST',
    path: '/competitions/{competition}/stages/{stage}/close',
    allowed: ['admin'],
  },
  'POST /competitions/:id/publish': {
    route: 'POST /competitions/:id/publish',
    method: 'POST',
    path: '/competitions/{competition}/publish',
    allowed: ['admin'],
  },
  'GET /competitions/:id/score/:stage/:entry': {
    route: 'GET /competitions/:id/score/:stage/:entry',
    method: 'GET',
    path: '/competitions/{competition}/score/{stage}/{entry}',
    allowed: ['judgeAssigned'],
  },
  'POST /competitions/:id/score/:stage/:entry': {
    route: 'POST /competitions/:id/score/:stage/:entry',
    method: 'POST',
    path: '/competitions/{competition}/score/{stage}/{entry}',
    allowed: ['judgeAssigned'],
    body: () => ({ 'c.kebaruan': '3', 'c.relevansi': '2' }),
  },
  'GET /competitions/:id/results': {
    route: 'GET /competitions/:id/results',
    method: 'GET',
    path: '/competitions/{competition}/results',
    allowed: RESULTS,
    afterPublish: AFTER,
  },
  'GET /competitions/:id/print': {
    route: 'GET /competitions/:id/print',
    method: 'GET',
    path: '/competitions/{competition}/print',
    allowed: RESULTS,
    afterPublish: AFTER,
  },
  'GET /competitions/:id/export/:file': {
    route: 'GET /competitions/:id/export/:file',
    method: 'GET',
    path: '/competitions/{competition}/export/ranking.csv',
    allowed: RESULTS,
    afterPublish: AFTER,
  },
};

/** The judging routes, as `authorization.test.ts` lists served routes. */
export const JUDGING_ROUTES: readonly string[] = Object.keys(JUDGING_TABLE);
