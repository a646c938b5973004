/**
 * Validation of a rulebook, usually a custom one loaded from JSON or YAML: the schema, then the
 * semantics (duplicate ids, dates out of order, unknown parents, unknown rule kinds, parameters a
 * rule needs but nobody defines, values of the wrong shape), and for an overlay the changes that
 * would not do what the region means: a parameter no rule reads, a value equal to the parent's or
 * outside the overlay's window (no effect), and dates inherited from an older edition (warnings).
 * Every problem is a finding with the path of the offending field; validation never stops at the
 * first.
 *
 * @module
 */
import { compareDates, isIsoDate } from '../shared/dates.js';
import { CoreError, issueTexts, issuesFromZod } from '../shared/errors.js';
import type { Finding } from '../shared/finding.js';
import type { LocalizedText } from '../shared/i18n.js';
import type { RuleKindSpec } from './kinds.js';
import { rulebookMessages as m } from './messages.js';
import { resolveRulebook, type ResolvedRulebook, type RulebookLookup } from './resolve.js';
import { RulebookSchema, type Rulebook } from './schema.js';

/** The outcome of validating a rulebook. */
export interface RulebookValidation {
  /** True when there are no error findings. */
  readonly valid: boolean;
  /** The parsed rulebook, when it passed the schema. */
  readonly rulebook?: Rulebook;
  /** The resolved rulebook, when it is valid. */
  readonly resolved?: ResolvedRulebook;
  readonly findings: readonly Finding[];
}

/** What validation needs: the rulebooks a custom one may extend, and the known rule kinds. */
export interface ValidateOptions {
  readonly lookup: RulebookLookup;
  readonly kinds: readonly RuleKindSpec[];
}

function finding(
  rulebook: string,
  code: string,
  message: LocalizedText,
  path?: string,
  severity: Finding['severity'] = 'error',
): Finding {
  return {
    code,
    severity,
    ...(path !== undefined ? { path } : {}),
    message,
    rule: { id: 'RULEBOOK.FORMAT', rulebook },
  };
}

function idOf(input: unknown): string {
  if (typeof input === 'object' && input !== null && 'id' in input) {
    const id = input.id;
    if (typeof id === 'string' && id !== '') return id;
  }
  return '(custom)';
}

/**
 * Validates a rulebook. Never throws on bad input: every problem is a finding with a path.
 *
 * @example
 * ```ts
 * const report = validateRulebook(JSON.parse(text), { lookup: (id) => registry.get(id), kinds });
 * for (const f of report.findings) console.error(`${f.path}: ${f.message.en}`);
 * ```
 */
