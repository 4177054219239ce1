/**
 * RFM segments (docs/definitions.md, "Segments"): each customer's recency, frequency and monetary
 * quintile scores on an as-of day, the named segment their R and F scores fall in, segment sizes
 * and revenue shares, and who moved between segments from one as-of day to another. Pure: no I/O.
 *
 * - Customers scored: those with a purchase day on or before the as-of day.
 * - Recency: days from the last purchase day to the as-of day (smaller is better).
 * - Frequency: purchase days on or before the as-of day (several orders on one day are one
 *   purchase, as everywhere in care: docs/definitions.md, "Purchases").
 * - Monetary: net amount of every entry on or before the as-of day, returns and credits
 *   subtracted, in minor units; absent when the export has no amounts.
 * R and F come from rfmFromHistory (metrics/ltv/rfm.ts) measured in days: frequency = x + 1,
 * recency = T − t_x.
 *
 * Quintile scores 1–5 (5 best) by position: a customer's score is 1 + ⌊5 · k / n⌋, where n is the
 * number of customers scored and k the number of them with a strictly worse value. So with n
 * distinct values each score holds n/5 customers, and ties share one score — the score of the
 * tie group's lowest position — whatever the order of the export (no arbitrary tie-break:
 * two customers with the same recency never get different R scores). With many one-time buyers
 * the low F scores are therefore fuller than a fifth and some F scores may be empty.
 */
import type { CustomerHistory } from '../model/customer-history.js';
import type { Day } from '../time/days.js';
import type { DueKind } from './due.js';
import { rfmFromHistory } from './ltv/rfm.js';

/**
 * The segments, best first. The ten names of the 5×5 recency × frequency grid widely published
 * for RFM segmentation (the `seg_map` of R/F score patterns, e.g. in
 * github.com/SaadAbdElGhaffar/customer-segmentation-rfm-kmeans, utils/rfm_analysis.py:
 * [1-2][1-2] hibernating, [1-2][3-4] at risk, [1-2]5 can't lose them, 3[1-2] about to sleep,
 * 33 need attention, [3-4][4-5] loyal, 41 promising, 51 new, [4-5][2-3] potential loyalists,
 * 5[4-5] champions), plus "lost": the one cell lowest on both scores (R 1, F 1), taken out of
 * hibernating, as lost customers are the ones lowest on every score in Putler's list of RFM
 * segments (putler.com, "RFM analysis for successful customer segmentation").
 */
export const RFM_SEGMENTS = [
  'champions',
  'loyal',
  'potential-loyalists',
  'new',
  'promising',
  'need-attention',
  'about-to-sleep',
  'at-risk',
  'cant-lose-them',
  'hibernating',
  'lost',
] as const;

export type RfmSegment = (typeof RFM_SEGMENTS)[number];

/** The grid: GRID[r − 1][f − 1] is the segment of R score r and F score f. */
const GRID: readonly (readonly RfmSegment[])[] = [
  /* R 1 */ ['lost', 'hibernating', 'at-risk', 'at-risk', 'cant-lose-them'],
  /* R 2 */ ['hibernating', 'hibernating', 'at-risk', 'at-risk', 'cant-lose-them'],
  /* R 3 */ ['about-to-sleep', 'about-to-sleep', 'need-attention', 'loyal', 'loyal'],
  /* R 4 */ ['promising', 'potential-loyalists', 'potential-loyalists', 'loyal', 'loyal'],
  /* R 5 */ ['new', 'potential-loyalists', 'potential-loyalists', 'champions', 'champions'],
];

/** The segment of an R and an F score (each 1–5). */
export function segmentOf(r: number, f: number): RfmSegment {
  const segment = GRID[r - 1]?.[f - 1];
  if (segment === undefined) throw new RangeError(`RFM scores out of range: R ${r}, F ${f}`);
  return segment;
}

/** What care suggests for a segment: a template of templates/<locale>/ and the reminder rule that finds them (null: none). */
export interface SegmentAction {
  template: string;
  rule: Exclude<DueKind, 'payment'> | null;
  /** One line for the care lead. */
  advice: string;
}

