/**
 * The orders reader never changes revenue or customers without a word (docs/ingestion.md,
 * "Reading orders"): each rule with a small inline export, the figure worked by hand and the
 * warning (or notice) it gives.
 */
import { describe, expect, it } from 'vitest';
import type { CustomerHistory } from '../../../src/metrics/history.js';
import { OrderAggregator } from '../../../src/ingest/order-aggregator.js';
import { readOrders, type ReadOrdersOptions } from '../../../src/ingest/orders.js';
import type { ExportProfile } from '../../../src/ingest/profiles/types.js';
import type { Sniffed } from '../../../src/ingest/types.js';
import { csvSource, rejectionOf } from '../../helpers/csv-source.js';

/** Reads inline CSV and collects what onWarning and onNotice were told. */
async function read(csv: string, options: ReadOrdersOptions = {}) {
  const warnings: string[] = [];
  const notices: string[] = [];
  const result = await readOrders(csvSource(csv), { ...options, onWarning: (message) => warnings.push(message), onNotice: (message) => notices.push(message) });
  return { ...result, warnings, notices };
}

/** Net revenue in minor units, summed over every customer-day. */
const revenue = (history: CustomerHistory) => history.amounts.reduce((sum, amount) => sum + amount, 0);
/** Qualifying orders, summed over every customer-day. */
const purchases = (history: CustomerHistory) => history.orders.reduce((sum, orders) => sum + orders, 0);

const profile = (fields: Partial<ExportProfile>): ExportProfile => ({
  name: 'test-orders',
  title: 'Test',
  kind: 'orders',
  source: 'written for this test',
  fingerprint: { all: [] },
  map: {},
  ...fields,
});

describe('amount columns', () => {
  it('an amount with its unit in the header (Сумма, руб.) is read, in the currency the header names', async () => {
    const { history, warnings } = await read('Покупатель,Дата,"Сумма, руб."\nA,2024-01-05,100.00\nA,2024-02-05,50.00\nB,2024-01-06,30.00\n');
    // 100.00 + 50.00 + 30.00 = 180.00 RUB
    expect(revenue(history)).toBe(18000);
    expect(history.hasAmounts).toBe(true);
    expect(history.currency).toBe('RUB');
    expect(warnings).toEqual([]);
  });

  it('a money column no synonym knows, with no amount read, is named with the --map to pass', async () => {
    const { history, warnings } = await read('Покупатель,Дата,Оплачено\nA,2024-01-05,100.00\nB,2024-01-06,30.00\n');
    expect(history.hasAmounts).toBe(false);
    expect(revenue(history)).toBe(0);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('"Оплачено"');
    expect(warnings[0]).toContain('--map amount="Оплачено"');
  });

  it('the total with VAT wins over the sum without, and the other is no warning', async () => {
    const { history, warnings } = await read('Клиент,Дата,Сумма без НДС,Сумма с НДС\nA,2024-01-05,100.00,120.00\n');
    expect(revenue(history)).toBe(12000);
    expect(warnings).toEqual([]);
  });
});

describe('second candidates', () => {
  it('two date columns: the first synonym is taken and the other named with its --map', async () => {
    const { history, warnings } = await read('Customer,Created at,Paid at,Total\nA,2024-01-05,2024-01-09,10.00\n');
    expect(history.firstDay).toBe(history.lastDay);
    expect(warnings).toEqual([expect.stringContaining('"Paid at" could also be the date; "Created at" was taken')]);
    expect(warnings[0]).toContain('--map date="Paid at"');
    // Chosen with --map: decided, nothing to say.
    const mapped = await read('Customer,Created at,Paid at,Total\nA,2024-01-05,2024-01-09,10.00\n', { map: { date: 'Paid at' } });
    expect(mapped.warnings).toEqual([]);
  });

  it('a status column no synonym knows is named, and its cancelled order still counts as a purchase', async () => {
    const { history, warnings } = await read('Customer,Date,Total,Order State\nA,2024-01-05,10.00,Cancelled\nB,2024-01-06,20.00,Paid\n');
    // Not read: both orders are purchases, 10.00 + 20.00.
    expect(revenue(history)).toBe(3000);
    expect(warnings).toEqual([expect.stringContaining('"Order State" looks like a status column but is not read')]);
    expect(warnings[0]).toContain('--map status="Order State"');
    // Address, tax and card columns are not statuses.
    const address = await read('Customer,Date,Total,Ship State,Billing State,Tax Status,Card CVC Status\nA,2024-01-05,10.00,OH,OH,taxable,pass\n');
    expect(address.warnings).toEqual([]);
  });
});

