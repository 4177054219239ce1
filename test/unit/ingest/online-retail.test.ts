/**
 * UCI Online Retail (the shared data set online-retail.csv, test/helpers/datasets.ts) read end to end, checked against a
 * plain scan of the same file written here without any of src/ingest.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readOrders, type OrdersRead } from '../../../src/ingest/orders.js';
import { fileSource } from '../../../src/ingest/source.js';
import type { CustomerHistory } from '../../../src/metrics/history.js';
import { dataset, fixture } from '../../helpers/datasets.js';
import { csvSource, rejectionOf } from '../../helpers/csv-source.js';

/** Splits one CSV line; quotes only appear around descriptions in this file, never across lines. */
function splitLine(line: string): string[] {
  if (!line.includes('"')) return line.split(',');
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** A decimal string in ten-thousandths, exactly (BigInt-free: the prices are small). */
function tenThousandths(text: string): number {
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = (negative ? text.slice(1) : text).split('.');
  if (fraction.length > 4) throw new Error(`more than 4 decimals: ${text}`);
  const value = Number(whole) * 10_000 + Number(fraction.padEnd(4, '0'));
  return negative ? -value : value;
}

/** Half away from zero, ten-thousandths → cents. */
const toCents = (value: number) => Math.sign(value) * Math.round(Math.abs(value) / 100);

const dayOf = (isoDate: string) => Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / 86_400_000;

interface Scan {
  rows: number;
  noCustomer: number;
  customerIds: Set<string>;
  invoices: Map<string, { customer: string; day: number; value: number }>;
  /** Invoices whose lines are not all on consecutive rows (another invoice comes between). */
  interleaved: Set<string>;
  rawRevenue: number;
}

/** The independent reading: per invoice (with a CustomerID), the sum of Quantity × UnitPrice. */
function scan(text: string): Scan {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const result: Scan = { rows: 0, noCustomer: 0, customerIds: new Set(), invoices: new Map(), interleaved: new Set(), rawRevenue: 0 };
  let previous = '';
  for (const line of lines.slice(1)) {
    const [invoiceNo, , , quantity, invoiceDate, unitPrice, customerId] = splitLine(line);
    result.rows++;
    const fresh = invoiceNo !== previous;
    previous = invoiceNo!;
    if (customerId === '' || customerId === undefined) {
      result.noCustomer++;
      continue;
    }
    const customer = customerId.replace(/\.0$/, '');
    result.customerIds.add(customer);
    const value = Number(quantity) * tenThousandths(unitPrice!);
    result.rawRevenue += Number(quantity) * Number(unitPrice);
    const invoice = result.invoices.get(invoiceNo!);
    if (invoice === undefined) result.invoices.set(invoiceNo!, { customer, day: dayOf(invoiceDate!), value });
    else {
      if (invoice.customer !== customer) throw new Error(`invoice ${invoiceNo} has two customers`);
      if (fresh) result.interleaved.add(invoiceNo!);
      invoice.value += value;
    }
  }
  return result;
}

/** customer → day → [qualifying orders, cents], from the scan. */
function expectedHistory(invoices: Scan['invoices']): Map<string, Map<number, [number, number]>> {
  const out = new Map<string, Map<number, [number, number]>>();
  for (const { customer, day, value } of invoices.values()) {
    const cents = toCents(value);
    let days = out.get(customer);
    if (!days) out.set(customer, (days = new Map()));
    const entry = days.get(day) ?? [0, 0];
    days.set(day, [entry[0] + (cents > 0 ? 1 : 0), entry[1] + cents]);
  }
  return out;
}

function actualHistory(history: CustomerHistory): Map<string, Map<number, [number, number]>> {
  const out = new Map<string, Map<number, [number, number]>>();
  history.customers.forEach((customer, c) => {
    const days = new Map<number, [number, number]>();
    for (let i = history.offsets[c]!; i < history.offsets[c + 1]!; i++) days.set(history.days[i]!, [history.orders[i]!, history.amounts[i]!]);
    if (days.size > 0) out.set(customer, days);
  });
  return out;
}

const retail = dataset('online-retail.csv');

describe.skipIf(!retail.present)(`UCI Online Retail end to end${retail.present ? '' : ` (${retail.skipReason})`}`, () => {
  let read: OrdersRead;
  let plain: Scan;
  beforeAll(async () => {
    read = await readOrders(fileSource(retail.path));
    plain = scan(readFileSync(retail.path, 'utf8'));
  }, 60_000);

  it('reads every one of the 541,909 rows; the 135,080 without CustomerID are skipped as noCustomer, nothing else', () => {
    expect(plain.rows).toBe(541_909);
    expect(plain.noCustomer).toBe(135_080);
    expect(read.ingest.rows).toBe(541_909);
    expect(read.ingest.skipped).toEqual({ noCustomer: 135_080 });
    expect(read.mapping.fields).toMatchObject({ customer: 6, date: 4, order: 0, quantity: 3, price: 5 });
    expect(read.dateFormat).toBe('ISO date-time');
  });

  it('knows the 4,372 CustomerIDs (17850.0 → 17850), and counts as customers those with a purchase above zero', () => {
    expect(plain.customerIds.size).toBe(4_372);
    expect(new Set(read.history.customers)).toEqual(plain.customerIds);
    const buyers = new Set([...plain.invoices.values()].filter((invoice) => toCents(invoice.value) > 0).map((invoice) => invoice.customer));
    expect(read.ingest.customers).toBe(buyers.size);
    expect(buyers.size).toBeLessThan(4_372); // some customers only ever returned goods
  });

  it('groups line items into invoices; invoices starting with C are negative orders that reduce revenue only', () => {
    const invoices = [...plain.invoices.entries()];
    // docs/ingestion.md, "Line items": rows sharing an order id are one order. One invoice of this file (542806) has
    // another invoice's lines (credit note C542805) between its own: still one order.
    expect([...plain.interleaved]).toEqual(['542806']);
    expect(read.ingest.orders).toBe(invoices.length);
    expect(invoices.length).toBe(22_190);
    const cancellations = invoices.filter(([id]) => id.startsWith('C'));
    expect(cancellations.length).toBeGreaterThan(3000);
    expect(cancellations.every(([, invoice]) => invoice.value < 0)).toBe(true);
    const credits = invoices.filter(([, invoice]) => toCents(invoice.value) <= 0).length;
    expect(read.ingest.creditOrders).toBe(credits);
    expect(read.ingest.creditOrders).toBeGreaterThanOrEqual(cancellations.length);
  });

  it('net revenue of the rows with a CustomerID is the sum of Quantity × UnitPrice', () => {
    const revenue = read.history.amounts.reduce((sum, cents) => sum + cents, 0);
    const exact = [...plain.invoices.values()].reduce((sum, invoice) => sum + toCents(invoice.value), 0);
    expect(revenue).toBe(exact);
    // and within half a cent per invoice of the unrounded sum
    expect(Math.abs(revenue - plain.rawRevenue * 100)).toBeLessThanOrEqual(plain.invoices.size * 0.5);
  });

  it('every customer-day matches the plain scan', () => {
    const actual = actualHistory(read.history);
    const expected = expectedHistory(plain.invoices);
    expect(actual.size).toBe(expected.size);
    // The day of an interleaved invoice (see above) may count its parts as separate orders.
    const split = new Set([...plain.interleaved].map((id) => `${plain.invoices.get(id)!.customer}@${plain.invoices.get(id)!.day}`));
    const different = [...expected].filter(([customer, days]) => {
      const got = actual.get(customer);
      return (
        got === undefined ||
        got.size !== days.size ||
        [...days].some(([day, [orders, cents]]) => got.get(day)?.[1] !== cents || (got.get(day)?.[0] !== orders && !split.has(`${customer}@${day}`)))
      );
    });
    expect(different.slice(0, 3)).toEqual([]);
    expect(read.history.firstDay).toBe(dayOf('2010-12-01'));
    expect(read.history.lastDay).toBe(dayOf('2011-12-09'));
  });
});

describe('UCI Online Retail, the first lines as the xlsx export writes dates (M/D/YYYY H:MM)', () => {
  const isoFile = fixture('ingest', 'online-retail-head-iso.csv');
  const mdyFile = fixture('ingest', 'online-retail-head-mdy.csv');

  it('reads the same as the ISO version', async () => {
    const [iso, mdy] = await Promise.all([readOrders(fileSource(isoFile)), readOrders(fileSource(mdyFile))]);
    expect(mdy.dateFormat).toBe('M/D/Y');
    expect(mdy.sniffed.newline).toBe('\r\n');
    expect(actualHistory(mdy.history)).toEqual(actualHistory(iso.history));
    expect(mdy.ingest).toEqual(iso.ingest);
    // and both match the plain scan of the ISO lines
    const plain = scan(readFileSync(isoFile, 'utf8'));
    expect(actualHistory(iso.history)).toEqual(expectedHistory(plain.invoices));
    expect(iso.ingest).toMatchObject({ rows: 61, orders: plain.invoices.size, skipped: { noCustomer: 1 }, creditOrders: 1 });
  });

  it('without the 12/13 lines every date is ambiguous: exit 3 until --date-format MDY', async () => {
    const text = readFileSync(mdyFile, 'utf8')
      .split('\r\n')
      .filter((line) => !line.includes('12/13/2010'))
      .join('\r\n');
    const error = await rejectionOf(readOrders(csvSource(text)));
    expect(error).toMatchObject({ code: 'CARE_AMBIGUOUS_DATES', exitCode: 3 });
    const mdy = await readOrders(csvSource(text), { dateFormat: 'MDY' });
    expect(mdy.history.firstDay).toBe(dayOf('2010-12-01'));
    expect(mdy.history.lastDay).toBe(dayOf('2010-12-01'));
  });
});
