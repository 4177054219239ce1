/**
 * Small unconstrained minimisers for maximum-likelihood fits over log-parameters:
 * BFGS with an analytic gradient (fast; what the BG/NBD and Gamma-Gamma fits use) and
 * Nelder–Mead (derivative-free; the fallback when BFGS stalls), plus a multi-start driver
 * that reports whether the starts agree. Working over log-parameters keeps every model
 * parameter positive without constraints.
 *
 * References: Nocedal & Wright, "Numerical Optimization" (2006), Alg. 6.1 (BFGS) and
 * Alg. 3.1 with safeguarded quadratic interpolation (backtracking line search);
 * Gao & Han (2012), "Implementing the Nelder-Mead simplex algorithm with adaptive parameters".
 */
import type { FitDiagnostics } from './types.js';

/** An objective returning its value and gradient at x; non-finite values mean "out of bounds". */
export type ObjectiveWithGradient = (x: readonly number[]) => { value: number; gradient: number[] };

/** A derivative-free objective. */
export type Objective = (x: readonly number[]) => number;

/** What one minimisation ended with. */
export interface MinimizeResult {
  x: number[];
  value: number;
  converged: boolean;
  iterations: number;
  evaluations: number;
  /** Largest absolute gradient component at x (NaN for Nelder–Mead, which has none). */
  gradientNorm: number;
  message: string;
}

/** Options of `minimizeBfgs`. */
export interface BfgsOptions {
  /** Converged when every gradient component is below this (default 1e-7). */
  gradientTolerance?: number;
  maxIterations?: number;
  /** Longest step in any coordinate (default 5: a factor e⁵ on a log-parameter). */
  maxStep?: number;
  /**
   * Stop when the value has improved by less than this (relative) for `stallIterations`
   * iterations in a row (default 1e-12, 5): a fit creeping towards a limit stops early.
   */
  valueTolerance?: number;
  stallIterations?: number;
}

function dot(u: readonly number[], v: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < u.length; i++) sum += u[i]! * v[i]!;
  return sum;
}

function maxAbs(v: readonly number[]): number {
  let max = 0;
  for (const value of v) max = Math.max(max, Math.abs(value));
  return Number.isNaN(max) ? Infinity : max;
}

function identity(n: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
}

/** Minimises a smooth function with BFGS and a backtracking Armijo line search. */
export function minimizeBfgs(fg: ObjectiveWithGradient, x0: readonly number[], options: BfgsOptions = {}): MinimizeResult {
  const gradientTolerance = options.gradientTolerance ?? 1e-7;
  const maxIterations = options.maxIterations ?? 200;
  const maxStep = options.maxStep ?? 5;
  const valueTolerance = options.valueTolerance ?? 1e-12;
  const stallIterations = options.stallIterations ?? 5;
  let stalled = 0;
  const n = x0.length;
  let x = [...x0];
  let current = fg(x);
  let evaluations = 1;
  if (!Number.isFinite(current.value) || maxAbs(current.gradient) === Infinity) {
    return { x, value: current.value, converged: false, iterations: 0, evaluations, gradientNorm: NaN, message: 'objective not finite at the start' };
  }
  let inverseHessian = identity(n);
  let firstStep = true;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const g = current.gradient;
    const gradientNorm = maxAbs(g);
    if (gradientNorm < gradientTolerance) {
      return { x, value: current.value, converged: true, iterations: iteration, evaluations, gradientNorm, message: 'gradient below tolerance' };
    }
    let direction = inverseHessian.map((row) => -dot(row, g));
    let slope = dot(direction, g);
    if (!(slope < 0)) {
      // Not a descent direction (lost curvature information): restart from steepest descent.
      inverseHessian = identity(n);
      direction = g.map((value) => -value);
      slope = dot(direction, g);
    }
    const longest = maxAbs(direction);
    let step = Math.min(1, maxStep / longest);
    let accepted: { x: number[]; value: number; gradient: number[] } | undefined;
    for (let tries = 0; tries < 60; tries++) {
      const trial = x.map((value, i) => value + step * direction[i]!);
      const result = fg(trial);
      evaluations++;
      if (Number.isFinite(result.value) && result.value <= current.value + 1e-4 * step * slope && maxAbs(result.gradient) < Infinity) {
        accepted = { x: trial, ...result };
        break;
      }
      // Safeguarded quadratic interpolation of the step (N&W §3.5), else halve.
      const quadratic = Number.isFinite(result.value)
        ? (-slope * step * step) / (2 * (result.value - current.value - slope * step))
        : step / 2;
      step = Math.min(Math.max(quadratic, step * 0.1), step * 0.5);
    }
    if (!accepted) {
      return {
        x,
        value: current.value,
        converged: gradientNorm < gradientTolerance * 100,
        iterations: iteration,
        evaluations,
        gradientNorm,
        message: 'line search found no decrease',
      };
    }
    const s = accepted.x.map((value, i) => value - x[i]!);
    const y = accepted.gradient.map((value, i) => value - g[i]!);
    const sy = dot(s, y);
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      if (firstStep) {
        // Scale the initial inverse Hessian by yᵀs / yᵀy before the first update (N&W eq. 6.20).
        const scale = sy / dot(y, y);
        inverseHessian = inverseHessian.map((row) => row.map((value) => value * scale));
        firstStep = false;
      }
      inverseHessian = bfgsUpdate(inverseHessian, s, y, sy);
    }
    stalled = current.value - accepted.value <= valueTolerance * Math.max(1, Math.abs(current.value)) ? stalled + 1 : 0;
    x = accepted.x;
    current = accepted;
    if (stalled >= stallIterations) {
      const norm = maxAbs(current.gradient);
      return {
        x,
        value: current.value,
        // The value no longer moves at machine precision: accept a gradient a little above tolerance.
        converged: norm < gradientTolerance * 10,
        iterations: iteration + 1,
        evaluations,
        gradientNorm: norm,
        message: 'no further progress',
      };
    }
  }
  const gradientNorm = maxAbs(current.gradient);
  return {
    x,
    value: current.value,
    converged: gradientNorm < gradientTolerance,
    iterations: maxIterations,
    evaluations,
    gradientNorm,
    message: 'iteration limit reached',
  };
}

