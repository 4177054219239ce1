/**
 * The entry point: parse argv, run the command, and turn every error into one line on stderr
 * and an exit code (DESIGN.md §2) — the only place that does. No stack trace unless CARE_DEBUG=1.
 */
import { CommanderError } from 'commander';
import { isCareError } from '../errors.js';
import { processIo } from './io.js';
import { buildProgram } from './program.js';

/** Maps any thrown value to an exit code, writing the one-line message. */
export function reportError(error: unknown, write: (text: string) => void, debug: boolean): number {
  if (isCareError(error)) {
    write(`care: ${error.describe()}\n`);
    if (error.hint) write(`  hint: ${error.hint}\n`);
    if (debug && error.stack) write(`${error.stack}\n`);
    return error.exitCode;
  }
  if (error instanceof CommanderError) {
    // Commander has printed its own message; --help and --version are successes.
    return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  write(`care: internal error: ${message}\n  hint: this is a bug in care; run again with CARE_DEBUG=1 and report the output\n`);
  if (debug && error instanceof Error && error.stack) write(`${error.stack}\n`);
  return 1;
}

export async function main(argv: string[]): Promise<number> {
  const noColor = argv.includes('--no-color');
  const io = processIo(noColor);
  const debug = process.env['CARE_DEBUG'] === '1';
  try {
    await buildProgram(io).parseAsync(argv);
    return 0;
  } catch (error) {
    return reportError(error, io.stderr.write, debug);
  }
}

/** Runs care as the process (bin/care.js calls this); importing this module runs nothing. */
export async function run(argv: string[] = process.argv): Promise<void> {
  // A closed pipe (care … | head) is not an error: stop quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.exitCode = await main(argv);
}
