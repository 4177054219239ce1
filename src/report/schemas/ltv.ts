/** The JSON schemas of `care ltv` (report/ltv-contract.ts, LtvJson) and `care ltv --model sbg` (report/sbg-contract.ts). */
import { z } from 'zod';
import { day, int, nnum, nstr, num, orderSourceIngest, periodKind, str, subscriptionsIngest } from './common.js';

const timeUnit = z.enum(['day', 'week', 'month']);
const countingModel = z.enum(['bgnbd', 'pnbd', 'mbgnbd']);
const standardErrors = z.record(z.string(), nnum);

export const simpleLtv = z.strictObject({
  averageOrderValue: nnum, purchasesPerYear: nnum, annualChurnRate: nnum, expectedLifetimeYears: nnum,
  lifetimeCapped: z.boolean(), margin: num, annualRevenuePerCustomer: nnum, lifetimeRevenue: nnum, lifetimeCosts: nnum,
  ltv: nnum, cac: nnum, ltvMinusCac: nnum, ltvToCac: nnum,
  basis: z.strictObject({
    from: day, to: day, revenue: nnum, orders: int, customers: int, churnFrom: day, churnAfterDays: int,
    customersAtStart: int, retained: int, lost: int,
  }).optional(),
});

const credits = z.strictObject({ customers: int, days: int, amount: nnum });
export const historicalLtv = z.strictObject({
  period: periodKind, customers: int, revenue: nnum, revenuePerCustomer: nnum, lastPeriodPartial: z.boolean(),
  cohorts: z.array(z.strictObject({ cohort: str, size: int, revenue: z.array(nnum), cumulativePerCustomer: z.array(nnum) })),
  overall: z.array(nnum),
  reconciliation: z.strictObject({
    headlineRevenue: nnum, cohortRevenue: nnum, difference: nnum, noCohort: credits, creditsBeforeFirstPurchase: credits, explained: z.boolean(),
  }),
});

export const bgnbd = z.strictObject({
  r: num, alpha: num, a: num, b: num, logLikelihood: num, customers: int, repeatCustomers: int, converged: z.boolean(),
  standardErrors: standardErrors.optional(),
});
const pnbd = z.strictObject({ r: num, alpha: num, s: num, beta: num, logLikelihood: num, customers: int, converged: z.boolean(), standardErrors });
const mbgnbd = z.strictObject({ r: num, alpha: num, a: num, b: num, logLikelihood: num, customers: int, converged: z.boolean(), standardErrors });
export const gammaGamma = z.strictObject({
  p: num, q: num, gamma: num, logLikelihood: num, customers: int, excludedNonPositive: int, frequencySpendCorrelation: nnum, converged: z.boolean(),
});

const predictionSummary = {
  customers: int, probablyAlive: int, probablyAliveShare: nnum, meanPAlive: nnum,
  expectedPurchases: num, expectedPurchasesPerCustomer: nnum, totalClv: nnum, meanClv: nnum,
};
export const summary = z.strictObject({ ...predictionSummary, horizon: num, timeUnit, discountRate: num, margin: num });

const comparisonRow = z.strictObject({
  model: countingModel, label: str, logLikelihood: nnum, parameters: int, aic: nnum, bic: nnum,
  holdout: z.strictObject({ mae: nnum, rmse: nnum, predicted: nnum, actual: nnum }).optional(),
  converged: z.boolean(), selected: z.boolean(),
});

/** A note of the fit: its code and text (metrics/ltv). */
export const ltvNote = z.strictObject({ code: str, message: str });

/** The tracking chart's series: expected against actual cumulative repeat purchases, per week (report/ltv-contract.ts, TrackingJson). */
const tracking = z.strictObject({
  start: day, calibrationEnd: day, calibrationWeeks: int,
  weeks: z.array(z.strictObject({ week: int, end: day, expected: num, actual: num })),
});

/** --calibration-end: the holdout check and its report card (metrics/ltv/report-card.ts). */
const holdout = z.strictObject({
  calibrationEnd: day, holdoutEnd: day, holdoutLength: num,
  rows: z.array(z.record(z.string(), z.unknown())),
  total: z.strictObject({ customers: int, actual: num, predicted: num }),
  card: z.record(z.string(), z.unknown()),
});

const settings = z.strictObject({
  margin: num, cac: nnum, churnAfterDays: int, maxLifetimeYears: num, period: periodKind, timeUnit, horizon: num, discountRate: num,
});

export const ltvBody = {
  asOf: day,
  model: z.enum(['simple', 'historical', 'bgnbd', 'pnbd', 'mbgnbd', 'auto']),
  currency: nstr,
  ingest: orderSourceIngest,
  settings,
  simple: simpleLtv.optional(),
  historical: historicalLtv.optional(),
  timeUnit: timeUnit.optional(),
  calibrationEnd: day.optional(),
  predictionModel: countingModel.optional(),
  pnbd: pnbd.nullable().optional(),
  mbgnbd: mbgnbd.nullable().optional(),
  modelComparison: z.strictObject({ criterion: z.enum(['holdout-rmse', 'bic']), selected: countingModel, rows: z.array(comparisonRow) }).optional(),
  dropoutTest: z.strictObject({ statistic: num, pValue: num, identified: z.boolean() }).nullable().optional(),
  intervals: z.strictObject({ level: num, draws: int, seed: int }).optional(),
  bgnbd: bgnbd.nullable().optional(),
  gammaGamma: gammaGamma.nullable().optional(),
  summary: summary.nullable().optional(),
  holdout: holdout.optional(),
  /** P(no purchase in the next `days`) over the customers of the fit. */
  noPurchase: z.strictObject({ days: int, customers: int, meanProbability: nnum, likely: int, likelyShare: nnum }).optional(),
  by: str.optional(),
  /** --by COLUMN: a row per segment, the shape of the model's summary plus `segment`. */
  segments: z.array(z.looseObject({ segment: str })).optional(),
  warnings: z.array(ltvNote),
};

/** care report's `ltv` section (report/ltv-contract.ts, LtvSectionJson). */
export const ltvSection = z.strictObject({
  simple: simpleLtv.nullable(), historical: historicalLtv.nullable(), bgnbd: bgnbd.nullable(), gammaGamma: gammaGamma.nullable(), summary: summary.nullable(),
  tracking: tracking.optional(),
  warnings: z.array(ltvNote),
});

const sbgCohort = z.strictObject({
  cohort: str, survivors: z.array(int), alpha: nnum, beta: nnum, logLikelihood: nnum,
  projectedSurvival: z.array(num), projectedRetention: z.array(num), residualLifetime: nnum, startingMrr: nnum, residualValue: nnum,
});

export const sbgBody = {
  asOf: day,
  model: z.literal('sbg'),
  currency: nstr,
  ingest: subscriptionsIngest,
  sbg: z.strictObject({
    alpha: nnum, beta: nnum, logLikelihood: nnum, customers: int, period: periodKind, horizon: int,
    discountRatePerPeriod: num, newCustomerResidualLifetime: nnum, cohorts: z.array(sbgCohort),
  }),
  warnings: z.array(ltvNote),
};
