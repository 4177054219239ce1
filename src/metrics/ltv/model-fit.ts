/**
 * Maximum-likelihood fitting shared by the counting models that have no hand-written gradient
 * (Pareto/NBD, MBG/NBD, the NBD without dropout): the same multi-start BFGS over
 * log-parameters as the BG/NBD fit (optimize.ts), with the gradient taken by central
 * differences in the log-parameters, and the same warnings when the fit cannot be trusted.
 *
 * Each parameter is searched as θᵢ = ln(pᵢ / scaleᵢ): a rate parameter (α, β) is scaled by a
 * typical time between purchases, so the box |θᵢ| ≤ 15 means the same in days, weeks or
 * months; a fit that reaches the box's edge is running off to a limit.
 */
import { fitDiagnostics, minimizeFromStarts } from './optimize.js';
import type { FitDiagnostics, LtvWarning } from './types.js';

export const LOG_BOUND = 15;

/** What `fitByLogParameters` needs to know about a model. */
export interface LogParameterModel {
  /** Display name in warnings ("Pareto/NBD"). */
  label: string;
  /** Parameter names, in the order of the vectors below ("r", "alpha", …). */
  names: readonly string[];
  /** Per parameter: the scale θ is measured against (1 for unitless parameters). */
  scales: readonly number[];
  /** Total log-likelihood at a parameter vector; may return −Infinity or NaN where undefined. */
  logLikelihood: (params: readonly number[]) => number;
  /** Customers the likelihood sums over (the objective is per customer, so tolerances do not depend on n). */
  customers: number;
  starts: readonly (readonly number[])[];
}

/** Options of `fitByLogParameters`. */
export interface LogParameterFitOptions {
  gradientTolerance?: number;
  maxIterations?: number;
}

/** A fitted parameter vector with its log-likelihood, how the optimiser fared, and warnings. */
export interface LogParameterFit {
  params: number[];
  logLikelihood: number;
  diagnostics: FitDiagnostics;
  warnings: LtvWarning[];
}

/** Central-difference step in θ: balances truncation (h²) against rounding (ε / h) for a smooth objective. */
const STEP = 1e-5;

/** Mean negative log-likelihood over θ and its central-difference gradient; infinite outside the box. */
function objective(model: LogParameterModel): (theta: readonly number[]) => { value: number; gradient: number[] } {
  const k = model.names.length;
  const value = (theta: readonly number[]): number => {
    if (theta.some((t) => !(Math.abs(t) <= LOG_BOUND))) return Infinity;
    const ll = model.logLikelihood(theta.map((t, i) => model.scales[i]! * Math.exp(t)));
    return Number.isFinite(ll) ? -ll / model.customers : Infinity;
  };
  return (theta) => {
    const center = value(theta);
    if (!Number.isFinite(center)) return { value: Infinity, gradient: new Array<number>(k).fill(0) };
    const gradient = theta.map((_, i) => {
      const up = [...theta];
      const down = [...theta];
      up[i] = theta[i]! + STEP;
      down[i] = theta[i]! - STEP;
      return (value(up) - value(down)) / (2 * STEP);
    });
    return { value: center, gradient: gradient.map((g) => (Number.isFinite(g) ? g : 0)) };
  };
}

/** Fits a model by maximum likelihood over log-parameters from several starts. */
export function fitByLogParameters(model: LogParameterModel, options: LogParameterFitOptions = {}): LogParameterFit {
  const toTheta = (params: readonly number[]): number[] => params.map((p, i) => Math.log(p / model.scales[i]!));
  const result = minimizeFromStarts(objective(model), model.starts.map(toTheta), {
    // Finite-difference gradients are good to ~1e-10: ask for a little less than the analytic fits do.
    gradientTolerance: options.gradientTolerance ?? 1e-6,
    maxIterations: options.maxIterations ?? 200,
    agreement: 1e-6,
    bound: LOG_BOUND,
  });
  const params = result.best.x.map((t, i) => model.scales[i]! * Math.exp(t));
  const diagnostics: FitDiagnostics = { ...fitDiagnostics(result), method: 'BFGS over log-parameters (numerical gradient)' };
  return { params, logLikelihood: model.logLikelihood(params), diagnostics, warnings: fitWarnings(model, params, diagnostics, result.best.message) };
}

