/**
 * Options every data command shares (docs/contracts.md), as the CLI hands them over, and how they
 * combine with the config file into what the ingestion layer reads with.
 */
import type { CareConfig } from '../config/schema.js';
import { UsageError } from '../errors.js';
import type { ExportKind } from '../ingest/kinds.js';
import type { DateOrder, EncodingName, ReadOptions } from '../ingest/types.js';
import { parseDelimiter } from '../ingest/formats.js';
import { DATE_RANGE, MAX_DAY, MIN_DAY } from '../ingest/fields/date.js';
import { type Day, parseIsoDay } from '../time/days.js';
import { boundOfFlag, checkBound } from './option-bounds.js';

export type OutputFormat = 'table' | 'csv' | 'json' | 'md' | 'html';

export interface DataOptions {
  format?: OutputFormat;
  out?: string;
  /** `field=Header` pairs from --map. */
  map?: string[];
  config?: string;
  delimiter?: string;
  encoding?: EncodingName;
  dateFormat?: DateOrder;
  asOf?: string;
  strict?: boolean;
  rejects?: string;
  currency?: string;
  /** `count`: orders of 0.00 are purchases too (default `skip`, docs/definitions.md "Purchases"). */
  zeroOrders?: 'skip' | 'count';
  /** --profile NAME|FILE|none (docs/profiles.md). */
  profile?: string;
  /** --include-status / --exclude-status values (repeatable). */
  includeStatus?: string[];
  excludeStatus?: string[];
}

/** `['customer=Клиент', 'date=Дата']` → `{ customer: 'Клиент', date: 'Дата' }`. */
export function parseMapPairs(pairs: readonly string[] = []): Record<string, string> {
  const result: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0 || at === pair.length - 1) {
      throw new UsageError('CARE_BAD_MAP', `--map ${pair}: expected field=Header`, { hint: 'for example --map customer="Customer ID"' });
    }
    result[pair.slice(0, at).trim()] = pair.slice(at + 1);
  }
  return result;
}

/** Read options for one kind of export: config first, then the command line. */
export function readOptionsFor(kind: ExportKind, options: DataOptions, config: CareConfig): ReadOptions {
  return {
    delimiter: unescapeDelimiter(options.delimiter ?? config.delimiter),
    encoding: options.encoding ?? config.encoding,
    dateFormat: options.dateFormat ?? config.dateFormat,
    map: { ...config.map?.[kind], ...parseMapPairs(options.map) },
    strict: options.strict ?? false,
    currency: options.currency ?? config.currency,
    countZeroOrders: options.zeroOrders === 'count',
    profileName: options.profile ?? config.profile,
    profileFiles: config.profiles,
    includeStatus: [...(config.includeStatus ?? []), ...(options.includeStatus ?? [])],
    excludeStatus: [...(config.excludeStatus ?? []), ...(options.excludeStatus ?? [])],
  };
}

function unescapeDelimiter(delimiter: string | undefined): string | undefined {
  return delimiter === undefined ? undefined : parseDelimiter(delimiter);
}

/** --as-of as a day number; undefined when not given. Every command's --as-of goes through here. */
export function parseAsOf(text: string | undefined): Day | undefined {
  return text === undefined ? undefined : parseDayOption('--as-of', text, '2011-12-09');
}

/** A date option (`--as-of`, `--calibration-end`) as a day number: YYYY-MM-DD within the dates care reads, else exit 2. */
export function parseDayOption(name: string, text: string, example: string): Day {
  const day = parseIsoDay(text);
  if (day === undefined) throw new UsageError('CARE_BAD_DATE_OPTION', `${name} ${text}: expected a date as YYYY-MM-DD`, { hint: `for example ${name} ${example}` });
  if (day < MIN_DAY || day > MAX_DAY) {
    throw new UsageError('CARE_BAD_DATE_OPTION', `${name} ${text}: outside the dates care reads (${DATE_RANGE.min} to ${DATE_RANGE.max})`, { hint: 'docs/guarantees.md, "Time has bounds"' });
  }
  return day;
}

/** A whole number option within bounds (option-bounds.ts holds the upper bound of each). */
export function parsePositiveInt(name: string, text: string | number | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = typeof text === 'number' ? text : Number(text);
  if (!Number.isInteger(value) || value <= 0) throw new UsageError('CARE_BAD_OPTION', `${name} ${text}: expected a whole number above 0`);
  const bound = boundOfFlag(name);
  return bound === undefined ? value : checkBound(bound, value);
}
