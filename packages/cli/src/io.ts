/**
 * Everything the CLI touches outside itself, as one object, so commands are testable in-process
 * and only `bin.ts` binds the real process.
 */
export interface CliIo {
  readonly stdout: (text: string) => void;
  /** Writes bytes to standard output (XLSX to a pipe or a redirected file); absent in tests. */
  readonly stdoutBytes?: (bytes: Uint8Array) => void;
  readonly stderr: (text: string) => void;
  /** Reads all of standard input. */
  readonly readStdin: () => Promise<string>;
  /**
   * Standard input as byte chunks, as they come (`check --stream -`: a million proposals piped
   * in never sit in memory together). Without it, streams fall back to {@link readStdin}.
   */
  readonly stdinChunks?: () => AsyncIterable<Uint8Array>;
  /**
   * Resolves once standard output has taken what was written (a stream waits on it after each
   * result, so a slow reader holds the CLI back instead of filling its memory).
   */
  readonly drain?: () => Promise<void>;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Is standard output a terminal (colour, tables)? */
  readonly stdoutIsTTY: boolean;
  /** Is standard error a terminal (progress bars)? */
  readonly stderrIsTTY?: boolean;
  /** A monotonic clock in milliseconds, for progress bars only (never for rules). */
  readonly now?: () => number;
  /**
   * Writes a file whole (a temporary file, then a link or rename), so it is never half-written;
   * an existing file is an `EEXIST` error unless `overwrite` (`--force`).
   */
  readonly writeFile?: (
    path: string,
    data: string | Uint8Array,
    overwrite?: boolean,
  ) => Promise<void>;
  /** Today's date as YYYY-MM-DD in the user's time zone (the default `--as-of`). */
  readonly today: () => string;
  /**
   * Runs this same command again in a child process set up for a long stream (a V8 heap that
   * stays small; see `io/stream-restart.ts`) and resolves to its exit code, or to undefined when
   * the stream should run here. Only the real process has it.
   */
  readonly restartForStream?: () => Promise<number | undefined>;
}
