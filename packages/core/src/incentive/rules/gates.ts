/**
 * Gates (kriteria utama): audit opinion and its history, yes/no requirements (timely APBD,
 * e-procurement, e-budgeting, e-planning, PTSP) and a minimum e-procurement grade. Each gate is
 * tri-state: pass, fail, or indeterminate when the region's data or the rule's value is missing.
 *
 * @module
 */
import * as z from 'zod/mini';
import { ruleRef, type UnknownReading } from '../../rulebook/index.js';
import type { Finding } from '../../shared/finding.js';
import type { LocalizedText } from '../../shared/i18n.js';
import { FLAG_TEXT, incentiveMessages as m } from '../messages.js';
import {
  AuditOpinionRequirementSchema,
  FlagRequirementSchema,
  GradeRequirementSchema,
  MinimumScoreRequirementSchema,
  GRADE_ORDER,
  type AuditOpinion,
  type Region,
} from '../schema.js';
import type { GateContext, GateEvaluation, IncentiveRuleKind } from '../types.js';

/** Opinions from best to worst. */
const OPINION_ORDER: readonly AuditOpinion[] = ['WTP', 'WDP', 'TW', 'TMP'];

function unknownRule(context: GateContext, reading: UnknownReading, path?: string): GateEvaluation {
  const ref = ruleRef(context.rule);
  const message = m['INCENTIVE.RULE.UNKNOWN']({ rule: context.rule.id, missing: reading.missing });
  return {
    outcome: {
      rule: ref,
      title: context.rule.title,
      outcome: 'indeterminate',
      explanation: message,
      ...(reading.basis ? { basis: [reading.basis] } : {}),
    },
    findings: [
      {
        code: 'INCENTIVE.RULE.UNKNOWN',
        severity: 'warning',
        ...(path !== undefined ? { path } : {}),
        message,
        rule: ref,
        ...(reading.basis ? { basis: [reading.basis] } : {}),
      },
    ],
  };
}

function result(
  context: GateContext,
  outcome: 'pass' | 'fail' | 'indeterminate',
  parts: {
    code: string;
    path: string;
    message: LocalizedText;
    fix?: LocalizedText;
    observed?: unknown;
    expected?: unknown;
    basis: NonNullable<Finding['basis']>;
  },
): GateEvaluation {
  const ref = ruleRef(context.rule);
  const severity = context.rule.severity ?? 'error';
  const finding: Finding | undefined =
    outcome === 'pass'
      ? undefined
      : {
          code: parts.code,
          severity: outcome === 'fail' ? severity : 'warning',
          path: parts.path,
          message: parts.message,
          ...(parts.observed !== undefined ? { observed: parts.observed } : {}),
          ...(parts.expected !== undefined ? { expected: parts.expected } : {}),
          rule: ref,
          basis: parts.basis,
          ...(parts.fix ? { fix: parts.fix } : {}),
        };
  return {
    outcome: {
      rule: ref,
      title: context.rule.title,
      outcome,
      explanation: parts.message,
      ...(parts.observed !== undefined ? { observed: parts.observed } : {}),
      ...(parts.expected !== undefined ? { expected: parts.expected } : {}),
      basis: parts.basis,
      ...(parts.fix && outcome !== 'pass' ? { fix: parts.fix } : {}),
    },
    findings: finding ? [finding] : [],
  };
}

function read<S extends z.ZodMiniType>(
  context: GateContext,
  schema: S,
):
  | { ok: true; value: z.infer<S>; basis: NonNullable<Finding['basis']>[number] }
  | { ok: false; reading: UnknownReading } {
  const reading = context.evaluation.read(context.rule, 'requirement', schema);
  if (reading.status === 'unknown') return { ok: false, reading };
  return { ok: true, value: reading.value, basis: reading.basis };
}

/**
 * Audit opinion over the latest N consecutive years in the region's data. A failing year
 * decides (fail) even when other years are missing; otherwise a missing year makes the gate
 * indeterminate and names the years to fill in.
 */
