/**
 * The LTV of one model from a customer history: simple (AOV × frequency × lifetime × margin),
 * historical (revenue per customer by cohort age) or predictive (BG/NBD + Gamma-Gamma fits and
 * what they say about each customer), overall and per segment, with the warnings where the data
 * cannot carry the numbers. docs/definitions.md defines each figure. Pure: no I/O.
 */
import { UsageError } from '../../errors.js';
import { fromMajor } from '../../money/index.js';
import { type Day, formatDay } from '../../time/days.js';
import type { CustomerHistory } from '../history.js';
import { bgNbdConditionalExpectedPurchases, bgNbdProbabilityAlive } from './bgnbd-predict.js';
import { fitBgNbd, type BgNbdFit } from './bgnbd.js';
import { predictCustomers } from './clv.js';
import { fitGammaGamma, type GammaGammaFit } from './gamma-gamma.js';
import { historicalLtv, type HistoricalLtv } from './historical.js';
import { holdoutCheck, type HoldoutCheck } from './holdout.js';
import { rfmFromHistory, type RfmTable } from './rfm.js';
import {
  historicalLtvBySegment,
  predictionsBySegment,
  simpleLtvBySegment,
  summarizePredictions,
  type PredictionColumns,
  type PredictionSummary,
} from './segments.js';
import type { LtvModel, LtvNote, LtvSettings } from './settings.js';
import { simpleLtvFromHistory, type SimpleLtv, type SimpleLtvBasis, type SimpleLtvOptions } from './simple.js';

/** The predictive models' fit and what they say about each customer. */
export interface PredictiveLtv {
  calibrationEnd: Day;
  /** Customer id per history index (rfm.customer points into it). */
  customerIds: readonly string[];
  rfm: RfmTable;
  bgnbd: BgNbdFit;
  gammaGamma?: GammaGammaFit;
  predictions?: PredictionColumns;
  summary?: PredictionSummary;
  holdout?: HoldoutCheck & { holdoutEnd: Day };
}

/** The LTV of one model, money in minor units (report/ltv-contract.ts shapes the JSON). */
export interface LtvModelResult {
  asOf: Day;
  model: LtvModel;
  settings: LtvSettings;
  currency?: string;
  by?: string;
  simple?: SimpleLtv & { basis: SimpleLtvBasis };
  simpleSegments?: ReturnType<typeof simpleLtvBySegment>;
  historical?: HistoricalLtv;
  historicalSegments?: ReturnType<typeof historicalLtvBySegment>;
  predictive?: PredictiveLtv;
  predictiveSegments?: (PredictionSummary & { segment: string })[];
  warnings: LtvNote[];
}

/** What to compute besides the model: the --by segment column and the --calibration-end day. */
export interface LtvModelOptions {
  by?: string;
  calibrationEnd?: Day;
}

/** The settings for the simple LTV: --cac (major units) in minor units of the history's currency (src/money). */
function simpleOptions(settings: LtvSettings, history: CustomerHistory): SimpleLtvOptions {
  const { cac, ...rest } = settings;
  return cac === undefined ? rest : { ...rest, cac: fromMajor(cac, history.currency) };
}

/** The chosen model's LTV of a history as of a day, with its warnings (and per segment with `by`). */
export function computeLtvModel(history: CustomerHistory, asOf: Day, model: LtvModel, settings: LtvSettings, options: LtvModelOptions = {}): LtvModelResult {
  const result: LtvModelResult = { asOf, model, settings, currency: history.currency, warnings: [] };
  if (options.by !== undefined) result.by = options.by;
  const bySegment = options.by !== undefined;
  if (model === 'simple') {
    result.simple = simpleLtvFromHistory(history, asOf, simpleOptions(settings, history));
    result.warnings.push(...simpleWarnings(result.simple, settings));
    if (bySegment) {
      result.simpleSegments = simpleLtvBySegment(history, asOf, simpleOptions(settings, history));
      const unknown = result.simpleSegments.filter((row) => row.ltv === null).length;
      if (unknown > 0) result.warnings.push({ code: 'CARE_LTV_SEGMENTS_WITHOUT_LTV', message: `${unknown} segment(s) have no simple LTV: no customer of theirs was active a year before as-of, or none bought in the last year` });
    }
  } else if (model === 'historical') {
    result.historical = historicalLtv(history, asOf, settings.period);
    if (bySegment) result.historicalSegments = historicalLtvBySegment(history, asOf, settings.period);
  } else {
    if (options.calibrationEnd !== undefined) checkCalibrationEnd(options.calibrationEnd, history, asOf);
    result.predictive = predictiveLtv(history, asOf, settings, options.calibrationEnd);
    result.warnings.push(...predictiveWarnings(result.predictive, history));
    if (bySegment && result.predictive.predictions) result.predictiveSegments = predictionsBySegment(history, result.predictive.rfm.customer, result.predictive.predictions);
  }
  return result;
}

/** --calibration-end must leave a holdout period before as-of and come after the first order (exit 2). */
function checkCalibrationEnd(day: Day, history: CustomerHistory, asOf: Day): void {
  if (day >= asOf) {
    throw new UsageError('CARE_BAD_DATE_OPTION', `--calibration-end ${formatDay(day)} leaves no holdout period: it must be before the as-of date ${formatDay(asOf)}`);
  }
  if (history.firstDay !== undefined && day < history.firstDay) {
    throw new UsageError('CARE_BAD_DATE_OPTION', `--calibration-end ${formatDay(day)} is before the first order (${formatDay(history.firstDay)})`);
  }
}