/** Each segment's names in English, Russian and Bulgarian, and the suggested action. */
export const SEGMENT_INFO: Readonly<Record<RfmSegment, { en: string; ru: string; bg: string; action: SegmentAction }>> = {
  champions: { en: 'Champions', ru: 'Чемпионы', bg: 'Шампиони', action: { template: 'feedback-request', rule: 'anniversary', advice: 'thank them and ask for a review; no discounts needed' } },
  loyal: { en: 'Loyal', ru: 'Лояльные', bg: 'Лоялни', action: { template: 'reorder-reminder', rule: 'reorder', advice: 'remind when their usual interval has passed' } },
  'potential-loyalists': { en: 'Potential loyalists', ru: 'Потенциально лояльные', bg: 'Потенциално лоялни', action: { template: 'reorder-reminder', rule: 'reorder', advice: 'a nudge towards the next purchase' } },
  new: { en: 'New', ru: 'Новые', bg: 'Нови', action: { template: 'welcome', rule: null, advice: 'welcome them; too early for a reminder' } },
  promising: { en: 'Promising', ru: 'Перспективные', bg: 'Перспективни', action: { template: 'after-sale-thanks', rule: null, advice: 'a thank-you and a satisfaction check after the purchase' } },
  'need-attention': { en: 'Need attention', ru: 'Требуют внимания', bg: 'Нуждаят се от внимание', action: { template: 'reorder-reminder', rule: 'reorder', advice: 'remind before they slip' } },
  'about-to-sleep': { en: 'About to sleep', ru: 'Засыпающие', bg: 'На път да заспят', action: { template: 'reorder-reminder', rule: 'reorder', advice: 'remind now, before the churn window ends' } },
  'at-risk': { en: 'At risk', ru: 'В зоне риска', bg: 'В риск', action: { template: 'win-back', rule: 'win-back', advice: 'a win-back letter' } },
  'cant-lose-them': { en: "Can't lose them", ru: 'Нельзя потерять', bg: 'Не бива да ги губим', action: { template: 'win-back', rule: 'win-back', advice: 'a personal win-back letter, or a call' } },
  hibernating: { en: 'Hibernating', ru: 'Спящие', bg: 'Спящи', action: { template: 'win-back', rule: 'win-back', advice: 'one win-back letter' } },
  lost: { en: 'Lost', ru: 'Потерянные', bg: 'Изгубени', action: { template: 'win-back', rule: 'win-back', advice: 'one last try at most; do not spend more' } },
};

/** Each scored customer's values, scores and segment, as columns (row i ↔ history customer customer[i]). */
export interface RfmScores {
  asOf: Day;
  /** Index of the row's customer in the history. */
  customer: Int32Array;
  recencyDays: Int32Array;
  frequency: Int32Array;
  /** Net amount in minor units; absent without amounts. */
  monetary?: Float64Array;
  r: Uint8Array;
  f: Uint8Array;
  /** Absent without amounts. */
  m?: Uint8Array;
  segment: RfmSegment[];
}

/**
 * Quintile scores 1–5 of values where larger is better: 1 + ⌊5 · (values strictly smaller) / n⌋.
 * Ties share a score (see the module comment).
 */
export function quintileScores(values: ArrayLike<number>): Uint8Array {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  const scores = new Uint8Array(n);
  for (let i = 0; i < n; i++) scores[i] = 1 + Math.floor((5 * countBelow(sorted, values[i]!)) / n);
  return scores;
}

/** How many values of an ascending array are strictly below `value` (binary search). */
function countBelow(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Recency, frequency and monetary values, their scores and segments of every customer who bought on or before `asOf`. */
export function rfmScores(history: CustomerHistory, asOf: Day): RfmScores {
  const table = rfmFromHistory(history, { calibrationEnd: asOf, unit: 'day' });
  const n = table.customer.length;
  const recencyDays = new Int32Array(n);
  const frequency = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    recencyDays[i] = Math.round(table.T[i]! - table.tx[i]!);
    frequency[i] = table.x[i]! + 1;
  }
  // Fewer days since the last purchase is better: score the negated recency.
  const r = quintileScores(Array.from(recencyDays, (days) => -days));
  const f = quintileScores(frequency);
  const segment = Array.from({ length: n }, (_, i) => segmentOf(r[i]!, f[i]!));
  const scores: RfmScores = { asOf, customer: table.customer, recencyDays, frequency, r, f, segment };
  if (history.hasAmounts) {
    const monetary = Float64Array.from(table.customer, (c) => netAmountOf(history, c, asOf));
    scores.monetary = monetary;
    scores.m = quintileScores(monetary);
  }
  return scores;
}

