import type { ReadinessBatchResult, ReadinessResult } from '@inovasi/core/readiness';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import type { CompactFinding, CompactRule } from './compact.js';

const app = createApp({ today: () => '2026-11-28' });

function post(query: string, body: unknown): Promise<Response> {
  return Promise.resolve(
    app.request(`/v1/readiness${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
}

const young = {
  title: 'Layanan Adminduk Keliling',
  group: 'umum',
  agency: { name: 'Pemerintah Kota Cilegon', type: 'kota' },
  implementationStartDate: '2020-06-01',
  sections: { ringkasan: 'pelayanan publik '.repeat(30) },
};
const old = { ...young, title: 'Si Dukung', implementationStartDate: '2015-01-10' };
const request = { rulebook: 'kipp-2021', asOf: '2021-03-01', registrationCloseDate: '2021-04-30' };

interface Compact {
  kind: string;
  view: string;
  rulebook: string;
  status: string;
  findings: CompactFinding[];
  summary: unknown;
  rules: Record<string, CompactRule>;
  items?: { index: number; status: string; findings: CompactFinding[] }[];
}

describe('POST /v1/readiness?view=compact', () => {
  it('gives the same status, summary and finding codes as the full view, without the repeated texts', async () => {
    const full = (await (
      await post('', { ...request, proposal: young })
    ).json()) as ReadinessResult;
    const res = await post('?view=compact&lang=en', { ...request, proposal: young });
    expect(res.status).toBe(200);
    const compact = (await res.json()) as Compact;
    expect(compact).toMatchObject({ kind: 'readiness', view: 'compact', rulebook: 'kipp-2021' });
    expect(compact.status).toBe(full.status);
    expect(compact.summary).toEqual(full.summary);
    expect(compact.findings.map((f) => [f.code, f.severity, f.path, f.rule])).toEqual(
      full.findings.map((f) => [f.code, f.severity, f.path, f.rule.id]),
    );
    const age = compact.findings.find((f) => f.code === 'KIPP.AGE.MIN');
    const fullAge = full.findings.find((f) => f.code === 'KIPP.AGE.MIN');
    expect(age?.message).toBe(fullAge?.message.en);
    expect(age?.observed).toEqual(fullAge?.observed);
    // each rule named by a finding, once, with its title and source
    expect(Object.keys(compact.rules).sort()).toEqual(
      [...new Set(full.findings.map((f) => f.rule.id))].sort(),
    );
    expect(compact.rules['KIPP.AGE.MIN']?.source).toEqual(fullAge?.rule.source);
    expect(compact.rules['KIPP.AGE.MIN']?.title).toBe('Minimum implementation age');
    expect(JSON.stringify(compact)).not.toContain('"basis"');
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(full).length / 3);
  });

  it('speaks Bahasa Indonesia by default', async () => {
    const compact = (await (
      await post('?view=compact', { ...request, proposal: young })
    ).json()) as Compact;
    expect(compact.findings.find((f) => f.code === 'KIPP.AGE.MIN')?.message).toMatch(
      /Usia implementasi/,
    );
  });

  it('answers a batch with one status and finding list per proposal', async () => {
    const body = { ...request, proposals: [young, old, { title: 42 }] };
    const full = (await (await post('', body)).json()) as ReadinessBatchResult;
    const compact = (await (await post('?view=compact', body)).json()) as Compact;
    expect(compact.kind).toBe('readiness-batch');
    expect(compact.summary).toEqual(full.summary);
    expect(compact.items?.map((i) => i.status)).toEqual(
      full.items.map((i) => ('result' in i ? i.result.status : undefined)),
    );
    expect(compact.items?.[2]).toMatchObject({ index: 2, error: { code: 'INPUT_INVALID' } });
    expect(compact.items?.[0]?.findings.map((f) => f.code)).toContain('KIPP.AGE.MIN');
    expect(compact.items?.[1]?.findings.map((f) => f.code)).not.toContain('KIPP.AGE.MIN');
  });

  it('refuses an unknown view with 422 INPUT_INVALID, naming the parameter', async () => {
    const res = await post('?view=short', { ...request, proposal: young });
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { code: string; errors: { path: string }[] };
    expect(problem.code).toBe('INPUT_INVALID');
    expect(problem.errors[0]?.path).toBe('view');
  });

  it('keeps view=full the same as no view', async () => {
    const a = await (await post('', { ...request, proposal: young })).text();
    const b = await (await post('?view=full', { ...request, proposal: young })).text();
    expect(b).toBe(a);
  });
});
