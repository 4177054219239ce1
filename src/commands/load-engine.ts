/**
 * `--engine URL --table NAME` on retention, report, ltv and remind (docs/sql.md): the engine does
 * the aggregation with care's SQL (src/sql) and care reads the small result. Status values are
 * classified by the CSV path's own rules (src/ingest/fields/status.ts), so the same orders count.
 */
import { classifyStatus, isPurchaseMeaning } from '../ingest/fields/status.js';
import type { CohortRow } from '../metrics/cohorts.js';
import type { PeriodRow } from '../metrics/retention.js';
import type { CustomerHistory } from '../model/customer-history.js';
import { currencyExponent } from '../money/currencies.js';
import type { DateFormat } from '../sql/dialect.js';
import { type CustomerSummaryRow, type EngineOrdersOptions, engineCohorts, engineCustomers, engineHistory, engineRetention } from '../sql/engine-duckdb.js';
import type { Day } from '../time/days.js';
import type { PeriodKind } from '../time/periods.js';

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

/** What `--engine` adds to retention, report, ltv and remind. */
export interface EngineOptions extends StatusOptions {
  /** --engine duckdb:FILE (a .duckdb database, a .parquet or a .csv file). */
  engine: string;
  /** --table NAME: the table in a .duckdb database. */
  table?: string;
  /** --map field=column: customer and date required. */
  map?: Record<string, string>;
  asOf?: Day;
  dateFormat?: DateFormat;
  currency?: string;
  countZeroOrders?: boolean;
}

function engineOrders(options: EngineOptions): EngineOrdersOptions {
  return {
    engine: options.engine,
    table: options.table,
    map: options.map ?? {},
    asOf: options.asOf,
    dateFormat: options.dateFormat,
    isPurchaseStatus: purchaseStatus(options),
    decimals: currencyExponent(options.currency),
    countZeroOrders: options.countZeroOrders,
  };
}

/**
 * The customer-days computed inside the engine, as the CustomerHistory every orders command
 * computes from (in place of readOrders), and the as-of day (the last day with an order unless --as-of).
 */
export async function loadEngineHistory(options: EngineOptions): Promise<{ history: CustomerHistory; asOf: Day }> {
  const { history, asOf } = await engineHistory(engineOrders(options));
  if (options.currency !== undefined) history.currency = options.currency.toUpperCase();
  return { history, asOf };
}

/** The period table computed inside the engine (care retention / report with --engine). */
export async function loadEngineRetention(options: EngineOptions & { period: PeriodKind; churnAfter: number }): Promise<{ rows: PeriodRow[]; asOf: Day }> {
  return engineRetention({ ...engineOrders(options), period: options.period, churnAfter: options.churnAfter });
}

/** The cohort table computed inside the engine. */
export async function loadEngineCohorts(options: EngineOptions & { period: PeriodKind; revenue?: boolean }): Promise<{ rows: CohortRow[]; asOf: Day }> {
  return engineCohorts({ ...engineOrders(options), period: options.period, revenue: options.revenue });
}

/** The per-customer summary computed inside the engine (care ltv --model bgnbd with --engine). */
export async function loadEngineCustomers(options: EngineOptions & { calibrationEnd?: Day; unitDays: number }): Promise<{ rows: CustomerSummaryRow[]; asOf: Day; hasAmounts: boolean }> {
  return engineCustomers({ ...engineOrders(options), calibrationEnd: options.calibrationEnd, unitDays: options.unitDays });
}
