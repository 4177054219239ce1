/**
 * care ltv: customer lifetime value from an orders export — simple (AOV × frequency × lifetime
 * × margin), historical (revenue per customer to date, by cohort age) or predictive (BG/NBD +
 * Gamma-Gamma: P(alive), expected purchases, discounted CLV, the holdout check) — overall and
 * per --by segment, with warnings where the data cannot carry the numbers. Also the LTV section
 * of care report (ltvReportSection).
 */
import { loadConfig } from '../config/load.js';
import type { CareConfig } from '../config/schema.js';
import { InputError, UsageError } from '../errors.js';
import type { Io } from '../io/types.js';
import { writeFileAtomic } from '../io/write-output.js';
import type { CustomerHistory } from '../metrics/history.js';
import { historicalLtv, type HistoricalLtv } from '../metrics/ltv/historical.js';
import {
  bgNbdConditionalExpectedPurchases,
  bgNbdProbabilityAlive,
  fitBgNbd,
  fitGammaGamma,
  holdoutCheck,
  predictCustomers,
  rfmFromHistory,
  unitDays,
  type BgNbdFit,
  type GammaGammaFit,
  type HoldoutCheck,
  type RfmTable,
  type TimeUnit,
} from '../metrics/ltv/index.js';
import {
  historicalLtvBySegment,
  predictionsBySegment,
  simpleLtvBySegment,
  summarizePredictions,
  type PredictionColumns,
  type PredictionSummary,
} from '../metrics/ltv/segments.js';
import { DEFAULT_MAX_LIFETIME_YEARS, simpleLtvFromHistory, type SimpleLtv, type SimpleLtvBasis } from '../metrics/ltv/simple.js';
import { roundFraction, toMajor } from '../report/format.js';
import type { Grid } from '../report/grid.js';
import {
  gammaGammaLogLikelihood,
  historicalCsvGrid,
  historicalGrid,
  historicalSegmentGrid,
  holdoutGrid,
  metricCsvGrid,
  modelParametersGrid,
  predictionSegmentGrid,
  predictionSummaryGrid,
  rawCsvGrid,
  simpleLtvGrid,
  simpleSegmentGrid,
} from '../report/ltv-view.js';
import { renderCsv, renderRecordsCsv } from '../report/render-csv.js';
import { renderMarkdown } from '../report/render-markdown.js';
import { renderTable } from '../report/render-table.js';
import { type Day, formatDay, parseIsoDay } from '../time/days.js';
import type { PeriodKind } from '../time/periods.js';
import { type DataOptions, parsePositiveInt } from './data-options.js';
import { loadOrders } from './load-orders.js';
import { emit, guardOutputs, toJson } from './output.js';
import { DEFAULT_CHURN_AFTER_DAYS } from './retention.js';

export type LtvModel = 'simple' | 'historical' | 'bgnbd';

/** Options of care ltv as the CLI hands them over (numbers may still be strings). */
export interface LtvOptions extends DataOptions {
  model?: LtvModel;
  /** Share of revenue kept as profit, 0–1 (default 1). */
  margin?: string | number;
  /** Customer acquisition cost in major units of the export's currency. */
  cac?: string | number;
  /** Prediction horizon in --time-unit (default 52 weeks' worth). */
  horizon?: string | number;
  /** Annual discount rate of the CLV (default 0.1). */
  discountRate?: string | number;
  timeUnit?: TimeUnit;
  by?: string;
  /** Where to write the per-customer predictions (CSV). */
  perCustomer?: string;
  /** Fit on the data up to this date and check the predictions against what followed. */
  calibrationEnd?: string;
  churnAfter?: string | number;
  /** Period of the historical cohorts (default month). */
  period?: PeriodKind;
  maxLifetime?: string | number;
}

/** A warning shown on stderr as `care: warning: …` and in JSON under `warnings`. */
export interface LtvNote {
  code: string;
  message: string;
}

/** The options every LTV computation reads, checked and with defaults filled in. */
export interface LtvSettings {
  margin: number;
  /** In minor units; undefined without --cac. */
  cac?: number;
  churnAfterDays: number;
  maxLifetimeYears: number;
  period: PeriodKind;
  timeUnit: TimeUnit;
  horizon: number;
  discountRate: number;
}

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

