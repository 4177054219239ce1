/**
 * LTV results as grids: the simple LTV and its inputs, historical value curves by cohort age,
 * the BG/NBD and Gamma-Gamma parameters, the predictive summary, the holdout check and the
 * per-segment tables. Money arrives in minor units; metric/value grids carry a `raw` column
 * (major units, fractions 0–1) for CSV, like the report's headline grid.
 */
import { type MessageKey, type MessageRef, say } from '../i18n/index.js';
import type { Locale } from '../locale.js';
import type { BgNbdFit, GammaGammaFit, HoldoutCheck, TimeUnit } from '../metrics/ltv/index.js';
import type { HistoricalLtv, RevenueReconciliation } from '../metrics/ltv/historical.js';
import type { PredictionSummary } from '../metrics/ltv/segments.js';
import type { SimpleLtv, SimpleLtvBasis } from '../metrics/ltv/simple.js';
import { formatDay } from '../time/days.js';
import { minorPerMajor } from '../money/index.js';
import { formatDecimal, formatInteger, formatMoney, formatPercent, toMajor } from './format.js';
import type { PeriodKind } from '../time/periods.js';
import { type CellValue, type Grid, type GridColumn, type GridText, gridText } from './grid.js';

const integer = (value: CellValue) => formatInteger(value as number | null);
const percent = (value: CellValue) => formatPercent(value as number | null);
const decimal = (value: CellValue) => formatDecimal(value as number | null);
const moneyIn = (currency?: string) => (value: CellValue) => formatMoney(value as number | null, currency);
const major = (minor: number | null | undefined, currency?: string): number | null => (minor === null || minor === undefined || !Number.isFinite(minor) ? null : toMajor(minor, currency));

/**
 * The Gamma-Gamma log-likelihood with spends in major units. The fit runs on minor units, and
 * the likelihood is a density of the mean spend, so each customer's term differs by ln 100
 * (the Jacobian of minor = 100 × major); in major units it is comparable with published fits
 * (CDNOW: −4055.9, Fader & Hardie 2013).
 */
export function gammaGammaLogLikelihood(fit: GammaGammaFit): number | undefined {
  return fit.logLikelihood === undefined ? undefined : fit.logLikelihood + fit.customers * Math.log(100);
}

/** `4.2 : 1`; `–` without a CAC. */
export function formatRatio(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '–' : `${formatDecimal(value)} : 1`;
}

/** `5.0 years`, `10.0 years (cap)` (the words in `lang`). */
function formatYears(years: number | null, capped: boolean, lang: Locale | undefined): string {
  return years === null ? '–' : gridText(say(capped ? 'table.ltv.yearsCapped' : 'table.ltv.years', { value: years.toFixed(1) }), lang);
}

/** A catalog text in `lang` (English when absent), for the cells a grid names in words. */
export function textIn(lang: Locale | undefined): (key: MessageKey, params?: MessageRef['params']) => string {
  return (key, params) => gridText(say(key, params), lang);
}

/** "weeks" of a model's time unit, in `lang`. */
export function unitText(unit: TimeUnit, lang: Locale | undefined): string {
  return gridText(say(`table.ltv.unit.${unit}`), lang);
}

interface MetricRow extends Record<string, CellValue> {
  metric: string;
  value: string;
  raw: CellValue;
}

export const METRIC_COLUMNS: GridColumn[] = [
  { key: 'metric', label: say('table.ltv.metric') },
  { key: 'value', label: say('table.ltv.value'), align: 'right' },
];

