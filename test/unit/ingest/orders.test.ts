import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CustomerHistory } from '../../../src/metrics/history.js';
import { purchaseDaysOf } from '../../../src/metrics/history.js';

const firstPurchaseDay = (history: Parameters<typeof purchaseDaysOf>[0], customer: number) => purchaseDaysOf(history, customer)[0];
import { chooseParser, PARSERS, type ParserName } from '../../../src/ingest/parser.js';
import { readOrders, type ReadOrdersOptions } from '../../../src/ingest/orders.js';
import { fileSource } from '../../../src/ingest/source.js';
import type { Reject } from '../../../src/ingest/types.js';
import { formatDay } from '../../../src/time/days.js';
import { fixture } from '../../helpers/datasets.js';
import { csvSource, rejectionOf } from '../../helpers/csv-source.js';

/** Each customer's entries as `day: orders × amount` strings, for readable expectations. */
function entries(history: CustomerHistory): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  history.customers.forEach((customer, c) => {
    const list: string[] = [];
    for (let i = history.offsets[c]!; i < history.offsets[c + 1]!; i++) list.push(`${formatDay(history.days[i]!)}: ${history.orders[i]} × ${history.amounts[i]}`);
    out[customer] = list;
  });
  return out;
}

const read = (csv: string, options: ReadOrdersOptions = {}) => readOrders(csvSource(csv), options);

