/**
 * care's contracts computed inside an engine (docs/sql.md), in any dialect: an open EngineSession
 * (engine-session.ts; DuckDB, PostgreSQL or ClickHouse) runs the SQL of customer-days.ts and
 * metrics-sql.ts and care reads the small result into the shapes the metrics read — customer-days
 * as a CustomerHistory, the period table, the cohort table, the per-customer summary.
 *
 * The customer-days are computed once per session (a temporary table where the engine keeps one
 * for the session: DuckDB and PostgreSQL) and every metric query of that session reads them.
 */
import { InputError, UsageError } from '../errors.js';
import { type MessageRef, say } from '../i18n/index.js';
import type { CohortRow } from '../metrics/cohorts.js';
import type { PeriodRow } from '../metrics/retention.js';
import type { CustomerHistory } from '../model/customer-history.js';
import type { EngineIngest } from '../model/engine-ingest.js';
import type { Day } from '../time/days.js';
import type { PeriodKind } from '../time/periods.js';
import { buildCalendar } from './calendar.js';
import { ORDER_COLUMN_FIELDS, type OrderColumns, type OrdersSqlOptions, type StatusValue, customerDaysCtes, customerDaysSql, hasAmounts } from './customer-days.js';
import { type DateFormat, dialectOf, tableName } from './dialect.js';
import type { EngineSession } from './engine-session.js';
import { cohortsSql, customersSql, retentionSql } from './metrics-sql.js';

/** Distinct status values read for classification; a column with more is not a status. */
const STATUS_LIMIT = 10_000;
/** A day past any real data, for the customer-days kept for the whole session. */
const FAR_FUTURE: Day = 2_000_000;

/** How the orders are read from the session's table, whatever the metric. */
export interface EngineOrdersOptions {
  /** `--map field=column`, care's field names to the table's columns. */
  map: Partial<OrderColumns>;
  /** --as-of; default the last day with an order. */
  asOf?: Day;
  dateFormat?: DateFormat;
  /** Whether an order with this status value is a purchase (src/ingest's classifyStatus; passed in by the command). */
  isPurchaseStatus?: (value: string) => boolean;
  decimals?: number;
  countZeroOrders?: boolean;
}

/** The orders of a session, ready for the metric queries. */
interface Prepared {
  orders: OrdersSqlOptions;
  firstDay: Day | undefined;
  lastDay: Day | undefined;
  /** Customer-days in the engine, up to any day (the as-of day cuts them per query). */
  customerDays: number;
}

/** Per session, the preparations made (keyed by the options that shape the customer-days). */
const PREPARED = new WeakMap<EngineSession, Map<string, Promise<Prepared>>>();

/** Where the orders come from, for messages: the engine and the user's table. */
export function describeSource(session: EngineSession): string {
  return session.table.startsWith('care_') ? session.display : `table ${session.table} of ${session.display}`;
}

/** describeSource in the language of the run. */
export function sourceSaid(session: EngineSession): MessageRef {
  return session.table.startsWith('care_') ? say('sql.engineSource', { engine: session.display }) : say('sql.tableOf', { table: session.table, engine: session.display });
}

/** The column map checked against the table: customer and date required, every mapped column present. */
export function checkColumns(map: Partial<OrderColumns>, columns: readonly string[], where: string, whereSaid: MessageRef = say('sql.engineSource', { engine: where })): OrderColumns {
  for (const [field, column] of Object.entries(map)) {
    if (!(ORDER_COLUMN_FIELDS as readonly string[]).includes(field)) throw new UsageError('CARE_BAD_MAP', `--map ${field}=${column}: care reads no field "${field}" from orders`, {
      hint: `fields: ${ORDER_COLUMN_FIELDS.join(', ')}`, say: say('error.sqlNoField', { field, column: String(column) }), hintSay: say('hint.fieldsList', { fields: ORDER_COLUMN_FIELDS.join(', ') }),
    });
    if (column !== undefined && !columns.includes(column)) throw new UsageError('CARE_NO_COLUMN', `--map ${field}=${column}: ${where} has no column "${column}"`, {
      hint: `its columns: ${columns.join(', ')}`, say: say('error.mapNoColumn', { field, column, source: whereSaid }), hintSay: say('hint.itsColumns', { columns: columns.join(', ') }),
    });
  }
  for (const field of ['customer', 'date'] as const) {
    if (map[field] === undefined) throw new UsageError('CARE_NO_COLUMN', `--map ${field}=COLUMN is needed with --engine`, {
      hint: `the columns of ${where}: ${columns.join(', ')}`, say: say('error.mapNeededEngine', { field }), hintSay: say('hint.columnsOf', { source: whereSaid, columns: columns.join(', ') }),
    });
  }
  return map as OrderColumns;
}

/** A column type without ClickHouse's wrappers (Nullable(Date) is a Date). */
function bareType(type: string | undefined): string | undefined {
  return type?.replace(/^(Nullable|LowCardinality)\((.*)\)$/, '$2').replace(/^(Nullable|LowCardinality)\((.*)\)$/, '$2');
}

