/**
 * The three purchase-count models side by side — BG/NBD, Pareto/NBD, MBG/NBD — behind one
 * interface: fit, log-likelihood, P(alive), expected purchases; their standard errors; the test
 * whether the data show dropout at all; and `auto`, which fits all three on the calibration
 * period and picks the one with the smallest per-customer holdout RMSE when there is a holdout,
 * else the smallest BIC. docs/definitions.md (LTV models) defines each figure.
 */
import { aggregateBgNbd, bgNbdLogLikelihood, type BgNbdAggregate, type BgNbdData } from './bgnbd-likelihood.js';
import { fitBgNbd, type BgNbdFit } from './bgnbd.js';
import { bgNbdPredictor, type CountingPredictor } from './clv.js';
import { fitMbgNbd, MBGNBD_PARAMETERS, mbgNbdConditionalExpectedPurchases, mbgNbdExpectedPurchases, mbgNbdLogLikelihood, mbgNbdProbabilityAlive } from './mbgnbd.js';
import { mbgNbdProbabilityNoPurchase, paretoNbdProbabilityNoPurchase } from './no-purchase-forms.js';
import { fitNbd } from './nbd.js';
import { fitParetoNbd, PNBD_PARAMETERS, paretoNbdConditionalExpectedPurchases, paretoNbdExpectedPurchases, paretoNbdLogLikelihood, paretoNbdProbabilityAlive } from './pnbd.js';
import { dropoutTest, observedInformation, type DropoutTest, type ParameterUncertainty } from './uncertainty.js';
import type { FitDiagnostics, LtvWarning } from './types.js';

export type CountingModel = 'bgnbd' | 'pnbd' | 'mbgnbd';
export const COUNTING_MODELS: readonly CountingModel[] = ['bgnbd', 'pnbd', 'mbgnbd'];
/** What --model may ask of the predictive path: one model, or `auto`. */
export type CountingModelChoice = CountingModel | 'auto';
export const COUNTING_MODEL_CHOICES: readonly CountingModelChoice[] = [...COUNTING_MODELS, 'auto'];

/** What each model is, in one place. */
interface ModelSpec {
  label: string;
  names: readonly string[];
  fit(data: BgNbdData): { params?: Record<string, number>; logLikelihood?: number; diagnostics?: FitDiagnostics; warnings: LtvWarning[] };
  logLikelihood(params: readonly number[], data: BgNbdAggregate): number;
  predictor(params: readonly number[]): CountingPredictor;
}

const four = (v: readonly number[]): [number, number, number, number] => [v[0]!, v[1]!, v[2]!, v[3]!];
const bgParams = (v: readonly number[]) => {
  const [r, alpha, a, b] = four(v);
  return { r, alpha, a, b };
};
const pnbdParams = (v: readonly number[]) => {
  const [r, alpha, s, beta] = four(v);
  return { r, alpha, s, beta };
};

const SPECS: Record<CountingModel, ModelSpec> = {
  bgnbd: {
    label: 'BG/NBD',
    names: ['r', 'alpha', 'a', 'b'],
    fit: (data) => {
      const fit = fitBgNbd(data);
      return fit.params ? { ...fit, params: { ...fit.params } } : { warnings: fit.warnings };
    },
    logLikelihood: (v, data) => bgNbdLogLikelihood(bgParams(v), data),
    predictor: (v) => bgNbdPredictor(bgParams(v)),
  },
  pnbd: {
    label: 'Pareto/NBD',
    names: PNBD_PARAMETERS,
    fit: (data) => {
      const fit = fitParetoNbd(data);
      return fit.params ? { ...fit, params: { ...fit.params } } : { warnings: fit.warnings };
    },
    logLikelihood: (v, data) => paretoNbdLogLikelihood(pnbdParams(v), data),
    predictor: (v) => {
      const params = pnbdParams(v);
      return {
        probabilityAlive: (x, tx, T) => paretoNbdProbabilityAlive(params, x, tx, T),
        conditionalExpectedPurchases: (t, x, tx, T) => paretoNbdConditionalExpectedPurchases(params, t, x, tx, T),
        probabilityNoPurchase: (t, x, tx, T) => paretoNbdProbabilityNoPurchase(params, t, x, tx, T),
        expectedPurchases: (t) => paretoNbdExpectedPurchases(params, t),
      };
    },
  },
  mbgnbd: {
    label: 'MBG/NBD',
    names: MBGNBD_PARAMETERS,
    fit: (data) => {
      const fit = fitMbgNbd(data);
      return fit.params ? { ...fit, params: { ...fit.params } } : { warnings: fit.warnings };
    },
    logLikelihood: (v, data) => mbgNbdLogLikelihood(bgParams(v), data),
    predictor: (v) => {
      const params = bgParams(v);
      return {
        probabilityAlive: (x, tx, T) => mbgNbdProbabilityAlive(params, x, tx, T),
        conditionalExpectedPurchases: (t, x, tx, T) => mbgNbdConditionalExpectedPurchases(params, t, x, tx, T),
        probabilityNoPurchase: (t, x, tx, T) => mbgNbdProbabilityNoPurchase(params, t, x, tx, T),
        expectedPurchases: (t) => mbgNbdExpectedPurchases(params, t),
      };
    },
  },
};

