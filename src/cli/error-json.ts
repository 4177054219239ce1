/**
 * Under `--format json`, a failing run's error is one JSON line on stderr instead of the text
 * lines (docs/contracts.md, "Errors as JSON"): `{"schema":"care.error/1","error":{code, message,
 * file, line, field, hint},"exit":N}`, so a cron job that parses the output can parse the failure
 * too. The exit code is the one the text mode gives (main.ts's reportError decides it); the
 * message and hint are English, whatever language the text mode speaks, so scripts can match them.
 * Commander's own error text (an unknown option, a missing argument) is silenced and said here.
 */
import { type Command, CommanderError } from 'commander';
import { isCareError } from '../errors.js';
import { schemaId } from '../report/schemas/ids.js';

/** Whether the command line asks for JSON: `--format json`, `--format=json`, `-f json`, `-fjson` (any case), before a `--`. */
export function wantsJsonErrors(argv: readonly string[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') return false;
    const value = arg === '--format' || arg === '-f' ? argv[i + 1] : arg.startsWith('--format=') ? arg.slice(9) : /^-f[^-]/.test(arg) ? arg.slice(2) : undefined;
    if (value?.toLowerCase() === 'json') return true;
  }
  return false;
}

/** Stops commander printing its error text (and the help hint after it) on every command: the JSON line says it. */
export function silenceCommanderErrors(program: Command): void {
  for (const command of [program, ...program.commands]) {
    command.configureOutput({ outputError: () => undefined });
    command.showHelpAfterError(false);
  }
}

/** Commander's error codes as care's (a bad option value is CARE_BAD_OPTION whichever layer finds it). */
const COMMANDER_CODES: Record<string, string> = {
  'commander.invalidArgument': 'CARE_BAD_OPTION',
  'commander.unknownOption': 'CARE_UNKNOWN_OPTION',
  'commander.unknownCommand': 'CARE_UNKNOWN_COMMAND',
  'commander.missingArgument': 'CARE_MISSING_ARGUMENT',
  'commander.optionMissingArgument': 'CARE_MISSING_ARGUMENT',
  'commander.missingMandatoryOptionValue': 'CARE_MISSING_ARGUMENT',
  'commander.excessArguments': 'CARE_EXTRA_ARGUMENT',
};

export interface ErrorJson {
  schema: string;
  error: { code: string; message: string; file: string | null; line: number | null; field: string | null; hint: string | null };
  exit: number;
}

/**
 * The JSON of a failure. `text` is what the text mode would have written (reportError's lines):
 * for errors that are not care's own, its first line is the message and its `hint:` line the hint.
 */
export function errorJson(error: unknown, exit: number, text: string): ErrorJson {
  const json = (code: string, message: string, more: Partial<ErrorJson['error']> = {}): ErrorJson => ({
    schema: schemaId('error'),
    error: { code, message, file: null, line: null, field: null, hint: null, ...more },
    exit,
  });
  if (isCareError(error)) {
    return json(error.code, error.message, { file: error.file ?? null, line: error.line ?? null, field: error.field ?? null, hint: error.hint ?? null });
  }
  if (error instanceof CommanderError) return json(COMMANDER_CODES[error.code] ?? 'CARE_USAGE', error.message.replace(/^error: /, ''), { hint: 'care COMMAND --help lists its arguments and options' });
  const [first = '', ...rest] = text.split('\n');
  const hint = rest.find((line) => line.trimStart().startsWith('hint:'));
  return json(exit === 1 ? 'CARE_INTERNAL' : 'CARE_SYSTEM', first.replace(/^care: /, '').replace(/^internal error: /, ''), { hint: hint === undefined ? null : hint.trimStart().replace(/^hint: /, '') });
}

/**
 * Writes the failure as one JSON line and returns the exit code. `report` is main.ts's reportError
 * with the text captured: it decides the exit code and, for a system or internal error, the words.
 */
export function reportErrorAsJson(error: unknown, write: (text: string) => void, report: (error: unknown, write: (text: string) => void) => number): number {
  let text = '';
  const exit = report(error, (line) => {
    text += line;
  });
  // --help and --version end in a CommanderError too, exit 0: not a failure, nothing to say.
  if (exit === 0) return 0;
  write(`${JSON.stringify(errorJson(error, exit, text))}\n`);
  return exit;
}
