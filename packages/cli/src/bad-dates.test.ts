/**
 * No bad date reaches a 500 or exit 70: every date an HTTP route or a CLI command takes — the
 * `asOf` of a body and `?asOf=`, `--as-of`, `--from`, `--registration-close`, and the dates inside
 * an input (a proposal's start date, an innovation's dates, an inline rulebook's dates, a case's
 * `asOf`) — answers a date that does not exist, is out of range or is not a date at all with a 422
 * or exit 2 naming the field.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCases } from '@inovasi/test-utils';
import { createApp } from '@inovasi/web';
import { describe, expect, it } from 'vitest';
import { run } from './main.js';
import { createTestIo } from './test-io.js';

/** Not a date, a day or month that does not exist, out of the supported range. */
const BAD_DATES = ['2026-13-45', '2026-02-30', '10001-12-31', '0000-00-00', '', 'x'] as const;

function caseInput(domain: string, file: string): Record<string, unknown> {
  const found = loadCases<unknown>(domain).find((c) => c.file.endsWith(file));
  if (!found) throw new Error(`no case ${domain}/${file}`);
  return found.input as Record<string, unknown>;
}

const proposal = {
  title: 'Layanan Adminduk Keliling',
  agency: { name: 'Pemerintah Kota Cilegon', type: 'kota' },
  implementationStartDate: '2016-01-04',
};
const panel = (caseInput('scoring', '01-three-judges-mean.json') as { panel: unknown }).panel;
const iidRegion = caseInput('iid', '03-boundary-65-01.json') as {
  innovations: Record<string, unknown>[];
};
const incentiveRegion = caseInput('incentive', '01-wdp-and-timely-apbd.json');
const national = caseInput('incentive', '07-allocate-cluster-a.json');

/** The IID region with one innovation date replaced. */
const withInnovationDate = (field: string, date: string) => ({
  ...iidRegion,
  innovations: iidRegion.innovations.map((inv, i) => (i === 0 ? { ...inv, [field]: date } : inv)),
});

/** A city overlay of kipp-2018, as a body may carry it inline, starting at `from`. */
const overlay = (from: string) => ({
  id: 'test-overlay-2018',
  title: { id: 'Uji', en: 'Test' },
  domain: 'readiness',
  status: 'template',
  issuer: 'test',
  extends: 'kipp-2018',
  effective: { from },
  rules: [],
});

interface HttpCase {
  readonly route: string;
  /** The field the 422 names. */
  readonly field: string;
  readonly path: (date: string) => string;
  readonly body: (date: string) => unknown;
}

const inBody = (route: string, body: Record<string, unknown>): HttpCase => ({
  route,
  field: 'asOf',
  path: () => route,
  body: (asOf) => ({ ...body, asOf }),
});
const inQuery = (route: string, body: Record<string, unknown>): HttpCase => ({
  route,
  field: 'asOf',
  path: (asOf) => `${route}?asOf=${encodeURIComponent(asOf)}`,
  body: () => body,
});

const BODIES: Record<string, Record<string, unknown>> = {
  '/v1/readiness': { rulebook: 'kipp-2018', proposal },
  '/v1/scoring': { rulebook: 'kota-metro-2027-judul', resamples: 0, panel },
  '/v1/iid': { rulebook: 'iid-2026', region: iidRegion },
  '/v1/iid/predikat': { rulebook: 'iid-2024', score: 62.5 },
  '/v1/incentive/eligibility': { rulebook: 'did-2017', region: incentiveRegion },
  '/v1/incentive/allocation': { rulebook: 'did-2022', ...national },
  '/v1/rulebooks/replay': {
    from: 'kipp-2018',
    to: 'kipp-2021',
    inputs: [{ name: 'a', input: proposal }],
  },
};

const HTTP_CASES: readonly HttpCase[] = [
  ...Object.entries(BODIES).flatMap(([route, body]) => [inBody(route, body), inQuery(route, body)]),
  {
    route: '/v1/readiness',
    field: 'registrationCloseDate',
    path: () => '/v1/readiness',
    body: (d) => ({ ...BODIES['/v1/readiness'], registrationCloseDate: d }),
  },
  {
    route: '/v1/readiness',
    field: 'proposal.implementationStartDate',
    path: () => '/v1/readiness',
    body: (d) => ({ rulebook: 'kipp-2018', proposal: { ...proposal, implementationStartDate: d } }),
  },
  {
    route: '/v1/readiness',
    field: 'rulebook.effective.from',
    path: () => '/v1/readiness',
    body: (d) => ({ rulebook: overlay(d), proposal }),
  },
  ...['implementationDate', 'developmentDate'].map((field): HttpCase => ({
    route: '/v1/iid',
    field: `region.innovations[0].${field}`,
    path: () => '/v1/iid',
    body: (d) => ({ rulebook: 'iid-2026', region: withInnovationDate(field, d) }),
  })),
  ...(['/v1/rulebooks/diff', '/v1/rulebooks/replay'] as const).flatMap((route) =>
    (['from', 'to'] as const).map((side): HttpCase => ({
      route,
      field: `${side}.effective.from`,
      path: () => route,
      body: (d) => ({
        ...(route === '/v1/rulebooks/replay' ? BODIES[route] : {}),
        from: 'kipp-2018',
        to: 'kipp-2018',
        [side]: overlay(d),
      }),
    })),
  ),
];