/**
 * How to read the date column: a DATE or TIMESTAMP column (typed by the engine, or sniffed by
 * DuckDB from a CSV) is a date whatever --date-format says; an integer column is YYYYMMDD
 * (CDNOW's 19970101); text is ISO unless --date-format says otherwise.
 */
export function dateFormatFor(type: string | undefined, asked: DateFormat | undefined): DateFormat {
  const bare = bareType(type);
  if (bare !== undefined && /^(DATE|TIMESTAMP)/i.test(bare)) return 'iso';
  if (bare !== undefined && /^(BIG|SMALL|TINY|U|HUGE)?INT/i.test(bare)) return asked ?? 'yyyymmdd';
  return asked ?? 'iso';
}

/** Engines that keep a temporary table for the session (ClickHouse over HTTP does not). */
function keepsTempTables(session: EngineSession): boolean {
  return session.dialect === 'duckdb' || session.dialect === 'postgres';
}

async function prepare(session: EngineSession, options: EngineOrdersOptions, index: number): Promise<Prepared> {
  const where = describeSource(session);
  const columns = checkColumns(options.map, session.columns, where, sourceSaid(session));
  const d = dialectOf(session.dialect);
  let statuses: StatusValue[] = [];
  if (columns.status !== undefined) {
    const values = await session.run(`SELECT DISTINCT CAST(${d.ident(columns.status)} AS ${d.types.text}) AS value FROM ${tableName(d, session.table)} WHERE ${d.ident(columns.status)} IS NOT NULL LIMIT ${STATUS_LIMIT}`);
    const isPurchase = options.isPurchaseStatus ?? (() => true);
    statuses = values.map((row) => String(row['value'])).map((value) => ({ value, purchase: isPurchase(value) }));
  }
  const all: OrdersSqlOptions = {
    dialect: session.dialect,
    table: session.table,
    columns,
    asOf: FAR_FUTURE,
    dateFormat: dateFormatFor(session.columnTypes[columns.date], options.dateFormat),
    statuses,
    decimals: options.decimals,
    countZeroOrders: options.countZeroOrders,
  };
  let orders = all;
  let source = `(${customerDaysSql(all).replace(/;\s*$/, '')}) AS cd`;
  if (keepsTempTables(session)) {
    // Every customer-day, computed once: the bounds and each metric's query read them.
    const name = `care_customer_days_${index}`;
    await session.run(`CREATE TEMP TABLE ${d.ident(name)} AS WITH\n${customerDaysCtes(all)}\nSELECT customer, day, orders, amount FROM care_customer_days`);
    orders = { ...all, customerDaysTable: name };
    source = d.ident(name);
  }
  const [bounds] = await session.run(`SELECT MIN(day) AS first_day, MAX(day) AS last_day, COUNT(*) AS customer_days FROM ${source}`);
  return { orders, firstDay: numberOrUndefined(bounds?.['first_day']), lastDay: numberOrUndefined(bounds?.['last_day']), customerDays: Number(bounds?.['customer_days'] ?? 0) };
}

/** The session's orders for these options (prepared once), with the as-of day settled. */
async function ordersFor(session: EngineSession, options: EngineOrdersOptions): Promise<Prepared & { orders: OrdersSqlOptions & { asOf: Day } }> {
  let bySession = PREPARED.get(session);
  if (bySession === undefined) PREPARED.set(session, (bySession = new Map()));
  const key = JSON.stringify([options.map, options.dateFormat, options.decimals, options.countZeroOrders]);
  let prepared = bySession.get(key);
  if (prepared === undefined) bySession.set(key, (prepared = prepare(session, options, bySession.size)));
  const ready = await prepared;
  const asOf = options.asOf ?? ready.lastDay;
  if (asOf === undefined) throw new InputError('CARE_NO_ROWS', `${describeSource(session)} has no usable order`, { say: say('error.engineNoUsableOrder', { source: sourceSaid(session) }) });
  return { ...ready, orders: { ...ready.orders, asOf } };
}

function numberOrUndefined(value: unknown): number | undefined {
  return value === null || value === undefined ? undefined : Number(value);
}

/** What the engine read, for the `ingest` block (docs/contracts.md, "Orders read by an engine"). */
/** The first and last day with an order, and the as-of day (--as-of, else the last day). */
export async function engineBounds(session: EngineSession, options: EngineOrdersOptions): Promise<{ firstDay: Day | undefined; lastDay: Day | undefined; asOf: Day }> {
  const { firstDay, lastDay, orders } = await ordersFor(session, options);
  return { firstDay, lastDay, asOf: orders.asOf };
}

export async function engineIngest(session: EngineSession, options: EngineOrdersOptions): Promise<EngineIngest> {
  const { customerDays } = await ordersFor(session, options);
  return { engine: session.display, table: session.table.startsWith('care_') ? null : session.table, customerDays };
}

