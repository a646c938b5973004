import type { Finding } from '@inovasi/core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { sampleOverlay, sampleOverlayTwoYears } from '../examples.js';

const app = createApp();

const overlay = sampleOverlay;

async function validate(body: unknown): Promise<{ valid: boolean; findings: Finding[] }> {
  const res = await app.request('/v1/rulebooks/validate', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as { valid: boolean; findings: Finding[] };
}

describe('POST /v1/rulebooks/validate', () => {
  it('accepts a valid overlay', async () => {
    expect(await validate(overlay)).toEqual({ valid: true, findings: [] });
  });

  it('lists every problem with its path, without stopping at the first', async () => {
    const report = await validate({
      ...overlay,
      extends: 'kipp-1999',
      effective: { from: '2026-12-31', to: '2026-01-01' },
    });
    expect(report.valid).toBe(false);
    expect(report.findings.map((f) => f.path)).toEqual(expect.arrayContaining(['effective']));
    expect(report.findings.length).toBeGreaterThanOrEqual(2);
  });

  it('reports a schema problem as a finding with the field path', async () => {
    const report = await validate({ ...overlay, domain: 'lottery' });
    expect(report.valid).toBe(false);
    expect(report.findings[0]).toMatchObject({ code: 'RULEBOOK.SCHEMA', path: 'domain' });
  });
});

describe('GET /v1/rulebooks', () => {
  it('filters by domain, and names a wrong one', async () => {
    const list = (await (await app.request('/v1/rulebooks?domain=readiness')).json()) as {
      domain: string;
    }[];
    expect(list.length).toBeGreaterThan(0);
    expect(new Set(list.map((b) => b.domain))).toEqual(new Set(['readiness']));
    const wrong = await app.request('/v1/rulebooks?domain=lottery');
    expect(wrong.status).toBe(422);
    expect(((await wrong.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe('domain');
  });

  it('answers an unknown rulebook with a 404 problem in the requested language', async () => {
    const res = await app.request('/v1/rulebooks/kipp-1999', {
      headers: { 'accept-language': 'en' },
    });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({
      code: 'RULEBOOK_NOT_FOUND',
      title: 'Rulebook not found',
    });
  });
});

describe('POST /v1/rulebooks/diff', () => {
  async function diff(body: unknown): Promise<Response> {
    return app.request('/v1/rulebooks/diff', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify(body),
    });
  }

  it('compares a built-in edition with a custom overlay, both ways', async () => {
    const overlay = sampleOverlayTwoYears;
    const forward = (await (await diff({ from: 'kipp-2018', to: overlay })).json()) as {
      identical: boolean;
      parameters: { id: string; change: string }[];
      to: { id: string };
    };
    expect(forward.identical).toBe(false);
    expect(forward.to.id).toBe('kota-contoh-2026');
    expect(forward.parameters).toEqual([
      expect.objectContaining({ id: 'kipp.implementation-age.minimum', change: 'changed' }),
    ]);
    const same = (await (await diff({ from: 'kipp-2018', to: 'kipp-2018' })).json()) as {
      identical: boolean;
    };
    expect(same.identical).toBe(true);
  });

  it('404 for an unknown rulebook, 422 naming a missing side', async () => {
    expect((await diff({ from: 'kipp-2018', to: 'kipp-1999' })).status).toBe(404);
    const missing = await diff({ from: 'kipp-2018' });
    expect(missing.status).toBe(422);
    expect(((await missing.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe('to');
  });
});

describe('POST /v1/rulebooks/replay', () => {
  const replay = (body: unknown, query = ''): Promise<Response> =>
    Promise.resolve(
      app.request(`/v1/rulebooks/replay${query}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    );
  const old = { title: 'Lama', implementationStartDate: '2016-01-04' };
  const young = { title: 'Muda', implementationStartDate: '2017-12-01' };

  it('runs the same inputs under two rulebooks and says who gains and who loses', async () => {
    const res = await replay({
      from: 'kipp-2018',
      to: 'kipp-2018',
      asOf: '2018-03-01',
      inputs: [{ name: 'old', input: old }, { input: young }, { input: { title: 3 } }],
    });
    expect(res.status).toBe(200);
    const report = (await res.json()) as {
      kind: string;
      rows: { input: string; change: string; errors?: { side: string; issues: unknown[] }[] }[];
      counts: Record<string, number>;
      before: { asOf: string; asOfReason: string };
    };
    expect(report.kind).toBe('replay');
    expect(report.before).toMatchObject({ asOf: '2018-03-01', asOfReason: 'requested' });
    expect(report.rows.map((r) => [r.input, r.change])).toEqual([
      ['old', 'unchanged'],
      ['#2', 'unchanged'],
      ['#3', 'not-run'],
    ]);
    expect(report.rows[2]?.errors?.map((e) => e.side)).toEqual(['before', 'after']);
    expect(report.counts).toMatchObject({ unchanged: 2, 'not-run': 1 });
  });

  it('the diff of each row names what the city overlay adds (two years of implementation)', async () => {
    const res = await replay(
      {
        from: 'kipp-2018',
        to: sampleOverlayTwoYears,
        inputs: [{ name: 'young', input: { ...young, implementationStartDate: '2016-06-01' } }],
      },
      '?asOf=2026-06-01',
    );
    const report = (await res.json()) as { rows: { diff: { added: string[] } }[] };
    expect(res.status).toBe(200);
    expect(report.rows[0]?.diff.added).toContain('KIPP.AGE.MIN implementationStartDate');
  });

  it('422 naming the field: two engines, a date that does not exist, no inputs', async () => {
    const paths = async (res: Response) => {
      expect(res.status).toBe(422);
      return ((await res.json()) as { errors: { path: string }[] }).errors.map((e) => e.path);
    };
    expect(
      await paths(await replay({ from: 'kipp-2018', to: 'iid-2026', inputs: [{ input: {} }] })),
    ).toEqual(['to']);
    expect(
      await paths(
        await replay({
          from: 'kipp-2018',
          to: 'kipp-2018',
          asOf: '2018-02-30',
          inputs: [{ input: {} }],
        }),
      ),
    ).toEqual(['asOf']);
    expect(
      await paths(
        await replay(
          { from: 'kipp-2018', to: 'kipp-2018', inputs: [{ input: {} }] },
          '?asOf=2018-13-01',
        ),
      ),
    ).toEqual(['asOf']);
    expect(await paths(await replay({ from: 'kipp-2018', to: 'kipp-2018', inputs: [] }))).toEqual([
      'inputs',
    ]);
  });
});
