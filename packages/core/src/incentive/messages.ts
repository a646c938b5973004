/**
 * The fiscal-incentive message catalogue, by stable finding code.
 *
 * @module
 */
import { defineMessages, formatNumber, type LocalizedText } from '../shared/i18n.js';
import type { FlagIndicator } from './schema.js';

/** What each yes/no fact is called, and what to do when it is missing. */
export const FLAG_TEXT: Record<FlagIndicator, { name: LocalizedText; fix: LocalizedText }> = {
  apbdOnTime: {
    name: { id: 'Perda APBD ditetapkan tepat waktu', en: 'Perda APBD adopted on time' },
    fix: {
      id: 'Tetapkan Perda APBD tepat waktu (sebelum tahun anggaran dimulai, sesuai jadwal yang berlaku).',
      en: 'Adopt the Perda APBD on time (before the budget year starts, on the statutory schedule).',
    },
  },
  eProcurement: {
    name: { id: 'menggunakan e-procurement', en: 'uses e-procurement' },
    fix: {
      id: 'Laksanakan pengadaan melalui e-procurement (LPSE).',
      en: 'Run procurement through e-procurement (LPSE).',
    },
  },
  eBudgeting: {
    name: { id: 'menggunakan e-budgeting', en: 'uses e-budgeting' },
    fix: {
      id: 'Susun anggaran dengan sistem e-budgeting.',
      en: 'Prepare the budget with an e-budgeting system.',
    },
  },
  ePlanning: {
    name: { id: 'menggunakan e-planning', en: 'uses e-planning' },
    fix: {
      id: 'Susun perencanaan dengan sistem e-planning.',
      en: 'Prepare plans with an e-planning system.',
    },
  },
  apbdAdjustmentOnTime: {
    name: {
      id: 'laporan penyesuaian APBD 2020 disampaikan tepat waktu',
      en: '2020 APBD adjustment report submitted on time',
    },
    fix: {
      id: 'Sampaikan laporan penyesuaian APBD tepat waktu.',
      en: 'Submit the APBD adjustment report on time.',
    },
  },
  covidReportsOnTime: {
    name: {
      id: 'laporan belanja kesehatan dan bansos COVID-19 disampaikan tepat waktu',
      en: 'COVID-19 health-spending and social-aid reports submitted on time',
    },
    fix: {
      id: 'Sampaikan laporan belanja kesehatan dan bantuan sosial COVID-19 tepat waktu.',
      en: 'Submit the COVID-19 health-spending and social-aid reports on time.',
    },
  },
  ptspAvailable: {
    name: { id: 'memiliki PTSP', en: 'has a one-stop service (PTSP)' },
    fix: {
      id: 'Bentuk dan operasikan pelayanan terpadu satu pintu (PTSP).',
      en: 'Set up and run a one-stop service (PTSP).',
    },
  },
};

