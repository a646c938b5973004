import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../shared/i18n.js';
import { incentiveMessages as m } from './messages.js';

describe('score messages', () => {
  const label = { id: 'Nilai kesehatan', en: 'Health score' };

  it('write each threshold as formatNumber does, however often and in whatever order it comes', () => {
    const number = fc.oneof(fc.constantFrom(0, -0, 76, 76.5, 1e21, 1234567.891), fc.double());
    fc.assert(
      fc.property(fc.array(fc.tuple(number, number), { maxLength: 20 }), (pairs) => {
        for (const [minimum, observed] of pairs) {
          const lt = (lang: 'id' | 'en') => formatNumber(minimum, lang);
          const pass = m['INCENTIVE.GATE.SCORE.PASS']({ label, observed, minimum });
          expect(pass.id).toBe(
            `Nilai kesehatan ${formatNumber(observed, 'id')} memenuhi minimal ${lt('id')}.`,
          );
          expect(pass.en).toBe(
            `Health score ${formatNumber(observed, 'en')} meets the minimum of ${lt('en')}.`,
          );
          expect(m['INCENTIVE.GATE.SCORE']({ label, observed, minimum }).en).toContain(
            `at least ${lt('en')} required`,
          );
          expect(m['INCENTIVE.GATE.SCORE.FIX']({ label, observed, minimum }).id).toContain(
            `paling sedikit ${lt('id')} (kurang`,
          );
        }
      }),
      { numRuns: 200 },
    );
  });
});
