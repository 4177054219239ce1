/**
 * `--engine URL --table NAME` (or `--query SQL`) on retention, report, ltv, remind and verify
 * (docs/sql.md): the engine does the aggregation with care's SQL (src/sql) and care reads the small
 * result. The columns are mapped as a CSV's headers are (--map, the config's map, then care's
 * synonyms), and status values are classified by the CSV path's own rules
 * (src/ingest/fields/status.ts), so the same orders count.
 */
import type { CareConfig } from '../config/schema.js';
import { InputError, UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
import { currencyCode } from '../ingest/fields/money.js';
import { classifyStatus, isPurchaseMeaning } from '../ingest/fields/status.js';
import { mapHeaders } from '../ingest/headers.js';
import { ORDER_FIELDS } from '../ingest/kinds.js';
import type { CohortMode, CohortRow } from '../metrics/cohorts.js';
import type { PeriodRow } from '../metrics/retention.js';
import type { CustomerHistory } from '../model/customer-history.js';
import { currencyExponent } from '../money/currencies.js';
import { ORDER_COLUMN_FIELDS, type OrderColumns } from '../sql/customer-days.js';
import { type DateFormat, dialectOf, tableName, trimmedText } from '../sql/dialect.js';
import { withEngine } from '../sql/engine.js';
import type { EngineIngest } from '../model/engine-ingest.js';
import { type EngineOrdersOptions, engineCohorts, engineHistory, engineIngest, engineRetention } from '../sql/engine-metrics.js';
import type { EngineSession } from '../sql/engine-session.js';
import { type Day, formatDay } from '../time/days.js';
import type { PeriodKind } from '../time/periods.js';
import type { Io } from '../io/types.js';
import { type DataOptions, parseMapPairs } from './data-options.js';
import { type LoadedOrders, loadOrders } from './load-orders.js';

export type { EngineIngest };

/** The status options shared by `care sql` and `--engine`. */
export interface StatusOptions {
  /** --include-status / --exclude-status, as written: always a purchase / never one. */
  includeStatus?: string[];
  excludeStatus?: string[];
}

/** Whether an order with this status is a purchase, by the rules of the CSV path. */
export function purchaseStatus(options: StatusOptions): (value: string) => boolean {
  return (value) => isPurchaseMeaning(classifyStatus(value, undefined, options.includeStatus, options.excludeStatus));
}

/** What the ENGINE_OPTIONS group (src/cli/option-table.ts) gives a command. */
export interface EngineCliOptions {
  /** --engine duckdb:FILE | postgres://… | clickhouse://… */
  engine?: string;
  /** --table NAME: the orders table (schema.table allowed). */
  table?: string;
  /** --query SQL: the orders as the rows of a SELECT, instead of --table. */
  query?: string;
  /** --engine-date-format: how a text date column is written (default ISO). */
  engineDateFormat?: DateFormat;
}

/**
 * The orders come from a file or from --engine, never both and never neither: the file argument
 * is optional only because --engine can stand in for it.
 */
export function inputOrEngine(command: string, file: string | undefined, options: EngineCliOptions & FileReadingOptions): string | undefined {
  if (options.engine === undefined) {
    if (options.table !== undefined || options.query !== undefined) throw new UsageError('CARE_BAD_OPTION', `${options.table !== undefined ? '--table' : '--query'} goes with --engine URL`, { hint: `care ${command} --engine duckdb:shop.duckdb --table orders`, say: say('error.goesWithEngine', { flag: options.table !== undefined ? '--table' : '--query' }), hintSay: say('hint.forExampleOnly', { example: `care ${command} --engine duckdb:shop.duckdb --table orders` }) });
    if (file === undefined) throw new UsageError('CARE_NO_INPUT', 'name an orders file, or --engine URL --table NAME', { hint: `care ${command} orders.csv`, say: say('error.nameOrdersOrEngine'), hintSay: say('hint.forExampleOnly', { example: `care ${command} orders.csv` }) });
    return file;
  }
  if (file !== undefined) throw new UsageError('CARE_BAD_OPTION', `--engine reads the orders from ${options.engine.split(':')[0]}: leave out ${file}`, { hint: 'care verify --engine URL FILE compares the two', say: say('error.engineNoFile', { engine: options.engine.split(':')[0] ?? '', file }), hintSay: say('hint.verifyCompares') });
  const unused = FILE_READING_FLAGS.filter(([name]) => options[name] !== undefined && options[name] !== false).map(([, flag]) => flag);
  if (unused.length > 0) {
    throw new UsageError('CARE_BAD_OPTION', `${unused.join(', ')} ${unused.length === 1 ? 'applies' : 'apply'} only to reading a file, and --engine reads none`, { hint: 'leave it out; with --engine, --engine-date-format says how a text date column is written', say: say('error.fileOnlyFlags', { flags: unused.join(', '), count: unused.length }), hintSay: say('hint.leaveOutEngineDate') });
  }
  return undefined;
}

/** The options that only say how to read a file: with --engine they would do nothing, so they are refused rather than ignored. */
type FileReadingOptions = Partial<Pick<DataOptions, 'delimiter' | 'encoding' | 'dateFormat' | 'strict' | 'rejects' | 'profile'>>;
const FILE_READING_FLAGS: readonly [keyof FileReadingOptions, string][] = [
  ['delimiter', '--delimiter'], ['encoding', '--encoding'], ['dateFormat', '--date-format'], ['strict', '--strict'], ['rejects', '--rejects'], ['profile', '--profile'],
];

/** The engine's columns mapped to care's fields as a CSV's headers are: --map, the config, then synonyms. */
function mapColumns(session: EngineSession, options: DataOptions, config: CareConfig): { map: Partial<OrderColumns>; currencyColumn?: string } {
  const overrides = { ...config.map?.orders, ...parseMapPairs(options.map) };
  const mapping = mapHeaders(session.columns, ORDER_FIELDS, overrides, session.display);
  const map: Partial<OrderColumns> = {};
  for (const field of ORDER_COLUMN_FIELDS) {
    const index = mapping.fields[field];
    if (index !== undefined) map[field] = session.columns[index]!;
  }
  const currency = mapping.fields['currency'];
  return { map, currencyColumn: currency === undefined ? undefined : session.columns[currency] };
}

/** --currency, else the one currency the table's currency column holds (a table of several needs --currency). */
async function currencyOf(session: EngineSession, column: string | undefined, asked: string | undefined): Promise<string | undefined> {
  if (asked !== undefined) return currencyCode(asked) ?? asked.toUpperCase();
  if (column === undefined) return undefined;
  const d = dialectOf(session.dialect);
  const rows = await session.run(`SELECT DISTINCT ${trimmedText(d, d.ident(column))} AS value FROM ${tableName(d, session.table)} WHERE ${d.ident(column)} IS NOT NULL LIMIT 3`);
  const codes = [...new Set(rows.map((row) => String(row['value'])).filter((value) => value !== '').map((value) => currencyCode(value) ?? value.toUpperCase()))];
  if (codes.length > 1) throw new UsageError('CARE_MIXED_CURRENCIES', `the table holds several currencies (${codes.join(', ')}): the engine path reads one`, { hint: 'give --currency CODE and a --query that keeps only its rows', say: say('error.engineCurrencies', { codes: codes.join(', ') }), hintSay: say('hint.currencyQuery') });
  return codes[0];
}

/** The engine's orders options from the command's: columns, statuses, minor unit, zero orders, as-of. */
async function ordersOptions(session: EngineSession, options: DataOptions & EngineCliOptions, config: CareConfig): Promise<{ orders: EngineOrdersOptions; currency?: string }> {
  const { map, currencyColumn } = mapColumns(session, options, config);
  const currency = await currencyOf(session, currencyColumn, options.currency ?? config.currency);
  const statuses = { includeStatus: [...(config.includeStatus ?? []), ...(options.includeStatus ?? [])], excludeStatus: [...(config.excludeStatus ?? []), ...(options.excludeStatus ?? [])] };
  return {
    currency,
    orders: {
      map,
      asOf: options.asOf,
      dateFormat: options.engineDateFormat,
      isPurchaseStatus: purchaseStatus(statuses),
      decimals: currencyExponent(currency),
      countZeroOrders: options.zeroOrders === 'count',
    },
  };
}

/** As the CSV path: an --as-of before the first order is exit 3. */
function checkAsOf(session: EngineSession, asOf: Day, firstDay: Day | undefined): void {
  if (firstDay !== undefined && asOf < firstDay) {
    throw new InputError('CARE_AS_OF_TOO_EARLY', `--as-of ${formatDay(asOf)} is before the first order (${formatDay(firstDay)})`, { file: session.display, hint: 'pick a later --as-of, or leave it out to use the last date in the data', say: say('error.asOfTooEarly', { asOf: formatDay(asOf), first: formatDay(firstDay) }), hintSay: say('hint.laterAsOf') });
  }
}

/** What every orders command reads from an engine instead of a file. */
export interface EngineOrdersRead {
  history: CustomerHistory;
  asOf: Day;
  ingest: EngineIngest;
}

/** Reads one session's customer-days as the CustomerHistory the commands compute from (report, ltv, remind). */
async function historyOf(session: EngineSession, options: DataOptions & EngineCliOptions, config: CareConfig): Promise<EngineOrdersRead> {
  const { orders, currency } = await ordersOptions(session, options, config);
  const { history, asOf } = await engineHistory(session, orders);
  checkAsOf(session, asOf, history.firstDay);
  if (currency !== undefined) history.currency = currency;
  return { history, asOf, ingest: await engineIngest(session, orders) };
}

/** The customer-days computed inside the engine, in place of loadOrders (load-orders.ts). */
export async function loadEngineOrders(options: DataOptions & EngineCliOptions & { engine: string }, config: CareConfig): Promise<EngineOrdersRead> {
  return withEngine(options.engine, options.table, options.query, (session) => historyOf(session, options, config));
}

/** The period and cohort tables computed inside the engine (care retention). */
export interface EngineTables {
  periods: PeriodRow[];
  cohorts: CohortRow[];
  asOf: Day;
  currency?: string;
  ingest: EngineIngest;
}

/**
 * care retention --engine: the period table and the cohort table computed inside the engine; with
 * `history`, the customer-days too (the cohort mode "on or after" and the vendor conventions read them).
 */
export async function loadEngineTables(
  options: DataOptions & EngineCliOptions & { engine: string },
  config: CareConfig,
  tables: { period: PeriodKind; churnAfter: number; revenue?: boolean; cohortMode?: CohortMode; history?: boolean },
): Promise<EngineTables & { history?: CustomerHistory }> {
  return withEngine(options.engine, options.table, options.query, async (session) => {
    const { orders, currency } = await ordersOptions(session, options, config);
    const retention = await engineRetention(session, { ...orders, period: tables.period, churnAfter: tables.churnAfter });
    const read = tables.history === true || tables.cohortMode === 'on-or-after' ? await historyOf(session, options, config) : undefined;
    if (read !== undefined) checkAsOf(session, retention.asOf, read.history.firstDay);
    const cohorts = tables.cohortMode === 'on-or-after' ? undefined : (await engineCohorts(session, { ...orders, period: tables.period, revenue: tables.revenue })).rows;
    return { periods: retention.rows, cohorts: cohorts ?? [], asOf: retention.asOf, currency, ingest: await engineIngest(session, orders), history: read?.history };
  });
}

/** Both the customer-days and the engine's own tables, from one session (care verify). */
export async function withEngineOrders<T>(options: DataOptions & EngineCliOptions & { engine: string }, config: CareConfig, work: (session: EngineSession, orders: EngineOrdersOptions) => Promise<T>): Promise<T> {
  return withEngine(options.engine, options.table, options.query, async (session) => work(session, (await ordersOptions(session, options, config)).orders));
}

/**
 * The orders of report, ltv and remind: the export read by care (loadOrders), or with --engine the
 * customer-days the engine computed. `by` (ltv --by) is read from a file only.
 */
export async function loadOrdersOrEngine(io: Io, command: string, file: string | undefined, options: DataOptions & EngineCliOptions, config: CareConfig, by?: string): Promise<EngineOrdersRead | LoadedOrders> {
  if (options.engine === undefined) return loadOrders(io, inputOrEngine(command, file, options)!, options, config, by);
  inputOrEngine(command, file, options);
  if (by !== undefined) throw new UsageError('CARE_BAD_OPTION', '--by reads a column of each order, which --engine does not return yet', { hint: 'run it on the CSV export, or compute by segment with care sql customers and your own grouping', say: say('error.byNotWithEngine'), hintSay: say('hint.byOnCsv') });
  return loadEngineOrders({ ...options, engine: options.engine }, config);
}
