/**
 * Facts about fixtures/orders.csv worked out with a plain scan of the file — no care code —
 * so end-to-end tests compare the tool's numbers with an independent count.
 */
import { readFileSync } from 'node:fs';
import { fixture } from './datasets.js';

export interface ShopFacts {
  customers: number;
  /** Qualifying orders: kept (status paid) with a net amount above zero. */
  orders: number;
  /** Orders whose status excludes them (cancelled, refunded). */
  excludedOrders: number;
  /** Kept orders with a net amount of zero or less (credit notes). */
  creditOrders: number;
  revenueCents: number;
  lastDate: string;
  repeatCustomers: number;
}

export function shopFacts(): ShopFacts {
  const lines = readFileSync(fixture('orders.csv'), 'utf8').trim().split('\n').slice(1);
  // Order ID,Customer ID,Order Date,Product,Quantity,Unit Price,Status,Currency (products may be quoted: "Tea cups, set of 2").
  const orders = new Map<string, { customer: string; cents: number; status: string; date: string }>();
  for (const line of lines) {
    const [id, customer, date, , quantity, price, status] = splitQuoted(line);
    const order = orders.get(id!) ?? { customer: customer!, cents: 0, status: status!, date: date! };
    order.cents += Math.round(Number(quantity) * Number(price) * 100);
    orders.set(id!, order);
  }
  const kept = [...orders.values()].filter((order) => order.status === 'paid');
  const perCustomer = new Map<string, number>();
  let revenueCents = 0;
  let qualifying = 0;
  let lastDate = '';
  for (const order of kept) {
    revenueCents += order.cents;
    if (order.date > lastDate) lastDate = order.date;
    if (order.cents > 0) {
      qualifying++;
      perCustomer.set(order.customer, (perCustomer.get(order.customer) ?? 0) + 1);
    }
  }
  return {
    customers: perCustomer.size,
    orders: qualifying,
    excludedOrders: orders.size - kept.length,
    creditOrders: kept.length - qualifying,
    revenueCents,
    lastDate,
    repeatCustomers: [...perCustomer.values()].filter((count) => count > 1).length,
  };
}

/** Splits one CSV line with double-quoted fields (no quotes inside quotes in this file). */
function splitQuoted(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}
