/**
 * The scoring message catalogue, by stable code.
 *
 * @module
 */
import { defineMessages, formatNumber, type LocalizedText } from '../shared/i18n.js';

const num = (x: number): LocalizedText => ({
  id: formatNumber(x, 'id'),
  en: formatNumber(x, 'en'),
});

/** Messages of the scoring engine. */
export const scoringMessages = defineMessages({
  'SCORING.STATUS.complete': () => ({ id: 'Penilaian lengkap', en: 'Scoring complete' }),
  'SCORING.STATUS.indeterminate': () => ({
    id: 'Sebagian tidak dapat dipastikan (perlu tinjauan manusia)',
    en: 'Partly indeterminate (needs human review)',
  }),
  'SCORING.PARAMETER.UNKNOWN': (p: { stage: string; slot: string; missing: LocalizedText }) => ({
    id: `Tahap ${p.stage}: ${p.slot} tidak diketahui (${p.missing.id}). Tahap ini perlu ditinjau manusia.`,
    en: `Stage ${p.stage}: the ${p.slot} is not known (${p.missing.en}). This stage needs human review.`,
  }),
  'SCORING.CONFLICT.EXCLUDED': (p: { judge: string; entry: string; reason: LocalizedText }) => ({
    id: `Juri ${p.judge} tidak menilai ${p.entry}: ${p.reason.id}.`,
    en: `Judge ${p.judge} is excluded from ${p.entry}: ${p.reason.en}.`,
  }),
  'SCORING.CONFLICT.SAME_AGENCY': (p: { agency: string }) => ({
    id: `berasal dari instansi yang sama (${p.agency})`,
    en: `same agency (${p.agency})`,
  }),
  'SCORING.CONFLICT.SAME_REGION': (p: { region: string }) => ({
    id: `berasal dari daerah yang sama (${p.region})`,
    en: `same region (${p.region})`,
  }),
  'SCORING.CONFLICT.DECLARED': (p: { reason: string }) => ({
    id: `konflik yang dinyatakan: ${p.reason}`,
    en: `declared conflict: ${p.reason}`,
  }),
  'SCORING.SHEET.MISSING': (p: { judge: string; entry: string; stage: string }) => ({
    id: `Lembar nilai juri ${p.judge} untuk ${p.entry} (tahap ${p.stage}) tidak ada.`,
    en: `Judge ${p.judge}'s sheet for ${p.entry} (stage ${p.stage}) is missing.`,
  }),
  'SCORING.SHEET.INCOMPLETE': (p: { judge: string; entry: string; criteria: string }) => ({
    id: `Lembar juri ${p.judge} untuk ${p.entry} tidak dihitung: nilai ${p.criteria} kosong.`,
    en: `Judge ${p.judge}'s sheet for ${p.entry} is not counted: no score for ${p.criteria}.`,
  }),
  'SCORING.SHEET.NOT_IN_STAGE': (p: { judge: string; entry: string; stage: string }) => ({
    id: `Lembar juri ${p.judge} untuk ${p.entry} diabaikan: ${p.entry} tidak ikut tahap ${p.stage}.`,
    en: `Judge ${p.judge}'s sheet for ${p.entry} is ignored: ${p.entry} is not in stage ${p.stage}.`,
  }),
  'SCORING.ENTRY.TOO_FEW_SHEETS': (p: { entry: string; counted: number; needed: number }) => ({
    id: `${p.entry} hanya punya ${p.counted} lembar terhitung (perlu ${p.needed}); tidak diperingkat, perlu tinjauan manusia.`,
    en: `${p.entry} has only ${p.counted} counted sheet(s) (needs ${p.needed}); not ranked, needs human review.`,
  }),
  'SCORING.NORMALISE.SKIPPED': (p: { judge: string; count: number; needed: number }) => ({
    id: `Normalisasi juri ${p.judge} dilewati: hanya ${p.count} lembar (perlu ${p.needed}) atau semua skornya sama; skor mentah dipakai.`,
    en: `Normalisation of judge ${p.judge} skipped: only ${p.count} sheet(s) (needs ${p.needed}) or all totals equal; raw totals used.`,
  }),
  'SCORING.JUDGE.FLAT': (p: { judge: string }) => ({
    id: `Juri ${p.judge} memberi nilai yang sama untuk semuanya; periksa lembarnya.`,
    en: `Judge ${p.judge} gave the same score to everything; review the sheets.`,
  }),
  'SCORING.JUDGE.DISAGREES': (p: { judge: string; r: number; threshold: number }) => ({
    id: `Juri ${p.judge} jauh berbeda dari panel (korelasi ${num(p.r).id} < ${num(p.threshold).id}); periksa lembarnya.`,
    en: `Judge ${p.judge} disagrees far from the panel (correlation ${num(p.r).en} < ${num(p.threshold).en}); review the sheets.`,
  }),
  'SCORING.QUOTA.UNMET': (p: { quota: string; value: string; selected: number; min: number }) => ({
    id: `Kuota ${p.quota} (${p.value}) tidak terpenuhi: ${p.selected} dari minimal ${p.min}.`,
    en: `Quota ${p.quota} (${p.value}) not met: ${p.selected} of at least ${p.min}.`,
  }),
  'SCORING.QUOTA.OVERBOOKED': (p: { stage: string }) => ({
    id: `Tahap ${p.stage}: jumlah kuota minimal melebihi kursi yang tersedia.`,
    en: `Stage ${p.stage}: the minimum quotas ask for more seats than there are.`,
  }),
  'SCORING.TOO_CLOSE': (p: {
    entry: string;
    stage: string;
    low: number;
    high: number;
    cut: number;
  }) => ({
    id: `${p.entry} terlalu dekat untuk diputuskan di batas ${p.cut} tahap ${p.stage}: peringkatnya bisa ${p.low}–${p.high}.`,
    en: `${p.entry} is too close to call at the cut of ${p.cut} in stage ${p.stage}: its rank could be ${p.low}–${p.high}.`,
  }),
  'SCORING.TOO_CLOSE.GRADE': (p: {
    entry: string;
    stage: string;
    low: number;
    high: number;
    grade: number;
  }) => ({
    id: `${p.entry} terlalu dekat untuk diputuskan di nilai ambang ${num(p.grade).id} tahap ${p.stage}: skornya bisa ${num(p.low).id}–${num(p.high).id}.`,
    en: `${p.entry} is too close to call at the passing grade ${num(p.grade).en} in stage ${p.stage}: its score could be ${num(p.low).en}–${num(p.high).en}.`,
  }),
  'SCORING.OVERRIDE': (p: { entry: string; decision: string; reason: string; by?: string }) => ({
    id: `Keputusan manual untuk ${p.entry}: ${p.decision === 'advance' ? 'diloloskan' : 'dikeluarkan'}${p.by !== undefined ? ` oleh ${p.by}` : ''} — ${p.reason}.`,
    en: `Manual decision for ${p.entry}: ${p.decision === 'advance' ? 'advanced' : 'eliminated'}${p.by !== undefined ? ` by ${p.by}` : ''} — ${p.reason}.`,
  }),
  'SCORING.REASON.RANK': (p: { rank: number; score: number }) => ({
    id: `lolos karena peringkat ${p.rank} (skor ${num(p.score).id})`,
    en: `in by rank ${p.rank} (score ${num(p.score).en})`,
  }),
  'SCORING.REASON.QUOTA': (p: { quota: LocalizedText; value: string; rank: number }) => ({
    id: `lolos melalui kuota "${p.quota.id}" (${p.value}), peringkat ${p.rank}`,
    en: `in through the quota "${p.quota.en}" (${p.value}), rank ${p.rank}`,
  }),
  'SCORING.REASON.CAPPED': (p: { quota: LocalizedText; value: string }) => ({
    id: `tidak lolos: batas kuota "${p.quota.id}" (${p.value}) sudah penuh`,
    en: `out: the cap "${p.quota.en}" (${p.value}) is full`,
  }),
  'SCORING.REASON.DISPLACED': (p: { quotas: string }) => ({
    id: `tidak lolos: tergeser oleh kuota ${p.quotas}`,
    en: `out: displaced by the quota for ${p.quotas}`,
  }),
  'SCORING.REASON.BELOW_CUT': (p: { rank: number; cut: string }) => ({
    id: `tidak lolos: peringkat ${p.rank}, di bawah batas (${p.cut})`,
    en: `out: rank ${p.rank}, below the cut (${p.cut})`,
  }),
  'SCORING.REASON.PASSING': (p: { score: number; min: number }) => ({
    id: `lolos: skor ${num(p.score).id} ≥ nilai ambang ${num(p.min).id}`,
    en: `in: score ${num(p.score).en} ≥ passing grade ${num(p.min).en}`,
  }),
  'SCORING.REASON.FAILING': (p: { score: number; min: number; gap: number }) => ({
    id: `tidak lolos: skor ${num(p.score).id} < nilai ambang ${num(p.min).id} (kurang ${num(p.gap).id} poin)`,
    en: `out: score ${num(p.score).en} < passing grade ${num(p.min).en} (${num(p.gap).en} points short)`,
  }),
  'SCORING.REASON.ALL': () => ({
    id: 'lanjut: tahap ini tanpa batas kelolosan',
    en: 'goes on: this stage has no cut',
  }),
  'SCORING.REASON.MINIMUM': (p: { criterion: LocalizedText; value: number; min: number }) => ({
    id: `tidak lolos: nilai ${p.criterion.id} ${num(p.value).id} di bawah minimum ${num(p.min).id} (tidak dapat dikompensasi)`,
    en: `out: ${p.criterion.en} at ${num(p.value).en} is below its minimum ${num(p.min).en} (non-compensatory)`,
  }),
  'SCORING.REASON.REVIEW': () => ({
    id: 'perlu tinjauan manusia: skor tidak dapat dipastikan',
    en: 'needs human review: the score is indeterminate',
  }),
  'SCORING.REASON.RULE_UNKNOWN': () => ({
    id: 'perlu tinjauan manusia: aturan kelolosan tahap ini tidak diketahui',
    en: "needs human review: this stage's advancement rule is not known",
  }),
  'SCORING.REASON.BORDERLINE': (p: { points: number }) => ({
    id: `di sekitar batas (dalam ${num(p.points).id} poin): tinjau sekali lagi`,
    en: `borderline (within ${num(p.points).en} points of the cut): take a second look`,
  }),
  'SCORING.TIE': (p: { other: string; by: LocalizedText }) => ({
    id: `skor sama dengan ${p.other}; ditempatkan di atasnya karena ${p.by.id}`,
    en: `same score as ${p.other}; placed above it by ${p.by.en}`,
  }),
  'SCORING.TIE.CRITERION': (p: { criterion: LocalizedText }) => ({
    id: `nilai ${p.criterion.id} lebih tinggi`,
    en: `a higher score on ${p.criterion.en}`,
  }),
  'SCORING.TIE.FEWER_MISSING': () => ({
    id: 'lebih sedikit lembar yang hilang',
    en: 'fewer missing sheets',
  }),
  'SCORING.TIE.DRAW': (p: { seed: string }) => ({
    id: `undian berbenih (benih "${p.seed}")`,
    en: `a seeded draw (seed "${p.seed}")`,
  }),
});
