/**
 * LTV results as grids: the simple LTV and its inputs, historical value curves by cohort age,
 * the BG/NBD and Gamma-Gamma parameters, the predictive summary, the holdout check and the
 * per-segment tables. Money arrives in minor units; metric/value grids carry a `raw` column
 * (major units, fractions 0–1) for CSV, like the report's headline grid.
 */
import type { BgNbdFit, GammaGammaFit, HoldoutCheck, TimeUnit } from '../metrics/ltv/index.js';
import type { HistoricalLtv, RevenueReconciliation } from '../metrics/ltv/historical.js';
import type { PredictionSummary } from '../metrics/ltv/segments.js';
import type { SimpleLtv, SimpleLtvBasis } from '../metrics/ltv/simple.js';
import { formatDay } from '../time/days.js';
import { minorPerMajor } from '../money/index.js';
import { formatDecimal, formatInteger, formatMoney, formatPercent, toMajor } from './format.js';
import type { CellValue, Grid, GridColumn } from './grid.js';

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

/** `5.0 years`, `10.0 years (cap)`. */
function formatYears(years: number | null, capped: boolean): string {
  return years === null ? '–' : `${years.toFixed(1)} years${capped ? ' (cap)' : ''}`;
}

interface MetricRow extends Record<string, CellValue> {
  metric: string;
  value: string;
  raw: CellValue;
}

const METRIC_COLUMNS: GridColumn[] = [
  { key: 'metric', label: 'Metric' },
  { key: 'value', label: 'Value', align: 'right' },
];

