/**
 * Attachments (`../shared/domain/kipp.md` §2.8): the documents an edition asks for, per group
 * or condition, and the file rules (media type, size) where they are known.
 *
 * @module
 */
import * as z from 'zod/mini';
import { withMeta } from '../../shared/zod.js';
import type { Finding } from '../../shared/finding.js';
import { LocalizedTextSchema } from '../../shared/i18n.js';
import { readinessMessages as m } from '../messages.js';
import { GroupSchema, type Attachment, type Proposal } from '../schema.js';
import type { ReadinessRuleKind, RuleEvaluation } from '../types.js';
import { readSlot, ruleTools } from './common.js';

/** The documents an edition knows, and which of them it requires. */
export const AttachmentRequirementsSchema = withMeta(
  z.array(
    z.strictObject({
      type: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/)),
      title: LocalizedTextSchema,
      required: z._default(z.boolean(), true),
      severity: withMeta(z.optional(z.enum(['error', 'warning'])), {
        description: 'Lower to warning when the requirement is only known from a regional copy.',
      }),
      groups: withMeta(z.optional(z.array(GroupSchema)), {
        description: 'Only for these groups (default: every group).',
      }),
      checkFiles: withMeta(z._default(z.boolean(), true), {
        description: 'false: the file rules (type, size) do not apply to this document.',
      }),
      when: withMeta(z.optional(z.enum(['isTeam', 'isApplication'])), {
        description: 'Only when this proposal flag is true.',
      }),
    }),
  ),
  { id: 'AttachmentRequirements' },
);

/** File rules: allowed media types and the largest size. */
export const FileRulesSchema = withMeta(
  z.strictObject({
    mediaTypes: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
    maxBytes: z.int().check(z.minimum(1)),
  }),
  { id: 'FileRules' },
);

const EXTENSION_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  mp4: 'video/mp4',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

