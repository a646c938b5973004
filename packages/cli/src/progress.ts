/**
 * A progress bar on standard error for batches, drawn only when standard error is a terminal
 * (never in pipes, files or CI logs) and only after the batch has taken a moment.
 */
import type { CliIo } from './io.js';

/** A running progress bar. */
export interface Progress {
  /** One more item done. */
  tick(): void;
  /** Clears the bar. */
  done(): void;
}

const WIDTH = 24;
const DELAY_MS = 300;

/**
 * Starts a progress bar for `total` items. A no-op unless `io.stderrIsTTY`.
 *
 * @example
 * ```ts
 * const progress = createProgress(io, files.length, 'check');
 * for (const f of files) { work(f); progress.tick(); }
 * progress.done();
 * ```
 */
export function createProgress(io: CliIo, total: number, label: string): Progress {
  if (io.stderrIsTTY !== true || total < 2) return { tick: () => undefined, done: () => undefined };
  const now = io.now ?? (() => 0);
  const started = now();
  let count = 0;
  let drawn = false;
  return {
    tick() {
      count += 1;
      if (!drawn && now() - started < DELAY_MS) return;
      const filled = Math.round((count / total) * WIDTH);
      io.stderr(
        `\r${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${count}/${total}`,
      );
      drawn = true;
    },
    done() {
      if (drawn) io.stderr(`\r${' '.repeat(label.length + WIDTH + 16)}\r`);
    },
  };
}
