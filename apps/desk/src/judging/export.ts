/**
 * The competition's exports, with the desk's CSV writer and its XLSX library:
 *
 * - `ranking.csv` / `ranking.xlsx`: one row per entry per stage (rank, score, decision and its
 *   reason, rank interval, too close to call);
 * - `result.json`: the core's whole `ScoringResult`, as `inovasi score --format json` prints it;
 * - `report.md`: the core's transparency report (`inovasi score --format md`);
 * - `panel.json`, `sheets-<stage>.csv`, `rulebook.json`: the competition in the CLI's documented
 *   input formats, so `inovasi score panel.json --rulebook rulebook.json` gives the same result.
 *
 * @module
 */
import { localize } from '@inovasi/core';
import { renderScoringMarkdown, type ScoringResult } from '@inovasi/core/scoring';
import writeXlsxFile from 'write-excel-file/node';
import type { Lang } from '../i18n.js';
import { renderCsv } from '../tabular.js';
import { criteriaOf, panelOf, stagesOf, type CompetitionData } from './engine.js';

/** The file names an export route serves. */
export const EXPORT_FILES: readonly RegExp[] = [
  /^ranking\.(csv|xlsx)$/,
  /^result\.json$/,
  /^report\.md$/,
  /^panel\.json$/,
  /^sheets-[A-Za-z0-9._-]+\.csv$/,
  /^rulebook\.json$/,
];

const HEADER = {
  id: [
    'tahap',
    'peringkat',
    'peserta',
    'judul',
    'opd',
    'skor',
    'lembar_dihitung',
    'keputusan',
    'alasan',
    'peringkat_terbaik',
    'peringkat_terburuk',
    'terlalu_dekat',
  ],
  en: [
    'stage',
    'rank',
    'entry',
    'title',
    'opd',
    'score',
    'sheets_counted',
    'decision',
    'reasons',
    'rank_best',
    'rank_worst',
    'too_close_to_call',
  ],
} as const;

/** The ranking as rows (header first). */
export function rankingRows(
  data: CompetitionData,
  result: ScoringResult,
  lang: Lang,
): (string | number)[][] {
  const rows: (string | number)[][] = [[...HEADER[lang]]];
  for (const stage of result.stages) {
    const robust = new Map(stage.robustness?.entries.map((x) => [x.entry, x]) ?? []);
    for (const e of stage.entries) {
      const r = robust.get(e.entry);
      rows.push([
        stage.stage,
        e.rank ?? '',
        e.entry,
        e.title ?? '',
        data.entries.find((x) => x.code === e.entry)?.opd_name ?? '',
        e.score ?? '',
        e.sheets.filter((s) => s.status === 'counted').length,
        e.decision,
        e.reasons.map((x) => localize(x, lang)).join('; '),
        r ? Math.min(r.scenarioRanks.best, r.bootstrapRanks?.low ?? r.scenarioRanks.best) : '',
        r ? Math.max(r.scenarioRanks.worst, r.bootstrapRanks?.high ?? r.scenarioRanks.worst) : '',
        r ? String(r.tooCloseToCall) : '',
      ]);
    }
  }
  return rows;
}

/** One stage's sheets in the CLI's spreadsheet format (`inovasi score --sheets`). */
export function sheetsCsv(data: CompetitionData, stage: string): string | undefined {
  const definition = stagesOf(data.competition).find((d) => d.id === stage);
  if (!definition) return undefined;
  const criteria = (criteriaOf(definition) ?? []).map((c) => c.id);
  const panel = panelOf(data);
  const rows = panel.sheets
    .filter((s) => s.stage === stage)
    .map((s) => [
      s.judge,
      s.entry,
      stage,
      ...criteria.map((c) => s.scores[c] ?? ''),
      s.comment ?? '',
    ]);
  return renderCsv(['juri', 'peserta', 'tahap', ...criteria, 'komentar'], rows);
}

/** An export file, or undefined when the name is not one. */
export async function exportFile(
  file: string,
  data: CompetitionData,
  result: ScoringResult,
  lang: Lang,
): Promise<{ body: string | Uint8Array<ArrayBuffer>; type: string } | undefined> {
  const json = (value: unknown) => ({
    body: `${JSON.stringify(value, null, 2)}\n`,
    type: 'application/json; charset=utf-8',
  });
  if (file === 'ranking.csv') {
    const [header = [], ...rows] = rankingRows(data, result, lang);
    return { body: renderCsv(header.map(String), rows), type: 'text/csv; charset=utf-8' };
  }
  if (file === 'ranking.xlsx') {
    const rows = rankingRows(data, result, lang);
    const buffer = await writeXlsxFile(
      rows.map((cells) => cells.map((value) => (value === '' ? null : { value }))),
      { sheet: 'Peringkat' },
    ).toBuffer();
    return {
      body: new Uint8Array(buffer),
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    };
  }
  if (file === 'result.json') return json(result);
  if (file === 'report.md')
    return { body: renderScoringMarkdown(result, lang), type: 'text/markdown; charset=utf-8' };
  if (file === 'panel.json') return json(panelOf(data));
  if (file === 'rulebook.json')
    return data.competition.overlay === null
      ? undefined
      : json(JSON.parse(data.competition.overlay) as unknown);
  const stage = /^sheets-(.+)\.csv$/.exec(file)?.[1];
  if (stage !== undefined) {
    const body = sheetsCsv(data, stage);
    return body === undefined ? undefined : { body, type: 'text/csv; charset=utf-8' };
  }
  return undefined;
}
