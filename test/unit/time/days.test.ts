import { describe, expect, it } from 'vitest';
import { dayFromYmd, daysInMonth, formatDay, isLeapYear, isoWeekday, isValidYmd, parseIsoDay, ymdFromDay } from '../../../src/time/days.js';

// Day numbers worked out by hand: 1970-01-01 is day 0; 2000-01-01 is 30 years of 365 days plus
// 7 leap days (1972…1996) = 10,957; 1900-01-01 is 70 years back with 17 leap days (1904…1968) =
// −25,567; 2100-01-01 is 130 years on with 32 leap days (1972…2096, 2000 included) = 47,482.
const KNOWN: [iso: string, day: number, weekday: number][] = [
  ['1970-01-01', 0, 4], // a Thursday
  ['1969-12-31', -1, 3],
  ['2000-01-01', 10_957, 6], // a Saturday
  ['2000-02-29', 10_957 + 31 + 28, 2], // 2000 is a leap year (divisible by 400): a Tuesday
  ['2000-03-01', 10_957 + 31 + 29, 3],
  ['1900-02-28', -25_567 + 31 + 27, 3],
  ['1900-03-01', -25_567 + 31 + 28, 4], // 1900 is not a leap year: 28 Feb is followed by 1 Mar
  ['2100-02-28', 47_482 + 31 + 27, 7], // 2100-01-01 is a Friday; +58 days is a Sunday
  ['2100-03-01', 47_482 + 31 + 28, 1],
  ['2024-02-29', 19_782, 4], // 2024-01-01 = 19,723 (54 years, 13 leap days) + 59
];

describe('day numbers', () => {
  it.each(KNOWN)('%s is day %i', (iso, day) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    expect(dayFromYmd(y, m, d)).toBe(day);
    expect(ymdFromDay(day)).toEqual({ year: y, month: m, day: d });
    expect(formatDay(day)).toBe(iso);
    expect(parseIsoDay(iso)).toBe(day);
  });

  it.each(KNOWN)('%s has the ISO weekday worked out by hand', (_iso, day, weekday) => {
    expect(isoWeekday(day)).toBe(weekday);
  });

  it('round-trips every day from 1899 to 2101 and the days run on without a gap', () => {
    let expected = dayFromYmd(1899, 1, 1);
    const wrong: string[] = [];
    for (let year = 1899; year <= 2101; year++) {
      for (let month = 1; month <= 12; month++) {
        for (let d = 1; d <= daysInMonth(year, month); d++) {
          const day = dayFromYmd(year, month, d);
          const back = ymdFromDay(day);
          if (day !== expected || back.year !== year || back.month !== month || back.day !== d) wrong.push(`${year}-${month}-${d}`);
          expected++;
        }
      }
    }
    expect(wrong).toEqual([]);
    // 203 years with 49 leap years (1904…2096 is 49, 1900 and 2100 are not)
    expect(expected - dayFromYmd(1899, 1, 1)).toBe(203 * 365 + 49);
  });

  it('knows the leap-year rule across centuries', () => {
    expect([1900, 2000, 2024, 2100, 2023].map(isLeapYear)).toEqual([false, true, true, false, false]);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(isValidYmd(2000, 2, 29)).toBe(true);
    expect(isValidYmd(2100, 2, 29)).toBe(false);
    expect(isValidYmd(2024, 4, 31)).toBe(false);
    expect(isValidYmd(2024, 13, 1)).toBe(false);
    expect(isValidYmd(2024, 0, 1)).toBe(false);
    expect(isValidYmd(2024, 1, 0)).toBe(false);
  });

  it('parseIsoDay takes only a valid YYYY-MM-DD', () => {
    expect(parseIsoDay(' 2024-03-05 ')).toBe(dayFromYmd(2024, 3, 5));
    for (const bad of ['2024-02-30', '2023-02-29', '2024-3-5', '05.03.2024', '2024-03-05T10:00', '', 'today']) {
      expect(parseIsoDay(bad), bad).toBeUndefined();
    }
  });
});
