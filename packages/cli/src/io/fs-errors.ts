/**
 * File system errors (ENOENT, EACCES, …) said in both languages.
 */
import type { LocalizedText } from '@inovasi/core';

/** A file system error on `path`, said in both languages. */
export function describeFsError(path: string, error: unknown): LocalizedText {
  const code = (error as { code?: string }).code;
  const say = (id: string, en: string): LocalizedText => ({
    id: `${path}: ${id}`,
    en: `${path}: ${en}`,
  });
  if (code === 'ENOENT') return say('berkas atau folder tidak ada', 'no such file or directory');
  if (code === 'EACCES') return say('izin ditolak', 'permission denied');
  if (code === 'EISDIR')
    return say('ini folder, seharusnya berkas', 'is a directory, expected a file');
  if (code === 'EBADF') return say('sudah ditutup', 'it is closed');
  const detail = code ?? (error instanceof Error ? error.message : String(error));
  return say(`tidak dapat dibaca (${detail})`, `cannot be read (${detail})`);
}
