/**
 * The purchase-count models of --model pnbd, mbgnbd, auto (and bgnbd with --intervals) as
 * grids: the chosen model's parameters with their standard errors and the dropout test, and
 * auto's comparison table. Metric/value grids carry a `raw` column for CSV, as in ltv-view.ts.
 */
import { say } from '../i18n/index.js';
import type { Locale } from '../locale.js';
import type { CountingFit, ModelSelection } from '../metrics/ltv/counting-models.js';
import type { GammaGammaFit } from '../metrics/ltv/gamma-gamma.js';
import type { TimeUnit } from '../metrics/ltv/types.js';
import type { DropoutTest } from '../metrics/ltv/uncertainty.js';
import { minorPerMajor } from '../money/index.js';
import { formatDecimal, formatInteger } from './format.js';
import { type CellValue, type Grid, type GridText, gridText } from './grid.js';
import { METRIC_COLUMNS, gammaGammaLogLikelihood, textIn, unitText } from './ltv-view.js';

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

/** The chosen model's parameters (with standard errors), log-likelihood and BIC, then Gamma-Gamma's; the words of the names in `lang`. */
export function countingFitGrid(fit: CountingFit, gammaGamma: GammaGammaFit | undefined, dropout: DropoutTest | undefined, unit: TimeUnit, currency?: string, lang?: Locale): Grid {
  const text = textIn(lang);
  const rows: { metric: string; value: string; raw: CellValue }[] = [];
  const errors = fit.uncertainty?.standardErrors;
  fit.names.forEach((name, i) => {
    const label = `${fit.label} ${SYMBOLS[name] ?? name}${TIMED.has(name) ? ` (${unitText(unit, lang)})` : ''}`;
    const estimate = fit.params?.[name];
    const se = errors?.[i];
    rows.push({ metric: label, value: `${significant(estimate)}${se !== undefined && Number.isFinite(se) ? ` (SE ${significant(se, 2)})` : ''}`, raw: estimate ?? null });
    rows.push({ metric: text('table.ltv.standardError', { label }), value: significant(se, 2), raw: se !== undefined && Number.isFinite(se) ? se : null });
    const interval = logScaleInterval(estimate, se);
    if (interval) rows.push({ metric: text('table.ltv.interval95', { label }), value: interval, raw: interval });
  });
  rows.push({ metric: text('table.ltv.logLikelihood', { model: fit.label }), value: formatDecimal(fit.logLikelihood ?? null), raw: fit.logLikelihood ?? null });
  rows.push({ metric: `${fit.label} BIC`, value: formatDecimal(fit.bic ?? null), raw: fit.bic ?? null });
  if (gammaGamma?.params) {
    rows.push(
      { metric: 'Gamma-Gamma p', value: significant(gammaGamma.params.p), raw: gammaGamma.params.p },
      { metric: 'Gamma-Gamma q', value: significant(gammaGamma.params.q), raw: gammaGamma.params.q },
      { metric: `Gamma-Gamma γ${currency ? ` (${currency})` : ''}`, value: significant(gammaGamma.params.gamma / minorPerMajor(currency)), raw: gammaGamma.params.gamma / minorPerMajor(currency) },
      { metric: text('table.ltv.logLikelihood', { model: 'Gamma-Gamma' }), value: formatDecimal(gammaGammaLogLikelihood(gammaGamma) ?? null), raw: gammaGammaLogLikelihood(gammaGamma) ?? null },
    );
  }
  const fitted = { model: fit.label, customers: formatInteger(fit.customers) };
  const notes: GridText[] = [say(fit.diagnostics === undefined ? 'table.ltv.fitNote' : fit.diagnostics.converged ? 'table.ltv.fitNoteConverged' : 'table.ltv.fitNoteNotConverged', fitted)];
  if (dropout) {
    const test = { statistic: dropout.statistic.toFixed(2), p: dropout.pValue < 0.001 ? '< 0.001' : `= ${dropout.pValue.toFixed(3)}` };
    notes.push(say(dropout.identified ? 'table.ltv.dropoutNote' : 'table.ltv.dropoutNotIdentifiedNote', test));
  }
  return { title: say('table.ltv.parametersTitle'), columns: METRIC_COLUMNS, rows, notes };
}

/** --model auto: each model's fit and holdout error, the chosen one marked (in `lang`). */
export function modelComparisonGrid(selection: ModelSelection, lang?: Locale): Grid {
  const holdout = selection.criterion === 'holdout-rmse';
  const fixed = (digits: number) => (value: CellValue) => (typeof value === 'number' && Number.isFinite(value) ? value.toFixed(digits) : '–');
  return {
    title: say('table.ltv.comparisonTitle'),
    columns: [
      { key: 'label', label: say('table.ltv.model') },
      { key: 'logLikelihood', label: say('table.ltv.logLikelihoodColumn'), align: 'right', format: fixed(2) },
      { key: 'bic', label: 'BIC', align: 'right', format: fixed(2) },
      ...(holdout
        ? [
            { key: 'mae', label: say('table.ltv.holdoutMae'), align: 'right' as const, format: fixed(4) },
            { key: 'rmse', label: say('table.ltv.holdoutRmse'), align: 'right' as const, format: fixed(4) },
          ]
        : []),
      { key: 'chosen', label: say('table.ltv.chosen') },
    ],
    rows: selection.comparison.map((row) => ({
      label: row.label,
      logLikelihood: row.logLikelihood,
      bic: row.bic,
      mae: row.holdout?.mae ?? null,
      rmse: row.holdout?.rmse ?? null,
      chosen: row.selected ? gridText(say('table.ltv.yes'), lang) : '',
    })),
    notes: [say(holdout ? 'table.ltv.chosenByRmse' : 'table.ltv.chosenByBic')],
  };
}
