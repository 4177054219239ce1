import { describe, expect, it } from 'vitest';
import { dayFromYmd, formatDay, isoWeekday } from '../../../src/time/days.js';
import { describePeriod, isoWeekLabel, isoWeekOf, periodEnd, periodLabel, periodOf, periodStart } from '../../../src/time/periods.js';

const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return dayFromYmd(y, m, d);
};

describe('ISO weeks', () => {
  // The week belongs to the ISO year of its Thursday.
  it.each([
    ['2020-12-31', '2020-W53'], // Thursday of the 53rd week of 2020
    ['2021-01-03', '2020-W53'], // Sunday: still the week of Thursday 31 Dec
    ['2021-01-04', '2021-W01'], // Monday: the week of Thursday 7 Jan
    ['2019-12-30', '2020-W01'], // Monday of the week of Thursday 2 Jan 2020
    ['2019-12-29', '2019-W52'],
    ['2026-01-01', '2026-W01'], // a Thursday
    ['2011-01-01', '2010-W52'], // a Saturday; Thursday was 30 Dec 2010
    ['2011-01-03', '2011-W01'],
    ['2015-12-31', '2015-W53'],
    ['2016-01-03', '2015-W53'],
    ['2024-12-30', '2025-W01'],
  ])('%s is in %s', (iso, label) => {
    expect(isoWeekLabel(day(iso))).toBe(label);
  });

  it('weeks start on Monday and end (exclusive) on the next Monday', () => {
    const week = periodOf(day('2021-01-03'), 'week');
    expect(formatDay(periodStart(week, 'week'))).toBe('2020-12-28');
    expect(formatDay(periodEnd(week, 'week'))).toBe('2021-01-04');
    expect(isoWeekday(periodStart(week, 'week'))).toBe(1);
    expect(isoWeekOf(week)).toEqual({ year: 2020, week: 53 });
    expect(periodOf(day('2020-12-28'), 'week')).toBe(week);
    expect(periodOf(day('2020-12-27'), 'week')).toBe(week - 1);
    expect(periodOf(day('2021-01-04'), 'week')).toBe(week + 1);
  });

  it('week ordinals are consecutive across the year boundary, so cohort + k is arithmetic', () => {
    const w53 = periodOf(day('2020-12-31'), 'week');
    expect(periodLabel(w53 + 1, 'week')).toBe('2021-W01');
    expect(periodLabel(w53 - 52, 'week')).toBe('2020-W01');
    // Weeks before 1970 (negative day numbers) are still Monday-first.
    const old = periodOf(day('1969-12-31'), 'week'); // a Wednesday
    expect(formatDay(periodStart(old, 'week'))).toBe('1969-12-29');
    expect(periodLabel(old, 'week')).toBe('1970-W01'); // its Thursday is 1 Jan 1970
  });
});

describe('months, quarters, years', () => {
  it('ordinals count from year 0 so that the next period is + 1', () => {
    expect(periodOf(day('2011-01-15'), 'month')).toBe(2011 * 12);
    expect(periodOf(day('2011-12-31'), 'month')).toBe(2011 * 12 + 11);
    expect(periodOf(day('2012-01-01'), 'month')).toBe(2012 * 12);
    expect(periodOf(day('2011-03-31'), 'quarter')).toBe(2011 * 4);
    expect(periodOf(day('2011-04-01'), 'quarter')).toBe(2011 * 4 + 1);
    expect(periodOf(day('2011-12-31'), 'quarter')).toBe(2011 * 4 + 3);
    expect(periodOf(day('2011-07-01'), 'year')).toBe(2011);
  });

  it.each([
    [2011 * 12, 'month', '2011-01'],
    [2011 * 12 + 11, 'month', '2011-12'],
    [2011 * 4, 'quarter', '2011-Q1'],
    [2011 * 4 + 3, 'quarter', '2011-Q4'],
    [2011, 'year', '2011'],
  ] as const)('%i as a %s is labelled %s', (ordinal, kind, label) => {
    expect(periodLabel(ordinal, kind)).toBe(label);
  });

  it.each([
    ['2024-02-10', 'month', '2024-02-01', '2024-03-01'], // leap February
    ['2100-02-10', 'month', '2100-02-01', '2100-03-01'],
    ['2024-12-31', 'month', '2024-12-01', '2025-01-01'],
    ['2024-11-30', 'quarter', '2024-10-01', '2025-01-01'],
    ['2024-05-01', 'quarter', '2024-04-01', '2024-07-01'],
    ['2000-06-15', 'year', '2000-01-01', '2001-01-01'],
    ['2026-01-01', 'week', '2025-12-29', '2026-01-05'],
  ] as const)('%s: its %s runs from %s to %s (exclusive)', (iso, kind, start, end) => {
    const ordinal = periodOf(day(iso), kind);
    expect(formatDay(periodStart(ordinal, kind))).toBe(start);
    expect(formatDay(periodEnd(ordinal, kind))).toBe(end);
    expect(describePeriod(ordinal, kind)).toMatchObject({ ordinal, startLabel: start, endLabel: end, start: day(start), end: day(end) });
  });

  it('every day belongs to the period whose start ≤ day < end', () => {
    for (let d = day('2019-12-01'); d < day('2021-02-01'); d++) {
      for (const kind of ['week', 'month', 'quarter', 'year'] as const) {
        const ordinal = periodOf(d, kind);
        expect(periodStart(ordinal, kind) <= d && d < periodEnd(ordinal, kind)).toBe(true);
      }
    }
  });
});