const list = (items: readonly string[], lang: 'id' | 'en'): string =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${lang === 'id' ? 'dan' : 'and'} ${items.at(-1) ?? ''}`;

const rp = (amount: number, lang: 'id' | 'en'): string => `Rp${formatNumber(amount, lang, 0)}`;

/**
 * A rule's threshold written in both languages. Thresholds are a few rule parameters that a
 * national run repeats in every region's explanation, so each is written once (a bound keeps
 * odd callers from growing the table).
 */
const thresholds = new Map<number, LocalizedText>();
function threshold(value: number): LocalizedText {
  // -0 is written "-0", and a Map takes it for 0
  if (Object.is(value, -0)) return { id: formatNumber(value, 'id'), en: formatNumber(value, 'en') };
  let text = thresholds.get(value);
  if (text === undefined) {
    text = { id: formatNumber(value, 'id'), en: formatNumber(value, 'en') };
    if (thresholds.size >= 256) thresholds.clear();
    thresholds.set(value, text);
  }
  return text;
}

/** Messages of the incentive engine. */
export const incentiveMessages = defineMessages({
  'INCENTIVE.STATUS.eligible': () => ({ id: 'Memenuhi syarat', en: 'Eligible' }),
  'INCENTIVE.STATUS.not-eligible': () => ({ id: 'Tidak memenuhi syarat', en: 'Not eligible' }),
  'INCENTIVE.STATUS.indeterminate': () => ({
    id: 'Belum dapat ditentukan (perlu data atau aturan yang belum diketahui)',
    en: 'Indeterminate (needs data or a rule that is not known)',
  }),
  'INCENTIVE.ALLOCATION.complete': () => ({
    id: 'Semua pagu terbagi',
    en: 'Every pot split',
  }),
  'INCENTIVE.ALLOCATION.partial': () => ({
    id: 'Sebagian pagu terbagi; sisanya perlu data atau aturan yang belum diketahui',
    en: 'Some pots split; the others need data or rules that are not known',
  }),
  'INCENTIVE.ALLOCATION.indeterminate': () => ({
    id: 'Belum ada pagu yang dapat dibagi (perlu data atau aturan yang belum diketahui)',
    en: 'No pot can be split yet (needs data or rules that are not known)',
  }),
  'INCENTIVE.RULE.UNKNOWN': (p: { rule: string; missing: LocalizedText }) => ({
    id: `Aturan ${p.rule} belum diketahui: ${p.missing.id}. Hasil perlu ditinjau manusia.`,
    en: `Rule ${p.rule} is not known: ${p.missing.en}. The result needs human review.`,
  }),
  'INCENTIVE.GATE.OPINION': (p: {
    failing: readonly { year: number; opinion: string }[];
    accepted: readonly string[];
    years: number;
  }) => ({
    id: `Opini BPK ${p.failing.map((f) => `${f.opinion} (LKPD ${f.year})`).join(', ')}; disyaratkan ${list(p.accepted, 'id')} ${p.years} tahun berturut-turut.`,
    en: `BPK opinion ${p.failing.map((f) => `${f.opinion} (LKPD ${f.year})`).join(', ')}; ${list(p.accepted, 'en')} required for ${p.years} consecutive year${p.years === 1 ? '' : 's'}.`,
  }),
  'INCENTIVE.GATE.OPINION.FIX': (p: {
    failing: readonly { year: number; opinion: string }[];
    best: string;
  }) => ({
    id: `Perlu opini ${p.best} (bukan ${p.failing.map((f) => `${f.opinion} untuk LKPD ${f.year}`).join(', ')}).`,
    en: `Needs a ${p.best} opinion (instead of ${p.failing.map((f) => `${f.opinion} for LKPD ${f.year}`).join(', ')}).`,
  }),
  'INCENTIVE.GATE.OPINION.PASS': (p: {
    years: readonly number[];
    accepted: readonly string[];
  }) => ({
    id: `Opini BPK atas LKPD ${list(p.years.map(String), 'id')} termasuk ${list(p.accepted, 'id')}.`,
    en: `BPK opinions on LKPD ${list(p.years.map(String), 'en')} are ${list(p.accepted, 'en')}.`,
  }),
  'INCENTIVE.GATE.OPINION.MISSING': (p: { years: readonly number[]; needed: number }) => ({
    id: `Opini BPK belum lengkap: perlu ${p.needed} tahun berturut-turut${p.years.length > 0 ? `, tidak ada data untuk LKPD ${list(p.years.map(String), 'id')}` : ', belum ada data opini'}.`,
    en: `BPK opinions incomplete: ${p.needed} consecutive year${p.needed === 1 ? '' : 's'} needed${p.years.length > 0 ? `, no data for LKPD ${list(p.years.map(String), 'en')}` : ', no opinion data given'}.`,
  }),
  'INCENTIVE.GATE.OPINION.MISSING.FIX': (p: { years: readonly number[] }) => ({
    id:
      p.years.length > 0
        ? `Isi auditOpinions untuk LKPD ${list(p.years.map(String), 'id')}.`
        : 'Isi auditOpinions dengan opini BPK atas LKPD per tahun.',
    en:
      p.years.length > 0
        ? `Fill in auditOpinions for LKPD ${list(p.years.map(String), 'en')}.`
        : 'Fill in auditOpinions with the BPK opinion on the LKPD for each year.',
  }),
  'INCENTIVE.GATE.FLAG': (p: { name: LocalizedText }) => ({
    id: `Syarat tidak terpenuhi: ${p.name.id}.`,
    en: `Requirement not met: ${p.name.en}.`,
  }),
  'INCENTIVE.GATE.FLAG.PASS': (p: { name: LocalizedText }) => ({
    id: `Terpenuhi: ${p.name.id}.`,
    en: `Met: ${p.name.en}.`,
  }),
  'INCENTIVE.GATE.FLAG.MISSING': (p: { name: LocalizedText; field: string }) => ({
    id: `Data belum diisi (${p.field}): ${p.name.id}.`,
    en: `Data missing (${p.field}): ${p.name.en}.`,
  }),
  'INCENTIVE.GATE.FLAG.MISSING.FIX': (p: { field: string }) => ({
    id: `Isi ${p.field} (true/false).`,
    en: `Fill in ${p.field} (true/false).`,
  }),
  'INCENTIVE.GATE.GRADE': (p: { observed: string; minimum: string }) => ({
    id: `Nilai e-procurement ${p.observed}; minimal ${p.minimum}.`,
    en: `E-procurement grade ${p.observed}; at least ${p.minimum} required.`,
  }),
  'INCENTIVE.GATE.GRADE.FIX': (p: { observed: string; minimum: string }) => ({
    id: `Naikkan nilai e-procurement menjadi ${p.minimum} (bukan ${p.observed}).`,
    en: `Raise the e-procurement grade to ${p.minimum} (instead of ${p.observed}).`,
  }),
  'INCENTIVE.GATE.GRADE.PASS': (p: { observed: string; minimum: string }) => ({
    id: `Nilai e-procurement ${p.observed} memenuhi minimal ${p.minimum}.`,
    en: `E-procurement grade ${p.observed} meets the minimum of ${p.minimum}.`,
  }),
  'INCENTIVE.GATE.GRADE.MISSING': () => ({
    id: 'Nilai e-procurement belum diisi (eProcurementGrade).',
    en: 'The e-procurement grade is missing (eProcurementGrade).',
  }),
  'INCENTIVE.GATE.GRADE.MISSING.FIX': () => ({
    id: 'Isi eProcurementGrade (A–E).',
    en: 'Fill in eProcurementGrade (A–E).',
  }),
  'INCENTIVE.GATE.SCORE': (p: { label: LocalizedText; observed: number; minimum: number }) => ({
    id: `${p.label.id} ${formatNumber(p.observed, 'id')}; minimal ${threshold(p.minimum).id}.`,
    en: `${p.label.en} ${formatNumber(p.observed, 'en')}; at least ${threshold(p.minimum).en} required.`,
  }),
  'INCENTIVE.GATE.SCORE.PASS': (p: {
    label: LocalizedText;
    observed: number;
    minimum: number;
  }) => ({
    id: `${p.label.id} ${formatNumber(p.observed, 'id')} memenuhi minimal ${threshold(p.minimum).id}.`,
    en: `${p.label.en} ${formatNumber(p.observed, 'en')} meets the minimum of ${threshold(p.minimum).en}.`,
  }),
  'INCENTIVE.GATE.SCORE.FIX': (p: { label: LocalizedText; observed: number; minimum: number }) => ({
    id: `Naikkan ${p.label.id} menjadi paling sedikit ${threshold(p.minimum).id} (kurang ${formatNumber(p.minimum - p.observed, 'id', 4)}).`,
    en: `Raise ${p.label.en} to at least ${threshold(p.minimum).en} (${formatNumber(p.minimum - p.observed, 'en', 4)} short).`,
  }),
  'INCENTIVE.GATE.SCORE.MISSING': (p: { label: LocalizedText; field: string }) => ({
    id: `Data belum diisi (${p.field}): ${p.label.id}.`,
    en: `Data missing (${p.field}): ${p.label.en}.`,
  }),
  'INCENTIVE.POT.PRIZES': (p: { amount: number; regions: number }) => ({
    id: `${rp(p.amount, 'id')} berupa hadiah tetap menurut peringkat untuk ${p.regions} daerah.`,
    en: `${rp(p.amount, 'en')} as fixed prizes by rank to ${p.regions} regions.`,
  }),
  'INCENTIVE.CLUSTER.ASSIGNED': (p: { cluster: string; title: LocalizedText }) => ({
    id: `Masuk ${p.title.id}: lolos semua kriteria utama klaster ${p.cluster} dan gagal pada setiap klaster di atasnya.`,
    en: `Falls in ${p.title.en}: passes every gate of cluster ${p.cluster} and fails a gate of each higher one.`,
  }),
  'INCENTIVE.CLUSTER.UNDECIDED': (p: { candidates: readonly string[] }) => ({
    id: `Klaster belum pasti: salah satu dari ${list(p.candidates, 'id')}, tergantung data atau aturan yang belum diketahui.`,
    en: `Cluster not yet certain: one of ${list(p.candidates, 'en')}, depending on data or rules not known.`,
  }),
  'INCENTIVE.CLUSTER.NONE': () => ({
    id: 'Tidak masuk klaster mana pun: gagal pada kriteria utama setiap klaster.',
    en: 'Falls in no cluster: fails a gate of every cluster.',
  }),
  'INCENTIVE.CLUSTER.UPGRADE.FIX': (p: { cluster: string; rules: readonly string[] }) => ({
    id: `Untuk naik ke klaster ${p.cluster}, penuhi juga: ${p.rules.join(', ')}.`,
    en: `To reach cluster ${p.cluster}, also meet: ${p.rules.join(', ')}.`,
  }),
  'INCENTIVE.TRANCHE.RELEASABLE': () => ({
    id: 'Tahap II dapat disalurkan: semua syarat terpenuhi sebelum batas waktu.',
    en: 'Tranche II can be released: every condition met before the deadline.',
  }),
  'INCENTIVE.TRANCHE.USAGE_PLAN': (p: {
    deadline: string;
    received?: string;
    missedAsOf?: string;
  }) => ({
    id: p.missedAsOf
      ? `Rencana penggunaan tidak diterima DJPK sampai batas ${p.deadline}, yang sudah lewat pada ${p.missedAsOf}: tahap II ditahan.`
      : p.received
        ? `Rencana penggunaan diterima ${p.received}, sesudah batas ${p.deadline}.`
        : `Rencana penggunaan belum diterima DJPK (batas ${p.deadline}).`,
    en: p.missedAsOf
      ? `Usage plan not received by DJPK by the deadline ${p.deadline}, which had passed by ${p.missedAsOf}: tranche II is withheld.`
      : p.received
        ? `Usage plan received ${p.received}, after the deadline ${p.deadline}.`
        : `Usage plan not received by DJPK (deadline ${p.deadline}).`,
  }),
  'INCENTIVE.TRANCHE.ABSORPTION': (p: { observed: number; minimum: number }) => ({
    id: `Penyerapan tahap I ${formatNumber(p.observed, 'id')}%; minimal ${formatNumber(p.minimum, 'id')}%.`,
    en: `Tranche-I absorption ${formatNumber(p.observed, 'en')}%; at least ${formatNumber(p.minimum, 'en')}% required.`,
  }),
  'INCENTIVE.TRANCHE.ABSORPTION.FIX': (p: { observed: number; minimum: number }) => ({
    id: `Naikkan penyerapan tahap I menjadi paling sedikit ${formatNumber(p.minimum, 'id')}% (kurang ${formatNumber(p.minimum - p.observed, 'id', 4)} poin persen).`,
    en: `Raise tranche-I absorption to at least ${formatNumber(p.minimum, 'en')}% (${formatNumber(p.minimum - p.observed, 'en', 4)} percentage points short).`,
  }),
  'INCENTIVE.TRANCHE.ABSORPTION_REPORT': (p: {
    deadline: string;
    received?: string;
    missedAsOf?: string;
  }) => ({
    id: p.missedAsOf
      ? `Laporan penyerapan tahap I tidak diterima DJPK sampai batas ${p.deadline}, yang sudah lewat pada ${p.missedAsOf}: tahap II ditahan.`
      : p.received
        ? `Laporan penyerapan tahap I diterima ${p.received}, sesudah batas ${p.deadline}.`
        : `Laporan penyerapan tahap I belum diterima DJPK (batas ${p.deadline}).`,
    en: p.missedAsOf
      ? `Tranche-I absorption report not received by DJPK by the deadline ${p.deadline}, which had passed by ${p.missedAsOf}: tranche II is withheld.`
      : p.received
        ? `Tranche-I absorption report received ${p.received}, after the deadline ${p.deadline}.`
        : `Tranche-I absorption report not received by DJPK (deadline ${p.deadline}).`,
  }),
  'INCENTIVE.TRANCHE.PREVIOUS_REPORT': (p: {
    deadline: string;
    received?: string;
    missedAsOf?: string;
  }) => ({
    id: p.missedAsOf
      ? `Laporan penyerapan insentif tahun sebelumnya tidak diterima DJPK sampai batas ${p.deadline}, yang sudah lewat pada ${p.missedAsOf}: tahap II ditahan.`
      : p.received
        ? `Laporan penyerapan insentif tahun sebelumnya diterima ${p.received}, sesudah batas ${p.deadline}.`
        : `Laporan penyerapan insentif tahun sebelumnya belum diterima DJPK (batas ${p.deadline}).`,
    en: p.missedAsOf
      ? `Absorption report of last year's incentive not received by DJPK by the deadline ${p.deadline}, which had passed by ${p.missedAsOf}: tranche II is withheld.`
      : p.received
        ? `Absorption report of last year's incentive received ${p.received}, after the deadline ${p.deadline}.`
        : `Absorption report of last year's incentive not received by DJPK (deadline ${p.deadline}).`,
  }),
  'INCENTIVE.TRANCHE.SUBMIT.FIX': (p: { deadline: string }) => ({
    id: `Sampaikan dokumen lengkap dan benar paling lambat ${p.deadline}.`,
    en: `Submit complete and correct documents no later than ${p.deadline}.`,
  }),
  'INCENTIVE.TRANCHE.MISSED.FIX': (p: { field: string }) => ({
    id: `Batas waktu sudah lewat. Bila DJPK ternyata menerima dokumen itu, isikan waktu penerimaannya di ${p.field}; bila tidak, tahap II tetap ditahan.`,
    en: `The deadline has passed. If DJPK did receive the document, enter when in ${p.field}; otherwise tranche II stays withheld.`,
  }),
  'INCENTIVE.TRANCHE.MISSING': (p: { fields: readonly string[] }) => ({
    id: `Data tahap II belum lengkap: ${p.fields.join(', ')}.`,
    en: `Tranche-II data incomplete: ${p.fields.join(', ')}.`,
  }),
  'INCENTIVE.POT.ALLOCATED': (p: { amount: number; regions: number }) => ({
    id: `${rp(p.amount, 'id')} dibagi ke ${p.regions} daerah secara proporsional terhadap nilai.`,
    en: `${rp(p.amount, 'en')} split among ${p.regions} regions in proportion to their values.`,
  }),
  'INCENTIVE.POT.EMPTY': (p: { amount: number }) => ({
    id: `Tidak ada daerah dengan nilai positif; ${rp(p.amount, 'id')} tidak terbagi.`,
    en: `No region has a positive value; ${rp(p.amount, 'en')} stays unallocated.`,
  }),
  'INCENTIVE.POT.UNKNOWN': (p: { missing: readonly LocalizedText[] }) => ({
    id: `Pagu ini belum dapat dibagi: ${p.missing.map((x) => x.id).join('; ')}.`,
    en: `This pot cannot be split yet: ${p.missing.map((x) => x.en).join('; ')}.`,
  }),
  'INCENTIVE.POT.ASSUMED': (p: { what: readonly string[] }) => ({
    id: `Simulasi memakai asumsi pengguna untuk: ${p.what.join(', ')} (bukan nilai resmi).`,
    en: `The simulation uses user assumptions for: ${p.what.join(', ')} (not official values).`,
  }),
  'INCENTIVE.LINK.RECORDED': (p: { iga?: boolean; kipp?: boolean }) => ({
    id: `Dicatat sebagai masukan${p.iga !== undefined ? `: rekomendasi IGA Kemendagri ${p.iga ? 'ada' : 'tidak ada'}` : ''}${p.kipp !== undefined ? `; penghargaan KIPP ${p.kipp ? 'ada' : 'tidak ada'}` : ''}. Tidak ditemukan pasal PMK yang menjadikannya kriteria utama atau dasar besaran insentif, sehingga tidak mengubah hasil.`,
    en: `Recorded as input${p.iga !== undefined ? `: Kemendagri IGA recommendation ${p.iga ? 'yes' : 'no'}` : ''}${p.kipp !== undefined ? `; KIPP award ${p.kipp ? 'yes' : 'no'}` : ''}. No PMK clause was found that makes it a gate or a basis for the amount, so it does not change the result.`,
  }),
  'INCENTIVE.NORMALISE.UNDEFINED': (p: { indicator: string; why: LocalizedText }) => ({
    id: `Normalisasi ${p.indicator} tidak terdefinisi: ${p.why.id}.`,
    en: `Normalisation of ${p.indicator} is undefined: ${p.why.en}.`,
  }),
});