/** Everything care ltv computed, money in minor units (ltvJson shapes the JSON contract). */
export interface LtvResult {
  asOf: Day;
  model: LtvModel;
  settings: LtvSettings;
  currency?: string;
  ingest: Record<string, unknown>;
  by?: string;
  simple?: SimpleLtv & { basis: SimpleLtvBasis };
  simpleSegments?: ReturnType<typeof simpleLtvBySegment>;
  historical?: HistoricalLtv;
  historicalSegments?: ReturnType<typeof historicalLtvBySegment>;
  predictive?: PredictiveLtv;
  predictiveSegments?: (PredictionSummary & { segment: string })[];
  warnings: LtvNote[];
}

const MODELS: readonly LtvModel[] = ['simple', 'historical', 'bgnbd'];
const TIME_UNITS: readonly TimeUnit[] = ['day', 'week', 'month'];
/** The default horizon: a year of 52 weeks, in whole units of the chosen time unit. */
const DEFAULT_HORIZON_DAYS = 364;

/** Checks the LTV options (exit 2 on a bad value) and fills in the defaults. */
export function ltvSettings(options: Omit<LtvOptions, keyof DataOptions>, config: CareConfig = {}): LtvSettings {
  const timeUnit = options.timeUnit ?? 'week';
  if (!TIME_UNITS.includes(timeUnit)) throw new UsageError('CARE_BAD_OPTION', `--time-unit ${String(timeUnit)}: expected day, week or month`);
  const cac = optionalNumber('--cac', options.cac, (value) => value >= 0, 'an amount of 0 or more');
  return {
    margin: optionalNumber('--margin', options.margin, (value) => value >= 0 && value <= 1, 'a share from 0 to 1, e.g. 0.3') ?? 1,
    ...(cac === undefined ? {} : { cac: Math.round(cac * 100) }),
    churnAfterDays: parsePositiveInt('--churn-after', options.churnAfter, config.churnAfterDays ?? DEFAULT_CHURN_AFTER_DAYS),
    maxLifetimeYears: optionalNumber('--max-lifetime', options.maxLifetime, (value) => value > 0, 'a number of years above 0') ?? DEFAULT_MAX_LIFETIME_YEARS,
    period: options.period ?? config.period ?? 'month',
    timeUnit,
    horizon: optionalNumber('--horizon', options.horizon, (value) => value > 0, `a length above 0 in ${timeUnit}s`) ?? Math.round(DEFAULT_HORIZON_DAYS / unitDays(timeUnit)),
    discountRate: optionalNumber('--discount-rate', options.discountRate, (value) => value >= 0, 'an annual rate of 0 or more, e.g. 0.1') ?? 0.1,
  };
}

function optionalNumber(name: string, text: string | number | undefined, valid: (value: number) => boolean, expected: string): number | undefined {
  if (text === undefined) return undefined;
  const value = typeof text === 'number' ? text : Number(String(text).trim());
  if (String(text).trim() === '' || !Number.isFinite(value) || !valid(value)) throw new UsageError('CARE_BAD_OPTION', `${name} ${text}: expected ${expected}`);
  return value;
}