/** The simple LTV with each factor of AOV × frequency × lifetime × margin. */
export function simpleLtvGrid(ltv: SimpleLtv, basis: SimpleLtvBasis | undefined, currency?: string, title = 'Simple LTV'): Grid {
  const rows: MetricRow[] = [
    { metric: 'Average order value', value: formatMoney(ltv.averageOrderValue, currency), raw: major(ltv.averageOrderValue, currency) },
    { metric: 'Purchases per customer per year', value: formatDecimal(ltv.purchasesPerYear), raw: ltv.purchasesPerYear },
    { metric: 'Annual churn', value: formatPercent(ltv.annualChurnRate), raw: ltv.annualChurnRate },
    { metric: 'Expected lifetime (1 / churn)', value: formatYears(ltv.expectedLifetimeYears, ltv.lifetimeCapped), raw: ltv.expectedLifetimeYears },
    { metric: 'Margin', value: formatPercent(ltv.margin), raw: ltv.margin },
    { metric: 'LTV', value: formatMoney(ltv.ltv, currency), raw: major(ltv.ltv, currency) },
  ];
  if (ltv.cac !== null) {
    rows.push(
      { metric: 'CAC', value: formatMoney(ltv.cac, currency), raw: major(ltv.cac, currency) },
      { metric: 'LTV − CAC', value: formatMoney(ltv.ltvMinusCac, currency), raw: major(ltv.ltvMinusCac, currency) },
      { metric: 'LTV : CAC', value: formatRatio(ltv.ltvToCac), raw: ltv.ltvToCac },
    );
  }
  const notes = ['LTV = average order value × purchases per customer per year × expected lifetime × margin.'];
  if (basis !== undefined) {
    notes.push(
      `Orders ${formatDay(basis.windowStart)} … ${formatDay(basis.asOf)}: ${formatInteger(basis.orders)} from ${formatInteger(basis.customers)} customers. ` +
        `Churn: ${formatInteger(basis.lost)} of the ${formatInteger(basis.customersAtStart)} customers active on ${formatDay(basis.churnFrom)} were not active on ${formatDay(basis.asOf)} (active = bought in the last ${basis.churnAfterDays} days).`,
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
    { key: 'customers', label: 'Customers (year)', align: 'right', format: integer },
    { key: 'averageOrderValue', label: 'AOV', align: 'right', format: money },
    { key: 'purchasesPerYear', label: 'Purchases / year', align: 'right', format: decimal },
    { key: 'customersAtStart', label: 'Active a year ago', align: 'right', format: integer },
    { key: 'annualChurnRate', label: 'Annual churn', align: 'right', format: percent },
    { key: 'expectedLifetimeYears', label: 'Lifetime (years)', align: 'right', format: (value) => (value === null ? '–' : (value as number).toFixed(1)) },
    { key: 'ltv', label: 'LTV', align: 'right', format: money },
  ];
  if (withCac) {
    columns.push({ key: 'ltvMinusCac', label: 'LTV − CAC', align: 'right', format: money }, { key: 'ltvToCac', label: 'LTV : CAC', align: 'right', format: (value) => formatRatio(value as number | null) });
  }
  return {
    title: `Simple LTV by ${by}`,
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
    notes: [
      "Each segment is measured on its own customers (its own order value, frequency and churn); a customer's segment is the value on their first order.",
      'Annual churn = the share of the customers active a year ago who are not active now; with few of them, treat it as rough.',
    ],
  };
}

/** Cumulative net revenue per customer by cohort age, with an "All cohorts" row. */
export function historicalGrid(historical: HistoricalLtv, options: { maxAges?: number; currency?: string; lastCohorts?: number } = {}): Grid {
  const widest = historical.overall.length;
  const ages = Math.min(widest, options.maxAges ?? widest);
  const money = moneyIn();
  const columns: GridColumn[] = [
    { key: 'cohort', label: 'Cohort' },
    { key: 'size', label: 'Customers', align: 'right', format: integer },
  ];
  for (let k = 0; k < ages; k++) columns.push({ key: `k${k}`, label: `+${k}`, align: 'right', format: money });
  const row = (cohort: string, size: number, curve: readonly number[]): Record<string, CellValue> => {
    const cells: Record<string, CellValue> = { cohort, size };
    for (let k = 0; k < ages; k++) cells[`k${k}`] = curve[k] ?? null;
    return cells;
  };
  const shown = options.lastCohorts === undefined ? historical.cohorts : historical.cohorts.slice(-options.lastCohorts);
  const rows = shown.map((cohort) => row(cohort.cohort, cohort.size, cohort.cumulativePerCustomer));
  if (historical.cohorts.length > 1) rows.push(row('All cohorts', historical.customers, historical.overall));
  const notes = [
    `Net revenue per customer to date: ${formatMoney(historical.revenuePerCustomer, options.currency)} (${formatInteger(historical.customers)} customers, ${formatMoney(historical.revenue, options.currency)}).`,
    `Cumulative net revenue per customer k ${historical.period}s after the first purchase${options.currency ? ` (${options.currency})` : ''}${historical.cohorts.length > 1 ? '; "All cohorts" averages the cohorts old enough for each age' : ''}.`,
  ];
  notes.push(reconciliationNote(historical.reconciliation, options.currency));
  if (historical.lastPeriodPartial) notes.push(`The current ${historical.period} is still running: each cohort's last age is partial.`);
  if (ages < widest) notes.push(`Showing ages +0…+${ages - 1} of +${widest - 1}; --format csv or json has them all.`);
  if (shown.length < historical.cohorts.length) notes.push(`Last ${shown.length} cohorts shown; care ltv --model historical has them all.`);
  return { title: 'Historical LTV by cohort age', columns, rows, notes };
}

/** One sentence on how the cohorts' revenue adds up to the headline net revenue (metrics/ltv/historical.ts). */
export function reconciliationNote(reconciliation: RevenueReconciliation, currency?: string): string {
  const { headlineRevenue, cohortRevenue, noCohort, creditsBeforeFirstPurchase: early } = reconciliation;
  const money = (amount: number) => formatMoney(amount, currency);
  let note = `Headline net revenue ${money(headlineRevenue)} = cohort revenue ${money(cohortRevenue)}`;
  if (noCohort.days > 0) note += ` + credits of ${formatInteger(noCohort.customers)} customer(s) who never bought, in no cohort (${money(noCohort.amount)})`;
  note += '.';
  if (!reconciliation.explained) note += ` ${money(reconciliation.difference - noCohort.amount)} is unexplained.`;
  if (early.days > 0) note += ` Credits dated before a customer's first purchase (${money(early.amount)}, ${formatInteger(early.customers)} customer(s)) count in the cohort's first period.`;
  return note;
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
    title: `Historical LTV by ${by}`,
    columns: [
      { key: 'segment', label: by },
      { key: 'customers', label: 'Customers', align: 'right', format: integer },
      { key: 'revenue', label: 'Net revenue', align: 'right', format: money },
      { key: 'revenuePerCustomer', label: 'Per customer', align: 'right', format: money },
    ],
    rows: rows.map((row) => ({ ...row })),
  };
}

/** BG/NBD and Gamma-Gamma parameters and log-likelihoods. */
export function modelParametersGrid(bgnbd: BgNbdFit, gammaGamma: GammaGammaFit | undefined, unit: TimeUnit, currency?: string): Grid {
  const rows: MetricRow[] = [];
  const parameter = (metric: string, value: number | undefined, digits = 4): MetricRow => ({ metric, value: formatParameter(value, digits), raw: value ?? null });
  if (bgnbd.params) {
    rows.push(
      parameter('BG/NBD r', bgnbd.params.r),
      parameter(`BG/NBD α (${unit}s)`, bgnbd.params.alpha),
      parameter('BG/NBD a', bgnbd.params.a),
      parameter('BG/NBD b', bgnbd.params.b),
      parameter('BG/NBD log-likelihood', bgnbd.logLikelihood, 1),
    );
  }
  if (gammaGamma?.params) {
    rows.push(
      parameter('Gamma-Gamma p', gammaGamma.params.p),
      parameter('Gamma-Gamma q', gammaGamma.params.q),
      parameter(`Gamma-Gamma γ${currency ? ` (${currency})` : ''}`, gammaGamma.params.gamma / minorPerMajor(currency)),
      parameter('Gamma-Gamma log-likelihood', gammaGammaLogLikelihood(gammaGamma), 1),
    );
  }
  const notes = [`BG/NBD on ${formatInteger(bgnbd.customers)} customers, ${formatInteger(bgnbd.repeatCustomers)} of whom bought again${bgnbd.diagnostics ? ` (${bgnbd.diagnostics.converged ? 'converged' : 'did not converge'})` : ''}.`];
  if (gammaGamma !== undefined && Number.isFinite(gammaGamma.frequencySpendCorrelation)) {
    notes.push(
      `Gamma-Gamma on ${formatInteger(gammaGamma.customers)} repeat customers' mean spend; frequency–spend correlation r = ${gammaGamma.frequencySpendCorrelation.toFixed(2)} (the model assumes none).`,
    );
  }
  return { title: 'Model parameters', columns: METRIC_COLUMNS, rows, notes };
}

