/**
 * The IID rule kinds, as plug-ins of the shared shape ({@link EngineRuleKind}): each built-in kind
 * compiles its rule into one step of the index (the SPD catalogue, the SID catalogue, the count
 * score, the window, the rancang-bangun minimum, the index maximum, the predikat bounds), read
 * at the model's date. The engine builds its model from whatever steps the rulebook's rules
 * compile to, in rulebook order; a rulebook that disables a step (e.g. no implementation window)
 * skips it. A custom kind (a province's own check) may also return a per-region check whose
 * findings join the result.
 *
 * @module
 */
import * as z from 'zod/mini';
import {
  ruleRef,
  type EngineRuleKind,
  type Evaluation,
  type ResolvedRule,
  type SlotSpec,
} from '../rulebook/index.js';
import type { Finding } from '../shared/finding.js';
import type { LocalizedText } from '../shared/i18n.js';
import type { IidSteps, Reading } from './model.js';
import {
  BandPolicySchema,
  CatalogueSchema,
  CountScoreSchema,
  UrusanRequirementSchema,
  WindowSchema,
  type Region,
} from './schema.js';
import { t } from './text.js';

/** What an IID rule kind sees when it compiles a rule. */
export interface IidCompileContext {
  readonly evaluation: Evaluation;
  readonly rule: ResolvedRule;
}

/** An IID rule compiled for one date: a step of the index, a per-region check, or both. */
export interface CompiledIidRule {
  /** The step(s) of the index this rule defines. */
  readonly steps?: Partial<IidSteps>;
  /** A check of each region file; its findings join the region's result. */
  readonly region?: (region: Region) => readonly Finding[];
}

/** An IID rule kind: its slots, and how it compiles a rule of a rulebook. */
export type IidRuleKind = EngineRuleKind<'iid', IidCompileContext, CompiledIidRule>;

/** Reads every slot of a rule as the kind declares them: known with its basis, or unknown. */
function readSlots(
  { evaluation, rule }: IidCompileContext,
  slots: Readonly<Record<string, SlotSpec>>,
): Record<string, Reading<unknown>> {
  const out: Record<string, Reading<unknown>> = {};
  for (const [name, spec] of Object.entries(slots)) {
    const reading = evaluation.read(rule, name, spec.schema);
    out[name] =
      reading.status === 'known'
        ? { status: 'known', value: reading.value, basis: reading.basis }
        : { status: 'unknown', missing: reading.missing, parameter: reading.parameter };
  }
  return out;
}

/** A built-in kind that compiles its rule into the step `step` of the model. */
function stepKind(
  kind: string,
  step: keyof IidSteps,
  title: LocalizedText,
  slots: Readonly<Record<string, SlotSpec>>,
): IidRuleKind {
  return {
    kind,
    domain: 'iid',
    title,
    slots,
    compile(context) {
      const { rule } = context;
      const compiled = { rule: ruleRef(rule), title: rule.title, slots: readSlots(context, slots) };
      return { steps: { [step]: compiled } };
    },
  };
}

const slot = (schema: z.ZodMiniType, id: string, en: string, required = true) => ({
  schema,
  required,
  description: t(id, en),
});

const NUMBER = z.number().check(z.nonnegative());

/** Every IID rule kind. */
export const iidRuleKinds: readonly IidRuleKind[] = [
  stepKind('iid.spd', 'spd', t('Skor SPD', 'SPD score'), {
    catalogue: slot(CatalogueSchema, 'Katalog SPD', 'SPD catalogue'),
    bandPolicy: slot(BandPolicySchema, 'Kebijakan rentang', 'Band tie policy'),
  }),
  stepKind('iid.sid', 'sid', t('Skor SID', 'SID score'), {
    catalogue: slot(CatalogueSchema, 'Katalog SID', 'SID catalogue'),
    bandPolicy: slot(BandPolicySchema, 'Kebijakan rentang', 'Band tie policy'),
    divisorMinimum: slot(NUMBER, 'Pembagi minimal', 'Minimum divisor'),
  }),
  stepKind('iid.innovation-count', 'count', t('Skor jumlah inovasi', 'Innovation-count score'), {
    countScore: slot(CountScoreSchema, 'Rumus skor jumlah', 'Count-score formula'),
    urusan: slot(UrusanRequirementSchema, 'Syarat urusan', 'Urusan requirement'),
  }),
  stepKind(
    'iid.implementation-window',
    'window',
    t('Rentang waktu penerapan', 'Implementation window'),
    { window: slot(WindowSchema, 'Rentang waktu', 'Window') },
  ),
  stepKind('iid.rancang-bangun', 'words', t('Rancang bangun minimal', 'Minimum rancang bangun'), {
    minimumWords: slot(z.int().check(z.nonnegative()), 'Kata minimal', 'Minimum words'),
  }),
  stepKind('iid.index', 'index', t('Indeks', 'Index'), {
    maximumTotal: slot(z.number().check(z.positive()), 'Skor total maksimum', 'Maximum total'),
  }),
  stepKind('iid.predikat', 'predikat', t('Predikat', 'Predikat'), {
    sangatInovatif: slot(NUMBER, 'Batas Sangat Inovatif', 'Sangat Inovatif bound'),
    inovatif: slot(NUMBER, 'Batas Inovatif', 'Inovatif bound'),
    kurangInovatif: slot(NUMBER, 'Batas Kurang Inovatif', 'Kurang Inovatif bound'),
  }),
];
