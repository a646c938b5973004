/**
 * What the API says when it refuses a request, in Bahasa Indonesia and English (one catalogue;
 * codes are stable, wording may change).
 */
import { defineMessages, type CoreErrorCode, type LocalizedText } from '@inovasi/core';

/** Problem titles by code. */
export const problemTitles: Readonly<Record<string, LocalizedText>> = {
  INPUT_INVALID: { id: 'Masukan tidak sah', en: 'Invalid input' },
  RULEBOOK_NOT_FOUND: { id: 'Buku aturan tidak ditemukan', en: 'Rulebook not found' },
  RULEBOOK_INVALID: { id: 'Buku aturan tidak sah', en: 'Invalid rulebook' },
  RULEBOOK_CYCLE: { id: 'Buku aturan memperluas dirinya sendiri', en: 'Rulebook extends itself' },
  RULEBOOK_DOMAIN_MISMATCH: {
    id: 'Buku aturan untuk mesin lain',
    en: 'Rulebook for another engine',
  },
  NO_EDITION: { id: 'Edisi tidak diselenggarakan', en: 'Edition did not take place' },
  INTERNAL: { id: 'Kesalahan internal', en: 'Internal error' },
  BAD_JSON: { id: 'JSON tidak sah', en: 'Malformed JSON' },
  BAD_ENCODING: { id: 'Bukan UTF-8', en: 'Not UTF-8' },
  JSON_TOO_DEEP: { id: 'JSON terlalu dalam', en: 'JSON nested too deep' },
  JSON_TOO_LARGE: { id: 'JSON terlalu banyak isian', en: 'JSON has too many entries' },
  FORBIDDEN_KEY: { id: 'Kunci terlarang', en: 'Forbidden key' },
  UNSUPPORTED_MEDIA_TYPE: { id: 'Jenis konten tidak didukung', en: 'Unsupported media type' },
  PAYLOAD_TOO_LARGE: { id: 'Isi permintaan terlalu besar', en: 'Payload too large' },
  BODY_TIMEOUT: { id: 'Isi permintaan terlambat', en: 'Request body timed out' },
  BUSY: { id: 'Server sibuk', en: 'Server busy' },
  NOT_FOUND: { id: 'Tidak ditemukan', en: 'Not found' },
  METHOD_NOT_ALLOWED: { id: 'Metode tidak diizinkan', en: 'Method not allowed' },
  HEADERS_TOO_LARGE: { id: 'Header terlalu besar', en: 'Request headers too large' },
  HEADERS_TIMEOUT: { id: 'Header terlambat', en: 'Request headers timed out' },
  BAD_REQUEST: { id: 'Permintaan tidak terbaca', en: 'Bad request' },
  TOO_COSTLY: { id: 'Permintaan terlalu berat', en: 'Request too costly' },
};

/** Indonesian lead sentences for the core's errors, whose own messages are in English. */
export const coreErrorLeads: Readonly<Record<CoreErrorCode, string>> = {
  INPUT_INVALID: 'Permintaan tidak sesuai format; perbaiki kolom yang tercantum di errors.',
  RULEBOOK_NOT_FOUND: 'Buku aturan itu tidak dikenal; lihat GET /v1/rulebooks.',
  RULEBOOK_INVALID: 'Buku aturan tidak sah; perbaiki kolom yang tercantum di errors.',
  RULEBOOK_CYCLE: 'Rantai extends buku aturan berputar kembali ke dirinya.',
  RULEBOOK_DOMAIN_MISMATCH: 'Buku aturan ini untuk mesin lain.',
  NO_EDITION: 'Edisi lomba ini tidak diselenggarakan.',
  INTERNAL: 'Terjadi kesalahan internal.',
};

/** Problem details by code. */
export const webMessages = defineMessages({
  PAYLOAD_TOO_LARGE: (p: { limit: number }) => ({
    id: `Isi permintaan lebih dari ${p.limit} bita.`,
    en: `The body is larger than ${p.limit} bytes.`,
  }),
  UNSUPPORTED_MEDIA_TYPE: (p: { got: string }) => ({
    id: `Kirim isi sebagai application/json (UTF-8); diterima: ${p.got || '(tanpa content-type)'}.`,
    en: `Send the body as application/json (UTF-8); got: ${p.got || '(no content-type)'}.`,
  }),
  UNSUPPORTED_ENCODING: (p: { got: string }) => ({
    id: `Kirim isi tanpa kompresi; content-encoding ${p.got} tidak didukung.`,
    en: `Send the body uncompressed; content-encoding ${p.got} is not supported.`,
  }),
  BAD_JSON: (p: { reason: string }) => ({
    id: `Isi permintaan bukan JSON yang sah: ${p.reason}`,
    en: `The body is not valid JSON: ${p.reason}`,
  }),
  BAD_ENCODING: () => ({
    id: 'Isi permintaan bukan UTF-8 yang sah.',
    en: 'The body is not valid UTF-8.',
  }),
  JSON_TOO_DEEP: (p: { limit: number }) => ({
    id: `JSON bersarang lebih dari ${p.limit} tingkat.`,
    en: `The JSON is nested more than ${p.limit} levels deep.`,
  }),
  JSON_TOO_LARGE: (p: { limit: number }) => ({
    id: `JSON memuat lebih dari ${p.limit} isian (kunci dan butir larik).`,
    en: `The JSON holds more than ${p.limit} entries (keys and array items).`,
  }),
  FORBIDDEN_KEY: (p: { key: string; path: string }) => ({
    id: `Kunci ${p.key} tidak diizinkan (di ${p.path}).`,
    en: `The key ${p.key} is not allowed (at ${p.path}).`,
  }),
  BODY_TIMEOUT: (p: { ms: number }) => ({
    id: `Isi permintaan tidak selesai diterima dalam ${p.ms} ms.`,
    en: `The body did not arrive within ${p.ms} ms.`,
  }),
  BUSY: (p: { ms: number }) => ({
    id: `Permintaan tidak selesai dalam ${p.ms} ms; coba lagi nanti.`,
    en: `The request did not finish within ${p.ms} ms; try again later.`,
  }),
  NOT_FOUND: (p: { method: string; path: string }) => ({
    id: `Tidak ada rute ${p.method} ${p.path}; lihat /docs.`,
    en: `No route ${p.method} ${p.path}; see /docs.`,
  }),
  METHOD_NOT_ALLOWED: (p: { method: string; path: string; allowed: string }) => ({
    id: `${p.path} tidak menerima ${p.method}; gunakan ${p.allowed}.`,
    en: `${p.path} does not take ${p.method}; use ${p.allowed}.`,
  }),
  HEADERS_TOO_LARGE: () => ({
    id: 'Header permintaan terlalu besar; kirim header yang lebih kecil.',
    en: 'The request headers are too large; send smaller headers.',
  }),
  HEADERS_TIMEOUT: () => ({
    id: 'Header permintaan tidak selesai diterima tepat waktu.',
    en: 'The request headers did not arrive in time.',
  }),
  BAD_REQUEST: (p: { reason: string }) => ({
    id: `Permintaan HTTP tidak terbaca (${p.reason}).`,
    en: `The HTTP request could not be read (${p.reason}).`,
  }),
  INTERNAL: () => ({
    id: 'Terjadi kesalahan internal; sudah dicatat dengan request id.',
    en: 'An internal error occurred; it has been logged with the request id.',
  }),
});