/** Display name of a model ("Pareto/NBD"). */
export function countingModelLabel(model: CountingModel): string {
  return SPECS[model].label;
}

/** One fitted counting model with what care reports about it. */
export interface CountingFit {
  model: CountingModel;
  label: string;
  names: readonly string[];
  /** Named parameters; undefined when no fit was possible. */
  params?: Record<string, number>;
  logLikelihood?: number;
  customers: number;
  /** Information criteria, −2 LL + k ln n and −2 LL + 2k (k parameters, n customers). */
  bic?: number;
  aic?: number;
  diagnostics?: FitDiagnostics;
  uncertainty?: ParameterUncertainty;
  warnings: LtvWarning[];
}

/** The parameter vector of a fit, in the order of its names. */
export function parameterVector(fit: CountingFit): number[] | undefined {
  return fit.params ? fit.names.map((name) => fit.params![name]!) : undefined;
}

/** The predictor of a fitted model (undefined without a fit), or of a parameter vector. */
export function countingPredictor(model: CountingModel, params: readonly number[]): CountingPredictor {
  return SPECS[model].predictor(params);
}

/** Fits one counting model, with standard errors from the observed information. */
export function fitCountingModel(model: CountingModel, data: BgNbdData, aggregate: BgNbdAggregate = aggregateBgNbd(data)): CountingFit {
  return completeFit(model, SPECS[model].fit(data), aggregate);
}

/**
 * A BG/NBD fit already made (bgnbd.ts) as a CountingFit: no second fit. Standard errors unless
 * `standardErrors` is false (plain --model bgnbd shows none, and they cost 33 likelihood evaluations).
 */
export function countingFitFromBgNbd(fit: BgNbdFit, aggregate: BgNbdAggregate, standardErrors = true): CountingFit {
  return completeFit('bgnbd', fit.params ? { ...fit, params: { ...fit.params } } : { warnings: fit.warnings }, aggregate, standardErrors);
}

/** Information criteria and (unless asked not to) standard errors of a fit. */
function completeFit(model: CountingModel, fit: ReturnType<ModelSpec['fit']>, aggregate: BgNbdAggregate, standardErrors = true): CountingFit {
  const spec = SPECS[model];
  const result: CountingFit = { model, label: spec.label, names: spec.names, customers: aggregate.customers, warnings: [...fit.warnings] };
  if (!fit.params || fit.logLikelihood === undefined) return result;
  const vector = spec.names.map((name) => fit.params![name]!);
  const k = vector.length;
  const n = aggregate.customers;
  const uncertainty = standardErrors ? observedInformation((v) => spec.logLikelihood(v, aggregate), vector, spec.names) : undefined;
  Object.assign(result, {
    params: fit.params,
    logLikelihood: fit.logLikelihood,
    bic: -2 * fit.logLikelihood + k * Math.log(n),
    aic: -2 * fit.logLikelihood + 2 * k,
    ...(fit.diagnostics ? { diagnostics: fit.diagnostics } : {}),
    ...(uncertainty ? { uncertainty } : {}),
  });
  if (uncertainty?.standardErrors.some((se) => !Number.isFinite(se))) {
    result.warnings.push({
      code: 'CARE_LTV_NO_STANDARD_ERRORS',
      message: `the ${spec.label} log-likelihood is flat or not at a maximum in some direction: no standard errors, and no intervals`,
    });
  }
  return result;
}

