import { describe, expect, it } from 'vitest';
import { minimizeBfgs, minimizeFromStarts, minimizeNelderMead } from '../../../../src/metrics/ltv/optimize.js';

/** Rosenbrock's banana, minimum 0 at (1, 1): the classic test of a minimiser. */
function rosenbrock(x: readonly number[]): { value: number; gradient: number[] } {
  const [u, v] = [x[0]!, x[1]!];
  return {
    value: (1 - u) ** 2 + 100 * (v - u * u) ** 2,
    gradient: [-2 * (1 - u) - 400 * u * (v - u * u), 200 * (v - u * u)],
  };
}

/** A badly scaled 4-d quadratic with minimum at (1, 2, 3, 4). */
function quadratic(x: readonly number[]): { value: number; gradient: number[] } {
  const scales = [1, 10, 100, 0.01];
  let value = 0;
  const gradient = x.map((xi, i) => {
    const d = xi - (i + 1);
    value += scales[i]! * d * d;
    return 2 * scales[i]! * d;
  });
  return { value, gradient };
}

describe('minimizeBfgs', () => {
  it('finds the minimum of Rosenbrock from (−1.2, 1)', () => {
    const result = minimizeBfgs(rosenbrock, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 6);
    expect(result.x[1]).toBeCloseTo(1, 6);
    expect(result.value).toBeLessThan(1e-12);
  });

  it('copes with bad scaling', () => {
    const result = minimizeBfgs(quadratic, [0, 0, 0, 0], { gradientTolerance: 1e-10 });
    expect(result.converged).toBe(true);
    result.x.forEach((xi, i) => expect(xi).toBeCloseTo(i + 1, 6));
  });

  it('backs off from regions where the objective is not finite', () => {
    // ln-barrier at u > 0: steps that cross it return NaN and must be shortened.
    const barrier = (x: readonly number[]): { value: number; gradient: number[] } => {
      const u = x[0]!;
      return u <= 0 ? { value: NaN, gradient: [NaN] } : { value: u - 2 * Math.log(u), gradient: [1 - 2 / u] };
    };
    const result = minimizeBfgs(barrier, [0.01]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(2, 6);
  });

  it('reports failure when the start is not finite', () => {
    const result = minimizeBfgs(() => ({ value: Infinity, gradient: [0] }), [0]);
    expect(result.converged).toBe(false);
    expect(result.message).toMatch(/not finite/);
  });

  it('reports non-convergence at the iteration limit', () => {
    const result = minimizeBfgs(rosenbrock, [-1.2, 1], { maxIterations: 3 });
    expect(result.converged).toBe(false);
    expect(result.message).toMatch(/iteration limit/);
  });
});

describe('minimizeNelderMead', () => {
  it('finds the minimum of Rosenbrock without derivatives', () => {
    const result = minimizeNelderMead((x) => rosenbrock(x).value, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 4);
    expect(result.x[1]).toBeCloseTo(1, 4);
  });

  it('handles four dimensions and reports its evaluation limit', () => {
    const result = minimizeNelderMead((x) => quadratic(x).value, [0, 0, 0, 0]);
    expect(result.converged).toBe(true);
    result.x.forEach((xi, i) => expect(xi).toBeCloseTo(i + 1, 3));
    const cut = minimizeNelderMead((x) => quadratic(x).value, [0, 0, 0, 0], { maxEvaluations: 20 });
    expect(cut.converged).toBe(false);
  });
});

describe('minimizeFromStarts', () => {
  it('keeps the best of several starts and counts the starts that agree', () => {
    // Two wells: a deep one at u = 2 and a shallow one at u = −2.
    const wells = (x: readonly number[]): { value: number; gradient: number[] } => {
      const u = x[0]!;
      return { value: (u * u - 4) ** 2 - u, gradient: [4 * u * (u * u - 4) - 1] };
    };
    const result = minimizeFromStarts(wells, [[-3], [3], [1]]);
    expect(result.best.x[0]).toBeGreaterThan(1.9);
    expect(result.runs).toHaveLength(3);
    expect(result.runsAtBest).toBe(2);
  });

  it('falls back to Nelder–Mead when no BFGS start converges', () => {
    // A gradient that is never finite stops BFGS at once; the simplex needs values only.
    const noGradient = (x: readonly number[]): { value: number; gradient: number[] } => ({ value: rosenbrock(x).value, gradient: [NaN, NaN] });
    const result = minimizeFromStarts(noGradient, [[-1.2, 1]]);
    expect(result.runs).toHaveLength(2);
    expect(result.runs[0]!.converged).toBe(false);
    expect(result.runs[1]!.message).toMatch(/Nelder–Mead/);
    expect(result.best.converged).toBe(true);
    expect(result.best.value).toBeLessThan(1e-6);
  });

  it('applies the iteration limit to the fallback too', () => {
    const result = minimizeFromStarts(rosenbrock, [[-1.2, 1]], { maxIterations: 2 });
    expect(result.best.converged).toBe(false);
  });

  it('stops a run creeping off to a limit, and does not fall back to the simplex there', () => {
    // eˣ has no minimum: the value keeps falling towards the box edge at x = −15.
    const downhill = (x: readonly number[]): { value: number; gradient: number[] } =>
      Math.abs(x[0]!) <= 15 ? { value: Math.exp(x[0]!), gradient: [Math.exp(x[0]!)] } : { value: Infinity, gradient: [0] };
    const result = minimizeFromStarts(downhill, [[0], [2]], { bound: 15, gradientTolerance: 1e-12 });
    expect(result.runs).toHaveLength(2);
    expect(result.best.x[0]).toBeLessThan(-14);
    expect(result.best.converged).toBe(false);
    expect(result.best.evaluations).toBeLessThan(500);
  });
});
