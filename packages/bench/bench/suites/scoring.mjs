// Scoring robustness: the generated panel (3,000 entries × 5 judges × 10 criteria) through
// z-score normalisation, a Top-99 shortlist under three quotas and 200 bootstrap resamples, in
// CPU time after a warm-up run. Baseline in the same run: JSON.parse of the same panel.
// Target (issue 4): under 1 s on one core.
import { core, emit, generator, SEED, stats, timeMany } from '../lib.mjs';

const { generatePanel } = await generator();
const { scorePanel, scoringRuleKinds } = await core('scoring');
const { createRegistry } = await core('rulebook');

const CRITERIA = 10;
const src = { citation: 'benchmark data', tier: 'D' };
const label = (id) => ({ id, en: id });
const from = '2026-01-01';
const param = (id, value) => ({ id, title: label(id), values: [{ from, value, source: src }] });
const rulebook = createRegistry({
  kinds: scoringRuleKinds,
  rulebooks: [
    {
      id: 'bench-contest',
      title: label('bench'),
      domain: 'scoring',
      status: 'template',
      issuer: 'bench',
      effective: { from },
      parameters: [
        param('rubric', {
          scale: { kind: 'numeric', min: 1, max: 5, step: 1 },
          total: 'percent',
          weightTotal: 100,
          criteria: Array.from({ length: CRITERIA }, (_, i) => ({
            id: `k${i}`,
            label: label(`K${i}`),
            weight: 10,
          })),
        }),
        param('method', {
          aggregation: { kind: 'mean' },
          normalisation: { kind: 'z-score', minimumSheets: 5 },
        }),
        param('advancement', {
          rule: { kind: 'top', n: 99 },
          borderline: 0.5,
          quotas: [
            { id: 'per-pemda', label: label('max 2 per Pemda'), field: 'agency', max: 2 },
            { id: 'daerah-3t', label: label('min 10 from 3T'), field: 'tag', value: '3T', min: 10 },
            { id: 'kategori', label: label('min 3 per category'), field: 'category', min: 3 },
          ],
        }),
        param('tieBreaks', [
          { by: 'criterion', criterion: 'k0' },
          { by: 'fewer-missing' },
          { by: 'draw' },
        ]),
      ],
      rules: [
        {
          id: 'DESK',
          kind: 'scoring.stage',
          title: label('desk'),
          parameters: {
            rubric: 'rubric',
            method: 'method',
            advancement: 'advancement',
            tieBreaks: 'tieBreaks',
          },
          source: src,
        },
      ],
    },
  ],
}).resolve('bench-contest');

const panel = generatePanel({ seed: SEED, entries: 3000, judges: 5 });
const text = JSON.stringify(panel);
let result;
const score = () => {
  result = scorePanel(panel, rulebook, { asOf: '2026-06-01', resamples: 200 });
};
let sink = 0;
const parse = () => {
  sink += JSON.parse(text).sheets.length;
};
const [a, b] = await timeMany([score, parse], { runs: 5, warmup: 1 });
const stage = result.stages[0];
emit({
  suite: 'scoring',
  operation: 'scoring: z-score, top 99 under quotas, 200 resamples',
  size: `${panel.entries.length} entries × ${panel.judges.length} judges × ${CRITERIA} criteria`,
  items: panel.entries.length,
  unit: 'entries',
  samples: a,
  baseline: { name: 'JSON.parse of the panel', samples: b },
  target: { text: '< 1,000 ms cpu', pass: stats(a).median < 1000 },
  note: `advanced ${stage.advanced.length}; too close to call ${stage.robustness.entries.filter((e) => e.tooCloseToCall).length}`,
});
