/**
 * The judging pages' texts, in Bahasa Indonesia (default) and English. Keys are stable ids.
 *
 * @module
 */
import { localize, type LocalizedText } from '@inovasi/core';
import type { Lang } from '../i18n.js';

export const judgingMessages = {
  'list.title': { id: 'Lomba inovasi daerah', en: 'Local innovation competitions' },
  'list.none': { id: 'Belum ada lomba.', en: 'No competition yet.' },
  'new.title': { id: 'Lomba baru', en: 'New competition' },
  'new.name': { id: 'Nama lomba', en: 'Competition name' },
  'new.rulebook': { id: 'Buku aturan penilaian', en: 'Scoring rulebook' },
  'new.overlay': {
    id: 'Overlay daerah (JSON atau YAML, opsional; menggantikan pilihan di atas)',
    en: "The region's overlay (JSON or YAML, optional; replaces the choice above)",
  },
  'new.asOf': {
    id: 'Tanggal aturan dibaca (YYYY-MM-DD)',
    en: 'Date the rules are read at (YYYY-MM-DD)',
  },
  'new.seed': {
    id: 'Benih undian (diumumkan bersama hasil)',
    en: 'Draw seed (published with the results)',
  },
  'new.entries': { id: 'Peserta', en: 'Entries' },
  'new.submit': { id: 'Buat lomba', en: 'Create competition' },
  'setup.title': { id: 'Tahap, kriteria dan bobot', en: 'Stages, criteria and weights' },
  'setup.stage': { id: 'Tahap', en: 'Stage' },
  'setup.criterion': { id: 'Kriteria', en: 'Criterion' },
  'setup.weight': { id: 'Bobot', en: 'Weight' },
  'setup.scale': { id: 'Skala', en: 'Scale' },
  'setup.minimum': { id: 'Nilai minimal', en: 'Minimum' },
  'setup.na': { id: 'Boleh N/A', en: 'N/A allowed' },
  'setup.advancement': { id: 'Yang lolos', en: 'Who advances' },
  'setup.quotas': { id: 'Kuota', en: 'Quotas' },
  'setup.combine': { id: 'Gabungan dengan tahap sebelumnya', en: 'Combined with earlier stages' },
  'setup.unknown': { id: 'tidak diketahui', en: 'unknown' },
  'setup.notCounted': { id: 'tidak dihitung', en: 'not counted' },
  'panel.title': { id: 'Dewan juri', en: 'Judging panel' },
  'panel.add': { id: 'Tambahkan juri', en: 'Add judge' },
  'panel.user': { id: 'Akun', en: 'Account' },
  'panel.agency': { id: 'Instansi juri', en: "Judge's agency" },
  'panel.homeRegion': { id: 'Daerah asal juri', en: "Judge's home region" },
  'panel.affiliations': {
    id: 'Keterkaitan lain (instansi, dipisah titik koma)',
    en: 'Other ties (agencies, separated by semicolons)',
  },
  'assign.title': { id: 'Penugasan juri', en: 'Judge assignments' },
  'assign.intro': {
    id: 'Sel abu-abu: konflik kepentingan (alasan tertera); penugasan itu ditolak.',
    en: 'Grey cells: a conflict of interest (reason shown); that assignment is refused.',
  },
  'assign.submit': { id: 'Tugaskan', en: 'Assign' },
  'assign.refused': {
    id: 'Penugasan ditolak: konflik kepentingan',
    en: 'Assignment refused: conflict of interest',
  },
  'conflict.title': {
    id: 'Konflik kepentingan yang dinyatakan',
    en: 'Declared conflicts of interest',
  },
  'conflict.declare': { id: 'Nyatakan konflik', en: 'Declare a conflict' },
  'conflict.reason': { id: 'Alasan', en: 'Reason' },
  'conflict.none': { id: 'Tidak ada.', en: 'None.' },
  'progress.title': { id: 'Kemajuan per juri', en: 'Progress per judge' },
  'progress.assigned': { id: 'Ditugaskan', en: 'Assigned' },
  'progress.complete': { id: 'Lengkap', en: 'Complete' },
  'progress.partial': { id: 'Sebagian', en: 'Partial' },
  'progress.none': { id: 'Belum', en: 'Not started' },
  'stage.open': { id: 'terbuka', en: 'open' },
  'stage.closed': { id: 'ditutup (dibekukan)', en: 'closed (frozen)' },
  'stage.close': { id: 'Tutup tahap ini', en: 'Close this stage' },
  'stage.closedRefusal': {
    id: 'Tahap ini sudah ditutup; nilai tidak dapat diubah lagi.',
    en: 'This stage is closed; scores can no longer change.',
  },
  'publish.do': { id: 'Umumkan hasil kepada inovator', en: 'Publish the results to innovators' },
  'publish.done': { id: 'Hasil diumumkan', en: 'Results published' },
  'publish.not': { id: 'Hasil belum diumumkan', en: 'Results not published yet' },
  'mine.title': { id: 'Tugas penilaian saya', en: 'My scoring assignments' },
  'mine.none': { id: 'Tidak ada penugasan.', en: 'No assignments.' },
  'mine.entries': { id: 'Peserta saya di lomba ini', en: 'My entries in this competition' },
  'sheet.title': { id: 'Lembar nilai', en: 'Score sheet' },
  'sheet.save': { id: 'Simpan', en: 'Save' },
  'sheet.saved': { id: 'Tersimpan.', en: 'Saved.' },
  'sheet.comment': { id: 'Catatan', en: 'Comment' },
  'sheet.na': { id: 'N/A (tidak berlaku)', en: 'N/A (not applicable)' },
  'sheet.empty': { id: '— belum dinilai —', en: '— not scored yet —' },
  'sheet.total': { id: 'Total lembar ini', en: 'This sheet’s total' },
  'sheet.status.counted': { id: 'lengkap', en: 'complete' },
  'sheet.status.incomplete': { id: 'belum lengkap', en: 'incomplete' },
  'sheet.status.not-applicable': { id: 'tidak berlaku', en: 'not applicable' },
  'sheet.status.conflict': { id: 'konflik', en: 'conflict' },
  'results.title': { id: 'Hasil', en: 'Results' },
  'results.ranking': { id: 'Peringkat', en: 'Ranking' },
  'results.rank': { id: 'Peringkat', en: 'Rank' },
  'results.entry': { id: 'Peserta', en: 'Entry' },
  'results.score': { id: 'Skor', en: 'Score' },
  'results.decision': { id: 'Keputusan', en: 'Decision' },
  'results.reason': { id: 'Alasan', en: 'Reason' },
  'results.interval': { id: 'Rentang peringkat', en: 'Rank interval' },
  'results.close': { id: 'Terlalu dekat untuk diputuskan', en: 'Too close to call' },
  'results.cut': { id: 'Batas', en: 'Cut' },
  'results.agreement': { id: 'Kesepakatan juri', en: 'Judge agreement' },
  'results.alpha': {
    id: 'Alpha Krippendorff (total)',
    en: "Krippendorff's alpha (totals)",
  },
  'results.judge': { id: 'Juri', en: 'Judge' },
  'results.correlation': { id: 'Korelasi dengan panel', en: 'Correlation with the panel' },
  'results.meanDiff': { id: 'Selisih rata-rata', en: 'Mean difference' },
  'results.flags': { id: 'Tanda', en: 'Flags' },
  'results.flat': { id: 'nilai seragam', en: 'flat scores' },
  'results.disagrees': { id: 'berbeda dari panel', en: 'disagrees with the panel' },
  'results.byCriterion': { id: 'Skor per kriteria', en: 'Score by criterion' },
  'results.byJudge': { id: 'Total per juri', en: 'Total by judge' },
  'results.findings': { id: 'Temuan', en: 'Findings' },
  'results.quotas': { id: 'Kuota', en: 'Quotas' },
  'results.status': { id: 'Status', en: 'Status' },
  'results.exports': { id: 'Ekspor', en: 'Exports' },
  'results.print': { id: 'Versi cetak (A4)', en: 'Printable version (A4)' },
  'results.report': { id: 'Laporan transparansi', en: 'Transparency report' },
  'results.final': { id: 'Lolos tahap akhir', en: 'Through the last stage' },
  'results.seed': { id: 'Benih undian', en: 'Draw seed' },
  'results.asOf': { id: 'Aturan dibaca pada', en: 'Rules read at' },
  'decision.advance': { id: 'lolos', en: 'advances' },
  'decision.out': { id: 'tidak lolos', en: 'out' },
  'decision.review': { id: 'perlu ditinjau', en: 'needs review' },
  yes: { id: 'ya', en: 'yes' },
  no: { id: 'tidak', en: 'no' },
} as const satisfies Record<string, LocalizedText>;

/** A judging message key. */
export type JudgingKey = keyof typeof judgingMessages;

/** The text of a judging key. */
export function tj(lang: Lang, key: JudgingKey): string {
  return judgingMessages[key][lang];
}

/** A core text in the page's language. */
export function lt(lang: Lang, text: LocalizedText): string {
  return localize(text, lang);
}
