// The incentive gates and clusters of an edition three ways, from the same rulebook parameters:
// json-rules-engine (each gate as rules on facts, the usual way to write it there), plain
// straight-line code, and the decision inovasi's checkEligibility gives. The status and cluster
// logic after the gates (which cluster a region falls in, eligible or not) is one plain
// function shared by the json-rules-engine and plain versions, a copy of the core's
// documented logic (eligibility.ts assessRegion), so all three can be compared region by region.
import rulesEngine from 'json-rules-engine';
import {
  AuditOpinionRequirementSchema,
  ClusterSchemeSchema,
  FlagRequirementSchema,
  GRADE_ORDER,
  GradeRequirementSchema,
  MinimumScoreRequirementSchema,
  incentiveScheme,
} from '@inovasi/core/incentive';
import { createEvaluation } from '@inovasi/core/rulebook';

const { Engine } = rulesEngine;
const OPINIONS = ['WTP', 'WDP', 'TW', 'TMP'];
const SCHEMAS = {
  'incentive.gate.audit-opinion': AuditOpinionRequirementSchema,
  'incentive.gate.flag': FlagRequirementSchema,
  'incentive.gate.grade': GradeRequirementSchema,
  'incentive.gate.minimum-score': MinimumScoreRequirementSchema,
};

/** The gates (kind and requirement, null when unknown) and clusters of an edition at a date. */
export function readScheme(rulebook, asOf) {
  const scheme = incentiveScheme(rulebook);
  const evaluation = createEvaluation(rulebook, asOf);
  const gates = scheme.gates.map(({ rule }) => {
    const schema = SCHEMAS[rule.kind];
    const reading = schema ? evaluation.read(rule, 'requirement', schema) : { status: 'unknown' };
    return {
      id: rule.id,
      kind: rule.kind,
      requirement: reading.status === 'known' ? reading.value : null,
    };
  });
  let clusters;
  if (scheme.clusters) {
    const reading = evaluation.read(scheme.clusters, 'clusters', ClusterSchemeSchema);
    clusters = reading.status === 'known' ? reading.value.clusters : 'unknown';
  }
  return { gates, clusters };
}

/** Does the edition have gates or clusters to compare? */
export const hasGates = (scheme) => scheme.gates.length > 0 || scheme.clusters !== undefined;

/** Status and cluster from the gate outcomes (a copy of the core's assessRegion logic). */
export function decide(scheme, outcomes) {
  const { clusters } = scheme;
  let cluster;
  const clusterGates = new Set();
  if (clusters === 'unknown') cluster = 'unknown';
  else if (clusters !== undefined) {
    for (const c of clusters) for (const g of c.gates) clusterGates.add(g);
    const candidates = [];
    let assigned;
    for (const c of clusters) {
      let status = 'pass';
      for (const g of c.gates) {
        const o = outcomes[g];
        if (o === 'fail') {
          status = 'fail';
          break;
        }
        if (o === 'indeterminate') status = 'indeterminate';
      }
      if (status === 'fail') continue;
      candidates.push(c.id);
      if (status === 'pass') {
        assigned = c.id;
        break;
      }
    }
    if (candidates.length === 0) cluster = 'none';
    else if (assigned === undefined || candidates.length > 1)
      cluster = `undecided:${candidates.join(',')}${assigned ? `>=${assigned}` : ''}`;
    else cluster = assigned;
  }
  let global = 'pass';
  for (const g of scheme.gates) {
    if (clusterGates.has(g.id)) continue;
    const o = outcomes[g.id];
    if (o === 'fail') global = 'fail';
    else if (o === 'indeterminate' && global === 'pass') global = 'indeterminate';
  }
  let status;
  if (global === 'fail') status = 'not-eligible';
  else if (cluster === undefined || cluster === 'unknown')
    status = global === 'pass' && cluster === undefined ? 'eligible' : 'indeterminate';
  else if (cluster === 'none') status = 'not-eligible';
  else if (!cluster.startsWith('undecided:') || cluster.includes('>='))
    status = global === 'pass' ? 'eligible' : 'indeterminate';
  else status = 'indeterminate';
  return {
    status,
    cluster: cluster ?? '-',
    gates: scheme.gates.map((g) => outcomes[g.id]).join(','),
  };
}

/** The decision inovasi gave, in the same shape. */
export function coreDecision(result) {
  const c = result.cluster;
  const cluster =
    c === undefined
      ? '-'
      : c.status === 'assigned'
        ? c.cluster
        : c.status === 'undecided'
          ? `undecided:${c.candidates.join(',')}${c.atLeast ? `>=${c.atLeast}` : ''}`
          : c.status;
  return { status: result.status, cluster, gates: result.gates.map((g) => g.outcome).join(',') };
}

// ----------------------------------------------------------------------------------------------
// Plain straight-line code: one small function per gate, no explanations.