describe('status meanings', () => {
  const csv = [
    'Order,Customer,Date,Total,Status',
    '1,A,2024-01-05,10.00,paid',
    '2,A,2024-01-06,20.00,pending',
    '3,B,2024-01-07,40.00,Frobnicated',
    '3,B,2024-01-07,1.00,Frobnicated',
    '4,B,2024-01-08,80.00,cancelled',
    '5,C,2024-01-09,160.00,refunded',
    '6,C,2024-01-10,5.00,paid',
    '',
  ].join('\n');

  it('excluded, refunded and pending orders are kept out and counted by meaning; unknown values count and are listed with their rows', async () => {
    const { history, ingest, warnings } = await read(csv);
    // Purchases: order 1 (10.00), order 3 (40.00 + 1.00, unknown status), order 6 (5.00) = 56.00.
    expect(revenue(history)).toBe(5600);
    expect(purchases(history)).toBe(3);
    expect(ingest.excludedOrders).toBe(3);
    expect(ingest.excludedByMeaning).toEqual({ excluded: 1, refunded: 1, pending: 1 });
    expect(ingest.statuses).toEqual({
      paid: { meaning: 'completed', rows: 2 },
      pending: { meaning: 'pending', rows: 1 },
      Frobnicated: { meaning: 'unknown', rows: 2 },
      cancelled: { meaning: 'excluded', rows: 1 },
      refunded: { meaning: 'refunded', rows: 1 },
    });
    expect(warnings).toEqual([expect.stringContaining('status values not recognised, counted as purchases: "Frobnicated" (2 rows)')]);
    expect(warnings[0]).toContain('--exclude-status "Frobnicated"');
    expect(ingest.warnings).toEqual(warnings);
  });

  it('--exclude-status and --include-status decide, and nothing is left to warn of', async () => {
    const { history, ingest, warnings } = await read(csv, { excludeStatus: ['frobnicated'], includeStatus: ['Pending'] });
    // Purchases: 1 (10.00), 2 (20.00, included), 6 (5.00) = 35.00; order 3 excluded.
    expect(revenue(history)).toBe(3500);
    expect(ingest.excludedByMeaning).toEqual({ excluded: 2, refunded: 1, pending: 0 });
    expect(warnings).toEqual([]);
  });

  it('an order its status keeps out needs no readable date or amount: counted as excluded, not rejected', async () => {
    const deals = 'ID,Контакт,Дата,Сумма,Этап сделки\n1,A,18.01.2024,45000,Успешно реализовано\n2,B,не закрыта,12500,Переговоры\n3,C,не закрыта,,Черновик\n';
    const { history, ingest } = await read(deals);
    expect(revenue(history)).toBe(4500000);
    expect(ingest).toMatchObject({ orders: 1, customers: 1, excludedOrders: 2, excludedByMeaning: { excluded: 1, refunded: 0, pending: 1 } });
    expect(ingest.skipped['badDate'] ?? 0).toBe(0);
  });

  it("a profile's status map decides before the word rules", async () => {
    const { history, warnings } = await read(csv, { profile: profile({ statuses: { frobnicated: 'excluded', pending: 'completed' } }) });
    expect(revenue(history)).toBe(3500);
    expect(warnings).toEqual([]);
  });
});

