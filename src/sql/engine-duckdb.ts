/**
 * The DuckDB engine (docs/sql.md): `duckdb:FILE` — a .duckdb database (with --table), or a
 * Parquet or CSV file that DuckDB reads itself — runs care's SQL and returns the shapes the
 * metrics read: customer-days as a CustomerHistory, the period table, the cohort table, the
 * per-customer summary. The driver, `@duckdb/node-api`, is an optional dependency loaded only
 * here, so the CSV path stays pure JavaScript.
 */
import { existsSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { CareError, InputError, UsageError } from '../errors.js';
import type { CohortRow } from '../metrics/cohorts.js';
import type { PeriodRow } from '../metrics/retention.js';
import type { CustomerHistory } from '../model/customer-history.js';
import type { Day } from '../time/days.js';
import type { PeriodKind } from '../time/periods.js';
import { ORDER_COLUMN_FIELDS, type OrderColumns, type OrdersSqlOptions, type StatusValue, customerDaysCtes, customerDaysSql, hasAmounts } from './customer-days.js';
import { buildCalendar } from './calendar.js';
import { type DateFormat, dialectOf, tableName } from './dialect.js';
import { cohortsSql, customersSql, retentionSql } from './metrics-sql.js';

/** What `duckdb:FILE` names. */
export interface DuckDbTarget {
  url: string;
  file: string;
  format: 'duckdb' | 'parquet' | 'csv';
}

/** The table (CSV) or view (Parquet) care reads a file through. */
const FILE_VIEW = 'care_input';
/** The temporary table of every customer-day, made once per session. */
const CUSTOMER_DAYS = 'care_all_customer_days';
/** Distinct status values read for classification; a column with more is not a status. */
const STATUS_LIMIT = 10_000;
/** A day past any real data, for the queries that look at every order. */
const FAR_FUTURE: Day = 2_000_000;

export function parseDuckDbUrl(url: string): DuckDbTarget {
  const match = /^duckdb:(.+)$/.exec(url);
  if (match === null) throw new UsageError('CARE_BAD_ENGINE', `--engine ${url}: not an engine URL`, { hint: 'give duckdb:FILE (a .duckdb, .parquet or .csv file)' });
  const file = match[1]!.replace(/^\/\/(?=\/)/, '');
  const ext = extname(file).toLowerCase();
  const format = ext === '.duckdb' || ext === '.db' ? 'duckdb' : ext === '.parquet' ? 'parquet' : ext === '.csv' || ext === '.tsv' || ext === '.txt' ? 'csv' : undefined;
  if (format === undefined) throw new UsageError('CARE_BAD_ENGINE', `--engine ${url}: DuckDB reads a .duckdb database, a .parquet or a .csv file`, { hint: 'name the file with its extension' });
  return { url, file, format };
}

/** What an engine query needs besides the metric's own options. */
export interface EngineOrdersOptions {
  /** `duckdb:FILE`. */
  engine: string;
  /** The table in a .duckdb database; not used for a Parquet or CSV file. */
  table?: string;
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

/** The smallest surface of @duckdb/node-api that care uses. */
interface Connection {
  runAndReadAll(sql: string): Promise<{ getRowObjects(): Record<string, unknown>[]; columnNames(): string[] }>;
  closeSync?(): void;
}

/** An open engine with the orders table resolved: run queries, then close. */
export interface DuckDbSession {
  target: DuckDbTarget;
  table: string;
  run(sql: string): Promise<Record<string, unknown>[]>;
  columns: string[];
  columnTypes: Record<string, string>;
  close(): void;
}

/** Loads the optional driver, or says how to install it. */
async function loadDriver(): Promise<{ DuckDBInstance: { create(path: string, options?: Record<string, string>): Promise<{ connect(): Promise<Connection>; closeSync?(): void }> } }> {
  try {
    // Through a variable: the package is an optional dependency, and this module must load (and
    // say how to install it) where it is missing.
    const name = '@duckdb/node-api';
    return (await import(name)) as never;
  } catch {
    throw new UsageError('CARE_NO_DRIVER', '--engine duckdb: needs the DuckDB driver, which is not installed', { hint: 'install it with: npm install @duckdb/node-api' });
  }
}

/** One line of a DuckDB error (its messages run over several lines, with a JSON tail). */
function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.trim();
}

export async function openDuckDb(engine: string, table: string | undefined): Promise<DuckDbSession> {
  const target = parseDuckDbUrl(engine);
  const path = resolve(target.file);
  if (!existsSync(path)) throw new InputError('CARE_NO_FILE', `${target.file}: no such file`, { file: target.file });
  const { DuckDBInstance } = await loadDriver();
  const d = dialectOf('duckdb');
  let instance;
  try {
    instance = await DuckDBInstance.create(target.format === 'duckdb' ? path : ':memory:', target.format === 'duckdb' ? { access_mode: 'READ_ONLY' } : {});
  } catch (error) {
    throw new InputError('CARE_ENGINE', `${target.file}: DuckDB cannot open it: ${firstLine(error)}`, { file: target.file });
  }
  const connection = await instance.connect();
  const close = () => {
    connection.closeSync?.();
    instance.closeSync?.();
  };
  const run = async (sql: string) => {
    try {
      return (await connection.runAndReadAll(sql)).getRowObjects();
    } catch (error) {
      throw engineError(target, error);
    }
  };
  try {
    let name: string;
    if (target.format === 'duckdb') {
      if (table === undefined || table.trim() === '') throw new UsageError('CARE_BAD_ENGINE', `--engine ${engine}: a database needs --table NAME`, { hint: `its tables: ${await tableList(run)}` });
      name = table;
      const known = await run(`SELECT 1 AS found FROM information_schema.tables WHERE table_name = ${d.text(table.split('.').pop()!)}`);
      if (known.length === 0) throw new UsageError('CARE_NO_TABLE', `--table ${table}: ${target.file} has no such table`, { hint: `its tables: ${await tableList(run)}` });
    } else {
      const reader = target.format === 'parquet' ? `read_parquet(${d.text(path)})` : `read_csv(${d.text(path)}, header = true)`;
      // A CSV is parsed once into a temporary table (every metric runs two or three queries over
      // it); a Parquet file is already columnar and is read in place.
      await run(`CREATE ${target.format === 'csv' ? 'TEMP TABLE' : 'VIEW'} ${d.ident(FILE_VIEW)} AS SELECT * FROM ${reader}`);
      name = FILE_VIEW;
    }
    const described = await run(`DESCRIBE SELECT * FROM ${tableName(d, name)}`);
    const columnTypes: Record<string, string> = {};
    for (const row of described) columnTypes[String(row['column_name'])] = String(row['column_type']);
    return { target, table: name, run, columns: Object.keys(columnTypes), columnTypes, close };
  } catch (error) {
    close();
    throw error;
  }
}

async function tableList(run: (sql: string) => Promise<Record<string, unknown>[]>): Promise<string> {
  const rows = await run(`SELECT table_name FROM information_schema.tables ORDER BY table_name`);
  return rows.length === 0 ? '(none)' : rows.map((row) => String(row['table_name'])).join(', ');
}

/**
 * A DuckDB failure as one line. Its messages run over many lines (the CSV reader's settings, the
 * query with a caret): the first line, and for a CSV the line number and the reason. An encoding it
 * cannot read is the input's fault (exit 3), like every other failure of the data.
 */
function engineError(target: DuckDbTarget, error: unknown): CareError {
  if (error instanceof CareError) return error;
  const text = error instanceof Error ? error.message : String(error);
  const csvLine = /CSV Error on Line: (\d+)/.exec(text);
  const line = csvLine === null ? undefined : Number(csvLine[1]);
  if (/not utf-8 encoded|invalid unicode/i.test(text)) {
    return new InputError('CARE_ENCODING', 'DuckDB reads this file as UTF-8 and it is not (another encoding)', { file: target.file, line, hint: 'convert it to UTF-8 (iconv -f cp1251 -t utf-8), or read the CSV with care without --engine: care reads UTF-16, CP1251, KOI8-R and Latin-1 itself' });
  }
  const reason = csvLine === null ? firstLine(error) : text.split('\n').slice(1).find((l) => l.trim() !== '' && !l.startsWith('Original Line')) ?? firstLine(error);
  const hint = /could not parse string|conversion error|could not convert/i.test(text)
    ? 'a mapped column does not hold what care reads there: dates (give --date-format yyyymmdd, dd/mm/yyyy, mm/dd/yyyy or dd.mm.yyyy for text dates) or numbers'
    : undefined;
  return new InputError('CARE_ENGINE', `DuckDB: ${reason.trim()}`, { file: target.file, line, hint });
}

/** The column map checked against the table: customer and date required, every mapped column present. */
export function checkColumns(map: Partial<OrderColumns>, columns: readonly string[], where: string): OrderColumns {
  for (const [field, column] of Object.entries(map)) {
    if (!(ORDER_COLUMN_FIELDS as readonly string[]).includes(field)) throw new UsageError('CARE_BAD_MAP', `--map ${field}=${column}: care reads no field "${field}" from orders`, { hint: `fields: ${ORDER_COLUMN_FIELDS.join(', ')}` });
    if (column !== undefined && !columns.includes(column)) throw new UsageError('CARE_NO_COLUMN', `--map ${field}=${column}: ${where} has no column "${column}"`, { hint: `its columns: ${columns.join(', ')}` });
  }
  for (const field of ['customer', 'date'] as const) {
    if (map[field] === undefined) throw new UsageError('CARE_NO_COLUMN', `--map ${field}=COLUMN is needed with --engine`, { hint: `the columns of ${where}: ${columns.join(', ')}` });
  }
  return map as OrderColumns;
}

/**
 * How to read the date column: a DATE or TIMESTAMP column (DuckDB typed it, or sniffed it from a
 * CSV) is a date whatever --date-format says; an integer column is YYYYMMDD (CDNOW's 19970101);
 * text is ISO unless --date-format says otherwise.
 */
function dateFormatFor(type: string | undefined, asked: DateFormat | undefined): DateFormat {
  if (type !== undefined && /^(DATE|TIMESTAMP)/.test(type)) return 'iso';
  if (type !== undefined && /^(BIG|SMALL|TINY|U|HUGE)?INT/.test(type)) return asked ?? 'yyyymmdd';
  return asked ?? 'iso';
}

/** The orders options of the SQL for this session: columns checked, statuses classified, as-of and the first day found. */
async function ordersOptions(session: DuckDbSession, options: EngineOrdersOptions): Promise<{ orders: OrdersSqlOptions; firstDay: Day | undefined; lastDay: Day | undefined }> {
  const where = session.target.format === 'duckdb' ? `table ${session.table}` : session.target.file;
  const columns = checkColumns(options.map, session.columns, where);
  const d = dialectOf('duckdb');
  let statuses: StatusValue[] = [];
  if (columns.status !== undefined) {
    const values = await session.run(`SELECT DISTINCT CAST(${d.ident(columns.status)} AS VARCHAR) AS value FROM ${tableName(d, session.table)} WHERE ${d.ident(columns.status)} IS NOT NULL LIMIT ${STATUS_LIMIT}`);
    const isPurchase = options.isPurchaseStatus ?? (() => true);
    statuses = values.map((row) => String(row['value'])).map((value) => ({ value, purchase: isPurchase(value) }));
  }
  const orders: OrdersSqlOptions = {
    dialect: 'duckdb',
    table: session.table,
    columns,
    asOf: FAR_FUTURE,
    dateFormat: dateFormatFor(session.columnTypes[columns.date], options.dateFormat),
    statuses,
    decimals: options.decimals,
    countZeroOrders: options.countZeroOrders,
  };
  // Every customer-day, computed once: the bounds and the metric's own query read them.
  await session.run(`CREATE OR REPLACE TEMP TABLE ${d.ident(CUSTOMER_DAYS)} AS WITH\n${customerDaysCtes(orders)}\nSELECT customer, day, orders, amount FROM care_customer_days`);
  const [bounds] = await session.run(`SELECT MIN(day) AS first_day, MAX(day) AS last_day FROM ${d.ident(CUSTOMER_DAYS)}`);
  const firstDay = toNumberOrUndefined(bounds?.['first_day']);
  const lastDay = toNumberOrUndefined(bounds?.['last_day']);
  const asOf = options.asOf ?? lastDay;
  if (asOf === undefined) throw new InputError('CARE_NO_ROWS', `${where} has no usable order`, { file: session.target.file });
  return { orders: { ...orders, asOf, customerDaysTable: CUSTOMER_DAYS }, firstDay, lastDay };
}

function toNumberOrUndefined(value: unknown): number | undefined {
  return value === null || value === undefined ? undefined : Number(value);
}

/** Runs `work` on an open session and always closes it. */
async function withSession<T>(options: EngineOrdersOptions, work: (session: DuckDbSession) => Promise<T>): Promise<T> {
  const session = await openDuckDb(options.engine, options.table);
  try {
    return await work(session);
  } finally {
    session.close();
  }
}

/** Customer-days from the engine as the CustomerHistory the metrics read (every command can run on it). */
export async function engineHistory(options: EngineOrdersOptions): Promise<{ history: CustomerHistory; asOf: Day }> {
  return withSession(options, async (session) => {
    const { orders, firstDay, lastDay } = await ordersOptions(session, options);
    const rows = await session.run(customerDaysSql(orders));
    const customers: string[] = [];
    const offsets: number[] = [];
    const days = new Int32Array(rows.length);
    const counts = new Int32Array(rows.length);
    const amounts = new Float64Array(rows.length);
    rows.forEach((row, i) => {
      const customer = String(row['customer']);
      if (customers[customers.length - 1] !== customer) {
        customers.push(customer);
        offsets.push(i);
      }
      days[i] = Number(row['day']);
      counts[i] = Number(row['orders']);
      amounts[i] = Number(row['amount']);
    });
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
  });
}

/** The period table computed inside the engine (docs/definitions.md, "The retention table"). */
export async function engineRetention(options: EngineOrdersOptions & { period: PeriodKind; churnAfter: number }): Promise<{ rows: PeriodRow[]; asOf: Day }> {
  return withSession(options, async (session) => {
    const { orders, firstDay } = await ordersOptions(session, options);
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
  });
}

/** The cohort table computed inside the engine, widened from its long form (docs/definitions.md, "The cohort table"). */
export async function engineCohorts(options: EngineOrdersOptions & { period: PeriodKind; revenue?: boolean }): Promise<{ rows: CohortRow[]; asOf: Day }> {
  return withSession(options, async (session) => {
    const { orders, firstDay } = await ordersOptions(session, options);
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
  });
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
export async function engineCustomers(options: EngineOrdersOptions & { calibrationEnd?: Day; unitDays: number }): Promise<{ rows: CustomerSummaryRow[]; asOf: Day; hasAmounts: boolean }> {
  return withSession(options, async (session) => {
    const { orders } = await ordersOptions(session, options);
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
  });
}