/** The simple LTV with each factor of AOV × frequency × lifetime × margin; the metrics named in `lang` (English when absent, as CSV takes them). */
export function simpleLtvGrid(ltv: SimpleLtv, basis: SimpleLtvBasis | undefined, currency?: string, title: GridText = say('table.ltv.simpleTitle'), lang?: Locale): Grid {
  const text = textIn(lang);
  const rows: MetricRow[] = [
    { metric: text('table.ltv.aov'), value: formatMoney(ltv.averageOrderValue, currency), raw: major(ltv.averageOrderValue, currency) },
    { metric: text('table.ltv.purchasesPerYear'), value: formatDecimal(ltv.purchasesPerYear), raw: ltv.purchasesPerYear },
    { metric: text('table.ltv.annualChurn'), value: formatPercent(ltv.annualChurnRate), raw: ltv.annualChurnRate },
    { metric: text('table.ltv.expectedLifetime'), value: formatYears(ltv.expectedLifetimeYears, ltv.lifetimeCapped, lang), raw: ltv.expectedLifetimeYears },
    { metric: text('table.ltv.margin'), value: formatPercent(ltv.margin), raw: ltv.margin },
    { metric: 'LTV', value: formatMoney(ltv.ltv, currency), raw: major(ltv.ltv, currency) },
  ];
  if (ltv.cac !== null) {
    rows.push(
      { metric: text('table.ltv.cac'), value: formatMoney(ltv.cac, currency), raw: major(ltv.cac, currency) },
      { metric: 'LTV − CAC', value: formatMoney(ltv.ltvMinusCac, currency), raw: major(ltv.ltvMinusCac, currency) },
      { metric: 'LTV : CAC', value: formatRatio(ltv.ltvToCac), raw: ltv.ltvToCac },
    );
  }
  const notes: GridText[] = [say('table.ltv.simpleFormula')];
  if (basis !== undefined) {
    notes.push(
      say('table.ltv.simpleBasis', {
        start: formatDay(basis.windowStart), asOf: formatDay(basis.asOf), orders: formatInteger(basis.orders), customers: formatInteger(basis.customers),
        lost: formatInteger(basis.lost), atStart: formatInteger(basis.customersAtStart), churnFrom: formatDay(basis.churnFrom), days: String(basis.churnAfterDays),
      }),
    );
  }
  return { title, columns: METRIC_COLUMNS, rows, notes };
}

/** Simple LTV per segment, each measured on its own customers. */
export function simpleSegmentGrid(rows: readonly (SimpleLtv & { segment: string; basis: SimpleLtvBasis })[], by: string, currency?: string): Grid {
  const money = moneyIn(currency);
  const withCac = rows.some((row) => row.cac !== null);
  const columns: GridColumn[] = [
    { key: 'segment', label: by },
    { key: 'customers', label: say('table.ltv.customersYear'), align: 'right', format: integer },
    { key: 'averageOrderValue', label: say('table.ltv.aovShort'), align: 'right', format: money },
    { key: 'purchasesPerYear', label: say('table.ltv.purchasesYear'), align: 'right', format: decimal },
    { key: 'customersAtStart', label: say('table.ltv.activeYearAgo'), align: 'right', format: integer },
    { key: 'annualChurnRate', label: say('table.ltv.annualChurn'), align: 'right', format: percent },
    { key: 'expectedLifetimeYears', label: say('table.ltv.lifetimeYears'), align: 'right', format: (value) => (value === null ? '–' : (value as number).toFixed(1)) },
    { key: 'ltv', label: 'LTV', align: 'right', format: money },
  ];
  if (withCac) {
    columns.push({ key: 'ltvMinusCac', label: 'LTV − CAC', align: 'right', format: money }, { key: 'ltvToCac', label: 'LTV : CAC', align: 'right', format: (value) => formatRatio(value as number | null) });
  }
  return {
    title: say('table.ltv.simpleBy', { by }),
    columns,
    rows: rows.map((row) => ({
      segment: row.segment,
      customers: row.basis.customers,
      averageOrderValue: row.averageOrderValue,
      purchasesPerYear: row.purchasesPerYear,
      customersAtStart: row.basis.customersAtStart,
      annualChurnRate: row.annualChurnRate,
      expectedLifetimeYears: row.expectedLifetimeYears,
      ltv: row.ltv,
      ltvMinusCac: row.ltvMinusCac,
      ltvToCac: row.ltvToCac,
    })),
    notes: [say('table.ltv.segmentNote'), say('table.ltv.annualChurnNote')],
  };
}

