/**
 * The index routes' rows of the authorization table (`authorization.test.ts` spreads them into
 * its table): who may call each route of the IID, the incentive outlook and the printable
 * reports, and on whose data.
 */
type Reach = 'all' | 'own' | 'none';
type Role = 'admin' | 'mentor' | 'innovator' | 'viewer';

/** One row, in the shape of the authorization table. */
export interface IndexRouteRow {
  readonly route: string;
  readonly access: Partial<Record<Role, Reach>>;
  readonly scope?: 'proposal' | 'innovation' | 'opd';
  readonly anon: 'ok' | 'login' | 401 | 403 | 404;
  readonly body?: () => Record<string, string>;
}

const ALL = { admin: 'all', mentor: 'all', innovator: 'all', viewer: 'all' } as const;
const READERS = { admin: 'all', viewer: 'all' } as const;
const ADMIN = { admin: 'all' } as const;
const SEE = { admin: 'all', viewer: 'all', innovator: 'own', mentor: 'own' } as const;
const EDIT = { admin: 'all', innovator: 'own', viewer: 'none', mentor: 'none' } as const;

export const INDEX_ROUTES: Record<string, IndexRouteRow> = {
  'GET /assets/index.css': { route: 'GET /assets/index.css', access: ALL, anon: 'ok' },
  'GET /iid': { route: 'GET /iid', access: ALL, anon: 'login' },
  'POST /iid/spd': {
    route: 'POST /iid/spd',
    access: ADMIN,
    anon: 401,
    body: () => ({ edition: 'iid-2026', 'level.SPD-01': '3', 'evidence.SPD-01': 'Perda RPJMD' }),
  },
  'POST /iid/verify': {
    route: 'POST /iid/verify',
    access: ADMIN,
    anon: 401,
    body: () => ({ edition: 'iid-2026', subject: 'spd', row: 'SPD-01', status: 'verified' }),
  },
  'GET /iid/innovations/:id': {
    route: 'GET /iid/innovations/{innovation}',
    access: SEE,
    scope: 'innovation',
    anon: 'login',
  },
  'POST /iid/innovations/:id': {
    route: 'POST /iid/innovations/{innovation}',
    access: EDIT,
    scope: 'innovation',
    anon: 401,
    body: () => ({
      edition: 'iid-2026',
      urusan: 'administrasi-kependudukan-pencatatan-sipil',
      rancang_bangun_words: '320',
      'level.SID-16': '3',
    }),
  },
  'GET /iid/export.csv': { route: 'GET /iid/export.csv', access: READERS, anon: 'login' },
  'GET /iid/export.xlsx': { route: 'GET /iid/export.xlsx', access: READERS, anon: 'login' },
  'GET /iid/export.json': { route: 'GET /iid/export.json', access: READERS, anon: 'login' },
  'GET /iid/report': { route: 'GET /iid/report', access: READERS, anon: 'login' },
  'GET /incentive': { route: 'GET /incentive', access: READERS, anon: 'login' },
  'POST /incentive': {
    route: 'POST /incentive',
    access: ADMIN,
    anon: 401,
    body: () => ({ edition: 'insentif-fiskal-2025', level: 'kota', apbdOnTime: 'true' }),
  },
  'GET /incentive/export.csv': {
    route: 'GET /incentive/export.csv',
    access: READERS,
    anon: 'login',
  },
  'GET /incentive/export.xlsx': {
    route: 'GET /incentive/export.xlsx',
    access: READERS,
    anon: 'login',
  },
  'GET /incentive/export.json': {
    route: 'GET /incentive/export.json',
    access: READERS,
    anon: 'login',
  },
  'GET /proposals/:id/report': {
    route: 'GET /proposals/{proposal}/report',
    access: SEE,
    scope: 'proposal',
    anon: 'login',
  },
};
