/**
 * The cohort table in its two modes (docs/definitions.md, "The cohort table"): "on" counts a customer at age k when
 * they bought (were subscribed) in period cohort + k, "on-or-after" when they did in that period or any later one.
 * Worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { cohortsFromHistory, cohortsFromSpans } from '../../../src/metrics/cohorts.js';
import type { Span } from '../../../src/metrics/activity.js';
import { parseIsoDay } from '../../../src/time/days.js';
import { buildHistory } from '../../helpers/history-builder.js';

const day = (iso: string) => parseIsoDay(iso)!;

describe('cohorts from orders, monthly, as of 2024-04-30', () => {
  // A: Jan, Feb, Apr. B: Jan, a refund in Feb, Mar. C: Jan only. D: Feb twice.
  // E: a credit on 2024-02-20, first purchase 2024-03-05, again 2024-04-10.
  const history = buildHistory([
    ['A', '2024-01-03', 1000], ['A', '2024-02-03', 2000], ['A', '2024-04-03', 500],
    ['B', '2024-01-20', 3000], ['B', '2024-02-11', -1000], ['B', '2024-03-01', 1500],
    ['C', '2024-01-31', 700],
    ['D', '2024-02-01', 900], ['D', '2024-02-29', 100],
    ['E', '2024-02-20', -500], ['E', '2024-03-05', 2000], ['E', '2024-04-10', 1000],
  ]);
  const asOf = day('2024-04-30');

  it('"on" counts who bought in period cohort + k; "on-or-after" who bought then or later — never rising with k', () => {
    // "on": Jan {A, B, C}: +0 all three, +1 A, +2 B, +3 A. Feb {D}: +0 only. Mar {E}: +0, +1.
    expect(cohortsFromHistory(history, 'month', asOf, false, 'on').map((row) => [row.cohort, row.size, row.active])).toEqual([
      ['2024-01', 3, [3, 1, 1, 1]],
      ['2024-02', 1, [1, 0, 0]],
      ['2024-03', 1, [1, 1]],
    ]);
    // "on-or-after": Jan: A's last purchase is at +3 (counts +0…+3), B's at +2 (+0…+2), C's at +0 → [3, 2, 2, 1].
    const rows = cohortsFromHistory(history, 'month', asOf, true, 'on-or-after');
    expect(rows.map((row) => [row.cohort, row.size, row.active])).toEqual([
      ['2024-01', 3, [3, 2, 2, 1]],
      ['2024-02', 1, [1, 0, 0]],
      ['2024-03', 1, [1, 1]],
    ]);
    expect(rows[0]!.rates).toEqual([1, 2 / 3, 2 / 3, 1 / 3]);
    // Revenue stays per period in both modes; E's earlier credit counts in its cohort's first period: 20.00 − 5.00.
    expect(rows.map((row) => row.revenue)).toEqual([
      [1000 + 3000 + 700, 2000 - 1000, 1500, 500],
      [1000, 0, 0],
      [1500, 1000],
    ]);
  });
});

describe('cohorts from subscriptions, monthly, as of 2024-06-30', () => {
  // Customer 0: subscribed 2024-01-10 until 2024-03-01 (exclusive: Jan, Feb), again from 2024-05-05 (May, Jun).
  // Customer 1: 2024-02-01 until 2024-02-20 (Feb only).
  const spans: Span[] = [
    { customer: 0, start: day('2024-01-10'), end: day('2024-03-01') },
    { customer: 0, start: day('2024-05-05'), end: undefined },
    { customer: 1, start: day('2024-02-01'), end: day('2024-02-20') },
  ];
  const asOf = day('2024-06-30');

  it('"on" counts who was subscribed during period cohort + k; "on-or-after" also covers the gap in March and April', () => {
    expect(cohortsFromSpans(spans, 2, 'month', asOf, undefined, false, 'on').map((row) => [row.cohort, row.active])).toEqual([
      ['2024-01', [1, 1, 0, 0, 1, 1]],
      ['2024-02', [1, 0, 0, 0, 0]],
    ]);
    expect(cohortsFromSpans(spans, 2, 'month', asOf, undefined, false, 'on-or-after').map((row) => [row.cohort, row.active])).toEqual([
      ['2024-01', [1, 1, 1, 1, 1, 1]],
      ['2024-02', [1, 0, 0, 0, 0]],
    ]);
  });
});