describe('line items with an order-level amount', () => {
  const csv = [
    'Order,Customer,Date,Order Total,Product',
    '1,A,2024-01-05,30.00,Tea',
    '1,A,2024-01-05,30.00,Cups',
    '1,A,2024-01-05,30.00,Honey',
    '2,B,2024-01-06,20.00,Tea',
    '2,B,2024-01-06,20.00,Jam',
    '3,B,2024-02-06,7.00,Tea',
    '',
  ].join('\n');

  it('an amount repeated on every row of an order whose items differ is taken once, with a warning', async () => {
    const { history, ingest, warnings } = await read(csv);
    // 30.00 + 20.00 + 7.00, not 3 × 30.00 + 2 × 20.00 + 7.00 = 137.00
    expect(revenue(history)).toBe(5700);
    expect(ingest.repeatedTotals).toBe(2);
    expect(warnings).toEqual([expect.stringContaining('every row of an order repeats its "Order Total"')]);
    // One order whose rows differ says "per line": everything is summed, 30 + 12 + 30 + 20 + 20 + 7 = 119.00.
    const perLine = await read(csv.replace('1,A,2024-01-05,30.00,Cups', '1,A,2024-01-05,12.00,Cups'));
    expect(revenue(perLine.history)).toBe(11900);
    expect(perLine.warnings).toEqual([]);
  });

  it('rows of an order that come back after another order add nothing when totals repeat', async () => {
    const back = 'Order,Customer,Date,Total,Product\n1,A,2024-01-05,30.00,Tea\n2,A,2024-01-05,8.00,Jam\n1,A,2024-01-05,30.00,Cups\n';
    const { history, ingest } = await read(back, { profile: profile({ lineItems: 'order-total-repeated' }) });
    // Order 1 once (30.00) and order 2 (8.00); summing the returning row would give 68.00.
    expect(revenue(history)).toBe(3800);
    expect(ingest.orders).toBe(2);
  });

  it('a profile with order-total-repeated takes it once without the evidence or a warning', async () => {
    const one = 'Order,Customer,Date,Total,Product\n1,A,2024-01-05,30.00,Tea\n1,A,2024-01-05,30.00,Cups\n';
    const { history, warnings } = await read(one, { profile: profile({ lineItems: 'order-total-repeated' }) });
    expect(revenue(history)).toBe(3000);
    expect(warnings).toEqual([]);
  });
});

describe('transactions on one invoice', () => {
  it('a declined charge and its paid retry are one excluded and one kept order, not one merged excluded order', async () => {
    const csv = [
      'Charge ID,Invoice ID,Customer ID,Created (UTC),Amount,Status',
      'ch_1,in_1,cus_A,2024-03-01 10:00,50.00,Failed',
      'ch_2,in_1,cus_A,2024-03-01 10:05,50.00,Paid',
      'ch_3,in_2,cus_B,2024-03-02 09:00,20.00,Paid',
      '',
    ].join('\n');
    const { history, ingest, warnings } = await read(csv);
    expect(revenue(history)).toBe(7000);
    expect(ingest).toMatchObject({ orders: 2, customers: 2, excludedOrders: 1, splitTransactions: 1 });
    expect(warnings).toEqual([]);
    // Beside an order id (not an invoice id) a transaction id may name an item line (Etsy): one order of two lines.
    const items = await read('Order ID,Transaction ID,Customer,Date,Item Total\n7,t1,A,2024-03-01,10.00\n7,t2,A,2024-03-01,5.00\n');
    expect(items.ingest).toMatchObject({ orders: 1, splitTransactions: 0 });
    expect(revenue(items.history)).toBe(1500);
  });

  it("the profile's transaction column splits them too", async () => {
    const csv = 'id,Invoice,Customer,Date,Amount,Status\nch_1,in_1,A,2024-03-01,50.00,failed\nch_2,in_1,A,2024-03-01,50.00,paid\n';
    const { history, ingest } = await read(csv, { profile: profile({ transaction: 'id' }) });
    expect(revenue(history)).toBe(5000);
    expect(ingest).toMatchObject({ orders: 1, excludedOrders: 1 });
  });
});

describe('refunds', () => {
  it('a refunded amount reduces the net revenue of its order', async () => {
    const csv = 'Customer,Date,Amount,Amount Refunded,Status\nA,2024-01-05,100.00,30.00,partially_refunded\nB,2024-01-06,40.00,0.00,paid\n';
    const { history, ingest } = await read(csv);
    // (100.00 − 30.00) + 40.00
    expect(revenue(history)).toBe(11000);
    expect(ingest.refundedOrders).toBe(1);
  });

  it("the profile's refund columns are subtracted as well", async () => {
    const csv = 'Customer,Date,Amount,Returned\nA,2024-01-05,100.00,25.50\n';
    const { history } = await read(csv, { profile: profile({ refunds: ['Returned'] }) });
    expect(revenue(history)).toBe(7450);
  });
});

