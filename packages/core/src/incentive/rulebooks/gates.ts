/**
 * Builders for gate (kriteria utama) parameters and rules, so each edition states only what
 * differs: the rule id, the parameter id, the requirement and its source.
 *
 * @module
 */
import type { LocalizedText } from '../../shared/i18n.js';
import type { FlagIndicator } from '../schema.js';
import type { JsonSource } from './sources.js';

type Requirement =
  | {
      readonly kind: 'incentive.gate.audit-opinion';
      readonly value: { accepted: string[]; consecutiveYears: number };
    }
  | { readonly kind: 'incentive.gate.flag'; readonly value: { indicator: FlagIndicator } }
  | {
      readonly kind: 'incentive.gate.grade';
      readonly value: { indicator: 'eProcurementGrade'; minimum: string };
    };

/** A gate: its parameter (the requirement, dated and sourced) and its rule. */
export function gate(spec: {
  readonly rule: string;
  readonly parameter: string;
  readonly title: LocalizedText;
  readonly from: string;
  readonly requirement: Requirement;
  readonly source: JsonSource;
  readonly note?: LocalizedText;
}) {
  return {
    parameter: {
      id: spec.parameter,
      title: spec.title,
      values: [{ from: spec.from, value: spec.requirement.value, source: spec.source }],
    },
    rule: {
      id: spec.rule,
      kind: spec.requirement.kind,
      title: spec.title,
      parameters: { requirement: spec.parameter },
      source: spec.source,
      ...(spec.note ? { note: spec.note } : {}),
    },
  };
}

/** Requirement: a BPK opinion among `accepted` for `years` consecutive years. */
export const opinion = (accepted: string[], years: number): Requirement => ({
  kind: 'incentive.gate.audit-opinion',
  value: { accepted, consecutiveYears: years },
});

/** Requirement: a yes/no fact. */
export const flag = (indicator: FlagIndicator): Requirement => ({
  kind: 'incentive.gate.flag',
  value: { indicator },
});

/** Requirement: an e-procurement grade of at least `minimum`. */
export const grade = (minimum: string): Requirement => ({
  kind: 'incentive.gate.grade',
  value: { indicator: 'eProcurementGrade', minimum },
});

/** The common titles of gates. */
export const GATE_TITLE = {
  opinion: { id: 'Opini BPK atas LKPD', en: 'BPK opinion on the LKPD' },
  apbd: { id: 'Perda APBD tepat waktu', en: 'Timely Perda APBD' },
  eProcurement: { id: 'Penggunaan e-procurement', en: 'Use of e-procurement' },
  eBudgeting: { id: 'e-budgeting', en: 'e-budgeting' },
  ptsp: { id: 'Tersedia PTSP', en: 'One-stop service (PTSP) available' },
} as const;