/** Reads the export and computes the LTV of the chosen model. */
export async function computeLtv(io: Io, file: string, options: LtvOptions, config: CareConfig): Promise<LtvResult> {
  const model = options.model ?? 'simple';
  if (!MODELS.includes(model)) throw new UsageError('CARE_BAD_OPTION', `--model ${String(model)}: expected simple, historical or bgnbd`);
  const settings = ltvSettings(options, config);
  if (options.perCustomer !== undefined && model !== 'bgnbd') {
    throw new UsageError('CARE_BAD_OPTION', '--per-customer writes the BG/NBD predictions of each customer', { hint: 'add --model bgnbd' });
  }
  if (options.calibrationEnd !== undefined && model !== 'bgnbd') {
    throw new UsageError('CARE_BAD_OPTION', '--calibration-end checks the BG/NBD predictions against what followed', { hint: 'add --model bgnbd' });
  }
  const calibrationEnd = options.calibrationEnd === undefined ? undefined : parseDateOption('--calibration-end', options.calibrationEnd);
  const orders = await loadOrders(io, file, options, config, options.by);
  const { history, asOf } = orders;
  if (model !== 'bgnbd' && !history.hasAmounts) {
    throw new InputError('CARE_NO_AMOUNTS', `the ${model} LTV needs order amounts, and no amount column was found`, { file, hint: 'map one with --map amount=Header, or use --model bgnbd for purchase predictions' });
  }
  const result: LtvResult = { asOf, model, settings, currency: history.currency, ingest: { ...orders.ingest }, warnings: [] };
  if (options.by !== undefined) result.by = options.by;
  const bySegment = options.by !== undefined;
  if (model === 'simple') {
    result.simple = simpleLtvFromHistory(history, asOf, settings);
    result.warnings.push(...simpleWarnings(result.simple, settings));
    if (bySegment) {
      result.simpleSegments = simpleLtvBySegment(history, asOf, settings);
      const unknown = result.simpleSegments.filter((row) => row.ltv === null).length;
      if (unknown > 0) result.warnings.push({ code: 'CARE_LTV_SEGMENTS_WITHOUT_LTV', message: `${unknown} segment(s) have no simple LTV: no customer of theirs was active a year before as-of, or none bought in the last year` });
    }
  } else if (model === 'historical') {
    result.historical = historicalLtv(history, asOf, settings.period);
    if (bySegment) result.historicalSegments = historicalLtvBySegment(history, asOf, settings.period);
  } else {
    if (calibrationEnd !== undefined) checkCalibrationEnd(calibrationEnd, history, asOf);
    result.predictive = predictiveLtv(history, asOf, settings, calibrationEnd);
    result.warnings.push(...predictiveWarnings(result.predictive, history));
    if (bySegment && result.predictive.predictions) result.predictiveSegments = predictionsBySegment(history, result.predictive.rfm.customer, result.predictive.predictions);
  }
  return result;
}

function parseDateOption(name: string, text: string): Day {
  const day = parseIsoDay(text);
  if (day === undefined) throw new UsageError('CARE_BAD_DATE_OPTION', `${name} ${text}: expected a date as YYYY-MM-DD`, { hint: 'for example --calibration-end 1997-09-30' });
  return day;
}

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

function simpleWarnings(ltv: SimpleLtv & { basis: SimpleLtvBasis }, settings: LtvSettings): LtvNote[] {
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

function predictiveWarnings(predictive: PredictiveLtv, history: CustomerHistory): LtvNote[] {
  const warnings: LtvNote[] = [...predictive.bgnbd.warnings, ...(predictive.gammaGamma?.warnings ?? [])];
  if (predictive.bgnbd.params && !history.hasAmounts) {
    warnings.push({ code: 'CARE_NO_AMOUNTS', message: 'the export has no amounts: purchases and P(alive) are predicted, spend and CLV are not' });
  }
  return warnings;
}

/** care ltv ORDERS: computes, warns on stderr, writes --per-customer, prints or writes --out. */
export async function runLtv(io: Io, file: string, options: LtvOptions): Promise<void> {
  guardOutputs(io, { input: file }, { '--out': options.out, '--rejects': options.rejects, '--per-customer': options.perCustomer }, options.config);
  const config = loadConfig(io.cwd, options.config);
  const result = await computeLtv(io, file, options, config);
  if (options.perCustomer !== undefined) writePerCustomer(io, options.perCustomer, result);
  for (const warning of result.warnings) io.stderr.write(`care: warning: ${warning.message}\n`);
  emit(io, renderLtv(result, options, io.color), options.out, result.asOf);
}

const PER_CUSTOMER_HEADERS = ['customer', 'x', 't_x', 'T', 'monetary', 'pAlive', 'expectedPurchases', 'expectedSpend', 'clv'];

/** --per-customer: one row per customer of the fit, money in major units, written atomically. */
function writePerCustomer(io: Io, file: string, result: LtvResult): void {
  const predictive = result.predictive;
  if (!predictive?.predictions) {
    result.warnings.push({ code: 'CARE_LTV_NO_PER_CUSTOMER', message: `${file} was not written: there is no BG/NBD fit to predict from` });
    return;
  }
  const { rfm, predictions, customerIds } = predictive;
  const round = (value: number, digits = 6): number | null => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null);
  const money = (minor: number | undefined): number | null => (minor !== undefined && Number.isFinite(minor) ? toMajor(minor) : null);
  const rows = Array.from(rfm.customer, (customer, row) => [
    customerIds[customer]!,
    rfm.x[row]!,
    round(rfm.tx[row]!),
    round(rfm.T[row]!),
    money(rfm.monetary?.[row]),
    round(predictions.pAlive[row]!),
    round(predictions.expectedPurchases[row]!),
    money(predictions.expectedSpend[row]),
    money(predictions.clv[row]),
  ]);
  writeFileAtomic(file, renderRecordsCsv(PER_CUSTOMER_HEADERS, rows), { what: '--per-customer' });
  io.stderr.write(`care: wrote ${file}\n`);
}