describe('a bad date is a 422 naming the field, on every HTTP route that takes a date', () => {
  const app = createApp({ today: () => '2026-06-01' });
  const named = HTTP_CASES.map(
    (c) => [`${c.route} ${c.field}${c.path('').includes('?') ? ' (query)' : ''}`, c] as const,
  );
  it.each(named)('%s', async (_, c) => {
    const seen: unknown[] = [];
    for (const date of BAD_DATES) {
      const res = await app.request(c.path(date), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(c.body(date)),
      });
      const problem = (await res.json()) as { errors?: { path: string }[] };
      seen.push({
        date,
        status: res.status,
        named: problem.errors?.some((e) => e.path === c.field) ?? false,
      });
    }
    expect(seen).toEqual(BAD_DATES.map((date) => ({ date, status: 422, named: true })));
  });
});

interface CliCase {
  readonly command: string;
  /** What stderr must name. */
  readonly field: string;
  readonly argv: (date: string, dir: string) => string[];
  readonly stdin?: (date: string) => unknown;
}

const flag = (
  command: string,
  argv: readonly string[],
  name: string,
  stdin?: unknown,
): CliCase => ({
  command,
  field: name,
  argv: (date) => [...argv, name, date],
  ...(stdin !== undefined ? { stdin: () => stdin } : {}),
});

const CLI_CASES: readonly CliCase[] = [
  flag('check', ['check', '-', '--rulebook', 'kipp-2018'], '--as-of', proposal),
  flag('check', ['check', '-', '--rulebook', 'kipp-2018'], '--registration-close', proposal),
  {
    command: 'check',
    field: 'implementationStartDate',
    argv: () => ['check', '-', '--rulebook', 'kipp-2018'],
    stdin: (d) => ({ ...proposal, implementationStartDate: d }),
  },
  flag('report', ['report', '-', '--rulebook', 'kipp-2018', '--format', 'md'], '--as-of', proposal),
  flag(
    'report',
    ['report', '-', '--rulebook', 'kipp-2018', '--format', 'md'],
    '--registration-close',
    proposal,
  ),
  flag('report', ['report', '-', '--rulebook', 'iid-2026', '--format', 'md'], '--as-of', iidRegion),
  flag(
    'score',
    ['score', '-', '--rulebook', 'kota-metro-2027-judul', '--resamples', '0'],
    '--as-of',
    panel,
  ),
  flag('iid', ['iid', '-', '--rulebook', 'iid-2026'], '--as-of', iidRegion),
  ...['implementationDate', 'developmentDate'].map((field): CliCase => ({
    command: 'iid',
    field,
    argv: () => ['iid', '-', '--rulebook', 'iid-2026'],
    stdin: (d) => withInnovationDate(field, d),
  })),
  flag('iid predikat', ['iid', 'predikat', '62.5', '--rulebook', 'iid-2024'], '--as-of'),
  flag('incentive', ['incentive', '-', '--rulebook', 'did-2017'], '--as-of', incentiveRegion),
  flag(
    'incentive allocate',
    ['incentive', 'allocate', '-', '--rulebook', 'did-2022'],
    '--as-of',
    national.regions,
  ),
  flag('init', ['init', 'proposal', '--rulebook', 'kipp-2018'], '--as-of'),
  {
    command: 'rulebook replay',
    field: '--as-of',
    argv: (d, dir) => ['rulebook', 'replay', 'kipp-2018', 'kipp-2021', dir, '--as-of', d],
  },
  {
    command: 'rulebook init',
    field: '--from',
    argv: (d, dir) => [
      'rulebook',
      'init',
      '--extends',
      'kipp-2018',
      '--id',
      'test-2026',
      '--out',
      join(dir, 'out', `x${Math.random()}.yaml`),
      '--from',
      d,
    ],
  },
  {
    command: 'check --rulebook <custom file>',
    field: 'effective.from',
    argv: (d, dir) => {
      const file = join(dir, `overlay-${BAD_DATES.indexOf(d as never)}.json`);
      writeFileSync(file, JSON.stringify(overlay(d)));
      return ['check', '-', '--rulebook', file];
    },
    stdin: () => proposal,
  },
  {
    command: 'rulebook test',
    field: 'asOf',
    argv: (d, dir) => {
      const file = join(dir, `case-${BAD_DATES.indexOf(d as never)}.json`);
      writeFileSync(
        file,
        JSON.stringify({
          name: 'bad date',
          rulebook: 'kipp-2018',
          asOf: d,
          input: proposal,
          expected: { status: 'ready' },
        }),
      );
      return ['rulebook', 'test', file];
    },
  },
];

describe('a bad date is exit 2 naming the field, in every command that takes a date', () => {
  const dir = mkdtempSync(join(tmpdir(), 'inovasi-dates-'));
  writeFileSync(join(dir, 'a.json'), JSON.stringify(proposal));
  it.each(CLI_CASES.map((c) => [`${c.command} ${c.field}`, c] as const))('%s', async (_, c) => {
    const seen: unknown[] = [];
    for (const date of BAD_DATES) {
      const stdin = c.stdin?.(date);
      const io = createTestIo({
        cwd: dir,
        today: '2026-06-01',
        ...(stdin !== undefined ? { stdin: JSON.stringify(stdin) } : {}),
      });
      const code = await run([...c.argv(date, dir), '--lang', 'en'], io);
      seen.push({
        date,
        code,
        named: io.err().includes(c.field),
        trace: /\n\s+at /.test(io.err()),
      });
    }
    expect(seen).toEqual(BAD_DATES.map((date) => ({ date, code: 2, named: true, trace: false })));
  });
});