function evaluateOpinion(region: Region, context: GateContext): GateEvaluation {
  const path = 'auditOpinions';
  const requirement = read(context, AuditOpinionRequirementSchema);
  if (!requirement.ok) return unknownRule(context, requirement.reading, path);
  const { accepted, consecutiveYears } = requirement.value;
  const basis = [requirement.basis];
  const byYear = new Map<number, AuditOpinion>();
  for (const entry of region.auditOpinions ?? []) byYear.set(entry.year, entry.opinion);
  const expected = { accepted, consecutiveYears };
  if (byYear.size === 0) {
    return result(context, 'indeterminate', {
      code: 'INCENTIVE.GATE.OPINION.MISSING',
      path,
      message: m['INCENTIVE.GATE.OPINION.MISSING']({ years: [], needed: consecutiveYears }),
      fix: m['INCENTIVE.GATE.OPINION.MISSING.FIX']({ years: [] }),
      expected,
      basis,
    });
  }
  const latest = Math.max(...byYear.keys());
  const years = Array.from({ length: consecutiveYears }, (_, i) => latest - i);
  const observed = years.map((year) => ({ year, opinion: byYear.get(year) ?? null }));
  const failing = observed.flatMap((o) =>
    o.opinion !== null && !accepted.includes(o.opinion)
      ? [{ year: o.year, opinion: o.opinion }]
      : [],
  );
  const missing = observed.filter((o) => o.opinion === null).map((o) => o.year);
  if (failing.length > 0) {
    const best = OPINION_ORDER.find((o) => accepted.includes(o)) ?? accepted[0] ?? 'WTP';
    return result(context, 'fail', {
      code: 'INCENTIVE.GATE.OPINION',
      path,
      message: m['INCENTIVE.GATE.OPINION']({ failing, accepted, years: consecutiveYears }),
      fix: m['INCENTIVE.GATE.OPINION.FIX']({ failing, best }),
      observed,
      expected,
      basis,
    });
  }
  if (missing.length > 0) {
    return result(context, 'indeterminate', {
      code: 'INCENTIVE.GATE.OPINION.MISSING',
      path,
      message: m['INCENTIVE.GATE.OPINION.MISSING']({ years: missing, needed: consecutiveYears }),
      fix: m['INCENTIVE.GATE.OPINION.MISSING.FIX']({ years: missing }),
      observed,
      expected,
      basis,
    });
  }
  return result(context, 'pass', {
    code: 'INCENTIVE.GATE.OPINION',
    path,
    message: m['INCENTIVE.GATE.OPINION.PASS']({ years, accepted }),
    observed,
    expected,
    basis,
  });
}

function evaluateFlag(region: Region, context: GateContext): GateEvaluation {
  const requirement = read(context, FlagRequirementSchema);
  if (!requirement.ok) return unknownRule(context, requirement.reading);
  const field = requirement.value.indicator;
  const text = FLAG_TEXT[field];
  const value = region[field];
  const basis = [requirement.basis];
  const expected = { [field]: true };
  if (value === undefined) {
    return result(context, 'indeterminate', {
      code: 'INCENTIVE.GATE.FLAG.MISSING',
      path: field,
      message: m['INCENTIVE.GATE.FLAG.MISSING']({ name: text.name, field }),
      fix: m['INCENTIVE.GATE.FLAG.MISSING.FIX']({ field }),
      expected,
      basis,
    });
  }
  return result(context, value ? 'pass' : 'fail', {
    code: 'INCENTIVE.GATE.FLAG',
    path: field,
    message: m[value ? 'INCENTIVE.GATE.FLAG.PASS' : 'INCENTIVE.GATE.FLAG']({ name: text.name }),
    fix: text.fix,
    observed: { [field]: value },
    expected,
    basis,
  });
}

function evaluateGrade(region: Region, context: GateContext): GateEvaluation {
  const requirement = read(context, GradeRequirementSchema);
  const path = 'eProcurementGrade';
  if (!requirement.ok) return unknownRule(context, requirement.reading, path);
  const { minimum } = requirement.value;
  const basis = [requirement.basis];
  const expected = { minimum };
  const observed = region.eProcurementGrade;
  if (observed === undefined) {
    return result(context, 'indeterminate', {
      code: 'INCENTIVE.GATE.GRADE.MISSING',
      path,
      message: m['INCENTIVE.GATE.GRADE.MISSING'](),
      fix: m['INCENTIVE.GATE.GRADE.MISSING.FIX'](),
      expected,
      basis,
    });
  }
  const pass = GRADE_ORDER.indexOf(observed) <= GRADE_ORDER.indexOf(minimum);
  return result(context, pass ? 'pass' : 'fail', {
    code: 'INCENTIVE.GATE.GRADE',
    path,
    message: m[pass ? 'INCENTIVE.GATE.GRADE.PASS' : 'INCENTIVE.GATE.GRADE']({ observed, minimum }),
    fix: m['INCENTIVE.GATE.GRADE.FIX']({ observed, minimum }),
    observed,
    expected,
    basis,
  });
}

const requirementSlot = (schema: z.ZodMiniType, description: LocalizedText) => ({
  requirement: { schema, required: true, description },
});

