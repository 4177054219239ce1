/**
 * The JSON contract of care ltv and of the LTV section of care report (docs/contracts.md):
 * camelCase, money in major units, fractions 0–1, null where a figure cannot be computed.
 */
import type { OrdersIngest } from '../ingest/orders.js';
import type { EngineIngest } from '../model/engine-ingest.js';
import type { LtvModelResult, PredictiveLtv } from '../metrics/ltv/compute.js';
import type { CreditTally, HistoricalLtv, RevenueReconciliation } from '../metrics/ltv/historical.js';
import type { HoldoutRow } from '../metrics/ltv/holdout.js';
import type { PredictionSummary } from '../metrics/ltv/segments.js';
import type { LtvModel, LtvNote, LtvSettings } from '../metrics/ltv/settings.js';
import type { CountingFit, CountingModel, CountingModelChoice, ModelComparisonRow, SelectionCriterion } from '../metrics/ltv/counting-models.js';
import type { SimpleLtv, SimpleLtvBasis } from '../metrics/ltv/simple.js';
import type { BgNbdParams, TimeUnit } from '../metrics/ltv/types.js';
import type { PeriodKind } from '../time/periods.js';
import { formatDay } from '../time/days.js';
import { fromMajor, minorPerMajor } from '../money/index.js';
import { roundFraction, toMajor } from './format.js';
import { gammaGammaLogLikelihood } from './ltv-view.js';
import type { ReportCard } from '../metrics/ltv/report-card.js';
import type { Tracking } from '../metrics/ltv/tracking.js';

/** What care ltv computed, and the counts of the read (`ingest`). */
export type LtvResult = LtvModelResult & { ingest: OrdersIngest | EngineIngest };

export interface SimpleLtvBasisJson {
  from: string;
  to: string;
  revenue: number | null;
  orders: number;
  customers: number;
  churnFrom: string;
  churnAfterDays: number;
  customersAtStart: number;
  retained: number;
  lost: number;
}

export interface SimpleLtvJson {
  averageOrderValue: number | null;
  purchasesPerYear: number | null;
  annualChurnRate: number | null;
  expectedLifetimeYears: number | null;
  lifetimeCapped: boolean;
  margin: number;
  annualRevenuePerCustomer: number | null;
  lifetimeRevenue: number | null;
  lifetimeCosts: number | null;
  ltv: number | null;
  cac: number | null;
  ltvMinusCac: number | null;
  ltvToCac: number | null;
  basis?: SimpleLtvBasisJson;
}

export interface HistoricalCohortJson {
  cohort: string;
  size: number;
  revenue: (number | null)[];
  cumulativePerCustomer: (number | null)[];
}

export interface HistoricalLtvJson {
  period: PeriodKind;
  customers: number;
  revenue: number | null;
  revenuePerCustomer: number | null;
  lastPeriodPartial: boolean;
  cohorts: HistoricalCohortJson[];
  overall: (number | null)[];
  /** Headline net revenue against the cohorts' revenue (metrics/ltv/historical.ts, RevenueReconciliation); money in major units. */
  reconciliation: {
    headlineRevenue: number | null;
    cohortRevenue: number | null;
    difference: number | null;
    noCohort: { customers: number; days: number; amount: number | null };
    creditsBeforeFirstPurchase: { customers: number; days: number; amount: number | null };
    explained: boolean;
  };
}

export interface BgNbdJson extends BgNbdParams {
  logLikelihood: number;
  customers: number;
  repeatCustomers: number;
  converged: boolean;
  /** Standard errors from the observed information (null where the information is singular); with --model pnbd, mbgnbd, auto or --intervals. */
  standardErrors?: Record<string, number | null>;
}

/** Pareto/NBD: λ ~ Gamma(r, α), μ ~ Gamma(s, β) (docs/definitions.md). */
export interface ParetoNbdJson {
  r: number;
  alpha: number;
  s: number;
  beta: number;
  logLikelihood: number;
  customers: number;
  converged: boolean;
  standardErrors: Record<string, number | null>;
}

/** MBG/NBD: the BG/NBD parameters, dropout possible right after the first purchase too. */
export interface MbgNbdJson extends BgNbdParams {
  logLikelihood: number;
  customers: number;
  converged: boolean;
  standardErrors: Record<string, number | null>;
}

/** --model auto: every model's fit on the calibration period and the criterion the choice was made by. */
export interface ModelComparisonJson {
  criterion: SelectionCriterion;
  selected: CountingModel;
  rows: (Omit<ModelComparisonRow, 'label'> & { label: string })[];
}

