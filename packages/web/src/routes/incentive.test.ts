import type { AllocationResult, EligibilityResult } from '@inovasi/core/incentive';
import {
  expectIncentiveCase,
  isAllocationCase,
  loadCases,
  type IncentiveExpectation,
} from '@inovasi/test-utils';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';

const app = createApp({ today: () => '2026-11-29' });
const cases = loadCases<IncentiveExpectation>('incentive');

function post(
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return Promise.resolve(
    app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    }),
  );
}

describe('shared incentive cases through the HTTP API', () => {
  it.each(cases.filter((c) => !isAllocationCase(c)))('$name', async (c) => {
    const res = await post('/v1/incentive/eligibility', {
      rulebook: c.rulebook,
      asOf: c.asOf,
      region: c.input,
    });
    expect(res.status).toBe(200);
    const result = (await res.json()) as EligibilityResult;
    expectIncentiveCase(c, result);
  });

  it.each(cases.filter(isAllocationCase))('$name', async (c) => {
    const res = await post('/v1/incentive/allocation', {
      rulebook: c.rulebook,
      asOf: c.asOf,
      ...(c.input as object),
    });
    expect(res.status).toBe(200);
    expectIncentiveCase(c, (await res.json()) as AllocationResult);
  });
});

describe('incentive routes', () => {
  it('reads a past edition at its last day by default', async () => {
    const res = await post('/v1/incentive/eligibility', {
      rulebook: 'did-2017',
      region: { id: '1', level: 'kota' },
    });
    expect(((await res.json()) as EligibilityResult).asOf).toBe('2017-12-31');
  });

  it('422 problem+json naming every bad field; 404 for an unknown rulebook', async () => {
    const bad = await post(
      '/v1/incentive/eligibility',
      { rulebook: 'did-2022', region: { id: '1', level: 'desa', apbdOnTime: 'ya' } },
      { 'accept-language': 'en' },
    );
    expect(bad.status).toBe(422);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await bad.json()) as { code: string; errors: { path: string }[] };
    expect(problem.code).toBe('INPUT_INVALID');
    // the paths the user sent: inside `region`
    expect(problem.errors.map((e) => e.path).sort()).toEqual(['region.apbdOnTime', 'region.level']);
    const missing = await post('/v1/incentive/allocation', { rulebook: 'did-1999', regions: [] });
    expect(missing.status).toBe(404);
    const wrong = await post('/v1/incentive/allocation', { rulebook: 'did-2022', regions: 'all' });
    expect(wrong.status).toBe(422);
  });
});
