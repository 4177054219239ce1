/**
 * Options every data command shares (docs/contracts.md), as the CLI hands them over (parsed and
 * checked: src/cli/option-table.ts), and how they
 * combine with the config file into what the ingestion layer reads with.
 */
import type { CareConfig } from '../config/schema.js';
import { UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
import type { ExportKind } from '../ingest/kinds.js';
import type { DateOrder, EncodingName, ReadOptions } from '../ingest/types.js';
import { parseDelimiter } from '../ingest/formats.js';
import type { Day } from '../time/days.js';

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
  /** --as-of, read by the CLI into a day number. */
  asOf?: Day;
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
      throw new UsageError('CARE_BAD_MAP', `--map ${pair}: expected field=Header`, { hint: 'for example --map customer="Customer ID"', say: say('error.badMapPair', { pair }), hintSay: say('hint.mapExample') });
    }
    result[pair.slice(0, at).trim()] = pair.slice(at + 1);
  }
  return result;
}

/** Read options for one kind of export: config first, then the command line. */
export function readOptionsFor(kind: ExportKind, options: DataOptions, config: CareConfig): ReadOptions {
  return {
    // The CLI turned --delimiter's `tab` into a TAB; the config's value is read here.
    delimiter: options.delimiter ?? unescapeDelimiter(config.delimiter),
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
