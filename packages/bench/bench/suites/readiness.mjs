// Readiness of a national KIPP year: the generated 3,000 proposals (about 2,000 words each)
// checked as one batch against kipp-2021, compiled once per batch, in CPU time. Baseline, in the
// same run: JSON.parse of the same proposals (each proposal's JSON text). Target (issue 18):
// at least 20,000 proposals/s, and no slower than JSON.parse of the same proposals.
import { abort, core, emit, generator, SEED, timePair } from '../lib.mjs';

const { generateProposals, sectionWords } = await generator();
const { createReadinessChecker } = await core('readiness');
const { builtinRegistry } = await core('registry');

const proposals = generateProposals(3000, { seed: SEED });
const texts = proposals.map((p) => JSON.stringify(p));
const words = Math.round(proposals.reduce((n, p) => n + sectionWords(p), 0) / proposals.length);
const mb = texts.reduce((n, t) => n + t.length, 0) / 1e6;
const rulebook = builtinRegistry.resolve('kipp-2021');
const options = { asOf: '2021-03-01', registrationCloseDate: '2021-04-30' };

let last;
const check = () => {
  last = createReadinessChecker(rulebook, options).checkBatch(proposals);
};
let parsed = 0;
const parse = () => {
  for (const text of texts) parsed += JSON.parse(text) === null ? 0 : 1;
};
check();
const s = last.summary;
if (s.ready + s.notReady + s.indeterminate + s.invalid !== proposals.length)
  abort(`readiness: the batch answered ${JSON.stringify(s)} for ${proposals.length} proposals`);
if (s.notReady === 0 || s.ready === 0) abort(`readiness: implausible answer ${JSON.stringify(s)}`);

const { a, b, ratios } = await timePair(check, parse, { runs: 9, warmup: 2 });
ratios.sort((x, y) => x - y);
const ratio = ratios[Math.floor(ratios.length / 2)];
const median = [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const perSecond = (proposals.length / median) * 1000;
emit({
  suite: 'readiness',
  operation: 'readiness: checkBatch, kipp-2021',
  size: `${proposals.length} proposals, ~${words} words (${mb.toFixed(0)} MB JSON)`,
  items: proposals.length,
  unit: 'proposals',
  samples: a,
  baseline: { name: 'JSON.parse of the same proposals', samples: b },
  ratio,
  target: {
    text: '≥ 20,000/s and ≤ 1.0× JSON.parse',
    pass: perSecond >= 20_000 && ratio <= 1,
  },
  extra: {
    ready: s.ready,
    notReady: s.notReady,
    indeterminate: s.indeterminate,
    invalid: s.invalid,
  },
});
emit({
  suite: 'readiness',
  operation: 'baseline: JSON.parse of the same proposals',
  size: `${proposals.length} proposals`,
  items: proposals.length,
  unit: 'proposals',
  samples: b,
});