/** Cumulative net revenue per customer by cohort age, with an "All cohorts" row (named in `lang`). */
export function historicalGrid(historical: HistoricalLtv, options: { maxAges?: number; currency?: string; lastCohorts?: number; lang?: Locale } = {}): Grid {
  const { lang } = options;
  const widest = historical.overall.length;
  const ages = Math.min(widest, options.maxAges ?? widest);
  const money = moneyIn();
  const columns: GridColumn[] = [
    { key: 'cohort', label: say('table.cohortGrid.cohort') },
    { key: 'size', label: say('table.cohortGrid.customers'), align: 'right', format: integer },
  ];
  for (let k = 0; k < ages; k++) columns.push({ key: `k${k}`, label: `+${k}`, align: 'right', format: money });
  const row = (cohort: string, size: number, curve: readonly number[]): Record<string, CellValue> => {
    const cells: Record<string, CellValue> = { cohort, size };
    for (let k = 0; k < ages; k++) cells[`k${k}`] = curve[k] ?? null;
    return cells;
  };
  const shown = options.lastCohorts === undefined ? historical.cohorts : historical.cohorts.slice(-options.lastCohorts);
  const rows = shown.map((cohort) => row(cohort.cohort, cohort.size, cohort.cumulativePerCustomer));
  if (historical.cohorts.length > 1) rows.push(row(gridText(say('table.ltv.allCohorts'), lang), historical.customers, historical.overall));
  const period: PeriodKind = historical.period;
  const notes: GridText[] = [
    say('table.ltv.perCustomerNote', { perCustomer: formatMoney(historical.revenuePerCustomer, options.currency), count: historical.customers, n: formatInteger(historical.customers), revenue: formatMoney(historical.revenue, options.currency) }),
    say(historical.cohorts.length > 1 ? 'table.ltv.cumulativeNoteAll' : 'table.ltv.cumulativeNote', { periods: say(`table.ltv.periods.${period}`), currency: options.currency ? ` (${options.currency})` : '' }),
  ];
  notes.push(reconciliationNote(historical.reconciliation, options.currency, lang));
  if (historical.lastPeriodPartial) notes.push(say(`table.ltv.partial.${period}`));
  if (ages < widest) notes.push(say('table.cohortGrid.agesShown', { last: String(ages - 1), widest: String(widest - 1) }));
  if (shown.length < historical.cohorts.length) notes.push(say('table.ltv.lastCohorts', { count: shown.length, n: String(shown.length) }));
  return { title: say('table.ltv.historicalTitle'), columns, rows, notes };
}

/** One sentence on how the cohorts' revenue adds up to the headline net revenue (metrics/ltv/historical.ts), in `lang` (English when absent). */
export function reconciliationNote(reconciliation: RevenueReconciliation, currency?: string, lang?: Locale): string {
  const { headlineRevenue, cohortRevenue, noCohort, creditsBeforeFirstPurchase: early } = reconciliation;
  const money = (amount: number) => formatMoney(amount, currency);
  const text = textIn(lang);
  const sums = { headline: money(headlineRevenue), cohort: money(cohortRevenue) };
  const sentences = [noCohort.days > 0 ? text('table.ltv.reconciliationNoCohort', { ...sums, customers: formatInteger(noCohort.customers), amount: money(noCohort.amount) }) : text('table.ltv.reconciliation', sums)];
  if (!reconciliation.explained) sentences.push(text('table.ltv.unexplained', { amount: money(reconciliation.difference - noCohort.amount) }));
  if (early.days > 0) sentences.push(text('table.ltv.creditsBeforeFirst', { amount: money(early.amount), customers: formatInteger(early.customers) }));
  return sentences.join(' ');
}

/** Historical LTV as CSV: one row per cohort and age. */
export function historicalCsvGrid(historical: HistoricalLtv, currency?: string): Grid {
  const columns = ['cohort', 'size', 'age', 'revenue', 'cumulativePerCustomer'].map((key) => ({ key, label: key }));
  const rows: Record<string, CellValue>[] = [];
  for (const cohort of historical.cohorts) {
    cohort.revenue.forEach((revenue, age) => rows.push({ cohort: cohort.cohort, size: cohort.size, age, revenue: major(revenue, currency), cumulativePerCustomer: major(cohort.cumulativePerCustomer[age], currency) }));
  }
  return { columns, rows };
}

/** Revenue per customer to date per segment. */
export function historicalSegmentGrid(rows: readonly { segment: string; customers: number; revenue: number; revenuePerCustomer: number | null }[], by: string, currency?: string): Grid {
  const money = moneyIn(currency);
  return {
    title: say('table.ltv.historicalBy', { by }),
    columns: [
      { key: 'segment', label: by },
      { key: 'customers', label: say('table.cohortGrid.customers'), align: 'right', format: integer },
      { key: 'revenue', label: say('table.ltv.netRevenue'), align: 'right', format: money },
      { key: 'revenuePerCustomer', label: say('table.ltv.perCustomer'), align: 'right', format: money },
    ],
    rows: rows.map((row) => ({ ...row })),
  };
}

