/**
 * Indonesian-looking prose for proposal sections: common words of innovation proposals, numbers
 * written the Indonesian way, a link and punctuation now and then, so word counting and text
 * checks see what real proposals contain.
 *
 * @module
 */
import { pick, type Random } from './random.js';

const WORDS = (
  'pelayanan publik masyarakat desa kelurahan petugas warga antrean dokumen kependudukan ' +
  'kesehatan pendidikan anak-anak ibu hamil posyandu puskesmas layanan daring aplikasi ' +
  'Rp10.000 1.250 orang 2019/2020 25% https://contoh.go.id/layanan meningkat menurun waktu ' +
  'biaya tanpa dengan untuk dari oleh pada setelah sebelum inovasi pemerintah daerah kota ' +
  'kabupaten provinsi data evaluasi dampak replikasi keberlanjutan anggaran regulasi SOP — • ' +
  'yang dan di ke dalam ini itu juga telah akan dapat lebih serta melalui terhadap sehingga ' +
  'kecamatan penduduk pengaduan peraturan bupati wali kota gubernur dinas badan unit mitra'
).split(' ');

/** About `words` words of prose, in sentences. */
export function prose(random: Random, words: number): string {
  const out = new Array<string>(words);
  for (let i = 0; i < words; i += 1) {
    const word = pick(random, WORDS);
    out[i] = i % 17 === 16 ? `${word}.` : word;
  }
  return out.join(' ');
}

/** A short title-like phrase. */
export function phrase(random: Random, words: number): string {
  const text = prose(random, words).replaceAll('.', '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
