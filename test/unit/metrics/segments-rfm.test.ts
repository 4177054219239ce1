import { describe, expect, it } from 'vitest';
import { RFM_SEGMENTS, SEGMENT_INFO, quintileScores, rfmScores, segmentMovement, segmentOf, summarizeSegments } from '../../../src/metrics/segments-rfm.js';
import { parseIsoDay } from '../../../src/time/days.js';
import { type OrderTuple, buildHistory } from '../../helpers/history-builder.js';

// Worked by hand (docs/definitions.md, "Segments"): score = 1 + ⌊5 · k / n⌋, k = customers strictly worse.
const AS_OF = parseIsoDay('2024-06-30')!;

/** `count` purchase days 30 days apart, the last `recency` days before the as-of day, `each` minor units each. */
function buyer(id: string, recency: number, count: number, each: number): OrderTuple[] {
  return Array.from({ length: count }, (_, j) => [id, AS_OF - recency - 30 * j, each] as const);
}

// Ten customers: recency (days), purchase days, net amount.
//   A 1 6 60000 | B 2 1 5000 | C 5 2 8000 | D 10 4 20000 | E 20 3 9000
//   F 40 1 3000 | G 60 5 30000 | H 100 7 50000 (52000 bought, a 2000 credit later) | I 200 1 1000 | J 300 2 4000
// K buys only after the as-of day and is not scored.
const ORDERS: OrderTuple[] = [
  ...buyer('A', 1, 6, 10000),
  ...buyer('B', 2, 1, 5000),
  ...buyer('C', 5, 2, 4000),
  ...buyer('D', 10, 4, 5000),
  ...buyer('E', 20, 3, 3000),
  ...buyer('F', 40, 1, 3000),
  ...buyer('G', 60, 5, 6000),
  ...buyer('H', 100, 6, 7000),
  ['H', AS_OF - 100 - 30 * 6, 10000],
  ['H', AS_OF - 50, -2000], // a credit after the last purchase: not a purchase, but it counts in monetary
  ...buyer('I', 200, 1, 1000),
  ...buyer('J', 300, 2, 2000),
  ['K', AS_OF + 5, 9999],
];

describe('RFM scores and segments on a built history', () => {
  const history = buildHistory(ORDERS);
  const scores = rfmScores(history, AS_OF);
  const byId = (id: string) => scores.customer.indexOf(history.customers.indexOf(id));

  it('scores each customer by hand', () => {
    // R: k = customers with more days since; A 9 → 5, B 8 → 5, C 7 → 4, D 6 → 4, E 5 → 3, F 4 → 3, G 3 → 2, H 2 → 2, I 1 → 1, J 0 → 1.
    // F: values 1 1 1 2 2 3 4 5 6 7; k below: 1 → 0 → 1, 2 → 3 → 2, 3 → 5 → 3, 4 → 6 → 4, 5 → 7 → 4, 6 → 8 → 5, 7 → 9 → 5.
    // M: 1000 3000 4000 5000 8000 9000 20000 30000 50000 60000 → 1 1 2 2 3 3 4 4 5 5.
    const expected: Record<string, [recency: number, frequency: number, monetary: number, r: number, f: number, m: number, segment: string]> = {
      A: [1, 6, 60000, 5, 5, 5, 'champions'],
      B: [2, 1, 5000, 5, 1, 2, 'new'],
      C: [5, 2, 8000, 4, 2, 3, 'potential-loyalists'],
      D: [10, 4, 20000, 4, 4, 4, 'loyal'],
      E: [20, 3, 9000, 3, 3, 3, 'need-attention'],
      F: [40, 1, 3000, 3, 1, 1, 'about-to-sleep'],
      G: [60, 5, 30000, 2, 4, 4, 'at-risk'],
      H: [100, 7, 50000, 2, 5, 5, 'cant-lose-them'],
      I: [200, 1, 1000, 1, 1, 1, 'lost'],
      J: [300, 2, 4000, 1, 2, 2, 'hibernating'],
    };
    expect(scores.customer.length).toBe(10);
    for (const [id, [recency, frequency, monetary, r, f, m, segment]] of Object.entries(expected)) {
      const i = byId(id);
      expect([id, scores.recencyDays[i], scores.frequency[i], scores.monetary![i], scores.r[i], scores.f[i], scores.m![i], scores.segment[i]]).toEqual([id, recency, frequency, monetary, r, f, m, segment]);
    }
    expect(byId('K')).toBe(-1);
  });

  it('sizes and revenue shares: every segment listed, the empty one too', () => {
    const summary = summarizeSegments(scores);
    expect(summary.map((row) => row.segment)).toEqual([...RFM_SEGMENTS]);
    // Total net revenue 190000: A 60000 / 190000, H 50000 / 190000; promising (R 4, F 1) is empty.
    expect(summary.find((row) => row.segment === 'champions')).toMatchObject({ customers: 1, customerShare: 0.1, revenue: 60000 });
    expect(summary.find((row) => row.segment === 'champions')!.revenueShare).toBeCloseTo(6 / 19, 12);
    expect(summary.find((row) => row.segment === 'cant-lose-them')!.revenueShare).toBeCloseTo(5 / 19, 12);
    expect(summary.find((row) => row.segment === 'promising')).toEqual({ segment: 'promising', customers: 0, customerShare: 0, revenue: 0, revenueShare: 0 });
    expect(summary.reduce((sum, row) => sum + row.customers, 0)).toBe(10);
  });

  it('without amounts: no monetary, no M score, no revenue', () => {
    const plain = rfmScores(buildHistory(ORDERS, { hasAmounts: false }), AS_OF);
    expect(plain.monetary).toBeUndefined();
    expect(plain.m).toBeUndefined();
    expect(summarizeSegments(plain)[0]).toMatchObject({ revenue: null, revenueShare: null });
  });
});

