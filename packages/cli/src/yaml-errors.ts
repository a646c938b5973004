/**
 * The YAML parser's errors in both languages. The `yaml` package explains a syntax error in
 * English; its stable `code` (`BAD_INDENT`, `MISSING_CHAR`, …) picks the text here, so an
 * Indonesian run stays Indonesian. The position (file:line:column) is printed beside it.
 */
import type { LocalizedText } from '@inovasi/core';

/** Every error code of `yaml` 2 (its `ErrorCode` union), explained. */
export const YAML_ERRORS: Readonly<Record<string, LocalizedText>> = {
  ALIAS_PROPS: {
    id: 'alias tidak boleh diberi anchor atau tag',
    en: 'an alias cannot have an anchor or a tag',
  },
  BAD_ALIAS: {
    id: 'alias tidak sah, atau merujuk anchor yang tidak ada',
    en: 'a bad alias, or an alias to an anchor that does not exist',
  },
  BAD_COLLECTION_TYPE: {
    id: 'jenis daftar/peta tidak cocok dengan tag-nya',
    en: 'the collection does not fit its tag',
  },
  BAD_DIRECTIVE: { id: 'direktif YAML (%…) tidak sah', en: 'a bad YAML directive (%…)' },
  BAD_DQ_ESCAPE: {
    id: 'escape yang salah di dalam teks bertanda kutip ganda',
    en: 'a bad escape in a double-quoted string',
  },
  BAD_INDENT: {
    id: 'indentasi salah: samakan jarak awal baris dengan kunci setingkatnya',
    en: 'wrong indentation: line it up with the keys at its level',
  },
  BAD_PROP_ORDER: {
    id: 'anchor atau tag di tempat yang salah',
    en: 'an anchor or a tag in the wrong place',
  },
  BAD_SCALAR_START: {
    id: 'nilai tanpa tanda kutip tidak boleh diawali karakter ini; beri tanda kutip',
    en: 'a plain value cannot start with this character; quote it',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    id: 'blok tidak dapat dipakai sebagai kunci',
    en: 'a block cannot be used as a key',
  },
  BLOCK_IN_FLOW: {
    id: 'blok bertingkat di dalam [ ] atau { }',
    en: 'an indented block inside [ ] or { }',
  },
  DUPLICATE_KEY: {
    id: 'kunci yang sama muncul dua kali dalam satu peta',
    en: 'the same key appears twice in one map',
  },
  IMPOSSIBLE: { id: 'struktur YAML yang tidak mungkin', en: 'an impossible YAML structure' },
  KEY_OVER_1024_CHARS: {
    id: 'kunci lebih dari 1024 karakter',
    en: 'a key longer than 1024 characters',
  },
  MISSING_CHAR: {
    id: 'ada karakter yang kurang (misalnya penutup ], } atau tanda kutip)',
    en: 'a character is missing (a closing ], } or quote, for example)',
  },
  MULTILINE_IMPLICIT_KEY: {
    id: 'kunci tidak boleh lebih dari satu baris (atau ada titik dua yang kurang)',
    en: 'a key cannot span several lines (or a colon is missing)',
  },
  MULTIPLE_ANCHORS: {
    id: 'satu nilai punya lebih dari satu anchor',
    en: 'a value has more than one anchor',
  },
  MULTIPLE_DOCS: {
    id: 'berkas memuat lebih dari satu dokumen YAML (---); simpan satu dokumen per berkas',
    en: 'the file holds more than one YAML document (---); keep one document per file',
  },
  MULTIPLE_TAGS: {
    id: 'satu nilai punya lebih dari satu tag',
    en: 'a value has more than one tag',
  },
  NON_STRING_KEY: { id: 'kunci harus berupa teks', en: 'a key must be text' },
  RESOURCE_EXHAUSTION: {
    id: 'dokumen terlalu besar atau terlalu bertingkat untuk dibaca',
    en: 'the document is too large or nested too deep to read',
  },
  TAB_AS_INDENT: {
    id: 'tab dipakai sebagai indentasi; pakai spasi',
    en: 'a tab used as indentation; use spaces',
  },
  TAG_RESOLVE_FAILED: {
    id: 'tag tidak dikenal, atau nilainya tidak cocok dengan tag-nya',
    en: 'an unknown tag, or a value that does not fit its tag',
  },
  UNEXPECTED_TOKEN: {
    id: 'ada teks yang tidak diharapkan di sini',
    en: 'unexpected text here',
  },
};

/**
 * One YAML syntax error as a line in both languages: `<where>: YAML tidak sah: <why> (<CODE>)`.
 *
 * @example
 * ```ts
 * yamlErrorText('a.yaml:2:1', 'BAD_INDENT').id;
 * // 'a.yaml:2:1: YAML tidak sah: indentasi salah: … (BAD_INDENT)'
 * ```
 */
export function yamlErrorText(where: string, code: string): LocalizedText {
  const why = YAML_ERRORS[code];
  return why
    ? {
        id: `${where}: YAML tidak sah: ${why.id} (${code})`,
        en: `${where}: invalid YAML: ${why.en} (${code})`,
      }
    : { id: `${where}: YAML tidak sah (${code})`, en: `${where}: invalid YAML (${code})` };
}
