import { describe, expect, it } from 'vitest';
import { isExcludedStatus } from '../../../src/ingest/fields/status.js';
import { normalizeCustomerId } from '../../../src/ingest/customer-id.js';

describe('isExcludedStatus', () => {
  it.each([
    'cancelled', 'Canceled', 'CANCELLED', 'refunded', 'Refunded', 'failed', 'voided', 'declined', 'order cancelled by customer', 'wc-cancelled',
    'Отменён', 'отменен', 'Отменено', 'Возврат', 'возврат', 'Аннулирован', 'Не оплачен',
    'анулирана', 'Анулирана поръчка', 'Отказана', 'Върната', 'Неуспешна',
  ])('%j excludes the order', (status) => {
    expect(isExcludedStatus(status)).toBe(true);
  });

  it.each(['paid', 'Paid', 'partially_refunded', 'Partially refunded', 'pending', 'authorized', 'fulfilled', '', '  ',
    'Оплачен', 'Выполнен', 'Частичный возврат', 'Платена', 'Доставена', 'Изпълнена'])('%j keeps the order', (status) => {
    expect(isExcludedStatus(status)).toBe(false);
  });
});

describe('normalizeCustomerId', () => {
  it.each([
    ['17850.0', '17850'], // UCI writes ids through a float column
    [' 17850 ', '17850'],
    ['17850', '17850'],
    ['0.0', '0'],
    ['17850.5', '17850.5'],
    ['A1.0', 'A1.0'],
    ['.0', '.0'],
    ['Anna@Example.COM', 'anna@example.com'],
    ['C10001', 'C10001'],
    ['Abc', 'Abc'],
    ['', ''],
  ])('%j → %j', (cell, id) => {
    expect(normalizeCustomerId(cell)).toBe(id);
  });
});
