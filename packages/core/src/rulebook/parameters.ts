/**
 * Reading dated parameters. A value applies from its `from` date; past its `to` date (or past
 * the rulebook's effective window when it has none) the last value is still used but the
 * evaluation carries a *stale rule* warning: never a silent reuse. An `unknown` value, or a date
 * before the first value, yields an unknown reading that engines turn into an indeterminate
 * result.
 *
 * @module
 */
import type * as z from 'zod/mini';
import { compareDates } from '../shared/dates.js';
import { CoreError } from '../shared/errors.js';
import type { Basis, Finding, RuleRef } from '../shared/finding.js';
import type { LocalizedText } from '../shared/i18n.js';
import { rulebookMessages as m } from './messages.js';
import type { ResolvedParameter, ResolvedRule, ResolvedRulebook } from './resolve.js';
import type { DatedValue } from './schema.js';

/** A parameter read at a date: its value and where it came from. */
export interface KnownReading<T> {
  readonly status: 'known';
  readonly parameter: string;
  readonly value: T;
  readonly basis: Basis;
  /** Set when the evaluation date is past the last day this value is known to apply. */
  readonly staleSince?: string;
}

/** A parameter whose value at the date is not known, and why. */
export interface UnknownReading {
  readonly status: 'unknown';
  readonly parameter: string;
  readonly reason: 'unknown' | 'not-yet-in-force' | 'missing';
  readonly missing: LocalizedText;
  readonly basis?: Basis;
}

/** The result of reading a parameter at a date. */
export type ParameterReading<T> = KnownReading<T> | UnknownReading;

function asText(text: string | LocalizedText): LocalizedText {
  return typeof text === 'string' ? { id: text, en: text } : text;
}

function sortedValues(parameter: ResolvedParameter): DatedValue[] {
  return [...parameter.values].sort((a, b) => compareDates(a.from, b.from));
}

/**
 * Reads a parameter of a resolved rulebook as of a date.
 *
 * @example
 * ```ts
 * const reading = readParameter(rulebook, 'kipp.registration-close', '2018-03-01');
 * if (reading.status === 'known') reading.value; // '2018-03-10'
 * ```
 */
export function readParameter(
  rulebook: ResolvedRulebook,
  parameterId: string,
  asOf: string,
): ParameterReading<unknown> {
  const parameter = rulebook.parameters[parameterId];
  if (!parameter) {
    return {
      status: 'unknown',
      parameter: parameterId,
      reason: 'missing',
      missing: {
        id: `parameter ${parameterId} tidak ada di ${rulebook.id}`,
        en: `parameter ${parameterId} is not in ${rulebook.id}`,
      },
    };
  }
  const values = sortedValues(parameter);
  let index = -1;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    if (value && compareDates(value.from, asOf) <= 0) index = i;
  }
  const entry = values[index];
  if (!entry) {
    const first = values[0]?.from ?? rulebook.effective.from;
    return {
      status: 'unknown',
      parameter: parameterId,
      reason: 'not-yet-in-force',
      missing: m['RULEBOOK.PARAMETER.NOT_YET_IN_FORCE']({ parameter: parameterId, first, asOf }),
    };
  }
  const basis: Basis = {
    parameter: parameterId,
    rulebook: parameter.origin,
    from: entry.from,
    value: 'value' in entry ? entry.value : null,
    ...(entry.source ? { source: entry.source } : {}),
  };
  if ('unknown' in entry) {
    return {
      status: 'unknown',
      parameter: parameterId,
      reason: 'unknown',
      missing: asText(entry.unknown),
      basis,
    };
  }
  const lastKnown = entry.to ?? (index === values.length - 1 ? rulebook.effective.to : undefined);
  const stale = lastKnown !== undefined && compareDates(asOf, lastKnown) > 0;
  return {
    status: 'known',
    parameter: parameterId,
    value: entry.value,
    basis,
    ...(stale ? { staleSince: lastKnown } : {}),
  };
}

/**
 * One evaluation of a resolved rulebook at a date. Rules read their parameters through it, so
 * the stale-rule warning is raised once per evaluation (listing every stale parameter) and kept
 * in {@link Evaluation.findings}.
 */
export interface Evaluation {
  readonly rulebook: ResolvedRulebook;
  readonly asOf: string;
  /**
   * Reads the parameter a rule maps to `slot`, checked against `schema`.
   *
   * @throws {CoreError} `RULEBOOK_INVALID` when the value does not fit the schema (a validated
   *   rulebook never does this).
   */
  read<S extends z.ZodMiniType>(
    rule: ResolvedRule,
    slot: string,
    schema: S,
  ): ParameterReading<z.infer<S>>;
  /** Warnings raised while reading: at most one stale-rule warning, naming every stale parameter. */
  readonly findings: readonly Finding[];
}

