/**
 * Net Promoter Score from 0–10 answers (docs/definitions.md): promoters 9–10, passives 7–8,
 * detractors 0–6; NPS = 100 × (P − D) / n in points (−100…100); its 95% margin of error in
 * points is 196 × sqrt((p + d − (p − d)²) / n), p and d the shares. Also CSAT (share of 4s and
 * 5s on a 1–5 scale), the trend by period, segments, and the join to customers' orders.
 * Pure: everything it reads comes in as arguments, "today" (asOf) included.
 */
import type { Day } from '../time/days.js';
import { type PeriodKind, describePeriod, periodOf } from '../time/periods.js';
import type { CustomerHistory } from './history.js';

export type NpsGroup = 'promoter' | 'passive' | 'detractor';

/** Counts of answers by group. */
export interface NpsCounts {
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
}

/** Counts, shares (0–1) and NPS with its margin (points); shares, NPS and margin are null when n = 0. */
export interface NpsSummary extends NpsCounts {
  promoterShare: number | null;
  passiveShare: number | null;
  detractorShare: number | null;
  nps: number | null;
  marginOfError: number | null;
}

/** One survey answer as the metrics need it. */
export interface NpsAnswer {
  score: number;
  day?: Day;
  customer?: string;
  segment?: string;
}

/** The group of a 0–10 score. Only 9–10 promote: good experiences travel less far than bad ones. */
export function npsGroup(score: number): NpsGroup {
  if (score >= 9) return 'promoter';
  if (score >= 7) return 'passive';
  return 'detractor';
}

/** Tallies scores into the three groups. */
export function tallyScores(scores: Iterable<number>): NpsCounts {
  const counts: NpsCounts = { n: 0, promoters: 0, passives: 0, detractors: 0 };
  for (const score of scores) addScore(counts, score);
  return counts;
}

function addScore(counts: NpsCounts, score: number): void {
  counts.n++;
  const group = npsGroup(score);
  if (group === 'promoter') counts.promoters++;
  else if (group === 'passive') counts.passives++;
  else counts.detractors++;
}

/**
 * Shares, NPS and the 95% margin of error from counts. Each answer is +1 (promoter), 0 or −1
 * (detractor); NPS/100 is their mean, whose variance per answer is p + d − (p − d)², so the
 * normal-approximation margin is 1.96 × sqrt(variance / n), × 100 for points (docs/definitions.md).
 */
export function summarizeCounts(counts: NpsCounts): NpsSummary {
  const { n, promoters, passives, detractors } = counts;
  if (n === 0) return { ...counts, promoterShare: null, passiveShare: null, detractorShare: null, nps: null, marginOfError: null };
  const p = promoters / n;
  const d = detractors / n;
  // max(0, …): rounding can push the variance of an all-one-group sample a hair below zero.
  const variance = Math.max(0, p + d - (p - d) ** 2);
  return {
    ...counts,
    promoterShare: p,
    passiveShare: passives / n,
    detractorShare: d,
    nps: (100 * (promoters - detractors)) / n,
    marginOfError: 196 * Math.sqrt(variance / n),
  };
}

/** The NPS summary of some scores. */
export function summarizeScores(scores: Iterable<number>): NpsSummary {
  return summarizeCounts(tallyScores(scores));
}

/** How many answers gave each score 0…10 (index = score). */
export function scoreDistribution(scores: Iterable<number>): number[] {
  const counts = new Array<number>(11).fill(0);
  for (const score of scores) counts[score] = (counts[score] ?? 0) + 1;
  return counts;
}

/** CSAT: the share of satisfied answers (4 or 5) among 1–5 ratings; null when there are none. */
export interface CsatSummary {
  n: number;
  satisfied: number;
  csat: number | null;
}

/** CSAT of 1–5 ratings: satisfied = 4s and 5s. */
export function summarizeCsat(ratings: Iterable<number>): CsatSummary {
  let n = 0;
  let satisfied = 0;
  for (const rating of ratings) {
    n++;
    if (rating >= 4) satisfied++;
  }
  return { n, satisfied, csat: n === 0 ? null : satisfied / n };
}

/**
 * The plain-Wald 95% margin of the difference of two independent NPS estimates, in points:
 * variances of independent samples add, so the margin is sqrt(moe₁² + moe₂²). It fails at small n
 * (a period whose answers all fall in one group has margin 0), so the trend tests changes with
 * npsDifference instead.
 */
