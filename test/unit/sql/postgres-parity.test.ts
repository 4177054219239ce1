/**
 * The PostgreSQL SQL care generates (src/sql, docs/sql.md), run by a real server over the fixtures,
 * gives the CSV path's period table, cohort table and per-customer summary, row for row and to the
 * cent. The server is Debian's PostgreSQL: `initdb` in a temp folder, listening on a Unix socket
 * there only (no TCP port), driven with `psql --csv` (no npm driver needed). Without initdb the
 * tests skip with a message; CARE_POSTGRES=required makes them run (and fail) instead.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { widenCohortCells } from '../../helpers/cohort-cells.js';
import { dataset, fixture } from '../../helpers/datasets.js';
import { fileSource } from '../../../src/ingest/source.js';
import { readOrders } from '../../../src/ingest/orders.js';
import { classifyStatus, isPurchaseMeaning } from '../../../src/ingest/fields/status.js';
import { activityFromHistory } from '../../../src/metrics/activity.js';
import { retentionTable } from '../../../src/metrics/retention.js';
import { cohortsFromHistory } from '../../../src/metrics/cohorts.js';
import { rfmFromHistory } from '../../../src/metrics/ltv/rfm.js';
import type { CustomerHistory } from '../../../src/model/customer-history.js';
import type { OrderColumns, OrdersSqlOptions } from '../../../src/sql/customer-days.js';
import { cohortsSql, customersSql, retentionSql } from '../../../src/sql/metrics-sql.js';
import type { PeriodKind } from '../../../src/time/periods.js';

/** Debian's server binaries: pg_config --bindir, else the usual folder. */
function postgresBin(): string | undefined {
  const run = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  const dirs = [run.status === 0 ? run.stdout.trim() : '', ...['17', '16', '15', '14', '13'].map((v) => `/usr/lib/postgresql/${v}/bin`)];
  return dirs.find((dir) => dir !== '' && existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl')));
}

const bin = postgresBin();
const available = bin !== undefined || process.env['CARE_POSTGRES'] === 'required';
const skipReason = 'skipped: no PostgreSQL server here (initdb not found; apt-get install postgresql)';
const isRoot = process.getuid?.() === 0;

/** A throwaway server: initdb in a temp folder, a Unix socket in it, trust for the local user `care`. */
class Server {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'care-pg-'));
  private readonly port = 50000 + (process.pid % 10000);

  /** Runs a server binary, as the `postgres` user when this is root (initdb refuses root). */
  private server(tool: string, args: string[]): void {
    const file = path.join(bin!, tool);
    if (isRoot) execFileSync('runuser', ['-u', 'postgres', '--', file, ...args], { stdio: 'pipe' });
    else execFileSync(file, args, { stdio: 'pipe' });
  }

  start(): void {
    if (isRoot) {
      chmodSync(this.dir, 0o755);
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
      chownSync(this.dir, uid, gid);
    }
    this.server('initdb', ['-D', path.join(this.dir, 'data'), '-A', 'trust', '-U', 'care', '--no-sync', '-E', 'UTF8', '--locale', 'C']);
    this.server('pg_ctl', ['-D', path.join(this.dir, 'data'), '-o', `-p ${this.port} -k ${this.dir} -c listen_addresses='' -c fsync=off`, '-l', path.join(this.dir, 'log'), '-w', 'start']);
  }

  stop(): void {
    try {
      this.server('pg_ctl', ['-D', path.join(this.dir, 'data'), '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(this.dir, { recursive: true, force: true });
    }
  }

  /** Runs SQL (a script) through psql; the last statement's rows as objects of strings. */
  query(sql: string): Record<string, string>[] {
    const file = path.join(this.dir, `q-${Math.random().toString(36).slice(2)}.sql`);
    writeFileSync(file, sql);
    const out = execFileSync('psql', ['-h', this.dir, '-p', String(this.port), '-U', 'care', '-d', 'postgres', '-X', '-q', '-v', 'ON_ERROR_STOP=1', '--csv', '-f', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const lines = out.trim().split('\n');
    // The fixtures' cells hold no commas or quotes: a plain split reads psql's CSV.
    const header = lines[0]!.split(',');
    return lines.slice(1).map((line) => Object.fromEntries(line.split(',').map((cell, i) => [header[i]!, cell])));
  }
}

const num = (cell: string | undefined) => (cell === undefined || cell === '' ? null : Number(cell));

interface Case {
  name: string;
  file: string;
  table: string;
  create: string;
  map: Record<string, string>;
  dateFormat?: OrdersSqlOptions['dateFormat'];
}

const retail = dataset('online-retail.csv');

const CASES: Case[] = [
  {
    name: 'fixtures/orders.csv',
    file: fixture('orders.csv'),
    table: 'orders',
    create: 'CREATE TABLE orders ("Order ID" text, "Customer ID" text, "Order Date" date, "Product" text, "Quantity" integer, "Unit Price" numeric, "Status" text, "Currency" text)',
    map: { customer: 'Customer ID', date: 'Order Date', order: 'Order ID', quantity: 'Quantity', price: 'Unit Price', status: 'Status' },
  },
  {
    name: 'the CDNOW sample (YYYYMMDD integers)',
    file: fixture('cdnow', 'cdnow-sample.csv'),
    table: 'cdnow',
    create: 'CREATE TABLE cdnow (masterid integer, sampleid integer, date integer, cds integer, sales numeric)',
    map: { customer: 'masterid', date: 'date', amount: 'sales' },
    dateFormat: 'yyyymmdd',
  },
  // The shared data set where it is (CI: CARE_DATASETS=required makes its absence a failure).
  ...(retail.present ? [{
    name: 'UCI Online Retail (541,909 rows; credit notes; ids written 17850.0; text timestamps)',
    file: retail.path,
    table: 'retail',
    create: 'CREATE TABLE retail ("InvoiceNo" text, "StockCode" text, "Description" text, "Quantity" integer, "InvoiceDate" text, "UnitPrice" numeric, "CustomerID" text, "Country" text)',
    map: { customer: 'CustomerID', date: 'InvoiceDate', order: 'InvoiceNo', quantity: 'Quantity', price: 'UnitPrice' },
  }] : []),
];

describe.skipIf(!available)(`PostgreSQL gives the CSV path's numbers${available ? '' : ` (${skipReason})`}`, () => {
  const server = new Server();
  beforeAll(() => {
    server.start();
    for (const { file, create, table } of CASES) server.query(`${create};\n\\copy ${table} FROM '${file}' WITH (FORMAT csv, HEADER true)\nSELECT COUNT(*) AS n FROM ${table};`);
  }, 120_000);
  afterAll(() => server.stop());

  describe.each(CASES)('$name', ({ file, table, map, dateFormat }) => {
    let read: Promise<{ history: CustomerHistory; asOf: number }> | undefined;
    const csv = () => (read ??= readOrders(fileSource(file), { map }).then(({ history }) => ({ history, asOf: history.lastDay! })));
    const orders = (asOf: number): OrdersSqlOptions => {
      const statuses = map['status'] === undefined ? [] : server.query(`SELECT DISTINCT "${map['status']}" AS value FROM ${table} WHERE "${map['status']}" IS NOT NULL;`).map((r) => ({ value: r['value']!, purchase: isPurchaseMeaning(classifyStatus(r['value']!)) }));
      return { dialect: 'postgres', table, columns: map as unknown as OrderColumns, asOf, dateFormat, statuses };
    };

    it.each([
      ['month', 90],
      ['week', 45],
    ] as [PeriodKind, number][])('the period table by %s, churn after %i days', async (period, churnAfter) => {
      const { history, asOf } = await csv();
      const expected = retentionTable(activityFromHistory(history, churnAfter, asOf), period, asOf);
      const rows = server.query(retentionSql({ ...orders(asOf), period, churnAfter, since: history.firstDay! }));
      expect(expected.length).toBeGreaterThan(3);
      expect(rows.map((r) => ({
        period: r['period'], start: r['period_start'], end: r['period_end'], partial: r['partial'] === '1',
        customersAtStart: num(r['customers_at_start']), new: num(r['new_customers']), reactivated: num(r['reactivated']),
        retained: num(r['retained']), lost: num(r['lost']), customersAtEnd: num(r['customers_at_end']),
        retentionRate: num(r['retention_rate']), churnRate: num(r['churn_rate']),
      }))).toEqual(expected);
    });

    it('the cohort table by month, with revenue', async () => {
      const { history, asOf } = await csv();
      const expected = cohortsFromHistory(history, 'month', asOf, true);
      const rows = server.query(cohortsSql({ ...orders(asOf), period: 'month', since: history.firstDay! }));
      const actual = widenCohortCells(expected, rows);
      expect(new Set(rows.map((r) => r['cohort'])).size).toBe(expected.length);
      expect(actual).toEqual(expected);
    });

    it('the per-customer summary in weeks, to the calibration end', async () => {
      const { history } = await csv();
      const calibrationEnd = Math.floor((history.firstDay! + history.lastDay!) / 2);
      const rfm = rfmFromHistory(history, { calibrationEnd, unit: 'week' });
      const expected = new Map<string, number[]>();
      for (let row = 0; row < rfm.customer.length; row++) expected.set(history.customers[rfm.customer[row]!]!, [rfm.firstDay[row]!, rfm.x[row]!, rfm.tx[row]!, rfm.T[row]!, rfm.monetary![row]!]);
      const rows = server.query(customersSql({ ...orders(history.lastDay!), calibrationEnd, unitDays: 7 }));
      // psql prints doubles with 15 significant digits: compare t_x, T and spend to that precision.
      const actual = new Map(rows.map((r) => [r['customer']!, [Number(r['first_day']), Number(r['x']), Number(r['t_x']), Number(r['t']), Number(r['mean_repeat_spend'])]]));
      expect(actual.size).toBe(expected.size);
      for (const [customer, values] of expected) {
        const got = actual.get(customer)!;
        expect(got.slice(0, 2)).toEqual(values.slice(0, 2));
        for (let i = 2; i < 5; i++) expect(got[i]).toBeCloseTo(values[i]!, 9);
      }
    });
  }, 90_000);
});
