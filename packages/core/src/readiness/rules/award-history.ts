/**
 * Award history (`../shared/domain/kipp.md` §2.4): which past KIPP results keep an innovation out
 * of a group (no earlier top award, not Top 99 twice) or are needed to enter it (kelompok khusus
 * is for earlier Top Inovasi Terpuji). One parameter per group, so an unknown group rule stays
 * unknown without hiding the known ones.
 *
 * @module
 */
import * as z from 'zod/mini';
import { withMeta } from '../../shared/zod.js';
import type { Finding } from '../../shared/finding.js';
import { LocalizedTextSchema, type LocalizedText } from '../../shared/i18n.js';
import { readinessMessages as m } from '../messages.js';
import { AwardTierSchema, GroupSchema, type Award, type AwardTier } from '../schema.js';
import type { ReadinessRuleKind, RuleEvaluation } from '../types.js';
import {
  groupSlotSpecs,
  GROUP_SLOTS,
  GROUP_TEXT,
  groupSlotFor,
  readSlot,
  ruleTools,
  type GroupSlot,
} from './common.js';

const YearsSchema = z.strictObject({
  from: z.int(),
  to: z.int(),
});

const MatchSchema = z.strictObject({
  tiers: z.array(AwardTierSchema).check(z.minLength(1)),
  years: z.optional(YearsSchema),
  group: withMeta(z.optional(GroupSchema), { description: 'Only awards won in this group.' }),
  fix: z.optional(LocalizedTextSchema),
});

/** The award conditions of one group. */
export const AwardConditionsSchema = withMeta(
  z.strictObject({
    forbid: withMeta(z._default(z.array(MatchSchema), []), {
      description: 'Results that keep it out.',
    }),
    maxCount: withMeta(
      z._default(z.array(z.extend(MatchSchema, { max: z.int().check(z.minimum(0)) })), []),
      { description: 'Results it may have at most `max` times.' },
    ),
    require: withMeta(z._default(z.array(MatchSchema), []), {
      description: 'Results it needs (any one of each entry).',
    }),
  }),
  { id: 'AwardConditions' },
);

/** The award conditions of one group. */
export type AwardConditions = z.infer<typeof AwardConditionsSchema>;
type Match = z.infer<typeof MatchSchema>;

/** Bilingual names of the award tiers. */
export const TIER_TEXT: Readonly<Record<AwardTier, LocalizedText>> = {
  top99: { id: 'Top 99', en: 'Top 99' },
  'top-terpuji': {
    id: 'Top Inovasi Terpuji',
    en: 'Top Inovasi Terpuji (commended top innovation)',
  },
  'top15-khusus': { id: 'Top 15 kelompok khusus', en: 'Top 15 of kelompok khusus' },
  outstanding: { id: 'Outstanding Achievement', en: 'Outstanding Achievement' },
  'top-replikasi': { id: 'Top kelompok replikasi', en: 'Top of kelompok replikasi' },
};

function describeMatch(match: Match): LocalizedText {
  const tiers = match.tiers.map((tier) => TIER_TEXT[tier]);
  const years = match.years ? ` ${match.years.from}–${match.years.to}` : '';
  const group = match.group ? GROUP_TEXT[match.group] : undefined;
  return {
    id: `${tiers.map((x) => x.id).join(' / ')}${years}${group ? ` (${group.id})` : ''}`,
    en: `${tiers.map((x) => x.en).join(' / ')}${years}${group ? ` (${group.en})` : ''}`,
  };
}

function matches(award: Award, match: Match): boolean {
  if (!match.tiers.includes(award.tier)) return false;
  if (match.years && (award.year < match.years.from || award.year > match.years.to)) return false;
  if (match.group && award.group !== undefined && award.group !== match.group) return false;
  return true;
}

/** The awards as plain `{ year, tier, group? }` objects, whatever key order the input used. */
function canonical(awards: readonly Award[]): Award[] {
  return awards.map((a) => ({
    year: a.year,
    tier: a.tier,
    ...(a.group !== undefined ? { group: a.group } : {}),
  }));
}

function describeAwards(awards: readonly Award[]): string {
  return awards.map((a) => `${a.tier} ${a.year}`).join(', ');
}

