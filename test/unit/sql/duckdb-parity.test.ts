/**
 * The SQL care generates, run inside DuckDB over the fixtures, gives the same customer-days,
 * period table, cohort table and per-customer summary as care's CSV path (readOrders and the pure
 * metric functions, in process), row for row and to the cent (docs/sql.md).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset, fixture } from '../../helpers/datasets.js';
import { duckdbAvailable, duckdbSkipReason } from '../../helpers/duckdb.js';
import { fileSource } from '../../../src/ingest/source.js';
import { readOrders } from '../../../src/ingest/orders.js';
import { classifyStatus, isPurchaseMeaning } from '../../../src/ingest/fields/status.js';
import { activityFromHistory } from '../../../src/metrics/activity.js';
import { retentionTable } from '../../../src/metrics/retention.js';
import { cohortsFromHistory } from '../../../src/metrics/cohorts.js';
import { rfmFromHistory } from '../../../src/metrics/ltv/rfm.js';
import type { CustomerHistory } from '../../../src/model/customer-history.js';
import { type EngineOrdersOptions, engineCohorts, engineCustomers, engineHistory, engineRetention } from '../../helpers/engine.js';
import type { OrderColumns } from '../../../src/sql/customer-days.js';
import type { PeriodKind } from '../../../src/time/periods.js';
import { parseIsoDay } from '../../../src/time/days.js';

const isPurchaseStatus = (value: string) => isPurchaseMeaning(classifyStatus(value));

/** Each customer's entries as `day:orders:amount` strings, for a comparison that ignores customer order. */
function entriesByCustomer(history: CustomerHistory, asOf: number): Map<string, string[]> {
  const out = new Map<string, string[]>();
  history.customers.forEach((id, c) => {
    const entries: string[] = [];
    for (let i = history.offsets[c]!; i < history.offsets[c + 1]!; i++) {
      if (history.days[i]! <= asOf) entries.push(`${history.days[i]}:${history.orders[i]}:${history.amounts[i]}`);
    }
    if (entries.length > 0) out.set(id, entries);
  });
  return out;
}

interface Case {
  name: string;
  file: string;
  map: Record<string, string>;
  countZeroOrders?: boolean;
  /** Customers the file has at least (a check that the comparison is not of two empty tables). */
  minCustomers?: number;
}

/**
 * A small export with what the fixtures lack: a credit before a customer's first purchase (it
 * counts in the cohort's first period), an order of several lines, a return that makes an order
 * negative, a zero order, a cancelled order, an id written 17850.0 and an e-mail in capitals.
 */
const EDGE_CASES = path.join(mkdtempSync(path.join(tmpdir(), 'care-sql-edge-')), 'edge.csv');
writeFileSync(EDGE_CASES, [
  'order,customer,date,amount,status',
  'R1,ann@x.com,2024-01-03,-5.00,paid',
  'A1,ANN@X.COM,2024-01-20,10.00,paid',
  'A1,ann@x.com,2024-01-20,2.50,paid',
  'A2,ann@x.com,2024-03-02,0.00,paid',
  'A3,ann@x.com,2024-03-02,7.25,cancelled',
  'B1,17850.0,2024-01-31,20.00,paid',
  'B2,17850,2024-02-14,4.00,paid',
  'B2,17850,2024-02-14,-6.00,paid',
  'B3,17850,2024-05-01,9.99,paid',
  'C1,carl,2024-02-29,3.00,refunded',
  'C2,carl,2024-04-15,8.00,paid',
  'C3,carl,2024-06-10,1.00,paid',
].join('\n') + '\n');

const CASES: Case[] = [
  {
    name: 'a small export with a credit before the first purchase, returns, zero and cancelled orders',
    file: EDGE_CASES,
    map: { customer: 'customer', date: 'date', order: 'order', amount: 'amount', status: 'status' },
    minCustomers: 3,
  },
  {
    name: 'fixtures/orders.csv (line items, quantity × price, paid / refunded / cancelled)',
    file: fixture('orders.csv'),
    map: { customer: 'Customer ID', date: 'Order Date', order: 'Order ID', quantity: 'Quantity', price: 'Unit Price', status: 'Status' },
  },
  {
    name: 'fixtures/cdnow/cdnow-sample.csv (YYYYMMDD integer dates, $0.00 orders)',
    file: fixture('cdnow', 'cdnow-sample.csv'),
    map: { customer: 'masterid', date: 'date', amount: 'sales' },
  },
  {
    name: 'fixtures/cdnow/cdnow-sample.csv with --zero-orders count',
    file: fixture('cdnow', 'cdnow-sample.csv'),
    map: { customer: 'masterid', date: 'date', amount: 'sales' },
    countZeroOrders: true,
  },
];

