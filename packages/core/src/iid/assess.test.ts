import { describe, expect, it } from 'vitest';
import { builtinRegistry } from '../registry/index.js';
import {
  assessInnovations,
  assessRegion,
  checkCoverage,
  eligibilityWarnings,
  explainComponents,
  parseRegion,
  scoreSpd,
  totalViews,
} from './compute.js';
import { readIidModel } from './model.js';
import { innovation, uniformRegion } from './test-regions.js';

const model = readIidModel(builtinRegistry.resolve('iid-2026'), '2026-06-01');

describe('the phases of assessRegion', () => {
  it('scoreSpd scores every SPD row; 20 rows at level 3 make the maximum 63', () => {
    const spd = scoreSpd(parseRegion(uniformRegion(0, 3)), model, 'claimed');
    expect([spd.claimed, spd.verified, spd.rows.length]).toEqual([63, 0, 20]);
  });

  it('assessInnovations excludes a short rancang bangun, with what it would add once complete', () => {
    const short = { ...innovation(1, 2), rancangBangunWords: 10 };
    const region = parseRegion({ ...uniformRegion(2, 2), innovations: [innovation(0, 2), short] });
    const assessed = assessInnovations(region, model, 'claimed');
    expect(assessed.n).toBe(1);
    expect(assessed.excluded.map((e) => e.code)).toEqual(['IID.RANCANG_BANGUN.SHORT']);
    expect(assessed.innovations[1]).toMatchObject({ status: 'excluded', potential: 74 });
    expect(assessed.findings.map((f) => f.code)).toContain('IID.RANCANG_BANGUN.SHORT');
  });

  it('totalViews leaves the IID indeterminate while an unpublished consequence is unsettled', () => {
    const early = { ...innovation(0, 3), stage: 'uji-coba' as const };
    const region = parseRegion({ ...uniformRegion(1, 3), innovations: [early] });
    const spd = scoreSpd(region, model, 'claimed');
    const totals = totalViews(region, model, spd, assessInnovations(region, model, 'claimed'));
    expect(totals.views.claimed.iid).toBeNull();
    expect(totals.findings.map((f) => f.code)).toEqual(['IID.CONSEQUENCE.UNKNOWN']);
    const settled = parseRegion({
      ...uniformRegion(1, 3),
      innovations: [early],
      assumptions: { stageNotPenerapan: 'assessed', chosenBy: 'uji' },
    });
    const counted = totalViews(settled, model, spd, assessInnovations(settled, model, 'claimed'));
    expect(counted.views.claimed.iid).not.toBeNull();
    expect(counted.findings.map((f) => f.code)).toEqual(['IID.ASSUMPTION.APPLIED']);
  });

  it('explainComponents and checkCoverage: known components, empty seats below the divisor', () => {
    const region = parseRegion(uniformRegion(6, 3));
    const spd = scoreSpd(region, model, 'claimed');
    const totals = totalViews(region, model, spd, assessInnovations(region, model, 'claimed'));
    const explained = explainComponents(model, totals.views.claimed, totals.aggregates.claimed);
    expect(explained.components.sidAverage).toMatchObject({ status: 'known', score: 55.5 });
    expect(explained.findings).toEqual([]);
    const coverage = checkCoverage(model, totals.aggregates.claimed);
    expect(coverage.divisor).toEqual({ n: 6, minimum: 12, divisor: 12, emptySeats: 6 });
    expect(coverage.findings.map((f) => f.code)).toEqual(['IID.EMPTY_SEATS']);
  });

  it('eligibilityWarnings is silent when every step is known; assessRegion joins the phases', () => {
    const region = parseRegion(uniformRegion(6, 3));
    expect(eligibilityWarnings(region, model)).toEqual([]);
    const result = assessRegion(region, model, 'claimed');
    expect(result.divisor.emptySeats).toBe(6);
    expect(result.findings.map((f) => f.code)).toContain('IID.EMPTY_SEATS');
  });
});
