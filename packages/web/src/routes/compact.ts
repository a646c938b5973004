/**
 * The compact view of a readiness answer (`?view=compact`), for batch callers: each finding as
 * its code, severity, path, rule id, observed and expected values and its message and fix in the
 * language asked for, without the texts a full answer repeats on every finding and every
 * proposal (rule titles and sources, parameter bases, both languages, the explained outcome of
 * every rule that passed). Each rule's title and source are given once, in `rules`. The status,
 * summary and every finding code are the same as in the full answer.
 */
import type { Lang } from '@inovasi/core';
import type { Finding } from '@inovasi/core';
import type { ReadinessBatchResult, ReadinessResult } from '@inovasi/core/readiness';
import { CoreError } from '@inovasi/core';

/** The views of a readiness answer. */
export const READINESS_VIEWS = ['full', 'compact'] as const;

/** A finding of the compact view. */
export interface CompactFinding {
  readonly code: string;
  readonly severity: Finding['severity'];
  readonly path?: string;
  readonly rule: string;
  readonly observed?: unknown;
  readonly expected?: unknown;
  readonly message: string;
  readonly fix?: string;
}

/** A rule named by the compact findings: its title and source, once per answer. */
export interface CompactRule {
  readonly rulebook: string;
  readonly title?: string;
  readonly source?: Finding['rule']['source'];
}

type Rules = Record<string, CompactRule>;

function compactFindings(findings: readonly Finding[], lang: Lang, rules: Rules): CompactFinding[] {
  return findings.map((f) => {
    if (!(f.rule.id in rules))
      rules[f.rule.id] = {
        rulebook: f.rule.rulebook,
        ...(f.rule.source ? { source: f.rule.source } : {}),
      };
    return {
      code: f.code,
      severity: f.severity,
      ...(f.path !== undefined ? { path: f.path } : {}),
      rule: f.rule.id,
      ...(f.observed !== undefined ? { observed: f.observed } : {}),
      ...(f.expected !== undefined ? { expected: f.expected } : {}),
      message: f.message[lang],
      ...(f.fix ? { fix: f.fix[lang] } : {}),
    };
  });
}

function titles(outcomes: ReadinessResult['outcomes'], lang: Lang, rules: Rules): void {
  for (const o of outcomes) {
    const rule = rules[o.rule.id];
    if (rule && rule.title === undefined) rules[o.rule.id] = { ...rule, title: o.title[lang] };
  }
}

/**
 * A readiness result (one proposal or a batch) in the compact view.
 *
 * @example
 * ```ts
 * compactReadiness(checker.check(proposal), 'en').findings[0]; // { code: 'KIPP.AGE.MIN', severity: 'error', rule: 'KIPP.AGE.MIN', message: '…', … }
 * ```
 */
export function compactReadiness(result: ReadinessResult | ReadinessBatchResult, lang: Lang) {
  const rules: Rules = {};
  const head = {
    kind: result.kind,
    view: 'compact' as const,
    rulebook: result.rulebook.id,
    asOf: result.asOf,
    asOfReason: result.asOfReason,
    status: result.status,
    outcome: result.outcome,
  };
  if (result.kind === 'readiness') {
    const findings = compactFindings(result.findings, lang, rules);
    titles(result.outcomes, lang, rules);
    return { ...head, findings, summary: result.summary, rules };
  }
  const items = result.items.map((item) => {
    if (!('result' in item)) return item;
    const findings = compactFindings(item.result.findings, lang, rules);
    titles(item.result.outcomes, lang, rules);
    return {
      index: item.index,
      ...(item.id !== undefined ? { id: item.id } : {}),
      status: item.result.status,
      findings,
    };
  });
  const findings = compactFindings(result.findings, lang, rules);
  titles(result.outcomes, lang, rules);
  return { ...head, items, findings, summary: result.summary, rules };
}

/** The `view` query parameter: `full` (default) or `compact`; anything else is a 400. */
export function readinessView(value: string | undefined): (typeof READINESS_VIEWS)[number] {
  if (value === undefined || value === 'full') return 'full';
  if (value === 'compact') return 'compact';
  throw new CoreError('INPUT_INVALID', 'The view query parameter must be full or compact.', [
    { path: 'view', message: `got ${JSON.stringify(value)}; use full or compact` },
  ]);
}
