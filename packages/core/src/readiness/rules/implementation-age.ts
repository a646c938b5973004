/**
 * KIPP minimum implementation age (usia implementasi): the innovation must have served the
 * public for at least N years, counted back from the registration close to the start date
 * (`../shared/domain/kipp.md` §2.3). N depends on the edition, the group, and in 2022 on whether
 * the innovation responds to the pandemic.
 *
 * @module
 */
import * as z from 'zod/mini';
import { withMeta } from '../../shared/zod.js';
import { ruleRef } from '../../rulebook/index.js';
import {
  addDays,
  addYears,
  compareDates,
  daysBetween,
  fullYearsBetween,
  IsoDateSchema,
} from '../../shared/dates.js';
import type { Basis } from '../../shared/finding.js';
import type { LocalizedText } from '../../shared/i18n.js';
import { readinessMessages as m } from '../messages.js';
import { GroupSchema, type Proposal } from '../schema.js';
import type {
  CompiledRule,
  ProposalContext,
  ReadinessCompileContext,
  ReadinessRuleKind,
  RuleEvaluation,
} from '../types.js';

/** The minimum age parameter: a default, optional per-group values, a pandemic exception. */
export const MinimumAgeSchema = withMeta(
  z.strictObject({
    years: withMeta(z.int().check(z.minimum(0), z.maximum(50)), {
      description: 'Minimum age in whole years.',
    }),
    byGroup: z.optional(z.partialRecord(GroupSchema, z.int().check(z.minimum(0), z.maximum(50)))),
    pandemicRelatedYears: z.optional(z.int().check(z.minimum(0), z.maximum(50))),
  }),
  { id: 'MinimumImplementationAge' },
);

/** The minimum implementation age parameter. */
export type MinimumAge = z.infer<typeof MinimumAgeSchema>;

/** The minimum that applies to one proposal. */
export function minimumYearsFor(minimum: MinimumAge, proposal: Proposal): number {
  const byGroup = proposal.group !== undefined ? minimum.byGroup?.[proposal.group] : undefined;
  const base = byGroup ?? minimum.years;
  if (proposal.pandemicRelated === true && minimum.pandemicRelatedYears !== undefined) {
    return Math.min(base, minimum.pandemicRelatedYears);
  }
  return base;
}

/** The age from `start` to `end`, as years and days, in both languages. */
export function describeAge(start: string, end: string): LocalizedText {
  if (compareDates(start, end) > 0) {
    const days = daysBetween(end, start);
    return {
      id: `belum dimulai (mulai ${days} hari sesudahnya)`,
      en: `not started yet (starts ${days} days later)`,
    };
  }
  const years = fullYearsBetween(start, end);
  const days = daysBetween(addYears(start, years), end);
  return {
    id: `${years} tahun ${days} hari`,
    en: `${years} year${years === 1 ? '' : 's'} ${days} day${days === 1 ? '' : 's'}`,
  };
}

