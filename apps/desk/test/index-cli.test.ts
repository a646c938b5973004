/**
 * The desk's index results equal the CLI's on the same data: the desk exports its IID and
 * incentive data in the formats `inovasi iid` and `inovasi incentive` read (the `region` of each
 * JSON export), the CLI runs the core on them, and every number the desk pages show — the IID,
 * the predikat, each view, each row's score, each gate's outcome — is the CLI's.
 */
import { run } from '@inovasi/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness } from './harness.js';

type Json = Record<string, unknown>;

async function cli(args: string[], stdin: unknown): Promise<{ code: number; out: Json }> {
  let out = '';
  let err = '';
  const code = await run(args, {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    readStdin: () => Promise.resolve(JSON.stringify(stdin)),
    cwd: process.cwd(),
    env: {},
    stdoutIsTTY: false,
    today: () => '2026-12-07',
  });
  if (out === '') throw new Error(`inovasi ${args.join(' ')}: ${err}`);
  return { code, out: JSON.parse(out) as Json };
}

describe('the desk and the CLI agree', () => {
  let h: Awaited<ReturnType<typeof createHarness>>;
  let admin: { cookie: string; csrf: string };
  beforeAll(async () => {
    h = await createHarness();
    admin = await h.session('bappeda');
  });
  afterAll(async () => {
    await h.close();
  });
  const get = async (path: string) => {
    const res = await h.app.request(path, { headers: { cookie: admin.cookie } });
    expect(res.status, path).toBe(200);
    return res;
  };

  it.each(['claimed', 'verified'] as const)('on the IID, %s view', async (view) => {
    const exported = (await (
      await get(`/iid/export.json?edition=iid-2026&view=${view}`)
    ).json()) as {
      asOf: string;
      iid: number;
      predikat: string;
      views: { claimed: { iid: number }; verified: { iid: number } };
      region: unknown;
      rows: { subject: string; row: string; score: number; level: number }[];
    };
    const { code, out } = await cli(
      [
        'iid',
        '-',
        '--rulebook',
        'iid-2026',
        '--as-of',
        exported.asOf,
        '--view',
        view,
        '--format',
        'json',
      ],
      exported.region,
    );
    expect(code).toBe(0);
    const result = out as unknown as {
      iid: number;
      predikat: { predikat: string };
      views: { claimed: { iid: number }; verified: { iid: number } };
      spdRows: { row: string; score: number }[];
      innovations: { id: string; rows: { row: string; score: number }[] }[];
    };
    expect(result.iid).toBe(exported.iid);
    expect(result.predikat.predikat).toBe(exported.predikat);
    expect(result.views.claimed.iid).toBe(exported.views.claimed.iid);
    expect(result.views.verified.iid).toBe(exported.views.verified.iid);
    const cliRows = [
      ...result.spdRows.map((r) => ['spd', r.row, r.score] as const),
      ...result.innovations.flatMap((i) => i.rows.map((r) => [i.id, r.row, r.score] as const)),
    ];
    expect(exported.rows.map((r) => [r.subject, r.row, r.score])).toEqual(cliRows);
    // and the page shows the same number
    const page = await (await get(`/iid?edition=iid-2026&view=${view}`)).text();
    const shown = /id="iid-value">([^<]+)</.exec(page)?.[1] ?? '';
    expect(Number(shown.replace(/\./g, '').replace(',', '.'))).toBe(result.iid);
    expect(view === 'claimed' ? result.views.claimed.iid : result.views.verified.iid).not.toBe(
      view === 'claimed' ? result.views.verified.iid : result.views.claimed.iid,
    );
  });

  it.each(['did-2022', 'insentif-fiskal-2025', 'insentif-fiskal-2026'])(
    'on the incentive outlook, %s',
    async (edition) => {
      const exported = (await (await get(`/incentive/export.json?edition=${edition}`)).json()) as {
        asOf: string;
        status: string;
        region: unknown;
        gates: { rule: string; outcome: string }[];
        missing: { rule: string }[];
      };
      const { code, out } = await cli(
        ['incentive', '-', '--rulebook', edition, '--as-of', exported.asOf, '--format', 'json'],
        exported.region,
      );
      const result = out as unknown as {
        status: string;
        gates: { rule: { id: string }; outcome: string }[];
        missing: { rule: string }[];
      };
      expect(code).toBe(
        result.status === 'eligible' ? 0 : result.status === 'indeterminate' ? 3 : 1,
      );
      expect(result.status).toBe(exported.status);
      expect(result.gates.map((g) => [g.rule.id, g.outcome])).toEqual(
        exported.gates.map((g) => [g.rule, g.outcome]),
      );
      expect(result.missing.map((m) => m.rule)).toEqual(exported.missing.map((m) => m.rule));
      const page = await (await get(`/incentive?edition=${edition}`)).text();
      expect(page).toContain(`data-status="${result.status}"`);
    },
  );
});
