/**
 * The CLI (`--format json`) and the HTTP API give the same answer for the same input and
 * rulebook: the same outcome, the same `asOf` and the same reason for it, for every engine (both
 * read the date under the core's one policy, or take the date given), the same allocation, and
 * the same replay for every engine.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCases } from '@inovasi/test-utils';
import { createApp } from '@inovasi/web';
import { describe, expect, it } from 'vitest';
import { run } from './main.js';
import { createTestIo } from './test-io.js';

interface Envelope {
  outcome: string;
  status: string;
  asOf: string;
  asOfReason: string;
  asOfText: { id: string; en: string };
  rulebook: { id: string };
}

function caseInput(domain: string, file: string): unknown {
  const found = loadCases<unknown>(domain).find((c) => c.file.endsWith(file));
  if (!found) throw new Error(`no case ${domain}/${file}`);
  return found.input;
}

const proposal = {
  title: 'Layanan Adminduk Keliling',
  agency: { name: 'Pemerintah Kota Cilegon', type: 'kota' },
  implementationStartDate: '2016-01-04',
};

/** One input per engine: the CLI command, the HTTP route and body (no asOf: the policy decides). */
const surfaces = [
  {
    engine: 'readiness',
    argv: ['check', '-', '--rulebook', 'kipp-2018'],
    stdin: proposal,
    path: '/v1/readiness',
    body: { rulebook: 'kipp-2018', proposal },
  },
  {
    engine: 'scoring',
    argv: ['score', '-', '--rulebook', 'kota-metro-2027-judul', '--resamples', '0'],
    stdin: (caseInput('scoring', '01-three-judges-mean.json') as { panel: unknown }).panel,
    path: '/v1/scoring',
    body: {
      rulebook: 'kota-metro-2027-judul',
      resamples: 0,
      panel: (caseInput('scoring', '01-three-judges-mean.json') as { panel: unknown }).panel,
    },
  },
  {
    engine: 'iid',
    argv: ['iid', '-', '--rulebook', 'iid-2026'],
    stdin: caseInput('iid', '03-boundary-65-01.json'),
    path: '/v1/iid',
    body: { rulebook: 'iid-2026', region: caseInput('iid', '03-boundary-65-01.json') },
  },
  {
    engine: 'iid predikat',
    argv: ['iid', 'predikat', '62.5', '--rulebook', 'iid-2024'],
    stdin: undefined,
    path: '/v1/iid/predikat',
    body: { rulebook: 'iid-2024', score: 62.5 },
  },
  {
    engine: 'incentive',
    argv: ['incentive', '-', '--rulebook', 'did-2017'],
    stdin: caseInput('incentive', '01-wdp-and-timely-apbd.json'),
    path: '/v1/incentive/eligibility',
    body: { rulebook: 'did-2017', region: caseInput('incentive', '01-wdp-and-timely-apbd.json') },
  },
] as const;

async function viaCli(argv: readonly string[], stdin: unknown, today: string): Promise<Envelope> {
  const io = createTestIo({
    today,
    ...(stdin !== undefined ? { stdin: JSON.stringify(stdin) } : {}),
  });
  await run([...argv, '--format', 'json'], io);
  expect(io.err()).toBe('');
  return JSON.parse(io.out()) as Envelope;
}

async function viaHttp(path: string, body: unknown, today: string): Promise<Envelope> {
  const app = createApp({ today: () => today });
  const res = await app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  const json = (await res.json()) as Envelope;
  expect(res.headers.get('x-outcome')).toBe(json.outcome);
  return json;
}

const pick = (e: Envelope) => ({
  outcome: e.outcome,
  status: e.status,
  asOf: e.asOf,
  asOfReason: e.asOfReason,
  asOfText: e.asOfText,
  rulebook: e.rulebook.id,
});

describe('the CLI and the HTTP API agree on the outcome, asOf and its reason', () => {
  // 2026-06-01 lies inside the iid-2026 window and outside every other edition used here.
  it.each(surfaces)('$engine', async (s) => {
    for (const today of ['2026-06-01', '2031-01-01']) {
      const cli = pick(await viaCli(s.argv, s.stdin, today));
      const http = pick(await viaHttp(s.path, s.body, today));
      expect(cli).toEqual(http);
      expect(cli.asOfReason).not.toBe('requested');
    }
  });

  it.each(surfaces)('$engine, at a date given (--as-of, asOf)', async (s) => {
    const asOf = '2026-06-01';
    const cli = pick(await viaCli([...s.argv, '--as-of', asOf], s.stdin, '2031-01-01'));
    const http = pick(await viaHttp(s.path, { ...s.body, asOf }, '2031-01-01'));
    expect(cli).toEqual(http);
    expect([cli.asOf, cli.asOfReason]).toEqual([asOf, 'requested']);
  });

  it('incentive allocation: the same whole result, today inside the edition and after it', async () => {
    const national = caseInput('incentive', '07-allocate-cluster-a.json') as {
      regions: unknown[];
      assumptions: unknown;
    };
    const dir = mkdtempSync(join(tmpdir(), 'inovasi-allocation-'));
    const assumptions = join(dir, 'assumptions.json');
    writeFileSync(assumptions, JSON.stringify(national.assumptions));
    const argv = ['incentive', 'allocate', '-', '--rulebook', 'did-2022'];
    for (const today of ['2022-03-01', '2026-06-01']) {
      const cli = await viaCli([...argv, '--assumptions', assumptions], national.regions, today);
      const http = await viaHttp(
        '/v1/incentive/allocation',
        { rulebook: 'did-2022', ...national },
        today,
      );
      expect(cli).toEqual(http);
      expect(cli.asOfReason).toBe(today === '2022-03-01' ? 'today' : 'edition-end');
    }
  });

  it('reads today inside the edition, and the reference date outside it', async () => {
    const inside = await viaCli(
      ['iid', '-', '--rulebook', 'iid-2026'],
      surfaces[2].stdin,
      '2026-06-01',
    );
    expect([inside.asOf, inside.asOfReason]).toEqual(['2026-06-01', 'today']);
    const after = await viaCli(['check', '-', '--rulebook', 'kipp-2018'], proposal, '2026-06-01');
    expect([after.asOf, after.asOfReason]).toEqual(['2018-03-31', 'registration-close']);
  });
});

