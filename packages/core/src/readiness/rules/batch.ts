/**
 * Checks over several proposals of one agency (`../shared/domain/kipp.md` §2.6–2.7): the same
 * title used twice fails administrative selection, and from 2021 an agency may send at most so
 * many proposals per group. Proposals are grouped by agency name (case and punctuation ignored).
 *
 * @module
 */
import * as z from 'zod/mini';
import { withMeta } from '../../shared/zod.js';
import type { Finding } from '../../shared/finding.js';
import { readinessMessages as m } from '../messages.js';
import { AgencyTypeSchema, GroupSchema, type Proposal } from '../schema.js';
import { normalizeText } from '../../shared/text.js';
import type { BatchItem, ReadinessRuleKind, RuleEvaluation } from '../types.js';
import { GROUP_TEXT, readSlot, ruleTools } from './common.js';

function label(item: BatchItem): string {
  return item.proposal.id ?? `#${item.index + 1}`;
}

/** How many other proposals with the same title a finding names (the rest are counted). */
const SHOWN_OTHERS = 10;

type Agencies = Map<string, { name: string; items: BatchItem[] }>;

/** Both batch rules group the same batch by agency: group it once. */
const grouped = new WeakMap<readonly BatchItem[], Agencies>();

function byAgency(items: readonly BatchItem[]): Agencies {
  const cached = grouped.get(items);
  if (cached) return cached;
  const agencies = new Map<string, { name: string; items: BatchItem[] }>();
  for (const item of items) {
    const name = item.proposal.agency?.name?.trim() ?? '';
    const key = normalizeText(name);
    let entry = agencies.get(key);
    if (!entry) {
      entry = { name, items: [] };
      agencies.set(key, entry);
    }
    entry.items.push(item);
  }
  grouped.set(items, agencies);
  return agencies;
}

/** Rule kind `readiness.duplicate-title`: one title, one proposal, within an agency. */
export const duplicateTitleKind: ReadinessRuleKind = {
  kind: 'readiness.duplicate-title',
  domain: 'readiness',
  title: { id: 'Judul tidak boleh ganda', en: 'No duplicate titles' },
  slots: {},
  compile({ rule }) {
    const t = ruleTools(rule);
    const pass = t.result('pass', m['KIPP.TITLE.UNIQUE']());
    return {
      batch(items) {
        const perProposal = new Map<number, RuleEvaluation>();
        for (const { items: group } of byAgency(items).values()) {
          const titles = new Map<string, BatchItem[]>();
          for (const item of group) {
            const title = item.proposal.title;
            if (title === undefined) continue;
            const key = normalizeText(title);
            if (key === '') continue;
            const list = titles.get(key);
            if (list) list.push(item);
            else titles.set(key, [item]);
          }
          for (const list of titles.values()) {
            if (list.length < 2) continue;
            // at most SHOWN_OTHERS others are named per proposal: naming all of them made a batch
            // of n copies of one title quadratic (10,000 copies ran out of memory)
            const named = list.slice(0, SHOWN_OTHERS + 1);
            for (const item of list) {
              const others = named
                .filter((o) => o !== item)
                .slice(0, SHOWN_OTHERS)
                .map(label);
              const more = list.length - 1 - others.length;
              const message = m['KIPP.TITLE.DUPLICATE']({
                others: more > 0 ? `${others.join(', ')} (+${more})` : others.join(', '),
              });
              perProposal.set(
                item.index,
                t.result('fail', message, [
                  t.finding({
                    code: 'KIPP.TITLE.DUPLICATE',
                    path: 'title',
                    message,
                    observed: {
                      sameTitleAs: others,
                      ...(more > 0 ? { sameTitleCount: list.length - 1 } : {}),
                    },
                    fix: m['KIPP.TITLE.DUPLICATE.FIX'](),
                  }),
                ]),
              );
            }
          }
        }
        for (const item of items)
          if (!perProposal.has(item.index)) perProposal.set(item.index, pass);
        return { perProposal };
      },
    };
  },
};

