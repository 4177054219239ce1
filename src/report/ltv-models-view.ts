/**
 * The purchase-count models of --model pnbd, mbgnbd, auto (and bgnbd with --intervals) as
 * grids: the chosen model's parameters with their standard errors and the dropout test, and
 * auto's comparison table. Metric/value grids carry a `raw` column for CSV, as in ltv-view.ts.
 */
import type { CountingFit, ModelSelection } from '../metrics/ltv/counting-models.js';
import type { GammaGammaFit } from '../metrics/ltv/gamma-gamma.js';
import type { TimeUnit } from '../metrics/ltv/types.js';
import type { DropoutTest } from '../metrics/ltv/uncertainty.js';
import { minorPerMajor } from '../money/index.js';
import { formatDecimal, formatInteger } from './format.js';
import type { CellValue, Grid } from './grid.js';
import { gammaGammaLogLikelihood } from './ltv-view.js';

const SYMBOLS: Record<string, string> = { alpha: 'α', beta: 'β' };
/** Parameters measured in time units (rates' scales). */
const TIMED = new Set(['alpha', 'beta']);

const significant = (value: number | null | undefined, digits = 4): string => (value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toPrecision(digits));

/**
 * The 95% Wald interval on the log scale, exp(ln p̂ ± 1.96 SE(p̂)/p̂): positive, and skewed as a
 * positive parameter's sampling distribution is; p̂ ± 1.96 SE undercovers a and b (docs/definitions.md,
 * "Parameter intervals"). Undefined without a standard error.
 */
export function logScaleInterval(estimate: number | undefined, se: number | undefined): string | undefined {
  if (estimate === undefined || se === undefined || !(estimate > 0) || !Number.isFinite(se)) return undefined;
  const factor = Math.exp((1.96 * se) / estimate);
  return `${significant(estimate / factor, 3)}–${significant(estimate * factor, 3)}`;
}

/** The chosen model's parameters (with standard errors), log-likelihood and BIC, then Gamma-Gamma's. */
export function countingFitGrid(fit: CountingFit, gammaGamma: GammaGammaFit | undefined, dropout: DropoutTest | undefined, unit: TimeUnit, currency?: string): Grid {
  const rows: { metric: string; value: string; raw: CellValue }[] = [];
  const errors = fit.uncertainty?.standardErrors;
  fit.names.forEach((name, i) => {
    const label = `${fit.label} ${SYMBOLS[name] ?? name}${TIMED.has(name) ? ` (${unit}s)` : ''}`;
    const estimate = fit.params?.[name];
    const se = errors?.[i];
    rows.push({ metric: label, value: `${significant(estimate)}${se !== undefined && Number.isFinite(se) ? ` (SE ${significant(se, 2)})` : ''}`, raw: estimate ?? null });
    rows.push({ metric: `${label}, standard error`, value: significant(se, 2), raw: se !== undefined && Number.isFinite(se) ? se : null });
    const interval = logScaleInterval(estimate, se);
    if (interval) rows.push({ metric: `${label}, 95% interval`, value: interval, raw: interval });
  });
  rows.push({ metric: `${fit.label} log-likelihood`, value: formatDecimal(fit.logLikelihood ?? null), raw: fit.logLikelihood ?? null });
  rows.push({ metric: `${fit.label} BIC`, value: formatDecimal(fit.bic ?? null), raw: fit.bic ?? null });
  if (gammaGamma?.params) {
    rows.push(
      { metric: 'Gamma-Gamma p', value: significant(gammaGamma.params.p), raw: gammaGamma.params.p },
      { metric: 'Gamma-Gamma q', value: significant(gammaGamma.params.q), raw: gammaGamma.params.q },
      { metric: `Gamma-Gamma γ${currency ? ` (${currency})` : ''}`, value: significant(gammaGamma.params.gamma / minorPerMajor(currency)), raw: gammaGamma.params.gamma / minorPerMajor(currency) },
      { metric: 'Gamma-Gamma log-likelihood', value: formatDecimal(gammaGammaLogLikelihood(gammaGamma) ?? null), raw: gammaGammaLogLikelihood(gammaGamma) ?? null },
    );
  }
  const notes = [
    `${fit.label} on ${formatInteger(fit.customers)} customers${fit.diagnostics ? ` (${fit.diagnostics.converged ? 'converged' : 'did not converge'})` : ''}; standard errors from the observed information.`,
  ];
  if (dropout) {
    notes.push(
      `Dropout against none: likelihood-ratio statistic ${dropout.statistic.toFixed(2)}, p ${dropout.pValue < 0.001 ? '< 0.001' : `= ${dropout.pValue.toFixed(3)}`} (${dropout.identified ? 'the data show dropout' : 'not identified: P(alive) is not supported'}).`,
    );
  }
  return {
    title: 'Model parameters',
    columns: [
      { key: 'metric', label: 'Metric' },
      { key: 'value', label: 'Value', align: 'right' },
    ],
    rows,
    notes,
  };
}

/** --model auto: each model's fit and holdout error, the chosen one marked. */
export function modelComparisonGrid(selection: ModelSelection): Grid {
  const holdout = selection.criterion === 'holdout-rmse';
  const fixed = (digits: number) => (value: CellValue) => (typeof value === 'number' && Number.isFinite(value) ? value.toFixed(digits) : '–');
  return {
    title: 'Model comparison',
    columns: [
      { key: 'label', label: 'Model' },
      { key: 'logLikelihood', label: 'Log-likelihood', align: 'right', format: fixed(2) },
      { key: 'bic', label: 'BIC', align: 'right', format: fixed(2) },
      ...(holdout
        ? [
            { key: 'mae', label: 'Holdout MAE', align: 'right' as const, format: fixed(4) },
            { key: 'rmse', label: 'Holdout RMSE', align: 'right' as const, format: fixed(4) },
          ]
        : []),
      { key: 'chosen', label: 'Chosen' },
    ],
    rows: selection.comparison.map((row) => ({
      label: row.label,
      logLikelihood: row.logLikelihood,
      bic: row.bic,
      mae: row.holdout?.mae ?? null,
      rmse: row.holdout?.rmse ?? null,
      chosen: row.selected ? 'yes' : '',
    })),
    notes: [holdout ? 'Chosen by the smallest per-customer RMSE of predicted against actual holdout purchases.' : 'No holdout (--calibration-end): chosen by the smallest BIC.'],
  };
}
