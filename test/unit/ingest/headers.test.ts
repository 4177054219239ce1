import { describe, expect, it } from 'vitest';
import { mapHeaders, normalizeHeader, requireFields } from '../../../src/ingest/headers.js';
import { ORDER_FIELDS } from '../../../src/ingest/kinds.js';
import { readOrders } from '../../../src/ingest/orders.js';
import { fileSource } from '../../../src/ingest/source.js';
import { fixture } from '../../helpers/datasets.js';
import { csvSource, rejectionOf } from '../../helpers/csv-source.js';

/** canonical field → header name, for readable expectations. */
const mapped = (headers: string[], overrides?: Record<string, string>) => {
  const { fields } = mapHeaders(headers, ORDER_FIELDS, overrides, 'f.csv');
  return Object.fromEntries(Object.entries(fields).map(([field, index]) => [field, headers[index]]));
};

describe('normalizeHeader', () => {
  it('folds case, ё, separators and spaces', () => {
    expect(normalizeHeader('  Customer_ID ')).toBe('customer id');
    expect(normalizeHeader('Order-Date')).toBe('order date');
    expect(normalizeHeader('Кол-во')).toBe('кол во');
    expect(normalizeHeader('Зачёт')).toBe('зачет');
    expect(normalizeHeader('e-mail')).toBe('e mail');
  });
});

describe('header synonyms', () => {
  it.each([
    ['Customer ID', 'customer'], ['customer_id', 'customer'], ['Email', 'customer'], ['E-mail', 'customer'], ['CustomerID', 'customer'],
    ['Клиент', 'customer'], ['ID клиента', 'customer'], ['Покупатель', 'customer'], ['Контрагент', 'customer'], ['Купувач', 'customer'],
    ['Дата заказа', 'date'], ['Дата на поръчка', 'date'], ['Order Date', 'date'],
    ['Сумма', 'amount'], ['Итого', 'amount'], ['Сума', 'amount'], ['Total', 'amount'],
    ['Статус', 'status'], ['Financial Status', 'status'],
    ['Номер заказа', 'order'], ['Валюта', 'currency'], ['Количество', 'quantity'], ['Цена', 'price'],
  ])('%j is the %s', (header, field) => {
    const headers = ['Unrelated', header];
    expect(mapped(headers)[field]).toBe(header);
  });

  it('maps a Shopify orders export', () => {
    const headers = 'Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,Billing Name,Shipping Name,Refunded Amount,Vendor,Id'.split(',');
    expect(mapped(headers)).toEqual({
      customer: 'Email',
      date: 'Created at',
      order: 'Name',
      amount: 'Total',
      quantity: 'Lineitem quantity',
      price: 'Lineitem price',
      status: 'Financial Status',
      currency: 'Currency',
      refunded: 'Refunded Amount',
    });
  });

  it('maps UCI Online Retail', () => {
    const headers = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country'.split(',');
    expect(mapped(headers)).toEqual({ customer: 'CustomerID', date: 'InvoiceDate', order: 'InvoiceNo', quantity: 'Quantity', price: 'UnitPrice' });
  });

  it('maps CDNOW', () => {
    expect(mapped(['masterid', 'sampleid', 'date', 'cds', 'sales'])).toEqual({ customer: 'masterid', date: 'date', amount: 'sales', quantity: 'cds' });
  });

  it('maps the Russian fixture header', () => {
    expect(mapped(['Номер заказа', 'Дата заказа', 'Покупатель', 'Сумма', 'Статус', 'Валюта'])).toEqual({
      order: 'Номер заказа', date: 'Дата заказа', customer: 'Покупатель', amount: 'Сумма', status: 'Статус', currency: 'Валюта',
    });
  });

  it('prefers the customer id over the e-mail, whichever comes first', () => {
    expect(mapped(['Email', 'Date', 'Customer ID']).customer).toBe('Customer ID');
    expect(mapped(['Customer ID', 'Email', 'Date']).customer).toBe('Customer ID');
    expect(mapped(['Email', 'Клиент']).customer).toBe('Клиент');
  });

  it('lists the headers no field took', () => {
    const { unmapped } = mapHeaders(['Customer ID', 'Notes', 'Date', 'Colour'], ORDER_FIELDS);
    expect(unmapped).toEqual([1, 3]);
  });
});

describe('--map overrides', () => {
  it('a mapping wins over the synonyms, and the header it took is not reused', () => {
    const headers = ['Customer ID', 'Email', 'Date', 'Ship date'];
    expect(mapped(headers, { customer: 'Email', date: 'Ship date' })).toMatchObject({ customer: 'Email', date: 'Ship date' });
  });

  it('matches the header loosely (case, separators)', () => {
    expect(mapped(['Client Ref', 'Day'], { customer: 'client_ref', date: 'DAY' })).toEqual({ customer: 'Client Ref', date: 'Day' });
  });

  it('a header the file lacks is a usage error (exit 2) naming it', () => {
    expect(() => mapHeaders(['a', 'b'], ORDER_FIELDS, { customer: 'Kunde' }, 'f.csv')).toThrow(
      expect.objectContaining({ code: 'CARE_UNKNOWN_HEADER', exitCode: 2, message: expect.stringContaining('Kunde') }),
    );
  });

  it('an unknown field is a usage error (exit 2)', () => {
    expect(() => mapHeaders(['a'], ORDER_FIELDS, { shoeSize: 'a' })).toThrow(expect.objectContaining({ code: 'CARE_UNKNOWN_FIELD', exitCode: 2 }));
  });

  it('readOrders uses ReadOptions.map', async () => {
    const csv = 'Ref,Kunde,Tag,Betrag\n1,K1,2024-01-05,10.00\n2,K2,2024-01-06,5.00\n';
    const { history, mapping } = await readOrders(csvSource(csv), { map: { customer: 'Kunde', date: 'Tag', amount: 'Betrag', order: 'Ref' } });
    expect(mapping.fields).toEqual({ order: 0, customer: 1, date: 2, amount: 3 });
    expect(history.customers).toEqual(['K1', 'K2']);
    expect([...history.amounts]).toEqual([1000, 500]);
  });

  it('readOrders fails with exit 2 when --map names a missing header', async () => {
    const error = await rejectionOf(readOrders(csvSource('customer_id,date\nA,2024-01-05\n'), { map: { amount: 'Total' } }));
    expect(error).toMatchObject({ code: 'CARE_UNKNOWN_HEADER', exitCode: 2 });
  });
});

describe('required fields', () => {
  it('a missing customer column is exit 3 naming the field and the headers there are', async () => {
    const error = await rejectionOf(readOrders(fileSource(fixture('broken', 'missing-customer-column.csv'))));
    expect(error).toMatchObject({ code: 'CARE_MISSING_FIELD', exitCode: 3, field: 'customer', file: fixture('broken', 'missing-customer-column.csv') });
    expect(String(error.message)).toContain('customer');
    expect(String(error.hint)).toContain('order_id, order_date, amount');
  });

  it('a missing date column is exit 3 naming the date', async () => {
    const error = await rejectionOf(readOrders(csvSource('customer_id,amount\nA,1\n')));
    expect(error).toMatchObject({ code: 'CARE_MISSING_FIELD', exitCode: 3, field: 'date' });
  });

  it('requireFields passes when every field has a column', () => {
    const mapping = mapHeaders(['customer', 'date'], ORDER_FIELDS);
    expect(() => requireFields(mapping, ['customer', 'date'], ['customer', 'date'], 'f')).not.toThrow();
  });
});
