/**
 * Writing an output file the user named with `--out`: whole or not at all, never over an
 * existing file.
 */
import { resolve } from 'node:path';
import { CliError } from './errors.js';
import type { CliIo } from './io.js';

/**
 * Writes `text` (or bytes) to `out` (relative to the working directory); a usage error if it
 * exists, unless `force`. With `force` the file is written beside and renamed over the old one,
 * so a reader never sees half a file.
 */
export async function writeOutputFile(
  io: CliIo,
  out: string,
  text: string | Uint8Array,
  force = false,
): Promise<void> {
  const full = resolve(io.cwd, out);
  try {
    if (io.writeFile) await io.writeFile(full, text, force);
    else {
      const fs = await import('node:fs/promises');
      if (force) {
        const temp = `${full}.${process.pid}.tmp`;
        await fs.writeFile(temp, text, { flag: 'wx' });
        try {
          await fs.rename(temp, full);
        } catch (error) {
          await fs.rm(temp, { force: true });
          throw error;
        }
      } else await fs.writeFile(full, text, { flag: 'wx' });
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new CliError(
      code === 'EEXIST'
        ? {
            id: `${out}: berkas sudah ada; pilih --out lain, atau tambahkan --force untuk menimpanya.`,
            en: `${out}: the file exists; choose another --out, or add --force to overwrite it.`,
          }
        : code === 'ENOENT'
          ? { id: `${out}: foldernya tidak ada.`, en: `${out}: the folder does not exist.` }
          : code === 'ENOSPC'
            ? {
                id: `${out}: disk penuh (ENOSPC); tidak ada yang ditulis.`,
                en: `${out}: the disk is full (ENOSPC); nothing was written.`,
              }
            : {
                id: `${out}: tidak dapat menulis (${code ?? String(error)}).`,
                en: `${out}: cannot write (${code ?? String(error)}).`,
              },
    );
  }
}
