/**
 * The proposal form, read from a rulebook: which sections (with word limits), which documents,
 * how many SDGs, whether a video is asked for. Runs on the server (to render the form) and in the
 * browser (the same module, bundled). It only reads the rulebook's parameters; every judgement
 * stays in the core's readiness checker.
 *
 * @module
 */
import {
  AttachmentRequirementsSchema,
  SdgMinimumSchema,
  SectionTemplateSchema,
  VideoRequirementsSchema,
  type Group,
} from '@inovasi/core/readiness';
import { createEvaluation, type ResolvedRulebook } from '@inovasi/core/rulebook';

/** A bilingual text. */
export interface Text {
  readonly id: string;
  readonly en: string;
}

export interface FormSection {
  readonly id: string;
  readonly title: Text;
  readonly maxWords: number | null;
  readonly limit: 'hard' | 'soft';
  readonly required: boolean;
}

export interface FormDocument {
  readonly type: string;
  readonly title: Text;
  readonly required: boolean;
}

/** What the form shows for one rulebook, date and group. */
export interface FormSpec {
  readonly rulebookId: string;
  readonly sections: readonly FormSection[];
  /** Null: the rulebook does not know which sections (the form offers none). */
  readonly sectionsKnown: boolean;
  readonly documents: readonly FormDocument[];
  readonly sdgMinimum: number | null;
  readonly video: { readonly asked: boolean; readonly required: boolean };
}

function ruleOf(rulebook: ResolvedRulebook, kind: string) {
  return rulebook.rules.find((r) => r.kind === kind);
}

/** Reads the form of a resolved readiness rulebook at `asOf` for a proposal group. */
export function formSpecOf(
  rulebook: ResolvedRulebook,
  asOf: string,
  group: Group | undefined,
): FormSpec {
  const evaluation = createEvaluation(rulebook, asOf);
  let sections: FormSection[] = [];
  let sectionsKnown = false;
  const sectionsRule = ruleOf(rulebook, 'readiness.sections');
  if (sectionsRule) {
    const slot = sectionsRule.parameters.single !== undefined ? 'single' : (group ?? 'umum');
    if (sectionsRule.parameters[slot] !== undefined) {
      const reading = evaluation.read(sectionsRule, slot, SectionTemplateSchema);
      if (reading.status === 'known') {
        sectionsKnown = true;
        sections = reading.value.sections.map((s) => ({
          id: s.id,
          title: s.title,
          maxWords: s.maxWords,
          // Left out, the core applies the rule's severity; the form shows the core's defaults.
          limit: s.limit ?? 'hard',
          required: s.required ?? true,
        }));
      }
    }
  }
  let documents: FormDocument[] = [];
  const attachmentsRule = ruleOf(rulebook, 'readiness.attachments');
  if (attachmentsRule?.parameters.documents !== undefined) {
    const reading = evaluation.read(attachmentsRule, 'documents', AttachmentRequirementsSchema);
    if (reading.status === 'known')
      documents = reading.value
        .filter((d) => d.groups === undefined || group === undefined || d.groups.includes(group))
        .map((d) => ({ type: d.type, title: d.title, required: d.required }));
  }
  let sdgMinimum: number | null = null;
  const sdgRule = ruleOf(rulebook, 'readiness.sdgs');
  if (sdgRule?.parameters.minimum !== undefined) {
    const reading = evaluation.read(sdgRule, 'minimum', SdgMinimumSchema);
    if (reading.status === 'known') sdgMinimum = reading.value;
  }
  let video = { asked: false, required: false };
  const videoRule = ruleOf(rulebook, 'readiness.video');
  if (videoRule?.parameters.requirements !== undefined) {
    const reading = evaluation.read(videoRule, 'requirements', VideoRequirementsSchema);
    video =
      reading.status === 'known'
        ? { asked: true, required: reading.value.required }
        : { asked: true, required: false };
  }
  return { rulebookId: rulebook.id, sections, sectionsKnown, documents, sdgMinimum, video };
}

/** Field names of the proposal form that are not sections or documents. */
export const IDENTITY_FIELDS = [
  'title',
  'agency.name',
  'agency.type',
  'unit',
  'group',
  'category',
  'implementationStartDate',
  'sdgs',
  'innovator.name',
  'innovator.email',
] as const;

/** The video fields of the form. */
export const VIDEO_FIELDS = [
  'videoUrl',
  'video.durationSeconds',
  'video.heightPixels',
  'video.publiclyAccessible',
] as const;

const NUMBER_FIELDS = new Set(['video.durationSeconds', 'video.heightPixels']);

function setPath(doc: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let target = doc;
  for (const key of keys.slice(0, -1)) {
    const next = target[key];
    if (typeof next === 'object' && next !== null) target = next as Record<string, unknown>;
    else {
      const created: Record<string, unknown> = {};
      target[key] = created;
      target = created;
    }
  }
  target[keys[keys.length - 1] ?? path] = value;
}

/**
 * The proposal document of the form's fields (name → value; empty fields are left out, so the
 * readiness rules report them missing). `base` keeps fields the form does not show (e.g. awards
 * from an import). `sdgs` is a comma-separated list; `attachments.<type>` a file name;
 * `sections.<id>` a section's text.
 */
export function documentFromFields(
  fields: Iterable<readonly [string, string]>,
  base: Record<string, unknown> = {},
): Record<string, unknown> {
  const owned = new Set(
    [...IDENTITY_FIELDS, ...VIDEO_FIELDS, 'sections', 'attachments'].map((k) => k.split('.')[0]),
  );
  const doc: Record<string, unknown> = Object.fromEntries(
    Object.entries(structuredClone(base)).filter(([k]) => !owned.has(k)),
  );
  const attachments: { type: string; fileName: string }[] = [];
  for (const [name, rawValue] of fields) {
    const value = rawValue.trim();
    if (name.startsWith('_') || value === '') continue;
    if (name.startsWith('sections.')) {
      const sections = (doc.sections ??= {}) as Record<string, string>;
      sections[name.slice('sections.'.length)] = rawValue;
    } else if (name.startsWith('attachments.')) {
      attachments.push({ type: name.slice('attachments.'.length), fileName: value });
    } else if (name === 'sdgs') {
      setPath(
        doc,
        name,
        value
          .split(/[,;\s]+/)
          .filter((s) => s !== '')
          .map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
      );
    } else if (name === 'video.publiclyAccessible') {
      setPath(doc, name, value === 'on' || value === 'true');
    } else if (NUMBER_FIELDS.has(name)) {
      setPath(doc, name, /^\d+(\.\d+)?$/.test(value) ? Number(value) : value);
    } else if ((IDENTITY_FIELDS as readonly string[]).includes(name) || name === 'videoUrl') {
      setPath(doc, name, value);
    }
  }
  if (attachments.length > 0) doc.attachments = attachments;
  return doc;
}

/** Reads a field of a proposal document as the form shows it. */
export function fieldValue(doc: Record<string, unknown>, name: string): string {
  if (name.startsWith('attachments.')) {
    const type = name.slice('attachments.'.length);
    const list = Array.isArray(doc.attachments)
      ? (doc.attachments as { type?: unknown; fileName?: unknown }[])
      : [];
    const found = list.find((a) => a.type === type);
    return typeof found?.fileName === 'string' ? found.fileName : found ? type : '';
  }
  let value: unknown = doc;
  for (const key of name.split('.')) {
    value =
      typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)[key]
        : undefined;
  }
  if (Array.isArray(value)) return value.join(', ');
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
