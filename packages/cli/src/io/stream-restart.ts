/**
 * A long stream (`check --stream`, `.jsonl` input) runs in a child Node process whose V8 heap is
 * set up to stay small: `--optimize-for-size` and one-megabyte semi-spaces. With Node's defaults
 * the heap limit grows with the run (V8 lets more garbage pile up between full collections as it
 * goes), so peak RSS rose from 78 MB at 10,000 short proposals to 112 MB at 100,000 although the
 * data kept stayed at about 15 MB; in the child it is 66 MB and 70 MB. These flags can only be set
 * when a process starts (`NODE_OPTIONS` refuses `--optimize-for-size`), hence the child.
 *
 * The child runs the same command with the same arguments, inherits the standard streams (nothing
 * has been read from standard input yet) and its exit code is the command's. Set
 * `INOVASI_STREAM_RESTART=off` to run the stream in the first process.
 *
 * @module
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

/** The V8 flags of the child. */
export const STREAM_NODE_FLAGS = ['--optimize-for-size', '--max-semi-space-size=1'] as const;

/** Set in the child's environment, so it does not restart again. */
const CHILD_MARK = 'INOVASI_STREAM_CHILD';

/** The process facts a restart needs (the real `process` in the binary; a fake in tests). */
export interface RestartHost {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly execPath: string;
  readonly execArgv: readonly string[];
  /** `process.argv`: Node, the script, then the command's arguments. */
  readonly argv: readonly string[];
  /** Adds a signal listener (`process.on`); returns a function that removes it. */
  readonly onSignal: (signal: NodeJS.Signals, listener: () => void) => () => void;
  /** Sends a signal to this process (`process.kill(process.pid, signal)`). */
  readonly raise: (signal: NodeJS.Signals) => void;
}

/** Should this process run the stream in a child set up for it? */
export function shouldRestart(host: RestartHost): boolean {
  if (host.env[CHILD_MARK] === '1') return false;
  if ((host.env.INOVASI_STREAM_RESTART ?? '').toLowerCase() === 'off') return false;
  if (host.argv[1] === undefined) return false;
  // already started with the flags (by hand, or by a wrapper)
  return !STREAM_NODE_FLAGS.every((flag) => host.execArgv.includes(flag));
}

/** The exit code of a bug in inovasi (a child that ended with neither a code nor a signal). */
const EXIT_INTERNAL = 70;

/**
 * Runs the command again in a child set up for a long stream; resolves to its exit code, or to
 * undefined when this process should run the stream itself (it is the child, the restart is
 * turned off, or the child could not start).
 */
export function restartForStream(host: RestartHost): Promise<number | undefined> {
  if (!shouldRestart(host)) return Promise.resolve(undefined);
  const [, script, ...args] = host.argv;
  return new Promise((resolve) => {
    let started = false;
    const child = spawn(
      host.execPath,
      [...STREAM_NODE_FLAGS, ...host.execArgv, script ?? '', ...args],
      { stdio: 'inherit', env: { ...host.env, [CHILD_MARK]: '1' } },
    );
    // A signal to this process (Ctrl-C, kill <pid>) is passed on; this process waits for the
    // child to end and answers with its code.
    const off = (['SIGINT', 'SIGTERM', 'SIGHUP'] as const).map((signal) =>
      host.onSignal(signal, () => child.kill(signal)),
    );
    const settle = (code: number | undefined): void => {
      for (const remove of off) remove();
      resolve(code);
    };
    child.once('spawn', () => {
      started = true;
    });
    child.once('error', () => {
      // could not start (no such executable, no memory for a process): run here instead
      if (!started) settle(undefined);
    });
    child.once('exit', (code, signal) => {
      if (signal === null) {
        settle(code ?? EXIT_INTERNAL);
        return;
      }
      // ended by a signal: this process ends by the same one, as the command alone would have
      // (the code is for a host whose signal does not end it)
      settle(128 + constants.signals[signal]);
      host.raise(signal);
    });
  });
}
