/**
 * Required fields: every field the edition's form asks for must be filled in (incomplete fields
 * are a documented reason for failing administrative selection, `../shared/domain/kipp.md` §2.7).
 *
 * @module
 */
import * as z from 'zod/mini';
import { withMeta } from '../../shared/zod.js';
import type { Finding } from '../../shared/finding.js';
import { LocalizedTextSchema } from '../../shared/i18n.js';
import { readinessMessages as m } from '../messages.js';
import type { Proposal } from '../schema.js';
import type { ReadinessRuleKind, RuleEvaluation } from '../types.js';
import { readSlot, ruleTools } from './common.js';

/** The fields an edition's form requires, by dotted path (`agency.name`, `innovator.email`). */
export const RequiredFieldsSchema = withMeta(
  z.array(
    z.strictObject({
      path: z
        .string()
        .check(z.regex(/^[A-Za-z]+(\.[A-Za-z]+)*$/, 'a dotted path such as agency.name')),
      title: LocalizedTextSchema,
    }),
  ),
  { id: 'RequiredFields' },
);

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  // A printable ASCII first character is not white space: the common case needs no trim.
  if (typeof value === 'string') {
    const first = value.charCodeAt(0);
    return !(first > 32 && first < 127) && value.trim() === '';
  }
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

function getter(path: string): (p: Proposal) => unknown {
  const keys = path.split('.');
  return (p) => {
    let current: unknown = p;
    for (const key of keys) {
      if (typeof current !== 'object' || current === null) return undefined;
      current = Object.hasOwn(current, key) ? (current as Record<string, unknown>)[key] : undefined;
    }
    return current;
  };
}

/** Rule kind `readiness.required-fields`. */
export const requiredFieldsKind: ReadinessRuleKind = {
  kind: 'readiness.required-fields',
  domain: 'readiness',
  title: { id: 'Isian wajib', en: 'Required fields' },
  slots: {
    fields: {
      schema: RequiredFieldsSchema,
      required: true,
      description: { id: 'Isian yang wajib diisi', en: 'The fields that must be filled in' },
    },
  },
  compile({ evaluation, rule }) {
    const t = ruleTools(rule);
    const slot = readSlot(evaluation, rule, 'fields', RequiredFieldsSchema);
    if (slot.status !== 'known') {
      const unknown = t.unknown(
        slot.status === 'unknown' ? slot.missing : { id: 'tidak dipetakan', en: 'not mapped' },
        slot.status === 'unknown' ? slot.basis : undefined,
      );
      return { proposal: () => unknown };
    }
    const basis = [slot.basis];
    const fields = slot.value.map((f) => ({
      ...f,
      get: getter(f.path),
      finding: t.finding({
        code: 'KIPP.FIELD.MISSING',
        path: f.path,
        message: m['KIPP.FIELD.MISSING']({ field: f.title }),
        fix: m['KIPP.FIELD.MISSING.FIX']({ field: f.title, path: f.path }),
        basis,
      }),
    }));
    const pass: RuleEvaluation = t.result(
      'pass',
      m['KIPP.FIELD.PASS']({ count: fields.length }),
      [],
      { basis },
    );
    return {
      proposal(proposal) {
        let findings: Finding[] | undefined;
        for (const field of fields) {
          if (isEmpty(field.get(proposal))) (findings ??= []).push(field.finding);
        }
        if (!findings) return pass;
        return t.result(
          'fail',
          m['KIPP.FIELD.FAIL']({ missing: findings.length, count: fields.length }),
          findings,
          { observed: { missing: findings.map((f) => f.path) }, basis },
        );
      },
    };
  },
};
