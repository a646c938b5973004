import { describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { INLINE_BODY_CHARS, overCost, ROUTE_COSTS, runsInline } from './cost.js';

describe('the cost model', () => {
  it('refuses a body over a limit, naming the measure', () => {
    const over = overCost('POST /v1/readiness', {
      proposals: Array.from({ length: 2_001 }, () => ({})),
    });
    expect(over?.limit.measure).toBe('proposals');
    expect(over?.value).toBe(2_001);
    expect(overCost('POST /v1/readiness', { proposal: {} })).toBeUndefined();
  });

  it('a light request (small body, within every inline bound) runs on the event loop', () => {
    expect(runsInline('POST /v1/readiness', { proposal: {} }, 16_000)).toBe(true);
    const ten = { proposals: Array.from({ length: 10 }, () => ({})) };
    expect(runsInline('POST /v1/readiness', ten, 1_000)).toBe(true);
    // routes without a cost model are not offloaded at all; the text limit has no inline bound
    expect(runsInline('POST /v1/iid/predikat', { score: 50 }, 100)).toBe(true);
  });

  it('a heavier request does not: too many items, too much work or too large a body', () => {
    const many = { proposals: Array.from({ length: 11 }, () => ({})) };
    expect(runsInline('POST /v1/readiness', many, 1_000)).toBe(false);
    expect(runsInline('POST /v1/readiness', { proposal: {} }, INLINE_BODY_CHARS + 1)).toBe(false);
    const panel = {
      entries: Array.from({ length: 10 }, () => ({})),
      judges: Array.from({ length: 10 }, () => ({})),
    };
    // 10 × 10 × (200 + 1) resamples by default
    expect(runsInline('POST /v1/scoring', { panel }, 1_000)).toBe(false);
    expect(runsInline('POST /v1/scoring', { panel, resamples: 99 }, 1_000)).toBe(true);
  });

  it('every POST route has a cost model, so a heavy one runs off the event loop', async () => {
    // rulebook replay had none: 2,000 inputs ran on the event loop while /healthz waited
    const res = await createApp().request('/v1/openapi.json');
    const paths = ((await res.json()) as { paths: Record<string, Record<string, unknown>> }).paths;
    const posts = Object.entries(paths)
      .filter(([, operations]) => 'post' in operations)
      .map(([path]) => `POST ${path}`);
    expect(posts).toContain('POST /v1/rulebooks/replay');
    for (const operation of posts) expect(ROUTE_COSTS, operation).toHaveProperty([operation]);
    const inputs = (n: number) => ({ inputs: Array.from({ length: n }, () => ({ input: {} })) });
    expect(runsInline('POST /v1/rulebooks/replay', inputs(5), 1_000)).toBe(true);
    expect(runsInline('POST /v1/rulebooks/replay', inputs(6), 1_000)).toBe(false);
    expect(overCost('POST /v1/rulebooks/replay', inputs(2_001))?.value).toBe(2_001);
  });
});
