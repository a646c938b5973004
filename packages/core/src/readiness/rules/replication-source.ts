/**
 * Kelompok replikasi: the innovation adapts one or more earlier KIPP innovations of a given
 * result and period (2021: Top 99 of KIPP 2014–2020, `../shared/domain/kipp.md` §2.4).
 *
 * @module
 */
import * as z from 'zod/mini';
import { withMeta } from '../../shared/zod.js';
import { readinessMessages as m } from '../messages.js';
import { AwardTierSchema, type ReplicationSource } from '../schema.js';
import type { ReadinessRuleKind } from '../types.js';
import { TIER_TEXT } from './award-history.js';
import { readSlot, ruleTools } from './common.js';

/** Which earlier innovations a replication may adapt. */
export const ReplicationRequirementSchema = withMeta(
  z.strictObject({
    tiers: z.array(AwardTierSchema).check(z.minLength(1)),
    years: z.strictObject({ from: z.int(), to: z.int() }),
  }),
  { id: 'ReplicationRequirement' },
);

function canonical(s: ReplicationSource): ReplicationSource {
  return {
    ...(s.title !== undefined ? { title: s.title } : {}),
    ...(s.agency !== undefined ? { agency: s.agency } : {}),
    ...(s.year !== undefined ? { year: s.year } : {}),
    ...(s.tier !== undefined ? { tier: s.tier } : {}),
  };
}

/** Rule kind `readiness.replication-source`. */
export const replicationSourceKind: ReadinessRuleKind = {
  kind: 'readiness.replication-source',
  domain: 'readiness',
  title: { id: 'Inovasi yang direplikasi', en: 'Innovation replicated' },
  slots: {
    requirement: {
      schema: ReplicationRequirementSchema,
      required: true,
      description: {
        id: 'Hasil KIPP dan periode inovasi sumber',
        en: 'KIPP result and period of the source innovation',
      },
    },
  },
  compile({ evaluation, rule }) {
    const t = ruleTools(rule);
    const notApplicable = t.result('not-applicable', m['KIPP.REPLICATION.NOT_APPLICABLE']());
    const read = readSlot(evaluation, rule, 'requirement', ReplicationRequirementSchema);
    if (read.status !== 'known') {
      const unknown =
        read.status === 'unknown'
          ? t.unknown(read.missing, read.basis, 'replicationOf')
          : notApplicable;
      return {
        proposal: (p) => (p.group === 'replikasi' ? unknown : notApplicable),
      };
    }
    const { value, basis } = read;
    const basisList = [basis];
    const what = {
      id: `${value.tiers.map((x) => TIER_TEXT[x].id).join(' / ')} KIPP ${value.years.from}–${value.years.to}`,
      en: `${value.tiers.map((x) => TIER_TEXT[x].en).join(' / ')} of KIPP ${value.years.from}–${value.years.to}`,
    };
    const expected = { tiers: value.tiers, years: value.years };
    const qualifies = (s: ReplicationSource): boolean | undefined => {
      if (s.year === undefined || s.tier === undefined) return undefined;
      return value.tiers.includes(s.tier) && s.year >= value.years.from && s.year <= value.years.to;
    };
    const missingMessage = m['KIPP.REPLICATION.MISSING']({ what });
    const missing = t.result('fail', missingMessage, [
      t.finding({
        code: 'KIPP.REPLICATION.MISSING',
        path: 'replicationOf',
        message: missingMessage,
        expected,
        fix: m['KIPP.REPLICATION.FIX']({ what }),
        basis: basisList,
      }),
    ]);
    return {
      proposal(proposal) {
        if (proposal.group !== 'replikasi') return notApplicable;
        const sources = (proposal.replicationOf ?? []).map(canonical);
        if (sources.length === 0) return missing;
        let unverifiable = false;
        for (const source of sources) {
          const q = qualifies(source);
          if (q === true)
            return t.result('pass', m['KIPP.REPLICATION.PASS']({ what }), [], {
              observed: source,
              expected,
              basis: basisList,
            });
          if (q === undefined) unverifiable = true;
        }
        if (unverifiable) {
          const message = m['KIPP.REPLICATION.INCOMPLETE']({ what });
          return t.result('indeterminate', message, [
            t.finding({
              code: 'KIPP.REPLICATION.INCOMPLETE',
              severity: 'warning',
              path: 'replicationOf',
              message,
              observed: sources,
              expected,
              fix: m['KIPP.REPLICATION.INCOMPLETE.FIX'](),
              basis: basisList,
            }),
          ]);
        }
        const message = m['KIPP.REPLICATION.INVALID']({ what });
        return t.result(
          'fail',
          message,
          [
            t.finding({
              code: 'KIPP.REPLICATION.INVALID',
              path: 'replicationOf',
              message,
              observed: sources,
              expected,
              fix: m['KIPP.REPLICATION.FIX']({ what }),
              basis: basisList,
            }),
          ],
          { observed: sources, expected, basis: basisList },
        );
      },
    };
  },
};
