import { describe, expect, it } from 'vitest';
import { createRegistry, type RulebookInput } from '../rulebook/index.js';
import { builtinRegistry } from '../registry/index.js';
import { CoreError } from '../shared/errors.js';
import { scoringRuleKinds } from './kinds.js';
import { renderScoringMarkdown } from './report.js';
import { safeScorePanel, scorePanel } from './score.js';
import { sheetTotal } from './sheet.js';
import { RubricSchema, type CompleteRubric, type PanelInput } from './schema.js';

const SRC = { citation: 'test rulebook', tier: 'D' } as const;
const FROM = '2026-01-01';
const label = (id: string) => ({ id, en: id });

/** A test rulebook: one parameter per slot value given, one stage rule per stage. */
function book(
  stages: { id: string; slots: Record<string, unknown> }[],
  id = 'test-contest',
): RulebookInput {
  return {
    id,
    title: label(id),
    domain: 'scoring',
    status: 'template',
    issuer: 'test',
    effective: { from: FROM },
    parameters: stages.flatMap((s) =>
      Object.entries(s.slots).map(([slot, value]) => ({
        id: `${s.id}.${slot}`,
        title: label(slot),
        values: [
          value === 'UNKNOWN'
            ? { from: FROM, unknown: `${slot} not published` }
            : { from: FROM, value: value as never, source: SRC },
        ],
      })),
    ),
    rules: stages.map((s) => ({
      id: s.id,
      kind: 'scoring.stage',
      title: label(s.id),
      parameters: Object.fromEntries(Object.keys(s.slots).map((slot) => [slot, `${s.id}.${slot}`])),
      source: SRC,
    })),
  };
}

function resolve(input: RulebookInput) {
  return createRegistry({ rulebooks: [input], kinds: scoringRuleKinds }).resolve(input.id);
}

const rubric15 = {
  scale: { kind: 'numeric', min: 1, max: 5 },
  weightTotal: 100,
  criteria: [
    { id: 'kebaruan', label: label('Kebaruan'), weight: 60 },
    { id: 'manfaat', label: label('Manfaat'), weight: 40, allowNotApplicable: true },
  ],
};

const asOf = '2026-06-01';

function sheets(rows: [judge: string, entry: string, kebaruan: unknown, manfaat: unknown][]) {
  return rows.map(([judge, entry, kebaruan, manfaat]) => ({
    judge,
    entry,
    scores: { kebaruan, manfaat } as Record<string, number | string | null>,
  }));
}

describe('sheet totals (hand-checked)', () => {
  const base = RubricSchema.parse(rubric15) as CompleteRubric;
  it.each([
    ['percent', 80],
    ['weighted-mean', 4.2],
    ['weighted-sum', 420],
  ] as const)('%s of kebaruan 5 (w 60), manfaat 3 (w 40) is %d', (total, expected) => {
    const r = sheetTotal({ ...base, total }, { id: 'E' }, { kebaruan: 5, manfaat: 3 });
    expect(r.status === 'complete' && r.total).toBe(expected);
  });

  it('"n/a" re-normalises the other weights instead of counting zero', () => {
    const pct = sheetTotal(base, { id: 'E' }, { kebaruan: 4, manfaat: 'n/a' });
    // kebaruan alone: position (4−1)/4 = 0.75 with all the weight → 75.
    expect(pct.status === 'complete' && pct.total).toBe(75);
    const sum = sheetTotal(
      { ...base, total: 'weighted-sum' },
      { id: 'E' },
      { kebaruan: 4, manfaat: 'n/a' },
    );
    // 60 × 4 re-scaled to the full weight 100/60 → 400.
    expect(sum.status === 'complete' && sum.total).toBe(400);
  });

  it('explains each criterion: weight, raw, position, contribution', () => {
    const r = sheetTotal(base, { id: 'E' }, { kebaruan: 5, manfaat: 3 });
    expect(r.lines.map((l) => [l.criterion, l.weight, l.raw, l.position, l.contribution])).toEqual([
      ['kebaruan', 60, 5, 1, 60],
      ['manfaat', 40, 3, 0.5, 20],
    ]);
  });

  it('labelled scales accept the point keys', () => {
    const labelled = {
      ...base,
      scale: {
        kind: 'labelled',
        points: [
          { key: 'kurang', value: 1, label: 'Kurang' },
          { key: 'cukup', value: 2, label: 'Cukup' },
          { key: 'baik', value: 3, label: 'Baik' },
        ],
      },
    } as CompleteRubric;
    const r = sheetTotal(labelled, { id: 'E' }, { kebaruan: 'baik', manfaat: 'cukup' });
    expect(r.status === 'complete' && r.total).toBe(80);
  });

  it('criteria shown but not counted do not change the total', () => {
    const shown = RubricSchema.parse({
      ...rubric15,
      criteria: [
        ...rubric15.criteria,
        { id: 'ringkasan', label: label('Ringkasan'), weight: 0, counted: false },
      ],
    }) as CompleteRubric;
    const r = sheetTotal(shown, { id: 'E' }, { kebaruan: 5, manfaat: 3, ringkasan: 1 });
    expect(r.status === 'complete' && r.total).toBe(80);
  });
});

