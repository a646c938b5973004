/**
 * Quality flags for human review (warnings, never errors). Administrative selection fails
 * proposals whose fields are filled but whose answers are careless ("jawabannya asal",
 * `../shared/domain/kipp.md` §2.7); this rule flags the answers that look like it: far too short,
 * copied from another section, the same as the title, or placeholder text. The thresholds are
 * inovasi's own heuristics, not regulation, and the rulebook says so in their source.
 *
 * @module
 */
import * as z from 'zod/mini';
import { withMeta } from '../../shared/zod.js';
import type { Finding } from '../../shared/finding.js';
import { readinessMessages as m } from '../messages.js';
import type { Proposal } from '../schema.js';
import { normalizeText } from '../../shared/text.js';
import type { ReadinessRuleKind } from '../types.js';
import {
  groupSlotSpecs,
  GROUP_SLOTS,
  groupSlotFor,
  readSlot,
  ruleTools,
  type GroupSlot,
} from './common.js';
import { SectionTemplateSchema } from './sections.js';

/** The heuristics of the quality flags. */
export const QualityThresholdsSchema = withMeta(
  z.strictObject({
    minWords: withMeta(z.int().check(z.minimum(1)), {
      description: 'Fewer words than this look careless.',
    }),
    minShareOfLimit: withMeta(z.number().check(z.minimum(0), z.maximum(1)), {
      description: 'Fewer words than this share of the word limit look careless.',
    }),
    placeholders: withMeta(z.array(z.string().check(z.minLength(1))), {
      description: 'Answers that are placeholders (compared after normalising).',
    }),
  }),
  { id: 'QualityThresholds' },
);

/** Placeholder text starts with it (anchored: a long answer fails at its first letters). */
const LOREM = /^[^\p{L}\p{N}]*lorem\s+ipsum/iu;
const ONE_CHARACTER = /^(.)\1*$/u;

/**
 * Whether `text` without its spaces is one character repeated (`aaa a`, `x`): what
 * `/^(.)\1*$/u.test(text.replaceAll(' ', ''))` answers, without the copy and the pattern
 * (it runs on every title) unless the text holds half of a surrogate pair.
 */
export function isOneCharacter(text: string): boolean {
  let first = -1;
  for (let i = 0; i < text.length;) {
    const c = text.codePointAt(i) ?? 0;
    i += c > 0xffff ? 2 : 1;
    if (c === 32) continue;
    // `.` matches no line terminator
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return false;
    // half of a surrogate pair may pair with the next half once the spaces are out: rare
    if (c >= 0xd800 && c <= 0xdfff) return ONE_CHARACTER.test(text.replaceAll(' ', ''));
    if (first === -1) first = c;
    else if (c !== first) return false;
  }
  return first !== -1;
}

/**
 * The keys of a record in code-unit order, as `Object.keys(record).sort()` gives them, sorted in
 * place by insertion (a proposal's few section keys; `sort` allocated work space on every call).
 */
function sortedKeys(record: Readonly<Record<string, string>>): string[] {
  const keys = Object.keys(record);
  for (let i = 1; i < keys.length; i += 1) {
    const key = keys[i] ?? '';
    let j = i - 1;
    for (; j >= 0 && (keys[j] ?? '') > key; j -= 1) keys[j + 1] = keys[j] ?? '';
    keys[j + 1] = key;
  }
  return keys;
}