const MODEL_TITLES: Record<LtvModel, string> = { simple: 'simple model', historical: 'historical', bgnbd: 'BG/NBD + Gamma-Gamma' };

/** The result in the chosen format. */
export function renderLtv(result: LtvResult, options: Pick<LtvOptions, 'format'>, color: boolean): string {
  const title = `Customer lifetime value — as of ${formatDay(result.asOf)} · ${MODEL_TITLES[result.model]}`;
  switch (options.format ?? 'table') {
    case 'json':
      return toJson(ltvJson(result));
    case 'csv':
      return renderCsv(ltvCsvGrid(result));
    case 'md': {
      const warnings = result.warnings.length === 0 ? '' : `\n## Warnings\n\n${result.warnings.map((warning) => `- ${warning.message}`).join('\n')}\n`;
      return `# ${title}\n\n${ltvGrids(result).map(renderMarkdown).join('\n')}${warnings}`;
    }
    case 'table':
      return `${title}\n\n${ltvGrids(result, 13).map((grid) => renderTable(grid, { color })).join('\n')}`;
    case 'html':
      throw new UsageError('CARE_BAD_FORMAT', '--format html is for care report', { hint: 'use table, csv, json or md' });
  }
}

/** The grids of a result, in reading order; `maxAges` trims the historical curve for terminals. */
export function ltvGrids(result: LtvResult, maxAges?: number): Grid[] {
  const { currency } = result;
  const by = result.by ?? 'segment';
  const grids: Grid[] = [];
  if (result.simple) grids.push(simpleLtvGrid(result.simple, result.simple.basis, currency));
  if (result.simpleSegments) grids.push(simpleSegmentGrid(result.simpleSegments, by, currency));
  if (result.historical) grids.push(historicalGrid(result.historical, { maxAges, currency }));
  if (result.historicalSegments) grids.push(historicalSegmentGrid(result.historicalSegments, by, currency));
  const predictive = result.predictive;
  if (predictive) {
    const { timeUnit, horizon, discountRate } = result.settings;
    grids.push(modelParametersGrid(predictive.bgnbd, predictive.gammaGamma, timeUnit, currency));
    if (predictive.summary) grids.push(predictionSummaryGrid(predictive.summary, { length: horizon, unit: timeUnit, discountRate }, currency));
    if (predictive.holdout) grids.push(holdoutGrid(predictive.holdout, formatDay(predictive.calibrationEnd), formatDay(predictive.holdout.holdoutEnd), timeUnit));
  }
  if (result.predictiveSegments) grids.push(predictionSegmentGrid(result.predictiveSegments, by, currency));
  return grids;
}

