/**
 * Builds a national KIPP edition's rulebook from its parameters: each edition states its own
 * values and sources, and this file turns them into the same rule list every time, so editions
 * differ only in data. A parameter left out means the rule does not apply to that edition; a
 * parameter given as `{ unknown }` keeps the rule and makes it report "needs human review".
 *
 * @module
 */
import type { RulebookInput } from '../../rulebook/schema.js';
import type { LocalizedText } from '../../shared/i18n.js';
import type { Source } from '../../shared/source.js';

/** One dated value of a parameter whose value changed during the edition. */
export type DatedParam =
  | { readonly from: string; readonly value: unknown; readonly source: Source }
  | { readonly from: string; readonly unknown: LocalizedText; readonly source?: Source };

/**
 * A value with its source, or what is missing, applying from the edition's first day; or, for a
 * value that changed during the edition (a deadline extended), its dated values in order. A
 * change is a new dated value, never an edit of the first.
 */
export type Param =
  | { readonly value: unknown; readonly source: Source }
  | { readonly unknown: LocalizedText; readonly source?: Source }
  | { readonly dated: readonly [DatedParam, ...DatedParam[]] };

type GroupParams = Partial<Record<'single' | 'umum' | 'replikasi' | 'khusus', Param>>;

/** The parameters of one edition. */
export interface EditionParams {
  readonly registrationClose: Param;
  readonly minimumAge: Param;
  readonly participants: Param;
  readonly groups: Param;
  readonly categories: Param;
  readonly requiredFields: Param;
  readonly awards: GroupParams;
  readonly replication?: Param;
  readonly sections: GroupParams;
  readonly attachments: Param;
  readonly fileRules?: Param;
  readonly video?: Param;
  readonly sdgMinimum?: Param;
  readonly spbe?: Param;
  readonly quality: Param;
  readonly duplicateTitleSource: Source;
  readonly quota?: Param;
}

/** What an edition says about itself. */
export interface EditionSpec {
  readonly id: string;
  readonly title: LocalizedText;
  readonly status?: 'in-force' | 'historical';
  readonly legalBasis: readonly Source[];
  readonly effective: { readonly from: string; readonly to: string };
  readonly params: EditionParams;
  /** Rule ids whose failures are lowered to warnings (the rule is known only from a regional copy). */
  readonly warningOnly?: readonly string[];
}

const T = (id: string, en: string): LocalizedText => ({ id, en });

/** Titles of the parameters, by id. */
const PARAMETER_TITLES: Readonly<Record<string, LocalizedText>> = {
  'kipp.registration-close': T('Penutupan pendaftaran', 'Registration close'),
  'kipp.implementation-age.minimum': T('Usia implementasi minimal', 'Minimum implementation age'),
  'kipp.participants': T('Instansi yang boleh mengajukan', 'Who may submit'),
  'kipp.groups': T('Kelompok', 'Groups'),
  'kipp.categories': T('Kategori', 'Categories'),
  'kipp.required-fields': T('Isian wajib', 'Required fields'),
  'kipp.replication.source': T('Sumber replikasi', 'What a replication may adapt'),
  'kipp.attachments': T('Lampiran', 'Attachments'),
  'kipp.attachments.file-rules': T('Ketentuan berkas', 'File rules'),
  'kipp.video': T('Ketentuan video', 'Video requirements'),
  'kipp.sdgs.minimum': T('Jumlah TPB minimal', 'Least number of SDGs'),
  'kipp.spbe.questions': T('Pertanyaan SPBE', 'SPBE questions'),
  'kipp.quality.thresholds': T('Ambang tanda jawaban asal', 'Careless-answer thresholds'),
  'kipp.quota': T('Kuota per instansi', 'Quota per agency'),
};

const GROUP_TITLES = {
  single: T('edisi tanpa kelompok', 'edition without groups'),
  umum: T('kelompok umum', 'kelompok umum'),
  replikasi: T('kelompok replikasi', 'kelompok replikasi'),
  khusus: T('kelompok khusus', 'kelompok khusus'),
} as const;

function title(id: string): LocalizedText {
  const known = PARAMETER_TITLES[id];
  if (known) return known;
  const match = /^kipp\.(awards|sections)\.(single|umum|replikasi|khusus)$/.exec(id);
  if (!match) return T(id, id);
  const g = GROUP_TITLES[match[2] as keyof typeof GROUP_TITLES];
  return match[1] === 'awards'
    ? T(`Syarat riwayat penghargaan, ${g.id}`, `Award conditions, ${g.en}`)
    : T(`Bagian proposal, ${g.id}`, `Proposal sections, ${g.en}`);
}

const UNKNOWN_SOURCE: Source = {
  citation:
    'inovasi: not found in the national sources searched (juklak, ministry releases, national press)',
  tier: 'D',
};

function sourceOf(param: Param): Source {
  if ('dated' in param) return param.dated[0].source ?? UNKNOWN_SOURCE;
  return param.source ?? UNKNOWN_SOURCE;
}

function datedValue(from: string, param: DatedParam | Exclude<Param, { dated: unknown }>) {
  return 'unknown' in param
    ? { from, unknown: param.unknown, ...(param.source ? { source: param.source } : {}) }
    : { from, value: param.value as never, source: param.source };
}

