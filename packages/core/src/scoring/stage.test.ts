import { loadCases } from '@inovasi/test-utils';
import { describe, expect, it } from 'vitest';
import { builtinRegistry } from '../registry/index.js';
import { PanelSchema, type Panel } from './schema.js';
import { createScoringChecker, readStages, type StageDefinition } from './score.js';
import {
  aggregateEntries,
  applyOverrides,
  collectSheets,
  decideAdvancement,
  rankEntries,
  scoreStage,
  settingsOf,
  type StageInput,
} from './stage.js';

const found = loadCases<{ panel: unknown }>('scoring').find((c) =>
  c.file.endsWith('01-three-judges-mean.json'),
);
if (!found) throw new Error('no scoring case 01-three-judges-mean.json');
const panel: Panel = PanelSchema.parse((found.input as { panel: unknown }).panel);
const rulebook = builtinRegistry.resolve('kota-metro-2027-judul');
const [stage] = readStages(rulebook, '2027-03-01').stages as [StageDefinition];

const inputOf = (p: Panel): StageInput => ({
  panel: p,
  entries: p.entries,
  judges: p.judges,
  sheets: p.sheets,
  firstStage: stage.id,
  previous: [],
  resamples: 0,
});

describe('the phases of a scoring stage', () => {
  it('scoreStage is its phases: the same stage result and findings as the checker', () => {
    const checker = createScoringChecker(rulebook, { asOf: '2027-03-01', resamples: 0 });
    const whole = checker.score(panel);
    const staged = scoreStage(stage, inputOf(panel));
    expect(staged.value).toEqual(whole.stages[0]);
    for (const f of staged.findings) expect(whole.findings).toContainEqual(f);
  });

  it('settingsOf names every unknown slot and warns once for each', () => {
    const missing = { id: 'tidak diketahui', en: 'not known' };
    const unknown: StageDefinition = {
      ...stage,
      advancement: { status: 'unknown', missing },
      tieBreaks: { status: 'unknown', missing },
    };
    const { value, findings } = settingsOf(unknown);
    expect(value.unknownSlots).toEqual(['advancement', 'tieBreaks']);
    expect(value.tieBreaks).toEqual([{ by: 'draw' }]);
    expect(findings.map((f) => f.code)).toEqual([
      'SCORING.PARAMETER.UNKNOWN',
      'SCORING.PARAMETER.UNKNOWN',
    ]);
    expect(settingsOf(stage).findings).toEqual([]);
  });

  it('collectSheets sets a conflicted judge aside and reports a missing sheet', () => {
    const settings = settingsOf(stage).value;
    const conflicted: Panel = {
      ...panel,
      conflicts: [{ judge: 'J1', entry: 'E2', reason: 'saudara' }],
      sheets: panel.sheets.filter((s) => !(s.judge === 'J3' && s.entry === 'E3')),
    };
    const { value, findings } = collectSheets(stage, inputOf(conflicted), settings);
    expect(value.get('E2')?.excluded.map((x) => x.judge)).toEqual(['J1']);
    expect(value.get('E2')?.sheets.find((s) => s.judge === 'J1')?.status).toBe('conflict');
    expect(value.get('E3')?.missing).toEqual(['J3']);
    expect(findings.map((f) => f.code).sort()).toEqual([
      'SCORING.CONFLICT.EXCLUDED',
      'SCORING.SHEET.MISSING',
    ]);
  });

  it('rankEntries orders by score; decideAdvancement sends everyone to review when the rule is unknown', () => {
    const settings = settingsOf(stage).value;
    const working = collectSheets(stage, inputOf(panel), settings).value;
    aggregateEntries(stage, [], settings, working);
    const ranking = rankEntries(stage, panel.seed, settings, working);
    expect(ranking.ranked.map((w) => w.entry.id)).toEqual(['E1', 'E2', 'E3']);
    const unknown: StageDefinition = {
      ...stage,
      advancement: { status: 'unknown', missing: { id: 'x', en: 'x' } },
    };
    const { value } = decideAdvancement(unknown, settings, ranking);
    expect([...value.decisions.values()].map((d) => d.decision)).toEqual([
      'review',
      'review',
      'review',
    ]);
    expect(value.cut).toBeNull();
  });

  it('applyOverrides changes the decision and records the reason', () => {
    const settings = settingsOf(stage).value;
    const working = collectSheets(stage, inputOf(panel), settings).value;
    aggregateEntries(stage, [], settings, working);
    const ranking = rankEntries(stage, panel.seed, settings, working);
    const { decisions } = decideAdvancement(stage, settings, ranking).value;
    const overridden: Panel = {
      ...panel,
      overrides: [{ stage: stage.id, entry: 'E1', decision: 'eliminate', reason: 'plagiat' }],
    };
    const { findings } = applyOverrides(stage, overridden, decisions);
    expect(decisions.get('E1')?.decision).toBe('out');
    expect(findings.map((f) => f.code)).toEqual(['SCORING.OVERRIDE']);
  });
});
