/**
 * How sure a maximum-likelihood fit is: standard errors from the observed information (the
 * numerical Hessian of the log-likelihood at the optimum, inverted), seeded draws of the
 * parameters from their asymptotic normal distribution for a parametric bootstrap, and the
 * likelihood-ratio test of a model against its no-dropout limit.
 *
 * The Hessian is taken over θ = ln(parameter), where the fits search and where the normal
 * approximation keeps every draw positive. At the optimum the gradient is zero, so
 * H_θ = D H D with D = diag(parameters), and SE(pᵢ) = pᵢ · √(−H_θ⁻¹)ᵢᵢ equals the usual
 * √(−H⁻¹)ᵢᵢ over the parameters themselves.
 */
import { mulberry32, sampleNormal } from './simulate.js';

/** Central-difference step in θ for second derivatives: ε^(1/4)-ish, balancing rounding (ε|f|/h²) and truncation (h²). */
const HESSIAN_STEP = 1e-4;

/** The Hessian of f at x by central differences (4 evaluations per off-diagonal entry, 2 per diagonal). */
export function numericalHessian(f: (x: readonly number[]) => number, x: readonly number[], step = HESSIAN_STEP): number[][] {
  const k = x.length;
  const f0 = f(x);
  const at = (shifts: [number, number][]): number => {
    const point = [...x];
    for (const [i, delta] of shifts) point[i] = point[i]! + delta;
    return f(point);
  };
  const hessian = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < k; i++) {
    hessian[i]![i] = (at([[i, step]]) - 2 * f0 + at([[i, -step]])) / (step * step);
    for (let j = 0; j < i; j++) {
      const value =
        (at([[i, step], [j, step]]) - at([[i, step], [j, -step]]) - at([[i, -step], [j, step]]) + at([[i, -step], [j, -step]])) / (4 * step * step);
      hessian[i]![j] = value;
      hessian[j]![i] = value;
    }
  }
  return hessian;
}

/** Cholesky factor L (lower, A = LLᵀ) of a symmetric matrix; undefined unless positive definite. */
export function cholesky(a: readonly (readonly number[])[]): number[][] | undefined {
  const k = a.length;
  const l = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i]![j]!;
      for (let m = 0; m < j; m++) sum -= l[i]![m]! * l[j]![m]!;
      if (i === j) {
        if (!(sum > 0)) return undefined;
        l[i]![i] = Math.sqrt(sum);
      } else {
        l[i]![j] = sum / l[j]![j]!;
      }
    }
  }
  return l;
}

/** Inverse of a symmetric positive definite matrix through its Cholesky factor; undefined otherwise. */
export function invertPositiveDefinite(a: readonly (readonly number[])[]): number[][] | undefined {
  const l = cholesky(a);
  if (!l) return undefined;
  const k = a.length;
  // Solve L Lᵀ X = I column by column.
  const inverse = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let col = 0; col < k; col++) {
    const y = new Array<number>(k).fill(0);
    for (let i = 0; i < k; i++) {
      let sum = i === col ? 1 : 0;
      for (let m = 0; m < i; m++) sum -= l[i]![m]! * y[m]!;
      y[i] = sum / l[i]![i]!;
    }
    for (let i = k - 1; i >= 0; i--) {
      let sum = y[i]!;
      for (let m = i + 1; m < k; m++) sum -= l[m]![i]! * inverse[m]![col]!;
      inverse[i]![col] = sum / l[i]![i]!;
    }
  }
  return inverse;
}

/** Standard errors of a fit and the covariance of its log-parameters. */
export interface ParameterUncertainty {
  names: readonly string[];
  estimates: number[];
  /** From the observed information; all NaN when the Hessian is not negative definite. */
  standardErrors: number[];
  /** Covariance of θ = ln(parameters) (the asymptotic normal the bootstrap draws from); undefined when not available. */
  logCovariance?: number[][];
}

/**
 * Standard errors of the maximum-likelihood estimates `params` of the log-likelihood `ll`,
 * from the observed information over log-parameters.
 */
export function observedInformation(ll: (params: readonly number[]) => number, params: readonly number[], names: readonly string[]): ParameterUncertainty {
  const theta = params.map(Math.log);
  const hessian = numericalHessian((t) => ll(t.map(Math.exp)), theta);
  const information = hessian.map((row) => row.map((value) => -value));
  const covariance = information.every((row) => row.every(Number.isFinite)) ? invertPositiveDefinite(information) : undefined;
  const estimates = [...params];
  if (!covariance) return { names, estimates, standardErrors: estimates.map(() => NaN) };
  return { names, estimates, standardErrors: estimates.map((p, i) => p * Math.sqrt(covariance[i]![i]!)), logCovariance: covariance };
}

/**
 * `draws` parameter vectors from the asymptotic normal of θ = ln(parameters), seeded:
 * θ = θ̂ + L z with LLᵀ the covariance and z standard normal. Deterministic for a seed.
 */
export function drawParameters(uncertainty: ParameterUncertainty, draws: number, seed: number): number[][] | undefined {
  const l = uncertainty.logCovariance ? cholesky(uncertainty.logCovariance) : undefined;
  if (!l) return undefined;
  const random = mulberry32(seed);
  const theta = uncertainty.estimates.map(Math.log);
  const k = theta.length;
  const result: number[][] = [];
  for (let d = 0; d < draws; d++) {
    const z = Array.from({ length: k }, () => sampleNormal(random));
    result.push(theta.map((t, i) => Math.exp(t + l[i]!.reduce((sum, value, m) => sum + value * z[m]!, 0))));
  }
  return result;
}

/** The q-quantile (0–1) of sorted values by linear interpolation (type 7, as R and numpy default). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const position = (n - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, n - 1);
  return sorted[below]! + (position - below) * (sorted[above]! - sorted[below]!);
}

/** erfc(x) for x ≥ 0 (Numerical Recipes' Chebyshev fit, relative error below 1.2e-7). */
function erfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  const poly =
    -x * x -
    1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return t * Math.exp(poly);
}

/** A likelihood-ratio test of a model against its limit without dropout (the NBD). */
export interface DropoutTest {
  statistic: number;
  /** Under ½χ²₀ + ½χ²₁ (the no-dropout model sits on the boundary of the parameter space). */
  pValue: number;
  /** Whether the data support dropout at the 5% level. */
  identified: boolean;
}

/**
 * 2(LL_model − LL_nbd) against the ½χ²₀ + ½χ²₁ mixture (Self & Liang 1987: one parameter on the
 * boundary, here a → 0 in BG/NBD and MBG/NBD, μ → 0 in Pareto/NBD), so p = ½ P(χ²₁ > stat) and
 * the 5% critical value is 2.71.
 */
export function dropoutTest(modelLogLikelihood: number, nbdLogLikelihood: number): DropoutTest {
  const statistic = Math.max(0, 2 * (modelLogLikelihood - nbdLogLikelihood));
  const pValue = 0.5 * erfc(Math.sqrt(statistic / 2));
  return { statistic, pValue, identified: pValue < 0.05 };
}
