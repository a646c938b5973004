/**
 * The desk's message catalogue: every text a user reads, in Bahasa Indonesia (the default) and
 * English. Keys are stable ids; display text is never a key.
 *
 * @module
 */

/** The languages of the desk. */
export type Lang = 'id' | 'en';

/** A bilingual text. */
export interface Bilingual {
  readonly id: string;
  readonly en: string;
}

export const messages = {
  'app.title': { id: 'Meja Inovasi', en: 'Innovation Desk' },
  'app.skip': { id: 'Langsung ke isi', en: 'Skip to content' },
  'nav.proposals': { id: 'Proposal', en: 'Proposals' },
  'nav.registry': { id: 'Daftar inovasi', en: 'Innovation registry' },
  'nav.audit': { id: 'Jejak audit', en: 'Audit log' },
  'nav.iid': { id: 'Indeks (IID)', en: 'Index (IID)' },
  'nav.incentive': { id: 'Insentif fiskal', en: 'Fiscal incentive' },
  'nav.import': { id: 'Impor', en: 'Import' },
  'nav.logout': { id: 'Keluar', en: 'Sign out' },
  'nav.language': { id: 'English', en: 'Bahasa Indonesia' },
  'login.title': { id: 'Masuk', en: 'Sign in' },
  'login.username': { id: 'Nama pengguna', en: 'Username' },
  'login.password': { id: 'Kata sandi', en: 'Password' },
  'login.submit': { id: 'Masuk', en: 'Sign in' },
  'login.failed': {
    id: 'Nama pengguna atau kata sandi salah.',
    en: 'Wrong username or password.',
  },
  'login.limited': {
    id: 'Terlalu banyak percobaan masuk. Coba lagi dalam beberapa menit.',
    en: 'Too many sign-in attempts. Try again in a few minutes.',
  },
  'setup.title': { id: 'Buat kata sandi admin', en: 'Set the admin password' },
  'setup.intro': {
    id: 'Tautan ini hanya berlaku sekali. Pilih kata sandi minimal 12 karakter.',
    en: 'This link works once. Choose a password of at least 12 characters.',
  },
  'setup.submit': { id: 'Simpan kata sandi', en: 'Save password' },
  'setup.invalid': {
    id: 'Tautan penyiapan tidak berlaku (sudah dipakai atau kedaluwarsa).',
    en: 'The setup link is not valid (already used or expired).',
  },
  'setup.short': {
    id: 'Kata sandi minimal 12 karakter.',
    en: 'The password needs at least 12 characters.',
  },
  'role.admin': { id: 'admin (Bappeda)', en: 'admin (Bappeda)' },
  'role.mentor': { id: 'mentor', en: 'mentor' },
  'role.innovator': { id: 'inovator', en: 'innovator' },
  'role.viewer': { id: 'pemantau (baca saja)', en: 'viewer (read-only)' },
  'role.judge': { id: 'juri', en: 'judge' },
  'nav.competitions': { id: 'Lomba inovasi', en: 'Competitions' },
  'proposals.title': { id: 'Semua proposal', en: 'All proposals' },
  'proposals.mine': { id: 'Proposal saya', en: 'My proposals' },
  'proposals.count': { id: 'proposal', en: 'proposals' },
  'proposals.export.xlsx': { id: 'Ekspor XLSX', en: 'Export XLSX' },
  'proposals.export.csv': { id: 'Ekspor CSV', en: 'Export CSV' },
  'proposals.export.json': { id: 'Ekspor JSON', en: 'Export JSON' },
  'proposals.empty': { id: 'Belum ada proposal.', en: 'No proposals yet.' },
  'col.title': { id: 'Judul', en: 'Title' },
  'col.opd': { id: 'Perangkat daerah (OPD)', en: 'Agency (OPD)' },
  'col.status': { id: 'Status', en: 'Status' },
  'col.readiness': { id: 'Kesiapan', en: 'Readiness' },
  'col.errors': { id: 'Kesalahan', en: 'Errors' },
  'col.warnings': { id: 'Peringatan', en: 'Warnings' },
  'col.version': { id: 'Versi', en: 'Version' },
  'col.updated': { id: 'Diubah', en: 'Last change' },
  'col.rulebook': { id: 'Buku aturan', en: 'Rulebook' },
  'col.stage': { id: 'Tahapan', en: 'Stage' },
  'col.started': { id: 'Mulai', en: 'Started' },
  'col.ended': { id: 'Selesai', en: 'Ended' },
  'col.urusan': { id: 'Urusan', en: 'Urusan (government affair)' },
  'col.when': { id: 'Waktu', en: 'When' },
  'col.who': { id: 'Oleh', en: 'Who' },
  'col.action': { id: 'Tindakan', en: 'Action' },
  'col.what': { id: 'Perubahan', en: 'What changed' },
  'status.draft': { id: 'draf', en: 'draft' },
  'status.submitted': { id: 'diajukan', en: 'submitted' },
  'readiness.ready': { id: 'siap', en: 'ready' },
  'readiness.not-ready': { id: 'belum siap', en: 'not ready' },
  'readiness.indeterminate': { id: 'belum dapat dipastikan', en: 'indeterminate' },
  'stage.inisiatif': { id: 'inisiatif', en: 'initiative' },
  'stage.uji-coba': { id: 'uji coba', en: 'trial' },
  'stage.penerapan': { id: 'penerapan', en: 'implementation' },
  'editor.title': { id: 'Proposal', en: 'Proposal' },
  'editor.identity': { id: 'Identitas', en: 'Identity' },
  'editor.sections': { id: 'Bagian proposal', en: 'Proposal sections' },
  'editor.sections.unknown': {
    id: 'Buku aturan ini tidak memuat bagian proposal dan batas katanya (tidak ditemukan di sumber).',
    en: 'This rulebook does not list the proposal sections and their word limits (not found in the sources).',
  },
  'editor.documents': { id: 'Lampiran', en: 'Attachments' },
  'editor.document.name': { id: 'nama berkas', en: 'file name' },
  'editor.video': { id: 'Video', en: 'Video' },
  'editor.save': { id: 'Simpan draf', en: 'Save draft' },
  'editor.submit': { id: 'Simpan dan ajukan', en: 'Save and submit' },
  'editor.saved': { id: 'Tersimpan sebagai versi', en: 'Saved as version' },
  'editor.words': { id: 'kata', en: 'words' },
  'editor.max': { id: 'batas', en: 'limit' },
  'editor.required': { id: 'wajib', en: 'required' },
  'editor.findings': { id: 'Temuan kesiapan', en: 'Readiness findings' },
  'editor.findings.none': { id: 'Tidak ada temuan.', en: 'No findings.' },
  'editor.findings.live': {
    id: 'Diperiksa di peramban saat Anda mengetik, dan diperiksa ulang di server setiap kali disimpan.',
    en: 'Checked in the browser as you type, and re-checked on the server at every save.',
  },
  'editor.fix': { id: 'Perbaikan', en: 'Fix' },
  'editor.source': { id: 'Sumber', en: 'Source' },
  'editor.history': { id: 'Riwayat versi', en: 'Version history' },
  'editor.comments': { id: 'Komentar mentor', en: 'Mentor comments' },
  'editor.comment.section': { id: 'Bagian', en: 'Section' },
  'editor.comment.body': { id: 'Komentar', en: 'Comment' },
  'editor.comment.submit': { id: 'Kirim komentar', en: 'Post comment' },
  'editor.comment.general': { id: 'Umum', en: 'General' },
  'editor.readonly': {
    id: 'Anda hanya dapat membaca proposal ini.',
    en: 'You can only read this proposal.',
  },
  'field.title': { id: 'Judul inovasi', en: 'Innovation title' },
  'field.agency.name': { id: 'Nama instansi', en: 'Agency name' },
  'field.agency.type': { id: 'Jenis instansi', en: 'Agency type' },
  'field.unit': { id: 'Unit pelayanan', en: 'Service unit' },
  'field.group': { id: 'Kelompok', en: 'Group' },
  'field.category': { id: 'Kategori', en: 'Category' },
  'field.implementationStartDate': {
    id: 'Tanggal mulai implementasi',
    en: 'Implementation start date',
  },
  'field.sdgs': {
    id: 'TPB/SDGs (nomor 1–17, dipisah koma)',
    en: 'SDGs (numbers 1–17, comma-separated)',
  },
  'field.innovator.name': { id: 'Nama inovator', en: 'Innovator name' },
  'field.innovator.email': { id: 'Surel inovator', en: 'Innovator e-mail' },
  'field.videoUrl': { id: 'Tautan video', en: 'Video link' },
  'field.video.duration': { id: 'Durasi video (detik)', en: 'Video duration (seconds)' },
  'field.video.height': { id: 'Resolusi video (piksel tinggi)', en: 'Video height (pixels)' },
  'field.video.public': { id: 'Video dapat dibuka publik', en: 'Video is publicly accessible' },
  'registry.title': { id: 'Daftar inovasi', en: 'Innovation registry' },
  'registry.add': { id: 'Tambah inovasi', en: 'Add innovation' },
  'registry.save': { id: 'Simpan', en: 'Save' },
  'registry.proposal': { id: 'Buat proposal', en: 'Start a proposal' },
  'evidence.title': { id: 'Berkas bukti', en: 'Evidence files' },
  'evidence.file': {
    id: 'Berkas (PDF, PNG atau JPEG, maks. 5 MB)',
    en: 'File (PDF, PNG or JPEG, at most 5 MB)',
  },
  'evidence.upload': { id: 'Unggah', en: 'Upload' },
  'import.title': { id: 'Impor proposal', en: 'Import proposals' },
  'import.intro': {
    id: 'Berkas CSV/XLSX dengan kolom seperti `inovasi check` (judul, agency.name, unit …) atau JSON ({ proposals: [...] }). Unit dicocokkan dengan nama OPD.',
    en: 'A CSV/XLSX file with the columns `inovasi check` reads (title, agency.name, unit …) or JSON ({ proposals: [...] }). The unit is matched to an OPD name.',
  },
  'import.file': { id: 'Berkas', en: 'File' },
  'import.submit': { id: 'Impor', en: 'Import' },
  'import.done': { id: 'Diimpor', en: 'Imported' },
  'error.forbidden': {
    id: 'Anda tidak berhak melakukan ini.',
    en: 'You are not allowed to do this.',
  },
  'error.notFound': { id: 'Tidak ditemukan.', en: 'Not found.' },
  'error.csrf': {
    id: 'Formulir kedaluwarsa atau tidak sah (token CSRF). Muat ulang halaman dan coba lagi.',
    en: 'The form has expired or is not valid (CSRF token). Reload the page and try again.',
  },
  'error.invalid': { id: 'Isian tidak sah', en: 'Invalid input' },
  'error.signin': { id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' },
} as const satisfies Record<string, Bilingual>;

/** A message key. */
export type MessageKey = keyof typeof messages;

/** The text of a key in a language. */
export function t(lang: Lang, key: MessageKey): string {
  return messages[key][lang];
}

/** Reads the language from a cookie or query value (default Bahasa Indonesia). */
export function langOf(value: string | undefined): Lang {
  return value === 'en' ? 'en' : 'id';
}
