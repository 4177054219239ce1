import { describe, expect, it } from 'vitest';
import { currencyCode, MONEY_SCALE, readMoney, readNumber, toMinorUnits } from '../../../src/ingest/fields/money.js';

/** Minor units (cents) of a cell, and its currency. */
const money = (text: string, decimalComma = false) => {
  const cell = readMoney(text, decimalComma);
  return cell.ok ? { minor: toMinorUnits(cell.value), currency: cell.currency } : 'bad';
};

describe('readMoney', () => {
  it.each([
    ['1234.56', 123_456],
    ['1,234.56', 123_456],
    ['1 234,56', 123_456],
    ['1\u00a0234,56', 123_456], // no-break space, as Excel writes it
    ['1\u202f234,56', 123_456], // narrow no-break space (French locales)
    ['1.234,56', 123_456],
    ['1234,56', 123_456],
    ['1,234,567.89', 123_456_789],
    ['1.234.567,89', 123_456_789],
    ['1 234 567,89', 123_456_789],
    ['0.5', 50],
    ['.5', 50],
    ['12', 1200],
    ['12.5', 1250],
    ['0', 0],
    ['-12.00', -1200],
    ['(12.00)', -1200],
    ['12.00-', -1200],
    ['−12.00', -1200], // U+2212 minus
    [' 7.10 ', 710],
  ])('%j is %i minor units', (text, minor) => {
    expect(money(text)).toEqual({ minor, currency: undefined });
  });

  it.each([
    ['$12', 1200, 'USD'],
    ['$1,234.56', 123_456, 'USD'],
    ['-$12.00', -1200, 'USD'],
    ['($12.00)', -1200, 'USD'],
    ['12 €', 1200, 'EUR'],
    ['€12,50', 1250, 'EUR'],
    ['£3.99', 399, 'GBP'],
    ['₽ 1 000', 100_000, 'RUB'],
    ['1 000 ₽', 100_000, 'RUB'],
    ['1 000 руб.', 100_000, 'RUB'],
    ['1 000 руб', 100_000, 'RUB'],
    ['1\u00a0234,56 р.', 123_456, 'RUB'],
    ['25,50 лв.', 2550, 'BGN'],
    ['25,50 лв', 2550, 'BGN'],
    ['USD 12.00', 1200, 'USD'],
    ['12.00 EUR', 1200, 'EUR'],
    ['12.00 usd', 1200, 'USD'],
  ])('%j is %i minor units in %s', (text, minor, currency) => {
    expect(money(text)).toEqual({ minor, currency });
  });

  it('a lone comma before three digits is a thousands mark in English files and a decimal comma in Russian ones', () => {
    expect(money('1,234')).toEqual({ minor: 123_400, currency: undefined });
    expect(money('1,234', true)).toEqual({ minor: 123, currency: undefined }); // 1.234 → 1.23
    expect(money('1.234', true)).toEqual({ minor: 123_400, currency: undefined });
    expect(money('1 234,56', true)).toEqual({ minor: 123_456, currency: undefined });
    expect(money('1,5', true)).toEqual({ minor: 150, currency: undefined });
  });

  it('keeps three-decimal prices exactly, in 1/10,000 of the unit', () => {
    expect(MONEY_SCALE).toBe(10_000);
    expect(readMoney('0.165')).toEqual({ ok: true, value: 1650, currency: undefined });
    expect(readMoney('2.555')).toEqual({ ok: true, value: 25_550, currency: undefined });
    expect(readMoney('1.23456')).toEqual({ ok: true, value: 12_346, currency: undefined }); // fifth decimal rounds half up
  });

  it('rounds to minor units half away from zero', () => {
    expect(toMinorUnits(25_550)).toBe(256); // 2.555 → 2.56
    expect(toMinorUnits(-25_550)).toBe(-256);
    expect(toMinorUnits(25_549)).toBe(255);
    expect(toMinorUnits(3 * 1650)).toBe(50); // 3 × 0.165 = 0.495 → 0.50
  });

  it.each(['', '   ', 'abc', 'twelve', '$', '-', '12 XYZW', '$12 €', '1.2.3,4,5', 'N/A', '12 kg!'])('%j is not an amount', (text) => {
    expect(readMoney(text).ok).toBe(false);
  });
});

describe('currencyCode and readNumber', () => {
  it('knows signs and codes', () => {
    expect(['$', '€', '£', '₽', 'руб.', 'Руб', 'лв.', 'RUB', 'rub', 'BGN', 'usd', ' EUR '].map(currencyCode)).toEqual([
      'USD', 'EUR', 'GBP', 'RUB', 'RUB', 'RUB', 'BGN', 'RUB', 'RUB', 'BGN', 'USD', 'EUR',
    ]);
    expect(currencyCode('')).toBeUndefined();
    expect(currencyCode('dollars')).toBeUndefined();
  });

  it('reads quantities', () => {
    expect(readNumber('6')).toBe(6);
    expect(readNumber('-2')).toBe(-2);
    expect(readNumber('2.0')).toBe(2);
    expect(readNumber('1,5')).toBe(1.5);
    expect(readNumber('$3')).toBeNaN();
    expect(readNumber('three')).toBeNaN();
  });
});
