/**
 * The Gamma-Gamma model of spend per purchase (Fader & Hardie 2013, "The Gamma-Gamma model
 * of monetary value"; first in Fader, Hardie & Lee 2005, "RFM and CLV"). A customer's spends
 * are Gamma(p, ν) around their own mean p / ν, and ν varies across customers as
 * Gamma(q, γ). Fitted on the repeat customers' mean spend m_x over x repeat purchases.
 *
 * The model assumes spend is independent of purchase frequency: the fit reports the Pearson
 * correlation between x and m_x, and warns when it is large.
 */
import { fitDiagnostics, minimizeFromStarts } from './optimize.js';
import { digamma, lgamma } from './special.js';
import type { FitDiagnostics, GammaGammaParams, LtvWarning } from './types.js';

/** Per-customer inputs: repeat purchases x and mean spend of those purchases (any currency unit). */
export interface GammaGammaData {
  x: ArrayLike<number>;
  monetary: ArrayLike<number>;
}

/** Options of `fitGammaGamma`. */
export interface GammaGammaFitOptions {
  /** Fewer usable repeat customers than this and no fit is attempted (default 20). */
  minRepeatCustomers?: number;
  /** |Pearson correlation| of x and m_x at or above which the independence warning is given (default 0.3). */
  correlationThreshold?: number;
  starts?: GammaGammaParams[];
  gradientTolerance?: number;
}

/** A Gamma-Gamma fit, its independence check and what was left out. */
export interface GammaGammaFit {
  params?: GammaGammaParams;
  logLikelihood?: number;
  /** Customers with x > 0 and a positive mean spend: those fitted. */
  customers: number;
  /** Customers with x > 0 left out because their mean spend was zero, negative or missing. */
  excludedNonPositive: number;
  /** Pearson correlation between x and m_x over the fitted customers (NaN with fewer than 2). */
  frequencySpendCorrelation: number;
  diagnostics?: FitDiagnostics;
  warnings: LtvWarning[];
}

/** Bound of the search box over log-parameters (a factor of 3e6 either way). */
const LOG_BOUND = 15;

interface SpendRows {
  x: Float64Array;
  /** Index of the row's x among the distinct values `xs` (x takes few values: per-x terms are computed once). */
  xIndex: Int32Array;
  xs: Float64Array;
  m: Float64Array;
  logM: Float64Array;
  logX: Float64Array;
}

/**
 * The customers with repeat purchases and a positive mean spend, ordered by x and then by mean
 * spend rather than as they arrived: the likelihood's sum then runs in one order whatever order
 * the customers come in (a CSV's or an engine's), and so does the fit over its flat likelihood.
 */
function usableRows(data: GammaGammaData): { rows: SpendRows; excluded: number } {
  const spendsOfX = new Map<number, number[]>();
  let excluded = 0;
  for (let i = 0; i < data.x.length; i++) {
    const xi = data.x[i]!;
    if (!(xi > 0)) continue;
    const mi = data.monetary[i]!;
    if (!(mi > 0 && Number.isFinite(mi))) {
      excluded++;
      continue;
    }
    const spends = spendsOfX.get(xi);
    if (spends === undefined) spendsOfX.set(xi, [mi]);
    else spends.push(mi);
  }
  const x: number[] = [];
  const m: number[] = [];
  for (const xi of [...spendsOfX.keys()].sort((a, b) => a - b)) {
    for (const mi of Float64Array.from(spendsOfX.get(xi)!).sort()) {
      x.push(xi);
      m.push(mi);
    }
  }
  const distinct = new Map<number, number>();
  for (const xi of x) if (!distinct.has(xi)) distinct.set(xi, distinct.size);
  const rows: SpendRows = {
    x: Float64Array.from(x),
    xIndex: Int32Array.from(x, (xi) => distinct.get(xi)!),
    xs: Float64Array.from(distinct.keys()),
    m: Float64Array.from(m),
    logM: Float64Array.from(m, Math.log),
    logX: Float64Array.from(x, Math.log),
  };
  return { rows, excluded };
}

/**
 * Log-likelihood of the mean spends: Σ ln f(m_x | p, q, γ, x) with
 * f = Γ(px + q) / (Γ(px) Γ(q)) · γ^q m_x^(px−1) x^(px) / (γ + x m_x)^(px+q)
 * (Fader & Hardie 2013, the marginal distribution of m_x). Fills `gradient` with
 * ∂LL/∂(p, q, γ) when given.
 */