/** What the fitted models predict for the customer base over the horizon. */
export function predictionSummaryGrid(summary: PredictionSummary, horizon: { length: number; unit: TimeUnit; discountRate: number }, currency?: string): Grid {
  const over = `${formatDecimal(horizon.length).replace(/\.00$/, '')} ${horizon.unit}s`;
  const rows: MetricRow[] = [
    { metric: 'Customers', value: formatInteger(summary.customers), raw: summary.customers },
    { metric: 'Likely alive (P(alive) > 0.5)', value: `${formatInteger(summary.probablyAlive)} (${formatPercent(summary.probablyAliveShare)})`, raw: summary.probablyAliveShare },
    { metric: 'Mean P(alive)', value: formatPercent(summary.meanPAlive), raw: summary.meanPAlive },
    { metric: `Expected purchases, next ${over}`, value: formatDecimal(summary.expectedPurchases), raw: summary.expectedPurchases },
    { metric: 'Expected purchases per customer', value: formatDecimal(summary.expectedPurchasesPerCustomer), raw: summary.expectedPurchasesPerCustomer },
    { metric: `CLV per customer, next ${over}`, value: formatMoney(summary.meanClv, currency), raw: major(summary.meanClv, currency) },
    { metric: `CLV of all customers, next ${over}`, value: formatMoney(summary.totalClv, currency), raw: major(summary.totalClv, currency) },
  ];
  return {
    title: 'Predicted (BG/NBD + Gamma-Gamma)',
    columns: METRIC_COLUMNS,
    rows,
    notes: [`CLV is discounted at ${formatPercent(horizon.discountRate)} a year and counts the margin.`],
  };
}

/** Prediction summaries per segment. */
export function predictionSegmentGrid(rows: readonly (PredictionSummary & { segment: string })[], by: string, currency?: string): Grid {
  return {
    title: `Predicted LTV by ${by}`,
    columns: [
      { key: 'segment', label: by },
      { key: 'customers', label: 'Customers', align: 'right', format: integer },
      { key: 'probablyAliveShare', label: 'Likely alive', align: 'right', format: percent },
      { key: 'meanPAlive', label: 'Mean P(alive)', align: 'right', format: percent },
      { key: 'expectedPurchasesPerCustomer', label: 'Purchases / customer', align: 'right', format: decimal },
      { key: 'meanClv', label: 'CLV / customer', align: 'right', format: moneyIn(currency) },
    ],
    rows: rows.map((row) => ({ ...row })),
  };
}

/** The holdout check: actual against predicted repeat purchases by calibration purchases. */
export function holdoutGrid(check: HoldoutCheck, calibrationEnd: string, holdoutEnd: string, unit: TimeUnit): Grid {
  const rows: Record<string, CellValue>[] = check.rows.map((row) => ({ ...row, actualMean: nullIfNaN(row.actualMean), predictedMean: nullIfNaN(row.predictedMean) }));
  rows.push({
    calibrationPurchases: 'All',
    customers: check.total.customers,
    actual: check.total.actual,
    predicted: check.total.predicted,
    actualMean: check.total.customers > 0 ? check.total.actual / check.total.customers : null,
    predictedMean: check.total.customers > 0 ? check.total.predicted / check.total.customers : null,
  });
  return {
    title: 'Holdout check',
    columns: [
      { key: 'calibrationPurchases', label: 'Repeat purchases (calibration)', align: 'right' },
      { key: 'customers', label: 'Customers', align: 'right', format: integer },
      { key: 'actual', label: 'Actual (holdout)', align: 'right', format: integer },
      { key: 'predicted', label: 'Predicted', align: 'right', format: decimal },
      { key: 'actualMean', label: 'Actual / customer', align: 'right', format: decimal },
      { key: 'predictedMean', label: 'Predicted / customer', align: 'right', format: decimal },
    ],
    rows,
    notes: [
      `Fitted on purchases to ${calibrationEnd}; holdout ${calibrationEnd} … ${holdoutEnd} (${formatDecimal(check.holdoutLength)} ${unit}s). Purchases are purchase days: several orders on one day count once.`,
    ],
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
