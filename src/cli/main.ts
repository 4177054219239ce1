/**
 * The entry point: parse argv, run the command, and turn every error into one line on stderr
 * and an exit code (docs/exit-codes.md) — the only place that does. No stack trace unless
 * CARE_DEBUG=1. Also the process's edges: stdout failures, and SIGINT/SIGTERM removing the temp
 * and lock files of the run.
 */
import { CommanderError } from 'commander';
import { isCareError } from '../errors.js';
import { escapeControls } from '../text/escape.js';
import { removeLiveFiles } from '../io/live-files.js';
import { describeErrno, errnoOf, isPathProblem } from '../io/write-error.js';
import { processIo, settleStdout, stdoutError, watchStdout } from './io.js';
import type { Io } from '../io/types.js';
import type { CommandSpec } from './command-spec.js';
import { buildProgram } from './program.js';
import { reportErrorAsJson, silenceCommanderErrors, wantsJsonErrors } from './error-json.js';
import type { Locale } from '../locale.js';
import { internalErrorText, spokenError } from './error-text.js';
import { runLanguage } from './message-language.js';

/** Maps any thrown value to an exit code, writing the one-line message. */
export function reportError(error: unknown, write: (text: string) => void, debug: boolean, lang: Locale = 'en'): number {
  if (isCareError(error)) {
    // The message and hint may quote data (a header, a cell, a file name): no raw control characters.
    const spoken = spokenError(error, lang);
    write(`care: ${escapeControls(spoken.line)}\n`);
    if (spoken.hint) write(`  ${spoken.hintLabel}: ${escapeControls(spoken.hint)}\n`);
    if (debug && error.stack) write(`${error.stack}\n`);
    return error.exitCode;
  }
  if (error instanceof CommanderError) {
    // Commander has printed its own message; --help and --version are successes.
    return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
  }
  const code = errnoOf(error);
  if (code !== undefined) return reportSystemError(error as NodeJS.ErrnoException, code, write, debug);
  const message = error instanceof Error ? error.message : String(error);
  write(internalErrorText(lang, message));
  if (debug && error instanceof Error && error.stack) write(`${error.stack}\n`);
  return 1;
}

/**
 * A system error no layer turned into a CareError still gets one line and the exit code of its
 * kind: 2 when the path is unusable, 3 when the device failed (io/write-error.ts) — never 1.
 */
function reportSystemError(error: NodeJS.ErrnoException, code: string, write: (text: string) => void, debug: boolean): number {
  const where = error.path === undefined ? '' : `${error.path}: `;
  const what = error.syscall === undefined ? 'cannot complete' : `cannot ${error.syscall}`;
  write(`care: ${where}${what}: ${describeErrno(code)}\n`);
  if (debug && error.stack) write(`${error.stack}\n`);
  return isPathProblem(code) ? 2 : 3;
}

/**
 * Runs one command line against an Io and returns the exit code; in-process tests pass a fake Io
 * (and the commands to run instead of the real ones). argv is as process.argv: node, script, args.
 */
export async function main(argv: string[], given?: Io, commands?: readonly CommandSpec[]): Promise<number> {
  // Only the process's own Io has a real stdout to settle; an injected one is the caller's.
  const io = given ?? processIo(argv.includes('--no-color'));
  const debug = io.env['CARE_DEBUG'] === '1';
  const jsonErrors = wantsJsonErrors(argv);
  let lang: Locale = 'en';
  try {
    lang = await runLanguage(argv, io);
    const program = buildProgram(lang === 'en' ? io : { ...io, lang }, commands, lang);
    if (jsonErrors) silenceCommanderErrors(program);
    await program.parseAsync(argv);
    if (given === undefined) {
      await settleStdout();
      const failed = stdoutError();
      if (failed !== undefined) throw failed;
    }
    return 0;
  } catch (error) {
    // --format json: the error as one JSON line (error-json.ts), the exit code unchanged.
    if (jsonErrors) return reportErrorAsJson(error, io.stderr.write, (thrown, write) => reportError(thrown, write, false, lang));
    return reportError(error, io.stderr.write, debug, lang);
  }
}

/** Exit codes of a run stopped by a signal: 128 + the signal number, as shells report them. */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

/** Runs care as the process (bin/care.js calls this); importing this module runs nothing. */
export async function run(argv: string[] = process.argv): Promise<void> {
  // A closed pipe (care … | head) is not an error: stop quietly, leaving no temp file behind.
  watchStdout(() => {
    removeLiveFiles();
    process.exit(0);
  });
  for (const [signal, exitCode] of Object.entries(SIGNAL_EXIT)) {
    process.once(signal, () => {
      removeLiveFiles();
      process.exit(exitCode);
    });
  }
  process.exitCode = await main(argv);
}
