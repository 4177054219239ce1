/** The real Io: the process's streams, TTY facts and colour decision. */
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

export function processIo(noColorFlag: boolean): Io {
  return {
    stdout: { write: (text) => void process.stdout.write(text) },
    stderr: { write: (text) => void process.stderr.write(text) },
    stdin: process.stdin,
    isTTY: { stdin: process.stdin.isTTY === true, stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true },
    color: decideColor(process.env, process.stdout.isTTY === true, noColorFlag),
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
  };
}
