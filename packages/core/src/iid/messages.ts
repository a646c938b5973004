/**
 * The IID message catalogue, by stable code. Every text in Bahasa Indonesia and English.
 *
 * @module
 */
import { defineMessages, type LocalizedText } from '../shared/i18n.js';

/**
 * Formats a number as each language writes it (`1.234,5` / `1,234.5`, at most two decimals),
 * without `Intl`: the index formats millions of row explanations and `Intl` dominated the time.
 */
export function formatScore(x: number, lang: 'id' | 'en'): string {
  const rounded = Math.round(x * 100) / 100;
  if (Number.isInteger(rounded) && Math.abs(rounded) < 1000) return String(rounded);
  const negative = rounded < 0;
  const [whole = '0', fraction = ''] = Math.abs(rounded).toFixed(2).split('.');
  const trimmed = fraction.replace(/0+$/, '');
  const group = lang === 'id' ? '.' : ',';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const decimal = lang === 'id' ? ',' : '.';
  return `${negative ? '-' : ''}${grouped}${trimmed === '' ? '' : decimal + trimmed}`;
}

const n = (x: number) => ({ id: formatScore(x, 'id'), en: formatScore(x, 'en') });

/** Messages of the IID engine. */
export const iidMessages = defineMessages({
  'IID.ANSWER.UNKNOWN_ROW': (p: { row: string; rulebook: string }) => ({
    id: `Baris ${p.row} tidak ada di katalog ${p.rulebook}; jawaban diabaikan.`,
    en: `Row ${p.row} is not in the ${p.rulebook} catalogue; the answer is ignored.`,
  }),
  'IID.ANSWER.LEVEL_OUT_OF_RANGE': (p: { row: string; level: number }) => ({
    id: `Tingkat ${p.level} pada ${p.row} di luar katalog (0–3); dihitung 0.`,
    en: `Level ${p.level} on ${p.row} is outside the catalogue (0–3); counted as 0.`,
  }),
  'IID.ANSWER.BASIS_MISSING': (p: { row: string; bases: string }) => ({
    id: `${p.row} memakai nilai terukur tetapi dasar pengukuran belum dipilih (${p.bases}); dihitung 0.`,
    en: `${p.row} gives a measured value but no basis (${p.bases}); counted as 0.`,
  }),
  'IID.ANSWER.BASIS_UNKNOWN': (p: { row: string; basis: string; bases: string }) => ({
    id: `Dasar "${p.basis}" pada ${p.row} tidak ada di katalog (pilihan: ${p.bases}); dihitung 0.`,
    en: `Basis "${p.basis}" on ${p.row} is not in the catalogue (choices: ${p.bases}); counted as 0.`,
  }),
  'IID.ANSWER.BASIS_NOT_APPLICABLE': (p: { row: string }) => ({
    id: `${p.row} tidak memiliki dasar pengukuran alternatif; "basis" diabaikan.`,
    en: `${p.row} has no alternative bases; "basis" is ignored.`,
  }),
  'IID.ANSWER.VALUE_UNSUPPORTED': (p: { row: string }) => ({
    id: `${p.row} tidak memiliki rentang angka; isi "level" (1–3), bukan "value".`,
    en: `${p.row} has no numeric bands; give "level" (1–3), not "value".`,
  }),
  'IID.ANSWER.LEVEL_MISMATCH': (p: { row: string; given: number; derived: number }) => ({
    id: `${p.row}: tingkat yang diisi ${p.given} tidak sesuai nilai terukur (tingkat ${p.derived}); dipakai ${p.derived}.`,
    en: `${p.row}: the level given (${p.given}) does not match the measured value (level ${p.derived}); ${p.derived} is used.`,
  }),
  'IID.BAND.POLICY': (p: { row: string; value: number; level: number; placement: string }) => ({
    id: `${p.row}: nilai ${n(p.value).id} jatuh pada ${p.placement === 'overlap' ? 'rentang yang tumpang tindih' : 'celah antar-rentang'} dalam tabel yang diterbitkan; menurut kebijakan yang dicatat dipakai tingkat ${p.level}.`,
    en: `${p.row}: the value ${n(p.value).en} falls in ${p.placement === 'overlap' ? 'overlapping bands' : 'a gap between bands'} of the published table; by the recorded policy level ${p.level} is used.`,
  }),
  'IID.MANDATORY.EMPTY': (p: { row: string; title: LocalizedText }) => ({
    id: `Indikator wajib ${p.row} (${p.title.id}) kosong. Akibat resminya tidak ditemukan (kemungkinan entri ditolak); tanpa asumsi berlabel hasilnya tidak dapat ditentukan.`,
    en: `Mandatory row ${p.row} (${p.title.en}) is empty. The official consequence was not found (most likely the entry is rejected); without a labelled assumption the result is indeterminate.`,
  }),
  'IID.MANDATORY.EMPTY.FIX': (p: { row: string; text: LocalizedText }) => ({
    id: `Isi ${p.row} paling tidak pada tingkat 1: ${p.text.id}.`,
    en: `Fill in ${p.row} at least at level 1: ${p.text.en}.`,
  }),
  'IID.INNOVATION.DUPLICATE': (p: { name: string; first: number }) => ({
    id: `Inovasi "${p.name}" tampaknya sama dengan inovasi ke-${p.first + 1} (id atau nama sama). Tetap dihitung dalam n seperti dilaporkan: tidak ada aturan terbit yang mengeluarkan duplikat (inovasi yang ditolak pun tetap dihitung dalam n). Periksa apakah memang dilaporkan dua kali.`,
    en: `Innovation "${p.name}" looks like a duplicate of innovation #${p.first + 1} (same id or name). It still counts in n as reported: no published rule removes duplicates (even rejected innovations count in n). Check whether it was reported twice.`,
  }),
  'IID.CONSEQUENCE.UNKNOWN': (p: { what: readonly string[]; asGiven: number }) => ({
    id: `IID tidak dapat ditentukan: akibat dari ${p.what.join('; ')} tidak diterbitkan (kemungkinan entri ditolak, yang hanya dapat menurunkan skor). Dengan jawaban apa adanya IID = ${n(p.asGiven).id}; hasil sebenarnya bisa lebih rendah. Pilih asumsi berlabel di assumptions (mandatoryEmpty, stageNotPenerapan) untuk menghitungnya.`,
    en: `The IID is indeterminate: the consequence of ${p.what.join('; ')} is not published (most likely the entry is rejected, which can only lower the score). As answered the IID is ${n(p.asGiven).en}; the real result may be lower. Choose a labelled assumption in assumptions (mandatoryEmpty, stageNotPenerapan) to compute it.`,
  }),
  'IID.CONSEQUENCE.UNKNOWN.FIX': () => ({
    id: 'Isi baris wajib yang kosong dan laporkan inovasi yang sudah pada tahap penerapan, atau pilih asumsi berlabel (assumptions.mandatoryEmpty, assumptions.stageNotPenerapan).',
    en: 'Fill in the empty mandatory rows and report innovations already at the penerapan stage, or choose labelled assumptions (assumptions.mandatoryEmpty, assumptions.stageNotPenerapan).',
  }),
  'IID.ASSUMPTION.APPLIED': (p: {
    assumption: string;
    value: string;
    count: number;
    chosenBy?: string;
  }) => ({
    id: `Asumsi ${p.assumption} = ${p.value} dipakai untuk ${p.count} kasus${p.chosenBy ? ` (dipilih oleh ${p.chosenBy})` : ''}. Ini pilihan pengguna, bukan aturan terbit.`,
    en: `Assumption ${p.assumption} = ${p.value} applied to ${p.count} case(s)${p.chosenBy ? ` (chosen by ${p.chosenBy})` : ''}. This is the user's choice, not a published rule.`,
  }),
  'IID.WINDOW.OUTSIDE': (p: { name: string; date: string; from: string; to: string }) => ({
    id: `"${p.name}": penerapan ${p.date} di luar rentang ${p.from} s.d. ${p.to} dan tidak ada pengembangan terbaru di dalamnya; tidak dinilai.`,
    en: `"${p.name}": implemented ${p.date}, outside ${p.from} to ${p.to}, with no latest development inside it; not assessed.`,
  }),
  'IID.WINDOW.OUTSIDE.FIX': (p: { from: string; to: string }) => ({
    id: `Laporkan inovasi yang diterapkan atau dikembangkan antara ${p.from} dan ${p.to} (isi developmentDate bila ada pengembangan terbaru).`,
    en: `Report innovations implemented or developed between ${p.from} and ${p.to} (fill in developmentDate for a latest development).`,
  }),
  'IID.WINDOW.DATE_MISSING': (p: { name: string }) => ({
    id: `"${p.name}": tanggal penerapan belum diisi; rentang waktu tidak dapat diperiksa, inovasi tidak dinilai.`,
    en: `"${p.name}": the implementation date is missing; the window cannot be checked and the innovation is not assessed.`,
  }),
  'IID.WINDOW.UNKNOWN': (p: { missing: LocalizedText }) => ({
    id: `Rentang waktu penerapan tidak diketahui (${p.missing.id}); semua inovasi dianggap di dalamnya. Perlu ditinjau.`,
    en: `The implementation window is not known (${p.missing.en}); every innovation is taken as inside it. Needs review.`,
  }),
  'IID.RANCANG_BANGUN.SHORT': (p: { name: string; words: number; min: number }) => ({
    id: `"${p.name}": rancang bangun ${p.words} kata, minimal ${p.min}; tidak dinilai.`,
    en: `"${p.name}": the rancang bangun has ${p.words} words, at least ${p.min} required; not assessed.`,
  }),
  'IID.RANCANG_BANGUN.SHORT.FIX': (p: { more: number }) => ({
    id: `Tambahkan paling sedikit ${p.more} kata pada rancang bangun.`,
    en: `Add at least ${p.more} words to the rancang bangun.`,
  }),
  'IID.RANCANG_BANGUN.MISSING': (p: { name: string; min: number }) => ({
    id: `"${p.name}": rancang bangun belum diisi (minimal ${p.min} kata); tidak dinilai.`,
    en: `"${p.name}": no rancang bangun (at least ${p.min} words); not assessed.`,
  }),
  'IID.RANCANG_BANGUN.UNKNOWN': (p: { missing: LocalizedText }) => ({
    id: `Jumlah kata minimal rancang bangun tidak diketahui (${p.missing.id}); tidak diperiksa.`,
    en: `The minimum words of the rancang bangun are not known (${p.missing.en}); not checked.`,
  }),
  'IID.STAGE.NOT_PENERAPAN': (p: { name: string; stage: string }) => ({
    id: `"${p.name}" masih tahap ${p.stage}; aplikasi daerah hanya mengekspor tahap penerapan dan pengurangan skornya tidak ditemukan (BSKDN 2023: inovasi hendaknya sudah diuji coba agar skornya tidak berkurang). Tanpa asumsi berlabel hasilnya tidak dapat ditentukan.`,
    en: `"${p.name}" is at the ${p.stage} stage; regional apps export only penerapan and the score deduction was not found (BSKDN 2023: innovations should already be trialled so their score is not reduced). Without a labelled assumption the result is indeterminate.`,
  }),
  'IID.URUSAN.UNKNOWN': (p: { value: string; suggestion: string }) => ({
    id: `Urusan "${p.value}" tidak dikenal. Maksud Anda "${p.suggestion}"? Tanpa perbaikan, urusan ${p.suggestion} dihitung belum tercakup.`,
    en: `Urusan "${p.value}" is not known. Did you mean "${p.suggestion}"? Until it is fixed, ${p.suggestion} counts as not covered.`,
  }),
  'IID.URUSAN.UNKNOWN.FIX': (p: { value: string; suggestion: string }) => ({
    id: `Tulis urusan "${p.suggestion}" alih-alih "${p.value}".`,
    en: `Write urusan "${p.suggestion}" instead of "${p.value}".`,
  }),
  'IID.URUSAN.NOT_COVERED': (p: { covered: number; required: number; missing: string }) => ({
    id: `Urusan wajib pelayanan dasar tercakup ${p.covered} dari ${p.required} yang disyaratkan; skor jumlah inovasi menjadi 0. Belum tercakup: ${p.missing}.`,
    en: `${p.covered} mandatory basic-service urusan covered, ${p.required} required; the innovation-count score drops to 0. Not covered: ${p.missing}.`,
  }),
  'IID.URUSAN.NOT_COVERED.FIX': (p: { needed: number }) => ({
    id: `Laporkan inovasi pada ${p.needed} urusan lagi dari daftar yang belum tercakup.`,
    en: `Report innovations in ${p.needed} more of the urusan not yet covered.`,
  }),
  'IID.EMPTY_SEATS': (p: { n: number; divisor: number }) => ({
    id: `${p.n} inovasi dinilai, pembagi minimal ${p.divisor}: ${p.divisor - p.n} kursi kosong menurunkan rata-rata SID.`,
    en: `${p.n} innovations assessed, minimum divisor ${p.divisor}: ${p.divisor - p.n} empty seats lower the SID average.`,
  }),
  'IID.COMPONENT.UNKNOWN': (p: { what: LocalizedText; missing: LocalizedText }) => ({
    id: `${p.what.id} tidak dapat dihitung: ${p.missing.id}`,
    en: `${p.what.en} cannot be computed: ${p.missing.en}`,
  }),
  'IID.PREDIKAT.UNKNOWN': (p: { candidates: string; missing: LocalizedText }) => ({
    id: `Predikat tidak dapat ditentukan (kemungkinan: ${p.candidates}): ${p.missing.id}`,
    en: `The predikat cannot be determined (candidates: ${p.candidates}): ${p.missing.en}`,
  }),
  'IID.ROW': (p: {
    level: number;
    text?: LocalizedText;
    weight: number;
    score: number;
    max: number;
    value?: number;
    unit?: string;
  }) => {
    const unit = p.unit !== undefined ? ` ${p.unit}` : '';
    const from = p.value === undefined ? undefined : n(p.value);
    return {
      id: `${p.level === 0 ? 'Kosong (tingkat 0)' : `Tingkat ${p.level}: ${p.text?.id ?? ''}`}${from ? `, dari nilai ${from.id}${unit}` : ''}; ${n(p.weight).id} × ${p.level} = ${n(p.score).id} dari ${n(p.max).id}.`,
      en: `${p.level === 0 ? 'Empty (level 0)' : `Level ${p.level}: ${p.text?.en ?? ''}`}${from ? `, from the value ${from.en}${unit}` : ''}; ${n(p.weight).en} × ${p.level} = ${n(p.score).en} of ${n(p.max).en}.`,
    };
  },
  'IID.ROW.NEXT': (p: { level: number; text: LocalizedText; points: number }) => ({
    id: `Tingkat ${p.level} (+${n(p.points).id} poin) butuh bukti: ${p.text.id}.`,
    en: `Level ${p.level} (+${n(p.points).en} points) needs evidence of: ${p.text.en}.`,
  }),
});
