/**
 * Exit codes for failures outside inovasi (beside the domain codes 0–3 and 70 in `errors.ts`).
 *
 * @module
 */

/** Standard output was closed by its reader (128 + SIGPIPE, as a shell reports it). */
export const EXIT_OUTPUT_CLOSED = 141;

/** Reading or writing failed: a full disk, an I/O error (EX_IOERR of sysexits.h). */
export const EXIT_IO = 74;