/** BG/NBD and Gamma-Gamma parameters and log-likelihoods (the words of the names in `lang`). */
export function modelParametersGrid(bgnbd: BgNbdFit, gammaGamma: GammaGammaFit | undefined, unit: TimeUnit, currency?: string, lang?: Locale): Grid {
  const text = textIn(lang);
  const rows: MetricRow[] = [];
  const parameter = (metric: string, value: number | undefined, digits = 4): MetricRow => ({ metric, value: formatParameter(value, digits), raw: value ?? null });
  if (bgnbd.params) {
    rows.push(
      parameter('BG/NBD r', bgnbd.params.r),
      parameter(`BG/NBD α (${unitText(unit, lang)})`, bgnbd.params.alpha),
      parameter('BG/NBD a', bgnbd.params.a),
      parameter('BG/NBD b', bgnbd.params.b),
      parameter(text('table.ltv.logLikelihood', { model: 'BG/NBD' }), bgnbd.logLikelihood, 1),
    );
  }
  if (gammaGamma?.params) {
    rows.push(
      parameter('Gamma-Gamma p', gammaGamma.params.p),
      parameter('Gamma-Gamma q', gammaGamma.params.q),
      parameter(`Gamma-Gamma γ${currency ? ` (${currency})` : ''}`, gammaGamma.params.gamma / minorPerMajor(currency)),
      parameter(text('table.ltv.logLikelihood', { model: 'Gamma-Gamma' }), gammaGammaLogLikelihood(gammaGamma), 1),
    );
  }
  const fitted = { customers: formatInteger(bgnbd.customers), repeat: formatInteger(bgnbd.repeatCustomers) };
  const notes: GridText[] = [say(bgnbd.diagnostics === undefined ? 'table.ltv.bgnbdNote' : bgnbd.diagnostics.converged ? 'table.ltv.bgnbdNoteConverged' : 'table.ltv.bgnbdNoteNotConverged', fitted)];
  if (gammaGamma !== undefined && Number.isFinite(gammaGamma.frequencySpendCorrelation)) {
    notes.push(say('table.ltv.gammaGammaNote', { customers: formatInteger(gammaGamma.customers), r: gammaGamma.frequencySpendCorrelation.toFixed(2) }));
  }
  return { title: say('table.ltv.parametersTitle'), columns: METRIC_COLUMNS, rows, notes };
}

/** What the fitted models predict for the customer base over the horizon (the metrics named in `lang`). */
export function predictionSummaryGrid(summary: PredictionSummary, horizon: { length: number; unit: TimeUnit; discountRate: number }, currency?: string, lang?: Locale): Grid {
  const text = textIn(lang);
  const over = text(`table.ltv.horizon.${horizon.unit}`, { n: formatDecimal(horizon.length).replace(/\.00$/, '') });
  const rows: MetricRow[] = [
    { metric: text('table.ltv.customers'), value: formatInteger(summary.customers), raw: summary.customers },
    { metric: text('table.ltv.likelyAlive'), value: `${formatInteger(summary.probablyAlive)} (${formatPercent(summary.probablyAliveShare)})`, raw: summary.probablyAliveShare },
    { metric: text('table.ltv.meanPAlive'), value: formatPercent(summary.meanPAlive), raw: summary.meanPAlive },
    { metric: text('table.ltv.expectedPurchases', { over }), value: formatDecimal(summary.expectedPurchases), raw: summary.expectedPurchases },
    { metric: text('table.ltv.expectedPerCustomer'), value: formatDecimal(summary.expectedPurchasesPerCustomer), raw: summary.expectedPurchasesPerCustomer },
    { metric: text('table.ltv.clvPerCustomer', { over }), value: formatMoney(summary.meanClv, currency), raw: major(summary.meanClv, currency) },
    { metric: text('table.ltv.clvAll', { over }), value: formatMoney(summary.totalClv, currency), raw: major(summary.totalClv, currency) },
  ];
  return {
    title: say('table.ltv.predictedTitle', { model: 'BG/NBD' }),
    columns: METRIC_COLUMNS,
    rows,
    notes: [say('table.ltv.discountNote', { rate: formatPercent(horizon.discountRate) })],
  };
}