/** H⁺ = (I − ρsyᵀ) H (I − ρysᵀ) + ρssᵀ with ρ = 1 / yᵀs (N&W eq. 6.17). */
function bfgsUpdate(h: number[][], s: number[], y: number[], sy: number): number[][] {
  const n = s.length;
  const rho = 1 / sy;
  const hy = h.map((row) => dot(row, y));
  const yhy = dot(y, hy);
  const result = identity(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      result[i]![j] = h[i]![j]! - rho * (hy[i]! * s[j]! + s[i]! * hy[j]!) + (rho * rho * yhy + rho) * s[i]! * s[j]!;
    }
  }
  return result;
}

/** Options of `minimizeNelderMead`. */
export interface NelderMeadOptions {
  /** Converged when the simplex's values differ by less than this (default 1e-10)… */
  valueTolerance?: number;
  /** …and its vertices by less than this in every coordinate (default 1e-7). */
  pointTolerance?: number;
  maxEvaluations?: number;
  maxIterations?: number;
  /** Initial simplex edge (default 0.5 on every coordinate). */
  initialStep?: number;
}

/** Minimises a function without derivatives by the adaptive Nelder–Mead simplex method. */
export function minimizeNelderMead(f: Objective, x0: readonly number[], options: NelderMeadOptions = {}): MinimizeResult {
  const valueTolerance = options.valueTolerance ?? 1e-10;
  const pointTolerance = options.pointTolerance ?? 1e-7;
  const maxEvaluations = options.maxEvaluations ?? 20_000;
  const maxIterations = options.maxIterations ?? Infinity;
  const initialStep = options.initialStep ?? 0.5;
  const n = x0.length;
  // Adaptive coefficients for dimension n (Gao & Han 2012), standard 1, 2, 0.5, 0.5 at n = 2.
  const reflect = 1;
  const expand = 1 + 2 / n;
  const contract = 0.75 - 1 / (2 * n);
  const shrink = 1 - 1 / n;
  let evaluations = 0;
  const evaluate = (x: number[]): number => {
    evaluations++;
    const value = f(x);
    return Number.isFinite(value) ? value : Infinity;
  };
  const simplex: { x: number[]; value: number }[] = [{ x: [...x0], value: evaluate([...x0]) }];
  for (let i = 0; i < n; i++) {
    const x = [...x0];
    x[i] = x[i]! + initialStep;
    simplex.push({ x, value: evaluate(x) });
  }
  let iterations = 0;
  const along = (from: number[], to: number[], t: number): number[] => from.map((value, i) => value + t * (to[i]! - value));
  while (evaluations < maxEvaluations && iterations < maxIterations) {
    simplex.sort((u, v) => u.value - v.value);
    const best = simplex[0]!;
    const worst = simplex[n]!;
    const spread = Math.max(...simplex.map((vertex) => maxAbs(vertex.x.map((value, i) => value - best.x[i]!))));
    if (Math.abs(worst.value - best.value) <= valueTolerance * Math.max(1, Math.abs(best.value)) && spread <= pointTolerance) {
      return { x: best.x, value: best.value, converged: true, iterations, evaluations, gradientNorm: NaN, message: 'simplex collapsed' };
    }
    iterations++;
    const centroid = Array.from({ length: n }, (_, i) => simplex.slice(0, n).reduce((sum, vertex) => sum + vertex.x[i]!, 0) / n);
    const reflected = along(centroid, worst.x, -reflect);
    const reflectedValue = evaluate(reflected);
    if (reflectedValue < best.value) {
      const expanded = along(centroid, worst.x, -reflect * expand);
      const expandedValue = evaluate(expanded);
      simplex[n] = expandedValue < reflectedValue ? { x: expanded, value: expandedValue } : { x: reflected, value: reflectedValue };
      continue;
    }
    if (reflectedValue < simplex[n - 1]!.value) {
      simplex[n] = { x: reflected, value: reflectedValue };
      continue;
    }
    const outside = reflectedValue < worst.value;
    const contracted = along(centroid, outside ? reflected : worst.x, contract);
    const contractedValue = evaluate(contracted);
    if (contractedValue < (outside ? reflectedValue : worst.value)) {
      simplex[n] = { x: contracted, value: contractedValue };
      continue;
    }
    for (let k = 1; k <= n; k++) {
      const x = along(best.x, simplex[k]!.x, shrink);
      simplex[k] = { x, value: evaluate(x) };
    }
  }
  simplex.sort((u, v) => u.value - v.value);
  const best = simplex[0]!;
  const message = iterations >= maxIterations ? 'iteration limit reached' : 'evaluation limit reached';
  return { x: best.x, value: best.value, converged: false, iterations, evaluations, gradientNorm: NaN, message };
}

