/**
 * care sql (src/commands/sql.ts, docs/sql.md): the SQL it prints, run in DuckDB over the table of
 * fixtures/orders.csv, gives the CSV path's period and cohort tables; its usage errors; and
 * --engine's loader (load-engine.ts) classifies statuses as the CSV path does.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { type SqlOptions, runSql } from '../../src/commands/sql.js';
import { loadEngineOrders } from '../../src/commands/load-engine.js';
import { readOrders } from '../../src/ingest/orders.js';
import { fileSource } from '../../src/ingest/source.js';
import { activityFromHistory } from '../../src/metrics/activity.js';
import { retentionTable } from '../../src/metrics/retention.js';
import { cohortsFromHistory } from '../../src/metrics/cohorts.js';
import { parseIsoDay } from '../../src/time/days.js';
import { fixture } from '../helpers/datasets.js';
import { fakeIo } from '../helpers/fake-io.js';

const ORDERS = fixture('orders.csv');
const map = { customer: 'Customer ID', date: 'Order Date', order: 'Order ID', quantity: 'Quantity', price: 'Unit Price', status: 'Status' };
const pairs = Object.entries(map).map(([field, column]) => `${field}=${column}`);
const day = (text: string) => parseIsoDay(text)!;

const base: SqlOptions = {
  dialect: 'duckdb',
  table: 'shop.orders',
  map,
  asOf: day('2024-06-30'),
  since: day('2022-12-01'),
  statusValues: ['paid', 'refunded', 'cancelled'],
};

function printed(what: Parameters<typeof runSql>[1], options: SqlOptions): string {
  const io = fakeIo();
  runSql(io, what, options);
  expect(io.err()).toBe('');
  return io.out();
}

/** The printed SQL run in DuckDB over a table shop.orders loaded from the fixture. */
async function runInDuckDb(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run('CREATE SCHEMA shop');
  await connection.run(`CREATE TABLE shop.orders AS SELECT * FROM read_csv('${ORDERS}')`);
  const rows = (await connection.runAndReadAll(sql)).getRowObjects();
  connection.closeSync();
  instance.closeSync();
  return rows;
}

async function csvHistory(asOf: number) {
  const { history } = await readOrders(fileSource(ORDERS), { map });
  return { history, asOf };
}

describe('care sql', () => {
  it('retention: the printed SQL gives the CSV path\'s period table (2023-01 … 2024-06, churn after 60 days)', async () => {
    const sql = printed('retention', { ...base, churnAfter: 60 });
    expect(sql).toMatch(/^-- care: the retention table by month, churn after 60 days \(duckdb\)/);
    const rows = await runInDuckDb(sql);
    const { history, asOf } = await csvHistory(base.asOf);
    const expected = retentionTable(activityFromHistory(history, 60, asOf), 'month', asOf);
    expect(expected.length).toBe(18);
    // The calendar starts at --since (2022-12); the SQL leaves out the periods before the first purchase, as care does.
    expect(rows.map((r) => r['period'])).toEqual(expected.map((p) => p.period));
    expect(rows.map((r) => [Number(r['customers_at_start']), Number(r['new_customers']), Number(r['reactivated']), Number(r['retained']), Number(r['lost']), Number(r['customers_at_end'])]))
      .toEqual(expected.map((p) => [p.customersAtStart, p.new, p.reactivated, p.retained, p.lost, p.customersAtEnd]));
  });

  it('cohorts by quarter: the printed SQL gives the CSV path\'s sizes, actives and revenue', async () => {
    const rows = await runInDuckDb(printed('cohorts', { ...base, period: 'quarter' }));
    const { history, asOf } = await csvHistory(base.asOf);
    const expected = cohortsFromHistory(history, 'quarter', asOf, true);
    expect(expected.length).toBe(6);
    for (const cohort of expected) {
      const cells = rows.filter((r) => r['cohort'] === cohort.cohort);
      expect(Number(cells[0]!['size'])).toBe(cohort.size);
      const active = new Array<number>(cohort.active.length).fill(0);
      const revenue = new Array<number>(cohort.active.length).fill(0);
      for (const cell of cells) {
        active[Number(cell['age'])] = Number(cell['active']);
        revenue[Number(cell['age'])] = Number(cell['revenue']);
      }
      expect(active).toEqual(cohort.active);
      expect(revenue).toEqual(cohort.revenue);
    }
  });

  it('without --status-values no status is listed: refunded and cancelled orders then count, so say so in the SQL', () => {
    const sql = printed('customer-days', { ...base, statusValues: undefined });
    expect(sql).not.toContain('care_statuses AS');
    expect(printed('customer-days', base)).toContain("('refunded', 1),\n    ('cancelled', 1)");
  });

  it('--exclude-status values are listed as kept out; --include-status keeps a value care would exclude', () => {
    const sql = printed('customer-days', { ...base, statusValues: ['refunded'], includeStatus: ['refunded'], excludeStatus: ['Paid by gift card'] });
    expect(sql).toContain("('Paid by gift card', 1)");
    expect(sql).not.toContain("('refunded', 1)");
  });

  it('customers for BigQuery in days: t_x and T divided by 1', () => {
    const sql = printed('customers', { ...base, dialect: 'bigquery', table: 'proj.shop.orders', timeUnit: 'day' });
    expect(sql).toContain('FROM `proj`.`shop`.`orders` AS t');
    expect(sql).toContain('CAST(s.last_day - s.first_day AS FLOAT64) / 1 AS t_x');
  });

  it('writes --out and says so on stderr', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-sql-'));
    const out = path.join(dir, 'retention.sql');
    const io = fakeIo({ cwd: dir });
    runSql(io, 'customer-days', { ...base, out });
    expect(readFileSync(out, 'utf8')).toMatch(/^-- care: customer-days/);
    expect(io.err()).toBe(`care: wrote ${out}\n`);
  });

  it.each([
    ['retention without --since', 'retention', { since: undefined }, 'care sql retention needs --since YYYY-MM-DD, a day on or before the first order'],
    ['a field care does not read', 'customer-days', { map: { ...map, colour: 'Colour' } }, '--map colour=Colour: care reads no field "colour" from orders'],
    ['no date column', 'customers', { map: { customer: 'Customer ID' } }, '--map date=COLUMN is needed'],
    ['--since after --as-of', 'cohorts', { since: day('2025-01-01') }, '--since 2025-01-01 is after --as-of 2024-06-30'],
  ] as [string, Parameters<typeof runSql>[1], Partial<SqlOptions>, string][])('%s is a usage error (exit 2)', (_name, what, change, message) => {
    expect(() => runSql(fakeIo(), what, { ...base, ...change })).toThrow(expect.objectContaining({ exitCode: 2, message }));
  });
});

describe('--engine: loadEngineOrders', () => {
  it('classifies statuses as the CSV path does, --include-status included', async () => {
    const includeStatus = ['refunded'];
    const { history } = await readOrders(fileSource(ORDERS), { map, includeStatus });
    const fromEngine = await loadEngineOrders({ engine: `duckdb:${ORDERS}`, map: pairs, includeStatus, currency: 'rub' }, {});
    expect(fromEngine.history.currency).toBe('RUB');
    const total = (h: typeof history) => h.amounts.reduce((sum, amount) => sum + amount, 0);
    expect(total(fromEngine.history)).toBe(total(history));
    const without = await loadEngineOrders({ engine: `duckdb:${ORDERS}`, map: pairs }, {});
    expect(total(without.history)).toBeLessThan(total(history));
  });
});
