/**
 * The IID rule kinds: what each step of the index reads, so a custom IID rulebook (a province's
 * own projection, a corrected catalogue) can be validated before use. The engine runs the steps
 * in a fixed order; a rulebook that disables a step (e.g. no implementation window) skips it.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { RuleKindSpec } from '../rulebook/index.js';
import {
  BandPolicySchema,
  CatalogueSchema,
  CountScoreSchema,
  UrusanRequirementSchema,
  WindowSchema,
} from './schema.js';
import { t } from './text.js';

const slot = (schema: z.ZodMiniType, id: string, en: string, required = true) => ({
  schema,
  required,
  description: t(id, en),
});

const NUMBER = z.number().check(z.nonnegative());

/** Every IID rule kind. */
export const iidRuleKinds: readonly RuleKindSpec[] = [
  {
    kind: 'iid.spd',
    domain: 'iid',
    title: t('Skor SPD', 'SPD score'),
    slots: {
      catalogue: slot(CatalogueSchema, 'Katalog SPD', 'SPD catalogue'),
      bandPolicy: slot(BandPolicySchema, 'Kebijakan rentang', 'Band tie policy'),
    },
  },
  {
    kind: 'iid.sid',
    domain: 'iid',
    title: t('Skor SID', 'SID score'),
    slots: {
      catalogue: slot(CatalogueSchema, 'Katalog SID', 'SID catalogue'),
      bandPolicy: slot(BandPolicySchema, 'Kebijakan rentang', 'Band tie policy'),
      divisorMinimum: slot(NUMBER, 'Pembagi minimal', 'Minimum divisor'),
    },
  },
  {
    kind: 'iid.innovation-count',
    domain: 'iid',
    title: t('Skor jumlah inovasi', 'Innovation-count score'),
    slots: {
      countScore: slot(CountScoreSchema, 'Rumus skor jumlah', 'Count-score formula'),
      urusan: slot(UrusanRequirementSchema, 'Syarat urusan', 'Urusan requirement'),
    },
  },
  {
    kind: 'iid.implementation-window',
    domain: 'iid',
    title: t('Rentang waktu penerapan', 'Implementation window'),
    slots: { window: slot(WindowSchema, 'Rentang waktu', 'Window') },
  },
  {
    kind: 'iid.rancang-bangun',
    domain: 'iid',
    title: t('Rancang bangun minimal', 'Minimum rancang bangun'),
    slots: { minimumWords: slot(z.int().check(z.nonnegative()), 'Kata minimal', 'Minimum words') },
  },
  {
    kind: 'iid.index',
    domain: 'iid',
    title: t('Indeks', 'Index'),
    slots: {
      maximumTotal: slot(z.number().check(z.positive()), 'Skor total maksimum', 'Maximum total'),
    },
  },
  {
    kind: 'iid.predikat',
    domain: 'iid',
    title: t('Predikat', 'Predikat'),
    slots: {
      sangatInovatif: slot(NUMBER, 'Batas Sangat Inovatif', 'Sangat Inovatif bound'),
      inovatif: slot(NUMBER, 'Batas Inovatif', 'Inovatif bound'),
      kurangInovatif: slot(NUMBER, 'Batas Kurang Inovatif', 'Kurang Inovatif bound'),
    },
  },
];