/** The likelihood-ratio test of dropout against the NBD without dropout. */
export interface DropoutTestJson {
  statistic: number;
  pValue: number;
  identified: boolean;
}

export interface GammaGammaJson {
  p: number;
  q: number;
  /** γ in major units. */
  gamma: number;
  /** With spends in major units (comparable with published fits). */
  logLikelihood: number;
  customers: number;
  excludedNonPositive: number;
  frequencySpendCorrelation: number | null;
  converged: boolean;
}

export interface PredictionSummaryJson extends Omit<PredictionSummary, 'probablyAliveShare' | 'meanPAlive' | 'totalClv' | 'meanClv'> {
  probablyAliveShare: number | null;
  meanPAlive: number | null;
  totalClv: number | null;
  meanClv: number | null;
}

export interface SummaryJson extends PredictionSummaryJson {
  horizon: number;
  timeUnit: TimeUnit;
  discountRate: number;
  margin: number;
}

export interface HoldoutRowJson extends Omit<HoldoutRow, 'actualMean' | 'predictedMean'> {
  actualMean: number | null;
  predictedMean: number | null;
}

export interface HoldoutJson {
  calibrationEnd: string;
  holdoutEnd: string;
  holdoutLength: number;
  rows: HoldoutRowJson[];
  total: { customers: number; actual: number; predicted: number };
  /** How good the model is on the holdout (metrics/ltv/report-card.ts), with the weekly tracking series. */
  card: ReportCard & { tracking: TrackingJson };
}

export interface PredictiveLtvJson {
  timeUnit: TimeUnit;
  calibrationEnd: string;
  /** The model the predictions come from (with --model auto, the one chosen); absent with plain --model bgnbd. */
  predictionModel?: CountingModel;
  bgnbd: BgNbdJson | null;
  pnbd?: ParetoNbdJson | null;
  mbgnbd?: MbgNbdJson | null;
  modelComparison?: ModelComparisonJson;
  dropoutTest?: DropoutTestJson | null;
  /** With --intervals: how the per-customer intervals (in the --per-customer CSV) were drawn. */
  intervals?: { level: number; draws: number; seed: number };
  gammaGamma: GammaGammaJson | null;
  summary: SummaryJson | null;
  /** P(no purchase in the next `days`) summed up; each customer's is the --per-customer column pNoPurchase. */
  noPurchase?: NoPurchaseJson;
  holdout?: HoldoutJson;
}

/** P(no purchase in the next `days` days) over the customers of the fit (docs/definitions.md, "P(no purchase) in care ltv"). */
export interface NoPurchaseJson {
  days: number;
  customers: number;
  meanProbability: number | null;
  /** Customers with P(no purchase) above 0.5, and their share. */
  likely: number;
  likelyShare: number | null;
}

export type LtvSegmentJson =
  | (SimpleLtvJson & { segment: string })
  | { segment: string; customers: number; revenue: number | null; revenuePerCustomer: number | null }
  | (PredictionSummaryJson & { segment: string });

export interface LtvSettingsJson extends Omit<LtvSettings, 'cac'> {
  cac: number | null;
}

/** The JSON of care ltv; the predictive fields sit at the top level with --model bgnbd, pnbd, mbgnbd or auto. */
export interface LtvJson extends Partial<PredictiveLtvJson> {
  asOf: string;
  model: LtvModel | CountingModelChoice;
  currency: string | null;
  ingest: OrdersIngest | EngineIngest;
  settings: LtvSettingsJson;
  simple?: SimpleLtvJson;
  historical?: HistoricalLtvJson;
  by?: string;
  segments?: LtvSegmentJson[];
  warnings: LtvNote[];
}

/** The LTV section of care report's JSON. */
export interface LtvSectionJson {
  simple: SimpleLtvJson | null;
  historical: HistoricalLtvJson | null;
  bgnbd: BgNbdJson | null;
  gammaGamma: GammaGammaJson | null;
  summary: SummaryJson | null;
  /** BG/NBD's tracking series over the whole history (expected vs actual cumulative repeat purchases); absent without a fit. */
  tracking?: TrackingJson;
  warnings: LtvNote[];
}

/** Minor units of the export's currency → major units (src/money: yen stay whole, fils keep three decimals). */
const majorIn =
  (currency?: string | null) =>
  (minor: number | null | undefined): number | null =>
    minor === null || minor === undefined || !Number.isFinite(minor) ? null : toMajor(minor, currency);
const fraction = (value: number | null | undefined): number | null => (value === null || value === undefined || !Number.isFinite(value) ? null : roundFraction(value));
const finite = (value: number | null | undefined): number | null => (value === null || value === undefined || !Number.isFinite(value) ? null : value);