/** The best of several minimisations, and how many starts reached it. */
export interface MultiStartResult {
  best: MinimizeResult;
  runs: MinimizeResult[];
  /** Runs whose value is within `agreement` of the best. */
  runsAtBest: number;
}

/**
 * Minimises from each start with BFGS, falls back to Nelder–Mead (then BFGS again to polish)
 * when no start converges, and returns the lowest value found. `maxIterations` limits every
 * run, Nelder–Mead's included (whose evaluations `fallbackEvaluations` caps, default 2,000);
 * `agreement` is the value difference within which two runs count as the same optimum;
 * `bound` is the box |xᵢ| ≤ bound the objective is finite in, when it has one.
 */
export function minimizeFromStarts(
  fg: ObjectiveWithGradient,
  starts: readonly (readonly number[])[],
  options: BfgsOptions & { agreement?: number; fallbackEvaluations?: number; bound?: number } = {},
): MultiStartResult {
  const agreement = options.agreement ?? 1e-6;
  const runs = starts.map((start) => minimizeBfgs(fg, start, options));
  const seed = bestOf(runs)?.x ?? [...(starts[0] ?? [])];
  // A best point near the bound of the search box is a fit running off to a limit, where a
  // simplex would only creep further: no fallback then.
  const runaway = options.bound !== undefined && seed.some((value) => Math.abs(value) > options.bound! - 1);
  if (!runs.some((run) => run.converged) && !runaway) {
    const simplex = minimizeNelderMead((x) => fg(x).value, seed, {
      maxEvaluations: options.fallbackEvaluations ?? 2000,
      ...(options.maxIterations === undefined ? {} : { maxIterations: options.maxIterations }),
    });
    const polished = minimizeBfgs(fg, simplex.x, options);
    const evaluations = polished.evaluations + simplex.evaluations;
    // Keep the polish when it ran; when BFGS cannot even start, the simplex result stands.
    runs.push(
      Number.isFinite(polished.value) && polished.value <= simplex.value && polished.message !== 'objective not finite at the start'
        ? { ...polished, evaluations, message: `Nelder–Mead, then ${polished.message}` }
        : { ...simplex, evaluations, message: `Nelder–Mead: ${simplex.message}` },
    );
  }
  const best = bestOf(runs);
  if (!best) throw new RangeError('minimizeFromStarts needs at least one start');
  const runsAtBest = runs.filter((run) => run.value - best.value <= agreement).length;
  return { best, runs, runsAtBest };
}

function bestOf(runs: readonly MinimizeResult[]): MinimizeResult | undefined {
  let best: MinimizeResult | undefined;
  for (const run of runs) {
    if (!Number.isFinite(run.value)) continue;
    // Prefer a converged run on (near) ties, then the lowest value.
    if (!best || run.value < best.value - 1e-12 || (run.converged && !best.converged && run.value <= best.value + 1e-9)) best = run;
  }
  return best;
}

/** How a multi-start BFGS fit went, in the form both models report it. */
export function fitDiagnostics(result: MultiStartResult): FitDiagnostics {
  return {
    converged: result.best.converged,
    starts: result.runs.length,
    startsAtBest: result.runsAtBest,
    iterations: result.best.iterations,
    evaluations: result.runs.reduce((sum, run) => sum + run.evaluations, 0),
    gradientNorm: result.best.gradientNorm,
    method: 'BFGS over log-parameters',
  };
}