/** Rule kind `readiness.quality`. */
export const qualityKind: ReadinessRuleKind = {
  kind: 'readiness.quality',
  domain: 'readiness',
  title: { id: 'Tanda jawaban asal-asalan', en: 'Signs of careless answers' },
  slots: {
    thresholds: {
      schema: QualityThresholdsSchema,
      required: true,
      description: { id: 'Ambang heuristik', en: 'Heuristic thresholds' },
    },
    ...groupSlotSpecs(SectionTemplateSchema, {
      id: 'Templat bagian untuk batas kata',
      en: 'Section template for the word limits',
    }),
  },
  compile({ evaluation, rule }) {
    const t = ruleTools(rule);
    const read = readSlot(evaluation, rule, 'thresholds', QualityThresholdsSchema);
    if (read.status !== 'known') {
      const unknown =
        read.status === 'unknown'
          ? t.unknown(read.missing, read.basis)
          : t.result('not-applicable', m['KIPP.QUALITY.NONE']());
      return { proposal: () => unknown };
    }
    const { minWords, minShareOfLimit } = read.value;
    const placeholders = new Set(read.value.placeholders.map(normalizeText));
    let longestPlaceholder = 0;
    for (const p of placeholders) longestPlaceholder = Math.max(longestPlaceholder, p.length);
    const basis = [read.basis];
    const limits = new Map<GroupSlot, ReadonlyMap<string, number>>();
    for (const slot of GROUP_SLOTS) {
      const template = readSlot(evaluation, rule, slot, SectionTemplateSchema);
      if (template.status !== 'known') continue;
      limits.set(
        slot,
        new Map(
          template.value.sections.flatMap((s) =>
            s.maxWords === null
              ? []
              : [[s.id, Math.max(minWords, Math.ceil(s.maxWords * minShareOfLimit))]],
          ),
        ),
      );
    }
    const hasSingle = limits.has('single');
    const isPlaceholder = (text: string, words: number): boolean => {
      if (LOREM.test(text)) return true;
      if (words > 6) return false;
      const normal = normalizeText(text);
      return (
        (normal.length <= longestPlaceholder && placeholders.has(normal)) || isOneCharacter(normal)
      );
    };
    // A copy is most often the very same text: equal strings need no normalising.
    const same = (a: string, b: string): boolean =>
      a === b || normalizeText(a).replaceAll(' ', '') === normalizeText(b).replaceAll(' ', '');
    const pass = t.result('pass', m['KIPP.QUALITY.PASS'](), [], { basis });

    return {
      proposal(proposal: Proposal, { facts }) {
        let findings: Finding[] | undefined;
        const flag = (
          code: string,
          path: string,
          message: Parameters<typeof t.finding>[0]['message'],
          extra: Partial<Parameters<typeof t.finding>[0]> = {},
        ): void => {
          (findings ??= []).push(
            t.finding({ code, severity: 'warning', path, message, basis, ...extra }),
          );
        };
        const title = proposal.title;
        const titleStats = facts.title();
        if (
          title !== undefined &&
          titleStats &&
          titleStats.words > 0 &&
          isPlaceholder(title, titleStats.words)
        ) {
          flag(
            'KIPP.QUALITY.PLACEHOLDER',
            'title',
            m['KIPP.QUALITY.PLACEHOLDER']({ where: 'title' }),
            {
              fix: m['KIPP.QUALITY.PLACEHOLDER.FIX'](),
            },
          );
        }
        const sections = proposal.sections;
        if (!sections)
          return findings
            ? t.result('pass', m['KIPP.QUALITY.FLAGGED']({ count: findings.length }), findings, {
                basis,
              })
            : pass;
        const slot = groupSlotFor(hasSingle, proposal);
        const groupLimits = slot !== undefined ? limits.get(slot) : undefined;
        // Only texts with as many letters and words are compared in full (a copy has the same
        // counts): the keys checked so far and their counts, side by side (a proposal has a
        // handful of sections, so a scan beats a map).
        const seenKeys: string[] = [];
        const seenLengths: number[] = [];
        for (const key of sortedKeys(sections)) {
          const text = sections[key] ?? '';
          const stats = facts.section(key);
          if (!stats || stats.words === 0) continue;
          const path = `sections.${key}`;
          if (isPlaceholder(text, stats.words)) {
            flag('KIPP.QUALITY.PLACEHOLDER', path, m['KIPP.QUALITY.PLACEHOLDER']({ where: path }), {
              fix: m['KIPP.QUALITY.PLACEHOLDER.FIX'](),
            });
            continue;
          }
          if (title !== undefined && titleStats?.alnum === stats.alnum && same(title, text)) {
            flag(
              'KIPP.QUALITY.SAME_AS_TITLE',
              path,
              m['KIPP.QUALITY.SAME_AS_TITLE']({ where: path }),
              {
                fix: m['KIPP.QUALITY.REWRITE.FIX'](),
              },
            );
            continue;
          }
          const lengthKey = stats.alnum * 1_000_000 + stats.words;
          let first: string | undefined;
          for (let i = 0; i < seenKeys.length && first === undefined; i += 1) {
            const k = seenKeys[i] ?? '';
            if (seenLengths[i] === lengthKey && same(sections[k] ?? '', text)) first = k;
          }
          if (first !== undefined) {
            flag(
              'KIPP.QUALITY.COPIED',
              path,
              m['KIPP.QUALITY.COPIED']({ where: path, from: `sections.${first}` }),
              {
                fix: m['KIPP.QUALITY.REWRITE.FIX'](),
                observed: { sameAs: `sections.${first}` },
              },
            );
            continue;
          }
          seenKeys.push(key);
          seenLengths.push(lengthKey);
          const threshold = groupLimits?.get(key) ?? minWords;
          if (stats.words < threshold) {
            flag(
              'KIPP.QUALITY.TOO_SHORT',
              path,
              m['KIPP.QUALITY.TOO_SHORT']({ where: path, words: stats.words, threshold }),
              {
                fix: m['KIPP.QUALITY.TOO_SHORT.FIX']({ add: threshold - stats.words }),
                observed: { words: stats.words },
                expected: { atLeast: threshold },
              },
            );
          }
        }
        return findings
          ? t.result('pass', m['KIPP.QUALITY.FLAGGED']({ count: findings.length }), findings, {
              basis,
            })
          : pass;
      },
    };
  },
};
