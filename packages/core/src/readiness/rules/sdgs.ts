/**
 * SDG linkage (`../shared/domain/kipp.md` §2.9): from 2018 the innovation must serve at least one
 * of the 17 Sustainable Development Goals (Tujuan Pembangunan Berkelanjutan, TPB).
 *
 * @module
 */
import * as z from 'zod/mini';
import { withMeta } from '../../shared/zod.js';
import { readinessMessages as m } from '../messages.js';
import type { ReadinessRuleKind, RuleEvaluation } from '../types.js';
import { readSlot, ruleTools } from './common.js';

/** The least number of SDGs a proposal names. */
export const SdgMinimumSchema = withMeta(z.int().check(z.minimum(0), z.maximum(17)), {
  id: 'SdgMinimum',
});

/** Rule kind `readiness.sdgs`. */
export const sdgsKind: ReadinessRuleKind = {
  kind: 'readiness.sdgs',
  domain: 'readiness',
  title: { id: 'Keterkaitan dengan TPB/SDGs', en: 'Link to the SDGs' },
  slots: {
    minimum: {
      schema: SdgMinimumSchema,
      required: true,
      description: { id: 'Jumlah TPB minimal', en: 'Least number of SDGs' },
    },
  },
  compile({ evaluation, rule }) {
    const t = ruleTools(rule);
    const read = readSlot(evaluation, rule, 'minimum', SdgMinimumSchema);
    if (read.status !== 'known') {
      const unknown =
        read.status === 'unknown'
          ? t.unknown(read.missing, read.basis, 'sdgs')
          : t.result('not-applicable', m['KIPP.SDG.NONE']());
      return { proposal: () => unknown };
    }
    const min = read.value;
    const basis = [read.basis];
    const expected = { atLeast: min, range: [1, 17] };
    // Proposals name the same few goals: the answer for a list without repeats, by the list.
    const byList = new Map<string, RuleEvaluation>();
    return {
      proposal(proposal) {
        const given = proposal.sdgs ?? [];
        const listKey = given.join(',');
        const known = byList.get(listKey);
        if (known) return known;
        const unique = [...new Set(given)].sort((a, b) => a - b);
        if (unique.length === given.length && byList.size < 10_000) {
          const evaluation = judge(given, unique);
          byList.set(listKey, evaluation);
          return evaluation;
        }
        return judge(given, unique);
      },
    };

    function judge(given: readonly number[], unique: number[]): RuleEvaluation {
      const findings = [];
      if (unique.length !== given.length) {
        findings.push(
          t.finding({
            code: 'KIPP.SDG.DUPLICATE',
            severity: 'warning',
            path: 'sdgs',
            message: m['KIPP.SDG.DUPLICATE'](),
            observed: given,
            fix: m['KIPP.SDG.DUPLICATE.FIX']({ unique: unique.join(', ') }),
            basis,
          }),
        );
      }
      if (unique.length >= min) {
        return t.result('pass', m['KIPP.SDG.PASS']({ goals: unique.join(', '), min }), findings, {
          observed: unique,
          expected,
          basis,
        });
      }
      const message = m['KIPP.SDG.TOO_FEW']({ count: unique.length, min });
      findings.push(
        t.finding({
          code: 'KIPP.SDG.TOO_FEW',
          path: 'sdgs',
          message,
          observed: unique,
          expected,
          fix: m['KIPP.SDG.TOO_FEW.FIX']({ add: min - unique.length }),
          basis,
        }),
      );
      return t.result('fail', message, findings, { observed: unique, expected, basis });
    }
  },
};
