/**
 * SPBE answers (`../shared/domain/kipp.md` §2.8, §3.3): when the innovation is a web or mobile
 * application, the SPBE (e-government) questions must be answered. The national 2023 rules
 * confirm the questions exist; the question list itself was not found, so a rulebook may leave it
 * unknown and the answers are then checked for presence only, with a warning for human review.
 *
 * @module
 */
import * as z from 'zod/mini';
import { withMeta } from '../../shared/zod.js';
import type { Finding } from '../../shared/finding.js';
import { LocalizedTextSchema } from '../../shared/i18n.js';
import { readinessMessages as m } from '../messages.js';
import type { ReadinessRuleKind, RuleEvaluation } from '../types.js';
import { readSlot, ruleTools } from './common.js';

/** The SPBE questions an edition asks, by id. */
export const SpbeQuestionsSchema = withMeta(
  z
    .array(z.strictObject({ id: z.string().check(z.minLength(1)), title: LocalizedTextSchema }))
    .check(z.minLength(1)),
  { id: 'SpbeQuestions' },
);

function answered(value: string | boolean | number | undefined): boolean {
  return value !== undefined && !(typeof value === 'string' && value.trim() === '');
}

/** Rule kind `readiness.spbe`. */
export const spbeKind: ReadinessRuleKind = {
  kind: 'readiness.spbe',
  domain: 'readiness',
  title: { id: 'Isian SPBE untuk aplikasi', en: 'SPBE answers for applications' },
  slots: {
    questions: {
      schema: SpbeQuestionsSchema,
      required: true,
      description: { id: 'Pertanyaan SPBE', en: 'SPBE questions' },
    },
  },
  compile({ evaluation, rule }) {
    const t = ruleTools(rule);
    const read = readSlot(evaluation, rule, 'questions', SpbeQuestionsSchema);
    const notApplicable = t.result('not-applicable', m['KIPP.SPBE.NOT_APPLICATION']());
    const basis = read.status !== 'absent' && read.basis ? [read.basis] : [];
    const missingMessage = m['KIPP.SPBE.MISSING']();
    const missing = t.result('fail', missingMessage, [
      t.finding({
        code: 'KIPP.SPBE.MISSING',
        path: 'spbe',
        message: missingMessage,
        fix: m['KIPP.SPBE.MISSING.FIX'](),
        basis,
      }),
    ]);
    const questions = read.status === 'known' ? read.value : undefined;
    const listUnknown =
      read.status === 'unknown'
        ? t.finding({
            code: 'KIPP.SPBE.QUESTIONS_UNKNOWN',
            severity: 'warning',
            path: 'spbe',
            message: m['KIPP.SPBE.QUESTIONS_UNKNOWN']({ missing: read.missing }),
            basis,
            fix: m['READINESS.RULE_UNKNOWN.FIX']({
              rulebook: read.basis?.rulebook ?? rule.origin,
              ...(read.basis ? { parameter: read.basis.parameter } : {}),
            }),
          })
        : undefined;
    return {
      proposal(proposal): RuleEvaluation {
        if (proposal.isApplication !== true) return notApplicable;
        const answers = proposal.spbe ?? {};
        const given = Object.keys(answers).filter((k) => answered(answers[k]));
        if (given.length === 0) return missing;
        if (!questions) {
          return t.result(
            'pass',
            m['KIPP.SPBE.PRESENT']({ count: given.length }),
            listUnknown ? [listUnknown] : [],
            { basis },
          );
        }
        const findings: Finding[] = [];
        for (const q of questions) {
          if (answered(answers[q.id])) continue;
          findings.push(
            t.finding({
              code: 'KIPP.SPBE.UNANSWERED',
              path: `spbe.${q.id}`,
              message: m['KIPP.SPBE.UNANSWERED']({ question: q.title }),
              fix: m['KIPP.SPBE.UNANSWERED.FIX']({ id: q.id }),
              basis,
            }),
          );
        }
        return findings.length === 0
          ? t.result('pass', m['KIPP.SPBE.PASS']({ count: questions.length }), [], { basis })
          : t.result('fail', m['KIPP.SPBE.FAIL']({ count: findings.length }), findings, { basis });
      },
    };
  },
};
