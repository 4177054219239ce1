/**
 * Money in minor units of each currency's own exponent (ISO 4217, docs/definitions.md "Money"):
 * reading, the major-unit numbers of the JSON, and the one formatter. Expected values are worked
 * from the ISO table: JPY has no minor unit, KWD thousandths, USD hundredths.
 */
import { describe, expect, it } from 'vitest';
import { readMoney, readDecimal, minorScale, toMinorUnits } from '../../../src/ingest/fields/money.js';
import { currencyExponent, formatMajor, formatMoney, fromMajor, toMajor } from '../../../src/money/index.js';
import { localeFormat } from '../../../src/report/html/locale-format.js';

describe('currency exponents', () => {
  it('follows ISO 4217: 0 for JPY, KRW, VND, CLP, ISK; 3 for KWD, BHD, OMR, JOD, TND, LYD, IQD; else 2', () => {
    for (const code of ['JPY', 'KRW', 'VND', 'CLP', 'ISK']) expect(currencyExponent(code)).toBe(0);
    for (const code of ['KWD', 'BHD', 'OMR', 'JOD', 'TND', 'LYD', 'IQD']) expect(currencyExponent(code)).toBe(3);
    for (const code of ['USD', 'EUR', 'RUB', 'BGN', 'points', undefined, null]) expect(currencyExponent(code)).toBe(2);
  });
});

describe('reading into minor units', () => {
  it('keeps ¥1,200 as 1200 yen and 12.345 KWD as 12345 fils, and a dollar amount in cents', () => {
    const yen = readMoney('¥1,200');
    expect(yen).toMatchObject({ ok: true, currency: 'JPY' });
    expect(toMinorUnits(yen.value, minorScale('JPY'))).toBe(1200);
    const dinar = readMoney('12.345 KWD');
    expect(toMinorUnits(dinar.value, minorScale('KWD'))).toBe(12345);
    expect(toMinorUnits(readMoney('$12.345').value)).toBe(1235); // half away from zero, in cents
  });

  it('reads a decimal as people write it, with the same rules as money cells', () => {
    expect(readDecimal('1 234,56')).toBe(1234.56);
    expect(readDecimal('1,234.5')).toBe(1234.5);
    expect(readDecimal('12,5')).toBe(12.5);
    expect(readDecimal('$12')).toBeUndefined();
    expect(readDecimal('twelve')).toBeUndefined();
  });
});

describe('showing', () => {
  it('turns minor units into major units by the exponent, 2 decimals without a currency', () => {
    expect(toMajor(123456)).toBe(1234.56);
    expect(toMajor(1200, 'JPY')).toBe(1200);
    expect(toMajor(12345, 'KWD')).toBe(12.345);
    expect(fromMajor(12.345, 'KWD')).toBe(12345);
    expect(fromMajor(12.5)).toBe(1250);
  });

  it('formats tables with the decimals of the currency and the code after', () => {
    expect(formatMoney(123456, 'USD')).toBe('1,234.56 USD');
    expect(formatMoney(123456)).toBe('1,234.56');
    expect(formatMoney(1200, 'JPY')).toBe('1,200 JPY');
    expect(formatMoney(12345, 'KWD')).toBe('12.345 KWD');
    expect(formatMoney(null, 'USD')).toBe('–');
  });

  it('formats with Intl symbols per locale, and a label that is no ISO code after the number', () => {
    expect(formatMajor(1200, 'JPY', { locale: 'en-US', display: 'symbol' })).toBe('¥1,200');
    expect(formatMajor(12.345, 'KWD', { locale: 'en-US', display: 'symbol' })).toBe('KWD\u00a012.345');
    expect(formatMajor(1234.5, 'points', { locale: 'en-US', display: 'narrowSymbol', unknown: 'after' })).toBe('1,234.50\u00a0points');
    expect(() => formatMajor(1, 'points', { display: 'symbol', unknown: 'throw' })).toThrow(RangeError);
  });

  it('shows the HTML page money with the same formatter: ¥1,200 without decimals, KWD with three', () => {
    expect(localeFormat('en', 'JPY').money(1200)).toBe('¥1,200');
    expect(localeFormat('ru', 'KWD').money(12.345)).toBe('12,345\u00a0KWD');
    expect(localeFormat('en', 'USD').money(1234.5)).toBe('$1,234.50');
    expect(localeFormat('en', 'points').money(3)).toBe('3.00\u00a0points');
  });
});