/** CSV: the per-segment table with --by; else the cohort curves (historical), the holdout table, or metric/value rows. */
function ltvCsvGrid(result: LtvResult): Grid {
  const by = result.by ?? 'segment';
  if (result.simpleSegments) return rawCsvGrid(simpleSegmentGrid(result.simpleSegments, by), ['averageOrderValue', 'ltv', 'ltvMinusCac']);
  if (result.historicalSegments) return rawCsvGrid(historicalSegmentGrid(result.historicalSegments, by), ['revenue', 'revenuePerCustomer']);
  if (result.predictiveSegments) return rawCsvGrid(predictionSegmentGrid(result.predictiveSegments, by), ['meanClv']);
  if (result.historical) return historicalCsvGrid(result.historical);
  if (result.predictive?.holdout) {
    const grid = holdoutGrid(result.predictive.holdout, '', '', result.settings.timeUnit);
    return rawCsvGrid({ ...grid, rows: grid.rows.slice(0, -1) });
  }
  return metricCsvGrid(ltvGrids(result));
}

const money = (minor: number | null | undefined): number | null => (minor === null || minor === undefined || !Number.isFinite(minor) ? null : toMajor(minor));
const fraction = (value: number | null | undefined): number | null => (value === null || value === undefined || !Number.isFinite(value) ? null : roundFraction(value));
const finite = (value: number | null | undefined): number | null => (value === null || value === undefined || !Number.isFinite(value) ? null : value);

/** The simple LTV for JSON: money in major units, churn as a fraction 0–1. */
export function simpleLtvJson(ltv: SimpleLtv & { basis?: SimpleLtvBasis }) {
  const { basis } = ltv;
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
export function historicalLtvJson(historical: HistoricalLtv) {
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
  };
}

/**
 * The predictive part for JSON (DESIGN.md §5): `bgnbd: { r, alpha, a, b, logLikelihood }`,
 * `gammaGamma: { p, q, gamma }` (γ and the log-likelihood in major units), the summary and
 * the holdout table; null where no fit was possible.
 */
export function predictiveLtvJson(predictive: PredictiveLtv, settings: LtvSettings) {
  const { bgnbd, gammaGamma, summary, holdout } = predictive;
  return {
    timeUnit: settings.timeUnit,
    calibrationEnd: formatDay(predictive.calibrationEnd),
    bgnbd: bgnbd.params
      ? {
          ...bgnbd.params,
          logLikelihood: bgnbd.logLikelihood!,
          customers: bgnbd.customers,
          repeatCustomers: bgnbd.repeatCustomers,
          converged: bgnbd.diagnostics?.converged ?? false,
        }
      : null,
    gammaGamma: gammaGamma?.params
      ? {
          p: gammaGamma.params.p,
          q: gammaGamma.params.q,
          gamma: gammaGamma.params.gamma / 100,
          logLikelihood: gammaGammaLogLikelihood(gammaGamma)!,
          customers: gammaGamma.customers,
          excludedNonPositive: gammaGamma.excludedNonPositive,
          frequencySpendCorrelation: finite(gammaGamma.frequencySpendCorrelation),
          converged: gammaGamma.diagnostics?.converged ?? false,
        }
      : null,
    summary: summary
      ? {
          ...summary,
          probablyAliveShare: fraction(summary.probablyAliveShare),
          meanPAlive: fraction(summary.meanPAlive),
          totalClv: money(summary.totalClv),
          meanClv: money(summary.meanClv),
          horizon: settings.horizon,
          timeUnit: settings.timeUnit,
          discountRate: settings.discountRate,
          margin: settings.margin,
        }
      : null,
    ...(holdout
      ? {
          holdout: {
            calibrationEnd: formatDay(predictive.calibrationEnd),
            holdoutEnd: formatDay(holdout.holdoutEnd),
            holdoutLength: holdout.holdoutLength,
            rows: holdout.rows.map((row) => ({ ...row, actualMean: finite(row.actualMean), predictedMean: finite(row.predictedMean) })),
            total: holdout.total,
          },
        }
      : {}),
  };
}