function plainGate(gate) {
  const r = gate.requirement;
  if (r === null) return () => 'indeterminate';
  switch (gate.kind) {
    case 'incentive.gate.audit-opinion':
      return (region) => {
        const list = region.auditOpinions;
        if (list === undefined || list.length === 0) return 'indeterminate';
        let latest = -Infinity;
        for (const o of list) if (o.year > latest) latest = o.year;
        let missing = false;
        for (let k = 0; k < r.consecutiveYears; k += 1) {
          const entry = list.find((o) => o.year === latest - k);
          if (entry === undefined) missing = true;
          else if (!r.accepted.includes(entry.opinion)) return 'fail';
        }
        return missing ? 'indeterminate' : 'pass';
      };
    case 'incentive.gate.flag':
      return (region) => {
        const v = region[r.indicator];
        return v === undefined ? 'indeterminate' : v ? 'pass' : 'fail';
      };
    case 'incentive.gate.grade': {
      const limit = GRADE_ORDER.indexOf(r.minimum);
      return (region) => {
        const g = region.eProcurementGrade;
        return g === undefined
          ? 'indeterminate'
          : GRADE_ORDER.indexOf(g) <= limit
            ? 'pass'
            : 'fail';
      };
    }
    case 'incentive.gate.minimum-score':
      return (region) => {
        const v = region.scores?.[r.scoreKey];
        return v === undefined ? 'indeterminate' : v >= r.minimum ? 'pass' : 'fail';
      };
    default:
      return () => 'indeterminate';
  }
}

/** Plain code for an edition: region → decision. */
export function plainChecker(scheme) {
  const gates = scheme.gates.map((g) => [g.id, plainGate(g)]);
  return (region) => {
    const outcomes = {};
    for (const [id, fn] of gates) outcomes[id] = fn(region);
    return decide(scheme, outcomes);
  };
}

// ----------------------------------------------------------------------------------------------
// json-rules-engine: every gate as a "pass" rule and a "fail" rule on facts; neither firing
// means the data is missing (indeterminate). The engine and its rules are set up once.

function jreRules(gate) {
  const r = gate.requirement;
  if (r === null) return [];
  const event = (outcome) => ({ type: 'gate', params: { rule: gate.id, outcome } });
  const rule = (outcome, conditions) => ({
    name: `${gate.id}:${outcome}`,
    conditions,
    event: event(outcome),
  });
  switch (gate.kind) {
    case 'incentive.gate.audit-opinion': {
      const years = Array.from({ length: r.consecutiveYears }, (_, k) => k);
      const rejected = OPINIONS.filter((o) => !r.accepted.includes(o));
      const at = (k, operator, value) => ({
        fact: 'opinionAt',
        params: { offset: k },
        operator,
        value,
      });
      return [
        rule('pass', { all: years.map((k) => at(k, 'in', r.accepted)) }),
        ...(rejected.length > 0
          ? [rule('fail', { any: years.map((k) => at(k, 'in', rejected)) })]
          : []),
      ];
    }
    case 'incentive.gate.flag':
      return [
        rule('pass', { all: [{ fact: r.indicator, operator: 'equal', value: true }] }),
        rule('fail', { all: [{ fact: r.indicator, operator: 'equal', value: false }] }),
      ];
    case 'incentive.gate.grade': {
      const limit = GRADE_ORDER.indexOf(r.minimum);
      return [
        rule('pass', {
          all: [
            { fact: 'eProcurementGrade', operator: 'in', value: GRADE_ORDER.slice(0, limit + 1) },
          ],
        }),
        rule('fail', {
          all: [{ fact: 'eProcurementGrade', operator: 'in', value: GRADE_ORDER.slice(limit + 1) }],
        }),
      ];
    }
    case 'incentive.gate.minimum-score': {
      const path = `$['${r.scoreKey}']`;
      return [
        rule('pass', {
          all: [{ fact: 'scores', path, operator: 'greaterThanInclusive', value: r.minimum }],
        }),
        rule('fail', { all: [{ fact: 'scores', path, operator: 'lessThan', value: r.minimum }] }),
      ];
    }
    default:
      return [];
  }
}

/** json-rules-engine for an edition, set up once: region → Promise<decision>. */
export function jreChecker(scheme) {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const gate of scheme.gates) for (const rule of jreRules(gate)) engine.addRule(rule);
  // the opinion k years before the latest one in the region's data (a fact computed from facts)
  engine.addFact('opinionAt', async (params, almanac) => {
    const list = await almanac.factValue('auditOpinions');
    if (!Array.isArray(list) || list.length === 0) return undefined;
    let latest = -Infinity;
    for (const o of list) if (o.year > latest) latest = o.year;
    return list.find((o) => o.year === latest - params.offset)?.opinion;
  });
  return async (region) => {
    const { events } = await engine.run(region);
    const outcomes = {};
    for (const g of scheme.gates) outcomes[g.id] = 'indeterminate';
    for (const e of events) outcomes[e.params.rule] = e.params.outcome;
    return decide(scheme, outcomes);
  };
}
