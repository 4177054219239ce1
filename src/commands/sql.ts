/**
 * care sql retention|cohorts|customers|customer-days: prints the SQL that computes a contract
 * inside a database, for a warehouse team to run or schedule (docs/sql.md). Nothing is read: the
 * options are the whole input. The same SQL runs behind `--engine` (load-engine.ts).
 */
import { UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
import type { Io } from '../io/types.js';
import { type TimeUnit, unitDays } from '../metrics/ltv/types.js';
import { currencyExponent } from '../money/currencies.js';
import { ORDER_COLUMN_FIELDS, type OrderColumns, type OrdersSqlOptions, type StatusValue, customerDaysSql } from '../sql/customer-days.js';
import type { DateFormat, Dialect, SqlWhat } from '../sql/dialect.js';
import { cohortsSql, customersSql, retentionSql } from '../sql/metrics-sql.js';
import type { Day } from '../time/days.js';
import type { PeriodKind } from '../time/periods.js';
import { type StatusOptions, purchaseStatus } from './load-engine.js';
import { parseMapPairs } from './data-options.js';
import { emit, guardOutputs } from './output.js';

export { SQL_WHATS, type SqlWhat } from '../sql/dialect.js';

export interface SqlOptions extends StatusOptions {
  dialect: Dialect;
  /** --table NAME (`schema.table` quoted part by part). */
  table: string;
  /** --map field=column …: customer and date required; order, amount (or quantity and price), status optional. */
  map: Record<string, string>;
  /** --as-of: required, the SQL reads no data to find the last day. */
  asOf: Day;
  /** --since: the first day the calendar covers (retention, cohorts): on or before the first order. */
  since?: Day;
  period?: PeriodKind;
  churnAfter?: number;
  /** customers: the calibration end (default as-of) and the unit of t_x and T (default week). */
  calibrationEnd?: Day;
  timeUnit?: TimeUnit;
  /** --date-format: how a text date column is written (default iso: a DATE, TIMESTAMP or ISO text column). */
  dateFormat?: DateFormat;
  /** --status-values LIST: the status values the table holds; care classifies each as it would in a CSV. */
  statusValues?: string[];
  /** --currency: the minor unit's decimals (default two). */
  currency?: string;
  countZeroOrders?: boolean;
  out?: string;
}

/** The --map values as care's order fields; unknown fields and a missing customer or date are usage errors. */
export function orderColumns(map: Record<string, string>): OrderColumns {
  for (const field of Object.keys(map)) {
    if (!(ORDER_COLUMN_FIELDS as readonly string[]).includes(field)) throw new UsageError('CARE_BAD_MAP', `--map ${field}=${map[field]}: care reads no field "${field}" from orders`, {
      hint: `fields: ${ORDER_COLUMN_FIELDS.join(', ')}`, say: say('error.sqlNoField', { field, column: String(map[field]) }), hintSay: say('hint.fieldsList', { fields: ORDER_COLUMN_FIELDS.join(', ') }),
    });
  }
  for (const field of ['customer', 'date'] as const) {
    if (map[field] === undefined) throw new UsageError('CARE_NO_COLUMN', `--map ${field}=COLUMN is needed`, {
      hint: 'e.g. --map customer=customer_id --map date=created_at', say: say('error.mapNeeded', { field }), hintSay: say('hint.forExampleOnly', { example: '--map customer=customer_id --map date=created_at' }),
    });
  }
  return map as unknown as OrderColumns;
}

/** The statuses listed in the SQL: the values given, classified, and every --exclude-status value. */
function statusList(options: SqlOptions): StatusValue[] {
  const isPurchase = purchaseStatus(options);
  const values = new Set([...(options.statusValues ?? []), ...(options.excludeStatus ?? [])]);
  return [...values].map((value) => ({ value, purchase: isPurchase(value) }));
}

/** The SQL text of one contract. */
export function sqlText(what: SqlWhat, options: SqlOptions): string {
  const orders: OrdersSqlOptions = {
    dialect: options.dialect,
    table: options.table,
    columns: orderColumns(options.map),
    asOf: options.asOf,
    dateFormat: options.dateFormat,
    statuses: statusList(options),
    decimals: currencyExponent(options.currency),
    countZeroOrders: options.countZeroOrders,
  };
  const needSince = () => {
    if (options.since === undefined) throw new UsageError('CARE_MISSING_OPTION', `care sql ${what} needs --since YYYY-MM-DD, a day on or before the first order`, {
      hint: 'the periods run from there to --as-of; an earlier day only makes the calendar longer', say: say('error.sqlNeedsSince', { what }), hintSay: say('hint.sinceCalendar'),
    });
    return options.since;
  };
  switch (what) {
    case 'customer-days':
      return customerDaysSql(orders);
    case 'retention':
      return retentionSql({ ...orders, period: options.period ?? 'month', churnAfter: options.churnAfter ?? 90, since: needSince() });
    case 'cohorts':
      return cohortsSql({ ...orders, period: options.period ?? 'month', since: needSince() });
    case 'customers':
      return customersSql({ ...orders, calibrationEnd: options.calibrationEnd, unitDays: unitDays(options.timeUnit ?? 'week') });
  }
}

/** The options as the command line gives them: --map pairs, --status-values lists, --zero-orders. */
export type SqlCommandOptions = Omit<SqlOptions, 'map' | 'statusValues' | 'countZeroOrders'> & { map?: string[]; statusValues?: string[]; zeroOrders?: 'skip' | 'count' };

/** care sql WHAT from the command line's options. */
export function runSqlCommand(io: Io, what: SqlWhat, { map, statusValues, zeroOrders, ...options }: SqlCommandOptions): void {
  runSql(io, what, {
    ...options,
    map: parseMapPairs(map),
    statusValues: statusValues?.flatMap((list) => list.split(',').map((value) => value.trim())).filter((value) => value !== ''),
    countZeroOrders: zeroOrders === 'count',
  });
}

/** care sql WHAT: prints the SQL (or writes it to --out). */
export function runSql(io: Io, what: SqlWhat, options: SqlOptions): void {
  guardOutputs(io, {}, { '--out': options.out });
  emit(io, sqlText(what, options), options.out, options.asOf);
}
