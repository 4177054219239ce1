import { describe, expect, it } from 'vitest';
import {
  type InvoiceInput, anniversaryIn, median, nextAnniversary, selectAnniversaries, selectPayments, selectReorder, selectWinBack, usualInterval,
} from '../../../src/metrics/due.js';
import { formatDay, parseIsoDay } from '../../../src/time/days.js';
import { buildHistory } from '../../helpers/history-builder.js';

const day = (iso: string): number => parseIsoDay(iso)!;
const AS_OF = day('2025-12-16');

describe('usual interval', () => {
  it('is the median gap between purchase days, and needs at least two gaps', () => {
    expect(usualInterval([0, 30, 60])).toBe(30);
    expect(usualInterval([0, 10, 30, 60, 100])).toBe(25); // gaps 10, 20, 30, 40 → (20 + 30) / 2
    expect(usualInterval([0, 5, 95])).toBe(47.5); // gaps 5, 90
    expect(usualInterval([0, 30])).toBeNull();
    expect(median([7])).toBe(7);
  });
});

describe('selectReorder', () => {
  // A buys every 30 days, B every 60 days; both last bought on 1 November, 45 days before 16 December.
  const history = buildHistory([
    ['A', '2025-09-02', 2450], ['A', '2025-10-02', 2450], ['A', '2025-11-01', 2600],
    ['B', '2025-07-04', 1800], ['B', '2025-09-02', 1800], ['B', '2025-11-01', 1800],
    // C: every 30 days, last exactly 30 days ago — at the interval, not past it.
    ['C', '2025-10-17', 900], ['C', '2025-11-16', 900], ['C', '2025-09-17', 900],
    // D: two purchases only: no usual interval.
    ['D', '2025-10-01', 500], ['D', '2025-11-01', 500],
    // E: every 10 days but last bought 100 days ago: lapsed (90-day window), win-back's.
    ['E', '2025-08-18', 500], ['E', '2025-08-28', 500], ['E', '2025-09-07', 500],
    // F: every 20 days; the return on 2025-12-01 is no purchase, the order after the as-of day is ignored.
    ['F', '2025-10-07', 500], ['F', '2025-10-27', 500], ['F', '2025-11-16', 500], ['F', '2025-12-01', -500], ['F', '2025-12-20', 500],
  ]);

  it('picks a customer buying every 30 days whose last purchase was 45 days ago, not one buying every 60 days', () => {
    const { items, considered, setAside } = selectReorder(history, AS_OF, { churnAfterDays: 90 });
    expect(items.map((item) => item.customer)).toEqual(['A', 'F']);
    const a = items.find((item) => item.customer === 'A')!;
    expect(a).toMatchObject({ kind: 'reorder', daysSinceLast: 45, usualInterval: 30, basis: 'interval', threshold: 30, purchaseDays: 3 });
    expect(formatDay(a.lastPurchase)).toBe('2025-11-01');
    expect(a.reason).toBe('45 days since the last purchase; usually buys every 30 days');
    const f = items.find((item) => item.customer === 'F')!;
    expect(f).toMatchObject({ daysSinceLast: 30, usualInterval: 20, purchaseDays: 3 });
    expect(considered).toBe(6);
    expect(setAside).toEqual({ tooFewPurchases: 1, lapsed: 1 });
  });

  it('orders the most overdue first (days past the threshold)', () => {
    const { items } = selectReorder(history, AS_OF, { churnAfterDays: 90 });
    // A is 15 days past 30, F 10 days past 20.
    expect(items.map((item) => item.daysSinceLast - item.threshold)).toEqual([15, 10]);
  });

  it('with --after DAYS compares everyone (two purchases or one included) with that number instead', () => {
    const { items, setAside } = selectReorder(history, AS_OF, { churnAfterDays: 90, afterDays: 45 });
    expect(items.map((item) => item.customer).sort()).toEqual(['A', 'B', 'D']);
    expect(items.find((item) => item.customer === 'D')).toMatchObject({ basis: 'after', threshold: 45, usualInterval: null, daysSinceLast: 45 });
    expect(items.find((item) => item.customer === 'B')!.reason).toBe('45 days since the last purchase (reminding after 45)');
    expect(setAside).toEqual({ lapsed: 1 });
  });
});

describe('selectWinBack', () => {
  const history = buildHistory([
    ['gone-today', day('2025-12-16') - 90, 1000], // active on [p, p + 90): not active on the as-of day
    ['still-active', day('2025-12-16') - 89, 1000],
    ['gone-29', day('2025-12-16') - 119, 1000],
    ['gone-30', day('2025-12-16') - 120, 1000],
    ['returns-only', '2024-01-10', -500],
    ['old', '2023-03-01', 1000], ['old', '2023-04-01', 1000],
  ]);

  it('selects customers who were active once and are not on the as-of day, most recently lapsed first', () => {
    const { items, considered } = selectWinBack(history, AS_OF, { churnAfterDays: 90 });
    expect(items.map((item) => [item.customer, item.daysLapsed])).toEqual([['gone-today', 0], ['gone-29', 29], ['gone-30', 30], ['old', day('2025-12-16') - day('2023-04-01') - 90]]);
    expect(considered).toBe(5); // returns-only never bought
    const old = items.find((item) => item.customer === 'old')!;
    expect(formatDay(old.lapsedOn)).toBe('2023-06-30');
    expect(old).toMatchObject({ purchaseDays: 2, daysSinceLast: day('2025-12-16') - day('2023-04-01') });
    expect(old.reason).toContain('lapsed on 2023-06-30');
  });

  it('keeps only customers who lapsed within --lapsed-within days', () => {
    const { items, setAside } = selectWinBack(history, AS_OF, { churnAfterDays: 90, lapsedWithinDays: 30 });
    expect(items.map((item) => item.customer)).toEqual(['gone-today', 'gone-29']);
    expect(setAside).toEqual({ lapsedEarlier: 2 });
  });

  it('follows the churn window: with 120 days the 30-day-lapsed customer is active again', () => {
    const { items } = selectWinBack(history, AS_OF, { churnAfterDays: 121 });
    expect(items.map((item) => item.customer)).toEqual(['old']);
  });
});