describe('scorePanel: one stage', () => {
  const judges = [{ id: 'J1' }, { id: 'J2' }, { id: 'J3' }];

  it('aggregates judges by the configured method (mean, median, trimmed mean)', () => {
    const panel: PanelInput = {
      entries: [{ id: 'E1' }],
      judges,
      sheets: sheets([
        ['J1', 'E1', 5, 5], // 100
        ['J2', 'E1', 3, 3], // 50
        ['J3', 'E1', 4, 2], // 60·.75 + 40·.25 = 55
      ]),
    };
    const score = (aggregation: unknown) =>
      scorePanel(
        panel,
        resolve(book([{ id: 'S', slots: { rubric: rubric15, method: { aggregation } } }])),
        {
          asOf,
          resamples: 0,
        },
      ).stages[0]?.entries[0]?.score;
    expect(score({ kind: 'mean' })).toBe(68.333333333);
    expect(score({ kind: 'median' })).toBe(55);
    expect(score({ kind: 'trimmed-mean', trim: 1 })).toBe(55);
    expect(score({ kind: 'sum' })).toBe(205);
  });

  it('z-score normalisation removes a lenient judge’s offset (hand-checked)', () => {
    // J1 totals 60/70/80 (mean 70, sd 10); J2 totals 80/90/100 (mean 90, sd 10).
    // Panel: mean 80, sd √200 = 14.1421. Each judge's lowest maps to 80 − 14.1421 = 65.8579.
    const rubric = {
      scale: { kind: 'numeric', min: 0, max: 100 },
      total: 'weighted-mean',
      criteria: [{ id: 'nilai', label: label('Nilai'), weight: 1 }],
    };
    const panel: PanelInput = {
      entries: [{ id: 'E1' }, { id: 'E2' }, { id: 'E3' }],
      judges: [{ id: 'J1' }, { id: 'J2' }],
      sheets: [
        ['J1', 'E1', 60],
        ['J1', 'E2', 70],
        ['J1', 'E3', 80],
        ['J2', 'E1', 80],
        ['J2', 'E2', 90],
        ['J2', 'E3', 100],
      ].map(([judge, entry, nilai]) => ({
        judge: String(judge),
        entry: String(entry),
        scores: { nilai: Number(nilai) },
      })),
    };
    const rb = resolve(
      book([
        {
          id: 'S',
          slots: { rubric, method: { normalisation: { kind: 'z-score', minimumSheets: 3 } } },
        },
      ]),
    );
    const stage = scorePanel(panel, rb, { asOf, resamples: 0 }).stages[0];
    const e1 = stage?.entries.find((e) => e.entry === 'E1');
    expect(e1?.sheets.map((s) => s.normalised)).toEqual([65.857864376, 65.857864376]);
    expect(e1?.score).toBe(65.857864376);
    expect(stage?.normalisation).toEqual([
      { judge: 'J1', applied: true, sheets: 3 },
      { judge: 'J2', applied: true, sheets: 3 },
    ]);
    // Rank normalisation maps each judge's lowest/middle/highest to 0/50/100.
    const byRank = scorePanel(
      panel,
      resolve(
        book([
          {
            id: 'S',
            slots: { rubric, method: { normalisation: { kind: 'rank', minimumSheets: 3 } } },
          },
        ]),
      ),
      { asOf, resamples: 0 },
    );
    expect(byRank.stages[0]?.entries.map((e) => [e.entry, e.score])).toEqual([
      ['E3', 100],
      ['E2', 50],
      ['E1', 0],
    ]);
    // With too few sheets it is skipped, and the result says so.
    const skipped = scorePanel(
      panel,
      resolve(
        book([
          {
            id: 'S',
            slots: { rubric, method: { normalisation: { kind: 'z-score', minimumSheets: 5 } } },
          },
        ]),
      ),
      { asOf, resamples: 0 },
    );
    expect(skipped.stages[0]?.entries.find((e) => e.entry === 'E1')?.score).toBe(70);
    expect(skipped.findings.filter((f) => f.code === 'SCORING.NORMALISE.SKIPPED')).toHaveLength(2);
  });

  it('excludes a judge from the entry’s own agency and reports it; missing sheets are findings', () => {
    const panel: PanelInput = {
      entries: [
        { id: 'E1', agency: 'Pemkab Luwu Utara' },
        { id: 'E2', agency: 'Pemkot Makassar' },
      ],
      judges: [{ id: 'J1', agency: 'Pemkab Luwu Utara' }, { id: 'J2' }, { id: 'J3' }],
      conflicts: [{ judge: 'J3', entry: 'E2', reason: 'former adviser' }],
      sheets: sheets([
        ['J1', 'E1', 5, 5],
        ['J2', 'E1', 3, 3],
        ['J3', 'E1', 3, 3],
        ['J1', 'E2', 4, 4],
      ]),
    };
    const result = scorePanel(panel, resolve(book([{ id: 'S', slots: { rubric: rubric15 } }])), {
      asOf,
      resamples: 0,
    });
    const stage = result.stages[0];
    const e1 = stage?.entries.find((e) => e.entry === 'E1');
    expect(e1?.score).toBe(50);
    expect(e1?.excludedJudges.map((x) => [x.judge, x.reason.en])).toEqual([
      ['J1', 'same agency (Pemkab Luwu Utara)'],
    ]);
    const e2 = stage?.entries.find((e) => e.entry === 'E2');
    expect(e2?.excludedJudges.map((x) => x.judge)).toEqual(['J3']);
    expect(e2?.missingJudges).toEqual(['J2']);
    expect(result.findings.map((f) => f.code)).toContain('SCORING.SHEET.MISSING');
    expect(result.findings.filter((f) => f.code === 'SCORING.CONFLICT.EXCLUDED')).toHaveLength(1);
  });

  it('too few counted sheets → indeterminate, needs human review', () => {
    const panel: PanelInput = {
      entries: [{ id: 'E1' }, { id: 'E2' }],
      judges,
      sheets: sheets([
        ['J1', 'E1', 5, 5],
        ['J2', 'E1', 5, 5],
        ['J1', 'E2', 5, null],
      ]),
    };
    const result = scorePanel(
      panel,
      resolve(book([{ id: 'S', slots: { rubric: rubric15, method: { minimumSheets: 2 } } }])),
      { asOf, resamples: 0 },
    );
    expect(result.status).toBe('indeterminate');
    const e2 = result.stages[0]?.entries.find((e) => e.entry === 'E2');
    expect(e2?.status).toBe('indeterminate');
    expect(e2?.decision).toBe('review');
    expect(e2?.sheets[0]?.status).toBe('incomplete');
    expect(result.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['SCORING.SHEET.INCOMPLETE', 'SCORING.ENTRY.TOO_FEW_SHEETS']),
    );
  });

  it('a criterion minimum is non-compensatory', () => {
    const withMin = {
      ...rubric15,
      criteria: [{ ...rubric15.criteria[0], minimum: 3 }, rubric15.criteria[1]],
    };
    const panel: PanelInput = {
      entries: [{ id: 'E1' }, { id: 'E2' }],
      judges: [{ id: 'J1' }],
      sheets: sheets([
        ['J1', 'E1', 2, 5],
        ['J1', 'E2', 3, 1],
      ]),
    };
    const stage = scorePanel(
      panel,
      resolve(
        book([
          { id: 'S', slots: { rubric: withMin, advancement: { rule: { kind: 'top', n: 2 } } } },
        ]),
      ),
      { asOf, resamples: 0 },
    ).stages[0];
    // E1 has the higher total (15 + 40 = 55 vs 30) but kebaruan 2 < 3.
    expect(stage?.entries.map((e) => [e.entry, e.rank, e.decision])).toEqual([
      ['E1', 1, 'out'],
      ['E2', 2, 'advance'],
    ]);
    expect(stage?.entries[0]?.reasons[0]?.en).toContain('below its minimum 3');
  });

  it('breaks ties by the declared chain, never by input order', () => {
    const panel: PanelInput = {
      entries: [{ id: 'E1' }, { id: 'E2' }, { id: 'E3' }],
      judges: [{ id: 'J1' }, { id: 'J2' }],
      sheets: sheets([
        ['J1', 'E1', 3, 4],
        ['J2', 'E1', 3, 4], // 50 + 30 = 80 → 60·.5 + 40·.75 = 60
        ['J1', 'E2', 4, 2.5],
        ['J2', 'E2', 4, 2.5], // 45 + 15 = 60
        ['J1', 'E3', 3, 4], // 60, one sheet missing
      ]),
    };
    const rb = resolve(
      book([
        {
          id: 'S',
          slots: {
            rubric: rubric15,
            tieBreaks: [
              { by: 'criterion', criterion: 'kebaruan' },
              { by: 'fewer-missing' },
              { by: 'draw' },
            ],
          },
        },
      ]),
    );
    const stage = scorePanel(panel, rb, { asOf, resamples: 0 }).stages[0];
    expect(stage?.entries.map((e) => [e.entry, e.score])).toEqual([
      ['E2', 60],
      ['E1', 60],
      ['E3', 60],
    ]);
    expect(stage?.entries[0]?.tie?.decidedBy.en).toBe('a higher score on Kebaruan');
    expect(stage?.entries[1]?.tie?.decidedBy.en).toBe('fewer missing sheets');
    const reversed = scorePanel(
      {
        ...panel,
        sheets: [...panel.sheets].reverse(),
        entries: [...panel.entries].reverse(),
      },
      rb,
      { asOf, resamples: 0 },
    ).stages[0];
    expect(reversed?.entries.map((e) => e.entry)).toEqual(['E2', 'E1', 'E3']);
  });

  it('passing grade with a borderline band, and a recorded manual override', () => {
    const panel: PanelInput = {
      entries: [{ id: 'E1' }, { id: 'E2' }, { id: 'E3' }],
      judges: [{ id: 'J1' }],
      sheets: sheets([
        ['J1', 'E1', 5, 5],
        ['J1', 'E2', 5, 4],
        ['J1', 'E3', 4, 4],
      ]), // 100, 90, 75
      overrides: [
        {
          stage: 'S',
          entry: 'E3',
          decision: 'advance',
          reason: 'field verification found the data understated',
          by: 'TPI pleno',
        },
      ],
    };
    const rb = resolve(
      book([
        {
          id: 'S',
          slots: {
            rubric: rubric15,
            advancement: { rule: { kind: 'passing-grade', min: 85 }, borderline: 5 },
          },
        },
      ]),
    );
    const result = scorePanel(panel, rb, { asOf, resamples: 0 });
    const stage = result.stages[0];
    expect(stage?.entries.map((e) => [e.entry, e.score, e.decision, e.borderline])).toEqual([
      ['E1', 100, 'advance', false],
      ['E2', 90, 'advance', true],
      ['E3', 75, 'advance', false],
    ]);
    expect(stage?.entries[2]?.reasons.map((r) => r.en)).toEqual([
      'out: score 75 < passing grade 85 (10 points short)',
      'Manual decision for E3: advanced by TPI pleno — field verification found the data understated.',
    ]);
    expect(result.findings.map((f) => f.code)).toContain('SCORING.OVERRIDE');
  });
});

