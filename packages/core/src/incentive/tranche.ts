/**
 * Release of the second tranche: the documents DJPK must have received by the deadline and the
 * minimum absorption of the first tranche (PMK 43/2024 Pasal 26 for the 2024 current-year part).
 * The deadline is inclusive to the second: a document received at the deadline is on time.
 *
 * @module
 */
import { ruleRef, type ResolvedRule } from '../rulebook/index.js';
import type { Basis, Finding, RuleRef } from '../shared/finding.js';
import type { LocalizedText } from '../shared/i18n.js';
import { incentiveMessages as m } from './messages.js';
import type { TrancheConditions, TrancheData } from './schema.js';

/** One tranche-II condition and how it came out. */
export interface TrancheCondition {
  readonly id: 'usage-plan' | 'absorption-report' | 'absorption' | 'previous-year-report';
  readonly outcome: 'pass' | 'fail' | 'indeterminate' | 'not-applicable';
  readonly observed?: unknown;
  readonly expected?: unknown;
  readonly explanation: LocalizedText;
  readonly fix?: LocalizedText;
}

/** Whether the second tranche can be released. */
export interface TrancheResult {
  readonly status: 'releasable' | 'withheld' | 'indeterminate';
  readonly rule: RuleRef;
  readonly explanation: LocalizedText;
  readonly shares?: readonly number[];
  readonly deadline?: string;
  readonly conditions: readonly TrancheCondition[];
  readonly findings: readonly Finding[];
}

/**
 * Has the deadline passed on the evaluation date? `asOf` is a calendar day: the deadline has
 * passed once that day is after the deadline's own calendar day (read in the deadline's offset,
 * e.g. WIB), so on the deadline day itself a document may still arrive.
 */
function deadlinePassed(deadline: string, asOf: string): boolean {
  return asOf > deadline.slice(0, 10);
}

function onTime(
  received: string | null | undefined,
  deadline: string,
  asOf: string,
): 'pass' | 'fail' | 'indeterminate' {
  // Not received (stated with `null`, or no receipt time given): it may still arrive until the
  // deadline; after it, the condition has failed (PMK 43/2024 Pasal 26 releases tranche II only
  // once DJPK has received the documents).
  if (received === undefined || received === null)
    return deadlinePassed(deadline, asOf) ? 'fail' : 'indeterminate';
  return Date.parse(received) <= Date.parse(deadline) ? 'pass' : 'fail';
}

/**
 * Checks the tranche-II conditions for one region's submissions on the evaluation date `asOf`.
 * A document not received (`null`, or no receipt time) is `indeterminate` while the deadline has
 * not passed (it may still arrive) and fails once `asOf` is after the deadline's day, which
 * withholds tranche II; a document received after the deadline is late.
 *
 * @example
 * ```ts
 * const conditions = { shares: [0.5, 0.5], minimumAbsorptionPercent: 30, deadline: '2024-11-29T17:00:00+07:00', requiresUsagePlan: true, requiresPreviousYearReport: true };
 * checkTranche({ usagePlanReceivedAt: '2024-06-01T09:00:00+07:00', absorptionReportReceivedAt: '2024-11-29T17:00:00+07:00', absorptionPercent: 30, receivedPreviousYear: false }, conditions, rule, basis, '2024-11-30').status;
 * // 'releasable'
 * checkTranche({ usagePlanReceivedAt: null, absorptionReportReceivedAt: '2024-11-29T17:00:00+07:00', absorptionPercent: 30, receivedPreviousYear: false }, conditions, rule, basis, '2024-12-31').status;
 * // 'withheld' (the usage plan never arrived and the deadline has passed)
 * ```
 */
