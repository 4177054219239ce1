/**
 * P(no purchase in (T, T+t] | x, t_x, T) for BG/NBD, MBG/NBD and Pareto/NBD against an independent
 * implementation: the posterior of each customer's latent rates written out from the model's story
 * (λ and the dropout p or rate μ, alive at T or dropped out since t_x) and integrated numerically
 * over the priors on a log grid — no closed form, no likelihood ratio, nothing of the code.
 */
import { describe, expect, it } from 'vitest';
import { bgNbdProbabilityNoPurchase, mbgNbdProbabilityNoPurchase, paretoNbdProbabilityNoPurchase } from '../../../../src/metrics/ltv/no-purchase-forms.js';

/** ∫∫ over (ln λ, second variable) of weight(λ, v) with the trapezoid rule on an n × n grid. */
function grid2(lambdaLog: [number, number], second: [number, number], n: number, f: (lambda: number, v: number) => [number, number]): number {
  let top = 0;
  let bottom = 0;
  const du = (lambdaLog[1] - lambdaLog[0]) / n;
  const dv = (second[1] - second[0]) / n;
  for (let i = 0; i <= n; i++) {
    const lambda = Math.exp(lambdaLog[0] + i * du);
    const wi = i === 0 || i === n ? 0.5 : 1;
    for (let j = 0; j <= n; j++) {
      const wj = j === 0 || j === n ? 0.5 : 1;
      const [none, all] = f(lambda, second[0] + j * dv);
      top += wi * wj * none;
      bottom += wi * wj * all;
    }
  }
  return top / bottom;
}

/** λ^r e^(−αλ): the Gamma(r, α) density times the Jacobian λ of the log grid, unnormalised (it cancels). */
const gammaLog = (lambda: number, r: number, alpha: number) => Math.exp(r * Math.log(lambda) - alpha * lambda);

/** ∫ f(u) du over [from, to] by the trapezoid rule with n steps. */
function trapezoid(from: number, to: number, n: number, f: (u: number) => number): number {
  const h = (to - from) / n;
  let sum = (f(from) + f(to)) / 2;
  for (let i = 1; i < n; i++) sum += f(from + i * h);
  return sum * h;
}

/**
 * The BG/NBD (mbg = false) or MBG/NBD (mbg = true) posterior. Alive at T: (1−p)^x λ^x e^(−λT) (MBG/NBD:
 * (1−p)^(x+1), it may drop out at time 0); dropped out right after the last purchase: p (1−p)^(x−1)
 * λ^x e^(−λ t_x) (MBG/NBD: p (1−p)^x, at t_x = 0 when x = 0; BG/NBD: only when x > 0). A live customer
 * drops out only right after a purchase, so it makes none in t with probability e^(−λt); a dead one
 * surely makes none. Each term is a product of a p part and a λ part, so the double integral over the
 * priors is a product of two single ones: p on a logit grid (p^a (1−p)^b, the Beta density times the
 * Jacobian p(1−p)), λ on a log grid.
 */
function bgFamily(mbg: boolean, params: { r: number; alpha: number; a: number; b: number }, t: number, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = params;
  const overP = (f: (p: number) => number) =>
    trapezoid(-60, 60, 20_000, (v) => {
      const p = 1 / (1 + Math.exp(-v));
      return Math.exp(a * Math.log(p) + b * Math.log1p(-p)) * f(p);
    });
  const overLambda = (until: number) => trapezoid(-200, 6, 40_000, (u) => Math.exp((r + x) * u - (alpha + until) * Math.exp(u)));
  const aliveP = overP((p) => Math.pow(1 - p, mbg ? x + 1 : x));
  const deadP = mbg || x > 0 ? overP((p) => p * Math.pow(1 - p, mbg ? x : x - 1)) : 0;
  const dead = deadP * overLambda(x === 0 ? 0 : tx);
  return (aliveP * overLambda(T + t) + dead) / (aliveP * overLambda(T) + dead);
}

/**
 * Pareto/NBD: λ ~ Gamma(r, α), μ ~ Gamma(s, β), both on log grids. Alive at T: λ^x e^(−(λ+μ)T); died at
 * τ in (t_x, T]: λ^x μ ∫ e^(−(λ+μ)τ) dτ = λ^x μ/(λ+μ) (e^(−(λ+μ)t_x) − e^(−(λ+μ)T)). Alive at T, the next
 * purchase (rate λ) must come before death (rate μ) and within t for a purchase: none with probability
 * (μ + λ e^(−(λ+μ)t)) / (λ+μ).
 */
function pareto(params: { r: number; alpha: number; s: number; beta: number }, t: number, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = params;
  return grid2([-60, 5], [-60, 5], 900, (lambda, logMu) => {
    const mu = Math.exp(logMu);
    const k = lambda + mu;
    const prior = gammaLog(lambda, r, alpha) * gammaLog(mu, s, beta);
    const base = Math.pow(lambda, x);
    const alive = base * Math.exp(-k * T);
    const dead = ((base * mu) / k) * (Math.exp(-k * (x === 0 ? 0 : tx)) - Math.exp(-k * T));
    return [prior * (alive * ((mu + lambda * Math.exp(-k * t)) / k) + dead), prior * (alive + dead)];
  });
}

const CUSTOMERS: [number, number, number][] = [
  [0, 0, 38.86],
  [1, 1, 30],
  [2, 30.43, 38.86],
  [5, 10, 39],
  [12, 37, 38],
];
const HORIZONS = [90 / 7, 52];

describe('P(no purchase in the next t) per model, against numerical integration of the posterior', () => {
  it('BG/NBD (CDNOW parameters, FHL 2005)', () => {
    const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    for (const [x, tx, T] of CUSTOMERS) for (const t of HORIZONS) expect(bgNbdProbabilityNoPurchase(params, t, x, tx, T)).toBeCloseTo(bgFamily(false, params, t, x, tx, T), 6);
  });

  it('MBG/NBD: dropout possible at time 0, so a customer with no repeat purchase is not surely alive', () => {
    const params = { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };
    for (const [x, tx, T] of CUSTOMERS) for (const t of HORIZONS) expect(mbgNbdProbabilityNoPurchase(params, t, x, tx, T)).toBeCloseTo(bgFamily(true, params, t, x, tx, T), 6);
  });

  it('Pareto/NBD (CDNOW parameters, FHL 2005): death may come between purchases', () => {
    const params = { r: 0.5533, alpha: 10.578, s: 0.6062, beta: 11.668 };
    for (const [x, tx, T] of CUSTOMERS) for (const t of HORIZONS) expect(paretoNbdProbabilityNoPurchase(params, t, x, tx, T)).toBeCloseTo(pareto(params, t, x, tx, T), 6);
  });

  it('is 1 over no time and falls as the window grows', () => {
    const params = { r: 0.5533, alpha: 10.578, s: 0.6062, beta: 11.668 };
    expect(paretoNbdProbabilityNoPurchase(params, 0, 2, 30, 39)).toBe(1);
    expect(paretoNbdProbabilityNoPurchase(params, 52, 2, 30, 39)).toBeLessThan(paretoNbdProbabilityNoPurchase(params, 13, 2, 30, 39));
  });
});