export function validateRulebook(input: unknown, options: ValidateOptions): RulebookValidation {
  const bookId = idOf(input);
  const parsed = RulebookSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    return {
      valid: false,
      findings: issuesFromZod(parsed.error.issues).map((issue) =>
        finding(
          bookId,
          'RULEBOOK.SCHEMA',
          m['RULEBOOK.SCHEMA']({ problem: issueTexts(issue) }),
          issue.path,
        ),
      ),
    };
  }
  const book = parsed.data;
  const findings: Finding[] = [];
  const push = (
    code: string,
    message: LocalizedText,
    path?: string,
    severity: Finding['severity'] = 'error',
  ): void => {
    findings.push(finding(book.id, code, message, path, severity));
  };

  if (book.effective.to !== undefined && compareDates(book.effective.from, book.effective.to) > 0) {
    push(
      'RULEBOOK.DATES.ORDER',
      m['RULEBOOK.DATES.ORDER']({ from: book.effective.from, to: book.effective.to }),
      'effective',
    );
  }
  const seenParameters = new Set<string>();
  book.parameters.forEach((parameter, i) => {
    if (seenParameters.has(parameter.id)) {
      push(
        'RULEBOOK.DUPLICATE_ID',
        m['RULEBOOK.DUPLICATE_ID']({ what: 'parameter', id: parameter.id }),
        `parameters[${i}].id`,
      );
    }
    seenParameters.add(parameter.id);
    let previousEnd: string | undefined;
    parameter.values.forEach((value, j) => {
      const path = `parameters[${i}].values[${j}]`;
      if (value.to !== undefined && compareDates(value.from, value.to) > 0) {
        push(
          'RULEBOOK.DATES.ORDER',
          m['RULEBOOK.DATES.ORDER']({ from: value.from, to: value.to }),
          path,
        );
      }
      if (previousEnd !== undefined && compareDates(value.from, previousEnd) <= 0) {
        push(
          'RULEBOOK.PARAMETER.OVERLAP',
          m['RULEBOOK.PARAMETER.OVERLAP']({ parameter: parameter.id, date: value.from }),
          `${path}.from`,
        );
      }
      previousEnd = value.to ?? value.from;
    });
  });
  const seenRules = new Set<string>();
  book.rules.forEach((rule, i) => {
    if (seenRules.has(rule.id)) {
      push(
        'RULEBOOK.DUPLICATE_ID',
        m['RULEBOOK.DUPLICATE_ID']({ what: 'rule', id: rule.id }),
        `rules[${i}].id`,
      );
    }
    seenRules.add(rule.id);
  });

  let resolved: ResolvedRulebook | undefined;
  if (book.extends === undefined && book.disable) {
    push('RULEBOOK.DISABLE.NO_PARENT', m['RULEBOOK.DISABLE.NO_PARENT'](), 'disable');
  }
  if (book.extends !== undefined && book.extends !== book.id && !options.lookup(book.extends)) {
    push(
      'RULEBOOK.EXTENDS.UNKNOWN',
      m['RULEBOOK.EXTENDS.UNKNOWN']({ parent: book.extends }),
      'extends',
    );
  } else {
    try {
      const lookup: RulebookLookup = (id) => (id === book.id ? book : options.lookup(id));
      resolved = resolveRulebook(book, lookup);
    } catch (error) {
      if (!(error instanceof CoreError)) throw error;
      push(
        'RULEBOOK.EXTENDS.INVALID',
        m['RULEBOOK.EXTENDS.INVALID']({
          problem: error.text ?? { id: error.message, en: error.message },
        }),
        'extends',
      );
    }
  }

  if (resolved && book.extends !== undefined) {
    const parentId = book.extends;
    const parent = options.lookup(parentId);
    const parentResolved = parent ? resolveRulebook(parent, options.lookup) : undefined;
    (['rules', 'parameters'] as const).forEach((what) => {
      (book.disable?.[what] ?? []).forEach((id, i) => {
        const exists =
          what === 'rules'
            ? parentResolved?.rules.some((r) => r.id === id)
            : parentResolved?.parameters[id] !== undefined;
        if (!exists) {
          push(
            'RULEBOOK.DISABLE.UNKNOWN',
            m['RULEBOOK.DISABLE.UNKNOWN']({
              what: what === 'rules' ? 'rule' : 'parameter',
              id,
              parent: parentId,
            }),
            `disable.${what}[${i}]`,
          );
        }
      });
    });
  }

  if (resolved) checkRules(book, resolved, options.kinds, push);
  if (resolved) checkUnused(book, resolved, push);
  if (resolved && book.extends !== undefined) {
    const parent = options.lookup(book.extends);
    if (parent) checkOverlayEffect(book, resolveRulebook(parent, options.lookup), push);
  }

  const valid = !findings.some((f) => f.severity === 'error');
  return {
    valid,
    rulebook: book,
    ...(valid && resolved ? { resolved } : {}),
    findings,
  };
}

function checkRules(
  book: Rulebook,
  resolved: ResolvedRulebook,
  kinds: readonly RuleKindSpec[],
  push: (code: string, message: LocalizedText, path?: string) => void,
): void {
  const domainKinds = kinds.filter((k) => k.domain === resolved.domain);
  const pathOfRule = (id: string): string => {
    const index = book.rules.findIndex((r) => r.id === id);
    return index >= 0 ? `rules[${index}]` : `(rule ${id} from a parent)`;
  };
  const pathOfParameter = (id: string): string => {
    const index = book.parameters.findIndex((p) => p.id === id);
    return index >= 0 ? `parameters[${index}]` : `(parameter ${id} from a parent)`;
  };
  for (const rule of resolved.rules) {
    const spec = domainKinds.find((k) => k.kind === rule.kind);
    const rulePath = pathOfRule(rule.id);
    if (!spec) {
      push(
        'RULEBOOK.RULE.KIND_UNKNOWN',
        m['RULEBOOK.RULE.KIND_UNKNOWN']({
          kind: rule.kind,
          domain: resolved.domain,
          known: domainKinds.map((k) => k.kind).join(', ') || '—',
        }),
        `${rulePath}.kind`,
      );
      continue;
    }
    const slots = Object.keys(spec.slots);
    for (const slot of Object.keys(rule.parameters)) {
      if (!slots.includes(slot)) {
        push(
          'RULEBOOK.RULE.SLOT_UNKNOWN',
          m['RULEBOOK.RULE.SLOT_UNKNOWN']({ rule: rule.id, slot, known: slots.join(', ') }),
          `${rulePath}.parameters.${slot}`,
        );
      }
    }
    for (const [slot, slotSpec] of Object.entries(spec.slots)) {
      const parameterId = rule.parameters[slot];
      if (parameterId === undefined) {
        if (slotSpec.required) {
          push(
            'RULEBOOK.RULE.SLOT_MISSING',
            m['RULEBOOK.RULE.SLOT_MISSING']({ rule: rule.id, slot }),
            `${rulePath}.parameters`,
          );
        }
        continue;
      }
      const parameter = resolved.parameters[parameterId];
      if (!parameter) {
        push(
          'RULEBOOK.RULE.PARAMETER_UNKNOWN',
          m['RULEBOOK.RULE.PARAMETER_UNKNOWN']({ rule: rule.id, parameter: parameterId }),
          `${rulePath}.parameters.${slot}`,
        );
        continue;
      }
      parameter.values.forEach((value, j) => {
        if (!('value' in value)) return;
        const result = slotSpec.schema.safeParse(value.value, { reportInput: true });
        if (!result.success) {
          const [issue] = issuesFromZod(result.error.issues.slice(0, 1));
          const inner = issue && issue.path !== '(root)' ? issue.path : '';
          push(
            'RULEBOOK.PARAMETER.VALUE_INVALID',
            m['RULEBOOK.PARAMETER.VALUE_INVALID']({
              parameter: parameterId,
              problem: issue ? issueTexts(issue) : { id: 'nilai tidak sah', en: 'invalid value' },
            }),
            `${pathOfParameter(parameterId)}.values[${j}].value${inner === '' || inner.startsWith('[') ? inner : `.${inner}`}`,
          );
        }
      });
    }
  }
}