/** Prediction summaries per segment. */
export function predictionSegmentGrid(rows: readonly (PredictionSummary & { segment: string })[], by: string, currency?: string): Grid {
  return {
    title: say('table.ltv.predictedBy', { by }),
    columns: [
      { key: 'segment', label: by },
      { key: 'customers', label: say('table.cohortGrid.customers'), align: 'right', format: integer },
      { key: 'probablyAliveShare', label: say('table.ltv.likelyAliveShort'), align: 'right', format: percent },
      { key: 'meanPAlive', label: say('table.ltv.meanPAlive'), align: 'right', format: percent },
      { key: 'expectedPurchasesPerCustomer', label: say('table.ltv.purchasesPerCustomer'), align: 'right', format: decimal },
      { key: 'meanClv', label: say('table.ltv.clvPerCustomerShort'), align: 'right', format: moneyIn(currency) },
    ],
    rows: rows.map((row) => ({ ...row })),
  };
}

/** The holdout check: actual against predicted repeat purchases by calibration purchases (the totals row named in `lang`). */
export function holdoutGrid(check: HoldoutCheck, calibrationEnd: string, holdoutEnd: string, unit: TimeUnit, lang?: Locale): Grid {
  const rows: Record<string, CellValue>[] = check.rows.map((row) => ({ ...row, actualMean: nullIfNaN(row.actualMean), predictedMean: nullIfNaN(row.predictedMean) }));
  rows.push({
    calibrationPurchases: gridText(say('table.ltv.all'), lang),
    customers: check.total.customers,
    actual: check.total.actual,
    predicted: check.total.predicted,
    actualMean: check.total.customers > 0 ? check.total.actual / check.total.customers : null,
    predictedMean: check.total.customers > 0 ? check.total.predicted / check.total.customers : null,
  });
  return {
    title: say('table.ltv.holdoutTitle'),
    columns: [
      { key: 'calibrationPurchases', label: say('table.ltv.repeatCalibration'), align: 'right' },
      { key: 'customers', label: say('table.cohortGrid.customers'), align: 'right', format: integer },
      { key: 'actual', label: say('table.ltv.actualHoldout'), align: 'right', format: integer },
      { key: 'predicted', label: say('table.ltv.predicted'), align: 'right', format: decimal },
      { key: 'actualMean', label: say('table.ltv.actualPerCustomer'), align: 'right', format: decimal },
      { key: 'predictedMean', label: say('table.ltv.predictedPerCustomer'), align: 'right', format: decimal },
    ],
    rows,
    notes: [say('table.ltv.holdoutNote', { calibrationEnd, holdoutEnd, length: formatDecimal(check.holdoutLength), unit: say(`table.ltv.unit.${unit}`) })],
  };
}

/** Metric/value grids for CSV: the raw column (major units, fractions 0–1) under "value". */
export function metricCsvGrid(grids: readonly Grid[]): Grid {
  return {
    columns: [
      { key: 'metric', label: 'metric' },
      { key: 'value', label: 'value' },
    ],
    rows: grids.flatMap((grid) => grid.rows.map((row) => ({ metric: row['metric'] ?? null, value: row['raw'] ?? null }))),
  };
}

/** Any grid for CSV: its keys as headers, money (listed keys) in major units. */
export function rawCsvGrid(grid: Grid, moneyKeys: readonly string[] = [], currency?: string): Grid {
  const columns = grid.columns.map((column) => ({ key: column.key, label: column.key }));
  const rows = grid.rows.map((row) => {
    const out: Record<string, CellValue> = { ...row };
    for (const key of moneyKeys) out[key] = major(row[key] as number | null, currency);
    return out;
  });
  return { columns, rows };
}

/** Fixed decimals for ordinary values; 4 significant digits for a parameter run towards 0 or ∞ (so 5.6e-7 does not read 0.0000). */
function formatParameter(value: number | undefined, digits: number): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  const size = Math.abs(value);
  return size !== 0 && (size < 1e-3 || size >= 1e6) ? value.toPrecision(4) : value.toFixed(digits);
}

function nullIfNaN(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}
