/**
 * Shared options, declared once and added to every data command (docs/contracts.md), and the value
 * parsers that turn a bad value into a usage error (exit 2) before any work starts.
 */
import { type Command, InvalidArgumentError, Option } from 'commander';
import { parseAsOf } from '../commands/data-options.js';
import { DATE_ORDERS, ENCODINGS, parseDelimiter } from '../ingest/formats.js';
import { PERIOD_KINDS } from '../time/periods.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

function choice<T extends string>(name: string, allowed: readonly T[]) {
  return (value: string): T => {
    const found = allowed.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
    if (found === undefined) throw new InvalidArgumentError(`expected one of ${allowed.join(', ')}`);
    return found;
  };
}

export const FORMATS = ['table', 'csv', 'json', 'md'] as const;
// The lists live beside their types (ingest/formats.ts, time/periods.ts); the config schema takes the same ones.
export { ENCODINGS };
export const DATE_FORMATS = DATE_ORDERS;
export const PERIODS = PERIOD_KINDS;

/** --delimiter and --encoding, the same for every command that reads a CSV: `tab` is a TAB, an unknown encoding exit 2. */
export const delimiterOption = (description: string) => new Option('--delimiter <char>', description).argParser((value: string) => parseDelimiter(value));
export const encodingOption = (description: string) => new Option('--encoding <name>', description).argParser(choice('--encoding', ENCODINGS));

/** --as-of is checked here, before any file is opened (exit 2); the commands read the day with the same parseAsOf. */
function checkAsOf(text: string): string {
  parseAsOf(text);
  return text;
}

/** Adds the options every data command takes. */
export function addDataOptions(command: Command, formats: readonly string[] = FORMATS): Command {
  return command
    .addOption(new Option('-f, --format <format>', `output format: ${formats.join(', ')}`).argParser(choice('--format', formats)).default('table'))
    .option('-o, --out <file>', 'write the output there (atomically); {asOf} and {isoWeek} in the name are filled in')
    .option('--map <field=Header>', 'map a field to a header of the export (repeatable)', collect)
    .option('--config <file>', 'config file (default: ./care.config.json when present)')
    .addOption(delimiterOption("field delimiter (default: sniffed from , ; tab |); 'tab' for tab"))
    .addOption(encodingOption('file encoding (default: sniffed)'))
    .addOption(new Option('--date-format <order>', 'how to read slashed dates: DMY, MDY or YMD (default: decided from the data)').argParser(choice('--date-format', DATE_FORMATS)))
    .addOption(new Option('--as-of <date>', 'the "today" of the report, YYYY-MM-DD (default: the last date in the data)').argParser(checkAsOf))
    .option('--currency <code>', 'keep amounts in this currency when the file mixes several')
    .option('--strict', 'fail on the first bad row (exit 3) instead of skipping and counting it')
    .option('--rejects <file>', 'write skipped rows, with line number and reason, to this CSV')
    .option('--profile <name|file>', "read with this export profile (care profiles lists them; a profile JSON file; 'none' turns detection off)")
    .option('--include-status <value>', 'count rows with this status or deal stage as purchases (repeatable)', collect)
    .option('--exclude-status <value>', 'leave rows with this status or deal stage out (repeatable)', collect)
    .addOption(new Option('--zero-orders <rule>', 'orders of 0.00: skip (default) or count them as purchases').argParser(choice('--zero-orders', ['skip', 'count'])))
    .option('--no-color', 'plain output without colour (also NO_COLOR=1)');
}

export const periodOption = () => new Option('--period <period>', 'period: week, month, quarter or year').argParser(choice('--period', PERIODS));

export { choice, collect };