type Push = (
  code: string,
  message: LocalizedText,
  path?: string,
  severity?: Finding['severity'],
) => void;

/** A parameter this rulebook defines that no enabled rule reads has no effect. */
function checkUnused(book: Rulebook, resolved: ResolvedRulebook, push: Push): void {
  const read = new Set(resolved.rules.flatMap((r) => Object.values(r.parameters)));
  book.parameters.forEach((parameter, i) => {
    if (read.has(parameter.id)) return;
    push(
      'RULEBOOK.PARAMETER.UNUSED',
      m['RULEBOOK.PARAMETER.UNUSED']({
        parameter: parameter.id,
        read: [...read].sort().join(', ') || '—',
      }),
      `parameters[${i}].id`,
      'warning',
    );
  });
}

/** Stable JSON (object keys sorted), to compare values and rules. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The parent's value of a parameter in force on `date` (the last one that starts by then). */
function valueOn(
  values: ResolvedRulebook['parameters'][string]['values'],
  date: string,
): (typeof values)[number] | undefined {
  return values.findLast((v) => compareDates(v.from, date) <= 0) ?? values[0];
}

/**
 * What an overlay changes that has no effect (a value equal to the parent's, a value that starts
 * after the overlay ends, a rule replaced by an identical one), and the dates it inherits from a
 * parent edition that ended before the overlay starts.
 */
function checkOverlayEffect(book: Rulebook, parent: ResolvedRulebook, push: Push): void {
  const { from, to } = book.effective;
  book.parameters.forEach((parameter, i) => {
    const before = parent.parameters[parameter.id];
    parameter.values.forEach((value, j) => {
      const path = `parameters[${i}].values[${j}]`;
      if (to !== undefined && compareDates(from, to) <= 0 && compareDates(value.from, to) > 0) {
        push(
          'RULEBOOK.CHANGE.NO_EFFECT',
          m['RULEBOOK.CHANGE.AFTER_WINDOW']({ parameter: parameter.id, from: value.from, to }),
          `${path}.from`,
          'warning',
        );
        return;
      }
      const inherited = before ? valueOn(before.values, value.from) : undefined;
      if (
        inherited &&
        'value' in inherited &&
        'value' in value &&
        canonical(inherited.value) === canonical(value.value)
      ) {
        push(
          'RULEBOOK.CHANGE.NO_EFFECT',
          m['RULEBOOK.CHANGE.SAME_VALUE']({ parameter: parameter.id, parent: parent.id }),
          `${path}.value`,
          'warning',
        );
      }
    });
  });
  book.rules.forEach((rule, i) => {
    const before = parent.rules.find((r) => r.id === rule.id);
    if (!before) return;
    const { origin: _origin, ...parentRule } = before;
    if (canonical(parentRule) !== canonical(rule)) return;
    push(
      'RULEBOOK.CHANGE.NO_EFFECT',
      m['RULEBOOK.CHANGE.SAME_RULE']({ rule: rule.id, parent: parent.id }),
      `rules[${i}]`,
      'warning',
    );
  });
  // Dates the overlay keeps from a parent edition that had ended before the overlay starts.
  if (parent.effective.to === undefined || compareDates(parent.effective.to, from) >= 0) return;
  const own = new Set(book.parameters.map((p) => p.id));
  const disabled = new Set(book.disable?.parameters ?? []);
  const read = new Set(parent.rules.flatMap((r) => Object.values(r.parameters)));
  for (const parameter of Object.values(parent.parameters)) {
    if (own.has(parameter.id) || disabled.has(parameter.id) || !read.has(parameter.id)) continue;
    const last = valueOn(parameter.values, from);
    if (!last || !('value' in last) || !isIsoDate(last.value)) continue;
    if (compareDates(last.value, from) >= 0) continue;
    push(
      'RULEBOOK.DATES.INHERITED',
      m['RULEBOOK.DATES.INHERITED']({
        parameter: parameter.id,
        date: last.value,
        parent: parent.id,
        from,
      }),
      'extends',
      'warning',
    );
  }
}
