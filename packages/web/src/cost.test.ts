import { describe, expect, it } from 'vitest';
import { INLINE_BODY_CHARS, overCost, runsInline } from './cost.js';

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
});