/** Rule kind `incentive.gate.audit-opinion`. */
export const auditOpinionGateKind: IncentiveRuleKind = {
  kind: 'incentive.gate.audit-opinion',
  domain: 'incentive',
  role: 'gate',
  title: { id: 'Opini BPK atas LKPD', en: 'BPK audit opinion on the LKPD' },
  slots: requirementSlot(AuditOpinionRequirementSchema, {
    id: 'Opini yang diterima dan jumlah tahun berturut-turut',
    en: 'Accepted opinions and the number of consecutive years',
  }),
  evaluate: evaluateOpinion,
};

/** Rule kind `incentive.gate.flag`: a yes/no requirement. */
export const flagGateKind: IncentiveRuleKind = {
  kind: 'incentive.gate.flag',
  domain: 'incentive',
  role: 'gate',
  title: { id: 'Syarat ya/tidak', en: 'Yes/no requirement' },
  slots: requirementSlot(FlagRequirementSchema, {
    id: 'Fakta yang disyaratkan (mis. apbdOnTime)',
    en: 'The required fact (e.g. apbdOnTime)',
  }),
  evaluate: evaluateFlag,
};

/** Rule kind `incentive.gate.grade`: a minimum letter grade. */
export const gradeGateKind: IncentiveRuleKind = {
  kind: 'incentive.gate.grade',
  domain: 'incentive',
  role: 'gate',
  title: { id: 'Nilai minimal', en: 'Minimum grade' },
  slots: requirementSlot(GradeRequirementSchema, {
    id: 'Indikator dan nilai minimal',
    en: 'Indicator and minimum grade',
  }),
  evaluate: evaluateGrade,
};

function evaluateUnspecified(_region: Region, context: GateContext): GateEvaluation {
  const reading = context.evaluation.read(
    context.rule,
    'requirement',
    UnspecifiedRequirementSchema,
  );
  if (reading.status === 'unknown') return unknownRule(context, reading);
  return unknownRule(context, {
    status: 'unknown',
    parameter: reading.parameter,
    reason: 'unknown',
    missing: {
      id: 'isi kriteria ini belum dikodekan',
      en: 'the content of this criterion is not encoded',
    },
    basis: reading.basis,
  });
}

/** The requirement of a gate whose content is not known: always `unknown` in a rulebook. */
export const UnspecifiedRequirementSchema = z.null();

/**
 * Rule kind `incentive.gate.unspecified`: a gate (kriteria utama) the regulation has but whose
 * content nobody has found. It is always indeterminate and says what is missing.
 */
export const unspecifiedGateKind: IncentiveRuleKind = {
  kind: 'incentive.gate.unspecified',
  domain: 'incentive',
  role: 'gate',
  title: {
    id: 'Kriteria utama yang isinya belum diketahui',
    en: 'Gate whose content is not known',
  },
  slots: requirementSlot(UnspecifiedRequirementSchema, {
    id: 'Selalu unknown, dengan keterangan apa yang belum ditemukan',
    en: 'Always unknown, saying what has not been found',
  }),
  evaluate: evaluateUnspecified,
};

function evaluateScore(region: Region, context: GateContext): GateEvaluation {
  const requirement = read(context, MinimumScoreRequirementSchema);
  if (!requirement.ok) return unknownRule(context, requirement.reading);
  const { scoreKey, minimum, label } = requirement.value;
  const path = `scores.${scoreKey}`;
  const basis = [requirement.basis];
  const expected = { minimum };
  const observed = region.scores?.[scoreKey];
  if (observed === undefined) {
    return result(context, 'indeterminate', {
      code: 'INCENTIVE.GATE.SCORE.MISSING',
      path,
      message: m['INCENTIVE.GATE.SCORE.MISSING']({ label, field: path }),
      expected,
      basis,
    });
  }
  const pass = observed >= minimum;
  return result(context, pass ? 'pass' : 'fail', {
    code: 'INCENTIVE.GATE.SCORE',
    path,
    message: m[pass ? 'INCENTIVE.GATE.SCORE.PASS' : 'INCENTIVE.GATE.SCORE']({
      label,
      observed,
      minimum,
    }),
    fix: m['INCENTIVE.GATE.SCORE.FIX']({ label, observed, minimum }),
    observed,
    expected,
    basis,
  });
}

/** Rule kind `incentive.gate.minimum-score`: a performance value must reach a threshold. */
export const minimumScoreGateKind: IncentiveRuleKind = {
  kind: 'incentive.gate.minimum-score',
  domain: 'incentive',
  role: 'gate',
  title: { id: 'Nilai kinerja minimal', en: 'Minimum performance score' },
  slots: requirementSlot(MinimumScoreRequirementSchema, {
    id: 'Kunci nilai, batas minimal dan namanya',
    en: 'Score key, minimum and its name',
  }),
  evaluate: evaluateScore,
};