export function differenceMargin(first: number | null, second: number | null): number | null {
  return first === null || second === null ? null : Math.sqrt(first ** 2 + second ** 2);
}

/**
 * The fewest answers a period needs before a change to or from it can be called significant: below
 * it the normal approximation behind any interval is poor and one answer moves NPS by 100 / n
 * points (docs/definitions.md, "Net Promoter Score").
 */
export const NPS_MIN_ANSWERS = 30;

/** The test of a change in NPS between two independent samples. */
export interface NpsDifference {
  /** NPS after minus NPS before, in points. */
  change: number;
  /** The same difference of the adjusted NPS values (¾ promoter, ¾ detractor and 3 answers added to each), in points. */
  adjustedChange: number;
  /** 95% margin of the adjusted difference, in points: 196 × standard error. */
  margin: number;
  /** adjustedChange / standard error. */
  z: number;
  /** Either sample has fewer than the minimum of answers: nothing is flagged. */
  belowMinimum: boolean;
  /** Not below the minimum and |adjustedChange| > margin (|z| > 1.96). */
  significant: boolean;
}

/**
 * Adjusted-Wald test of the difference of two NPS values (Rocks 2016, "Interval Estimation for the
 * 'Net Promoter Score'", The American Statistician 70(4) 365–372; the two-sample form of Lewis &
 * Sauro, https://measuringu.com/nps-significance-test/). Each sample gets 3 more answers, ¾ of a
 * promoter and ¾ of a detractor: n̂ = n + 3, p̂ = (P + ¾) / n̂, d̂ = (D + ¾) / n̂. The variance of one
 * answer (+1, 0, −1) from the three group shares is p̂ + d̂ − (p̂ − d̂)², never 0, so a period whose
 * answers all fall in one group (margin of error 0) does not pass for certainty; the standard
 * error of the difference is √(var₁ / n̂₁ + var₂ / n̂₂). Null when either sample is empty.
 */
export function npsDifference(before: NpsCounts, after: NpsCounts, minAnswers = NPS_MIN_ANSWERS): NpsDifference | null {
  if (before.n === 0 || after.n === 0) return null;
  const first = adjusted(before);
  const second = adjusted(after);
  const standardError = Math.sqrt(first.variance / first.n + second.variance / second.n);
  const adjustedChange = 100 * (second.nps - first.nps);
  const margin = 196 * standardError;
  const belowMinimum = before.n < minAnswers || after.n < minAnswers;
  return {
    change: (100 * (after.promoters - after.detractors)) / after.n - (100 * (before.promoters - before.detractors)) / before.n,
    adjustedChange,
    margin,
    z: adjustedChange / 100 / standardError,
    belowMinimum,
    significant: !belowMinimum && Math.abs(adjustedChange) > margin,
  };
}

/** The adjusted-Wald shares of a sample: NPS as a fraction (−1…1), the variance of one answer and n̂. */
function adjusted(counts: NpsCounts): { nps: number; variance: number; n: number } {
  const n = counts.n + 3;
  const p = (counts.promoters + 0.75) / n;
  const d = (counts.detractors + 0.75) / n;
  return { nps: p - d, variance: p + d - (p - d) ** 2, n };
}

export interface NpsTrendRow extends NpsSummary {
  period: string;
  start: string;
  /** Exclusive end, as in the retention table. */
  end: string;
  /** The period compared with: the latest earlier period that has answers. */
  previous: string | null;
  /** NPS minus the previous period's NPS, in points. */
  change: number | null;
  /** The adjusted-Wald difference (npsDifference), in points. */
  adjustedChange: number | null;
  /** 95% margin of that adjusted difference, in points. */
  changeMargin: number | null;
  /** This period or the previous one has fewer than NPS_MIN_ANSWERS answers: the change is not tested. */
  belowMinimum: boolean;
  /** Whether the adjusted-Wald test finds the change unlikely to be noise at the 95% level (and both periods have enough answers). */
  significant: boolean;
}