/** Net amount of a customer's entries on or before `asOf` (returns and credits included), minor units. */
function netAmountOf(history: CustomerHistory, customer: number, asOf: Day): number {
  let total = 0;
  for (let i = history.offsets[customer]!; i < history.offsets[customer + 1]!; i++) {
    if (history.days[i]! > asOf) break;
    total += history.amounts[i]!;
  }
  return total;
}

/** One segment's size and revenue. */
export interface SegmentSummary {
  segment: RfmSegment;
  customers: number;
  /** Share of the scored customers. */
  customerShare: number | null;
  /** Net revenue to the as-of day in minor units; null without amounts. */
  revenue: number | null;
  /** Share of the scored customers' net revenue; null without amounts or when that total is not above zero. */
  revenueShare: number | null;
}

/** Every segment (empty ones too, in RFM_SEGMENTS order) with its size and revenue share. */
export function summarizeSegments(scores: RfmScores): SegmentSummary[] {
  const counts = new Map<RfmSegment, number>();
  const revenue = new Map<RfmSegment, number>();
  let total = 0;
  scores.segment.forEach((segment, i) => {
    counts.set(segment, (counts.get(segment) ?? 0) + 1);
    const amount = scores.monetary?.[i] ?? 0;
    revenue.set(segment, (revenue.get(segment) ?? 0) + amount);
    total += amount;
  });
  const n = scores.segment.length;
  return RFM_SEGMENTS.map((segment) => {
    const customers = counts.get(segment) ?? 0;
    const segmentRevenue = scores.monetary === undefined ? null : (revenue.get(segment) ?? 0);
    return {
      segment,
      customers,
      customerShare: n > 0 ? customers / n : null,
      revenue: segmentRevenue,
      revenueShare: segmentRevenue === null || total <= 0 ? null : segmentRevenue / total,
    };
  });
}

/** The segment of each scored customer, by customer id. */
export function segmentByCustomer(history: CustomerHistory, scores: RfmScores): Map<string, RfmSegment> {
  const map = new Map<string, RfmSegment>();
  scores.segment.forEach((segment, i) => map.set(history.customers[scores.customer[i]!]!, segment));
  return map;
}

/** Where a customer was on the earlier day: a segment, or not yet a customer. */
export type FromSegment = RfmSegment | 'not-yet';

/** One customer whose segment changed. */
export interface SegmentMove {
  customer: string;
  from: FromSegment;
  to: RfmSegment;
}

/** Movement between two as-of days. */
export interface SegmentMovement {
  from: Day;
  to: Day;
  /** matrix[from][to]: customers in segment `from` on the earlier day and `to` on the later (zeros included). */
  matrix: Record<FromSegment, Record<RfmSegment, number>>;
  /** Customers whose segment differs, in the order of the history. */
  moved: SegmentMove[];
  /** Customers in the same segment on both days. */
  stayed: number;
}

/**
 * Scores the history on both days (each day's quintiles among that day's customers) and counts
 * who went from which segment to which. Customers who first bought after `from` come from
 * "not-yet". `from` must be before `to`.
 */
export function segmentMovement(history: CustomerHistory, from: Day, to: Day): SegmentMovement {
  if (!(from < to)) throw new RangeError('segmentMovement: the first day must be before the second');
  const before = new Map<number, RfmSegment>();
  const earlier = rfmScores(history, from);
  earlier.segment.forEach((segment, i) => before.set(earlier.customer[i]!, segment));
  const later = rfmScores(history, to);
  const matrix = {} as Record<FromSegment, Record<RfmSegment, number>>;
  for (const row of [...RFM_SEGMENTS, 'not-yet'] as FromSegment[]) {
    matrix[row] = Object.fromEntries(RFM_SEGMENTS.map((segment) => [segment, 0])) as Record<RfmSegment, number>;
  }
  const moved: SegmentMove[] = [];
  let stayed = 0;
  later.segment.forEach((segment, i) => {
    const c = later.customer[i]!;
    const was: FromSegment = before.get(c) ?? 'not-yet';
    matrix[was][segment]++;
    if (was === segment) stayed++;
    else moved.push({ customer: history.customers[c]!, from: was, to: segment });
  });
  return { from, to, matrix, moved, stayed };
}
