/**
 * Writing an output file the user named with `--out`: whole or not at all, never over an
 * existing file.
 */
import { resolve } from 'node:path';
import { CliError } from './errors.js';
import type { CliIo } from './io.js';

/** Writes `text` to `out` (relative to the working directory); a usage error if it exists. */
export async function writeOutputFile(io: CliIo, out: string, text: string): Promise<void> {
  const full = resolve(io.cwd, out);
  try {
    if (io.writeFile) await io.writeFile(full, text);
    else {
      const fs = await import('node:fs/promises');
      await fs.writeFile(full, text, { flag: 'wx' });
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new CliError(
      code === 'EEXIST'
        ? `${out}: the file exists; choose another --out or remove it first.`
        : code === 'ENOENT'
          ? `${out}: the folder does not exist.`
          : code === 'ENOSPC'
            ? `${out}: the disk is full (ENOSPC); nothing was written.`
            : `${out}: cannot write (${code ?? String(error)}).`,
    );
  }
}