/** The reference a finding carries for a rule of a resolved rulebook. */
export function ruleRef(rule: ResolvedRule): RuleRef {
  return { id: rule.id, rulebook: rule.origin, source: rule.source };
}

/**
 * Starts an evaluation of a rulebook as of a date.
 *
 * @example
 * ```ts
 * const evaluation = createEvaluation(rulebook, '2018-03-01');
 * const reading = evaluation.read(rule, 'registrationClose', IsoDateSchema);
 * ```
 */
export function createEvaluation(rulebook: ResolvedRulebook, asOf: string): Evaluation {
  // One stale-rule warning per evaluation (so per result), listing every stale parameter.
  const stale: { parameter: string; lastKnown: string; rule: ResolvedRule; basis: Basis }[] = [];
  let findings: readonly Finding[] = [];
  return {
    rulebook,
    asOf,
    get findings() {
      return findings;
    },
    read(rule, slot, schema) {
      const parameterId = rule.parameters[slot];
      if (parameterId === undefined) {
        return {
          status: 'unknown',
          parameter: `${rule.id}:${slot}`,
          reason: 'missing',
          missing: m['RULEBOOK.PARAMETER.MISSING']({ parameter: slot, rule: rule.id }),
        };
      }
      const reading = readParameter(rulebook, parameterId, asOf);
      if (reading.status === 'unknown') return reading;
      const parsed = schema.safeParse(reading.value);
      if (!parsed.success) {
        throw new CoreError(
          'RULEBOOK_INVALID',
          `Parameter ${parameterId} of ${rulebook.id} does not fit rule ${rule.id}: ${parsed.error.issues[0]?.message ?? 'invalid'}. Validate the rulebook with \`inovasi rulebook validate\`.`,
        );
      }
      if (reading.staleSince !== undefined && !stale.some((x) => x.parameter === parameterId)) {
        stale.push({
          parameter: parameterId,
          lastKnown: reading.staleSince,
          rule,
          basis: reading.basis,
        });
        findings = [staleFinding(stale, asOf)];
      }
      return { ...reading, value: parsed.data };
    },
  };
}

function staleFinding(
  stale: readonly { parameter: string; lastKnown: string; rule: ResolvedRule; basis: Basis }[],
  asOf: string,
): Finding {
  const first = stale[0];
  if (!first) throw new CoreError('INTERNAL', 'staleFinding needs at least one parameter.');
  const lastKnown = stale.reduce(
    (latest, x) => (compareDates(x.lastKnown, latest) > 0 ? x.lastKnown : latest),
    first.lastKnown,
  );
  return {
    code: 'RULEBOOK.PARAMETER.STALE',
    severity: 'warning',
    message:
      stale.length === 1
        ? m['RULEBOOK.PARAMETER.STALE']({ parameter: first.parameter, lastKnown, asOf })
        : m['RULEBOOK.PARAMETERS.STALE']({
            parameters: stale.map((x) => x.parameter),
            lastKnown,
            asOf,
          }),
    observed: asOf,
    expected: { onOrBefore: lastKnown },
    rule: ruleRef(first.rule),
    basis: stale.map((x) => x.basis),
  };
}

/** A rule's slot read at compile time: known with its basis, unknown with what is missing, or absent. */
export type SlotValue<T> =
  | { readonly status: 'known'; readonly value: T; readonly basis: Basis }
  | { readonly status: 'unknown'; readonly missing: LocalizedText; readonly basis?: Basis }
  | { readonly status: 'absent' };

/**
 * Reads a rule's slot once, when a rule kind compiles: `absent` when the rule does not map it.
 *
 * @example
 * ```ts
 * const min = readSlot(evaluation, rule, 'minimumYears', z.number());
 * if (min.status === 'known') min.value; // 2
 * ```
 */
export function readSlot<S extends z.ZodMiniType>(
  evaluation: Evaluation,
  rule: ResolvedRule,
  slot: string,
  schema: S,
): SlotValue<z.infer<S>> {
  if (rule.parameters[slot] === undefined) return { status: 'absent' };
  const reading = evaluation.read(rule, slot, schema);
  if (reading.status === 'known')
    return { status: 'known', value: reading.value, basis: reading.basis };
  return {
    status: 'unknown',
    missing: reading.missing,
    ...(reading.basis ? { basis: reading.basis } : {}),
  };
}
