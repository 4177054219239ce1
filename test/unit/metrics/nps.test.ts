import { describe, expect, it } from 'vitest';
import {
  differenceMargin,
  joinOrders,
  npsBySegment,
  npsGroup,
  npsTrend,
  scoreDistribution,
  summarizeCounts,
  summarizeCsat,
  summarizeScores,
  tierRanker,
} from '../../../src/metrics/nps.js';
import { parseIsoDay } from '../../../src/time/days.js';
import { buildHistory } from '../../helpers/history-builder.js';

const day = (iso: string) => parseIsoDay(iso)!;

describe('groups (docs/definitions.md): promoters 9–10, passives 7–8, detractors 0–6', () => {
  it('puts each score in its group', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsGroup)).toEqual(['detractor', 'detractor', 'passive', 'passive', 'promoter', 'promoter']);
  });
});

describe('NPS and its margin of error, worked by hand from the definition', () => {
  it('all promoters → +100, margin 0', () => {
    const summary = summarizeScores([9, 10, 10, 9]);
    expect(summary).toMatchObject({ n: 4, promoters: 4, passives: 0, detractors: 0, nps: 100, promoterShare: 1 });
    expect(summary.marginOfError).toBeCloseTo(0, 9);
  });

  it('all detractors → −100', () => {
    expect(summarizeScores([0, 3, 6]).nps).toBe(-100);
  });

  it('a 10-answer case', () => {
    // Scores 10 10 10 9 9 | 8 7 | 6 4 2  →  P = 5, passives = 2, D = 3, n = 10.
    // NPS = 100 × (5 − 3) / 10 = +20.
    // p = 0.5, d = 0.3: p + d − (p − d)² = 0.8 − 0.04 = 0.76; 0.76 / 10 = 0.076;
    // sqrt(0.076) = 0.275681…; margin = 196 × 0.275681… = 54.033 points.
    const summary = summarizeScores([10, 10, 10, 9, 9, 8, 7, 6, 4, 2]);
    expect(summary).toMatchObject({ n: 10, promoters: 5, passives: 2, detractors: 3, promoterShare: 0.5, passiveShare: 0.2, detractorShare: 0.3 });
    expect(summary.nps).toBeCloseTo(20, 10);
    expect(summary.marginOfError).toBeCloseTo(54.033, 3);
  });

  it('n = 0 gives no NPS: null, not 0 or NaN', () => {
    const summary = summarizeScores([]);
    expect(summary).toEqual({ n: 0, promoters: 0, passives: 0, detractors: 0, promoterShare: null, passiveShare: null, detractorShare: null, nps: null, marginOfError: null });
  });

  it('summarizeCounts agrees with summarizeScores', () => {
    expect(summarizeCounts({ n: 10, promoters: 5, passives: 2, detractors: 3 })).toEqual(summarizeScores([10, 10, 10, 9, 9, 8, 7, 6, 4, 2]));
  });
});

describe('distribution and CSAT', () => {
  it('counts each score 0…10', () => {
    expect(scoreDistribution([0, 10, 10, 5])).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 2]);
  });
  it('CSAT is the share of 4s and 5s', () => {
    // 5 4 3 2 → 2 of 4 satisfied = 0.5
    expect(summarizeCsat([5, 4, 3, 2])).toEqual({ n: 4, satisfied: 2, csat: 0.5 });
    expect(summarizeCsat([]).csat).toBeNull();
  });
});

describe('trend by period', () => {
  // January: 10 9 6 3 → P 2, D 2, NPS 0; p = d = 0.5 → variance 1 → margin 196 × sqrt(1/4) = 98.
  // February: no answers. March: 10 10 10 10 → +100, margin 0.
  // Change March vs January = +100. Adjusted-Wald (n̂ = 7): January p̂ = d̂ = 2.75/7 → 0, var 0.785714; March
  // p̂ = 4.75/7, d̂ = 0.75/7 → 0.571429, var 0.785714 − 0.326531 = 0.459184; SE = √((0.785714 + 0.459184) / 7)
  // = 0.421714 → margin 82.66 > 57.14, yet 4 answers a month is below the minimum of 30: not significant.
  const answers = [
    { score: 10, day: day('2024-01-03') },
    { score: 9, day: day('2024-01-10') },
    { score: 6, day: day('2024-01-20') },
    { score: 3, day: day('2024-01-31') },
    ...[1, 2, 3, 4].map((d) => ({ score: 10, day: day(`2024-03-0${d}`) })),
    { score: 0 }, // undated: not in the trend
  ];
  const trend = npsTrend(answers, 'month');

  it('runs from the first to the last month with answers, empty months included', () => {
    expect(trend.map((row) => [row.period, row.n, row.nps])).toEqual([
      ['2024-01', 4, 0],
      ['2024-02', 0, null],
      ['2024-03', 4, 100],
    ]);
    expect(trend[0]!.marginOfError).toBeCloseTo(98, 9);
    expect(trend[0]).toMatchObject({ start: '2024-01-01', end: '2024-02-01', change: null, significant: false });
  });

  it('compares with the previous period that has answers, using the adjusted-Wald margin of the difference', () => {
    expect(trend[1]).toMatchObject({ previous: null, change: null, significant: false });
    expect(trend[2]).toMatchObject({ previous: '2024-01', change: 100, belowMinimum: true, significant: false });
    expect(trend[2]!.adjustedChange).toBeCloseTo(57.14, 2);
    expect(trend[2]!.changeMargin).toBeCloseTo(82.66, 2);
  });

  it('does not flag a change within the margin', () => {
    // Jan 10 9 6 3 (NPS 0) → Feb 10 10 9 6 (NPS +50). Adjusted (n̂ = 7): Jan 0, var 0.785714; Feb p̂ = 3.75/7,
    // d̂ = 1.75/7 → 0.285714, var 0.785714 − 0.081633 = 0.704082; SE = √((0.785714 + 0.704082) / 7) = 0.461333
    // → margin 90.42 > adjusted change 28.57 → not significant.
    const rows = npsTrend(
      [10, 9, 6, 3].map((score) => ({ score, day: day('2024-01-15') })).concat([10, 10, 9, 6].map((score) => ({ score, day: day('2024-02-15') }))),
      'month',
    );
    expect(rows[1]!.change).toBe(50);
    expect(rows[1]!.adjustedChange).toBeCloseTo(28.57, 2);
    expect(rows[1]!.changeMargin).toBeCloseTo(90.42, 2);
    expect(rows[1]!.significant).toBe(false);
  });

  it('margin of a difference is sqrt(a² + b²), null when either is', () => {
    expect(differenceMargin(3, 4)).toBe(5);
    expect(differenceMargin(null, 4)).toBeNull();
  });
});