describe('selectPayments', () => {
  const invoice = (number: string, due: string, extra: Partial<InvoiceInput> = {}): InvoiceInput => ({
    customer: `c-${number}`, invoice: number, amount: 123456, due: day(due), line: Number(number), currency: 'USD', ...extra,
  });
  const invoices = [
    invoice('1', '2025-12-04'), // 12 days overdue
    invoice('2', '2025-11-25', { paid: day('2025-12-20') }), // paid after the as-of day: still open on it
    invoice('3', '2025-11-30', { paid: day('2025-12-16') }), // paid on the as-of day
    invoice('4', '2025-12-16'), // due today
    invoice('5', '2025-12-22'), // due in 6 days
    invoice('6', '2025-12-23'), // due in 7 days
    invoice('7', '2025-12-01', { issued: day('2025-12-17') }), // issued after the as-of day
  ];

  it('selects unpaid invoices past due, with days overdue, most overdue first', () => {
    const { items, considered, setAside } = selectPayments(invoices, AS_OF);
    expect(items.map((item) => [item.invoice, item.daysOverdue])).toEqual([['2', 21], ['1', 12]]);
    expect(items[1]!.reason).toBe('unpaid, 12 days overdue (due 2025-12-04)');
    expect(considered).toBe(7);
    expect(setAside).toEqual({ paid: 1, notYetIssued: 1, notYetDue: 3 });
  });

  it('with --within N adds those due today and in the next N − 1 days (negative = days left)', () => {
    const { items } = selectPayments(invoices, AS_OF, 7);
    expect(items.map((item) => [item.invoice, item.daysOverdue])).toEqual([['2', 21], ['1', 12], ['4', 0], ['5', -6]]);
    expect(items[2]!.reason).toBe('unpaid, due today (due 2025-12-16)');
    expect(items[3]!.reason).toBe('unpaid, due in 6 days (due 2025-12-22)');
  });

  it('says one day in the singular', () => {
    expect(selectPayments([invoice('9', '2025-12-15')], AS_OF).items[0]!.reason).toBe('unpaid, 1 day overdue (due 2025-12-15)');
  });
});

describe('anniversaries', () => {
  it('fall on the same day of later years; 29 February on 28 February in common years', () => {
    expect(formatDay(anniversaryIn(day('2024-02-29'), 2025))).toBe('2025-02-28');
    expect(formatDay(anniversaryIn(day('2024-02-29'), 2028))).toBe('2028-02-29');
    expect(formatDay(anniversaryIn(day('2023-01-02'), 2026))).toBe('2026-01-02');
  });

  it('finds the next one on or after the as-of day, across a year boundary', () => {
    expect(nextAnniversary(day('2023-01-02'), day('2025-12-28'))).toEqual({ day: day('2026-01-02'), years: 3 });
    expect(nextAnniversary(day('2024-02-29'), day('2025-03-01'))).toEqual({ day: day('2026-02-28'), years: 2 });
    // A first purchase earlier this year: the first anniversary is next year.
    expect(nextAnniversary(day('2025-03-10'), day('2025-12-16'))).toEqual({ day: day('2026-03-10'), years: 1 });
    // The anniversary is today.
    expect(nextAnniversary(day('2020-12-16'), day('2025-12-16'))).toEqual({ day: day('2025-12-16'), years: 5 });
  });

  it('selects customers whose anniversary falls in the next N days, today included, soonest first', () => {
    const history = buildHistory([
      ['new-year', '2023-01-02', 1000], ['new-year', '2025-06-01', 1000],
      ['today', '2024-12-28', 1000],
      ['in-7', '2022-01-04', 1000],
      ['this-year', '2025-01-01', 1000],
      ['credit-first', '2022-12-29', -100], ['credit-first', '2023-02-01', 1000],
    ]);
    const asOf = day('2025-12-28');
    const { items, considered } = selectAnniversaries(history, asOf, 7);
    expect(items.map((item) => [item.customer, item.daysUntil, item.years, formatDay(item.anniversary)])).toEqual([
      ['today', 0, 1, '2025-12-28'],
      ['this-year', 4, 1, '2026-01-01'],
      ['new-year', 5, 3, '2026-01-02'],
    ]);
    expect(items[2]!.reason).toBe('3 years since the first purchase (2023-01-02), in 5 days');
    expect(items[0]!.reason).toBe('1 year since the first purchase (2024-12-28), today');
    expect(considered).toBe(5);
    // 4 January is 7 days away: outside "the next 7 days" (28 December … 3 January).
    expect(selectAnniversaries(history, asOf, 8).items.map((item) => item.customer)).toContain('in-7');
  });

  it('celebrates a 29 February first purchase on 28 February of a common year', () => {
    const history = buildHistory([['leap', '2024-02-29', 1000]]);
    const { items } = selectAnniversaries(history, day('2025-02-25'), 7);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ years: 1, daysUntil: 3 });
    expect(formatDay(items[0]!.anniversary)).toBe('2025-02-28');
    const leapYear = selectAnniversaries(history, day('2028-02-27'), 7).items[0]!;
    expect([formatDay(leapYear.anniversary), leapYear.years, leapYear.daysUntil]).toEqual(['2028-02-29', 4, 2]);
  });
});