/** The simple LTV for JSON: money in major units, churn as a fraction 0–1. */
export function simpleLtvJson(ltv: SimpleLtv & { basis?: SimpleLtvBasis }, currency?: string | null): SimpleLtvJson {
  const { basis } = ltv;
  const money = majorIn(currency);
  return {
    averageOrderValue: money(ltv.averageOrderValue),
    purchasesPerYear: finite(ltv.purchasesPerYear),
    annualChurnRate: fraction(ltv.annualChurnRate),
    expectedLifetimeYears: finite(ltv.expectedLifetimeYears),
    lifetimeCapped: ltv.lifetimeCapped,
    margin: ltv.margin,
    annualRevenuePerCustomer: money(ltv.annualRevenuePerCustomer),
    lifetimeRevenue: money(ltv.lifetimeRevenue),
    lifetimeCosts: money(ltv.lifetimeCosts),
    ltv: money(ltv.ltv),
    cac: money(ltv.cac),
    ltvMinusCac: money(ltv.ltvMinusCac),
    ltvToCac: finite(ltv.ltvToCac),
    ...(basis === undefined
      ? {}
      : {
          basis: {
            from: formatDay(basis.windowStart),
            to: formatDay(basis.asOf),
            revenue: money(basis.revenue),
            orders: basis.orders,
            customers: basis.customers,
            churnFrom: formatDay(basis.churnFrom),
            churnAfterDays: basis.churnAfterDays,
            customersAtStart: basis.customersAtStart,
            retained: basis.retained,
            lost: basis.lost,
          },
        }),
  };
}

/** Historical LTV for JSON: money in major units. */
export function historicalLtvJson(historical: HistoricalLtv, currency?: string | null): HistoricalLtvJson {
  const money = majorIn(currency);
  return {
    period: historical.period,
    customers: historical.customers,
    revenue: money(historical.revenue),
    revenuePerCustomer: money(historical.revenuePerCustomer),
    lastPeriodPartial: historical.lastPeriodPartial,
    cohorts: historical.cohorts.map((cohort) => ({
      cohort: cohort.cohort,
      size: cohort.size,
      revenue: cohort.revenue.map((amount) => money(amount)),
      cumulativePerCustomer: cohort.cumulativePerCustomer.map((amount) => money(amount)),
    })),
    overall: historical.overall.map((amount) => money(amount)),
    reconciliation: reconciliationJson(historical.reconciliation, money),
  };
}

function reconciliationJson(reconciliation: RevenueReconciliation, money: (minor: number | null | undefined) => number | null): HistoricalLtvJson['reconciliation'] {
  const tally = (credits: CreditTally) => ({ customers: credits.customers, days: credits.days, amount: money(credits.amount) });
  return {
    headlineRevenue: money(reconciliation.headlineRevenue),
    cohortRevenue: money(reconciliation.cohortRevenue),
    difference: money(reconciliation.difference),
    noCohort: tally(reconciliation.noCohort),
    creditsBeforeFirstPurchase: tally(reconciliation.creditsBeforeFirstPurchase),
    explained: reconciliation.explained,
  };
}

/** A prediction summary for JSON: shares rounded, CLV in major units. */
function predictionSummaryJson<Row extends PredictionSummary>(row: Row, currency?: string | null): Omit<Row, keyof PredictionSummaryJson> & PredictionSummaryJson {
  const money = majorIn(currency);
  return { ...row, probablyAliveShare: fraction(row.probablyAliveShare), meanPAlive: fraction(row.meanPAlive), totalClv: money(row.totalClv), meanClv: money(row.meanClv) };
}

/**
 * The predictive part for JSON (docs/contracts.md): `bgnbd: { r, alpha, a, b, logLikelihood }`,
 * `gammaGamma: { p, q, gamma }` (γ and the log-likelihood in major units), the summary and
 * the holdout table; null where no fit was possible.
 */