describe('the Bulgarian euro changeover', () => {
  const csv = [
    'Order,Customer,Date,Amount,Currency',
    '1,A,2025-12-30,195.58,BGN',
    '2,B,2025-12-31,97.79,BGN',
    '3,A,2026-01-02,50.00,EUR',
    '',
  ].join('\n');

  it('with --currency EUR, lev amounts before 2026-01-01 are converted at 1.95583 and a notice says how many', async () => {
    const { history, ingest, notices } = await read(csv, { currency: 'EUR' });
    // 195.58 / 1.95583 = 99.9985 → 100.00; 97.79 / 1.95583 = 49.9992 → 50.00; plus 50.00 = 200.00
    expect(revenue(history)).toBe(20000);
    expect(history.currency).toBe('EUR');
    expect(ingest.convertedFromBgn).toBe(2);
    expect(ingest.skipped['otherCurrency'] ?? 0).toBe(0);
    expect(notices).toEqual([expect.stringContaining('2 amounts in BGN dated before 2026-01-01 converted to EUR at the fixed rate 1 EUR = 1.95583 BGN')]);
  });

  it('lev signs in the cells count as BGN; the order is rounded once, not each row', async () => {
    // Three rows of 0.01 лв.: 0.03 / 1.95583 = 0.0153 → 0.02 (each row rounded: 3 × 0.01 = 0.03).
    const signs = 'Order,Customer,Date,Amount\n1,A,2025-06-01,0.01 лв.\n1,A,2025-06-01,0.01 лв.\n1,A,2025-06-01,0.01 лв.\n2,A,2026-02-01,€5.00\n';
    const { history } = await read(signs, { currency: 'EUR' });
    expect(revenue(history)).toBe(502);
  });

  it('without --currency, lev and euro amounts in one file are an error whose hint is --currency EUR', async () => {
    const error = await rejectionOf(read(csv));
    expect(error['code']).toBe('CARE_MIXED_CURRENCIES');
    expect(error['hint']).toContain('pass --currency EUR');
    expect(error['hint']).toContain('1 EUR = 1.95583 BGN');
  });

  it('lev amounts from 2026 on are still another currency, skipped and counted', async () => {
    const late = `${csv}4,B,2026-01-03,10.00,BGN\n`;
    const { ingest } = await read(late, { currency: 'EUR' });
    expect(ingest.skipped['otherCurrency']).toBe(1);
    expect(ingest.convertedFromBgn).toBe(2);
  });
});

describe('two readers merged (the worker-thread path)', () => {
  it('statuses, exclusions by meaning and the new counts add up as on one reader', () => {
    const headers = ['Order', 'Customer', 'Date', 'Total', 'Status', 'Amount Refunded'];
    const sniffed: Sniffed = { encoding: 'utf-8', bom: false, delimiter: ',', newline: '\n', sample: [] };
    const first = [
      ['1', 'A', '2024-01-05', '10.00', 'paid', '2.00'],
      ['2', 'A', '2024-01-06', '20.00', 'Frobnicated', ''],
    ];
    const second = [
      ['3', 'B', '2024-01-07', '40.00', 'Frobnicated', ''],
      ['4', 'B', '2024-01-08', '80.00', 'pending', ''],
    ];
    const warnings: string[] = [];
    const main = new OrderAggregator('two.csv', { onWarning: (message) => warnings.push(message) });
    main.header(headers, sniffed);
    first.forEach((cells, i) => main.row(cells, i + 2));
    main.done(first.length + 2);
    const worker = new OrderAggregator('two.csv', {});
    worker.header(headers, sniffed);
    second.forEach((cells, i) => worker.row(cells, i + 1));
    worker.done(second.length + 1);
    main.absorb(worker.partial(), main.linesRead());
    const { history, ingest } = main.finish(sniffed);
    // (10.00 − 2.00) + 20.00 + 40.00; order 4 pending
    expect(revenue(history)).toBe(6800);
    expect(ingest).toMatchObject({ orders: 3, excludedOrders: 1, excludedByMeaning: { excluded: 0, refunded: 0, pending: 1 }, refundedOrders: 1 });
    expect(ingest.statuses).toEqual({ paid: { meaning: 'completed', rows: 1 }, Frobnicated: { meaning: 'unknown', rows: 2 }, pending: { meaning: 'pending', rows: 1 } });
    expect(warnings).toEqual([expect.stringContaining('"Frobnicated" (2 rows)')]);
  });
});