function logLikelihood(params: GammaGammaParams, rows: SpendRows, gradient?: Float64Array): number {
  const { p, q, gamma } = params;
  const lgammaQ = lgamma(q);
  const logGamma = Math.log(gamma);
  const psiQ = gradient ? digamma(q) : 0;
  let ll = 0;
  let gp = 0;
  let gq = 0;
  let gGamma = 0;
  // ln Γ(px + q) − ln Γ(px) and its derivatives depend on x only: once per distinct x.
  const xCount = rows.xs.length;
  const lgammaDiff = new Float64Array(xCount);
  const psiPxQ = new Float64Array(xCount);
  const psiPx = new Float64Array(xCount);
  for (let k = 0; k < xCount; k++) {
    const px = p * rows.xs[k]!;
    lgammaDiff[k] = lgamma(px + q) - lgamma(px);
    if (gradient) {
      psiPxQ[k] = digamma(px + q);
      psiPx[k] = digamma(px);
    }
  }
  const { x: xs, xIndex, m, logM, logX } = rows;
  const withGradient = gradient !== undefined;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    const k = xIndex[i]!;
    const px = p * x;
    const denominator = gamma + x * m[i]!;
    const logDen = Math.log(denominator);
    ll += lgammaDiff[k]! + (px - 1) * logM[i]! + px * logX[i]! - (px + q) * logDen;
    if (withGradient) {
      gp += x * (psiPxQ[k]! - psiPx[k]! + logM[i]! + logX[i]! - logDen);
      gq += psiPxQ[k]! - logDen;
      gGamma -= (px + q) / denominator;
    }
  }
  // The terms that are the same for every customer, added once.
  const n = xs.length;
  ll += n * (q * logGamma - lgammaQ);
  gq += n * (logGamma - psiQ);
  gGamma += (n * q) / gamma;
  if (gradient) {
    gradient[0] = gp;
    gradient[1] = gq;
    gradient[2] = gGamma;
  }
  return ll;
}

/** Log-likelihood of Gamma-Gamma parameters on the usable repeat customers of `data`. */
export function gammaGammaLogLikelihood(params: GammaGammaParams, data: GammaGammaData): number {
  return logLikelihood(params, usableRows(data).rows);
}

/** Pearson correlation of two equally long series; NaN when either is constant or shorter than 2. */
export function pearsonCorrelation(u: ArrayLike<number>, v: ArrayLike<number>): number {
  const n = u.length;
  if (n < 2) return NaN;
  let meanU = 0;
  let meanV = 0;
  for (let i = 0; i < n; i++) {
    meanU += u[i]!;
    meanV += v[i]!;
  }
  meanU /= n;
  meanV /= n;
  let suv = 0;
  let suu = 0;
  let svv = 0;
  for (let i = 0; i < n; i++) {
    const du = u[i]! - meanU;
    const dv = v[i]! - meanV;
    suv += du * dv;
    suu += du * du;
    svv += dv * dv;
  }
  return suu > 0 && svv > 0 ? suv / Math.sqrt(suu * svv) : NaN;
}