/** NPS per period from the first to the last period with dated answers; undated answers are left out. */
export function npsTrend(answers: readonly NpsAnswer[], kind: PeriodKind, minAnswers = NPS_MIN_ANSWERS): NpsTrendRow[] {
  const byPeriod = new Map<number, NpsCounts>();
  for (const answer of answers) {
    if (answer.day === undefined) continue;
    const ordinal = periodOf(answer.day, kind);
    let counts = byPeriod.get(ordinal);
    if (counts === undefined) byPeriod.set(ordinal, (counts = { n: 0, promoters: 0, passives: 0, detractors: 0 }));
    addScore(counts, answer.score);
  }
  if (byPeriod.size === 0) return [];
  const first = Math.min(...byPeriod.keys());
  const last = Math.max(...byPeriod.keys());
  const rows: NpsTrendRow[] = [];
  let previous: NpsTrendRow | undefined;
  for (let ordinal = first; ordinal <= last; ordinal++) {
    const span = describePeriod(ordinal, kind);
    const summary = summarizeCounts(byPeriod.get(ordinal) ?? { n: 0, promoters: 0, passives: 0, detractors: 0 });
    const test = previous === undefined ? null : npsDifference(previous, summary, minAnswers);
    const row: NpsTrendRow = {
      period: span.label,
      start: span.startLabel,
      end: span.endLabel,
      ...summary,
      previous: test === null ? null : previous!.period,
      change: test?.change ?? null,
      adjustedChange: test?.adjustedChange ?? null,
      changeMargin: test?.margin ?? null,
      belowMinimum: test?.belowMinimum ?? false,
      significant: test?.significant ?? false,
    };
    rows.push(row);
    if (summary.nps !== null) previous = row;
  }
  return rows;
}

export interface NpsSegmentRow extends NpsSummary {
  segment: string;
}

/** The label of answers with an empty segment cell. */
export const BLANK_SEGMENT = '(blank)';

/** NPS per segment, best first (ties: more answers first, then by name). */
export function npsBySegment(answers: readonly NpsAnswer[]): NpsSegmentRow[] {
  const bySegment = new Map<string, NpsCounts>();
  for (const answer of answers) {
    const segment = answer.segment === undefined || answer.segment === '' ? BLANK_SEGMENT : answer.segment;
    let counts = bySegment.get(segment);
    if (counts === undefined) bySegment.set(segment, (counts = { n: 0, promoters: 0, passives: 0, detractors: 0 }));
    addScore(counts, answer.score);
  }
  return [...bySegment]
    .map(([segment, counts]) => ({ segment, ...summarizeCounts(counts) }))
    .sort((a, b) => (b.nps ?? -Infinity) - (a.nps ?? -Infinity) || b.n - a.n || a.segment.localeCompare(b.segment));
}

export type ValueTier = 'top' | 'middle' | 'bottom';
export type BuyerType = 'new' | 'repeat';

/** What the orders say of one customer who answered. */
export interface RespondentValue {
  customer: string;
  score: number;
  group: NpsGroup;
  /** Net revenue to the as-of day in minor units; null when the export had no amounts. */
  revenue: number | null;
  tier: ValueTier;
  /** repeat = two or more qualifying purchases on or before the answer day (or as-of when undated). */
  type: BuyerType;
}

export interface NpsOrdersJoin {
  /** Distinct customers who answered (answers without a customer id cannot be joined). */
  respondents: number;
  /** Of them, found in the orders export. */
  matched: number;
  unmatched: number;
  /** Answers with no customer id. */
  anonymous: number;
  /** What the tiers rank by: net revenue, or the number of orders when the export has no amounts. */
  tierBasis: 'revenue' | 'orders';
  tiers: (NpsSummary & { tier: ValueTier; revenue: number | null })[];
  buyerTypes: (NpsSummary & { type: BuyerType })[];
  /** Net revenue of matched respondents, and the part held by detractors (minor units; null without amounts). */
  respondentRevenue: number | null;
  detractorRevenue: number | null;
  /** detractorRevenue / respondentRevenue; null without amounts or when respondents' revenue is not positive. */
  detractorRevenueShare: number | null;
  /** detractorRevenue / the whole customer base's net revenue. */
  detractorShareOfTotalRevenue: number | null;
  /** Per matched customer, for the detractors list. */
  customers: Map<string, RespondentValue>;
}

/** The share of customers (by value rank) in the top tier, and the same share for the bottom. */
export const TOP_TIER_SHARE = 0.2;

/**
 * Joins answers to the customers' orders. Each customer counts once, with their latest answer
 * (latest date; in file order when undated), so revenue is never counted twice. Tiers rank the
 * whole customer base of the orders export (not only respondents) by net revenue to `asOf`:
 * the top 20% of customers, the bottom 20%, and the middle 60%; customers tied at a cut go to
 * the outer tier. Orders after `asOf` are ignored.
 */
