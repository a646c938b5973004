// The IID predikat bands three ways, from the same rulebook parameters: json-rules-engine (one
// rule per known band: score ≥ its lower bound), plain straight-line code, and inovasi's
// predikatInModel. The walk from the best band down (an unknown bound makes the answer
// indeterminate, with the candidate bands) is one plain function shared by the
// json-rules-engine and plain versions, a copy of the core's documented logic (predikat.ts).
import rulesEngine from 'json-rules-engine';

const { Engine } = rulesEngine;
const BANDS = [
  ['sangat-inovatif', 'sangatInovatif'],
  ['inovatif', 'inovatif'],
  ['kurang-inovatif', 'kurangInovatif'],
];

/** The bands of a model: [{ predikat, bound (null when unknown) }], best first; null without a predikat rule. */
export function readBands(model) {
  const step = model.predikat;
  if (!step) return null;
  return BANDS.map(([predikat, slot]) => {
    const reading = step.slots[slot];
    return { predikat, bound: reading.status === 'known' ? reading.value : null };
  });
}

/** Rounds to two decimals, as the IID is published (the same rounding as the core's round2). */
export const round2 = (x) => Math.round(x * 100 + 1e-7) / 100;

/** The walk from the best band down, given which known bands the score reaches. */
export function decide(bands, reaches) {
  let candidates = [];
  for (const band of bands) {
    if (band.bound === null) {
      candidates.push(band.predikat);
      continue;
    }
    if (reaches(band)) {
      if (candidates.length === 0) return `known:${band.predikat}`;
      candidates.push(band.predikat);
      return `indeterminate:${candidates.join(',')}`;
    }
    candidates = [];
  }
  if (candidates.length === 0) return 'known:tidak-dapat-dinilai';
  candidates.push('tidak-dapat-dinilai');
  return `indeterminate:${candidates.join(',')}`;
}

/** inovasi's answer, in the same shape. */
export const coreDecision = (result) =>
  result.status === 'known'
    ? `known:${result.predikat}`
    : `indeterminate:${result.candidates.join(',')}`;

/** Plain code: score → decision. */
export function plainPredikat(bands) {
  return (score) => {
    const rounded = round2(score);
    return decide(bands, (band) => rounded >= band.bound);
  };
}

/** json-rules-engine, set up once: score → Promise<decision>. */
export function jrePredikat(bands) {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const band of bands) {
    if (band.bound === null) continue;
    engine.addRule({
      name: band.predikat,
      conditions: { all: [{ fact: 'score', operator: 'greaterThanInclusive', value: band.bound }] },
      event: { type: 'band', params: { predikat: band.predikat } },
    });
  }
  return async (score) => {
    const { events } = await engine.run({ score: round2(score) });
    const reached = new Set(events.map((e) => e.params.predikat));
    return decide(bands, (band) => reached.has(band.predikat));
  };
}