function mediaTypeOf(a: Attachment): string | undefined {
  if (a.mediaType !== undefined) return a.mediaType.toLowerCase().split(';')[0]?.trim();
  const dot = a.fileName?.lastIndexOf('.') ?? -1;
  if (a.fileName === undefined || dot < 0) return undefined;
  return EXTENSION_TYPES[a.fileName.slice(dot + 1).toLowerCase()];
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0
    ? `${bytes / (1024 * 1024)} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}

/** Rule kind `readiness.attachments`. */
export const attachmentsKind: ReadinessRuleKind = {
  kind: 'readiness.attachments',
  domain: 'readiness',
  title: { id: 'Lampiran', en: 'Attachments' },
  slots: {
    documents: {
      schema: AttachmentRequirementsSchema,
      required: true,
      description: { id: 'Dokumen yang diminta', en: 'Documents asked for' },
    },
    fileRules: {
      schema: FileRulesSchema,
      required: false,
      description: { id: 'Jenis dan ukuran berkas', en: 'File types and sizes' },
    },
  },
  compile({ evaluation, rule }) {
    const t = ruleTools(rule);
    const docs = readSlot(evaluation, rule, 'documents', AttachmentRequirementsSchema);
    if (docs.status !== 'known') {
      const unknown =
        docs.status === 'unknown'
          ? t.unknown(docs.missing, docs.basis, 'attachments')
          : t.result('not-applicable', m['KIPP.ATTACHMENT.NONE']());
      return { proposal: () => unknown };
    }
    const files = readSlot(evaluation, rule, 'fileRules', FileRulesSchema);
    const basisList = [
      docs.basis,
      ...(files.status !== 'absent' && files.basis ? [files.basis] : []),
    ];
    const fileRules = files.status === 'known' ? files.value : undefined;
    const fileHint = fileRules
      ? { types: fileRules.mediaTypes.join(', '), max: formatBytes(fileRules.maxBytes) }
      : undefined;
    const filesUnknown =
      files.status === 'unknown'
        ? t.finding({
            code: 'KIPP.ATTACHMENT.FILE_RULES_UNKNOWN',
            severity: 'warning',
            path: 'attachments',
            message: m['KIPP.ATTACHMENT.FILE_RULES_UNKNOWN']({ missing: files.missing }),
            ...(files.basis ? { basis: [files.basis] } : {}),
            fix: m['READINESS.RULE_UNKNOWN.FIX']({
              rulebook: files.basis?.rulebook ?? rule.origin,
              ...(files.basis ? { parameter: files.basis.parameter } : {}),
            }),
          })
        : undefined;
    const items = docs.value.map((d) => ({
      ...d,
      missing: t.finding({
        code: 'KIPP.ATTACHMENT.MISSING',
        ...(d.severity ? { severity: d.severity } : {}),
        path: 'attachments',
        message: m['KIPP.ATTACHMENT.MISSING']({ document: d.title }),
        expected: { type: d.type },
        fix: m['KIPP.ATTACHMENT.MISSING.FIX']({ document: d.title, type: d.type, files: fileHint }),
        basis: basisList,
      }),
    }));
    const knownTypes = new Set(items.map((i) => i.type));
    const unchecked = new Set(items.filter((i) => !i.checkFiles).map((i) => i.type));
    const applies = (item: (typeof items)[number], p: Proposal): boolean =>
      item.required &&
      (item.groups === undefined || (p.group !== undefined && item.groups.includes(p.group))) &&
      (item.when === undefined ||
        (item.when === 'isTeam' ? p.innovator?.isTeam : p.isApplication) === true);
    // When every finding is one made above (a missing document, the unknown file rules), the
    // answer depends only on which and on how many attachments: made once for each.
    const shared = new Map<string, RuleEvaluation>();
    return {
      proposal(proposal): RuleEvaluation {
        const attachments = proposal.attachments ?? [];
        let findings: Finding[] | undefined;
        let errors = false;
        let missing = '';
        for (let k = 0; k < items.length; k += 1) {
          const item = items[k];
          if (!item || !applies(item, proposal)) continue;
          if (attachments.some((a) => a.type === item.type)) continue;
          (findings ??= []).push(item.missing);
          if (item.missing.severity === 'error') errors = true;
          missing += `${k},`;
        }
        const made = findings?.length ?? 0;
        attachments.forEach((a, i) => {
          const path = `attachments[${i}]`;
          if (!knownTypes.has(a.type)) {
            (findings ??= []).push(
              t.finding({
                code: 'KIPP.ATTACHMENT.UNKNOWN_TYPE',
                severity: 'warning',
                path: `${path}.type`,
                message: m['KIPP.ATTACHMENT.UNKNOWN_TYPE']({ type: a.type }),
                fix: m['KIPP.ATTACHMENT.UNKNOWN_TYPE.FIX']({ known: [...knownTypes].join(', ') }),
                basis: basisList,
              }),
            );
          }
          if (!fileRules || unchecked.has(a.type)) return;
          const type = mediaTypeOf(a);
          if (type !== undefined && !fileRules.mediaTypes.includes(type)) {
            errors ||= t.severity === 'error';
            (findings ??= []).push(
              t.finding({
                code: 'KIPP.ATTACHMENT.MEDIA_TYPE',
                path,
                message: m['KIPP.ATTACHMENT.MEDIA_TYPE']({ name: a.fileName ?? a.type, type }),
                observed: type,
                expected: { oneOf: fileRules.mediaTypes },
                fix: m['KIPP.ATTACHMENT.MEDIA_TYPE.FIX']({
                  types: fileRules.mediaTypes.join(', '),
                }),
                basis: basisList,
              }),
            );
          }
          if (a.sizeBytes !== undefined && a.sizeBytes > fileRules.maxBytes) {
            errors ||= t.severity === 'error';
            (findings ??= []).push(
              t.finding({
                code: 'KIPP.ATTACHMENT.TOO_LARGE',
                path,
                message: m['KIPP.ATTACHMENT.TOO_LARGE']({
                  name: a.fileName ?? a.type,
                  size: formatBytes(a.sizeBytes),
                  max: formatBytes(fileRules.maxBytes),
                }),
                observed: { sizeBytes: a.sizeBytes },
                expected: { maxBytes: fileRules.maxBytes },
                fix: m['KIPP.ATTACHMENT.TOO_LARGE.FIX']({
                  reduce: formatBytes(a.sizeBytes - fileRules.maxBytes),
                  max: formatBytes(fileRules.maxBytes),
                }),
                basis: basisList,
              }),
            );
          }
        });
        const own = (findings?.length ?? 0) > made;
        if (filesUnknown && attachments.length > 0) (findings ??= []).push(filesUnknown);
        const count = attachments.length;
        if (own) return evaluate(count, errors, findings);
        const key = `${missing}|${count}`;
        let evaluation = shared.get(key);
        if (evaluation === undefined) {
          evaluation = evaluate(count, errors, findings);
          if (shared.size < 10_000) shared.set(key, evaluation);
        }
        return evaluation;
      },
    };

    function evaluate(
      count: number,
      errors: boolean,
      findings: Finding[] | undefined,
    ): RuleEvaluation {
      return t.result(
        errors ? 'fail' : 'pass',
        errors
          ? m['KIPP.ATTACHMENT.FAIL']({ count })
          : findings
            ? m['KIPP.ATTACHMENT.WARN']({ count, warnings: findings.length })
            : m['KIPP.ATTACHMENT.PASS']({ count }),
        findings ?? [],
        { basis: basisList },
      );
    }
  },
};
