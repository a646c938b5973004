import { describe, expect, it } from 'vitest';
import { createEvaluation } from '../rulebook/index.js';
import { builtinRegistry } from '../registry/index.js';
import { CoreError } from '../shared/errors.js';
import { checkEligibility, createEligibilityChecker, incentiveScheme } from './eligibility.js';
import { incentiveRuleKinds } from './kinds.js';
import { flagGateKind } from './rules/gates.js';
import type { IncentiveRuleKind } from './types.js';

describe('incentive rule kinds as plug-ins', () => {
  const did2022 = builtinRegistry.resolve('did-2022');

  it('compile gate rules into a per-region check and scheme parts into nothing', () => {
    const evaluation = createEvaluation(did2022, '2022-01-01');
    for (const rule of did2022.rules) {
      const kind = incentiveRuleKinds.find((k) => k.kind === rule.kind);
      const compiled = kind?.compile({ evaluation, rule });
      expect(typeof compiled, rule.id).toBe(kind?.role === 'gate' ? 'function' : 'undefined');
    }
  });

  it('refuses an extra kind whose id a built-in kind has', () => {
    const twin: IncentiveRuleKind = { ...flagGateKind, title: { id: 'Kembar', en: 'Twin' } };
    expect(() => incentiveScheme(did2022, [twin])).toThrow(CoreError);
    expect(() => createEligibilityChecker(did2022, { asOf: '2022-01-01', kinds: [twin] })).toThrow(
      /registered twice/,
    );
  });

  it('gives through the compiled gates what each gate kind evaluates on its own', () => {
    const region = { id: '33.74', level: 'kota', apbdOnTime: false, eProcurementGrade: 'C' };
    const result = checkEligibility(region, did2022, { asOf: '2022-01-01' });
    const evaluation = createEvaluation(did2022, '2022-01-01');
    const scheme = incentiveScheme(did2022);
    const parsed = {
      id: '33.74',
      level: 'kota' as const,
      apbdOnTime: false,
      eProcurementGrade: 'C' as const,
    };
    expect(result.gates).toEqual(
      scheme.gates.map(({ rule, kind }) => kind.evaluate?.(parsed, { evaluation, rule }).outcome),
    );
  });
});
