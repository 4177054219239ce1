/**
 * The period table, the cohort table and the per-customer summary as SQL (docs/sql.md), built on
 * the customer-days CTEs (customer-days.ts) and on the calendar care computes (calendar.ts).
 * Definitions: docs/definitions.md, "The customer base", "The retention table", "The cohort
 * table", "Lifetime value" (bgnbd); the same as src/metrics/retention.ts, cohorts.ts and
 * ltv/rfm.ts compute from a CSV export.
 *
 * The data is joined on equality only; the small calendar is expanded inside the engine by cross
 * joins with a list of day offsets (0 … N − 1, from a 10-row digits table).
 */
import { UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
import type { Day } from '../time/days.js';
import type { PeriodKind } from '../time/periods.js';
import { type Calendar, buildCalendar, longestPeriod } from './calendar.js';
import { type OrdersSqlOptions, customerDaysCtes, definitionsComment } from './customer-days.js';
import { type SqlDialect, dialectOf, int, num } from './dialect.js';
import { nestForDialect } from './nest-ctes.js';

export interface PeriodSqlOptions extends OrdersSqlOptions {
  period: PeriodKind;
  /** The first day the calendar covers: on or before the first order, credits included (the engine path finds it). */
  since: Day;
}

export interface RetentionSqlOptions extends PeriodSqlOptions {
  /** W, --churn-after: a customer is active on day x after a qualifying purchase in [x − W + 1, x]. */
  churnAfter: number;
}

export interface CustomersSqlOptions extends OrdersSqlOptions {
  /** The calibration end (default: as-of): later purchases are left out; T is measured to it. */
  calibrationEnd?: Day;
  /** Days per time unit of t_x and T (7 for weeks, 1 for days, 30.4375 for months). */
  unitDays: number;
}

/** The longest churn window care writes SQL for (ten years), so the offsets list stays small. */
const MAX_WINDOW = 3660;

/** care_periods and care_offsets (0 … count − 1). */
function calendarCtes(d: SqlDialect, calendar: Calendar, offsets: number): string {
  const periods = calendar.periods.map((p) => [p.k, p.label, p.start, p.end, p.startLabel, p.endLabel, p.partial ? 1 : 0]);
  const digits = Math.max(1, Math.ceil(Math.log10(offsets)));
  const terms = Array.from({ length: digits }, (_, i) => (i === 0 ? 'd0.d' : `${int(10 ** i)} * d${i}.d`)).join(' + ');
  const from = Array.from({ length: digits }, (_, i) => `care_digits AS d${i}`).join(' CROSS JOIN ');
  return `care_periods AS (
  -- the calendar care computed: ${calendar.kind}s from --since to the as-of day (day numbers: days since 1970-01-01; end exclusive)
  SELECT * FROM ${d.inline('p', [
    { name: 'k', type: 'int' }, { name: 'label', type: 'text' }, { name: 'start_day', type: 'int' }, { name: 'end_day', type: 'int' },
    { name: 'start_label', type: 'text' }, { name: 'end_label', type: 'text' }, { name: 'partial', type: 'int' },
  ], periods)}
),
${d.nested === undefined ? `care_digits AS (
  SELECT * FROM ${d.inline('g', [{ name: 'd', type: 'int' }], [[0], [1], [2], [3], [4], [5], [6], [7], [8], [9]])}
),
care_offsets AS (
  -- 0 … ${int(offsets - 1)}
  SELECT ${terms} AS o
  FROM ${from}
  WHERE ${terms} < ${int(offsets)}
)` : `care_offsets AS (
  -- 0 … ${int(offsets - 1)}
  ${d.nested.offsets(offsets)}
)`}`;
}

/** care_days: every day of every period with its period k (an equality join maps a day to its period). */
const DAYS_CTE = `care_days AS (
  SELECT p.k, p.start_day + o.o AS day
  FROM care_periods AS p CROSS JOIN care_offsets AS o
  WHERE o.o < p.end_day - p.start_day
)`;

/** Qualifying purchase days and each customer's first one. */
const PURCHASE_CTES = `care_purchases AS (
  -- purchase days: days with a qualifying order (days of only returns or credits are not)
  SELECT customer, day, amount FROM care_customer_days WHERE orders > 0
),
care_firsts AS (
  SELECT customer, MIN(day) AS first_day FROM care_purchases GROUP BY customer
)`;

function checkWindow(churnAfter: number): void {
  if (!Number.isInteger(churnAfter) || churnAfter < 1 || churnAfter > MAX_WINDOW) {
    throw new UsageError('CARE_BAD_OPTION', `--churn-after ${churnAfter}: the SQL takes a whole number of days from 1 to ${MAX_WINDOW}`, { say: say('error.sqlChurnAfter', { value: churnAfter, max: MAX_WINDOW }) });
  }
}

/** The period retention table (docs/definitions.md, "The retention table"). */
export function retentionSql(options: RetentionSqlOptions): string {
  checkWindow(options.churnAfter);
  const d = dialectOf(options.dialect);
  const calendar = buildCalendar(options.period, options.since, options.asOf);
  const n = calendar.periods.length;
  const checks = calendar.checks.map((day, j) => [j, day]);
  const dbl = d.types.double;
  const join = d.nested?.innerJoin ?? 'JOIN';
  // Nested (ClickHouse): no SELECT names an output after a different column it reads (customer-days.ts).
  const checkDay = d.nested === undefined ? 'day' : 'check_day';
  const flag = d.nested === undefined ? { s: 's', e: 'e' } : { s: 'in_s', e: 'in_e' };
  const firstDay = d.nested === undefined ? 'first_day' : 'start_day';
  return nestForDialect(options.dialect, `${definitionsComment(options, `the retention table by ${options.period}, churn after ${options.churnAfter} days`)}
-- A customer is active on day x when they made a qualifying purchase in [x - ${int(options.churnAfter - 1)}, x].
-- For period [b, b'): S = active on b - 1; E = active on b' - 1, or on the as-of day for a partial last period.
-- retained = S and E; lost = S, not E; new = E, not S, first purchase inside the period;
-- reactivated = E, not S, first purchase before it. Periods run from the period of the first purchase.
WITH
${customerDaysCtes(options)},
${calendarCtes(d, calendar, options.churnAfter)},
care_checks AS (
  -- check day j: the base at the start of period j (j < ${int(n)}), at the end of the last period (j = ${int(n)})
  SELECT * FROM ${d.inline('c', [{ name: 'j', type: 'int' }, { name: checkDay, type: 'int' }], checks)}
),
care_reach AS (
  -- the purchase days that make a customer active on check day j: day j - ${int(options.churnAfter - 1)} … day j
  SELECT c.j, c.${checkDay} - o.o AS day FROM care_checks AS c CROSS JOIN care_offsets AS o
),
${PURCHASE_CTES},
care_active AS (
  SELECT DISTINCT p.customer, r.j FROM care_purchases AS p ${join} care_reach AS r ON r.day = p.day
),
care_flags AS (
  -- per customer and period: s = in S, e = in E
  SELECT f.customer, f.k, MAX(f.${flag.s}) AS s, MAX(f.${flag.e}) AS e
  FROM (
    SELECT customer, j AS k, 1 AS ${flag.s}, 0 AS ${flag.e} FROM care_active WHERE j < ${int(n)}
    UNION ALL
    SELECT customer, j - 1 AS k, 0 AS ${flag.s}, 1 AS ${flag.e} FROM care_active WHERE j >= 1
  ) AS f
  GROUP BY f.customer, f.k
),
${d.nested === undefined ? TALLY_CTE : nestedTally(d.nested.innerJoin)},
care_start AS (
  SELECT MIN(first_day) AS ${firstDay} FROM care_firsts
)
${d.nested === undefined ? finalColumns(dbl) : nestedFinalColumns(dbl)}
${d.nested === undefined ? `FROM care_periods AS p
CROSS JOIN care_start AS st
LEFT JOIN care_tally AS t ON t.k = p.k
WHERE p.end_day > st.first_day` : `FROM (
  -- the periods from the one of the first purchase on
  SELECT p.k AS k, p.label AS label, p.start_label AS start_label, p.end_label AS end_label, p.partial AS partial
  FROM care_periods AS p
  CROSS JOIN care_start AS st
  WHERE p.end_day > st.start_day
) AS p
${d.nested.leftJoin} care_tally AS t ON t.k = p.k`}
ORDER BY p.k;
`);
}

/** The retention table's columns, from the periods p and the tally t. */
function finalColumns(dbl: string): string {
  return `SELECT
  p.label AS period,
  p.start_label AS period_start,
  p.end_label AS period_end,
  p.partial,
  COALESCE(t.customers_at_start, 0) AS customers_at_start,
  COALESCE(t.new_customers, 0) AS new_customers,
  COALESCE(t.reactivated, 0) AS reactivated,
  COALESCE(t.retained, 0) AS retained,
  COALESCE(t.lost, 0) AS lost,
  COALESCE(t.customers_at_end, 0) AS customers_at_end,
  CASE WHEN COALESCE(t.customers_at_start, 0) = 0 THEN NULL ELSE CAST(t.retained AS ${dbl}) / CAST(t.customers_at_start AS ${dbl}) END AS retention_rate,
  CASE WHEN COALESCE(t.customers_at_start, 0) = 0 THEN NULL ELSE CAST(t.lost AS ${dbl}) / CAST(t.customers_at_start AS ${dbl}) END AS churn_rate`;
}

/** The same over the nested tally, whose columns are named apart from the outputs (tally_…). */
function nestedFinalColumns(dbl: string): string {
  const count = (name: string) => `COALESCE(t.tally_${name}, 0) AS ${name}`;
  const rate = (name: string) => `CASE WHEN COALESCE(t.tally_customers_at_start, 0) = 0 THEN NULL ELSE CAST(t.tally_${name} AS ${dbl}) / CAST(t.tally_customers_at_start AS ${dbl}) END`;
  return `SELECT
  p.label AS period,
  p.start_label AS period_start,
  p.end_label AS period_end,
  p.partial AS partial,
  ${['customers_at_start', 'new_customers', 'reactivated', 'retained', 'lost', 'customers_at_end'].map(count).join(',\n  ')},
  ${rate('retained')} AS retention_rate,
  ${rate('lost')} AS churn_rate`;
}

/** care_tally: per period, the customers of S and E with their first purchase and the period's start. */
const TALLY_CTE = `care_tally AS (
  SELECT f.k,
    SUM(f.s) AS customers_at_start,
    SUM(CASE WHEN f.e = 1 AND f.s = 0 AND fi.first_day >= p.start_day THEN 1 ELSE 0 END) AS new_customers,
    SUM(CASE WHEN f.e = 1 AND f.s = 0 AND fi.first_day < p.start_day THEN 1 ELSE 0 END) AS reactivated,
    SUM(f.s * f.e) AS retained,
    SUM(f.s * (1 - f.e)) AS lost,
    SUM(f.e) AS customers_at_end
  FROM care_flags AS f
  JOIN care_firsts AS fi ON fi.customer = f.customer
  JOIN care_periods AS p ON p.k = f.k
  GROUP BY f.k
)`;

/** The same, one join per SELECT (ClickHouse). */
function nestedTally(join: string): string {
  return `care_tally AS (
  SELECT f.k,
    SUM(f.s) AS tally_customers_at_start,
    SUM(CASE WHEN f.e = 1 AND f.s = 0 AND f.first_day >= p.start_day THEN 1 ELSE 0 END) AS tally_new_customers,
    SUM(CASE WHEN f.e = 1 AND f.s = 0 AND f.first_day < p.start_day THEN 1 ELSE 0 END) AS tally_reactivated,
    SUM(f.s * f.e) AS tally_retained,
    SUM(f.s * (1 - f.e)) AS tally_lost,
    SUM(f.e) AS tally_customers_at_end
  FROM (
    SELECT fl.customer AS customer, fl.k AS k, fl.s AS s, fl.e AS e, fi.first_day AS first_day
    FROM care_flags AS fl
    ${join} care_firsts AS fi ON fi.customer = fl.customer
  ) AS f
  ${join} care_periods AS p ON p.k = f.k
  GROUP BY f.k
)`;
}

/** The cohort table in long form: one row per cohort and age with activity or revenue (docs/definitions.md, "The cohort table"). */
export function cohortsSql(options: PeriodSqlOptions): string {
  const d = dialectOf(options.dialect);
  const calendar = buildCalendar(options.period, options.since, options.asOf);
  const join = d.nested?.innerJoin ?? 'JOIN';
  return nestForDialect(options.dialect, `${definitionsComment(options, `the cohort table by ${options.period}`)}
-- A customer's cohort is the ${options.period} of their first qualifying purchase. For age k = 0, 1, …:
-- active = the cohort's customers with a qualifying purchase in cohort + k; revenue = the cohort's net
-- revenue in that ${options.period} (minor units); credits dated before a customer's first purchase count
-- at age 0. Ages missing from the result have active 0 and revenue 0; rate = active / size.
WITH
${customerDaysCtes(options)},
${calendarCtes(d, calendar, longestPeriod(calendar))},
${DAYS_CTE},
${PURCHASE_CTES},
care_cohort_of AS (
  SELECT f.customer, f.first_day, dd.k AS cohort_k
  FROM care_firsts AS f ${join} care_days AS dd ON dd.day = f.first_day
),
care_entries AS (
  -- every day of a cohort customer up to as-of; one before the cohort's ${options.period} is at age 0
${d.nested === undefined ? `  SELECT cd.customer, co.cohort_k, CASE WHEN dd.k < co.cohort_k THEN 0 ELSE dd.k - co.cohort_k END AS age, cd.orders, cd.amount
  FROM care_customer_days AS cd
  JOIN care_cohort_of AS co ON co.customer = cd.customer
  JOIN care_days AS dd ON dd.day = cd.day` : `  SELECT co.customer, co.cohort_k, CASE WHEN dd.k < co.cohort_k THEN 0 ELSE dd.k - co.cohort_k END AS age, co.orders, co.amount
  FROM (
    SELECT cd.customer AS customer, cd.day AS day, cd.orders AS orders, cd.amount AS amount, ch.cohort_k AS cohort_k
    FROM care_customer_days AS cd
    ${join} care_cohort_of AS ch ON ch.customer = cd.customer
  ) AS co
  ${join} care_days AS dd ON dd.day = co.day`}
),
care_sizes AS (
  SELECT cohort_k, COUNT(*) AS size FROM care_cohort_of GROUP BY cohort_k
),
care_cells AS (
  SELECT cohort_k, age, COUNT(DISTINCT CASE WHEN orders > 0 THEN customer END) AS active, SUM(amount) AS revenue
  FROM care_entries
  GROUP BY cohort_k, age
)
${d.nested === undefined ? `SELECT p.label AS cohort, s.cohort_k AS cohort_index, s.size, c.age, c.active, c.revenue
FROM care_sizes AS s
JOIN care_periods AS p ON p.k = s.cohort_k
JOIN care_cells AS c ON c.cohort_k = s.cohort_k` : `SELECT s.label AS cohort, s.cohort_k AS cohort_index, s.size AS size, c.age AS age, c.active AS active, c.revenue AS revenue
FROM (
  SELECT sz.cohort_k AS cohort_k, sz.size AS size, p.label AS label
  FROM care_sizes AS sz
  ${join} care_periods AS p ON p.k = sz.cohort_k
) AS s
${join} care_cells AS c ON c.cohort_k = s.cohort_k`}
ORDER BY s.cohort_k, c.age;
`);
}

/** The per-customer summary BG/NBD and Gamma-Gamma fit (docs/definitions.md, "Lifetime value"; src/metrics/ltv/rfm.ts). */
export function customersSql(options: CustomersSqlOptions): string {
  const d = dialectOf(options.dialect);
  const end = options.calibrationEnd ?? options.asOf;
  if (end > options.asOf) throw new UsageError('CARE_BAD_DATE_OPTION', 'the calibration end is after --as-of', { say: say('error.calibrationAfterAsOf') });
  const dbl = d.types.double;
  const unit = num(options.unitDays);
  return nestForDialect(options.dialect, `${definitionsComment(options, 'the per-customer summary')}
-- Per customer with a purchase on or before the calibration end (day ${int(end)}): first and last purchase day
-- (day numbers: days since 1970-01-01), purchase days (several orders on one day are one purchase),
-- x = repeat purchase days, t_x = last - first and T = calibration end - first in units of ${unit} days,
-- mean_repeat_spend = mean net amount of the repeat purchase days (minor units; 0 when x = 0).
WITH
${customerDaysCtes(options)},
care_summary AS (
  SELECT customer, MIN(day) AS first_day, MAX(day) AS last_day, COUNT(*) AS purchase_days, SUM(amount) AS purchase_amount
  FROM care_customer_days
  WHERE orders > 0 AND day <= ${int(end)}
  GROUP BY customer
)
SELECT
  s.customer,
  s.first_day,
  s.last_day,
  s.purchase_days,
  s.purchase_days - 1 AS x,
  CAST(s.last_day - s.first_day AS ${dbl}) / ${unit} AS t_x,
  CAST(${int(end)} - s.first_day AS ${dbl}) / ${unit} AS t,
  CASE WHEN s.purchase_days > 1 THEN CAST(s.purchase_amount - f.amount AS ${dbl}) / CAST(s.purchase_days - 1 AS ${dbl}) ELSE 0 END AS mean_repeat_spend
FROM care_summary AS s
${d.nested?.innerJoin ?? 'JOIN'} care_customer_days AS f ON f.customer = s.customer AND f.day = s.first_day
ORDER BY s.customer;
`);
}