/** Rule kind `readiness.award-history`. */
export const awardHistoryKind: ReadinessRuleKind = {
  kind: 'readiness.award-history',
  domain: 'readiness',
  title: { id: 'Riwayat penghargaan', en: 'Award history' },
  slots: groupSlotSpecs(AwardConditionsSchema, {
    id: 'Syarat riwayat penghargaan',
    en: 'Award conditions',
  }),
  compile({ evaluation, rule }) {
    const t = ruleTools(rule);
    const compiled = new Map<GroupSlot, (awards: readonly Award[] | undefined) => RuleEvaluation>();
    for (const slot of GROUP_SLOTS) {
      const read = readSlot(evaluation, rule, slot, AwardConditionsSchema);
      if (read.status === 'absent') continue;
      if (read.status === 'unknown') {
        const unknown = t.unknown(read.missing, read.basis, 'awards');
        compiled.set(slot, () => unknown);
        continue;
      }
      const { value, basis } = read;
      const basisList = [basis];
      const groupText: LocalizedText =
        slot === 'single' ? { id: 'edisi ini', en: 'this edition' } : GROUP_TEXT[slot];
      const undeclaredMessage = m['KIPP.AWARDS.UNDECLARED']({ group: groupText });
      const undeclared = t.result('indeterminate', undeclaredMessage, [
        t.finding({
          code: 'KIPP.AWARDS.UNDECLARED',
          severity: 'warning',
          path: 'awards',
          message: undeclaredMessage,
          fix: m['KIPP.AWARDS.UNDECLARED.FIX'](),
          basis: basisList,
        }),
      ]);
      const pass = t.result('pass', m['KIPP.AWARDS.PASS']({ group: groupText }), [], {
        basis: basisList,
      });
      compiled.set(slot, (awards) => {
        if (awards === undefined) return undeclared;
        let findings: Finding[] | undefined;
        for (const match of value.forbid) {
          const hits = awards.filter((a) => matches(a, match));
          if (hits.length === 0) continue;
          (findings ??= []).push(
            t.finding({
              code: 'KIPP.AWARDS.FORBIDDEN',
              path: 'awards',
              message: m['KIPP.AWARDS.FORBIDDEN']({
                group: groupText,
                what: describeMatch(match),
                hits: describeAwards(hits),
              }),
              observed: canonical(hits),
              expected: { none: match },
              fix: match.fix ?? m['KIPP.AWARDS.FORBIDDEN.FIX']({ group: groupText }),
              basis: basisList,
            }),
          );
        }
        for (const match of value.maxCount) {
          const hits = awards.filter((a) => matches(a, match));
          if (hits.length <= match.max) continue;
          (findings ??= []).push(
            t.finding({
              code: 'KIPP.AWARDS.TOO_MANY',
              path: 'awards',
              message: m['KIPP.AWARDS.TOO_MANY']({
                group: groupText,
                what: describeMatch(match),
                count: hits.length,
                max: match.max,
              }),
              observed: { count: hits.length, awards: canonical(hits) },
              expected: { atMost: match.max },
              fix: match.fix ?? m['KIPP.AWARDS.FORBIDDEN.FIX']({ group: groupText }),
              basis: basisList,
            }),
          );
        }
        for (const match of value.require) {
          if (awards.some((a) => matches(a, match))) continue;
          (findings ??= []).push(
            t.finding({
              code: 'KIPP.AWARDS.REQUIRED',
              path: 'awards',
              message: m['KIPP.AWARDS.REQUIRED']({ group: groupText, what: describeMatch(match) }),
              observed: canonical(awards),
              expected: { anyOf: match },
              fix: match.fix ?? m['KIPP.AWARDS.REQUIRED.FIX']({ what: describeMatch(match) }),
              basis: basisList,
            }),
          );
        }
        if (!findings) return pass;
        return t.result('fail', m['KIPP.AWARDS.FAIL']({ group: groupText }), findings, {
          observed: canonical(awards),
          basis: basisList,
        });
      });
    }
    const hasSingle = compiled.has('single');
    const notApplicable = t.result('not-applicable', m['KIPP.AWARDS.NO_GROUP']());
    return {
      proposal(proposal) {
        const slot = groupSlotFor(hasSingle, proposal);
        const check = slot !== undefined ? compiled.get(slot) : undefined;
        return check ? check(proposal.awards) : notApplicable;
      },
    };
  },
};