describe.skipIf(!duckdbAvailable).each(CASES)(`DuckDB gives the CSV path's numbers${duckdbAvailable ? '' : ` (${duckdbSkipReason})`}: $name`, ({ file, map, countZeroOrders, minCustomers }) => {
  // One read of the CSV shared by the tests of this file.
  let read: Promise<{ history: CustomerHistory; asOf: number }> | undefined;
  const csv = () => (read ??= readOrders(fileSource(file), { map, countZeroOrders }).then(({ history }) => ({ history, asOf: history.lastDay! })));
  const engine: EngineOrdersOptions = { engine: `duckdb:${file}`, map: map as Partial<OrderColumns>, isPurchaseStatus, countZeroOrders };

  it('customer-days: every customer, day, qualifying orders and net amount in minor units', async () => {
    const { history, asOf } = await csv();
    const fromEngine = await engineHistory(engine);
    expect(fromEngine.asOf).toBe(asOf);
    const expected = entriesByCustomer(history, asOf);
    expect(expected.size).toBeGreaterThanOrEqual(minCustomers ?? 100);
    expect(entriesByCustomer(fromEngine.history, asOf)).toEqual(expected);
  });

  it.each([
    ['month', 90],
    ['week', 30],
    ['quarter', 180],
  ] as [PeriodKind, number][])('the period table by %s, churn after %i days', async (period, churnAfter) => {
    const { history, asOf } = await csv();
    const expected = retentionTable(activityFromHistory(history, churnAfter, asOf), period, asOf);
    const { rows } = await engineRetention({ ...engine, period, churnAfter });
    expect(expected.length).toBeGreaterThan(1);
    expect(rows).toEqual(expected);
  });

  it('the period table with an as-of day inside a month (a partial last period)', async () => {
    const { history } = await csv();
    const asOf = history.firstDay! + 200;
    const expected = retentionTable(activityFromHistory(history, 60, asOf), 'month', asOf);
    expect(expected[expected.length - 1]!.partial).toBe(true);
    const { rows } = await engineRetention({ ...engine, period: 'month', churnAfter: 60, asOf });
    expect(rows).toEqual(expected);
  });

  it.each(['month', 'week', 'quarter'] as PeriodKind[])('the cohort table by %s, with revenue', async (period) => {
    const { history, asOf } = await csv();
    const expected = cohortsFromHistory(history, period, asOf, true);
    const { rows } = await engineCohorts({ ...engine, period, revenue: true });
    // CDNOW's customers all first bought in 1997-Q1: one cohort by quarter.
    expect(expected.length).toBeGreaterThan(0);
    expect(rows).toEqual(expected);
  });

  it('the per-customer summary (first day, x, t_x, T, mean repeat spend) in weeks, calibration end inside the data', async () => {
    const { history } = await csv();
    const calibrationEnd = Math.floor((history.firstDay! + history.lastDay!) / 2);
    const rfm = rfmFromHistory(history, { calibrationEnd, unit: 'week' });
    const expected = new Map<string, unknown>();
    for (let row = 0; row < rfm.customer.length; row++) {
      expected.set(history.customers[rfm.customer[row]!]!, { firstDay: rfm.firstDay[row], x: rfm.x[row], tx: rfm.tx[row], T: rfm.T[row], meanRepeatSpend: rfm.monetary![row] });
    }
    const { rows } = await engineCustomers({ ...engine, calibrationEnd, unitDays: 7 });
    const actual = new Map(rows.map((r) => [r.customer, { firstDay: r.firstDay, x: r.x, tx: r.tx, T: r.T, meanRepeatSpend: r.meanRepeatSpend }]));
    // Customers with a purchase by the calibration end: most of the fixtures', two of the small export's.
    expect(expected.size).toBeGreaterThanOrEqual(minCustomers === undefined ? 100 : 2);
    expect(actual).toEqual(expected);
  });
}, 90_000); // each test reads the file into DuckDB again: slow on a busy machine

describe.skipIf(!duckdbAvailable)('DuckDB engine: a chosen as-of day', () => {
  it('leaves out orders after it, as the CSV path does', async () => {
    const file = fixture('orders.csv');
    const map = { customer: 'Customer ID', date: 'Order Date', order: 'Order ID', quantity: 'Quantity', price: 'Unit Price', status: 'Status' };
    const asOf = parseIsoDay('2023-09-15')!;
    const { history } = await readOrders(fileSource(file), { map });
    const fromEngine = await engineHistory({ engine: `duckdb:${file}`, map, isPurchaseStatus, asOf });
    expect(entriesByCustomer(fromEngine.history, Infinity)).toEqual(entriesByCustomer(history, asOf));
  });
});

const retail = dataset('online-retail.csv');

describe.skipIf(!retail.present || !duckdbAvailable)(`DuckDB on UCI Online Retail: 541,909 rows, credit notes, ids written 17850.0 (${retail.present ? 'present' : retail.skipReason})`, () => {
  const map = { customer: 'CustomerID', date: 'InvoiceDate', order: 'InvoiceNo', quantity: 'Quantity', price: 'UnitPrice' };
  const engine: EngineOrdersOptions = { engine: `duckdb:${retail.path}`, map };
  let read: Promise<CustomerHistory> | undefined;
  const csv = () => (read ??= readOrders(fileSource(retail.path), { map }).then(({ history }) => history));

  it('the same customer-days as the CSV path', async () => {
    const history = await csv();
    const fromEngine = await engineHistory(engine);
    expect(fromEngine.history.customers.length).toBe(history.customers.length);
    expect(entriesByCustomer(fromEngine.history, fromEngine.asOf)).toEqual(entriesByCustomer(history, history.lastDay!));
  }, 120_000);

  it('the same period table by month, churn after 90 days', async () => {
    const history = await csv();
    const asOf = history.lastDay!;
    const { rows } = await engineRetention({ ...engine, period: 'month', churnAfter: 90 });
    expect(rows).toEqual(retentionTable(activityFromHistory(history, 90, asOf), 'month', asOf));
  }, 120_000);
});
