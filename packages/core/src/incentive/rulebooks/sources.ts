/**
 * Sources of the incentive rulebooks, keyed as in `../shared/domain/iid-and-incentive.md` §12,
 * with their evidence tier (A official text, B national press quoting officials, C regional or
 * secondary, D code copies).
 *
 * @module
 */
import type { Source } from '../../shared/source.js';
import type { LocalizedText } from '../../shared/i18n.js';

/** A source written as plain JSON (no optional fields), so it fits in parameter values. */
export interface JsonSource {
  readonly [key: string]: string;
  readonly citation: string;
  readonly url: string;
  readonly tier: Source['tier'];
}

function s(citation: string, url: string, tier: Source['tier'], note?: string): JsonSource {
  return note === undefined ? { citation, url, tier } : { citation, url, tier, note };
}

/** Sources by key. */
export const SRC = {
  OKEZONE161207: s(
    'Okezone, "Kemenkeu: 83 Pemda Penuhi Kriteria Dana Insentif Daerah 2017" (7 Dec 2016)',
    'http://economy.okezone.com/read/2016/12/07/320/1561384/kemenkeu-83-pemda-penuhi-kriteria-dana-insentif-daerah-2017',
    'B',
  ),
  DJPK_REAL17: s(
    'DJPK, Laporan realisasi semester I transfer ke daerah 2017 (PMK 50/PMK.07/2017)',
    'https://123dok.com/article/realisasi-semester-i-transfer-ke-daerah-tahun.qm8j2j7z',
    'A',
  ),
  FDOK_DID20: s(
    'DJPK, paparan Dana Insentif Daerah 2020 (table of DID budgets 2015–2020)',
    'https://fdokumen.com/document/dana-insentif-daerah-2020-djpk-2020-11-12-pelayanan-dasar-publik-dan-kesejahteraan.html',
    'A',
  ),
  KONTAN171005: s(
    'Kontan, "Ini syarat insentif tambahan daerah Rp 8,5 triliun" (5 Oct 2017)',
    'https://nasional.kontan.co.id/news/ini-syarat-insentif-tambahan-daerah-rp-85-triliun',
    'B',
  ),
  KONTAN171008: s(
    'Kontan, "Penyaluran dana insentif daerah 2018 diperketat" (8 Oct 2017)',
    'https://nasional.kontan.co.id/news/penyaluran-dana-insentif-daerah-2018-diperketat',
    'B',
  ),
  BISNIS191017: s(
    'Bisnis.com, "Pemerintah revisi ketentuan Dana Insentif Daerah" (17 Oct 2019), on PMK 141/PMK.07/2019',
    'https://ekonomi.bisnis.com/read/20191017/10/1160152/pemerintah-revisi-ketentuan-dana-insentif-daerah',
    'B',
  ),
  PMK141: s(
    'PMK 141/PMK.07/2019 tentang Pengelolaan Dana Insentif Daerah (14 Oct 2019)',
    'https://jdih.kemenkeu.go.id/dok/141-pmk-07-2019/view',
    'A',
  ),
  OKEZONE200218: s(
    'Okezone, "Dana Rp15 triliun disebar untuk insentif daerah" (18 Feb 2020)',
    'https://economy.okezone.com/read/2020/02/18/20/2170566/dana-rp15-triliun-disebar-untuk-insentif-daerah',
    'B',
  ),
  BISNIS200720: s(
    'Bisnis.com, "Beleid tambahan Dana Insentif Daerah diteken, Sri Mulyani bagi-bagi hadiah" (20 Jul 2020), on PMK 87/PMK.07/2020',
    'https://ekonomi.bisnis.com/read/20200720/10/1268404/beleid-tambahan-dana-insentif-daerah-diteken-sri-mulyani-bagi-bagi-hadiah',
    'B',
  ),
  DJPK_KB: s(
    'DJPK, basis pengetahuan: "Daerah kami telah menyampaikan laporan penyesuaian APBD dan laporan belanja kesehatan serta bansos tepat waktu, tapi kenapa tidak mendapatkan alokasi DID?"',
    'https://djpk.kemenkeu.go.id/?epkb_post_type_1=daerah-kami-telah-menyampaikan-laporan-penyesuaian-apbd-dan-laporan-belanja-kesehatan-serta-bansos-tepat-waktu-tapi-kenapa-tidak-mendapatkan-alokasi-did',
    'A',
  ),
  PMK167: s(
    'PMK 167/PMK.07/2020 (amends PMK 141/PMK.07/2019)',
    'https://jdih.kemenkeu.go.id/dok/167-pmk-07-2020/view',
    'A',
  ),
  DJPK_DID21: s(
    'DJPK, paparan kebijakan DID 2021',
    'https://123dok.com/document/yj7g0pj6-kementerian-keuangan-direktorat-jenderal-perimbangan-keuangan-kebijakan-did.html',
    'A',
  ),
  KOMPAS211209: s(
    'Kompas, "Pemerintah alokasikan Dana Insentif Daerah Rp 7 triliun pada 2022" (9 Dec 2021), on PMK 160/PMK.07/2021',
    'https://money.kompas.com/read/2021/12/09/181355026/pemerintah-alokasikan-dana-insentif-daerah-rp-7-triliun-pada-2022',
    'B',
    'Kompas misprints the regulation as 106/PMK.07/2021; the number is 160 (jdih, ortax, msm copies).',
  ),
  TJA: s(
    'Tanya Jawab Akuntansi, "Kriteria apa saja agar Pemda mendapatkan DID" (DJPb staff, on PMK 160/PMK.07/2021)',
    'https://tanyajawabakuntansi.com/kriteria-apa-saja-agar-pemda-mendapatkan-dana-insentif-daerah-did/',
    'C',
  ),
  PMK160: s(
    'PMK 160/PMK.07/2021 tentang Pengelolaan Dana Insentif Daerah (copy)',
    'https://datacenter.ortax.org/ortax/aturan/show/17905',
    'A',
  ),
  INFOBANK22: s(
    'Infobank, "Pemerintah alokasikan Dana Insentif Daerah Rp7 triliun di 2022" (on PMK 140/PMK.07/2022)',
    'https://infobanknews.com/pemerintah-alokasikan-dana-insentif-daerah-rp7-triliun-di-2022/amp',
    'B',
  ),
  TEMPO22: s(
    'Tempo, "Kemenkeu akan beri insentif ke 125 daerah" (2022)',
    'https://bisnis.tempo.co/amp/1636421/kemenkeu-akan-beri-insentif-ke-125-daerah-tidak-boleh-untuk-tambahan-gaji-hingga-perjalanan-dinas',
    'B',
  ),
  MUC208: s(
    'PMK 208/PMK.07/2022 (copy)',
    'https://mucglobal.com/en/regulation/4044/peraturan-menteri-keuangan-nomor-208pmk072022',
    'A',
  ),
  KONTAN_8T: s(
    'Kontan, "Kemenkeu siapkan dana Rp 8 triliun tahun ini untuk pemda berprestasi" (2023)',
    'https://nasional.kontan.co.id/news/kemenkeu-siapkan-dana-rp-8-triliun-tahun-ini-untuk-pemda-berprestasi-cek-kriterianya',
    'B',
  ),
  OKEZONE230731: s(
    'Okezone, "Sri Mulyani: insentif inflasi Rp1 triliun tak boleh untuk tambah gaji" (31 Jul 2023)',
    'https://economy.okezone.com/read/2023/07/31/320/2854784/sri-mulyani-insentif-inflasi-rp1-triliun-tak-boleh-untuk-tambah-gaji?page=all',
    'B',
  ),
  BISNIS231003: s(
    'Bisnis.com, "Daerah dengan inflasi terkendali diguyur insentif Rp330 M" (3 Oct 2023), on KMK 336/2023',
    'https://ekonomi.bisnis.com/read/20231003/9/1700569/daerah-dengan-inflasi-terkendali-diguyur-insentif-rp330-m-ini-daftar-penerimanya',
    'B',
  ),
  INDOGRAF23: s(
    'Indograf, "Sebesar Rp340 miliar, KMK kategori pengendalian inflasi" (Nov 2023), on KMK 400/2023',
    'https://indograf.com/sebesar-rp340-miliar-keputusan-menteri-keuangan-kategori-pengendalian-inflasi-ditetapkan-34-daerah-menerima-alokasi-insentif-fiskal',
    'B',
  ),
  KONTAN231003: s(
    'Kontan, "Insentif bagi daerah yang turunkan stunting, kemiskinan ekstrem, percepatan belanja" (3 Oct 2023), on PMK 97/2023 and KMK 350/2023',
    'https://nasional.kontan.co.id/news/insentif-bagi-daerah-yang-turunkan-stunting-kemiskinan-ekstrem-percepatan-belanja',
    'B',
  ),
  RMOL230930: s(
    'RMOL, "Pemda berprestasi bisa dapat insentif hingga Rp 3 triliun" (30 Sep 2023)',
    'https://rmol.id/bisnis/read/2023/09/30/591248/pemda-berprestasi-bisa-dapat-insentif-hingga-rp-3-triliun',
    'B',
  ),
  JDIH125: s(
    'PMK 125 Tahun 2023, ringkasan JDIH Kemenkeu',
    'https://jdih.kemenkeu.go.id/dok/pmk-125-tahun-2023/summary',
    'A',
  ),
  PASAL43_6: s(
    'PMK 43 Tahun 2024, Pasal 6',
    'https://pasal.id/peraturan/permen/permenkeu-no-43--tahun-2024/koreksi/9568651',
    'A',
  ),
  PASAL43_ALLOC: s(
    'PMK 43 Tahun 2024, pasal tentang alokasi per daerah (read on pasal.id; the article number was not recorded)',
    'https://pasal.id/peraturan/permen/permenkeu-no-43--tahun-2024',
    'A',
    'alokasi_i = (nilai_i / Σ nilai) × pagu(tingkat, kategori). The link is the regulation, not the article: the article page was not recorded (Pasal 6 holds only the pots).',
  ),
  PASAL43_26: s(
    'PMK 43 Tahun 2024, Pasal 26',
    'https://pasal.id/peraturan/permen/permenkeu-no-43--tahun-2024/koreksi/9568671',
    'A',
  ),
  PASAL91_32: s(
    'PMK 91 Tahun 2024, Pasal 32 dan Lampiran A',
    'https://pasal.id/en/peraturan/permen/permenkeu-no-pmk91-tahun-2024/koreksi/9565878',
    'A',
  ),
  DDTC91: s(
    'PMK 91 Tahun 2024 tentang Pengelolaan Dana Insentif Fiskal atas Pencapaian Kinerja Daerah (11 Nov 2024; copy)',
    'https://perpajakan.ddtc.co.id/sumber-hukum/peraturan-pusat/peraturan-menteri-keuangan-91-tahun-2024',
    'A',
  ),
  BERKAT25: s(
    'Berkat News TV, "Insentif fiskal Provinsi Kalbar tahun 2025 Rp58 miliar" (7 Jan 2025)',
    'https://berkatnewstv.com/2025/01/07/insentif-fiskal-provinsi-kalbar-tahun-2025-rp58-miliar-ini-8-daerah-penerima',
    'C',
  ),
  BABE26: s(
    'Babe Indonesia (Bisnis), "Insentif fiskal 2026 untuk daerah berkinerja baik turun jadi Rp1,8 triliun"',
    'https://babeindonesia.com/read/6535482/insentif-fiskal-2026-untuk-daerah-berkinerja-baik-turun-jadi-rp1-8-triliun',
    'B',
  ),
  UU17_2025: s(
    'Undang-Undang Nomor 17 Tahun 2025 tentang Anggaran Pendapatan dan Belanja Negara Tahun Anggaran 2026 (LN 2025 No. 179)',
    'https://pasal.id/en/peraturan/uu/uu-no-17-tahun-2025/koreksi/5823220',
    'A',
    'The pasal.id copy (the link opens Article 1); Article 15 was read only as quoted by CNBC Indonesia.',
  ),
  UU17_2025_P15: s(
    'UU 17/2025 (APBN 2026), Pasal 15: "Dana Insentif Fiskal sebagaimana dimaksud dalam Pasal 9 ayat (3) direncanakan sebesar Rp1.800.000.000.000,00", for previous-year and current-year performance; as quoted by CNBC Indonesia (8 Jan 2026, repost)',
    'https://pusatupdate.com/dana-insentif-fiskal-2026-buat-daerah-dipangkas-70-jadi-rp-1-8-t-61592.html',
    'B',
    'Also: "Dana Insentif Fiskal untuk penghargaan kinerja tahun berjalan pengalokasian per daerahnya dilakukan pada Tahun Anggaran 2025".',
  ),
  PERPRES118_P5: s(
    'Perpres 118/2025 tentang Rincian APBN TA 2026 (diundangkan 28 Nov 2025), Pasal 5 ayat (10)–(11): Rp1,8 triliun for regions performing well in the current year; per-region amounts set by the Minister of Finance; as quoted by Bisnis (21 Jan 2026, repost)',
    'https://babeindonesia.com/read/6535482/insentif-fiskal-2026-untuk-daerah-berkinerja-baik-turun-jadi-rp1-8-triliun',
    'B',
  ),
} as const;

/** Bilingual "not found" text with the place it was looked for. */
export function notFound(id: string, en: string): LocalizedText {
  return { id, en };
}
