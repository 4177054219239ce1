/** The real Io: the process's streams, TTY facts and colour decision, and what became of stdout. */
import { OutputError } from '../errors.js';
import { say } from '../i18n/index.js';
import type { Io } from '../io/types.js';

/**
 * Colour only for a terminal, never under NO_COLOR (https://no-color.org: any non-empty value)
 * or --no-color; chalk alone does not honour NO_COLOR, so the decision is made here.
 */
export function decideColor(env: NodeJS.ProcessEnv, stdoutIsTTY: boolean, noColorFlag: boolean): boolean {
  if (noColorFlag) return false;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0') return true;
  return stdoutIsTTY && env['TERM'] !== 'dumb';
}

/** The first error stdout reported other than a closed pipe (ENOSPC on `> /dev/full`, EIO). */
let stdoutFailure: NodeJS.ErrnoException | undefined;

/**
 * Listens for stdout errors: a closed pipe (`care … | head`) calls `onClosedPipe` (the CLI ends
 * quietly with exit 0); any other error is remembered, so the next write and the end of the run
 * report it (stdoutError). Stream errors arrive as events, never as a throw from write().
 */
export function watchStdout(onClosedPipe: () => void, stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') onClosedPipe();
    else stdoutFailure ??= error;
  });
  // A closed or full stderr has nowhere left to say anything: never crash over it.
  process.stderr.on('error', () => undefined);
}

/** `care: cannot write to standard output (ENOSPC)`, exit 3; undefined while stdout is fine. */
export function stdoutError(): OutputError | undefined {
  if (stdoutFailure === undefined) return undefined;
  const code = stdoutFailure.code ?? 'EIO';
  return new OutputError('CARE_CANNOT_WRITE_STDOUT', `cannot write to standard output (${code})`, { say: say('error.cannotWriteStdout', { code }) });
}

/** Resolves once everything written to stdout has left the process, or stdout failed. */
export function settleStdout(stream: NodeJS.WriteStream = process.stdout): Promise<void> {
  return new Promise((resolve) => {
    // Errors of a synchronous stream (a file, /dev/full) are emitted on the next tick.
    setImmediate(() => {
      if (stream.writableLength === 0 || stream.destroyed || stdoutFailure !== undefined) return resolve();
      const done = () => {
        stream.off('drain', done);
        stream.off('error', done);
        stream.off('close', done);
        resolve();
      };
      stream.on('drain', done);
      stream.on('error', done);
      stream.on('close', done);
    });
  });
}

export function processIo(noColorFlag: boolean): Io {
  return {
    stdout: {
      write: (text) => {
        const failed = stdoutError();
        if (failed !== undefined) throw failed;
        process.stdout.write(text);
      },
    },
    stderr: { write: (text) => void process.stderr.write(text) },
    stdin: process.stdin,
    isTTY: { stdin: process.stdin.isTTY === true, stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true },
    color: decideColor(process.env, process.stdout.isTTY === true, noColorFlag),
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
  };
}
