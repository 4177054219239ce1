/**
 * Fitting the BG/NBD model (Fader, Hardie & Lee 2005) by maximum likelihood: several BFGS
 * starts over log-parameters, convergence and agreement of the starts reported, and
 * warnings (not exceptions, not garbage) when the data cannot support a fit.
 */
import { aggregateBgNbd, bgNbdLogLikelihood, type BgNbdAggregate, type BgNbdData } from './bgnbd-likelihood.js';
import { fitDiagnostics, minimizeFromStarts } from './optimize.js';
import type { BgNbdParams, FitDiagnostics, LtvWarning } from './types.js';
import { type CountingFit, fitBase } from './model-fit.js';

/** Options of `fitBgNbd`. */
export interface BgNbdFitOptions {
  /** Fewer customers with a repeat purchase than this and no fit is attempted (default 20). */
  minRepeatCustomers?: number;
  /** Starting points; by default three spread around the data's purchase rate. */
  starts?: BgNbdParams[];
  /** Gradient tolerance on the mean negative log-likelihood over log-parameters (default 1e-7). */
  gradientTolerance?: number;
  /** Iteration limit of each optimiser run (default 200). */
  maxIterations?: number;
}

/** A BG/NBD fit: parameters and log-likelihood when a fit was possible, and what to warn about. */
export type BgNbdFit = CountingFit<BgNbdParams>;

/**
 * The search runs over θ = (ln r, ln(α / scale), ln a, ln b), with `scale` a typical time
 * between purchases in the data's unit, so the box |θᵢ| ≤ 15 (a factor of 3e6 either way)
 * means the same in days, weeks or months; a fit that reaches it is running off to a limit.
 */
const LOG_BOUND = 15;

function toParams(theta: readonly number[], scale: number): BgNbdParams {
  return { r: Math.exp(theta[0]!), alpha: scale * Math.exp(theta[1]!), a: Math.exp(theta[2]!), b: Math.exp(theta[3]!) };
}

function toTheta(params: BgNbdParams, scale: number): number[] {
  return [Math.log(params.r), Math.log(params.alpha / scale), Math.log(params.a), Math.log(params.b)];
}

/** A typical time between purchases: mean age over mean repeat purchases per customer. */
function timeScale(data: BgNbdAggregate): number {
  const gap = data.meanT / Math.max(data.totalRepeatPurchases / Math.max(data.customers, 1), 1e-3);
  return gap > 0 && Number.isFinite(gap) ? gap : 1;
}

/** Starting points around the data's purchase rate (α / r is a mean time between purchases). */
function defaultStarts(scale: number): BgNbdParams[] {
  return [
    { r: 1, alpha: scale, a: 1, b: 1 },
    { r: 0.3, alpha: 0.3 * scale, a: 0.5, b: 3 },
    { r: 3, alpha: 3 * scale, a: 2, b: 10 },
  ];
}

/**
 * The objective over θ = (ln r, ln(α / scale), ln a, ln b): mean negative log-likelihood per
 * customer, and its gradient; infinite outside the search box.
 */
export function bgNbdObjective(data: BgNbdAggregate, scale: number): (theta: readonly number[]) => { value: number; gradient: number[] } {
  const gradient = new Float64Array(4);
  return (theta) => {
    if (theta.some((value) => !(Math.abs(value) <= LOG_BOUND))) return { value: Infinity, gradient: [0, 0, 0, 0] };
    const params = toParams(theta, scale);
    const ll = bgNbdLogLikelihood(params, data, gradient);
    const n = data.customers;
    // Chain rule for log-parameters: ∂/∂θᵢ = paramᵢ · ∂/∂paramᵢ (the scale cancels for α).
    return {
      value: -ll / n,
      gradient: [
        (-gradient[0]! * params.r) / n,
        (-gradient[1]! * params.alpha) / n,
        (-gradient[2]! * params.a) / n,
        (-gradient[3]! * params.b) / n,
      ],
    };
  };
}

/** Fits BG/NBD to per-customer (x, t_x, T) by maximum likelihood. */
export function fitBgNbd(data: BgNbdData, options: BgNbdFitOptions = {}): BgNbdFit {
  const aggregate = aggregateBgNbd(data);
  const { base, tooFew } = fitBase(aggregate, 'BG/NBD', options.minRepeatCustomers);
  if (tooFew) return tooFew;
  const scale = timeScale(aggregate);
  const starts = (options.starts ?? defaultStarts(scale)).map((start) => toTheta(start, scale));
  const result = minimizeFromStarts(bgNbdObjective(aggregate, scale), starts, {
    gradientTolerance: options.gradientTolerance ?? 1e-7,
    maxIterations: options.maxIterations ?? 200,
    agreement: 1e-6,
    bound: LOG_BOUND,
  });
  const params = toParams(result.best.x, scale);
  const diagnostics: FitDiagnostics = fitDiagnostics(result);
  const warnings = fitWarnings(params, scale, diagnostics, result.best.message);
  return { ...base, params, logLikelihood: bgNbdLogLikelihood(params, aggregate), diagnostics, warnings };
}

function fitWarnings(params: BgNbdParams, scale: number, diagnostics: FitDiagnostics, message: string): LtvWarning[] {
  const warnings: LtvWarning[] = [];
  if (!diagnostics.converged) {
    warnings.push({
      code: 'CARE_LTV_NOT_CONVERGED',
      message: `BG/NBD fit did not converge (${message}; gradient ${diagnostics.gradientNorm.toExponential(1)}): treat its numbers as rough`,
    });
  } else if (diagnostics.startsAtBest < Math.min(2, diagnostics.starts)) {
    warnings.push({
      code: 'CARE_LTV_STARTS_DISAGREE',
      message: `only ${diagnostics.startsAtBest} of ${diagnostics.starts} optimiser starts reached the best BG/NBD fit: the likelihood may have several optima`,
    });
  }
  // r, a, b are unitless; α is in time units, so judge it against the data's time scale.
  const extreme = (value: number): boolean => !(value > 1e-4 && value < 1e4);
  const degenerate = [
    extreme(params.r) ? `r = ${params.r.toPrecision(3)}` : undefined,
    extreme(params.alpha / scale) ? `α = ${params.alpha.toPrecision(3)}` : undefined,
    extreme(params.a) ? `a = ${params.a.toPrecision(3)}` : undefined,
    extreme(params.b) ? `b = ${params.b.toPrecision(3)}` : undefined,
  ].filter((text): text is string => text !== undefined);
  if (degenerate.length > 0) {
    warnings.push({
      code: 'CARE_LTV_DEGENERATE_PARAMETERS',
      message: `BG/NBD parameters ran towards a limit (${degenerate.join(', ')}): the data say little about purchase rates or dropout, so predictions are unreliable`,
    });
  }
  return warnings;
}