describe('segments', () => {
  it('sorts by NPS, best first; blank segments get a label', () => {
    const rows = npsBySegment([
      { score: 0, segment: 'B' },
      { score: 10, segment: 'A' },
      { score: 7, segment: '' },
      { score: 10, segment: 'B' },
    ]);
    expect(rows.map((row) => [row.segment, row.n, row.nps])).toEqual([
      ['A', 1, 100],
      ['B', 2, 0],
      ['(blank)', 1, 0],
    ]);
  });
});

describe('joining answers to orders', () => {
  it('tiers cut at the top and bottom 20% of values; ties go to the outer tier', () => {
    const tier = tierRanker([100, 90, 80, 70, 60, 50, 40, 30, 20, 10]);
    expect([100, 90, 80, 30, 20, 10].map(tier)).toEqual(['top', 'top', 'middle', 'middle', 'bottom', 'bottom']);
    expect(tierRanker([5, 5, 5])(5)).toBe('top');
  });

  // Ten customers X0…X9 with revenue 1000, 900, …, 100 (minor units); X0 buys twice.
  const orders: [string, string, number][] = [];
  for (let i = 0; i < 10; i++) orders.push([`X${i}`, '2024-01-10', (10 - i) * 100]);
  orders.push(['X0', '2024-02-10', 0]); // a zero-amount order on another day counts as no purchase
  orders.push(['X1', '2024-02-10', 100]); // X1: 900 + 100 = 1000, two purchases
  const history = buildHistory(orders);
  const answers = [
    { customer: 'X0', score: 3, day: day('2024-01-20') }, // top, detractor, 1 purchase → new
    { customer: 'X1', score: 2, day: day('2024-01-20') }, // replaced by X1's later answer below
    { customer: 'X1', score: 10, day: day('2024-03-01') }, // top, promoter, 2 purchases → repeat
    { customer: 'X5', score: 8 }, // middle, passive, undated → purchases to as-of: 1 → new
    { customer: 'X9', score: 0, day: day('2024-03-01') }, // bottom (100), detractor
    { customer: 'NOBODY', score: 9 },
    { score: 10 }, // anonymous
  ];
  const join = joinOrders(answers, history, day('2024-12-31'));

  it('counts each customer once, with the latest answer', () => {
    expect(join).toMatchObject({ respondents: 5, matched: 4, unmatched: 1, anonymous: 1, tierBasis: 'revenue' });
    expect(join.customers.get('X1')).toMatchObject({ score: 10, revenue: 1000, tier: 'top', type: 'repeat' });
  });

  it('gives NPS per tier and per buyer type', () => {
    // Top: X0 (3) and X1 (10) → NPS 0; middle: X5 (8) → 0; bottom: X9 (0) → −100.
    expect(join.tiers.map((row) => [row.tier, row.n, row.nps, row.revenue])).toEqual([
      ['top', 2, 0, 2000],
      ['middle', 1, 0, 500],
      ['bottom', 1, -100, 100],
    ]);
    // New: X0 (3), X5 (8), X9 (0) → P 0, D 2 of 3 → −66.7; repeat: X1 (10) → +100.
    expect(join.buyerTypes[0]!.type).toBe('new');
    expect(join.buyerTypes[0]!.nps).toBeCloseTo(-66.667, 3);
    expect(join.buyerTypes[1]).toMatchObject({ type: 'repeat', n: 1, nps: 100 });
  });

  it('gives the revenue share held by detractors', () => {
    // Detractors X0 (1000) + X9 (100) = 1100 of respondents' 1000 + 1000 + 500 + 100 = 2600;
    // of all revenue 1000 + 1000 + 800 + … + 100 = 5600.
    expect(join.detractorRevenue).toBe(1100);
    expect(join.respondentRevenue).toBe(2600);
    expect(join.detractorRevenueShare).toBeCloseTo(1100 / 2600, 12);
    expect(join.detractorShareOfTotalRevenue).toBeCloseTo(1100 / 5600, 12);
  });

  it('ranks by number of orders and has no revenue when the orders have no amounts', () => {
    const plain = joinOrders(answers, buildHistory(orders, { hasAmounts: false }), day('2024-12-31'));
    expect(plain.tierBasis).toBe('orders');
    expect(plain.detractorRevenueShare).toBeNull();
    expect(plain.customers.get('X0')!.revenue).toBeNull();
  });
});
