/**
 * The readiness message catalogue, by stable finding code.
 *
 * @module
 */
import { defineMessages, type LocalizedText } from '../shared/i18n.js';

type AgeText = LocalizedText;

/** Messages of the readiness checks. */
export const readinessMessages = defineMessages({
  'KIPP.AGE.MIN': (p: { age: AgeText; close: string; min: number }) => ({
    id: `Usia implementasi ${p.age.id} pada ${p.close} (penutupan pendaftaran); minimal ${p.min} tahun.`,
    en: `Implementation age is ${p.age.en} on ${p.close} (registration close); at least ${p.min} year${p.min === 1 ? '' : 's'} required.`,
  }),
  'KIPP.AGE.MIN.FIX': (p: { eligibleFrom: string; latestStart: string; close: string }) => ({
    id: `Inovasi ini cukup umur mulai ${p.eligibleFrom}. Untuk edisi ini implementasi harus sudah dimulai paling lambat ${p.latestStart}; daftarkan pada edisi yang penutupannya pada atau sesudah ${p.eligibleFrom}.`,
    en: `This innovation is old enough from ${p.eligibleFrom}. For this edition implementation must have started by ${p.latestStart}; enter an edition whose registration closes on or after ${p.eligibleFrom}.`,
  }),
  'KIPP.AGE.MIN.PASS': (p: { age: AgeText; close: string; min: number; eligibleFrom: string }) => ({
    id: `Usia implementasi ${p.age.id} pada ${p.close} memenuhi minimal ${p.min} tahun (cukup umur sejak ${p.eligibleFrom}).`,
    en: `Implementation age of ${p.age.en} on ${p.close} meets the minimum of ${p.min} year${p.min === 1 ? '' : 's'} (old enough since ${p.eligibleFrom}).`,
  }),
  'KIPP.AGE.START_MISSING': () => ({
    id: 'Tanggal mulai implementasi belum diisi; usia implementasi tidak dapat diperiksa.',
    en: 'The implementation start date is missing; the implementation age cannot be checked.',
  }),
  'KIPP.AGE.START_MISSING.FIX': () => ({
    id: 'Isi implementationStartDate (YYYY-MM-DD) dengan tanggal inovasi mulai melayani masyarakat, dan lampirkan buktinya.',
    en: 'Fill in implementationStartDate (YYYY-MM-DD) with the day the innovation started serving the public, and attach the evidence.',
  }),
  'KIPP.AGE.CLOSE_UNKNOWN': (p: { missing: AgeText }) => ({
    id: `Tanggal penutupan pendaftaran edisi ini tidak diketahui (${p.missing.id}); usia implementasi tidak dapat dihitung. Perlu ditinjau manusia.`,
    en: `This edition's registration close date is not known (${p.missing.en}); the implementation age cannot be computed. Needs human review.`,
  }),
  'KIPP.AGE.CLOSE_UNKNOWN.FIX': () => ({
    id: 'Berikan tanggal penutupan pendaftaran: registrationCloseDate di proposal atau --registration-close di CLI.',
    en: 'Give the registration close date: registrationCloseDate in the proposal or --registration-close on the CLI.',
  }),
  'KIPP.AGE.MIN_UNKNOWN': (p: { missing: AgeText }) => ({
    id: `Usia implementasi minimal untuk edisi ini tidak diketahui (${p.missing.id}). Perlu ditinjau manusia.`,
    en: `The minimum implementation age for this edition is not known (${p.missing.en}). Needs human review.`,
  }),
  'INPUT.FIELD.UNKNOWN': (p: { path: string; suggestion?: string }) => ({
    id: `Isian ${p.path} tidak dikenal dan diabaikan.${p.suggestion !== undefined ? ` Maksud Anda "${p.suggestion}"?` : ''}`,
    en: `Field ${p.path} is not known and was ignored.${p.suggestion !== undefined ? ` Did you mean "${p.suggestion}"?` : ''}`,
  }),
  'INPUT.FIELD.UNKNOWN.FIX': (p: { path: string; suggestion?: string }) =>
    p.suggestion !== undefined
      ? {
          id: `Ganti nama isian ${p.path} menjadi ${p.suggestion}.`,
          en: `Rename field ${p.path} to ${p.suggestion}.`,
        }
      : {
          id: `Hapus isian ${p.path}, atau lihat daftar isian di skema proposal (proposal.schema.json).`,
          en: `Remove field ${p.path}, or see the fields of the proposal schema (proposal.schema.json).`,
        },
  'READINESS.RULE_UNKNOWN': (p: { rule: LocalizedText; missing: LocalizedText }) => ({
    id: `${p.rule.id}: nilai aturan untuk edisi ini tidak diketahui (${p.missing.id}). Perlu ditinjau manusia.`,
    en: `${p.rule.en}: the rule's value for this edition is not known (${p.missing.en}). Needs human review.`,
  }),
  'READINESS.RULE_UNKNOWN.FIX': (p: { parameter?: string; rulebook: string }) => {
    const param = p.parameter ?? '…';
    return {
      id: `Nilai ini tidak ditemukan dalam sumber nasional, jadi perlu ditinjau manusia. Bila daerah Anda memutuskannya sendiri, tetapkan di buku aturan turunan: \`inovasi rulebook init --extends ${p.rulebook} --id <id-daerah>\` menulis templat yang mendaftar ${param} sebagai keputusan daerah; isi nilainya beserta sumber keputusannya (mis. keputusan Kepala Bappeda), sebagai keputusan daerah, bukan aturan nasional.`,
      en: `This value was not found in the national sources, so a person must review it. If your region decides it, set it in an overlay rulebook: \`inovasi rulebook init --extends ${p.rulebook} --id <region-id>\` writes a template that lists ${param} as a decision for the region; give the value with the source of the decision (e.g. a decree of the head of Bappeda), as a local decision, not a national rule.`,
    };
  },
  'KIPP.CHOICE.NONE': (p: { field: LocalizedText }) => ({
    id: `${p.field.id}: tidak wajib dan tidak diisi.`,
    en: `${p.field.en}: not required and not given.`,
  }),
  'KIPP.CHOICE.MISSING': (p: { field: LocalizedText }) => ({
    id: `${p.field.id} belum diisi.`,
    en: `${p.field.en} is missing.`,
  }),
  'KIPP.CHOICE.FILL': (p: { field: LocalizedText }) => ({
    id: `Isi ${p.field.id}.`,
    en: `Fill in the ${p.field.en}.`,
  }),
  'KIPP.CHOICE.FIX': (p: { list: LocalizedText }) => ({
    id: `Pilih salah satu: ${p.list.id}.`,
    en: `Choose one of: ${p.list.en}.`,
  }),
  'KIPP.CHOICE.LIST_UNKNOWN': (p: {
    field: LocalizedText;
    given: string;
    missing: LocalizedText;
  }) => ({
    id: `${p.field.id} "${p.given}" tidak dapat diperiksa: daftar edisi ini tidak diketahui (${p.missing.id}). Perlu ditinjau manusia.`,
    en: `${p.field.en} "${p.given}" cannot be checked: this edition's list is not known (${p.missing.en}). Needs human review.`,
  }),
  'KIPP.CHOICE.IGNORED': (p: { field: LocalizedText; given: string }) => ({
    id: `Edisi ini tidak mengenal ${p.field.id}; "${p.given}" diabaikan.`,
    en: `This edition has no ${p.field.en}; "${p.given}" is ignored.`,
  }),
  'KIPP.CHOICE.REVIEW': (p: {
    field: LocalizedText;
    option: LocalizedText;
    review: LocalizedText;
  }) => ({
    id: `${p.field.id} ${p.option.id}: ${p.review.id} Program tidak dapat memeriksanya; perlu dikonfirmasi orang.`,
    en: `${p.field.en} ${p.option.en}: ${p.review.en} No program can check this; a person needs to confirm it.`,
  }),
  'KIPP.CHOICE.REVIEW.FIX': () => ({
    id: 'Pastikan syarat ini terpenuhi (misalnya simpan surat undangannya) sebelum mengirim; bila tidak, pilih opsi lain.',
    en: 'Make sure this condition holds (keep the invitation letter, for instance) before you submit; if it does not, choose another option.',
  }),
  'KIPP.CHOICE.PASS': (p: { field: LocalizedText; option: LocalizedText }) => ({
    id: `${p.field.id} sah: ${p.option.id}.`,
    en: `${p.field.en} is valid: ${p.option.en}.`,
  }),
  'KIPP.CHOICE.INVALID': (p: { field: LocalizedText; given: string }) => ({
    id: `${p.field.id} "${p.given}" tidak ada pada edisi ini.`,
    en: `${p.field.en} "${p.given}" is not one of this edition's.`,
  }),
  'KIPP.FIELD.MISSING': (p: { field: LocalizedText }) => ({
    id: `${p.field.id} belum diisi.`,
    en: `${p.field.en} is missing.`,
  }),
  'KIPP.FIELD.MISSING.FIX': (p: { field: LocalizedText; path: string }) => ({
    id: `Isi ${p.field.id} (${p.path}).`,
    en: `Fill in ${p.field.en} (${p.path}).`,
  }),
  'KIPP.FIELD.PASS': (p: { count: number }) => ({
    id: `Semua ${p.count} isian wajib terisi.`,
    en: `All ${p.count} required fields are filled in.`,
  }),
  'KIPP.FIELD.FAIL': (p: { missing: number; count: number }) => ({
    id: `${p.missing} dari ${p.count} isian wajib belum diisi.`,
    en: `${p.missing} of ${p.count} required fields are missing.`,
  }),
  'KIPP.AWARDS.UNDECLARED': (p: { group: LocalizedText }) => ({
    id: `Riwayat penghargaan KIPP belum dinyatakan; syarat ${p.group.id} tidak dapat diperiksa.`,
    en: `Past KIPP results are not declared; the conditions of ${p.group.en} cannot be checked.`,
  }),
  'KIPP.AWARDS.UNDECLARED.FIX': () => ({
    id: 'Isi awards dengan hasil KIPP sebelumnya (tahun dan tingkat), atau awards: [] bila belum pernah.',
    en: 'List past KIPP results in awards (year and tier), or awards: [] if there are none.',
  }),
  'KIPP.AWARDS.PASS': (p: { group: LocalizedText }) => ({
    id: `Riwayat penghargaan memenuhi syarat ${p.group.id}.`,
    en: `The award history meets the conditions of ${p.group.en}.`,
  }),
  'KIPP.AWARDS.FAIL': (p: { group: LocalizedText }) => ({
    id: `Riwayat penghargaan tidak memenuhi syarat ${p.group.id}.`,
    en: `The award history does not meet the conditions of ${p.group.en}.`,
  }),
  'KIPP.AWARDS.FORBIDDEN': (p: { group: LocalizedText; what: LocalizedText; hits: string }) => ({
    id: `Inovasi yang pernah meraih ${p.what.id} tidak dapat ikut ${p.group.id} (tercatat: ${p.hits}).`,
    en: `An innovation that was ${p.what.en} cannot enter ${p.group.en} (declared: ${p.hits}).`,
  }),
  'KIPP.AWARDS.FORBIDDEN.FIX': (p: { group: LocalizedText }) => ({
    id: `Inovasi ini tidak memenuhi syarat ${p.group.id}; ajukan pada kelompok lain yang sesuai, atau ajukan inovasi lain.`,
    en: `This innovation does not qualify for ${p.group.en}; enter it in a group it qualifies for, or submit another innovation.`,
  }),
  'KIPP.AWARDS.TOO_MANY': (p: {
    group: LocalizedText;
    what: LocalizedText;
    count: number;
    max: number;
  }) => ({
    id: `${p.group.id}: ${p.what.id} tercatat ${p.count} kali; paling banyak ${p.max} kali.`,
    en: `${p.group.en}: ${p.what.en} ${p.count} times; at most ${p.max} allowed.`,
  }),
  'KIPP.AWARDS.REQUIRED': (p: { group: LocalizedText; what: LocalizedText }) => ({
    id: `${p.group.id} hanya untuk inovasi yang pernah meraih ${p.what.id}.`,
    en: `${p.group.en} is only for innovations that were ${p.what.en}.`,
  }),
  'KIPP.AWARDS.REQUIRED.FIX': (p: { what: LocalizedText }) => ({
    id: `Bila inovasi ini pernah meraih ${p.what.id}, cantumkan di awards; bila tidak, ajukan pada kelompok umum.`,
    en: `If the innovation was ${p.what.en}, list it in awards; if not, enter it in kelompok umum.`,
  }),
  'KIPP.AWARDS.NO_GROUP': () => ({
    id: 'Kelompok belum dipilih atau tidak dikenal; syarat riwayat penghargaan tidak diperiksa.',
    en: 'No known group chosen; the award conditions were not checked.',
  }),
  'KIPP.REPLICATION.NOT_APPLICABLE': () => ({
    id: 'Hanya untuk kelompok replikasi.',
    en: 'Only for kelompok replikasi.',
  }),
  'KIPP.REPLICATION.MISSING': (p: { what: LocalizedText }) => ({
    id: `Inovasi sumber yang direplikasi belum disebut; kelompok replikasi harus mereplikasi ${p.what.id}.`,
    en: `The replicated innovation is not named; kelompok replikasi must replicate ${p.what.en}.`,
  }),
  'KIPP.REPLICATION.FIX': (p: { what: LocalizedText }) => ({
    id: `Sebutkan di replicationOf inovasi ${p.what.id} yang direplikasi (judul, instansi, tahun, tingkat), dan lampirkan surat pernyataan replikasi.`,
    en: `Name in replicationOf the ${p.what.en} innovation replicated (title, agency, year, tier), and attach the replication statement.`,
  }),
  'KIPP.REPLICATION.PASS': (p: { what: LocalizedText }) => ({
    id: `Mereplikasi ${p.what.id}.`,
    en: `Replicates ${p.what.en}.`,
  }),
  'KIPP.REPLICATION.INVALID': (p: { what: LocalizedText }) => ({
    id: `Tidak satu pun inovasi sumber termasuk ${p.what.id}.`,
    en: `None of the source innovations is ${p.what.en}.`,
  }),
  'KIPP.REPLICATION.INCOMPLETE': (p: { what: LocalizedText }) => ({
    id: `Tahun atau tingkat inovasi sumber tidak diisi; tidak dapat dipastikan termasuk ${p.what.id}.`,
    en: `The year or tier of the source innovation is missing; cannot confirm it is ${p.what.en}.`,
  }),
  'KIPP.REPLICATION.INCOMPLETE.FIX': () => ({
    id: 'Isi year dan tier setiap inovasi sumber di replicationOf.',
    en: 'Fill in year and tier of each source innovation in replicationOf.',
  }),
  'KIPP.SECTION.MISSING': (p: { section: LocalizedText }) => ({
    id: `Bagian "${p.section.id}" belum diisi.`,
    en: `Section "${p.section.en}" is empty.`,
  }),
  'KIPP.SECTION.MISSING.FIX': (p: { section: LocalizedText; max: number | null }) => ({
    id: `Tulis bagian "${p.section.id}"${p.max !== null ? ` (paling banyak ${p.max} kata)` : ''}.`,
    en: `Write the "${p.section.en}" section${p.max !== null ? ` (at most ${p.max} words)` : ''}.`,
  }),
  'KIPP.SECTION.TOO_LONG': (p: { section: LocalizedText; words: number; max: number }) => ({
    id: `Bagian "${p.section.id}" berisi ${p.words} kata; paling banyak ${p.max} kata.`,
    en: `Section "${p.section.en}" has ${p.words} words; at most ${p.max} allowed.`,
  }),
  'KIPP.SECTION.OVER_SOFT_LIMIT': (p: { section: LocalizedText; words: number; max: number }) => ({
    id: `Bagian "${p.section.id}" berisi ${p.words} kata, melebihi batas ${p.max} kata pada salinan formulir daerah (batas nasional belum terverifikasi).`,
    en: `Section "${p.section.en}" has ${p.words} words, over the ${p.max}-word limit of the regional copy of the form (national limit not verified).`,
  }),
  'KIPP.SECTION.TOO_LONG.FIX': (p: { remove: number; max: number }) => ({
    id: `Buang ${p.remove} kata (paling banyak ${p.max}).`,
    en: `Remove ${p.remove} word${p.remove === 1 ? '' : 's'} (at most ${p.max}).`,
  }),
  'KIPP.SECTION.UNKNOWN': (p: { key: string; group: LocalizedText }) => ({
    id: `Bagian "${p.key}" tidak ada pada templat ${p.group.id}; isinya tidak dinilai.`,
    en: `Section "${p.key}" is not in the template of ${p.group.en}; it is not assessed.`,
  }),
  'KIPP.SECTION.UNKNOWN.FIX': (p: { known: string }) => ({
    id: `Gunakan id bagian templat: ${p.known}.`,
    en: `Use the template's section ids: ${p.known}.`,
  }),
  'KIPP.SECTION.LIMIT_UNKNOWN': (p: { sections: LocalizedText }) => ({
    id: `Batas kata untuk bagian ${p.sections.id} tidak diketahui; panjangnya perlu ditinjau manusia.`,
    en: `The word limit of ${p.sections.en} is not known; its length needs human review.`,
  }),
  'KIPP.SECTION.OUTCOME.pass': (p: { group: LocalizedText; count: number }) => ({
    id: `Semua ${p.count} bagian ${p.group.id} terisi dalam batas kata.`,
    en: `All ${p.count} sections of ${p.group.en} are filled in within their word limits.`,
  }),
  'KIPP.SECTION.OUTCOME.fail': (p: { group: LocalizedText; count: number }) => ({
    id: `Bagian ${p.group.id} (${p.count}) belum lengkap atau melewati batas kata.`,
    en: `The ${p.count} sections of ${p.group.en} are incomplete or over their word limits.`,
  }),
  'KIPP.SECTION.OUTCOME.warn': (p: { group: LocalizedText; count: number }) => ({
    id: `Bagian ${p.group.id} (${p.count}) tidak menggagalkan proposal, tetapi ada peringatan: bagian kosong atau melewati batas kata yang tidak mengikat.`,
    en: `The ${p.count} sections of ${p.group.en} do not fail the proposal, but there are warnings: empty sections or sections over a non-binding limit.`,
  }),
  'KIPP.SECTION.OUTCOME.indeterminate': (p: { group: LocalizedText; count: number }) => ({
    id: `Bagian ${p.group.id} terisi, tetapi sebagian batas kata tidak diketahui.`,
    en: `The sections of ${p.group.en} are filled in, but some word limits are not known.`,
  }),
  'KIPP.SECTION.NO_GROUP': () => ({
    id: 'Kelompok belum dipilih atau tidak dikenal; bagian proposal tidak diperiksa.',
    en: 'No known group chosen; the proposal sections were not checked.',
  }),
  'KIPP.ATTACHMENT.NONE': () => ({
    id: 'Tidak ada lampiran yang diminta.',
    en: 'No attachments are asked for.',
  }),
  'KIPP.ATTACHMENT.MISSING': (p: { document: LocalizedText }) => ({
    id: `Lampiran "${p.document.id}" belum ada.`,
    en: `Attachment "${p.document.en}" is missing.`,
  }),
  'KIPP.ATTACHMENT.MISSING.FIX': (p: {
    document: LocalizedText;
    type: string;
    files: { types: string; max: string } | undefined;
  }) => ({
    id: `Lampirkan ${p.document.id} (type: ${p.type}${p.files ? `; ${p.files.types}, paling besar ${p.files.max}` : ''}).`,
    en: `Attach ${p.document.en} (type: ${p.type}${p.files ? `; ${p.files.types}, at most ${p.files.max}` : ''}).`,
  }),
  'KIPP.ATTACHMENT.UNKNOWN_TYPE': (p: { type: string }) => ({
    id: `Jenis lampiran "${p.type}" tidak dikenal pada edisi ini.`,
    en: `Attachment type "${p.type}" is not one of this edition's.`,
  }),
  'KIPP.ATTACHMENT.UNKNOWN_TYPE.FIX': (p: { known: string }) => ({
    id: `Gunakan salah satu jenis: ${p.known}.`,
    en: `Use one of the types: ${p.known}.`,
  }),
  'KIPP.ATTACHMENT.MEDIA_TYPE': (p: { name: string; type: string }) => ({
    id: `Berkas "${p.name}" berjenis ${p.type}, yang tidak diterima.`,
    en: `File "${p.name}" is ${p.type}, which is not accepted.`,
  }),
  'KIPP.ATTACHMENT.MEDIA_TYPE.FIX': (p: { types: string }) => ({
    id: `Simpan ulang sebagai ${p.types}.`,
    en: `Save it again as ${p.types}.`,
  }),
  'KIPP.ATTACHMENT.TOO_LARGE': (p: { name: string; size: string; max: string }) => ({
    id: `Berkas "${p.name}" berukuran ${p.size}; paling besar ${p.max}.`,
    en: `File "${p.name}" is ${p.size}; at most ${p.max} allowed.`,
  }),
  'KIPP.ATTACHMENT.TOO_LARGE.FIX': (p: { reduce: string; max: string }) => ({
    id: `Perkecil berkas sedikitnya ${p.reduce} (paling besar ${p.max}), misalnya dengan memindai ulang pada resolusi lebih rendah.`,
    en: `Shrink the file by at least ${p.reduce} (to at most ${p.max}), e.g. by scanning at a lower resolution.`,
  }),
  'KIPP.ATTACHMENT.FILE_RULES_UNKNOWN': (p: { missing: LocalizedText }) => ({
    id: `Ketentuan jenis dan ukuran berkas edisi ini tidak diketahui (${p.missing.id}); perlu ditinjau manusia.`,
    en: `This edition's file type and size rules are not known (${p.missing.en}); needs human review.`,
  }),
  'KIPP.ATTACHMENT.PASS': (p: { count: number }) => ({
    id: `Lampiran yang diminta lengkap (${p.count} berkas).`,
    en: `The required attachments are there (${p.count} files).`,
  }),
  'KIPP.ATTACHMENT.WARN': (p: { count: number; warnings: number }) => ({
    id: `Tidak ada kekurangan lampiran yang menggagalkan (${p.count} berkas), tetapi ${p.warnings} temuan perlu diperiksa.`,
    en: `No attachment problem fails the proposal (${p.count} files), but ${p.warnings} findings need a look.`,
  }),
  'KIPP.ATTACHMENT.FAIL': (p: { count: number }) => ({
    id: `Lampiran belum lengkap atau tidak sesuai ketentuan (${p.count} berkas).`,
    en: `Attachments are incomplete or break the file rules (${p.count} files).`,
  }),
  'KIPP.VIDEO.NONE': () => ({
    id: 'Edisi ini tidak meminta video.',
    en: 'This edition asks for no video.',
  }),
  'KIPP.VIDEO.NOT_REQUIRED': () => ({
    id: 'Video tidak wajib dan tidak diberikan.',
    en: 'The video is optional and not given.',
  }),
  'KIPP.VIDEO.MISSING': () => ({
    id: 'Tautan video belum diisi.',
    en: 'The video link is missing.',
  }),
  'KIPP.VIDEO.MISSING.FIX': () => ({
    id: 'Unggah video ke YouTube atau penyimpanan awan yang dapat diakses bebas, lalu isi videoUrl.',
    en: 'Upload the video to YouTube or freely accessible cloud storage and fill in videoUrl.',
  }),
  'KIPP.VIDEO.URL_INVALID': (p: { url: string }) => ({
    id: `Tautan video "${p.url}" bukan alamat http(s) yang lengkap.`,
    en: `The video link "${p.url}" is not a full http(s) address.`,
  }),
  'KIPP.VIDEO.URL_INVALID.FIX': () => ({
    id: 'Salin alamat lengkap video, misalnya https://www.youtube.com/watch?v=…',
    en: "Copy the video's full address, e.g. https://www.youtube.com/watch?v=…",
  }),
  'KIPP.VIDEO.DURATION_UNKNOWN': (p: { max: string }) => ({
    id: `Durasi video belum dinyatakan; paling lama ${p.max} menit.`,
    en: `The video duration is not stated; at most ${p.max} minutes allowed.`,
  }),
  'KIPP.VIDEO.CONTENT_REVIEW': (p: { items: readonly LocalizedText[] }) => ({
    id: `Isi video perlu diperiksa orang (program tidak dapat menilainya): ${p.items.map((x) => x.id).join('; ')}.`,
    en: `The video's content needs a person to check it (no program can judge it): ${p.items.map((x) => x.en).join('; ')}.`,
  }),
  'KIPP.VIDEO.CONTENT_REVIEW.FIX': () => ({
    id: 'Tonton videonya dan pastikan setiap butir terpenuhi sebelum mengirim; perbaiki video bila ada yang kurang.',
    en: 'Watch the video and make sure every item holds before you submit; fix the video where one is missing.',
  }),
  'KIPP.VIDEO.STATE.FIX': (p: { field: string }) => ({
    id: `Isi ${p.field}.`,
    en: `Fill in ${p.field}.`,
  }),
  'KIPP.VIDEO.TOO_LONG': (p: { duration: string; max: string }) => ({
    id: `Durasi video ${p.duration} menit; paling lama ${p.max} menit.`,
    en: `The video runs ${p.duration} minutes; at most ${p.max} allowed.`,
  }),
  'KIPP.VIDEO.TOO_LONG.FIX': (p: { cut: number }) => ({
    id: `Potong video sedikitnya ${p.cut} detik.`,
    en: `Cut at least ${p.cut} second${p.cut === 1 ? '' : 's'} from the video.`,
  }),
  'KIPP.VIDEO.RESOLUTION_UNKNOWN': (p: { min: number }) => ({
    id: `Resolusi video belum dinyatakan; minimal ${p.min}p.`,
    en: `The video resolution is not stated; at least ${p.min}p required.`,
  }),
  'KIPP.VIDEO.RESOLUTION': (p: { height: number; min: number }) => ({
    id: `Resolusi video ${p.height}p; minimal ${p.min}p.`,
    en: `The video is ${p.height}p; at least ${p.min}p required.`,
  }),
  'KIPP.VIDEO.RESOLUTION.FIX': (p: { min: number }) => ({
    id: `Unggah ulang video dengan resolusi sedikitnya ${p.min}p (HD).`,
    en: `Upload the video again at ${p.min}p (HD) or more.`,
  }),
  'KIPP.VIDEO.ACCESS_UNKNOWN': () => ({
    id: 'Belum dinyatakan apakah video dapat diakses bebas.',
    en: 'It is not stated whether the video is freely accessible.',
  }),
  'KIPP.VIDEO.NOT_ACCESSIBLE': () => ({
    id: 'Video tidak dapat diakses bebas.',
    en: 'The video is not freely accessible.',
  }),
  'KIPP.VIDEO.NOT_ACCESSIBLE.FIX': () => ({
    id: 'Ubah pengaturan berbagi video menjadi publik (atau "siapa saja yang memiliki tautan").',
    en: 'Change the sharing setting of the video to public (or "anyone with the link").',
  }),
  'KIPP.VIDEO.SUBTITLES': (p: { language: string }) => ({
    id: `Video berbahasa "${p.language}" tanpa teks terjemahan; video harus berbahasa Indonesia atau diberi teks.`,
    en: `The video is in "${p.language}" without subtitles; it must be in Bahasa Indonesia or subtitled.`,
  }),
  'KIPP.VIDEO.SUBTITLES.FIX': () => ({
    id: 'Tambahkan teks (subtitle) berbahasa Indonesia, lalu isi video.subtitles: true.',
    en: 'Add Bahasa Indonesia subtitles, then set video.subtitles: true.',
  }),
  'KIPP.VIDEO.OUTCOME.pass': () => ({
    id: 'Video memenuhi ketentuan.',
    en: 'The video meets the requirements.',
  }),
  'KIPP.VIDEO.OUTCOME.fail': () => ({
    id: 'Video tidak memenuhi ketentuan.',
    en: 'The video does not meet the requirements.',
  }),
  'KIPP.VIDEO.OUTCOME.indeterminate': () => ({
    id: 'Sebagian ketentuan video tidak dapat diperiksa dari isian.',
    en: 'Some video requirements cannot be checked from what is stated.',
  }),
  'KIPP.SDG.NONE': () => ({
    id: 'Edisi ini tidak meminta TPB/SDGs.',
    en: 'This edition asks for no SDGs.',
  }),
  'KIPP.SDG.DUPLICATE': () => ({
    id: 'Ada TPB yang disebut lebih dari sekali.',
    en: 'An SDG is listed more than once.',
  }),
  'KIPP.SDG.DUPLICATE.FIX': (p: { unique: string }) => ({
    id: `Sebut setiap TPB sekali: ${p.unique}.`,
    en: `List each SDG once: ${p.unique}.`,
  }),
  'KIPP.SDG.PASS': (p: { goals: string; min: number }) => ({
    id: `Terkait TPB ${p.goals} (minimal ${p.min}).`,
    en: `Linked to SDG ${p.goals} (at least ${p.min}).`,
  }),
  'KIPP.SDG.TOO_FEW': (p: { count: number; min: number }) => ({
    id: `Inovasi dikaitkan dengan ${p.count} TPB/SDGs; minimal ${p.min}.`,
    en: `The innovation is linked to ${p.count} SDGs; at least ${p.min} required.`,
  }),
  'KIPP.SDG.TOO_FEW.FIX': (p: { add: number }) => ({
    id: `Pilih sedikitnya ${p.add} TPB lagi (nomor 1–17) di sdgs, yang benar-benar didukung inovasi ini.`,
    en: `Choose at least ${p.add} more SDG${p.add === 1 ? '' : 's'} (numbers 1–17) in sdgs that the innovation really serves.`,
  }),
  'KIPP.SPBE.NOT_APPLICATION': () => ({
    id: 'Bukan aplikasi; isian SPBE tidak diperlukan.',
    en: 'Not an application; no SPBE answers needed.',
  }),
  'KIPP.SPBE.MISSING': () => ({
    id: 'Inovasi berupa aplikasi, tetapi isian SPBE belum diisi.',
    en: 'The innovation is an application, but the SPBE answers are missing.',
  }),
  'KIPP.SPBE.MISSING.FIX': () => ({
    id: 'Jawab pertanyaan SPBE di spbe (id pertanyaan → jawaban).',
    en: 'Answer the SPBE questions in spbe (question id → answer).',
  }),
  'KIPP.SPBE.QUESTIONS_UNKNOWN': (p: { missing: LocalizedText }) => ({
    id: `Daftar pertanyaan SPBE tidak diketahui (${p.missing.id}); kelengkapan jawaban perlu ditinjau manusia.`,
    en: `The SPBE question list is not known (${p.missing.en}); whether every question is answered needs human review.`,
  }),
  'KIPP.SPBE.PRESENT': (p: { count: number }) => ({
    id: `${p.count} jawaban SPBE diisi.`,
    en: `${p.count} SPBE answers given.`,
  }),
  'KIPP.SPBE.UNANSWERED': (p: { question: LocalizedText }) => ({
    id: `Pertanyaan SPBE "${p.question.id}" belum dijawab.`,
    en: `SPBE question "${p.question.en}" is unanswered.`,
  }),
  'KIPP.SPBE.UNANSWERED.FIX': (p: { id: string }) => ({
    id: `Jawab spbe.${p.id}.`,
    en: `Answer spbe.${p.id}.`,
  }),
  'KIPP.SPBE.PASS': (p: { count: number }) => ({
    id: `Semua ${p.count} pertanyaan SPBE dijawab.`,
    en: `All ${p.count} SPBE questions are answered.`,
  }),
  'KIPP.SPBE.FAIL': (p: { count: number }) => ({
    id: `${p.count} pertanyaan SPBE belum dijawab.`,
    en: `${p.count} SPBE questions are unanswered.`,
  }),
  'KIPP.QUALITY.NONE': () => ({ id: 'Tidak ada pemeriksaan mutu.', en: 'No quality checks.' }),
  'KIPP.QUALITY.PASS': () => ({
    id: 'Tidak ada tanda jawaban asal-asalan.',
    en: 'No signs of careless answers.',
  }),
  'KIPP.QUALITY.FLAGGED': (p: { count: number }) => ({
    id: `${p.count} jawaban tampak asal-asalan; perlu ditinjau sebelum diajukan.`,
    en: `${p.count} answer${p.count === 1 ? ' looks' : 's look'} careless; review before submitting.`,
  }),
  'KIPP.QUALITY.PLACEHOLDER': (p: { where: string }) => ({
    id: `${p.where} berisi teks pengisi, bukan jawaban.`,
    en: `${p.where} holds placeholder text, not an answer.`,
  }),
  'KIPP.QUALITY.PLACEHOLDER.FIX': () => ({
    id: 'Ganti teks pengisi dengan jawaban yang sebenarnya.',
    en: 'Replace the placeholder with the real answer.',
  }),
  'KIPP.QUALITY.SAME_AS_TITLE': (p: { where: string }) => ({
    id: `${p.where} hanya mengulang judul.`,
    en: `${p.where} only repeats the title.`,
  }),
  'KIPP.QUALITY.COPIED': (p: { where: string; from: string }) => ({
    id: `${p.where} sama dengan ${p.from}.`,
    en: `${p.where} is the same text as ${p.from}.`,
  }),
  'KIPP.QUALITY.REWRITE.FIX': () => ({
    id: 'Tulis jawaban tersendiri yang menjawab pertanyaan bagian ini.',
    en: "Write an answer of its own that answers this section's question.",
  }),
  'KIPP.QUALITY.TOO_SHORT': (p: { where: string; words: number; threshold: number }) => ({
    id: `${p.where} hanya ${p.words} kata; jawaban di bawah ${p.threshold} kata tampak asal-asalan.`,
    en: `${p.where} has only ${p.words} words; answers under ${p.threshold} words look careless.`,
  }),
  'KIPP.QUALITY.TOO_SHORT.FIX': (p: { add: number }) => ({
    id: `Tambahkan ${p.add} kata atau lebih: data, langkah, hasil.`,
    en: `Add ${p.add} word${p.add === 1 ? '' : 's'} or more: data, steps, results.`,
  }),
  'KIPP.TITLE.UNIQUE': () => ({
    id: 'Judul tidak dipakai proposal lain dari instansi yang sama.',
    en: 'No other proposal of the same agency uses this title.',
  }),
  'KIPP.TITLE.DUPLICATE': (p: { others: string }) => ({
    id: `Judul yang sama dipakai proposal lain dari instansi yang sama (${p.others}).`,
    en: `The same title is used by another proposal of the same agency (${p.others}).`,
  }),
  'KIPP.TITLE.DUPLICATE.FIRST': (p: { first: string; later: number }) => ({
    id: `Judul proposal ${p.first} dipakai lagi oleh ${p.later} proposal berikutnya dari instansi yang sama; ${p.first} juga tidak lolos aturan judul ganda.`,
    en: `The title of proposal ${p.first} is used again by ${p.later} later proposal${p.later === 1 ? '' : 's'} of the same agency; ${p.first} fails the duplicate-title rule too.`,
  }),
  'KIPP.TITLE.DUPLICATE.STREAM': (p: { repeated: number; shown: number }) => ({
    id: `${p.repeated} judul dipakai lebih dari sekali oleh instansi yang sama${p.shown < p.repeated ? ` (${p.shown} pertama dirinci)` : ''}; proposal pertama dengan judul itu juga tidak lolos.`,
    en: `${p.repeated} title${p.repeated === 1 ? ' is' : 's are'} used more than once by the same agency${p.shown < p.repeated ? ` (the first ${p.shown} listed)` : ''}; the first proposal with each also fails.`,
  }),
  'KIPP.TITLE.DUPLICATE.FIX': () => ({
    id: 'Beri setiap proposal judul sendiri yang menggambarkan inovasinya, atau gabungkan proposal yang sebenarnya satu inovasi.',
    en: 'Give each proposal its own title that describes its innovation, or merge proposals that are really one innovation.',
  }),
  'KIPP.QUOTA.SINGLE': () => ({
    id: 'Kuota berlaku atas sekumpulan proposal satu instansi; tidak ada instansi dengan lebih dari satu proposal.',
    en: 'Quotas apply to a set of proposals of one agency; no agency has more than one here.',
  }),
  'KIPP.QUOTA.PASS': () => ({
    id: 'Jumlah proposal per instansi dalam kuota.',
    en: 'Proposals per agency are within the quota.',
  }),
  'KIPP.QUOTA.FAIL': (p: { count: number }) => ({
    id: `${p.count} kuota terlampaui.`,
    en: `${p.count} quota${p.count === 1 ? '' : 's'} exceeded.`,
  }),
  'KIPP.QUOTA.GROUP': (p: {
    agency: string;
    group: LocalizedText;
    count: number;
    max: number;
  }) => ({
    id: `${p.agency} mengajukan ${p.count} proposal ${p.group.id}; paling banyak ${p.max}.`,
    en: `${p.agency} submits ${p.count} proposals in ${p.group.en}; at most ${p.max} allowed.`,
  }),
  'KIPP.QUOTA.AGENCY': (p: { agency: string; type: string; count: number; max: number }) => ({
    id: `${p.agency} (${p.type}) mengajukan ${p.count} proposal; paling banyak ${p.max}.`,
    en: `${p.agency} (${p.type}) submits ${p.count} proposals; at most ${p.max} allowed.`,
  }),
  'KIPP.QUOTA.FIX': (p: { agency: string; drop: number; group?: LocalizedText }) => ({
    id: `Tarik ${p.drop} proposal${p.group ? ` ${p.group.id}` : ''} dari ${p.agency} melalui seleksi awal internal.`,
    en: `Withdraw ${p.drop} proposal${p.drop === 1 ? '' : 's'}${p.group ? ` of ${p.group.en}` : ''} from ${p.agency} through an internal pre-selection.`,
  }),
  'READINESS.BATCH.STATUS': (p: { ready: number; total: number }) => ({
    id: `${p.ready} dari ${p.total} proposal siap.`,
    en: `${p.ready} of ${p.total} proposals ready.`,
  }),
  'READINESS.STATUS.ready': () => ({ id: 'Siap diajukan', en: 'Ready to submit' }),
  'READINESS.STATUS.not-ready': () => ({ id: 'Belum siap', en: 'Not ready' }),
  'READINESS.STATUS.indeterminate': () => ({
    id: 'Tidak dapat dipastikan (perlu tinjauan)',
    en: 'Indeterminate (needs review)',
  }),
});