describe('quintile scores', () => {
  it('ties share the score of their lowest position, whatever the order', () => {
    // n = 4: 0 → k 0 → 1; 5 → k 1 → 1 + ⌊5/4⌋ = 2; 10, 10 → k 2 → 1 + ⌊10/4⌋ = 3.
    expect([...quintileScores([10, 10, 0, 5])]).toEqual([3, 3, 1, 2]);
    expect([...quintileScores([5, 10, 0, 10])]).toEqual([2, 3, 1, 3]);
  });

  it('ten distinct values: two per score', () => {
    expect([...quintileScores([9, 8, 7, 6, 5, 4, 3, 2, 1, 0])]).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
  });
});

describe('the R × F grid', () => {
  it('covers all 25 cells, and lost is R 1 F 1 only', () => {
    const cells = [];
    for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) cells.push(segmentOf(r, f));
    expect(cells.filter((segment) => segment === 'lost')).toHaveLength(1);
    expect(segmentOf(1, 1)).toBe('lost');
    expect(segmentOf(2, 1)).toBe('hibernating');
    expect(segmentOf(3, 3)).toBe('need-attention');
    expect(segmentOf(4, 1)).toBe('promising');
    expect(() => segmentOf(0, 3)).toThrow(RangeError);
    expect(new Set(cells)).toEqual(new Set(RFM_SEGMENTS));
  });

  it('every segment has a Russian and a Bulgarian name and a built-in template', () => {
    const templates = ['feedback-request', 'reorder-reminder', 'welcome', 'after-sale-thanks', 'win-back'];
    for (const segment of RFM_SEGMENTS) {
      const info = SEGMENT_INFO[segment];
      expect(info.ru).toMatch(/[А-я]/);
      expect(info.bg).toMatch(/[А-я]/);
      expect(templates).toContain(info.action.template);
    }
  });
});

describe('movement between two as-of days', () => {
  // Day numbers. On day 100 (n = 5, score = 1 + k):
  //   P 10 20 30 40 → R 2 F 5 can't lose them; Q 95 → R 4 F 1 promising; R 50 60 → R 3 F 3 need attention;
  //   S 80 90 99 → R 5 F 4 champions; U 5 → R 1 F 1 lost.
  // On day 200 (n = 6, score = 1 + ⌊5k/6⌋), P buys on 190 and T on 150:
  //   P rec 10 k 5 → 5, freq 5 k 5 → 5 champions; Q rec 105 k 2 → 2, F 1 hibernating; R rec 140 k 1 → 1, freq 2 k 3 → 3 at risk;
  //   S rec 101 k 3 → 3, freq 3 k 4 → 4 loyal; T rec 50 k 4 → 4, F 1 promising; U rec 195 → 1, F 1 lost.
  const history = buildHistory([
    ['P', 10, 100], ['P', 20, 100], ['P', 30, 100], ['P', 40, 100], ['P', 190, 100],
    ['Q', 95, 100], ['R', 50, 100], ['R', 60, 100], ['S', 80, 100], ['S', 90, 100], ['S', 99, 100],
    ['T', 150, 100], ['U', 5, 100],
  ]);

  it('the from → to matrix and who moved', () => {
    const movement = segmentMovement(history, 100, 200);
    expect(movement.moved).toEqual([
      { customer: 'P', from: 'cant-lose-them', to: 'champions' },
      { customer: 'Q', from: 'promising', to: 'hibernating' },
      { customer: 'R', from: 'need-attention', to: 'at-risk' },
      { customer: 'S', from: 'champions', to: 'loyal' },
      { customer: 'T', from: 'not-yet', to: 'promising' },
    ]);
    expect(movement.stayed).toBe(1);
    expect(movement.matrix.lost.lost).toBe(1);
    expect(movement.matrix['not-yet'].promising).toBe(1);
    expect(movement.matrix.champions.loyal).toBe(1);
    const total = Object.values(movement.matrix).reduce((sum, row) => sum + Object.values(row).reduce((a, b) => a + b, 0), 0);
    expect(total).toBe(6);
  });

  it('refuses days in the wrong order', () => {
    expect(() => segmentMovement(history, 200, 100)).toThrow(RangeError);
  });
});