function compile({ evaluation, rule }: ReadinessCompileContext): CompiledRule {
  const ref = ruleRef(rule);
  const severity = rule.severity ?? 'error';
  const base = { rule: ref, title: rule.title };
  const path = 'implementationStartDate';

  const minimum = evaluation.read(rule, 'minimumAge', MinimumAgeSchema);
  const reading = evaluation.read(rule, 'registrationClose', IsoDateSchema);
  const rulebookClose =
    reading.status === 'known' ? { date: reading.value, basis: reading.basis } : undefined;
  const closeMissing = reading.status === 'unknown' ? reading.missing : undefined;

  const startMissingMessage = m['KIPP.AGE.START_MISSING']();
  const startMissing: RuleEvaluation = {
    outcome: { ...base, outcome: 'fail', explanation: startMissingMessage },
    findings: [
      {
        code: 'KIPP.AGE.START_MISSING',
        severity,
        path,
        message: startMissingMessage,
        rule: ref,
        fix: m['KIPP.AGE.START_MISSING.FIX'](),
      },
    ],
  };
  let minimumUnknown: RuleEvaluation | undefined;
  if (minimum.status === 'unknown') {
    const message = m['KIPP.AGE.MIN_UNKNOWN']({ missing: minimum.missing });
    minimumUnknown = {
      outcome: { ...base, outcome: 'indeterminate', explanation: message },
      findings: [
        {
          code: 'KIPP.AGE.MIN_UNKNOWN',
          severity: 'warning',
          path,
          message,
          rule: ref,
          ...(minimum.basis ? { basis: [minimum.basis] } : {}),
          fix: m['READINESS.RULE_UNKNOWN.FIX']({
            rulebook: minimum.basis?.rulebook ?? rule.origin,
            ...(minimum.basis ? { parameter: minimum.basis.parameter } : {}),
          }),
        },
      ],
    };
  }
  const closeUnknownMessage = m['KIPP.AGE.CLOSE_UNKNOWN']({
    missing: closeMissing ?? { id: 'tidak ada di buku aturan', en: 'not in the rulebook' },
  });
  const closeUnknown: RuleEvaluation = {
    outcome: { ...base, outcome: 'indeterminate', explanation: closeUnknownMessage },
    findings: [
      {
        code: 'KIPP.AGE.CLOSE_UNKNOWN',
        severity: 'warning',
        path,
        message: closeUnknownMessage,
        rule: ref,
        fix: m['KIPP.AGE.CLOSE_UNKNOWN.FIX'](),
      },
    ],
  };

  /** What every proposal judged against one close date and minimum shares. */
  interface Against {
    readonly latestStart: string;
    readonly basis: Basis[];
    readonly expected: { minimumYears: number; startOnOrBefore: string };
    /** The same start date against the same close gives the same answer: built once. */
    readonly byStart: Map<string, RuleEvaluation>;
  }
  // By close date, then minimum years, then whether the close comes from the rulebook (with its
  // basis) or from an override: no key string built per proposal.
  const againsts = new Map<string, Map<number, [Against | undefined, Against | undefined]>>();
  let memoized = 0;
  const againstFor = (
    close: { date: string; basis?: Basis },
    min: number,
    minimumBasis: Basis,
  ): Against => {
    let byMin = againsts.get(close.date);
    if (!byMin) {
      byMin = new Map();
      againsts.set(close.date, byMin);
    }
    let pair = byMin.get(min);
    if (!pair) {
      pair = [undefined, undefined];
      byMin.set(min, pair);
    }
    const slot = close.basis ? 0 : 1;
    const known = pair[slot];
    if (known) return known;
    const latestStart = latestStartFor(close.date, min);
    const made: Against = {
      latestStart,
      basis: [minimumBasis, ...(close.basis ? [close.basis] : [])],
      expected: { minimumYears: min, startOnOrBefore: latestStart },
      byStart: new Map(),
    };
    pair[slot] = made;
    return made;
  };
  return {
    proposal(proposal: Proposal, context: ProposalContext): RuleEvaluation {
      const start = proposal.implementationStartDate;
      if (start === undefined) return startMissing;
      if (minimumUnknown || minimum.status !== 'known') return minimumUnknown ?? startMissing;
      const override = context.registrationCloseOverride;
      const close: { date: string; basis?: Basis } | undefined = override
        ? { date: override.date }
        : rulebookClose;
      if (!close) return closeUnknown;

      const min = minimumYearsFor(minimum.value, proposal);
      const against = againstFor(close, min, minimum.basis);
      const memo = against.byStart.get(start);
      if (memo) return memo;
      const evaluated = evaluateAge(start, close, min, against);
      if (memoized < 20_000) {
        against.byStart.set(start, evaluated);
        memoized += 1;
      }
      return evaluated;
    },
  };

  function evaluateAge(
    start: string,
    close: { date: string; basis?: Basis },
    min: number,
    { latestStart, basis, expected }: Against,
  ): RuleEvaluation {
    const eligibleFrom = addYears(start, min);
    const age = describeAge(start, close.date);
    const observed = {
      implementationStartDate: start,
      registrationCloseDate: close.date,
      age: age.en,
    };

    if (compareDates(eligibleFrom, close.date) <= 0) {
      return {
        // `base` written out: properties added after a spread cost more than the rest of the
        // evaluation (one answer per start date, so this runs about once per proposal).
        outcome: {
          rule: base.rule,
          title: base.title,
          outcome: 'pass',
          explanation: m['KIPP.AGE.MIN.PASS']({ age, close: close.date, min, eligibleFrom }),
          observed,
          expected,
          basis,
        },
        findings: [],
      };
    }
    const message = m['KIPP.AGE.MIN']({ age, close: close.date, min });
    return {
      outcome: {
        rule: base.rule,
        title: base.title,
        outcome: 'fail',
        explanation: message,
        observed,
        expected,
        basis,
      },
      findings: [
        {
          code: 'KIPP.AGE.MIN',
          severity,
          path,
          message,
          observed,
          expected,
          rule: ref,
          basis,
          fix: m['KIPP.AGE.MIN.FIX']({ eligibleFrom, latestStart, close: close.date }),
        },
      ],
    };
  }
}

/**
 * The latest start date that is old enough on `close`: the greatest `s` with
 * `addYears(s, min) <= close`.
 */
export function latestStartFor(close: string, min: number): string {
  let candidate = addYears(close, -min);
  // addYears rounds 29 February forward; step back until the anniversary fits.
  while (compareDates(addYears(candidate, min), close) > 0) candidate = addDays(candidate, -1);
  while (compareDates(addYears(addDays(candidate, 1), min), close) <= 0)
    candidate = addDays(candidate, 1);
  return candidate;
}

/** Rule kind `readiness.implementation-age`. */
export const implementationAgeKind: ReadinessRuleKind = {
  kind: 'readiness.implementation-age',
  domain: 'readiness',
  title: { id: 'Usia implementasi minimal', en: 'Minimum implementation age' },
  slots: {
    minimumAge: {
      schema: MinimumAgeSchema,
      required: true,
      description: {
        id: 'Usia minimal dalam tahun, per kelompok',
        en: 'Minimum age in years, per group',
      },
    },
    registrationClose: {
      schema: IsoDateSchema,
      required: false,
      description: { id: 'Tanggal penutupan pendaftaran', en: 'Registration close date' },
    },
  },
  compile,
};