describe('robustness at a passing grade', () => {
  it('flags an entry whose bootstrap score range straddles the grade, not a safe one', () => {
    const rubric = {
      scale: { kind: 'numeric', min: 0, max: 100 },
      total: 'weighted-mean',
      criteria: [{ id: 'nilai', label: label('Nilai'), weight: 1 }],
    };
    const rb = resolve(
      book([
        { id: 'S', slots: { rubric, advancement: { rule: { kind: 'passing-grade', min: 85 } } } },
      ]),
    );
    const rows: [string, string, number][] = [
      ['J1', 'CLOSE', 80],
      ['J2', 'CLOSE', 90],
      ['J3', 'CLOSE', 95],
      ['J1', 'SAFE', 95],
      ['J2', 'SAFE', 95],
      ['J3', 'SAFE', 100],
    ];
    const result = scorePanel(
      {
        entries: [{ id: 'CLOSE' }, { id: 'SAFE' }],
        judges: [{ id: 'J1' }, { id: 'J2' }, { id: 'J3' }],
        sheets: rows.map(([judge, entry, nilai]) => ({ judge, entry, scores: { nilai } })),
      },
      rb,
      { asOf, resamples: 200 },
    );
    const robustness = result.stages[0]?.robustness;
    expect(robustness?.grade).toBe(85);
    const close = robustness?.entries.find((e) => e.entry === 'CLOSE');
    expect(close?.tooCloseToCall).toBe(true);
    expect(close?.bootstrapScores?.low).toBeLessThan(85);
    expect(close?.aboveCutShare).toBeGreaterThan(0);
    expect(close?.aboveCutShare).toBeLessThan(1);
    expect(robustness?.entries.find((e) => e.entry === 'SAFE')?.tooCloseToCall).toBe(false);
    expect(result.findings.find((f) => f.code === 'SCORING.TOO_CLOSE')?.message.en).toMatch(
      /^CLOSE is too close to call at the passing grade 85 in stage S: its score could be 8\d/,
    );
  });
});