/**
 * Fits BG/NBD on (x, t_x, T) up to the calibration end (default: as-of) and Gamma-Gamma on the
 * repeat customers' mean repeat spend, then predicts each customer over the horizon. With a
 * calibration end before as-of, the fit and the predictions are as of the calibration end, and
 * the holdout table compares them with the purchases made up to as-of.
 */
export function predictiveLtv(history: CustomerHistory, asOf: Day, settings: LtvSettings, calibrationEnd: Day = asOf): PredictiveLtv {
  const rfm = rfmFromHistory(history, { calibrationEnd, unit: settings.timeUnit });
  const bgnbd = fitBgNbd(rfm);
  const result: PredictiveLtv = { calibrationEnd, customerIds: history.customers, rfm, bgnbd };
  if (!bgnbd.params) return result;
  // Gamma-Gamma in minor units: p and q do not depend on the money unit, γ scales with it.
  if (rfm.monetary) result.gammaGamma = fitGammaGamma({ x: rfm.x, monetary: rfm.monetary });
  const gg = result.gammaGamma?.params;
  result.predictions = gg
    ? predictCustomers(bgnbd.params, gg, rfm, { horizon: settings.horizon, margin: settings.margin, annualDiscountRate: settings.discountRate })
    : purchasePredictions(bgnbd.params, rfm, settings.horizon);
  result.summary = summarizePredictions(result.predictions);
  if (calibrationEnd < asOf) result.holdout = { ...holdoutCheck(history, rfm, bgnbd.params, asOf), holdoutEnd: asOf };
  return result;
}

/** P(alive) and expected purchases only, when there is no spend model (no amounts, or no fit). */
function purchasePredictions(params: NonNullable<BgNbdFit['params']>, rfm: RfmTable, horizon: number): PredictionColumns {
  const n = rfm.customer.length;
  const pAlive = new Float64Array(n);
  const expectedPurchases = new Float64Array(n);
  for (let row = 0; row < n; row++) {
    pAlive[row] = bgNbdProbabilityAlive(params, rfm.x[row]!, rfm.tx[row]!, rfm.T[row]!);
    expectedPurchases[row] = bgNbdConditionalExpectedPurchases(params, horizon, rfm.x[row]!, rfm.tx[row]!, rfm.T[row]!);
  }
  return { pAlive, expectedPurchases, expectedSpend: new Float64Array(n).fill(NaN), clv: new Float64Array(n).fill(NaN) };
}

/** Where the simple LTV rests on too little: no recent orders, under a year of history, a capped lifetime. */
export function simpleWarnings(ltv: SimpleLtv & { basis: SimpleLtvBasis }, settings: LtvSettings): LtvNote[] {
  const { basis } = ltv;
  const warnings: LtvNote[] = [];
  if (basis.orders === 0) {
    warnings.push({ code: 'CARE_LTV_NO_RECENT_ORDERS', message: `no qualifying orders between ${formatDay(basis.windowStart)} and ${formatDay(basis.asOf)}: the simple LTV needs a year of recent orders` });
  }
  if (basis.customersAtStart === 0) {
    warnings.push({
      code: 'CARE_LTV_SHORT_HISTORY',
      message: `no customer was active on ${formatDay(basis.churnFrom)}, a year before as-of: annual churn, the expected lifetime and the simple LTV need more than a year of history`,
    });
  } else if (ltv.lifetimeCapped) {
    warnings.push({
      code: 'CARE_LTV_LIFETIME_CAPPED',
      message: `annual churn is ${((ltv.annualChurnRate ?? 0) * 100).toFixed(1)}%, so 1 / churn exceeds ${settings.maxLifetimeYears} years: the lifetime was capped there (--max-lifetime)`,
    });
  }
  return warnings;
}

/** The fits' own warnings, and that spend and CLV are not predicted without amounts. */
export function predictiveWarnings(predictive: PredictiveLtv, history: CustomerHistory): LtvNote[] {
  const warnings: LtvNote[] = [...predictive.bgnbd.warnings, ...(predictive.gammaGamma?.warnings ?? [])];
  if (predictive.bgnbd.params && !history.hasAmounts) {
    warnings.push({ code: 'CARE_NO_AMOUNTS', message: 'the export has no amounts: purchases and P(alive) are predicted, spend and CLV are not' });
  }
  return warnings;
}

/** What care report shows of LTV: simple and historical (when the export has amounts) and the predictive fit, with warnings. */
export interface ReportLtv {
  simple?: SimpleLtv & { basis: SimpleLtvBasis };
  historical?: HistoricalLtv;
  predictive: PredictiveLtv;
  warnings: LtvNote[];
}

/** Every model at once for care report, the predictive one fitted on the whole history. */
export function computeReportLtv(history: CustomerHistory, asOf: Day, settings: LtvSettings): ReportLtv {
  const warnings: LtvNote[] = [];
  let simple: ReportLtv['simple'];
  let historical: ReportLtv['historical'];
  if (history.hasAmounts) {
    simple = simpleLtvFromHistory(history, asOf, simpleOptions(settings, history));
    warnings.push(...simpleWarnings(simple, settings));
    historical = historicalLtv(history, asOf, settings.period);
  } else {
    warnings.push({ code: 'CARE_NO_AMOUNTS', message: 'the export has no amounts: simple and historical LTV need them' });
  }
  const predictive = predictiveLtv(history, asOf, settings);
  warnings.push(...predictiveWarnings(predictive, history));
  return { ...(simple ? { simple } : {}), ...(historical ? { historical } : {}), predictive, warnings };
}