/** Quotas per agency: by group, and by the type of the agency. */
export const QuotaSchema = withMeta(
  z.strictObject({
    byGroup: z.optional(z.partialRecord(GroupSchema, z.int().check(z.minimum(0)))),
    byAgencyType: z.optional(z.partialRecord(AgencyTypeSchema, z.int().check(z.minimum(0)))),
  }),
  { id: 'Quota' },
);

/** Rule kind `readiness.quota`. */
export const quotaKind: ReadinessRuleKind = {
  kind: 'readiness.quota',
  domain: 'readiness',
  title: { id: 'Kuota proposal per instansi', en: 'Proposals per agency (quota)' },
  slots: {
    quota: {
      schema: QuotaSchema,
      required: true,
      description: { id: 'Jumlah proposal maksimal', en: 'Most proposals allowed' },
    },
  },
  compile({ evaluation, rule }) {
    const t = ruleTools(rule);
    const read = readSlot(evaluation, rule, 'quota', QuotaSchema);
    const single = t.result('not-applicable', m['KIPP.QUOTA.SINGLE']());
    if (read.status !== 'known') {
      const unknown =
        read.status === 'unknown' ? t.unknown(read.missing, read.basis, 'agency') : single;
      return {
        batch(items) {
          const several = [...byAgency(items).values()].some((a) => a.items.length > 1);
          return { perProposal: new Map(), batch: several ? unknown : single };
        },
      };
    }
    const quota = read.value;
    const basis = [read.basis];
    return {
      batch(items) {
        const findings: Finding[] = [];
        const counts: Record<string, Record<string, number>> = {};
        for (const { name, items: list } of byAgency(items).values()) {
          const agency = name === '' ? '(tanpa nama instansi / no agency name)' : name;
          const perGroup: Record<string, number> = {};
          for (const { proposal } of list) {
            const g: Proposal['group'] = proposal.group;
            if (g !== undefined) perGroup[g] = (perGroup[g] ?? 0) + 1;
          }
          counts[agency] = { total: list.length, ...perGroup };
          for (const [group, count] of Object.entries(perGroup)) {
            const max = quota.byGroup?.[group as keyof typeof GROUP_TEXT];
            if (max === undefined || count <= max) continue;
            const groupText = GROUP_TEXT[group as keyof typeof GROUP_TEXT];
            findings.push(
              t.finding({
                code: 'KIPP.QUOTA.GROUP',
                path: 'proposals',
                message: m['KIPP.QUOTA.GROUP']({ agency, group: groupText, count, max }),
                observed: { agency, group, count },
                expected: { atMost: max },
                fix: m['KIPP.QUOTA.FIX']({ agency, drop: count - max, group: groupText }),
                basis,
              }),
            );
          }
          const types = new Set(
            list.map((i) => i.proposal.agency?.type).filter((x) => x !== undefined),
          );
          for (const type of types) {
            const max = quota.byAgencyType?.[type];
            if (max === undefined || list.length <= max) continue;
            findings.push(
              t.finding({
                code: 'KIPP.QUOTA.AGENCY',
                path: 'proposals',
                message: m['KIPP.QUOTA.AGENCY']({ agency, type, count: list.length, max }),
                observed: { agency, type, count: list.length },
                expected: { atMost: max },
                fix: m['KIPP.QUOTA.FIX']({ agency, drop: list.length - max }),
                basis,
              }),
            );
          }
        }
        const batch =
          findings.length === 0
            ? t.result('pass', m['KIPP.QUOTA.PASS'](), [], {
                observed: counts,
                expected: quota,
                basis,
              })
            : t.result('fail', m['KIPP.QUOTA.FAIL']({ count: findings.length }), findings, {
                observed: counts,
                expected: quota,
                basis,
              });
        return { perProposal: new Map(), batch };
      },
    };
  },
};
