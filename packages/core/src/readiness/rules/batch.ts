/**
 * Checks over several proposals of one agency (`../shared/domain/kipp.md` §2.6–2.7): the same
 * title used twice fails administrative selection, and from 2021 an agency may send at most so
 * many proposals per group. Proposals are grouped by agency name (case and punctuation ignored).
 *
 * @module
 */
import * as z from 'zod/mini';
import { withMeta } from '../../shared/zod.js';
import type { Basis, Finding } from '../../shared/finding.js';
import { readinessMessages as m } from '../messages.js';
import { AgencyTypeSchema, GroupSchema, type Proposal } from '../schema.js';
import { normalizeText } from '../../shared/text.js';
import type { BatchItem, BatchStream, ReadinessRuleKind, RuleEvaluation } from '../types.js';
import { GROUP_TEXT, readSlot, ruleTools, type RuleTools } from './common.js';
import { SeenKeys } from './seen-keys.js';

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
  // An agency sends several proposals: normalise each name as written once.
  const keys = new Map<string, string>();
  for (const item of items) {
    const name = item.proposal.agency?.name?.trim() ?? '';
    let key = keys.get(name);
    if (key === undefined) {
      key = normalizeText(name);
      keys.set(name, key);
    }
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
      stream: () => duplicateTitleStream(t, pass),
    };
  },
};

/** The most repeated titles the end of a stream lists one by one (the rest are counted). */
const SHOWN_REPEATS = 100;

/**
 * Duplicate titles over a stream: a proposal whose agency already sent the same title fails,
 * naming the first; at the end, the first proposal of each repeated title fails too (it was
 * judged before its copies came). Only 64-bit hashes of agency and title are kept.
 */
function duplicateTitleStream(t: RuleTools, pass: RuleEvaluation): BatchStream {
  const seen = new SeenKeys();
  return {
    add({ index, proposal }) {
      const title = proposal.title === undefined ? '' : normalizeText(proposal.title);
      if (title === '') return pass;
      const agency = normalizeText(proposal.agency?.name?.trim() ?? '');
      const { first, count } = seen.add(`${agency}\u0000${title}`, index);
      if (count === 1) return pass;
      const others = `#${first + 1}${count > 2 ? ` (+${count - 2})` : ''}`;
      const message = m['KIPP.TITLE.DUPLICATE']({ others });
      return t.result('fail', message, [
        t.finding({
          code: 'KIPP.TITLE.DUPLICATE',
          path: 'title',
          message,
          observed: {
            sameTitleAs: [`#${first + 1}`],
            ...(count > 2 ? { sameTitleCount: count - 1 } : {}),
          },
          fix: m['KIPP.TITLE.DUPLICATE.FIX'](),
        }),
      ]);
    },
    end() {
      const findings: Finding[] = [];
      let repeated = 0;
      for (const { first, count } of seen.repeated()) {
        repeated += 1;
        if (findings.length >= SHOWN_REPEATS) continue;
        const message = m['KIPP.TITLE.DUPLICATE.FIRST']({
          first: `#${first + 1}`,
          later: count - 1,
        });
        findings.push(
          t.finding({
            code: 'KIPP.TITLE.DUPLICATE',
            path: `proposals[${first}].title`,
            message,
            observed: { proposal: `#${first + 1}`, sameTitleCount: count - 1 },
            fix: m['KIPP.TITLE.DUPLICATE.FIX'](),
          }),
        );
      }
      if (repeated === 0) return pass;
      return t.result(
        'fail',
        m['KIPP.TITLE.DUPLICATE.STREAM']({ repeated, shown: findings.length }),
        findings,
        { observed: { repeatedTitles: repeated } },
      );
    },
  };
}

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
        stream() {
          const agencies = new SeenKeys();
          let several = false;
          return {
            add({ index, proposal }) {
              const key = normalizeText(proposal.agency?.name?.trim() ?? '');
              if (agencies.add(key, index).count > 1) several = true;
              return undefined;
            },
            end: () => (several ? unknown : single),
          };
        },
      };
    }
    const quota = read.value;
    const basis = [read.basis];
    const judge = (agencies: Iterable<AgencyCount>): RuleEvaluation =>
      quotaEvaluation(t, quota, basis, agencies);
    return {
      batch(items) {
        const agencies: AgencyCount[] = [];
        for (const { name, items: list } of byAgency(items).values()) {
          const count = newAgencyCount(name);
          for (const { proposal } of list) countProposal(count, proposal);
          agencies.push(count);
        }
        return { perProposal: new Map(), batch: judge(agencies) };
      },
      stream() {
        const agencies = new Map<string, AgencyCount>();
        return {
          add({ proposal }) {
            const name = proposal.agency?.name?.trim() ?? '';
            const key = normalizeText(name);
            let count = agencies.get(key);
            if (!count) {
              count = newAgencyCount(name);
              agencies.set(key, count);
            }
            countProposal(count, proposal);
            return undefined;
          },
          end: () => judge(agencies.values()),
        };
      },
    };
  },
};

/** The proposals of one agency, counted: all that the quotas need (a stream keeps only these). */
interface AgencyCount {
  readonly name: string;
  total: number;
  readonly perGroup: Record<string, number>;
  readonly types: Set<string>;
}

function newAgencyCount(name: string): AgencyCount {
  return { name, total: 0, perGroup: {}, types: new Set() };
}

function countProposal(count: AgencyCount, proposal: Proposal): void {
  count.total += 1;
  const g: Proposal['group'] = proposal.group;
  if (g !== undefined) count.perGroup[g] = (count.perGroup[g] ?? 0) + 1;
  const type = proposal.agency?.type;
  if (type !== undefined) count.types.add(type);
}

function quotaEvaluation(
  t: RuleTools,
  quota: z.infer<typeof QuotaSchema>,
  basis: readonly Basis[],
  agencies: Iterable<AgencyCount>,
): RuleEvaluation {
  const findings: Finding[] = [];
  const counts: Record<string, Record<string, number>> = {};
  for (const { name, total, perGroup, types } of agencies) {
    const agency = name === '' ? '(tanpa nama instansi / no agency name)' : name;
    counts[agency] = { total, ...perGroup };
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
    for (const type of types) {
      const max = quota.byAgencyType?.[type as keyof NonNullable<typeof quota.byAgencyType>];
      if (max === undefined || total <= max) continue;
      findings.push(
        t.finding({
          code: 'KIPP.QUOTA.AGENCY',
          path: 'proposals',
          message: m['KIPP.QUOTA.AGENCY']({ agency, type, count: total, max }),
          observed: { agency, type, count: total },
          expected: { atMost: max },
          fix: m['KIPP.QUOTA.FIX']({ agency, drop: total - max }),
          basis,
        }),
      );
    }
  }
  return findings.length === 0
    ? t.result('pass', m['KIPP.QUOTA.PASS'](), [], { observed: counts, expected: quota, basis })
    : t.result('fail', m['KIPP.QUOTA.FAIL']({ count: findings.length }), findings, {
        observed: counts,
        expected: quota,
        basis,
      });
}