export function checkTranche(
  data: TrancheData,
  conditions: TrancheConditions,
  rule: ResolvedRule,
  basis: Basis,
  asOf: string,
): TrancheResult {
  const { deadline } = conditions;
  const list: TrancheCondition[] = [];
  const submitFix = m['INCENTIVE.TRANCHE.SUBMIT.FIX']({ deadline });
  const document = (
    id: TrancheCondition['id'],
    field: string,
    received: string | null | undefined,
    message: (typeof m)['INCENTIVE.TRANCHE.USAGE_PLAN'],
  ): void => {
    const outcome = onTime(received, deadline, asOf);
    const missed = outcome === 'fail' && (received === undefined || received === null);
    list.push({
      id,
      outcome,
      observed: received ?? null,
      expected: { receivedBy: deadline },
      explanation:
        outcome === 'pass'
          ? {
              id: `Diterima ${received ?? ''}, sebelum batas ${deadline}.`,
              en: `Received ${received ?? ''}, by the deadline ${deadline}.`,
            }
          : message({
              deadline,
              ...(typeof received === 'string' ? { received } : {}),
              ...(missed ? { missedAsOf: asOf } : {}),
            }),
      ...(outcome !== 'pass'
        ? {
            fix: missed
              ? m['INCENTIVE.TRANCHE.MISSED.FIX']({ field: `tranche.${field}` })
              : submitFix,
          }
        : {}),
    });
  };
  if (conditions.requiresUsagePlan)
    document(
      'usage-plan',
      'usagePlanReceivedAt',
      data.usagePlanReceivedAt,
      m['INCENTIVE.TRANCHE.USAGE_PLAN'],
    );
  document(
    'absorption-report',
    'absorptionReportReceivedAt',
    data.absorptionReportReceivedAt,
    m['INCENTIVE.TRANCHE.ABSORPTION_REPORT'],
  );

  const minimum = conditions.minimumAbsorptionPercent;
  const observed = data.absorptionPercent;
  if (observed === undefined) {
    list.push({
      id: 'absorption',
      outcome: 'indeterminate',
      expected: { minimumPercent: minimum },
      explanation: m['INCENTIVE.TRANCHE.MISSING']({ fields: ['absorptionPercent'] }),
    });
  } else {
    const pass = observed >= minimum;
    list.push({
      id: 'absorption',
      outcome: pass ? 'pass' : 'fail',
      observed,
      expected: { minimumPercent: minimum },
      explanation: pass
        ? {
            id: `Penyerapan tahap I ${observed}% memenuhi minimal ${minimum}%.`,
            en: `Tranche-I absorption ${observed}% meets the minimum of ${minimum}%.`,
          }
        : m['INCENTIVE.TRANCHE.ABSORPTION']({ observed, minimum }),
      ...(pass ? {} : { fix: m['INCENTIVE.TRANCHE.ABSORPTION.FIX']({ observed, minimum }) }),
    });
  }

  if (conditions.requiresPreviousYearReport) {
    if (data.receivedPreviousYear === false) {
      list.push({
        id: 'previous-year-report',
        outcome: 'not-applicable',
        explanation: {
          id: 'Tidak menerima insentif tahun sebelumnya; laporannya tidak diperlukan.',
          en: 'Received no incentive last year; its report is not required.',
        },
      });
    } else if (data.receivedPreviousYear === undefined) {
      list.push({
        id: 'previous-year-report',
        outcome: 'indeterminate',
        explanation: m['INCENTIVE.TRANCHE.MISSING']({ fields: ['receivedPreviousYear'] }),
      });
    } else {
      document(
        'previous-year-report',
        'previousYearReportReceivedAt',
        data.previousYearReportReceivedAt,
        m['INCENTIVE.TRANCHE.PREVIOUS_REPORT'],
      );
    }
  }

  const ref = ruleRef(rule);
  const status: TrancheResult['status'] = list.some((c) => c.outcome === 'fail')
    ? 'withheld'
    : list.some((c) => c.outcome === 'indeterminate')
      ? 'indeterminate'
      : 'releasable';
  const findings: Finding[] = list
    .filter((c) => c.outcome === 'fail' || c.outcome === 'indeterminate')
    .map((c) => ({
      code:
        c.outcome === 'indeterminate'
          ? 'INCENTIVE.TRANCHE.MISSING'
          : c.id === 'absorption'
            ? 'INCENTIVE.TRANCHE.ABSORPTION'
            : c.id === 'usage-plan'
              ? 'INCENTIVE.TRANCHE.USAGE_PLAN'
              : c.id === 'absorption-report'
                ? 'INCENTIVE.TRANCHE.ABSORPTION_REPORT'
                : 'INCENTIVE.TRANCHE.PREVIOUS_REPORT',
      // Tranche findings never change eligibility: they are warnings about the release.
      severity: 'warning' as const,
      path: `tranche.${c.id}`,
      message: c.explanation,
      ...(c.observed !== undefined ? { observed: c.observed } : {}),
      ...(c.expected !== undefined ? { expected: c.expected } : {}),
      rule: ref,
      basis: [basis],
      ...(c.fix ? { fix: c.fix } : {}),
    }));
  return {
    status,
    rule: ref,
    explanation:
      status === 'releasable'
        ? m['INCENTIVE.TRANCHE.RELEASABLE']()
        : (list.find((c) => c.outcome === (status === 'withheld' ? 'fail' : 'indeterminate'))
            ?.explanation ?? m['INCENTIVE.TRANCHE.RELEASABLE']()),
    shares: conditions.shares,
    deadline,
    conditions: list,
    findings,
  };
}
