/**
 * The DuckDB engine reader (src/sql/engine-duckdb.ts, docs/sql.md): a .duckdb database with
 * --table, a Parquet file and a CSV file give the same customer-days; a bad URL, a missing table
 * or column is a one-line usage error (exit 2), a missing file an input error (exit 3).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { fixture } from '../../helpers/datasets.js';
import { parseDuckDbUrl } from '../../../src/sql/engine-duckdb.js';
import { engineHistory, engineRetention } from '../../helpers/engine.js';
import { parseIsoDay } from '../../../src/time/days.js';

const csv = fixture('orders.csv');
const map = { customer: 'Customer ID', date: 'Order Date', order: 'Order ID', quantity: 'Quantity', price: 'Unit Price', status: 'Status' };
const refundedOut = (value: string) => value !== 'refunded' && value !== 'cancelled';

let dir = '';
let database = '';
let parquet = '';

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'care-duckdb-'));
  database = path.join(dir, 'shop.duckdb');
  parquet = path.join(dir, 'orders.parquet');
  const instance = await DuckDBInstance.create(database);
  const connection = await instance.connect();
  await connection.run(`CREATE SCHEMA sales`);
  await connection.run(`CREATE TABLE sales.orders AS SELECT * FROM read_csv('${csv}')`);
  await connection.run(`COPY sales.orders TO '${parquet}' (FORMAT parquet)`);
  connection.closeSync();
  instance.closeSync();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('duckdb:FILE', () => {
  it('a database table, a Parquet file and the CSV itself give the same customer-days', async () => {
    const fromCsv = await engineHistory({ engine: `duckdb:${csv}`, map, isPurchaseStatus: refundedOut });
    const fromDb = await engineHistory({ engine: `duckdb:${database}`, table: 'sales.orders', map, isPurchaseStatus: refundedOut });
    const fromParquet = await engineHistory({ engine: `duckdb:${parquet}`, map, isPurchaseStatus: refundedOut });
    expect(fromCsv.history.customers.length).toBeGreaterThan(500);
    expect(fromDb.history).toEqual(fromCsv.history);
    expect(fromParquet.history).toEqual(fromCsv.history);
  });

  it('reads the URL: duckdb:FILE with a known extension', () => {
    expect(parseDuckDbUrl('duckdb:data/shop.duckdb')).toEqual({ url: 'duckdb:data/shop.duckdb', file: 'data/shop.duckdb', format: 'duckdb' });
    expect(parseDuckDbUrl('duckdb:///tmp/x.parquet').file).toBe('/tmp/x.parquet');
    expect(() => parseDuckDbUrl('sqlite:shop.db')).toThrow(expect.objectContaining({ exitCode: 2, message: '--engine sqlite:shop.db: not an engine URL' }));
    expect(() => parseDuckDbUrl('duckdb:shop.xlsx')).toThrow(expect.objectContaining({ exitCode: 2, code: 'CARE_BAD_ENGINE' }));
  });
});

describe('clear one-line errors', () => {
  it('a table the database does not have names the tables it has (exit 2)', async () => {
    const error = await engineHistory({ engine: `duckdb:${database}`, table: 'ordrs', map }).catch((e: unknown) => e);
    expect(error).toMatchObject({ exitCode: 2, code: 'CARE_NO_TABLE', message: `--table ordrs: ${database} has no such table`, hint: 'its tables: orders' });
  });

  it('a database without --table (exit 2)', async () => {
    await expect(engineHistory({ engine: `duckdb:${database}`, map })).rejects.toMatchObject({ exitCode: 2, code: 'CARE_BAD_ENGINE' });
  });

  it('a mapped column the table does not have names the field and lists the columns (exit 2)', async () => {
    const error = await engineRetention({ engine: `duckdb:${csv}`, map: { ...map, date: 'Date' }, period: 'month', churnAfter: 90 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ exitCode: 2, code: 'CARE_NO_COLUMN', message: `--map date=Date: duckdb:${csv} has no column "Date"` });
    expect((error as { hint: string }).hint).toContain('Order Date');
  });

  it('no customer column mapped (exit 2)', async () => {
    await expect(engineHistory({ engine: `duckdb:${csv}`, map: { date: 'Order Date' } })).rejects.toMatchObject({ exitCode: 2, message: '--map customer=COLUMN is needed with --engine' });
  });

  it('a CSV in CP1251 is one input error naming the file and line, with what to do (exit 3)', async () => {
    const file = path.join(dir, 'cp1251.csv');
    // «Иван» in CP1251: bytes DuckDB does not read as UTF-8.
    writeFileSync(file, Buffer.concat([Buffer.from('customer,date,amount\n'), Buffer.from([0xc8, 0xe2, 0xe0, 0xed]), Buffer.from(',2024-01-02,10\n')]));
    const error = await engineHistory({ engine: `duckdb:${file}`, map: { customer: 'customer', date: 'date', amount: 'amount' } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ exitCode: 3, code: 'CARE_ENCODING', file, line: 2, message: 'DuckDB reads this file as UTF-8 and it is not (another encoding)' });
    expect((error as { hint: string }).hint).toContain('without --engine');
  });

  it('a text date that is not ISO: --date-format reads it; without it, one input error with the hint (exit 3)', async () => {
    const file = path.join(dir, 'text-dates.csv');
    // 13/01 cannot be a month: DuckDB's own sniffing leaves the column as text.
    writeFileSync(file, 'customer,date,amount\nc1,13/01/2024 10:00,10\nc2,2/3/2024,5\nc3,14/02/2024,1.5\n');
    const map = { customer: 'customer', date: 'date', amount: 'amount' };
    const error = await engineHistory({ engine: `duckdb:${file}`, map }).catch((e: unknown) => e);
    expect(error).toMatchObject({ exitCode: 3, code: 'CARE_ENGINE', file });
    expect((error as { hint: string }).hint).toContain('--date-format');
    // 2/3/2024 is not zero-padded: dd/mm/yyyy reads the first ten characters, so it fails too; padded, all three read.
    writeFileSync(file, 'customer,date,amount\nc1,13/01/2024 10:00,10\nc2,02/03/2024,5\nc3,14/02/2024,1.5\n');
    const { history } = await engineHistory({ engine: `duckdb:${file}`, map, dateFormat: 'dd/mm/yyyy' });
    expect(Array.from(history.days)).toEqual([parseIsoDay('2024-01-13'), parseIsoDay('2024-03-02'), parseIsoDay('2024-02-14')]);
  });

  it('--date-format does not apply to a column DuckDB already reads as dates', async () => {
    const file = path.join(dir, 'dotted.csv');
    writeFileSync(file, 'customer,date,amount\nc1,05.01.2023,10\n');
    const { history } = await engineHistory({ engine: `duckdb:${file}`, map: { customer: 'customer', date: 'date', amount: 'amount' }, dateFormat: 'dd.mm.yyyy' });
    expect(Array.from(history.days)).toEqual([parseIsoDay('2023-01-05')]);
  });

  it('a missing file is an input error naming it (exit 3)', async () => {
    await expect(engineHistory({ engine: 'duckdb:no/such.csv', map })).rejects.toMatchObject({ exitCode: 3, message: 'no such file', file: 'no/such.csv' });
  });
});