export function joinOrders(answers: readonly NpsAnswer[], history: CustomerHistory, asOf: Day): NpsOrdersJoin {
  const latest = new Map<string, NpsAnswer>();
  let anonymous = 0;
  for (const answer of answers) {
    if (answer.customer === undefined || answer.customer === '') {
      anonymous++;
      continue;
    }
    const current = latest.get(answer.customer);
    if (current === undefined || (answer.day ?? -Infinity) >= (current.day ?? -Infinity)) latest.set(answer.customer, answer);
  }
  const index = new Map<string, number>();
  history.customers.forEach((customer, i) => index.set(customer, i));
  const value = customerValue(history, asOf);
  const tierOf = tierRanker(value);

  const customers = new Map<string, RespondentValue>();
  for (const [customer, answer] of latest) {
    const at = index.get(customer);
    if (at === undefined) continue;
    customers.set(customer, {
      customer,
      score: answer.score,
      group: npsGroup(answer.score),
      revenue: history.hasAmounts ? revenueTo(history, at, asOf) : null,
      tier: tierOf(value[at]!),
      type: purchasesTo(history, at, Math.min(answer.day ?? asOf, asOf)) >= 2 ? 'repeat' : 'new',
    });
  }
  return { ...summarizeJoin(customers, history, asOf), respondents: latest.size, matched: customers.size, unmatched: latest.size - customers.size, anonymous, customers };
}

function summarizeJoin(customers: Map<string, RespondentValue>, history: CustomerHistory, asOf: Day) {
  const tiers = (['top', 'middle', 'bottom'] as const).map((tier) => {
    const members = [...customers.values()].filter((customer) => customer.tier === tier);
    return { tier, ...summarizeScores(members.map((member) => member.score)), revenue: sumRevenue(members, history) };
  });
  const buyerTypes = (['new', 'repeat'] as const).map((type) => ({ type, ...summarizeScores([...customers.values()].filter((customer) => customer.type === type).map((customer) => customer.score)) }));
  const all = [...customers.values()];
  const respondentRevenue = sumRevenue(all, history);
  const detractorRevenue = sumRevenue(all.filter((customer) => customer.group === 'detractor'), history);
  let totalRevenue: number | null = null;
  if (history.hasAmounts) {
    totalRevenue = 0;
    for (let c = 0; c < history.customers.length; c++) totalRevenue += revenueTo(history, c, asOf);
  }
  return {
    tierBasis: history.hasAmounts ? ('revenue' as const) : ('orders' as const),
    tiers,
    buyerTypes,
    respondentRevenue,
    detractorRevenue,
    detractorRevenueShare: shareOf(detractorRevenue, respondentRevenue),
    detractorShareOfTotalRevenue: shareOf(detractorRevenue, totalRevenue),
  };
}

function sumRevenue(members: readonly RespondentValue[], history: CustomerHistory): number | null {
  if (!history.hasAmounts) return null;
  return members.reduce((sum, member) => sum + (member.revenue ?? 0), 0);
}

function shareOf(part: number | null, whole: number | null): number | null {
  return part === null || whole === null || whole <= 0 ? null : part / whole;
}

/** Each customer's value for ranking: net revenue to asOf, or qualifying orders without amounts. */
function customerValue(history: CustomerHistory, asOf: Day): number[] {
  return history.customers.map((_, c) => (history.hasAmounts ? revenueTo(history, c, asOf) : purchasesTo(history, c, asOf)));
}

/** A function giving the tier of a value, with cuts at the top and bottom 20% of `values`. */
export function tierRanker(values: readonly number[]): (value: number) => ValueTier {
  if (values.length === 0) return () => 'middle';
  const sorted = [...values].sort((a, b) => b - a);
  const k = Math.max(1, Math.ceil(TOP_TIER_SHARE * sorted.length));
  const topCut = sorted[k - 1]!;
  const bottomCut = sorted[sorted.length - k]!;
  return (value) => (value >= topCut ? 'top' : value <= bottomCut ? 'bottom' : 'middle');
}

function revenueTo(history: CustomerHistory, customer: number, asOf: Day): number {
  let sum = 0;
  for (let i = history.offsets[customer]!; i < history.offsets[customer + 1]!; i++) {
    if (history.days[i]! > asOf) break;
    sum += history.amounts[i]!;
  }
  return sum;
}

function purchasesTo(history: CustomerHistory, customer: number, lastDay: Day): number {
  let count = 0;
  for (let i = history.offsets[customer]!; i < history.offsets[customer + 1]!; i++) {
    if (history.days[i]! > lastDay) break;
    count += history.orders[i]!;
  }
  return count;
}