describe('IID what-if and compare: composed once in the core, the same through both', () => {
  it('gives the same result, what-if, plan and comparison in either view', async () => {
    const region = caseInput('iid', '03-boundary-65-01.json');
    for (const view of ['claimed', 'verified'] as const) {
      const argv = ['iid', '-', '--rulebook', 'iid-2026', '--what-if', '--compare', 'iid-2027'];
      const cli = (await viaCli([...argv, '--view', view], region, '2026-06-01')) as unknown as {
        view: string;
        whatIf?: { plan: unknown };
        comparison?: { b: { rulebook: { id: string } } };
      };
      const body = { rulebook: 'iid-2026', region, whatIf: true, compareWith: 'iid-2027', view };
      const http = await viaHttp('/v1/iid', body, '2026-06-01');
      expect(cli.view).toBe(view);
      expect(cli.whatIf?.plan).toBeDefined();
      expect(cli.comparison?.b.rulebook.id).toBe('iid-2027');
      expect(cli).toEqual(http);
    }
  });
});

/** The first case of a rulebook without engine options: an input its engine runs. */
function firstInput(domain: string, rulebook: string): unknown {
  const found = loadCases<unknown>(domain, rulebook).find((c) => c.options === undefined);
  if (!found) throw new Error(`no plain case for ${rulebook}`);
  return found.input;
}

/** Two editions of each engine, and one input (readiness has its own test below). */
const REPLAYS = [
  { engine: 'iid', from: 'iid-2026', to: 'iid-2027', input: firstInput('iid', 'iid-2026') },
  {
    engine: 'incentive',
    from: 'did-2017',
    to: 'did-2018',
    input: firstInput('incentive', 'did-2017'),
  },
  {
    engine: 'scoring',
    from: 'kipp-2023-penilaian',
    to: 'kipp-2025-penilaian',
    input: (firstInput('scoring', 'kipp-2025-penilaian') as { panel: unknown }).panel,
  },
] as const;

describe('rulebook replay: the same report through the CLI and the API', () => {
  it.each(REPLAYS)('$engine: $from → $to', async (r) => {
    const dir = mkdtempSync(join(tmpdir(), 'inovasi-replay-'));
    writeFileSync(join(dir, 'a.json'), JSON.stringify(r.input));
    const io = createTestIo({ cwd: dir, today: '2026-06-01' });
    const code = await run(['rulebook', 'replay', r.from, r.to, dir, '--format', 'json'], io);
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    const cli = JSON.parse(io.out()) as { engine: string; rows: { input: string }[] };
    // the CLI names an input by its file (and its own name when it has one); the API as sent
    const inputs = cli.rows.map((row) => ({ name: row.input, input: r.input }));
    const app = createApp({ today: () => '2026-06-01' });
    const res = await app.request('/v1/rulebooks/replay', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from: r.from, to: r.to, inputs }),
    });
    expect(res.status).toBe(200);
    expect(cli.engine).toBe(r.engine);
    expect(cli.rows).toHaveLength(1);
    expect(cli).toEqual(await res.json());
  });

  it('says who gains and who loses, with the same rows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inovasi-replay-'));
    const young = { ...proposal, title: 'Muda', implementationStartDate: '2017-06-01' };
    writeFileSync(join(dir, 'a-old.json'), JSON.stringify(proposal));
    writeFileSync(join(dir, 'b-young.json'), JSON.stringify(young));
    const io = createTestIo({ cwd: dir, today: '2026-06-01' });
    const code = await run(
      ['rulebook', 'replay', 'kipp-2018', 'kipp-2021', dir, '--format', 'json'],
      io,
    );
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    const cli = JSON.parse(io.out()) as {
      rows: { change: string; before: { status: string }; after: { status: string } }[];
      before: { asOf: string; asOfReason: string };
      after: { asOf: string; asOfReason: string };
    };
    const app = createApp({ today: () => '2026-06-01' });
    const res = await app.request('/v1/rulebooks/replay', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        from: 'kipp-2018',
        to: 'kipp-2021',
        inputs: [
          { name: 'a', input: proposal },
          { name: 'b', input: young },
        ],
      }),
    });
    expect(res.status).toBe(200);
    const http = (await res.json()) as typeof cli;
    const rows = (r: typeof cli) => r.rows.map((x) => [x.change, x.before.status, x.after.status]);
    expect(rows(cli)).toEqual(rows(http));
    expect([cli.before, cli.after]).toEqual([
      expect.objectContaining({ asOf: http.before.asOf, asOfReason: http.before.asOfReason }),
      expect.objectContaining({ asOf: http.after.asOf, asOfReason: http.after.asOfReason }),
    ]);
    expect(rows(cli).length).toBe(2);
  });
});
