/**
 * The SQL care writes (src/sql, docs/sql.md): names quoted per dialect, values escaped, no window
 * function and no join on anything but equality, the definitions as comments — and a name built to
 * break out of its quotes stays a name when DuckDB runs the query.
 */
import { describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { DIALECTS, type Dialect, dialectOf, tableName } from '../../../src/sql/dialect.js';
import { type OrdersSqlOptions, customerDaysSql } from '../../../src/sql/customer-days.js';
import { cohortsSql, customersSql, retentionSql } from '../../../src/sql/metrics-sql.js';
import { buildCalendar } from '../../../src/sql/calendar.js';
import { parseIsoDay } from '../../../src/time/days.js';

const day = (text: string) => parseIsoDay(text)!;

function options(dialect: Dialect, overrides: Partial<OrdersSqlOptions> = {}): OrdersSqlOptions {
  return {
    dialect,
    table: 'shop.orders',
    columns: { customer: 'Customer ID', date: 'Order Date', order: 'Order ID', amount: 'Total', status: 'Status' },
    asOf: day('2024-03-15'),
    statuses: [{ value: 'cancelled', purchase: false }, { value: 'paid', purchase: true }],
    ...overrides,
  };
}

function everyQuery(dialect: Dialect): string[] {
  const base = options(dialect);
  return [
    customerDaysSql(base),
    retentionSql({ ...base, period: 'month', since: day('2023-01-01'), churnAfter: 90 }),
    cohortsSql({ ...base, period: 'week', since: day('2023-01-01') }),
    customersSql({ ...base, unitDays: 7 }),
  ];
}

describe('identifiers and values per dialect', () => {
  it.each([
    ['duckdb', '"a""b"', "'it''s \\ here'"],
    ['postgres', '"a""b"', "'it''s \\ here'"],
    ['snowflake', '"a""b"', "'it''s \\\\ here'"],
    ['clickhouse', '`a"b`', "'it\\'s \\\\ here'"],
    ['bigquery', '`a"b`', "'it\\'s \\\\ here'"],
    ['spark', '`a"b`', "'it\\'s \\\\ here'"],
  ] as [Dialect, string, string][])('%s quotes a name as %s and a value as %s', (dialect, name, value) => {
    const d = dialectOf(dialect);
    expect(d.ident('a"b')).toBe(name);
    expect(d.text("it's \\ here")).toBe(value);
  });

  it('backticks inside a name are escaped where backticks quote', () => {
    expect(dialectOf('clickhouse').ident('a`b')).toBe('`a\\`b`');
    expect(dialectOf('bigquery').ident('a`b')).toBe('`a\\`b`');
    expect(dialectOf('spark').ident('a`b')).toBe('`a``b`');
  });

  it('a dotted table name is quoted part by part; an empty one or a NUL is a usage error (exit 2)', () => {
    expect(tableName(dialectOf('postgres'), 'shop.orders')).toBe('"shop"."orders"');
    expect(() => tableName(dialectOf('duckdb'), ' ')).toThrow(expect.objectContaining({ exitCode: 2 }));
    expect(() => dialectOf('duckdb').ident('a\0b')).toThrow(expect.objectContaining({ exitCode: 2, code: 'CARE_BAD_SQL_NAME' }));
  });

  it('the user\'s column names and status values reach the SQL only quoted', () => {
    const sql = customerDaysSql(options('postgres'));
    expect(sql).toContain('t."Customer ID"');
    expect(sql).toContain('FROM "shop"."orders" AS t');
    expect(sql).toContain("('cancelled', 1)");
    // A status that keeps the order is not listed: values not listed are purchases.
    expect(sql).not.toContain("'paid'");
  });
});

describe.each(DIALECTS)('the queries for %s', (dialect) => {
  it('use no window function and join on equality only', () => {
    for (const sql of everyQuery(dialect)) {
      expect(sql).not.toMatch(/\bOVER\s*\(/i);
      expect(sql).not.toMatch(/\b(LAG|LEAD|ROW_NUMBER|RANK)\s*\(/i);
      // `JOIN t AS a ON …`, or `) AS a ON …` after a nested subquery (ClickHouse).
      const conditions = [...sql.matchAll(/\bAS \w+ ON\b([^\n]*)/g)].map((m) => m[1]!);
      expect(conditions.length).toBe([...sql.matchAll(/\bJOIN\b/g)].length - [...sql.matchAll(/\bCROSS JOIN\b/g)].length);
      expect(conditions.length).toBeGreaterThan(0);
      for (const condition of conditions) {
        for (const part of condition.split(/\bAND\b/)) expect(part).toMatch(/^\s*[\w.]+ = [\w.]+\s*$/);
      }
    }
  });

  it('open with the definitions as comments', () => {
    const [days, retention, cohorts, customers] = everyQuery(dialect);
    expect(days).toMatch(/^-- care: customer-days/);
    expect(days).toContain('qualifying purchase');
    expect(retention).toContain('-- A customer is active on day x when they made a qualifying purchase in [x - 89, x].');
    expect(cohorts).toContain("-- A customer's cohort is the week of their first qualifying purchase.");
    expect(customers).toContain('x = repeat purchase days');
  });
});

describe('golden pieces of the dialects without a local engine', () => {
  it('BigQuery: day numbers by UNIX_DATE, inline tables by UNNEST of structs, integers INT64', () => {
    const sql = customerDaysSql(options('bigquery', { dateFormat: 'yyyymmdd' }));
    expect(sql).toContain("UNIX_DATE(PARSE_DATE('%Y%m%d', SUBSTR(TRIM(CAST(t.`Order Date` AS STRING)), 1, 8)))");
    expect(sql).toContain("UNNEST(ARRAY<STRUCT<value STRING, excluded INT64>>[\n    ('cancelled', 1)])");
    expect(sql).toContain('CAST(ROUND(SUM(r.amount) * 100) AS INT64)');
  });

  it('Snowflake: DATEDIFF from 1970-01-01, TO_DATE with an Oracle-style pattern', () => {
    const sql = customerDaysSql(options('snowflake', { dateFormat: 'dd.mm.yyyy' }));
    expect(sql).toContain("DATEDIFF(day, DATE '1970-01-01', TO_DATE(SUBSTR(TRIM(CAST(t.\"Order Date\" AS VARCHAR)), 1, 10), 'DD.MM.YYYY'))");
  });

  it('Spark: DATEDIFF(date, 1970-01-01), VALUES … AS alias(columns) without parentheses', () => {
    const sql = retentionSql({ ...options('spark', { dateFormat: 'mm/dd/yyyy' }), period: 'quarter', since: day('2024-01-01'), churnAfter: 30 });
    expect(sql).toContain("DATEDIFF(TO_DATE(SUBSTR(TRIM(CAST(t.`Order Date` AS STRING)), 1, 10), 'MM/dd/yyyy'), DATE '1970-01-01')");
    expect(sql).toContain("SELECT * FROM VALUES\n    (0, '2024-Q1', 19723, 19814, '2024-01-01', '2024-04-01', 1) AS p(k, label, start_day, end_day, start_label, end_label, partial)");
  });

  it('ClickHouse: no CTEs, one join per SELECT with its strictness, arrays for inline rows, days by dateDiff on Date (18.16 and later)', () => {
    const sql = customerDaysSql(options('clickhouse'));
    expect(sql).not.toMatch(/^WITH$|\bcare_\w+ AS \(/m);
    expect(sql).toContain("SELECT * FROM (SELECT toString(tupleElement(r, 1)) AS value, toInt64(tupleElement(r, 2)) AS excluded FROM (SELECT arrayJoin([\n");
    expect(sql).toContain("('cancelled', 1)]) AS r)) AS s\n");
    expect(sql).toContain("toInt64(dateDiff('day', toDate('1970-01-01'), toDate(substring(toString(t.`Order Date`), 1, 10))))");
    expect(sql).toContain("replaceRegexpAll(ifNull(toString(t.`Customer ID`), ''), '^ +| +$', '') AS source_customer");
    expect(sql).toMatch(/\) AS r\n {6}ALL LEFT JOIN \(\n[^]*\) AS s ON s.value = r.status\n/);
    expect(sql).not.toMatch(/(?<!ALL INNER |ALL LEFT |CROSS )JOIN/);
    const retention = retentionSql({ ...options('clickhouse'), period: 'month', since: day('2023-01-01'), churnAfter: 90 });
    expect(retention).toContain('SELECT toInt64(number) AS o FROM system.numbers LIMIT 90');
    expect(retention).not.toContain('CAST(NULL AS String)');
  });

  it('ClickHouse: a text date in a fixed pattern is rebuilt as ISO text (no parseDateTime before 23.x)', () => {
    const sql = customerDaysSql(options('clickhouse', { dateFormat: 'dd.mm.yyyy' }));
    const text = "replaceRegexpAll(toString(t.`Order Date`), '^ +| +$', '')";
    expect(sql).toContain(`toDate(concat(substring(${text}, 7, 4), '-', substring(${text}, 4, 2), '-', substring(${text}, 1, 2)))`);
  });
});

describe('the calendar care passes in', () => {
  it('months from since to as-of, the last partial; check days before each start and the as-of day', () => {
    const calendar = buildCalendar('month', day('2024-01-20'), day('2024-03-15'));
    expect(calendar.periods.map((p) => [p.label, p.startLabel, p.endLabel, p.partial])).toEqual([
      ['2024-01', '2024-01-01', '2024-02-01', false],
      ['2024-02', '2024-02-01', '2024-03-01', false],
      ['2024-03', '2024-03-01', '2024-04-01', true],
    ]);
    expect(calendar.checks).toEqual([day('2023-12-31'), day('2024-01-31'), day('2024-02-29'), day('2024-03-15')]);
  });

  it('ISO weeks: 2021-01-03 is in 2020-W53; a since after the as-of day is a usage error', () => {
    expect(buildCalendar('week', day('2021-01-03'), day('2021-01-04')).periods.map((p) => p.label)).toEqual(['2020-W53', '2021-W01']);
    expect(() => buildCalendar('week', day('2021-01-05'), day('2021-01-04'))).toThrow(expect.objectContaining({ exitCode: 2 }));
  });
});

describe('a name built to break out of its quotes, run in DuckDB', () => {
  it('stays one column name: the query reads the column and the table is still there', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const evil = 'who"; DROP TABLE orders; --';
    const status = "st'; DROP TABLE orders; --";
    await connection.run(`CREATE TABLE orders ("${evil.replaceAll('"', '""')}" VARCHAR, day DATE, total DOUBLE, "${status}" VARCHAR)`);
    await connection.run(`INSERT INTO orders VALUES ('c1', DATE '2024-01-02', 10.5, 'ok'), ('c1', DATE '2024-01-02', 2.25, 'x''); DROP TABLE orders; --'), ('c2', DATE '2024-01-03', 1, 'ok')`);
    const sql = customerDaysSql({
      dialect: 'duckdb',
      table: 'orders',
      columns: { customer: evil, date: 'day', amount: 'total', status },
      asOf: day('2024-12-31'),
      statuses: [{ value: "x'); DROP TABLE orders; --", purchase: false }],
    });
    const rows = (await connection.runAndReadAll(sql)).getRowObjects();
    // c1's second row has the excluded status (an order of its own: no order id), so only 10.50 is kept.
    expect(rows.map((r) => [r['customer'], Number(r['day']), Number(r['orders']), Number(r['amount'])])).toEqual([
      ['c1', day('2024-01-02'), 1, 1050],
      ['c2', day('2024-01-03'), 1, 100],
    ]);
    expect((await connection.runAndReadAll('SELECT COUNT(*) AS n FROM orders')).getRowObjects()[0]!['n']).toBe(3n);
    connection.closeSync();
    instance.closeSync();
  });
});