describe('scorePanel: stages', () => {
  it('70 % substance + 30 % presentation, Top 2 after the first stage', () => {
    const rubric = {
      scale: { kind: 'numeric', min: 0, max: 100 },
      total: 'weighted-mean',
      criteria: [{ id: 'nilai', label: label('Nilai'), weight: 1 }],
    };
    const rb = resolve(
      book([
        { id: 'SUBSTANSI', slots: { rubric, advancement: { rule: { kind: 'top', n: 2 } } } },
        {
          id: 'PRESENTASI',
          slots: { rubric, combine: { own: 0.3, from: [{ stage: 'SUBSTANSI', weight: 0.7 }] } },
        },
      ]),
    );
    const panel: PanelInput = {
      entries: [{ id: 'E1' }, { id: 'E2' }, { id: 'E3' }],
      judges: [{ id: 'J1' }],
      sheets: [
        { stage: 'SUBSTANSI', judge: 'J1', entry: 'E1', scores: { nilai: 80 } },
        { stage: 'SUBSTANSI', judge: 'J1', entry: 'E2', scores: { nilai: 90 } },
        { stage: 'SUBSTANSI', judge: 'J1', entry: 'E3', scores: { nilai: 70 } },
        { stage: 'PRESENTASI', judge: 'J1', entry: 'E1', scores: { nilai: 100 } },
        { stage: 'PRESENTASI', judge: 'J1', entry: 'E2', scores: { nilai: 50 } },
      ],
    };
    const result = scorePanel(panel, rb, { asOf, resamples: 0 });
    expect(result.stages[0]?.advanced).toEqual(['E2', 'E1']);
    // E1: 0.7·80 + 0.3·100 = 86; E2: 0.7·90 + 0.3·50 = 78.
    expect(result.stages[1]?.entries.map((e) => [e.entry, e.score])).toEqual([
      ['E1', 86],
      ['E2', 78],
    ]);
    expect(result.final).toEqual(['E1', 'E2']);
    expect(result.status).toBe('complete');
    expect(renderScoringMarkdown(result, 'id')).toContain('tahap ini 30 % + SUBSTANSI 70 %');
  });

  it('quotas in a stage: displaced and capped entries are explained', () => {
    const rubric = {
      scale: { kind: 'numeric', min: 0, max: 100 },
      total: 'weighted-mean',
      criteria: [{ id: 'nilai', label: label('Nilai'), weight: 1 }],
    };
    const rb = resolve(
      book([
        {
          id: 'S',
          slots: {
            rubric,
            advancement: {
              rule: { kind: 'top', n: 2 },
              quotas: [
                {
                  id: '3t',
                  label: { id: 'Daerah 3T', en: '3T regions' },
                  field: 'tag',
                  value: '3T',
                  min: 1,
                },
              ],
            },
          },
        },
      ]),
    );
    const panel: PanelInput = {
      entries: [{ id: 'E1' }, { id: 'E2' }, { id: 'E3', tags: ['3T'] }],
      judges: [{ id: 'J1' }],
      sheets: ['E1', 'E2', 'E3'].map((entry, i) => ({
        judge: 'J1',
        entry,
        scores: { nilai: 90 - 10 * i },
      })),
    };
    const stage = scorePanel(panel, rb, { asOf, resamples: 0 }).stages[0];
    expect(stage?.advanced).toEqual(['E1', 'E3']);
    expect(stage?.entries.find((e) => e.entry === 'E2')?.reasons[0]?.en).toBe(
      'out: displaced by the quota for 3t (3T)',
    );
    expect(stage?.entries.find((e) => e.entry === 'E3')?.reasons[0]?.en).toBe(
      'in through the quota "3T regions" (3T), rank 3',
    );
    const md = renderScoringMarkdown(scorePanel(panel, rb, { asOf, resamples: 50 }), 'en');
    expect(md).toContain('| 3t | 3T | 1 | — | 1 | yes |');
    expect(md).toContain('quotas: 3T regions (tag=3T, min 1)');
    expect(md).toContain('### Robustness');
  });
});