/** The JSON of care ltv: camelCase, money in major units, fractions 0–1. */
export function ltvJson(result: LtvResult) {
  const segments =
    result.simpleSegments?.map((row) => ({ segment: row.segment, ...simpleLtvJson(row) })) ??
    result.historicalSegments?.map((row) => ({ ...row, revenue: money(row.revenue), revenuePerCustomer: money(row.revenuePerCustomer) })) ??
    result.predictiveSegments?.map((row) => ({ ...row, probablyAliveShare: fraction(row.probablyAliveShare), meanPAlive: fraction(row.meanPAlive), totalClv: money(row.totalClv), meanClv: money(row.meanClv) }));
  const { settings } = result;
  return {
    asOf: formatDay(result.asOf),
    model: result.model,
    currency: result.currency ?? null,
    ingest: result.ingest,
    settings: { ...settings, cac: settings.cac === undefined ? null : toMajor(settings.cac) },
    ...(result.simple ? { simple: simpleLtvJson(result.simple) } : {}),
    ...(result.historical ? { historical: historicalLtvJson(result.historical) } : {}),
    ...(result.predictive ? predictiveLtvJson(result.predictive, settings) : {}),
    ...(segments ? { by: result.by, segments } : {}),
    warnings: result.warnings,
  };
}

/** Options of the report's LTV section (the same meaning as care ltv's). */
/** `lastCohorts`: the report shows only the latest cohorts of the historical table. */
export type LtvSectionOptions = Pick<LtvOptions, 'margin' | 'cac' | 'churnAfter' | 'period' | 'timeUnit' | 'horizon' | 'discountRate' | 'maxLifetime'> & { lastCohorts?: number };

/** What care report shows of LTV: the JSON section and its grids. */
export interface LtvReportSection {
  json: {
    simple: ReturnType<typeof simpleLtvJson> | null;
    historical: ReturnType<typeof historicalLtvJson> | null;
    bgnbd: ReturnType<typeof predictiveLtvJson>['bgnbd'];
    gammaGamma: ReturnType<typeof predictiveLtvJson>['gammaGamma'];
    summary: ReturnType<typeof predictiveLtvJson>['summary'];
    warnings: LtvNote[];
  };
  grids: Grid[];
}

/**
 * The LTV section of care report: simple LTV (with LTV − CAC and LTV : CAC when a CAC is
 * given), historical LTV by cohort age, and the BG/NBD summary with the share of customers
 * likely alive — or, with too few repeat customers, a warning in its place. Warnings are in
 * json.warnings and as notes under the section's last grid.
 */
export function ltvReportSection(history: CustomerHistory, asOf: Day, options: LtvSectionOptions = {}, config: CareConfig = {}): LtvReportSection {
  const settings = ltvSettings(options, config);
  const { currency } = history;
  const warnings: LtvNote[] = [];
  const grids: Grid[] = [];
  let simple: LtvReportSection['json']['simple'] = null;
  let historical: LtvReportSection['json']['historical'] = null;
  if (history.hasAmounts) {
    const simpleLtv = simpleLtvFromHistory(history, asOf, settings);
    warnings.push(...simpleWarnings(simpleLtv, settings));
    simple = simpleLtvJson(simpleLtv);
    const historicalLtvResult = historicalLtv(history, asOf, settings.period);
    historical = historicalLtvJson(historicalLtvResult);
    grids.push(simpleLtvGrid(simpleLtv, simpleLtv.basis, currency, 'Lifetime value (simple)'), historicalGrid(historicalLtvResult, { maxAges: 13, currency, lastCohorts: options.lastCohorts }));
  } else {
    warnings.push({ code: 'CARE_NO_AMOUNTS', message: 'the export has no amounts: simple and historical LTV need them' });
  }
  const predictive = predictiveLtv(history, asOf, settings);
  warnings.push(...predictiveWarnings(predictive, history));
  const predicted = predictiveLtvJson(predictive, settings);
  if (predictive.summary) {
    grids.push(
      modelParametersGrid(predictive.bgnbd, predictive.gammaGamma, settings.timeUnit, currency),
      predictionSummaryGrid(predictive.summary, { length: settings.horizon, unit: settings.timeUnit, discountRate: settings.discountRate }, currency),
    );
  }
  if (warnings.length > 0 && grids.length > 0) {
    const last = grids[grids.length - 1]!;
    grids[grids.length - 1] = { ...last, notes: [...(last.notes ?? []), ...warnings.map((warning) => `Warning: ${warning.message}`)] };
  }
  return { json: { simple, historical, bgnbd: predicted.bgnbd, gammaGamma: predicted.gammaGamma, summary: predicted.summary, warnings }, grids };
}
