/**
 * The key requirement: the same shop gives the same history from its English line-item export
 * (fixtures/orders.csv: `,`, UTF-8, ISO dates, one row per line item, quantity × unit price)
 * and its Russian CRM export (fixtures/orders-ru.csv: `;`, Windows-1251, DD.MM.YYYY, `1 234,56`,
 * one row per order, Russian headers and statuses).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ParserName } from '../../../src/ingest/parser.js';
import { readOrders, type OrdersRead } from '../../../src/ingest/orders.js';
import { fileSource } from '../../../src/ingest/source.js';
import type { CustomerHistory } from '../../../src/metrics/history.js';
import { fixture } from '../../helpers/datasets.js';

/** customer → [day, qualifying orders, amount][] */
function byCustomer(history: CustomerHistory): Map<string, [number, number, number][]> {
  const out = new Map<string, [number, number, number][]>();
  history.customers.forEach((customer, c) => {
    const list: [number, number, number][] = [];
    for (let i = history.offsets[c]!; i < history.offsets[c + 1]!; i++) list.push([history.days[i]!, history.orders[i]!, history.amounts[i]!]);
    out.set(customer, list);
  });
  return out;
}

describe.each(['papaparse', 'csv-parse'] as ParserName[])('orders.csv and orders-ru.csv with %s', (parser) => {
  let en: OrdersRead;
  let ru: OrdersRead;
  beforeAll(async () => {
    vi.stubEnv('CARE_PARSER', parser);
    [en, ru] = await Promise.all([readOrders(fileSource(fixture('orders.csv'))), readOrders(fileSource(fixture('orders-ru.csv')))]);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('are sniffed as the exports they are', () => {
    expect(en.sniffed).toMatchObject({ encoding: 'utf-8', bom: false, delimiter: ',', newline: '\n' });
    expect(ru.sniffed).toMatchObject({ encoding: 'windows-1251', bom: false, delimiter: ';', newline: '\r\n' });
    expect(ru.decimalComma).toBe(true);
    expect(en.history.currency).toBe('RUB');
    expect(ru.history.currency).toBe('RUB');
  });

  it('give identical histories: customers, days, orders and amounts', () => {
    expect(byCustomer(ru.history)).toEqual(byCustomer(en.history));
    expect(ru.history.customers).toEqual(en.history.customers);
    expect(ru.history.firstDay).toBe(en.history.firstDay);
    expect(ru.history.lastDay).toBe(en.history.lastDay);
  });

  it('count the same orders, customers, exclusions and credits; no row is skipped', () => {
    // Status values are written in each file's language and counted per row: compared by meaning below.
    const { rows: enRows, excludedRows: enExcludedRows, statuses: enStatuses, ...enRest } = en.ingest;
    const { rows: ruRows, excludedRows: ruExcludedRows, statuses: ruStatuses, ...ruRest } = ru.ingest;
    expect(ruRest).toEqual(enRest);
    const meanings = (statuses: typeof enStatuses) => Object.values(statuses ?? {}).map((status) => status.meaning).sort();
    expect(meanings(ruStatuses)).toEqual(meanings(enStatuses));
    expect(en.ingest.skipped).toEqual({ noCustomer: 0 });
    expect(ruRows).toBe(ru.ingest.orders + ru.ingest.excludedOrders); // one row per order
    expect(enRows).toBeGreaterThan(ruRows); // line items
    expect(enExcludedRows).toBeGreaterThanOrEqual(ruExcludedRows);
  });

  it('match a plain count of the files', () => {
    // Independent count from the text: one data line per order in the Russian file.
    const text = new TextDecoder('windows-1251').decode(readFileSync(fixture('orders-ru.csv')));
    const lines = text.split('\r\n').slice(1).filter((line) => line !== '');
    const cells = lines.map((line) => line.split(';'));
    const excluded = cells.filter((row) => row[4] === 'Отменён' || row[4] === 'Возврат').length;
    const kept = cells.filter((row) => row[4] === 'Оплачен');
    expect(ru.ingest.rows).toBe(lines.length);
    expect(ru.ingest.excludedOrders).toBe(excluded);
    expect(ru.ingest.orders).toBe(kept.length);
    const credits = kept.filter((row) => row[3]!.startsWith('-')).length;
    expect(ru.ingest.creditOrders).toBe(credits);
    expect(credits).toBeGreaterThan(0);
    expect(excluded).toBeGreaterThan(0);
    // revenue: sum of the kept amounts, read by hand (drop spaces, comma → point) in kopecks
    const kopecks = kept.reduce((sum, row) => sum + Math.round(Number(row[3]!.replace(/[\s\u00a0]/g, '').replace(',', '.')) * 100), 0);
    const revenue = (history: CustomerHistory) => history.amounts.reduce((sum, amount) => sum + amount, 0);
    expect(revenue(ru.history)).toBe(kopecks);
    expect(revenue(en.history)).toBe(kopecks);
    const customers = new Set(kept.filter((row) => !row[3]!.startsWith('-')).map((row) => row[2]));
    expect(ru.ingest.customers).toBe(customers.size);
  });
});
