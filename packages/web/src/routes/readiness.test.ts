import type { ReadinessBatchResult, ReadinessResult } from '@inovasi/core/readiness';
import {
  expectReadinessCase,
  isBatchInput,
  loadCases,
  type ReadinessExpectation,
} from '@inovasi/test-utils';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { sampleOverlayTwoYears } from '../examples.js';

const app = createApp({ today: () => '2026-11-28' });

function post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(
    app.request('/v1/readiness', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    }),
  );
}

describe('shared readiness cases through the HTTP API', () => {
  it.each(loadCases<ReadinessExpectation>('readiness'))('$name', async (c) => {
    const body = isBatchInput(c.input)
      ? { rulebook: c.rulebook, asOf: c.asOf, ...c.options, proposals: c.input.proposals }
      : { rulebook: c.rulebook, asOf: c.asOf, ...c.options, proposal: c.input };
    const res = await post(body);
    if (c.expected.error !== undefined) {
      expect(res.status).toBe(422);
      expect(((await res.json()) as { code: string }).code).toBe(c.expected.error);
      return;
    }
    expect(res.status).toBe(200);
    expectReadinessCase(c, (await res.json()) as ReadinessResult | ReadinessBatchResult);
  });
});

describe('POST /v1/readiness', () => {
  it('reads at today inside the window, else at the registration close, or at ?asOf=', async () => {
    const past = (await (
      await post({ rulebook: 'kipp-2018', proposal: { implementationStartDate: '2016-01-01' } })
    ).json()) as ReadinessResult;
    // today (2026-11-28) is outside the 2018 edition: its registration close, and why
    expect([past.asOf, past.asOfReason]).toEqual(['2018-03-31', 'registration-close']);
    expect(past.findings.map((f) => f.code)).not.toContain('RULEBOOK.PARAMETER.STALE');
    const res = await app.request('/v1/readiness?asOf=2018-03-01', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        rulebook: 'kipp-2018',
        proposal: { implementationStartDate: '2016-01-01' },
      }),
    });
    const asked = (await res.json()) as ReadinessResult;
    expect([asked.asOf, asked.asOfReason]).toEqual(['2018-03-01', 'requested']);
    expect(res.headers.get('x-outcome')).toBe(asked.outcome);
    const bad = await app.request('/v1/readiness?asOf=2018-02-30', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rulebook: 'kipp-2018', proposal: {} }),
    });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { errors: { path: string }[] }).errors).toEqual([
      expect.objectContaining({ path: 'asOf' }),
    ]);
  });

  it('answers malformed proposals with 422 problem+json naming each field, in the requested language', async () => {
    const res = await post(
      { rulebook: 'kipp-2018', proposal: { implementationStartDate: '2021-02-30', group: 'vip' } },
      { 'accept-language': 'en-US,en;q=0.9' },
    );
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await res.json()) as {
      title: string;
      errors: { path: string }[];
      requestId: string;
    };
    expect(problem.title).toBe('Invalid input');
    // the paths the user sent: inside `proposal`
    expect(problem.errors.map((e) => e.path).sort()).toEqual([
      'proposal.group',
      'proposal.implementationStartDate',
    ]);
    expect(problem.requestId).toBe(res.headers.get('x-request-id'));
    const id = await post({ rulebook: 'kipp-2018', proposal: 'x' });
    expect(((await id.json()) as { title: string }).title).toBe('Masukan tidak sah');
  });

  it('404 for an unknown rulebook, 415 for a wrong content type, 400 for broken JSON', async () => {
    expect((await post({ rulebook: 'kipp-1999', proposal: {} })).status).toBe(404);
    const text = await app.request('/v1/readiness', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(text.status).toBe(415);
    const broken = await app.request('/v1/readiness', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"rulebook":',
    });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { code: string }).code).toBe('BAD_JSON');
  });

  it('accepts a custom rulebook in the request', async () => {
    const overlay = sampleOverlayTwoYears;
    const res = await post({
      rulebook: overlay,
      asOf: '2026-03-01',
      registrationCloseDate: '2026-06-30',
      proposal: { implementationStartDate: '2025-01-01' },
    });
    expect(res.status).toBe(200);
    const result = (await res.json()) as ReadinessResult;
    expect(result.status).toBe('not-ready');
    const age = result.findings.find((f) => f.code === 'KIPP.AGE.MIN');
    expect(age?.basis?.[0]?.rulebook).toBe('kota-contoh-2026');
    const invalid = await post({
      rulebook: { ...overlay, disable: { rules: ['NOPE'] } },
      proposal: {},
    });
    expect(invalid.status).toBe(422);
    expect(((await invalid.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe(
      'rulebook.disable.rules[0]',
    );
  });
});
