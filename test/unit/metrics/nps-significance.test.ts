/**
 * Significance of NPS changes at small samples (docs/definitions.md, "Net Promoter Score"): the adjusted-Wald test of
 * the difference — n̂ = n + 3, p̂ = (P + ¾) / n̂, d̂ = (D + ¾) / n̂, var = p̂ + d̂ − (p̂ − d̂)², SE = √(var₁/n̂₁ + var₂/n̂₂),
 * margin = 196 × SE points — and nothing flagged below 30 answers in either period. Every number worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { npsTrend, type NpsAnswer } from '../../../src/metrics/nps.js';
import { parseIsoDay } from '../../../src/time/days.js';

const day = (iso: string) => parseIsoDay(iso)!;

/** `count` answers of one score on one day. */
const answers = (count: number, score: number, iso: string): NpsAnswer[] => Array.from({ length: count }, () => ({ score, day: day(iso) }));

describe('NPS trend significance', () => {
  it('one detractor week then one promoter week: +200, not significant', () => {
    // Week 1: D = 1, n = 1 (NPS −100, margin 0); week 2: P = 1 (NPS +100, margin 0). The plain margins add to 0.
    // Adjusted: n̂ = 4; week 1 p̂ = 0.75/4 = 0.1875, d̂ = 1.75/4 = 0.4375 → −0.25, var = 0.625 − 0.0625 = 0.5625;
    // week 2 mirrored → +0.25, var 0.5625. SE = √(2 × 0.5625 / 4) = 0.5303 → margin 103.94 points > 50.
    const rows = npsTrend([...answers(1, 0, '2024-01-01'), ...answers(1, 10, '2024-01-08')], 'week');
    expect(rows.map((row) => [row.period, row.nps, row.marginOfError])).toEqual([
      ['2024-W01', -100, 0],
      ['2024-W02', 100, 0],
    ]);
    expect(rows[1]).toMatchObject({ previous: '2024-W01', change: 200, belowMinimum: true, significant: false });
    expect(rows[1]!.adjustedChange).toBeCloseTo(50, 9);
    expect(rows[1]!.changeMargin).toBeCloseTo(103.94, 2);
  });

  it('ten detractors then ten promoters: beyond the margin, but below 30 answers nothing is flagged', () => {
    // n̂ = 13; before p̂ = 0.75/13, d̂ = 10.75/13 → −10/13; var = 11.5/13 − (10/13)² = 0.292899; after mirrored.
    // SE = √(2 × 0.292899 / 13) = 0.212276 → margin 41.61; adjusted change 2 × 10/13 = 153.85 points.
    const rows = npsTrend([...answers(10, 3, '2024-01-10'), ...answers(10, 9, '2024-02-10')], 'month');
    expect(rows[1]).toMatchObject({ change: 200, belowMinimum: true, significant: false });
    expect(rows[1]!.adjustedChange).toBeCloseTo(153.85, 2);
    expect(rows[1]!.changeMargin).toBeCloseTo(41.61, 2);
  });

  it('40 answers each, −25 → +45: significant', () => {
    // Before: P 10, passives 10, D 20 → −25. After: P 24, passives 10, D 6 → +45. Change +70.
    // n̂ = 43. Before p̂ = 10.75/43 = 0.25, d̂ = 20.75/43 = 0.482558 → −0.232558, var = 0.732558 − 0.054083 = 0.678475.
    // After p̂ = 24.75/43 = 0.575581, d̂ = 6.75/43 = 0.156977 → 0.418605, var = 0.732558 − 0.175230 = 0.557328.
    // SE = √((0.678475 + 0.557328) / 43) = 0.169529 → margin 33.23; adjusted change 65.12 > 33.23.
    const rows = npsTrend(
      [...answers(10, 10, '2024-01-05'), ...answers(10, 7, '2024-01-05'), ...answers(20, 2, '2024-01-05'), ...answers(24, 9, '2024-02-05'), ...answers(10, 8, '2024-02-05'), ...answers(6, 5, '2024-02-05')],
      'month',
    );
    expect(rows[1]).toMatchObject({ nps: 45, change: 70, belowMinimum: false, significant: true });
    expect(rows[1]!.adjustedChange).toBeCloseTo(65.12, 2);
    expect(rows[1]!.changeMargin).toBeCloseTo(33.23, 2);
  });

  it('40 answers each, a small move of +10 with wide margins: not significant', () => {
    // Before: P 12, passives 14, D 14 → −5. After: P 14, passives 14, D 12 → +5. Change +10.
    // n̂ = 43. Before p̂ = 12.75/43 = 0.296512, d̂ = 14.75/43 = 0.343023 → −0.046512, var = 0.639535 − 0.002163 = 0.637372;
    // after mirrored (+0.046512, same var). SE = √(2 × 0.637372 / 43) = 0.172177 → margin 33.75 > adjusted change 9.30.
    const rows = npsTrend(
      [...answers(12, 9, '2024-01-05'), ...answers(14, 8, '2024-01-05'), ...answers(14, 6, '2024-01-05'), ...answers(14, 9, '2024-02-05'), ...answers(14, 7, '2024-02-05'), ...answers(12, 0, '2024-02-05')],
      'month',
    );
    expect(rows[1]).toMatchObject({ change: 10, belowMinimum: false, significant: false });
    expect(rows[1]!.adjustedChange).toBeCloseTo(9.30, 2);
    expect(rows[1]!.changeMargin).toBeCloseTo(33.75, 2);
  });
});
