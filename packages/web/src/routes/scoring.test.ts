import type { ScoringResult } from '@inovasi/core/scoring';
import {
  loadCases,
  summariseScoring,
  type ScoringCaseInput,
  type ScoringExpectation,
} from '@inovasi/test-utils';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';

const app = createApp({ today: () => '2027-03-01' });

function post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(
    app.request('/v1/scoring', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    }),
  );
}

describe('shared scoring cases through the HTTP API', () => {
  it.each(loadCases<ScoringExpectation>('scoring'))('$name', async (c) => {
    const input = c.input as ScoringCaseInput;
    const res = await post({
      rulebook: input.overlay ?? c.rulebook,
      asOf: c.asOf,
      ...(c.options?.resamples !== undefined ? { resamples: Number(c.options.resamples) } : {}),
      panel: input.panel,
    });
    if (c.expected.status === 'invalid') {
      expect(res.status).toBe(422);
      const problem = (await res.json()) as { errors: { path: string }[] };
      // the paths the user sent: inside `panel`
      expect(problem.errors.map((e) => e.path)).toEqual(
        c.expected.issues?.map((path) => `panel.${path}`),
      );
      return;
    }
    expect(res.status).toBe(200);
    const result = (await res.json()) as ScoringResult;
    expect(summariseScoring(result, c.expected)).toEqual(c.expected);
  });
});

describe('POST /v1/scoring', () => {
  const panel = {
    entries: [{ id: 'E1' }],
    judges: [{ id: 'J1' }],
    sheets: [
      {
        judge: 'J1',
        entry: 'E1',
        scores: {
          kebaruan: 2,
          relevansi: 2,
          kelayakan: 2,
          keberlanjutan: 2,
          kolaborasi: 2,
          dokumentasi: 2,
        },
      },
    ],
  };

  it('defaults asOf to today and answers the transparency report as Markdown on request', async () => {
    const json = (await (
      await post({ rulebook: 'kota-metro-2027-judul', panel })
    ).json()) as ScoringResult;
    expect(json.asOf).toBe('2027-03-01');
    expect(json.stages[0]?.entries[0]?.score).toBe(42);
    const res = await post(
      { rulebook: 'kota-metro-2027-judul', panel },
      { accept: 'text/markdown', 'accept-language': 'en' },
    );
    expect(res.headers.get('content-type')).toContain('text/markdown');
    expect(await res.text()).toContain('# Scoring report: Kota Metro Innovation Contest 2027');
  });

  it('answers a malformed request with 422 problem+json naming each field', async () => {
    const res = await post({
      rulebook: 'kota-metro-2027-judul',
      asOf: '2027-02-30',
      panel: { entries: [] },
    });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await res.json()) as { errors: { path: string }[] };
    expect(problem.errors.map((e) => e.path)).toEqual(['asOf']);
    const empty = await post({
      rulebook: 'kota-metro-2027-judul',
      panel: { entries: [], judges: [], sheets: [] },
    });
    expect(
      ((await empty.json()) as { errors: { path: string }[] }).errors.map((e) => e.path),
    ).toEqual(['panel.entries', 'panel.judges']);
  });

  it('refuses a readiness rulebook with 422', async () => {
    const res = await post({ rulebook: 'kipp-2018', panel });
    expect(res.status).toBe(422);
  });
});
