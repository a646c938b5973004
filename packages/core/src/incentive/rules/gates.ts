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
import { keepAnswer } from '../answers.js';
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
import type {
  CompiledGate,
  GateContext,
  GateEvaluation,
  IncentiveRuleKind,
  IncentiveRuleOutcome,
} from '../types.js';

/** Opinions from best to worst. */
const OPINION_ORDER: readonly AuditOpinion[] = ['WTP', 'WDP', 'TW', 'TMP'];

/** An opinion as a digit of an opinion window's pattern (0 stands for a missing year). */
const OPINION_DIGIT: Readonly<Record<AuditOpinion, number>> = { WTP: 1, WDP: 2, TW: 3, TMP: 4 };

/** A gate compiled from a kind's per-region step: its requirement is read once, here. */
const compiled =
  (compile: (context: GateContext) => CompiledGate) =>
  (region: Region, context: GateContext): GateEvaluation =>
    compile(context)(region);

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

/** What a gate outcome says, for {@link createResult}. */
interface ResultParts {
  code: string;
  path: string;
  message: LocalizedText;
  fix?: LocalizedText;
  observed?: unknown;
  expected?: unknown;
  basis: NonNullable<Finding['basis']>;
}

/** Builds a gate's outcome and finding, with the rule reference and severity made once. */
function createResult(
  context: GateContext,
): (outcome: 'pass' | 'fail' | 'indeterminate', parts: ResultParts) => GateEvaluation {
  const ref = ruleRef(context.rule);
  const title = context.rule.title;
  const severity = context.rule.severity ?? 'error';
  // Built key by key rather than with conditional spreads (several times cheaper per region);
  // the keys keep the order of the documented result.
  return (outcome, parts) => {
    const { observed, expected, fix } = parts;
    const explained: Record<string, unknown> = {
      rule: ref,
      title,
      outcome,
      explanation: parts.message,
    };
    if (observed !== undefined) explained.observed = observed;
    if (expected !== undefined) explained.expected = expected;
    explained.basis = parts.basis;
    if (outcome === 'pass') {
      return { outcome: explained as unknown as IncentiveRuleOutcome, findings: [] };
    }
    if (fix) explained.fix = fix;
    const finding: Record<string, unknown> = {
      code: parts.code,
      severity: outcome === 'fail' ? severity : 'warning',
      path: parts.path,
      message: parts.message,
    };
    if (observed !== undefined) finding.observed = observed;
    if (expected !== undefined) finding.expected = expected;
    finding.rule = ref;
    finding.basis = parts.basis;
    if (fix) finding.fix = fix;
    return {
      outcome: explained as unknown as IncentiveRuleOutcome,
      findings: [finding as unknown as Finding],
    };
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
 * How many input patterns a gate keeps explained (a national run has a handful; the bound only
 * stops a stream of odd inputs from growing the cache without end).
 */
const MAX_PATTERNS = 256;

/** A rule whose requirement is unknown: the same answer for every region. */
function always(evaluation: GateEvaluation): CompiledGate {
  const answer = keepAnswer(evaluation);
  return () => answer;
}

/**
 * Audit opinion over the latest N consecutive years in the region's data. A failing year
 * decides (fail) even when other years are missing; otherwise a missing year makes the gate
 * indeterminate and names the years to fill in.
 */
function compileOpinion(context: GateContext): CompiledGate {
  const path = 'auditOpinions';
  const requirement = read(context, AuditOpinionRequirementSchema);
  if (!requirement.ok) return always(unknownRule(context, requirement.reading, path));
  const { accepted, consecutiveYears } = requirement.value;
  const basis = [requirement.basis];
  const expected = { accepted, consecutiveYears };
  const best = OPINION_ORDER.find((o) => accepted.includes(o)) ?? accepted[0] ?? 'WTP';
  const result = createResult(context);
  const noData = keepAnswer(
    result('indeterminate', {
      code: 'INCENTIVE.GATE.OPINION.MISSING',
      path,
      message: m['INCENTIVE.GATE.OPINION.MISSING']({ years: [], needed: consecutiveYears }),
      fix: m['INCENTIVE.GATE.OPINION.MISSING.FIX']({ years: [] }),
      expected,
      basis,
    }),
  );
  const explain = (latest: number, window: readonly (AuditOpinion | null)[]): GateEvaluation => {
    const years: number[] = [];
    const observed: { year: number; opinion: AuditOpinion | null }[] = [];
    const failing: { year: number; opinion: AuditOpinion }[] = [];
    const missing: number[] = [];
    for (let i = 0; i < consecutiveYears; i += 1) {
      const year = latest - i;
      const opinion = window[i] ?? null;
      years.push(year);
      observed.push({ year, opinion });
      if (opinion === null) missing.push(year);
      else if (!accepted.includes(opinion)) failing.push({ year, opinion });
    }
    if (failing.length > 0) {
      return result('fail', {
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
      return result('indeterminate', {
        code: 'INCENTIVE.GATE.OPINION.MISSING',
        path,
        message: m['INCENTIVE.GATE.OPINION.MISSING']({ years: missing, needed: consecutiveYears }),
        fix: m['INCENTIVE.GATE.OPINION.MISSING.FIX']({ years: missing }),
        observed,
        expected,
        basis,
      });
    }
    return result('pass', {
      code: 'INCENTIVE.GATE.OPINION',
      path,
      message: m['INCENTIVE.GATE.OPINION.PASS']({ years, accepted }),
      observed,
      expected,
      basis,
    });
  };
  // The outcome depends only on the latest year and the opinions of the years checked: explained
  // once per such pattern (a national run has a handful) and shared by the regions that have it.
  // The pattern is a number (no string built per region): by latest year, then the window's
  // opinions as base-5 digits (0 for a missing year; 5^20 is well inside a double's integers).
  const explained = new Map<number, Map<number, GateEvaluation>>();
  let patterns = 0;
  const window: (AuditOpinion | null)[] = [];
  return (region) => {
    const opinions = region.auditOpinions ?? [];
    if (opinions.length === 0) return noData;
    let latest = -Infinity;
    for (const entry of opinions) if (entry.year > latest) latest = entry.year;
    let code = 0;
    for (let i = 0; i < consecutiveYears; i += 1) {
      const year = latest - i;
      // a region's list holds each year at most once (the schema checks it)
      let opinion: AuditOpinion | null = null;
      for (const entry of opinions) {
        if (entry.year === year) {
          opinion = entry.opinion;
          break;
        }
      }
      window[i] = opinion;
      code = code * 5 + (opinion === null ? 0 : OPINION_DIGIT[opinion]);
    }
    let byWindow = explained.get(latest);
    let evaluation = byWindow?.get(code);
    if (evaluation === undefined) {
      evaluation = keepAnswer(explain(latest, window));
      if (patterns >= MAX_PATTERNS) {
        explained.clear();
        byWindow = undefined;
        patterns = 0;
      }
      if (byWindow === undefined) {
        byWindow = new Map();
        explained.set(latest, byWindow);
      }
      byWindow.set(code, evaluation);
      patterns += 1;
    }
    return evaluation;
  };
}

function compileFlag(context: GateContext): CompiledGate {
  const requirement = read(context, FlagRequirementSchema);
  if (!requirement.ok) return always(unknownRule(context, requirement.reading));
  const field = requirement.value.indicator;
  const text = FLAG_TEXT[field];
  const basis = [requirement.basis];
  const expected = { [field]: true };
  const result = createResult(context);
  const missing = {
    code: 'INCENTIVE.GATE.FLAG.MISSING',
    path: field,
    message: m['INCENTIVE.GATE.FLAG.MISSING']({ name: text.name, field }),
    fix: m['INCENTIVE.GATE.FLAG.MISSING.FIX']({ field }),
    expected,
    basis,
  };
  const flag = (value: boolean): ResultParts => ({
    code: 'INCENTIVE.GATE.FLAG',
    path: field,
    message: m[value ? 'INCENTIVE.GATE.FLAG.PASS' : 'INCENTIVE.GATE.FLAG']({ name: text.name }),
    fix: text.fix,
    observed: { [field]: value },
    expected,
    basis,
  });
  // Three possible answers, each explained once and shared by every region that gives it.
  const unknown = keepAnswer(result('indeterminate', missing));
  const passed = keepAnswer(result('pass', flag(true)));
  const failed = keepAnswer(result('fail', flag(false)));
  return (region) => {
    const value = region[field];
    if (value === undefined) return unknown;
    return value ? passed : failed;
  };
}

function compileGrade(context: GateContext): CompiledGate {
  const requirement = read(context, GradeRequirementSchema);
  const path = 'eProcurementGrade';
  if (!requirement.ok) return always(unknownRule(context, requirement.reading, path));
  const { minimum } = requirement.value;
  const basis = [requirement.basis];
  const expected = { minimum };
  const result = createResult(context);
  const missing = {
    code: 'INCENTIVE.GATE.GRADE.MISSING',
    path,
    message: m['INCENTIVE.GATE.GRADE.MISSING'](),
    fix: m['INCENTIVE.GATE.GRADE.MISSING.FIX'](),
    expected,
    basis,
  };
  const unknown = keepAnswer(result('indeterminate', missing));
  // One answer per grade (A–E), each explained once and shared by every region that gives it.
  const byGrade = new Map<string, GateEvaluation>();
  return (region) => {
    const observed = region.eProcurementGrade;
    if (observed === undefined) return unknown;
    let evaluation = byGrade.get(observed);
    if (evaluation === undefined) {
      const pass = GRADE_ORDER.indexOf(observed) <= GRADE_ORDER.indexOf(minimum);
      evaluation = keepAnswer(
        result(pass ? 'pass' : 'fail', {
          code: 'INCENTIVE.GATE.GRADE',
          path,
          message: m[pass ? 'INCENTIVE.GATE.GRADE.PASS' : 'INCENTIVE.GATE.GRADE']({
            observed,
            minimum,
          }),
          fix: m['INCENTIVE.GATE.GRADE.FIX']({ observed, minimum }),
          observed,
          expected,
          basis,
        }),
      );
      byGrade.set(observed, evaluation);
    }
    return evaluation;
  };
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
  compile: compileOpinion,
  evaluate: compiled(compileOpinion),
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
  compile: compileFlag,
  evaluate: compiled(compileFlag),
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
  compile: compileGrade,
  evaluate: compiled(compileGrade),
};

function compileUnspecified(context: GateContext): CompiledGate {
  const reading = context.evaluation.read(
    context.rule,
    'requirement',
    UnspecifiedRequirementSchema,
  );
  if (reading.status === 'unknown') return always(unknownRule(context, reading));
  return always(
    unknownRule(context, {
      status: 'unknown',
      parameter: reading.parameter,
      reason: 'unknown',
      missing: {
        id: 'isi kriteria ini belum dikodekan',
        en: 'the content of this criterion is not encoded',
      },
      basis: reading.basis,
    }),
  );
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
  compile: compileUnspecified,
  evaluate: compiled(compileUnspecified),
};

function compileScore(context: GateContext): CompiledGate {
  const requirement = read(context, MinimumScoreRequirementSchema);
  if (!requirement.ok) return always(unknownRule(context, requirement.reading));
  const { scoreKey, minimum, label } = requirement.value;
  const path = `scores.${scoreKey}`;
  const basis = [requirement.basis];
  const expected = { minimum };
  const result = createResult(context);
  const missing = {
    code: 'INCENTIVE.GATE.SCORE.MISSING',
    path,
    message: m['INCENTIVE.GATE.SCORE.MISSING']({ label, field: path }),
    expected,
    basis,
  };
  const unknown = keepAnswer(result('indeterminate', missing));
  // Explained per region (the value is in the text); the fix only where the gate fails (a
  // passing outcome carries none).
  return (region) => {
    const observed = region.scores?.[scoreKey];
    if (observed === undefined) return unknown;
    if (observed >= minimum) {
      return result('pass', {
        code: 'INCENTIVE.GATE.SCORE',
        path,
        message: m['INCENTIVE.GATE.SCORE.PASS']({ label, observed, minimum }),
        observed,
        expected,
        basis,
      });
    }
    return result('fail', {
      code: 'INCENTIVE.GATE.SCORE',
      path,
      message: m['INCENTIVE.GATE.SCORE']({ label, observed, minimum }),
      fix: m['INCENTIVE.GATE.SCORE.FIX']({ label, observed, minimum }),
      observed,
      expected,
      basis,
    });
  };
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
  compile: compileScore,
  evaluate: compiled(compileScore),
};
