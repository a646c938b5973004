// The IID predikat bands of every IID edition that has a predikat rule, on the scores of the
// generated national data (546 Pemda, computed once with iid-2026, not timed) and on every score
// from 0 to 100 in steps of 0.05 (all 2,001 checked for equal answers, the 546 timed):
// inovasi's predikatInModel (model read once), json-rules-engine (engine set up once) and plain
// code. A difference stops the suite (exit 3). Target: none in the issue; shown for the ratio.
import { abort, core, emit, generator, SEED, stats, timeMany } from '../lib.mjs';
import { coreDecision, jrePredikat, plainPredikat, readBands } from '../rules/predikat.mjs';

const { generateIidRegions } = await generator();
const iid = await core('iid');
const { builtinRegistry } = await core('registry');
const scoring = builtinRegistry.resolve('iid-2026');
const scores = generateIidRegions({ seed: SEED }).map(
  (region) => iid.computeIid(region, scoring, { asOf: '2026-06-01' }).predikat.score ?? 0,
);
const sweep = Array.from({ length: 2001 }, (_, i) => i / 20);
const REPEAT = 10;

const all = { core: [], jre: [], plain: [] };
let editions = 0;
for (const { id, domain } of builtinRegistry.list()) {
  if (domain !== 'iid') continue;
  const rulebook = builtinRegistry.resolve(id);
  const model = iid.readIidModel(rulebook, rulebook.effective.from);
  const bands = readBands(model);
  if (bands === null) continue;
  editions += 1;
  const plain = plainPredikat(bands);
  const jre = jrePredikat(bands);
  for (const score of [...scores, ...sweep]) {
    const expected = coreDecision(iid.predikatInModel(model, score));
    const a = plain(score);
    const b = await jre(score);
    if (a !== expected || b !== expected)
      abort(
        `predikat ${id}: answers differ at score ${score}: inovasi ${expected}, plain ${a}, json-rules-engine ${b}`,
      );
  }
  let sink = 0;
  const [c, j, p] = await timeMany(
    [
      () => {
        for (let r = 0; r < REPEAT; r += 1)
          for (const s of scores) sink += iid.predikatInModel(model, s).score ?? 0;
      },
      async () => {
        for (let r = 0; r < REPEAT; r += 1) for (const s of scores) sink += (await jre(s)).length;
      },
      () => {
        for (let r = 0; r < REPEAT; r += 1) for (const s of scores) sink += plain(s).length;
      },
    ],
    { runs: 5, warmup: 1 },
  );
  if (sink === 0) abort('nothing computed');
  all.core.push(c);
  all.jre.push(j);
  all.plain.push(p);
}
// per run i: the sum over editions of run i (each edition timed in the same rounds)
const total = (lists) => lists[0].map((_, i) => lists.reduce((sum, list) => sum + list[i], 0));
all.core = total(all.core);
all.jre = total(all.jre);
all.plain = total(all.plain);
const n = scores.length * REPEAT * editions;
const cm = stats(all.core).median;
emit({
  suite: 'predikat',
  operation: `IID predikat, ${editions} editions: predikatInModel`,
  size: `${scores.length} scores × ${REPEAT} × ${editions} editions`,
  items: n,
  unit: 'scores',
  samples: all.core,
  baseline: { name: 'json-rules-engine', samples: all.jre },
  note: `plain code ${((stats(all.plain).median * 1e6) / n).toFixed(0)} ns/score, inovasi ${((cm * 1e6) / n).toFixed(0)} ns/score; verified equal on ${scores.length + sweep.length} scores per edition`,
});
emit({
  suite: 'predikat',
  operation: `IID predikat, ${editions} editions: json-rules-engine`,
  size: `${scores.length} scores × ${REPEAT} × ${editions} editions`,
  items: n,
  unit: 'scores',
  samples: all.jre,
  baseline: { name: 'plain code', samples: all.plain },
});
