import {
  expectIidCase,
  expectPredikatCase,
  loadCases,
  type IidExpectation,
} from '@inovasi/test-utils';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';

const app = createApp({ today: () => '2026-11-28' });

function post(
  body: unknown,
  headers: Record<string, string> = {},
  path = '/v1/iid',
): Promise<Response> {
  return Promise.resolve(
    app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    }),
  );
}

describe('shared IID cases through the HTTP API', () => {
  it.each(loadCases<IidExpectation>('iid'))('$name', async (c) => {
    if (c.options?.mode === 'predikat') {
      const { score } = c.input as { score: number };
      const res = await post({ score, rulebook: c.rulebook, asOf: c.asOf }, {}, '/v1/iid/predikat');
      expect(res.status).toBe(200);
      expectPredikatCase(await res.json(), c.expected);
      return;
    }
    const res = await post({
      rulebook: c.rulebook,
      asOf: c.asOf,
      view: c.options?.view,
      region: c.input,
    });
    expect(res.status).toBe(200);
    expectIidCase(await res.json(), c.expected);
  });
});

describe('POST /v1/iid', () => {
  const region = {
    region: { name: 'Kota Contoh' },
    // Mandatory rows are empty: their consequence is unpublished, so label a choice.
    assumptions: { mandatoryEmpty: 'row-scores-zero', chosenBy: 'HTTP test' },
    spd: { 'SPD-01': 3 },
    innovations: [
      {
        id: 'a',
        name: 'Inovasi A',
        urusan: 'kesehatan',
        implementationDate: '2025-01-01',
        rancangBangunWords: 300,
        answers: { 'SID-16': 3 },
      },
    ],
  };

  it('adds the what-if, the plan and a comparison on request', async () => {
    const res = await post({ rulebook: 'iid-2026', region, whatIf: true, compareWith: 'iid-2027' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      whatIf: { plan: { reached: boolean; target: { predikat: string } } };
      comparison: { constants: { slot: string }[] };
    };
    expect(body.whatIf.plan).toMatchObject({ reached: true, target: { predikat: 'inovatif' } });
    expect(body.comparison.constants.map((k) => k.slot)).toContain('divisorMinimum');
  });

  it('answers a malformed region with 422 problem+json naming each field', async () => {
    const res = await post(
      { rulebook: 'iid-2026', region: { region: {}, innovations: [{ id: 3 }] } },
      { 'accept-language': 'en' },
    );
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await res.json()) as { errors: { path: string }[]; title: string };
    expect(problem.title).toBe('Invalid input');
    expect(problem.errors.map((e) => e.path)).toEqual(
      // the paths the user sent: inside `region`
      expect.arrayContaining([
        'region.region.name',
        'region.innovations[0].id',
        'region.innovations[0].name',
      ]),
    );
  });

  it('a date that does not exist is a 422 naming asOf, on every IID route (never a 500)', async () => {
    for (const [path, body, query] of [
      ['/v1/iid', { rulebook: 'iid-2026', region }, '2026-13-45'],
      ['/v1/iid/predikat', { rulebook: 'iid-2026', score: 50 }, '2026-02-30'],
    ] as const) {
      const res = await post(body, {}, `${path}?asOf=${query}`);
      expect(res.status).toBe(422);
      const problem = (await res.json()) as { errors: { path: string }[] };
      expect(problem.errors.map((e) => e.path)).toEqual(['asOf']);
    }
  });

  it('404 for an unknown rulebook, 422 for a rulebook of another engine or a bad score', async () => {
    expect((await post({ rulebook: 'iid-1999', region })).status).toBe(404);
    expect((await post({ rulebook: 'kipp-2018', region })).status).toBe(422);
    const predikat = (score: unknown) =>
      post({ score, rulebook: 'iid-2026' }, {}, '/v1/iid/predikat');
    expect((await predikat('abc')).status).toBe(422);
    expect((await predikat(101)).status).toBe(422);
  });
});