/** Builds the rulebook of a national edition. */
export function buildEdition(spec: EditionSpec): RulebookInput {
  const from = spec.effective.from;
  const parameters: NonNullable<RulebookInput['parameters']> = [];
  const add = (id: string, param: Param | undefined): string | undefined => {
    if (!param) return undefined;
    parameters.push({
      id,
      title: title(id),
      values:
        'dated' in param
          ? param.dated.map((d) => datedValue(d.from, d))
          : [datedValue(from, param)],
    });
    return id;
  };
  const p = spec.params;
  const rules: NonNullable<RulebookInput['rules']> = [];
  const rule = (
    id: string,
    kind: string,
    ruleTitle: LocalizedText,
    slots: Record<string, string | undefined>,
    source: Source,
  ): void => {
    const mapped = Object.fromEntries(
      Object.entries(slots).filter((e): e is [string, string] => e[1] !== undefined),
    );
    rules.push({
      id,
      kind,
      title: ruleTitle,
      parameters: mapped,
      source,
      ...(spec.warningOnly?.includes(id) ? { severity: 'warning' as const } : {}),
    });
  };
  const groupSlots = (family: string, params: GroupParams): Record<string, string | undefined> =>
    Object.fromEntries(
      (['single', 'umum', 'replikasi', 'khusus'] as const).map((g) => [
        g,
        add(`kipp.${family}.${g}`, params[g]),
      ]),
    );
  const firstSource = (params: GroupParams): Source => {
    const first = Object.values(params)[0];
    return first ? sourceOf(first) : UNKNOWN_SOURCE;
  };

  rule(
    'KIPP.AGE.MIN',
    'readiness.implementation-age',
    T('Usia implementasi minimal', 'Minimum implementation age'),
    {
      minimumAge: add('kipp.implementation-age.minimum', p.minimumAge),
      registrationClose: add('kipp.registration-close', p.registrationClose),
    },
    sourceOf(p.minimumAge),
  );
  rule(
    'KIPP.AGENCY_TYPE',
    'readiness.agency-type',
    T('Instansi yang boleh mengajukan', 'Who may submit'),
    { choice: add('kipp.participants', p.participants) },
    sourceOf(p.participants),
  );
  rule(
    'KIPP.GROUP',
    'readiness.group',
    T('Kelompok', 'Group (kelompok)'),
    { choice: add('kipp.groups', p.groups) },
    sourceOf(p.groups),
  );
  rule(
    'KIPP.CATEGORY',
    'readiness.category',
    T('Kategori', 'Category (kategori)'),
    { choice: add('kipp.categories', p.categories) },
    sourceOf(p.categories),
  );
  rule(
    'KIPP.FIELDS',
    'readiness.required-fields',
    T('Isian wajib', 'Required fields'),
    { fields: add('kipp.required-fields', p.requiredFields) },
    sourceOf(p.requiredFields),
  );
  rule(
    'KIPP.AWARDS',
    'readiness.award-history',
    T('Riwayat penghargaan', 'Award history'),
    groupSlots('awards', p.awards),
    firstSource(p.awards),
  );
  if (p.replication)
    rule(
      'KIPP.REPLICATION',
      'readiness.replication-source',
      T('Inovasi yang direplikasi', 'Innovation replicated'),
      { requirement: add('kipp.replication.source', p.replication) },
      sourceOf(p.replication),
    );
  const sectionSlots = groupSlots('sections', p.sections);
  rule(
    'KIPP.SECTIONS',
    'readiness.sections',
    T('Bagian proposal dan batas kata', 'Proposal sections and word limits'),
    sectionSlots,
    firstSource(p.sections),
  );
  rule(
    'KIPP.ATTACHMENTS',
    'readiness.attachments',
    T('Lampiran', 'Attachments'),
    {
      documents: add('kipp.attachments', p.attachments),
      fileRules: add('kipp.attachments.file-rules', p.fileRules),
    },
    sourceOf(p.attachments),
  );
  if (p.video)
    rule(
      'KIPP.VIDEO',
      'readiness.video',
      T('Video inovasi', 'Innovation video'),
      { requirements: add('kipp.video', p.video) },
      sourceOf(p.video),
    );
  if (p.sdgMinimum)
    rule(
      'KIPP.SDG',
      'readiness.sdgs',
      T('Keterkaitan dengan TPB/SDGs', 'Link to the SDGs'),
      { minimum: add('kipp.sdgs.minimum', p.sdgMinimum) },
      sourceOf(p.sdgMinimum),
    );
  if (p.spbe)
    rule(
      'KIPP.SPBE',
      'readiness.spbe',
      T('Isian SPBE untuk aplikasi', 'SPBE answers for applications'),
      { questions: add('kipp.spbe.questions', p.spbe) },
      sourceOf(p.spbe),
    );
  rule(
    'KIPP.QUALITY',
    'readiness.quality',
    T('Tanda jawaban asal-asalan', 'Signs of careless answers'),
    { thresholds: add('kipp.quality.thresholds', p.quality), ...sectionSlots },
    sourceOf(p.quality),
  );
  rule(
    'KIPP.TITLE.UNIQUE',
    'readiness.duplicate-title',
    T('Judul tidak boleh ganda', 'No duplicate titles'),
    {},
    p.duplicateTitleSource,
  );
  if (p.quota)
    rule(
      'KIPP.QUOTA',
      'readiness.quota',
      T('Kuota proposal per instansi', 'Proposals per agency (quota)'),
      { quota: add('kipp.quota', p.quota) },
      sourceOf(p.quota),
    );

  return {
    id: spec.id,
    title: spec.title,
    domain: 'readiness',
    status: spec.status ?? 'historical',
    issuer: 'Kementerian PANRB',
    legalBasis: [...spec.legalBasis],
    effective: spec.effective,
    parameters,
    rules,
  };
}