/** The dropout test of a fit against the NBD without dropout, and its warning when dropout is not identified. */
export function dropoutCheck(fit: CountingFit, aggregate: BgNbdAggregate): { test?: DropoutTest; warnings: LtvWarning[] } {
  if (fit.logLikelihood === undefined) return { warnings: [] };
  const nbd = fitNbd(aggregate);
  if (!nbd) return { warnings: [] };
  const test = dropoutTest(fit.logLikelihood, nbd.logLikelihood);
  if (test.identified) return { test, warnings: [] };
  return {
    test,
    warnings: [
      {
        code: 'CARE_LTV_DROPOUT_NOT_IDENTIFIED',
        message: `the data cannot tell ${fit.label}'s dropout from no dropout at all (likelihood-ratio statistic ${test.statistic.toFixed(2)}, p = ${test.pValue.toFixed(2)}): P(alive) and churn are not supported by these data; expected purchases still are`,
      },
    ],
  };
}

/** One row of the `auto` comparison table. */
export interface ModelComparisonRow {
  model: CountingModel;
  label: string;
  logLikelihood: number | null;
  parameters: number;
  aic: number | null;
  bic: number | null;
  /** Per-customer error of predicted against actual holdout purchases; absent without a holdout. */
  holdout?: { mae: number; rmse: number; predicted: number; actual: number };
  converged: boolean;
  selected: boolean;
}

/** Which criterion `auto` picked the model by. */
export type SelectionCriterion = 'holdout-rmse' | 'bic';

/**
 * Per-customer holdout error of a fitted model: predicted purchases in the holdout (of length
 * `holdoutLength` in the fit's unit) against `actual` purchases per customer row.
 */
export function holdoutError(predictor: CountingPredictor, data: BgNbdData, holdoutLength: number, actual: ArrayLike<number>): NonNullable<ModelComparisonRow['holdout']> {
  let absolute = 0;
  let squared = 0;
  let predicted = 0;
  let total = 0;
  const n = data.x.length;
  for (let i = 0; i < n; i++) {
    const forecast = predictor.conditionalExpectedPurchases(holdoutLength, data.x[i]!, data.tx[i]!, data.T[i]!);
    const error = forecast - actual[i]!;
    absolute += Math.abs(error);
    squared += error * error;
    predicted += forecast;
    total += actual[i]!;
  }
  return { mae: n > 0 ? absolute / n : NaN, rmse: n > 0 ? Math.sqrt(squared / n) : NaN, predicted, actual: total };
}

/** The models `auto` compared, the chosen one and why. */
export interface ModelSelection {
  criterion: SelectionCriterion;
  chosen: CountingFit;
  fits: CountingFit[];
  comparison: ModelComparisonRow[];
}

/**
 * Fits every counting model (BG/NBD's fit may be passed in) and picks one: by per-customer holdout RMSE when `holdout` is
 * given (ties to the simpler story, in the order BG/NBD, Pareto/NBD, MBG/NBD), else by BIC.
 * Models without a fit are listed and never chosen; undefined when no model could be fitted.
 */
export function selectCountingModel(data: BgNbdData, holdout?: { length: number; actual: ArrayLike<number> }, bgnbd?: BgNbdFit): ModelSelection | undefined {
  const aggregate = aggregateBgNbd(data);
  // The BG/NBD fit already made by the caller, when there is one, is not made twice.
  const fits = COUNTING_MODELS.map((model) => (model === 'bgnbd' && bgnbd ? countingFitFromBgNbd(bgnbd, aggregate) : fitCountingModel(model, data, aggregate)));
  const rows: ModelComparisonRow[] = fits.map((fit) => {
    const vector = parameterVector(fit);
    return {
      model: fit.model,
      label: fit.label,
      logLikelihood: fit.logLikelihood ?? null,
      parameters: fit.names.length,
      aic: fit.aic ?? null,
      bic: fit.bic ?? null,
      ...(holdout && vector ? { holdout: holdoutError(countingPredictor(fit.model, vector), data, holdout.length, holdout.actual) } : {}),
      converged: fit.diagnostics?.converged ?? false,
      selected: false,
    };
  });
  const criterion: SelectionCriterion = holdout ? 'holdout-rmse' : 'bic';
  const score = (row: ModelComparisonRow): number => (criterion === 'holdout-rmse' ? (row.holdout?.rmse ?? NaN) : (row.bic ?? NaN));
  let best = -1;
  rows.forEach((row, i) => {
    if (!Number.isFinite(score(row))) return;
    if (best < 0 || score(row) < score(rows[best]!)) best = i;
  });
  if (best < 0) return undefined;
  rows[best]!.selected = true;
  return { criterion, chosen: fits[best]!, fits, comparison: rows };
}