export function predictiveLtvJson(predictive: PredictiveLtv, settings: LtvSettings, currency?: string | null): PredictiveLtvJson {
  const { bgnbd, gammaGamma, summary, holdout } = predictive;
  return {
    timeUnit: settings.timeUnit,
    calibrationEnd: formatDay(predictive.calibrationEnd),
    ...countingModelsJson(predictive),
    bgnbd: bgnbd.params
      ? {
          ...bgnbd.params,
          logLikelihood: bgnbd.logLikelihood!,
          customers: bgnbd.customers,
          repeatCustomers: bgnbd.repeatCustomers,
          converged: bgnbd.diagnostics?.converged ?? false,
          ...(predictive.choice === 'bgnbd' && !predictive.uncertaintyRequested
            ? {}
            : { standardErrors: standardErrorsJson(predictive.selection?.fits.find((fit) => fit.model === 'bgnbd') ?? (predictive.model === 'bgnbd' ? predictive.fit : undefined)) }),
        }
      : null,
    gammaGamma: gammaGamma?.params
      ? {
          p: gammaGamma.params.p,
          q: gammaGamma.params.q,
          gamma: gammaGamma.params.gamma / minorPerMajor(currency),
          logLikelihood: gammaGammaLogLikelihood(gammaGamma)!,
          customers: gammaGamma.customers,
          excludedNonPositive: gammaGamma.excludedNonPositive,
          frequencySpendCorrelation: finite(gammaGamma.frequencySpendCorrelation),
          converged: gammaGamma.diagnostics?.converged ?? false,
        }
      : null,
    summary: summary
      ? {
          ...predictionSummaryJson(summary, currency),
          horizon: settings.horizon,
          timeUnit: settings.timeUnit,
          discountRate: settings.discountRate,
          margin: settings.margin,
        }
      : null,
    ...(predictive.noPurchase ? { noPurchase: noPurchaseJson(predictive.noPurchase) } : {}),
    ...(holdout
      ? {
          holdout: {
            calibrationEnd: formatDay(predictive.calibrationEnd),
            holdoutEnd: formatDay(holdout.holdoutEnd),
            holdoutLength: holdout.holdoutLength,
            rows: holdout.rows.map((row) => ({ ...row, actualMean: finite(row.actualMean), predictedMean: finite(row.predictedMean) })),
            total: holdout.total,
            card: { ...holdout.card, tracking: trackingJson(holdout.tracking, predictive.calibrationEnd) },
          },
        }
      : {}),
  };
}

/**
 * The tracking chart's series (metrics/ltv/tracking.ts): per week from the first purchase, the
 * cumulative repeat purchases the model expects and those made, over the calibration and the holdout.
 */
export interface TrackingJson {
  start: string;
  calibrationEnd: string;
  /** The week that ends on the calibration end: weeks are laid back and forward from it (the first and last may be short). */
  calibrationWeeks: number;
  weeks: { week: number; end: string; expected: number; actual: number }[];
}

export function trackingJson(tracking: Tracking, calibrationEnd: number): TrackingJson {
  return {
    start: formatDay(tracking.start),
    calibrationEnd: formatDay(calibrationEnd),
    calibrationWeeks: tracking.calibrationWeeks,
    weeks: tracking.points.map((point) => ({ week: point.week, end: formatDay(point.day), expected: Number(point.expected.toFixed(2)), actual: point.actual })),
  };
}

/** The mean P(no purchase) and how many customers are more likely than not to make none. */
export function noPurchaseJson(noPurchase: NonNullable<PredictiveLtv['noPurchase']>): NoPurchaseJson {
  const { probability } = noPurchase;
  let sum = 0;
  let likely = 0;
  for (const p of probability) {
    sum += p;
    if (p > 0.5) likely += 1;
  }
  const n = probability.length;
  return { days: noPurchase.days, customers: n, meanProbability: n === 0 ? null : fraction(sum / n), likely, likelyShare: n === 0 ? null : fraction(likely / n) };
}

/** Standard errors by parameter name, null where not available. */
function standardErrorsJson(fit: CountingFit | undefined): Record<string, number | null> {
  const uncertainty = fit?.uncertainty;
  return Object.fromEntries((fit?.names ?? []).map((name, i) => [name, finite(uncertainty?.standardErrors[i])]));
}

/** A fitted counting model's JSON fields, null without a fit. */
function fitJson<Json>(fit: CountingFit | undefined): Json | null {
  if (!fit?.params || fit.logLikelihood === undefined) return null;
  return { ...fit.params, logLikelihood: fit.logLikelihood, customers: fit.customers, converged: fit.diagnostics?.converged ?? false, standardErrors: standardErrorsJson(fit) } as Json;
}

/**
 * The fields of --model pnbd, mbgnbd, auto and --intervals (docs/contracts.md): the chosen model,
 * its fit with standard errors (every model's with auto), the comparison, the dropout test. Plain
 * --model bgnbd adds none of them, so its JSON stays as it was.
 */
