/**
 * What the CLI does when the world outside fails it: standard output closed by the reader
 * (`inovasi check dir | head -1`, EPIPE), a full disk (ENOSPC), or another write error. It stops
 * at once with one line on standard error — never a stack trace — and an exit code that cannot be
 * read as a domain answer (1 means "not ready").
 *
 * @module
 */
import { EXIT_OUTPUT_CLOSED, EXIT_IO } from './exit-codes.js';

/** The exit code and message for an error on standard output, or undefined for other errors. */
export function describeOutputError(error: unknown): { code: number; message: string } {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED')
    return {
      code: EXIT_OUTPUT_CLOSED,
      message:
        'inovasi: standard output was closed before everything was written (EPIPE); stopped.\n',
    };
  if (code === 'ENOSPC')
    return {
      code: EXIT_IO,
      message: 'inovasi: cannot write standard output: the disk is full (ENOSPC); stopped.\n',
    };
  return {
    code: EXIT_IO,
    message: `inovasi: cannot write standard output (${code ?? (error instanceof Error ? error.message : String(error))}); stopped.\n`,
  };
}
