/**
 * Writing output: to the file named with `--out` (whole or not at all, never over an existing
 * file unless `--force`), else to standard output; XLSX never to a terminal.
 */
import { resolve } from 'node:path';
import type { ParsedValues } from './command.js';
import { CliError } from './errors.js';
import type { CliIo } from './io.js';
import type { XlsxSheet, XlsxWriter } from './io/xlsx.js';

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
    throw outputFileError(out, error);
  }
}

/** The usage error for a `--out` file that could not be written. */
function outputFileError(out: string, error: unknown): CliError {
  const code = (error as { code?: string }).code;
  return new CliError(
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

/** Where a command's output goes: `--out <file>` (with `--force`), else standard output. */
export interface OutputTarget {
  readonly out?: string | undefined;
  readonly force?: boolean;
}

/** The `--out` and `--force` options as an {@link OutputTarget}. */
export function outputTarget(values: ParsedValues): OutputTarget {
  const out = values.out;
  return { out: typeof out === 'string' ? out : undefined, force: values.force === true };
}

/**
 * Writes a command's text output: to the `--out` file (whole, never over an existing file unless
 * `--force`), else to standard output.
 */
export async function emitText(io: CliIo, text: string, target: OutputTarget): Promise<void> {
  if (target.out === undefined) io.stdout(text);
  else await writeOutputFile(io, target.out, text, target.force === true);
}

/** Refuses XLSX output that would go to a terminal, where the bytes would be noise. */
function assertXlsxTarget(io: CliIo, target: OutputTarget): void {
  if (target.out === undefined && (io.stdoutIsTTY || !io.stdoutBytes))
    throw new CliError({
      id: 'XLSX adalah berkas biner dan tidak ditulis ke terminal: beri --out <berkas>.xlsx (atau alihkan ke berkas: > hasil.xlsx).',
      en: 'XLSX is a binary file and is not written to a terminal: give --out <file>.xlsx (or redirect: > result.xlsx).',
    });
}

/**
 * A workbook written row by row as a command computes it: to the `--out` file (whole or not at
 * all, as {@link openTextOutput}), or to standard output when it is a file or a pipe — never to a
 * terminal. `abort` gives up (for `--out`, nothing is left).
 */
export interface XlsxOutput extends XlsxWriter {
  abort(): Promise<void>;
}

/**
 * Opens XLSX output for writing as rows come (see {@link createXlsxWriter}); refuses a terminal
 * before any work.
 */
export async function openXlsxOutput(io: CliIo, target: OutputTarget): Promise<XlsxOutput> {
  assertXlsxTarget(io, target);
  const sink = await openOutput<Uint8Array>(io, target, byteOutput);
  const { createXlsxWriter } = await import('./io/xlsx.js');
  const book = createXlsxWriter((bytes) => sink.write(bytes));
  return {
    sheet: (name, header) => book.sheet(name, header),
    row: (cells) => book.row(cells),
    async close() {
      await book.close();
      await sink.close();
    },
    abort: () => sink.abort(),
  };
}

/**
 * Writes rows as an XLSX workbook: to the `--out` file, or to standard output when it is a file
 * or a pipe — never to a terminal, where the bytes would be noise.
 */
export async function emitXlsx(
  io: CliIo,
  sheets: readonly XlsxSheet[],
  target: OutputTarget,
): Promise<void> {
  assertXlsxTarget(io, target);
  if (sheets.length === 0)
    throw new CliError({
      id: 'tidak ada tabel untuk ditulis sebagai XLSX; pakai --format html atau md.',
      en: 'there is no table to write as XLSX; use --format html or md.',
    });
  await fillOutput(await openXlsxOutput(io, target), async (book) => {
    for (const sheet of sheets) {
      await book.sheet(sheet.name, sheet.rows[0] ?? []);
      for (let r = 1; r < sheet.rows.length; r += 1) await book.row(sheet.rows[r] ?? []);
    }
  });
}

/**
 * Fills an output, then closes it; on any error aborts it (an `--out` file is then left whole or
 * not at all) and throws the error on. Resolves to what `fill` gives.
 */
export async function fillOutput<O extends { close(): Promise<void>; abort(): Promise<void> }, R>(
  out: O,
  fill: (out: O) => Promise<R>,
): Promise<R> {
  try {
    const result = await fill(out);
    await out.close();
    return result;
  } catch (error) {
    await out.abort();
    throw error;
  }
}

/**
 * Output written piece by piece as a command computes it (a national batch never sits in memory
 * as one string): text, or the bytes of a workbook. Pieces are gathered up to
 * {@link SINK_CHUNK} characters or bytes, then written.
 */
export interface OutputSink<T extends string | Uint8Array> {
  /** Adds a piece; resolves once it may take more (standard output has drained, the file took it). */
  write(piece: T): Promise<void>;
  /** Writes what is left; for `--out`, puts the whole file in place. */
  close(): Promise<void>;
  /** Gives up: for `--out`, removes the partial file, so nothing half-written is left. */
  abort(): Promise<void>;
}

/** Text written piece by piece (see {@link OutputSink}). */
export type TextSink = OutputSink<string>;

/** How many characters (or bytes) a sink gathers before it writes them. */
export const SINK_CHUNK = 1 << 16;

/** How a sink joins its pieces and writes them to standard output. */
interface PieceKind<T extends string | Uint8Array> {
  join(pieces: T[]): T;
  stdout(io: CliIo, piece: T): void;
}

const textOutput: PieceKind<string> = {
  join: (pieces) => pieces.join(''),
  stdout: (io, text) => {
    io.stdout(text);
  },
};

const byteOutput: PieceKind<Uint8Array> = {
  join: (pieces) => (pieces.length === 1 && pieces[0] ? pieces[0] : Buffer.concat(pieces)),
  stdout: (io, bytes) => {
    io.stdoutBytes?.(bytes);
  },
};

/**
 * Opens a command's text output for writing piece by piece: standard output (waiting for it to
 * drain, so a slow reader holds the command back instead of filling memory), or the `--out`
 * file, whole or not at all — written beside it and then linked into place (never over an
 * existing file unless `--force`, then renamed over it); on {@link OutputSink.abort} or an error,
 * removed.
 */
export function openTextOutput(io: CliIo, target: OutputTarget): Promise<TextSink> {
  return openOutput(io, target, textOutput);
}

/** {@link openTextOutput} for pieces of either kind. */
async function openOutput<T extends string | Uint8Array>(
  io: CliIo,
  target: OutputTarget,
  kind: PieceKind<T>,
): Promise<OutputSink<T>> {
  let pending: T[] = [];
  let size = 0;
  const take = (): T => {
    const piece = kind.join(pending);
    pending = [];
    size = 0;
    return piece;
  };
  if (target.out === undefined) {
    const flush = async (): Promise<void> => {
      if (size > 0) kind.stdout(io, take());
      if (io.drain) await io.drain();
    };
    return {
      async write(piece) {
        pending.push(piece);
        size += piece.length;
        if (size >= SINK_CHUNK) await flush();
      },
      close: flush,
      abort: async () => {
        await flush();
      },
    };
  }
  const out = target.out;
  const force = target.force === true;
  const full = resolve(io.cwd, out);
  const temporary = `${full}.${process.pid}.tmp`;
  const fs = await import('node:fs/promises');
  let file: Awaited<ReturnType<typeof fs.open>> | undefined;
  try {
    // refuse an existing file before any work, as the whole-file writer does
    if (!force && (await fs.stat(full).catch(() => undefined)) !== undefined)
      throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    file = await fs.open(temporary, 'wx');
  } catch (error) {
    throw outputFileError(out, error);
  }
  const opened = file;
  const remove = async (): Promise<void> => {
    await opened.close().catch(() => undefined);
    await fs.rm(temporary, { force: true });
  };
  const flush = async (): Promise<void> => {
    if (size === 0) return;
    try {
      // writeFile writes all of it, from where the last write ended
      await opened.writeFile(take());
    } catch (error) {
      await remove();
      throw outputFileError(out, error);
    }
  };
  return {
    async write(piece) {
      pending.push(piece);
      size += piece.length;
      if (size >= SINK_CHUNK) await flush();
    },
    async close() {
      await flush();
      try {
        await opened.close();
        if (force) await fs.rename(temporary, full);
        else await fs.link(temporary, full);
      } catch (error) {
        throw outputFileError(out, error);
      } finally {
        await fs.rm(temporary, { force: true });
      }
    },
    abort: remove,
  };
}