/** Customer-days from the engine as the CustomerHistory the metrics read (every command can run on it). */
export async function engineHistory(session: EngineSession, options: EngineOrdersOptions): Promise<{ history: CustomerHistory; asOf: Day }> {
  const { orders, firstDay, lastDay } = await ordersFor(session, options);
  const rows = await session.run(customerDaysSql(orders));
  const customers: string[] = [];
  const offsets: number[] = [];
  const days = new Int32Array(rows.length);
  const counts = new Int32Array(rows.length);
  const amounts = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const customer = String(row['customer']);
    if (customers[customers.length - 1] !== customer) {
      customers.push(customer);
      offsets.push(i);
    }
    days[i] = Number(row['day']);
    counts[i] = Number(row['orders']);
    amounts[i] = Number(row['amount']);
  }
  offsets.push(rows.length);
  const history: CustomerHistory = {
    customers,
    offsets: Int32Array.from(offsets),
    days,
    orders: counts,
    amounts,
    hasAmounts: hasAmounts(orders.columns),
    firstDay,
    lastDay,
  };
  return { history, asOf: orders.asOf };
}

/** The period table computed inside the engine (docs/definitions.md, "The retention table"). */
export async function engineRetention(session: EngineSession, options: EngineOrdersOptions & { period: PeriodKind; churnAfter: number }): Promise<{ rows: PeriodRow[]; asOf: Day }> {
  const { orders, firstDay } = await ordersFor(session, options);
  if (firstDay === undefined) return { rows: [], asOf: orders.asOf };
  const result = await session.run(retentionSql({ ...orders, period: options.period, churnAfter: options.churnAfter, since: Math.min(firstDay, orders.asOf) }));
  const rows = result.map((row): PeriodRow => ({
    period: String(row['period']),
    start: String(row['period_start']),
    end: String(row['period_end']),
    partial: Number(row['partial']) === 1,
    customersAtStart: Number(row['customers_at_start']),
    new: Number(row['new_customers']),
    reactivated: Number(row['reactivated']),
    retained: Number(row['retained']),
    lost: Number(row['lost']),
    customersAtEnd: Number(row['customers_at_end']),
    retentionRate: row['retention_rate'] === null ? null : Number(row['retention_rate']),
    churnRate: row['churn_rate'] === null ? null : Number(row['churn_rate']),
  }));
  return { rows, asOf: orders.asOf };
}

/** The cohort table computed inside the engine, widened from its long form (docs/definitions.md, "The cohort table"). */
export async function engineCohorts(session: EngineSession, options: EngineOrdersOptions & { period: PeriodKind; revenue?: boolean }): Promise<{ rows: CohortRow[]; asOf: Day }> {
  const { orders, firstDay } = await ordersFor(session, options);
  if (firstDay === undefined) return { rows: [], asOf: orders.asOf };
  const since = Math.min(firstDay, orders.asOf);
  const result = await session.run(cohortsSql({ ...orders, period: options.period, since }));
  const periods = buildCalendar(options.period, since, orders.asOf).periods.length;
  const byCohort = new Map<string, CohortRow>();
  for (const row of result) {
    const label = String(row['cohort']);
    let cohort = byCohort.get(label);
    if (cohort === undefined) {
      const size = Number(row['size']);
      const width = periods - Number(row['cohort_index']);
      cohort = { cohort: label, size, active: new Array<number>(width).fill(0), rates: [], revenue: new Array<number>(width).fill(0) };
      byCohort.set(label, cohort);
    }
    const age = Number(row['age']);
    cohort.active[age] = Number(row['active']);
    cohort.revenue![age] = Number(row['revenue']);
  }
  const withAmounts = hasAmounts(orders.columns);
  const rows = [...byCohort.values()].map((cohort) => {
    const row: CohortRow = { cohort: cohort.cohort, size: cohort.size, active: cohort.active, rates: cohort.active.map((count) => count / cohort.size) };
    if (options.revenue === true && withAmounts) row.revenue = cohort.revenue;
    return row;
  });
  return { rows, asOf: orders.asOf };
}

/** One customer of the per-customer summary (docs/definitions.md, "Lifetime value"). */
export interface CustomerSummaryRow {
  customer: string;
  firstDay: Day;
  lastDay: Day;
  purchaseDays: number;
  x: number;
  tx: number;
  T: number;
  /** Minor units; 0 when x = 0. */
  meanRepeatSpend: number;
}

/** The per-customer summary computed inside the engine: what BG/NBD and Gamma-Gamma fit. */
export async function engineCustomers(session: EngineSession, options: EngineOrdersOptions & { calibrationEnd?: Day; unitDays: number }): Promise<{ rows: CustomerSummaryRow[]; asOf: Day; hasAmounts: boolean }> {
  const { orders } = await ordersFor(session, options);
  const result = await session.run(customersSql({ ...orders, calibrationEnd: options.calibrationEnd, unitDays: options.unitDays }));
  const rows = result.map((row) => ({
    customer: String(row['customer']),
    firstDay: Number(row['first_day']),
    lastDay: Number(row['last_day']),
    purchaseDays: Number(row['purchase_days']),
    x: Number(row['x']),
    tx: Number(row['t_x']),
    T: Number(row['t']),
    meanRepeatSpend: Number(row['mean_repeat_spend']),
  }));
  return { rows, asOf: orders.asOf, hasAmounts: hasAmounts(orders.columns) };
}