/** Not converged, starts that disagree, parameters running to a limit: as the BG/NBD fit reports them. */
export function fitWarnings(model: Pick<LogParameterModel, 'label' | 'names' | 'scales'>, params: readonly number[], diagnostics: FitDiagnostics, message: string): LtvWarning[] {
  const warnings: LtvWarning[] = [];
  if (!diagnostics.converged) {
    warnings.push({
      code: 'CARE_LTV_NOT_CONVERGED',
      message: `${model.label} fit did not converge (${message}; gradient ${diagnostics.gradientNorm.toExponential(1)}): treat its numbers as rough`,
    });
  } else if (diagnostics.startsAtBest < Math.min(2, diagnostics.starts)) {
    warnings.push({
      code: 'CARE_LTV_STARTS_DISAGREE',
      message: `only ${diagnostics.startsAtBest} of ${diagnostics.starts} optimiser starts reached the best ${model.label} fit: the likelihood may have several optima`,
    });
  }
  const degenerate = params
    .map((p, i) => (p / model.scales[i]! > 1e-4 && p / model.scales[i]! < 1e4 ? undefined : `${model.names[i]} = ${p.toPrecision(3)}`))
    .filter((text): text is string => text !== undefined);
  if (degenerate.length > 0) {
    warnings.push({
      code: 'CARE_LTV_DEGENERATE_PARAMETERS',
      message: `${model.label} parameters ran towards a limit (${degenerate.join(', ')}): the data say little about purchase rates or dropout, so predictions are unreliable`,
    });
  }
  return warnings;
}

/** A typical time between purchases: mean age over mean repeat purchases per customer (as the BG/NBD fit scales α). */
export function purchaseTimeScale(customers: number, totalRepeatPurchases: number, meanT: number): number {
  const gap = meanT / Math.max(totalRepeatPurchases / Math.max(customers, 1), 1e-3);
  return gap > 0 && Number.isFinite(gap) ? gap : 1;
}

/** A purchase-count model's fit (BG/NBD, Pareto/NBD, MBG/NBD): parameters when a fit was possible, and what to warn about. */
export interface CountingFit<Params> {
  params?: Params;
  logLikelihood?: number;
  customers: number;
  repeatCustomers: number;
  /** Distinct (x, t_x, T) rows the likelihood was evaluated on. */
  distinctRows: number;
  diagnostics?: FitDiagnostics;
  warnings: LtvWarning[];
}

/** Fewer repeat customers than this and no model is fitted. */
export const DEFAULT_MIN_REPEAT_CUSTOMERS = 20;

/**
 * The counts every fit reports, and — when too few customers bought again to fit `label` — the
 * result that says so instead of a fit.
 */
export function fitBase(aggregate: { customers: number; repeatCustomers: number; rows: number }, label: string, minRepeatCustomers = DEFAULT_MIN_REPEAT_CUSTOMERS) {
  const base = { customers: aggregate.customers, repeatCustomers: aggregate.repeatCustomers, distinctRows: aggregate.rows };
  if (aggregate.repeatCustomers >= Math.max(minRepeatCustomers, 1)) return { base, tooFew: undefined };
  const warning: LtvWarning = {
    code: 'CARE_LTV_TOO_FEW_REPEAT_CUSTOMERS',
    message: `only ${aggregate.repeatCustomers} of ${aggregate.customers} customers bought again (at least ${minRepeatCustomers} are needed to fit ${label})`,
  };
  return { base, tooFew: { ...base, warnings: [warning] } };
}