describe('bad panels and unknown rules', () => {
  const rb = resolve(book([{ id: 'S', slots: { rubric: rubric15 } }]));
  it('names the sheet and the criterion of every problem', () => {
    const outcome = safeScorePanel(
      {
        entries: [{ id: 'E1' }],
        judges: [{ id: 'J1' }],
        sheets: [
          { judge: 'J1', entry: 'E1', scores: { kebaruan: 6, manfaat: 3 } },
          { judge: 'J9', entry: 'E1', scores: { kebaruan: 3, inovasi: 2, manfaat: 3 } },
        ],
      },
      rb,
      { asOf },
    );
    expect(outcome.success).toBe(false);
    const error = outcome.success ? undefined : outcome.error;
    expect(error).toBeInstanceOf(CoreError);
    expect(error?.code).toBe('INPUT_INVALID');
    expect(error?.issues.map(({ path, message }) => ({ path, message }))).toEqual([
      {
        path: 'sheets[0].scores.kebaruan',
        message: 'sheet 0 (judge J1, entry E1), criterion kebaruan: 6 is outside the scale 1–5',
      },
      {
        path: 'sheets[1].judge',
        message: 'sheet 1 (judge J9, entry E1): judge J9 is not in judges',
      },
      {
        path: 'sheets[1].scores.inovasi',
        message:
          'sheet 1 (judge J9, entry E1): inovasi is not a criterion of stage S (kebaruan, manfaat)',
      },
    ]);
  });

  it('a rubric whose weights do not sum as declared is an invalid rulebook', () => {
    const bad = book(
      [{ id: 'S', slots: { rubric: { ...rubric15, weightTotal: 90 } } }],
      'bad-weights',
    );
    const report = createRegistry({ rulebooks: [], kinds: scoringRuleKinds }).validate(bad);
    expect(report.valid).toBe(false);
    expect(report.findings.map((f) => [f.path, f.message.en])).toEqual([
      [
        'parameters[0].values[0].value.criteria',
        expect.stringContaining('the counted weights sum to 100, but weightTotal declares 90'),
      ],
    ]);
  });

  it('KIPP 2025: the rubric is not published, so every entry needs human review', () => {
    const result = scorePanel(
      { entries: [{ id: 'E1' }], judges: [{ id: 'J1' }], sheets: [] },
      builtinRegistry.resolve('kipp-2025-penilaian'),
      { asOf: '2025-06-01' },
    );
    expect(result.status).toBe('indeterminate');
    expect(result.stages[0]?.entries[0]?.decision).toBe('review');
    expect(result.findings[0]?.code).toBe('SCORING.PARAMETER.UNKNOWN');
    expect(result.findings[0]?.message.en).toContain('Pedoman MenPANRB 4/2025');
  });

  it('refuses a rulebook of another engine', () => {
    expect(() => scorePanel({}, builtinRegistry.resolve('kipp-2018'), { asOf })).toThrow(
      /not for competition scoring/,
    );
  });
});