/** Fits Gamma-Gamma by maximum likelihood on the customers with x > 0 and positive mean spend. */
export function fitGammaGamma(data: GammaGammaData, options: GammaGammaFitOptions = {}): GammaGammaFit {
  const { rows, excluded } = usableRows(data);
  const n = rows.x.length;
  const minRepeat = options.minRepeatCustomers ?? 20;
  const threshold = options.correlationThreshold ?? 0.3;
  const correlation = pearsonCorrelation(rows.x, rows.m);
  const warnings: LtvWarning[] = [];
  if (excluded > 0) {
    warnings.push({
      code: 'CARE_LTV_NONPOSITIVE_SPEND_EXCLUDED',
      message: `${excluded} repeat customer(s) with a zero or negative mean spend were left out of the spend model`,
    });
  }
  const base = { customers: n, excludedNonPositive: excluded, frequencySpendCorrelation: correlation };
  if (n < minRepeat) {
    warnings.push({
      code: 'CARE_LTV_TOO_FEW_REPEAT_CUSTOMERS',
      message: `only ${n} repeat customer(s) with a positive spend (at least ${minRepeat} are needed to fit Gamma-Gamma)`,
    });
    return { ...base, warnings };
  }
  if (Math.abs(correlation) >= threshold) {
    warnings.push({
      code: 'CARE_LTV_SPEND_FREQUENCY_CORRELATED',
      message: `purchase frequency and mean spend are correlated (r = ${correlation.toFixed(2)}): Gamma-Gamma assumes they are independent, so spend predictions may be biased`,
    });
  }
  const meanSpend = rows.m.reduce((sum, value) => sum + value, 0) / n;
  // E[m] = pγ / (q − 1): each start puts the population mean spend at the observed mean.
  const starts = options.starts ?? [
    { p: 1, q: 2, gamma: meanSpend },
    { p: 5, q: 4, gamma: (3 * meanSpend) / 5 },
    { p: 0.5, q: 1.5, gamma: meanSpend },
  ];
  // Search over (ln p, ln q, ln(γ / mean spend)) in the box |θᵢ| ≤ 15, so the currency unit
  // does not matter and a fit that reaches the box is running off to a limit.
  const gradient = new Float64Array(3);
  const toParams = (theta: readonly number[]): GammaGammaParams => ({
    p: Math.exp(theta[0]!),
    q: Math.exp(theta[1]!),
    gamma: meanSpend * Math.exp(theta[2]!),
  });
  const objective = (theta: readonly number[]): { value: number; gradient: number[] } => {
    if (theta.some((value) => !(Math.abs(value) <= LOG_BOUND))) return { value: Infinity, gradient: [0, 0, 0] };
    const params = toParams(theta);
    const ll = logLikelihood(params, rows, gradient);
    return {
      value: -ll / n,
      gradient: [(-gradient[0]! * params.p) / n, (-gradient[1]! * params.q) / n, (-gradient[2]! * params.gamma) / n],
    };
  };
  const result = minimizeFromStarts(
    objective,
    starts.map((start) => [Math.log(start.p), Math.log(start.q), Math.log(start.gamma / meanSpend)]),
    { gradientTolerance: options.gradientTolerance ?? 1e-7, agreement: 1e-6, bound: LOG_BOUND },
  );
  const params = toParams(result.best.x);
  const diagnostics: FitDiagnostics = fitDiagnostics(result);
  if (!diagnostics.converged) {
    warnings.push({ code: 'CARE_LTV_NOT_CONVERGED', message: `Gamma-Gamma fit did not converge (${result.best.message}): treat spend predictions as rough` });
  } else if (diagnostics.startsAtBest < Math.min(2, diagnostics.starts)) {
    warnings.push({
      code: 'CARE_LTV_STARTS_DISAGREE',
      message: `only ${diagnostics.startsAtBest} of ${diagnostics.starts} optimiser starts reached the best Gamma-Gamma fit`,
    });
  }
  const extreme = (value: number): boolean => !(value > 1e-4 && value < 1e4);
  if (extreme(params.p) || extreme(params.q) || extreme(params.gamma / meanSpend)) {
    warnings.push({
      code: 'CARE_LTV_DEGENERATE_PARAMETERS',
      message: `Gamma-Gamma parameters ran towards a limit (p = ${params.p.toPrecision(3)}, q = ${params.q.toPrecision(3)}): spends do not look gamma-distributed around each customer's own mean, so spend predictions are unreliable`,
    });
  }
  if (params.q <= 1) {
    warnings.push({
      code: 'CARE_LTV_INFINITE_MEAN_SPEND',
      message: `Gamma-Gamma q = ${params.q.toPrecision(3)} ≤ 1: the population mean spend is unbounded, so customers without repeat purchases get no spend estimate`,
    });
  }
  return { ...base, params, logLikelihood: logLikelihood(params, rows), diagnostics, warnings };
}

/**
 * Expected spend per purchase of a customer with x repeat purchases of mean m_x:
 * E(M | p, q, γ, m_x, x) = (q − 1)/(px + q − 1) · pγ/(q − 1) + px/(px + q − 1) · m_x
 * (Fader & Hardie 2013), a weighted average of the population mean and the customer's own.
 * Customers with no repeat purchase, or a non-positive m_x (left out of the fit), get the
 * population mean pγ / (q − 1); NaN when q ≤ 1 makes that mean unbounded.
 */
export function gammaGammaExpectedSpend(params: GammaGammaParams, x: number, monetary: number): number {
  const { p, q, gamma } = params;
  if (!(x > 0 && monetary > 0)) return q > 1 ? (p * gamma) / (q - 1) : NaN;
  return (p * (gamma + x * monetary)) / (p * x + q - 1);
}
