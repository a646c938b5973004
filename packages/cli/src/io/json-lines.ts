/**
 * JSON Lines for a stream of readiness results, written once per proposal. A result names the
 * same rules, sources and dated parameters as every other; written in full, each line was about
 * 38 KB and a million proposals wrote 38 GB (the national run spent most of its time in
 * `JSON.stringify`). So a `readiness-stream-rules` line gives each rule (its rulebook, title and
 * source) and each parameter value (its value, date and source) once, before the first result
 * that needs it, and results name them by id:
 *
 * ```jsonl
 * {"kind":"readiness-stream-rules","rulebook":{…},"asOfText":{…},"rules":{"KIPP.AGE.MIN":{…}},"parameters":{"kipp.implementation-age.minimum@2021-01-01":{…}}}
 * {"file":"a.csv, row 2","result":{"kind":"readiness","status":"not-ready","outcomes":[{"rule":"KIPP.AGE.MIN","basis":["kipp.implementation-age.minimum@2021-01-01"],…}],…}}
 * ```
 *
 * Nothing is lost: a reader joins the ids with the catalogue lines to get the full result. The
 * catalogue holds what the rulebook defines, so it stays small however long the stream.
 *
 * @module
 */
import type { Basis, Finding, RuleRef } from '@inovasi/core';
import type { ReadinessResult, RuleOutcome } from '@inovasi/core/readiness';

/** Turns readiness results into JSON Lines that name rules and parameters by id. */
export interface ResultLines {
  /** The line(s) for one result: a catalogue line first when it names something new. */
  line(name: string, result: ReadinessResult): string;
  /** The line(s) for an object (a summary) whose findings and outcomes are compacted too. */
  object(
    value: { findings?: readonly Finding[]; outcomes?: readonly RuleOutcome[] } & Record<
      string,
      unknown
    >,
  ): string;
}

type Catalogue = Map<string, unknown>;

/** Creates a writer; each call returns text to write, ending in a line break. */
export function createResultLines(): ResultLines {
  const rules: Catalogue = new Map();
  const parameters: Catalogue = new Map();
  // the objects already checked (the core shares them between results): no comparison needed
  const known = new WeakMap<object, string>();
  let newRules: Record<string, unknown> = {};
  let newParameters: Record<string, unknown> = {};
  let fresh = false;
  let started = false;
  let header: Record<string, unknown> = {};

  /** The id to write for `value` under `key`, or undefined when `key` names something else. */
  const intern = (
    catalogue: Catalogue,
    key: string,
    value: object,
    entry: () => unknown,
    add: (key: string, entry: unknown) => void,
  ): string | undefined => {
    if (known.get(value) === key) return key;
    const stored = catalogue.get(key);
    const mine = entry();
    if (stored === undefined) {
      catalogue.set(key, JSON.stringify(mine));
      add(key, mine);
      fresh = true;
    } else if (stored !== JSON.stringify(mine)) return undefined;
    known.set(value, key);
    return key;
  };

  const rule = (ref: RuleRef, title?: unknown): string | RuleRef =>
    intern(
      rules,
      ref.id,
      ref,
      () => ({ ...ref, ...(title !== undefined ? { title } : {}) }),
      (k, e) => {
        newRules[k] = e;
      },
    ) ?? ref;
  const basis = (b: Basis): string | Basis =>
    intern(
      parameters,
      `${b.parameter}@${b.from}`,
      b,
      () => b,
      (k, e) => {
        newParameters[k] = e;
      },
    ) ?? b;

  const finding = (f: Finding): unknown => {
    const out: Record<string, unknown> = { ...f, rule: rule(f.rule) };
    if (f.basis) out.basis = f.basis.map(basis);
    return out;
  };
  const outcome = (o: RuleOutcome): unknown => {
    const { title, ...rest } = o;
    const out: Record<string, unknown> = { ...rest, rule: rule(o.rule, title) };
    if (o.basis) out.basis = o.basis.map(basis);
    return out;
  };

  const flush = (text: string): string => {
    if (!fresh) return text;
    const catalogue = `${JSON.stringify({ kind: 'readiness-stream-rules', ...header, rules: newRules, parameters: newParameters })}\n`;
    header = {};
    newRules = {};
    newParameters = {};
    fresh = false;
    return catalogue + text;
  };

  const compact = (
    value: { findings?: readonly Finding[]; outcomes?: readonly RuleOutcome[] } & object,
  ): Record<string, unknown> => ({
    ...value,
    ...(value.outcomes ? { outcomes: value.outcomes.map(outcome) } : {}),
    ...(value.findings ? { findings: value.findings.map(finding) } : {}),
  });

  return {
    line(name, result) {
      // the rulebook and the date policy are the same on every line: the first catalogue has them
      if (!started) {
        started = true;
        header = { rulebook: result.rulebook, asOfText: result.asOfText };
        fresh = true;
      }
      const rest: Record<string, unknown> = { ...result };
      delete rest.rulebook;
      delete rest.asOfText;
      const line = { ...rest, outcomes: result.outcomes, findings: result.findings };
      return flush(`${JSON.stringify({ file: name, result: compact(line) })}\n`);
    },
    object(value) {
      return flush(`${JSON.stringify(compact(value))}\n`);
    },
  };
}