function countingModelsJson(predictive: PredictiveLtv): Partial<PredictiveLtvJson> {
  if (predictive.choice === 'bgnbd' && !predictive.uncertaintyRequested) return {};
  const fits = predictive.selection?.fits ?? (predictive.fit ? [predictive.fit] : []);
  const fitOf = (model: CountingModel): CountingFit | undefined => fits.find((fit) => fit.model === model);
  const json: Partial<PredictiveLtvJson> = { predictionModel: predictive.model };
  if (fitOf('pnbd') || predictive.choice === 'pnbd') json.pnbd = fitJson<ParetoNbdJson>(fitOf('pnbd'));
  if (fitOf('mbgnbd') || predictive.choice === 'mbgnbd') json.mbgnbd = fitJson<MbgNbdJson>(fitOf('mbgnbd'));
  if (predictive.selection) {
    json.modelComparison = {
      criterion: predictive.selection.criterion,
      selected: predictive.selection.chosen.model,
      rows: predictive.selection.comparison.map((row) => ({ ...row })),
    };
  }
  json.dropoutTest = predictive.dropout ? { ...predictive.dropout } : null;
  if (predictive.intervals) json.intervals = { level: predictive.intervals.level, draws: predictive.intervals.draws, seed: predictive.intervals.seed };
  return json;
}

/** The JSON of care ltv: camelCase, money in major units, fractions 0–1. */
export function ltvJson(result: LtvResult): LtvJson {
  const { currency } = result;
  const money = majorIn(currency);
  const segments: LtvSegmentJson[] | undefined =
    result.simpleSegments?.map((row) => ({ segment: row.segment, ...simpleLtvJson(row, currency) })) ??
    result.historicalSegments?.map((row) => ({ ...row, revenue: money(row.revenue), revenuePerCustomer: money(row.revenuePerCustomer) })) ??
    result.predictiveSegments?.map((row) => predictionSummaryJson(row, currency));
  const { settings } = result;
  return {
    asOf: formatDay(result.asOf),
    model: result.model,
    currency: result.currency ?? null,
    ingest: result.ingest,
    settings: { ...settings, cac: settings.cac === undefined ? null : toMajor(fromMajor(settings.cac, currency), currency) },
    ...(result.simple ? { simple: simpleLtvJson(result.simple, currency) } : {}),
    ...(result.historical ? { historical: historicalLtvJson(result.historical, currency) } : {}),
    ...(result.predictive ? predictiveLtvJson(result.predictive, settings, currency) : {}),
    ...(segments ? { by: result.by, segments } : {}),
    warnings: result.warnings,
  };
}

/** The --per-customer CSV's columns. */
export const PER_CUSTOMER_HEADERS = ['customer', 'x', 't_x', 'T', 'monetary', 'pAlive', 'expectedPurchases', 'expectedSpend', 'clv', 'pNoPurchase'];

/** The --per-customer CSV's columns for a result: with --intervals, each interval's lower and upper bound after the figures. */
export function perCustomerHeaders(predictive: PredictiveLtv | undefined): string[] {
  if (!predictive?.intervals) return PER_CUSTOMER_HEADERS;
  const clv = predictive.intervals.clv ? ['clvLower', 'clvUpper'] : [];
  return [...PER_CUSTOMER_HEADERS, 'pAliveLower', 'pAliveUpper', 'expectedPurchasesLower', 'expectedPurchasesUpper', ...clv];
}

/** --per-customer: one row per customer of the fit, money in major units; undefined without predictions. */
export function perCustomerRows(predictive: PredictiveLtv | undefined, currency?: string | null): (string | number | null)[][] | undefined {
  if (!predictive?.predictions) return undefined;
  const { rfm, predictions, customerIds } = predictive;
  const round = (value: number, digits = 6): number | null => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null);
  const major = majorIn(currency);
  return Array.from(rfm.customer, (customer, row) => [
    customerIds[customer]!,
    rfm.x[row]!,
    round(rfm.tx[row]!),
    round(rfm.T[row]!),
    major(rfm.monetary?.[row]),
    round(predictions.pAlive[row]!),
    round(predictions.expectedPurchases[row]!),
    major(predictions.expectedSpend[row]),
    major(predictions.clv[row]),
    predictive.noPurchase ? round(predictive.noPurchase.probability[row]!) : null,
    ...intervalCells(predictive.intervals, row, round, major),
  ]);
}

/** The interval bounds of one row, in the order of perCustomerHeaders. */
function intervalCells(
  intervals: PredictiveLtv['intervals'],
  row: number,
  round: (value: number) => number | null,
  major: (minor: number | null | undefined) => number | null,
): (number | null)[] {
  if (!intervals) return [];
  const cells = [round(intervals.pAlive.lower[row]!), round(intervals.pAlive.upper[row]!), round(intervals.expectedPurchases.lower[row]!), round(intervals.expectedPurchases.upper[row]!)];
  if (intervals.clv) cells.push(major(intervals.clv.lower[row]), major(intervals.clv.upper[row]));
  return cells;
}
