/**
 * The sources behind the IID rulebooks, as in `../shared/domain/iid-and-incentive.md` §12 and
 * `../shared/domain/regional-apps.md`. Tiers: A official, B national press, C regional pages,
 * D regional code copies.
 *
 * @module
 */
import type { Source } from '../../shared/source.js';

/** BSKDN, "Sosialisasi IID Tahun 2023" (official deck): formula, divisor 10, bands. */
export const PPT23: Source = {
  citation: 'BSKDN Kemendagri, PPT Sosialisasi Indeks Inovasi Daerah Tahun 2023',
  url: 'https://id.scribd.com/document/654130239/PPT-Sosialisasi-IID-Tahun-2023-1',
  tier: 'A',
};

/** Surat Mendagri 400.10.11/2704/SJ (18 May 2023), the operative 2023 letter. */
export const PED23: Source = {
  citation:
    'Surat Mendagri 400.10.11/2704/SJ (18 Mei 2023) dan Pedoman Umum Penilaian IGA 2023 (only the opening was readable)',
  url: 'https://pdfcoffee.com/pedoman-umum-penilaian-iga-2023-pdf-free.html',
  tier: 'A',
};

/** Regional press on the 2024 bands (Kab. Tegal), consistent with Sultra 2024 data. */
export const SMPANTURA24: Source = {
  citation: 'Suara Merdeka Pantura, Kabupaten Tegal Sangat Inovatif 2024 (> 60 / 35–60 / < 35)',
  url: 'https://www.smpantura.news/luar-biasa-kabupaten-tegal-kembali-raih-penghargaan-kabupaten-sangat-inovatif-2024/2',
  tier: 'C',
  note: 'Consistent with Kepmendagri 400.10.11-4898/2024 results reported for Sultra (Konawe 37.75 Inovatif, Kolaka Timur 34.63 Kurang Inovatif).',
};

/** Bappeda Kota Tangerang on the 2025 bands. */
export const TGR25: Source = {
  citation: 'Bappeda Kota Tangerang, evaluasi hasil IID 2025 (Kepmendagri 400.10.11-6097/2025)',
  url: 'https://bappeda.tangerangkota.go.id/berita/komitmen-memperkuat-ekosistem-inovasi-daerah-bappeda-lakukan-evaluasi-hasil-iid-kota-tangerang-tahun-2025',
  tier: 'C',
  note: 'Also reported by ketik.com (Kabupaten Lebak). No official BSKDN slide for 2025 was found.',
};

/** The 2026 letter as encoded by SIMONDA (third-party code; the letter itself was not seen). */
export const SIMONDA: Source = {
  citation:
    'Surat Kepala BSKDN 400.10.11/1887/BSKDN (29 April 2026), Lampiran I dan II, as encoded in prjctpy/simonda backend/inovasi/iga.py @ 91316a3',
  url: 'https://github.com/prjctpy/simonda',
  tier: 'D',
  note: 'Corroborated by void-panda/INOVAHUB-SUMBAWA (same weights, formula, thresholds). Verify against the letter.',
};

/** SIMONDA's later commit with the 2027 prognosis constants. */
export const SIMONDA27: Source = {
  citation:
    'prjctpy/simonda backend/inovasi/iga.py @ 3a45857 ("tabel prognosis": divisor 14 in 2027, all 6 urusan)',
  url: 'https://github.com/prjctpy/simonda',
  tier: 'D',
  note: 'A declared prognosis in third-party code, not a published rule.',
};

/** The Brida 2024/2025 "indikator inovasi daerah" tables (community-encoded). */
export const BRIDA: Source = {
  citation:
    'fnko19/Brida_Inovasi app/Filament/Resources/Indikator{1..20}Resource.php @ 210fb53 (IID 2024/2025 indicator tables)',
  url: 'https://github.com/fnko19/Brida_Inovasi',
  tier: 'D',
  note: 'Community-encoded, unverified against the BSKDN guideline.',
};

/** The pre-2023 weighted IID form (unattributed Blade modal "Nilai × Bobot"). */
export const PRE2023: Source = {
  citation:
    'Unattributed Laravel "Pengisian Bobot" modal: pre-2023 weighted IID form (Nilai × Bobot)',
  tier: 'D',
  note: 'Unattributed public file; weights only, most parameter texts not recorded.',
};

/** The research note's tie rule for overlapping SPD bands (not in any letter). */
export const BAND_POLICY_NOTE: Source = {
  citation:
    'inovasi research note iid-and-incentive.md §4.3 "Known bugs in the source thresholds": evaluate from the best band downward',
  tier: 'D',
  note: 'An explicit, recorded engineering policy for the overlapping and gapped bands of the published tables; verify against the letter.',
};

/** SIMONDA on the 2026 implementation window (Inovasi.masalah_kelayakan). */
export const SIMONDA_WINDOW: Source = {
  citation: SIMONDA.citation,
  url: 'https://github.com/prjctpy/simonda',
  tier: 'D',
  note: 'Penerapan between 1 Jan 2024 and 31 Dec 2025, or an older innovation whose latest development falls in that window (SIMONDA Inovasi.masalah_kelayakan).',
};

/** BSKDN on the 2020 IGA (2 aspects, 7 variables, 35 indicators; counts per predikat). */
export const BSKDN_IGA20: Source = {
  citation: 'BSKDN Kemendagri, Malam Penganugerahan IGA 2020 (structure and counts per predikat)',
  url: 'https://bskdn.kemendagri.go.id/website/kemendagri-berikan-penghargaan-daerah-terinovatif-pada-malam-penganugerahan-iga-2020',
  tier: 'A',
};

/** The 2021 reporting window (innovations of 2019–2020). */
export const ONLINEKOE: Source = {
  citation:
    'onlinekoe.com, Badan Litbang Kemendagri rilis 58 daerah disclaimer dalam penilaian IID',
  url: 'https://onlinekoe.com/badan-litbang-kemendagri-rilis-58-daerah-disclaimer-dalam-penilaian-indeks-inovasi-daerah',
  tier: 'C',
};

/** Harian Terbit on the 2021 and 2022 counts per predikat. */
export const HARIANTERBIT22: Source = {
  citation: 'Harian Terbit, IGA 2022: 44 Sangat Inovatif, 365 Inovatif, 101 Kurang Inovatif',
  url: 'https://harianterbit.id/?p=9567',
  tier: 'B',
};
