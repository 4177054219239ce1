import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatMoney, pluralWord } from '../../../src/email/helpers.js';

const DAY = { one: 'день', few: 'дня', many: 'дней', other: 'дня' };

describe('plural forms', () => {
  it('uses the three Russian forms', () => {
    expect([1, 2, 5, 21].map((n) => formatCount(n, DAY, 'ru'))).toEqual(['1 день', '2 дня', '5 дней', '21 день']);
    expect(formatCount(11, DAY, 'ru')).toBe('11 дней');
    expect(formatCount(22, DAY, 'ru')).toBe('22 дня');
  });

  it('uses one/other in English and Bulgarian', () => {
    expect(pluralWord(1, { one: 'day', other: 'days' }, 'en')).toBe('day');
    expect(pluralWord(3, { one: 'day', other: 'days' }, 'en')).toBe('days');
    expect(formatCount(2, { one: 'ден', other: 'дни' }, 'bg')).toBe('2 дни');
  });

  it('reads counts given as strings (CSV, --set)', () => {
    expect(formatCount('5', DAY, 'ru')).toBe('5 дней');
  });
});

describe('money', () => {
  it('formats roubles the Russian way, with no-break spaces (U+00A0)', () => {
    // We emit U+00A0 as the group separator and before the sign: it keeps the amount on one line.
    expect(formatMoney(1234.56, 'RUB', 'ru')).toBe('1\u00a0234,56\u00a0₽');
    expect(formatMoney(1234.56, 'RUB', 'ru').replace(/\u00a0/g, ' ')).toBe('1 234,56 ₽');
  });

  it('formats dollars the English way', () => {
    expect(formatMoney(1234.56, 'USD', 'en')).toBe('$1,234.56');
    expect(formatMoney('1234.56', 'usd', 'en')).toBe('$1,234.56');
  });

  it('refuses a currency that is not an ISO code', () => {
    expect(() => formatMoney(1, 'roubles', 'ru')).toThrow(/ISO currency/);
  });
});

describe('dates', () => {
  it('formats an ISO date per locale, keeping the calendar day', () => {
    expect(formatDate('2026-01-12', 'en')).toBe('January 12, 2026');
    expect(formatDate('2026-01-12', 'ru')).toBe('12 января 2026 г.');
    expect(formatDate('2026-01-12', 'bg')).toBe('12 януари 2026 г.');
    expect(formatDate('2026-01-12', 'en', 'weekday')).toBe('Monday, January 12');
  });

  it('refuses what is not an ISO date', () => {
    expect(() => formatDate('12/01/2026', 'en')).toThrow(/ISO date/);
  });
});