describe('KIPP 2023 pipeline: 228 nominations → Top 99 + 15 finalists → Top 45 + 5', () => {
  const rubric = {
    scale: { kind: 'numeric', min: 0, max: 100 },
    total: 'weighted-mean',
    criteria: [{ id: 'nilai', label: label('Nilai'), weight: 1 }],
  };
  const param = (id: string, value: unknown) => ({
    id,
    title: label(id),
    values: [{ from: '2023-01-01', value, source: SRC }],
  });
  const overlay = {
    id: 'kipp-2023-uji',
    extends: 'kipp-2023-penilaian',
    title: label('uji'),
    domain: 'scoring',
    issuer: 'test',
    effective: { from: '2023-01-01', to: '2023-12-31' },
    parameters: [
      param('kipp-2023.te.rubric', rubric),
      param('kipp-2023.tpi.rubric', rubric),
      param('kipp-2023.presentasi.rubric', rubric),
      param('kipp-2023.presentasi.combine', {
        own: 0.5,
        from: [{ stage: 'KIPP.TPI', weight: 0.5 }],
      }),
    ],
  };

  it('is indeterminate as published: the rubrics are unknown', () => {
    const result = scorePanel(
      { entries: [{ id: 'X', group: 'umum' }], judges: [{ id: 'TE' }], sheets: [] },
      builtinRegistry.resolve('kipp-2023-penilaian'),
      { asOf: '2023-06-01' },
    );
    expect(result.status).toBe('indeterminate');
    expect(result.findings.filter((f) => f.code === 'SCORING.PARAMETER.UNKNOWN')).toHaveLength(4);
  });

  it('keeps the group composition at every cut once an overlay supplies the rubrics', () => {
    const entries = Array.from({ length: 300 }, (_, i) => ({
      id: `P${String(i).padStart(3, '0')}`,
      group: i % 6 === 0 ? 'khusus' : 'umum',
    }));
    const score = (i: number, salt: number) => ((i * 37 + salt * 11) % 97) + 1;
    const sheets = ['KIPP.TE', 'KIPP.TPI', 'KIPP.PRESENTASI'].flatMap((stage, s) =>
      entries.map((e, i) => ({ stage, judge: 'J', entry: e.id, scores: { nilai: score(i, s) } })),
    );
    const registry = builtinRegistry.with([overlay]);
    const result = scorePanel(
      { entries, judges: [{ id: 'J' }], sheets },
      registry.resolve('kipp-2023-uji'),
      {
        asOf: '2023-06-01',
        resamples: 0,
      },
    );
    const groups = (ids: readonly string[]) => {
      const khusus = ids.filter(
        (id) => entries.find((e) => e.id === id)?.group === 'khusus',
      ).length;
      return [ids.length - khusus, khusus];
    };
    expect(result.stages.map((s) => groups(s.advanced))).toEqual([
      [198, 30],
      [99, 15],
      [45, 5],
    ]);
    expect(result.status).toBe('complete');
    // Sheets for entries that did not reach a stage are ignored, and said so.
    expect(result.findings.some((f) => f.code === 'SCORING.SHEET.NOT_IN_STAGE')).toBe(true);
  });
});
