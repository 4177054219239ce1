/**
 * Header folding and the total-over-subtotal rule (docs/ingestion.md, "Headers"): units,
 * currencies and qualifiers fold away and the fold is recorded; an order total wins over a
 * subtotal or goods sum.
 */
import { describe, expect, it } from 'vitest';
import { foldHeader, mapHeaders, normalizeHeader } from '../../../src/ingest/headers.js';
import { ORDER_FIELDS } from '../../../src/ingest/kinds.js';

const mapped = (headers: string[]) => {
  const { fields } = mapHeaders(headers, ORDER_FIELDS, {}, 'f.csv');
  return Object.fromEntries(Object.entries(fields).map(([field, index]) => [field, headers[index]]));
};

describe('foldHeader', () => {
  it.each([
    ['Сумма, руб.', 'сумма', 'руб.', 'RUB'],
    ['Total (USD)', 'total', 'usd', 'USD'],
    ['Amount (€)', 'amount', '€', 'EUR'],
    ['Created (UTC)', 'created', 'utc', undefined],
    ['Сумма, ₽', 'сумма', '₽', 'RUB'],
    ['Итого, лв.', 'итого', 'лв.', 'BGN'],
    ['Amount [EUR]', 'amount', 'eur', 'EUR'],
  ])('%j folds to %j (folded %j, currency %s)', (header, key, folded, currency) => {
    expect(foldHeader(header)).toEqual({ key, folded, currency });
  });

  it('drops a leading * and a trailing :', () => {
    expect(normalizeHeader('*Customer ID')).toBe('customer id');
    expect(normalizeHeader('Order Date:')).toBe('order date');
  });

  it('keeps qualifiers that name another figure', () => {
    expect(normalizeHeader('Total (excl. VAT)')).toBe('total (excl vat)');
    expect(normalizeHeader('Order No.')).toBe('order no');
  });
});

describe('mapping folded headers', () => {
  it('an amount with its unit in the header is the amount, and the fold is recorded', () => {
    const headers = ['Покупатель', 'Дата', 'Сумма, руб.'];
    const mapping = mapHeaders(headers, ORDER_FIELDS, {}, 'f.csv');
    expect(mapping.fields['amount']).toBe(2);
    expect(mapping.folded).toEqual({ 2: 'руб.' });
  });

  it.each([
    [['Subtotal', 'Total'], 'Total'],
    [['Total', 'Subtotal'], 'Total'],
    [['Сумма товаров', 'Итого'], 'Итого'],
    [['Сумма без НДС', 'Сумма с НДС'], 'Сумма с НДС'],
  ])('of %j the amount is %j, and the other is no candidate', (amounts, total) => {
    const headers = ['Customer', 'Date', ...amounts];
    expect(mapped(headers)['amount']).toBe(total);
    expect(mapHeaders(headers, ORDER_FIELDS).candidates).toEqual({});
  });

  it.each([
    [['Дата на създаване', 'Дата на затваряне'], 'Дата на затваряне'],
    [['Create Date', 'Close Date'], 'Close Date'],
    [['Дата создания', 'Дата закрытия'], 'Дата закрытия'],
  ])("of %j a deal's date is its closing date %j", (dates, closing) => {
    expect(mapped(['Клиент', ...dates])['date']).toBe(closing);
  });

  it('a subtotal alone is the amount', () => {
    expect(mapped(['Customer', 'Date', 'Subtotal'])['amount']).toBe('Subtotal');
  });

  it('a second column for a field is listed as its candidate', () => {
    const headers = ['Customer', 'Created at', 'Paid at', 'Total'];
    expect(mapHeaders(headers, ORDER_FIELDS).candidates).toEqual({ date: [2] });
  });
});