describe.each(['papaparse', 'csv-parse'] as ParserName[])('readOrders with %s', (parser) => {
  beforeAll(() => {
    vi.stubEnv('CARE_PARSER', parser);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('reads through the parser CARE_PARSER names', () => {
    expect(chooseParser()).toBe(PARSERS[parser]);
  });

  describe('line items', () => {
    it('rows sharing an order id on consecutive rows are one order, amounts summed', async () => {
      const { history, ingest } = await read('order_id,customer_id,order_date,amount\n1,A,2024-01-05,10.00\n1,A,2024-01-05,5.50\n2,B,2024-01-06,7.00\n');
      expect(entries(history)).toEqual({ A: ['2024-01-05: 1 × 1550'], B: ['2024-01-06: 1 × 700'] });
      expect(ingest).toMatchObject({ rows: 3, orders: 2, customers: 2 });
    });

    it('without an amount column the line amount is quantity × unit price', async () => {
      const csv = 'Order,Customer,Date,Quantity,Unit Price\n7,A,2024-01-05,2,3.25\n7,A,2024-01-05,3,1.10\n8,A,2024-02-01,-1,3.25\n';
      const { history, ingest } = await read(csv);
      // 2 × 3.25 + 3 × 1.10 = 9.80; the return −3.25 is an order of its own
      expect(entries(history)).toEqual({ A: ['2024-01-05: 1 × 980', '2024-02-01: 0 × -325'] });
      expect(ingest).toMatchObject({ orders: 2, creditOrders: 1, customers: 1 });
      expect(history.hasAmounts).toBe(true);
    });

    it('three-decimal prices are summed exactly and the order is rounded once', async () => {
      // 3 × 0.165 + 1 × 0.165 = 0.660 (rounding each line first would give 0.50 + 0.17 = 0.67)
      const { history } = await read('InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice\n9,17850.0,2010-12-01 08:26:00,3,0.165\n9,17850.0,2010-12-01 08:26:00,1,0.165\n');
      expect(entries(history)).toEqual({ 17850: ['2010-12-01: 1 × 66'] });
    });

    it('an amount column wins over quantity and price', async () => {
      const { history } = await read('order,customer,date,quantity,price,amount\n1,A,2024-01-05,2,10.00,15.00\n');
      expect([...history.amounts]).toEqual([1500]);
    });

    it('rows of an order that come back after another order join it (docs/ingestion.md, "Line items": rows sharing an order id are one order)', async () => {
      const { ingest, history } = await read('order,customer,date,amount\n1,A,2024-01-05,1\n2,B,2024-01-05,1\n1,A,2024-01-05,1\n');
      expect(ingest.orders).toBe(2);
      expect(entries(history)).toEqual({ A: ['2024-01-05: 1 × 200'], B: ['2024-01-05: 1 × 100'] });
    });

    it('without order ids every row is an order', async () => {
      const { ingest, history } = await read('customer,date,amount\nA,2024-01-05,1\nA,2024-01-05,2\nA,2024-01-07,3\n');
      expect(ingest.orders).toBe(3);
      expect(entries(history)).toEqual({ A: ['2024-01-05: 2 × 300', '2024-01-07: 1 × 300'] });
    });

    it('without any amount every order qualifies and revenue is absent', async () => {
      const { history, ingest } = await read('customer,date\nA,2024-01-05\nB,2024-01-06\n');
      expect(history.hasAmounts).toBe(false);
      expect(ingest.customers).toBe(2);
      expect([...history.orders]).toEqual([1, 1]);
    });

    it('a Shopify continuation row (empty email, date, total) inherits the order\'s customer and day', async () => {
      const csv = [
        'Name,Email,Financial Status,Currency,Total,Created at,Lineitem quantity,Lineitem price',
        '#1001,anna@example.com,paid,USD,35.00,2024-03-05 10:00:00 -0500,1,20.00',
        '#1001,,,,,,1,15.00',
        '#1002,Bob@Example.com,refunded,USD,10.00,2024-03-06 11:00:00 +0100,1,10.00',
        '#1002,,,,,,1,0.00',
        '#1003,bob@example.com,partially_refunded,USD,12.00,2024-03-07 23:30:00 +0100,2,6.00',
      ].join('\n');
      const { history, ingest } = await read(csv);
      expect(entries(history)).toEqual({ 'anna@example.com': ['2024-03-05: 1 × 3500'], 'bob@example.com': ['2024-03-07: 1 × 1200'] });
      expect(ingest).toMatchObject({ rows: 5, orders: 2, customers: 2, excludedOrders: 1, excludedRows: 2, skipped: { noCustomer: 0 } });
      expect(history.currency).toBe('USD');
    });
  });

  describe('statuses', () => {
    it.each([
      ['cancelled', 'refunded', 'failed'],
      ['Отменён', 'Возврат', 'отменен'],
      ['анулирана', 'Отказана', 'Върната'],
    ])('%s, %s and %s exclude their orders', async (a, b, c) => {
      const csv = `order,customer,date,amount,status\n1,A,2024-01-05,10,paid\n2,A,2024-01-06,11,${a}\n3,B,2024-01-06,12,${b}\n3,B,2024-01-06,1,\n4,C,2024-01-07,13,${c}\n`;
      const { history, ingest } = await read(csv);
      expect(ingest).toMatchObject({ orders: 1, customers: 1, excludedOrders: 3, excludedRows: 4 });
      expect(entries(history).A).toEqual(['2024-01-05: 1 × 1000']);
      expect(entries(history).B ?? []).toEqual([]);
    });

    it('partially_refunded keeps the order', async () => {
      const { ingest } = await read('order,customer,date,amount,status\n1,A,2024-01-05,10,partially_refunded\n');
      expect(ingest).toMatchObject({ orders: 1, customers: 1, excludedOrders: 0 });
    });
  });

  describe('credits and customers', () => {
    it('a credit note reduces revenue but is not a purchase', async () => {
      const csv = 'order,customer,date,amount\n1,A,2024-01-05,100.00\nCN1,A,2024-01-08,-30.00\n2,A,2024-02-01,20.00\nCN2,A,2024-02-01,(5.00)\n';
      const { history, ingest } = await read(csv);
      expect(entries(history)).toEqual({ A: ['2024-01-05: 1 × 10000', '2024-01-08: 0 × -3000', '2024-02-01: 1 × 1500'] });
      expect(ingest).toMatchObject({ orders: 4, creditOrders: 2, customers: 1 });
    });

    it('a customer with only refunds or credits is not counted as a customer', async () => {
      const csv = 'order,customer,date,amount,status\n1,A,2024-01-05,10.00,paid\n2,B,2024-01-06,-10.00,paid\n3,C,2024-01-07,10.00,refunded\n4,D,2024-01-08,0.00,paid\n';
      const { history, ingest } = await read(csv);
      expect(ingest.customers).toBe(1);
      const index = (id: string) => history.customers.indexOf(id);
      expect(firstPurchaseDay(history, index('A'))).toBe(history.firstDay);
      expect(firstPurchaseDay(history, index('B'))).toBeUndefined();
      expect(firstPurchaseDay(history, index('D'))).toBeUndefined(); // a zero order is not above zero
      expect(index('C') === -1 || firstPurchaseDay(history, index('C')) === undefined).toBe(true);
      expect(formatDay(history.firstDay!)).toBe('2024-01-05');
      expect(formatDay(history.lastDay!)).toBe('2024-01-08'); // any order, qualifying or not
    });

    it('rows without a customer are skipped and counted as noCustomer, line items with them', async () => {
      const rejects: Reject[] = [];
      const csv = 'order,customer,date,amount\n1,,2024-01-05,10\n1,,2024-01-05,5\n2,A,2024-01-05,1\n3,  ,2024-01-06,2\n';
      const { ingest, firstLineBySkip } = await read(csv, { onReject: (reject) => rejects.push(reject) });
      expect(ingest.skipped).toEqual({ noCustomer: 3 });
      expect(firstLineBySkip).toEqual({ noCustomer: 2 });
      expect(rejects.map((reject) => [reject.line, reject.reason])).toEqual([[2, 'noCustomer'], [3, 'noCustomer'], [5, 'noCustomer']]);
      expect(ingest.orders).toBe(1);
    });

    it('ids written as 17850.0 are the same customer as 17850', async () => {
      const { history } = await read('customer,date,amount\n17850.0,2024-01-05,1\n17850,2024-01-06,1\n 17850 ,2024-01-07,1\n');
      expect(history.customers).toEqual(['17850']);
      expect(history.days).toHaveLength(3);
    });

    it('e-mail ids compare case-insensitively', async () => {
      const { history } = await read('email,date,amount\nAnna@Example.com,2024-01-05,1\nanna@example.COM,2024-01-06,1\n');
      expect(history.customers).toEqual(['anna@example.com']);
    });

    it('orders of one customer out of date order are sorted, and same-day orders merged', async () => {
      const { history } = await read('customer,date,amount\nA,2024-03-01,1\nA,2024-01-01,2\nA,2024-03-01,3\nA,2024-02-01,4\n');
      expect(entries(history)).toEqual({ A: ['2024-01-01: 1 × 200', '2024-02-01: 1 × 400', '2024-03-01: 2 × 400'] });
    });
  });

  describe('bad rows', () => {
    it('ragged rows are skipped with their lines; trailing empty cells are fine', async () => {
      const rejects: Reject[] = [];
      const { ingest } = await readOrders(fileSource(fixture('broken', 'ragged.csv')), { onReject: (reject) => rejects.push(reject) });
      expect(rejects.map((reject) => [reject.line, reject.reason])).toEqual([[3, 'ragged'], [4, 'ragged']]);
      expect(rejects[1]!.cells).toEqual(['3', 'C', '2024-01-07', '8.00', 'extra']);
      expect(ingest).toMatchObject({ rows: 4, orders: 2, skipped: { ragged: 2 } });
      const trailing = await read('order,customer,date,amount\n1,A,2024-01-05,1,,\n');
      expect(trailing.ingest.orders).toBe(1);
    });

    it('bad dates are skipped as badDate with the right lines', async () => {
      const rejects: Reject[] = [];
      const { ingest } = await readOrders(fileSource(fixture('broken', 'bad-dates.csv')), { onReject: (reject) => rejects.push(reject) });
      expect(rejects.map(({ line, reason, field }) => ({ line, reason, field }))).toEqual([
        { line: 3, reason: 'badDate', field: 'date' }, // 2024-13-45
        { line: 4, reason: 'badDate', field: 'date' }, // yesterday
        { line: 5, reason: 'badDate', field: 'date' }, // 2024-02-30
      ]);
      expect(rejects[1]!.cells).toEqual(['3', 'C', 'yesterday', '8.00']);
      expect(ingest).toMatchObject({ orders: 2, skipped: { noCustomer: 0, badDate: 3 } });
    });

    it('unreadable amounts are skipped as badAmount, empty ones as missingAmount, and their line items with them', async () => {
      const rejects: Reject[] = [];
      const csv = 'order,customer,date,amount\n1,A,2024-01-05,ten\n1,A,2024-01-05,5\n2,B,2024-01-05,\n3,C,2024-01-06,4\n';
      const { ingest } = await read(csv, { onReject: (reject) => rejects.push(reject) });
      expect(rejects.map(({ line, reason }) => [line, reason])).toEqual([[2, 'badAmount'], [3, 'badAmount'], [4, 'missingAmount']]);
      expect(ingest.orders).toBe(1);
    });

    it('unreadable quantities and prices are skipped', async () => {
      const rejects: Reject[] = [];
      const csv = 'order,customer,date,quantity,price\n1,A,2024-01-05,two,1.00\n2,A,2024-01-05,2,n/a\n3,A,2024-01-05,2,1.50\n';
      const { history } = await read(csv, { onReject: (reject) => rejects.push(reject) });
      expect(rejects.map(({ line, reason, field }) => [line, reason, field])).toEqual([[2, 'badQuantity', 'quantity'], [3, 'badPrice', 'price']]);
      expect([...history.amounts]).toEqual([300]);
    });

    it('--strict fails on the first bad row with exit 3, naming file, line and field', async () => {
      const file = fixture('broken', 'bad-dates.csv');
      const error = await rejectionOf(readOrders(fileSource(file), { strict: true }));
      expect(error).toMatchObject({ code: 'CARE_BAD_ROW', exitCode: 3, file, line: 3, field: 'date' });
      const described = (error as unknown as { describe(): string }).describe();
      expect(described).toContain(file);
      expect(described).toContain('line 3');
      expect(described).toContain('date');
      expect(described).toContain('2024-13-45');
    });

    it('--strict fails on a ragged row too, but not on a row without customer', async () => {
      const ragged = await rejectionOf(readOrders(fileSource(fixture('broken', 'ragged.csv')), { strict: true }));
      expect(ragged).toMatchObject({ code: 'CARE_BAD_ROW', exitCode: 3, line: 3 });
      const { ingest } = await read('customer,date,amount\n,2024-01-05,1\nA,2024-01-05,1\n', { strict: true });
      expect(ingest.skipped.noCustomer).toBe(1);
    });

    it('an empty file, a header-only file and a file without usable rows are exit 3', async () => {
      for (const [name, code] of [['empty.csv', 'CARE_EMPTY'], ['header-only.csv', 'CARE_NO_ROWS'], ['excel-renamed.csv', 'CARE_NOT_CSV']]) {
        const error = await rejectionOf(readOrders(fileSource(fixture('broken', name!))));
        expect(error, name).toMatchObject({ code, exitCode: 3 });
      }
      const blank = await rejectionOf(read('\n\n\n'));
      expect(blank).toMatchObject({ exitCode: 3 });
      const none = await rejectionOf(read('customer,date,amount\n,2024-01-05,1\nA,never,1\n'));
      expect(none).toMatchObject({ code: 'CARE_NO_ROWS', exitCode: 3 });
    });

    it('a missing file is exit 3', () => {
      expect(() => fileSource(fixture('no-such-file.csv'))).toThrow(expect.objectContaining({ code: 'CARE_NO_FILE', exitCode: 3 }));
    });
  });

  describe('currencies', () => {
    it('mixed currencies in one column are exit 3', async () => {
      const error = await rejectionOf(readOrders(fileSource(fixture('broken', 'mixed-currencies.csv'))));
      expect(error).toMatchObject({ code: 'CARE_MIXED_CURRENCIES', exitCode: 3, line: 3, field: 'amount' });
      expect(String(error.hint)).toContain('--currency');
    });

    it('--currency picks one; the others are skipped as otherCurrency', async () => {
      const rejects: Reject[] = [];
      const { history, ingest } = await readOrders(fileSource(fixture('broken', 'mixed-currencies.csv')), { currency: 'USD', onReject: (reject) => rejects.push(reject) });
      expect(history.currency).toBe('USD');
      expect(entries(history)).toEqual({ A: ['2024-01-05: 1 × 1000'], C: ['2024-01-07: 1 × 800'] });
      expect(ingest.skipped).toMatchObject({ otherCurrency: 1 });
      expect(rejects.map(({ line, reason }) => [line, reason])).toEqual([[3, 'otherCurrency']]);
      const euros = await readOrders(fileSource(fixture('broken', 'mixed-currencies.csv')), { currency: '€' });
      expect(euros.history.currency).toBe('EUR');
      expect([...euros.history.amounts]).toEqual([1200]);
    });

    it('a currency column decides the currency too', async () => {
      const error = await rejectionOf(read('customer,date,amount,currency\nA,2024-01-05,1,USD\nB,2024-01-05,1,EUR\n'));
      expect(error).toMatchObject({ code: 'CARE_MIXED_CURRENCIES', exitCode: 3 });
      const { history } = await read('customer,date,amount,currency\nA,2024-01-05,1,руб.\nB,2024-01-05,1,RUB\n');
      expect(history.currency).toBe('RUB');
    });

    it.each([
      ['$12', 1200, 'USD'],
      ['"1,234.56"', 123_456, undefined],
      ['12 €', 1200, 'EUR'],
      ['₽ 1 000', 100_000, 'RUB'],
      ['1 000 руб.', 100_000, 'RUB'],
      ['"25,50 лв."', 2550, 'BGN'],
      ['(12.00)', -1200, undefined],
    ])('amount %s is %i minor units (%s)', async (cell, minor, currency) => {
      const { history } = await read(`customer,date,amount\nA,2024-01-05,${cell}\nB,2024-01-06,1\n`);
      expect(history.amounts[0]).toBe(minor);
      expect(history.currency).toBe(currency);
    });

    it('a ; file reads decimal commas: 1 234,56 and 1.234,56 and 1234,56', async () => {
      const { history } = await read('Клиент;Дата;Сумма\nА;05.01.2024;1 234,56\nБ;05.01.2024;1.234,56\nВ;05.01.2024;1234,56\nГ;05.01.2024;1,5\n');
      expect([...history.amounts]).toEqual([123_456, 123_456, 123_456, 150]);
    });
  });
});
