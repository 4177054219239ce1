/**
 * The Pareto/NBD model (Schmittlein, Morrison & Colombo 1987): while alive a customer buys at
 * rate λ ~ Gamma(r, α) and dies at rate μ ~ Gamma(s, β), at an unobserved time. Log-likelihood,
 * fit, P(alive) and expected purchases, in the forms of Fader & Hardie (2005), "A Note on Deriving
 * the Pareto/NBD Model and Related Expressions".
 *
 * The likelihood of (x, t_x, T) is (integrated over the unobserved dropout time τ):
 *   L = Γ(r+x) α^r β^s / Γ(r) · [ (α+T)^−(r+x) (β+T)^−s + s ∫_{t_x}^{T} (α+τ)^−(r+x) (β+τ)^−(s+1) dτ ]
 * and the integral is I(t_x) − I(T) with
 *   (r+s+x) I(t) = (α+t)^−(r+s+x) ₂F₁(r+s+x, s+1; r+s+x+1; (α−β)/(α+t))      when α ≥ β,
 *   (r+s+x) I(t) = (β+t)^−(r+s+x) ₂F₁(r+s+x, r+x; r+s+x+1; (β−α)/(β+t))      when α < β
 * (FH 2005: the larger of α, β in the denominator keeps 0 ≤ z < 1). Euler's transformation
 * ₂F₁(a, b; c; z) = (1−z)^(c−a−b) ₂F₁(c−a, c−b; c; z) (A&S 15.3.3) turns both into ₂F₁(1, ·; ·; z),
 * whose series has positive, shrinking terms (no cancellation, no overflow for large x):
 *   (r+s+x) I(t) = (α+t)^−(r+x) (β+t)^−s ₂F₁(1, r+x; r+s+x+1; z)          (α ≥ β)
 *   (r+s+x) I(t) = (α+t)^(1−r−x) (β+t)^−(s+1) ₂F₁(1, s+1; r+s+x+1; z)     (α < β)
 * Everything is summed in logs.
 */
import type { BgNbdAggregate, BgNbdData } from './bgnbd-likelihood.js';
import { aggregateBgNbd } from './bgnbd-likelihood.js';
import { type CountingFit, fitBase, fitByLogParameters, purchaseTimeScale, type LogParameterFitOptions } from './model-fit.js';
import { hyp2f1, lgamma } from './special.js';

/** Pareto/NBD parameters: purchase rate λ ~ Gamma(r, α), dropout rate μ ~ Gamma(s, β). */
export interface ParetoNbdParams {
  r: number;
  alpha: number;
  s: number;
  beta: number;
}

export const PNBD_PARAMETERS = ['r', 'alpha', 's', 'beta'] as const;

/** Most ₂F₁ terms before a likelihood value is declared not computable. */
const MAX_TERMS = 200_000;

/**
 * Above this z the ₂F₁(1, b; c; z) series converges slowly when its terms fall off only like
 * n^−(c−b) zⁿ with c − b small (few purchases, or little dropout heterogeneity): there the
 * integral is taken by quadrature instead (data with hardly any dropout push β → ∞ and z → 1).
 */
const SLOW_Z = 0.9;
const SLOW_POWER = 12;

/** Gauss–Legendre nodes and weights on [−1, 1] (Newton's method on Pₙ, Numerical Recipes §4.6). */
function gaussLegendre(n: number): { nodes: Float64Array; weights: Float64Array } {
  const nodes = new Float64Array(n);
  const weights = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let x = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let derivative = 0;
    for (let iteration = 0; iteration < 100; iteration++) {
      let p0 = 1;
      let p1 = x;
      for (let k = 2; k <= n; k++) [p0, p1] = [p1, ((2 * k - 1) * x * p1 - (k - 1) * p0) / k];
      derivative = (n * (x * p1 - p0)) / (x * x - 1);
      const step = p1 / derivative;
      x -= step;
      if (Math.abs(step) < 1e-16) break;
    }
    nodes[i] = x;
    weights[i] = 2 / ((1 - x * x) * derivative * derivative);
  }
  return { nodes, weights };
}

const GAUSS = gaussLegendre(20);

/**
 * ln ∫_{t_x}^{T} (α+τ)^−(r+x) (β+τ)^−(s+1) dτ by composite Gauss–Legendre over v = ln(m + τ),
 * m = min(α, β), where the integrand e^v (α+τ)^−(r+x) (β+τ)^−(s+1) is the exponential of a smooth
 * function whose slope is at most 1 + (r+x) + (s+1): panels of slope × width ≤ 2 keep each panel's
 * integrand nearly polynomial. Summed in logs.
 */
function logDiedIntegral(params: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = params;
  const m = Math.min(alpha, beta);
  const from = Math.log(m + tx);
  const to = Math.log(m + T);
  const slope = 1 + r + x + s + 1;
  const panels = Math.min(4096, Math.max(1, Math.ceil(((to - from) * slope) / 2)));
  const width = (to - from) / panels;
  const logs: number[] = [];
  for (let panel = 0; panel < panels; panel++) {
    const center = from + (panel + 0.5) * width;
    for (let i = 0; i < GAUSS.nodes.length; i++) {
      const v = center + 0.5 * width * GAUSS.nodes[i]!;
      const tau = Math.exp(v) - m;
      logs.push(Math.log(0.5 * width * GAUSS.weights[i]!) + v - (r + x) * Math.log(alpha + tau) - (s + 1) * Math.log(beta + tau));
    }
  }
  let max = -Infinity;
  for (const value of logs) max = Math.max(max, value);
  let sum = 0;
  for (const value of logs) sum += Math.exp(value - max);
  return max + Math.log(sum);
}

/** Whether the ₂F₁ series at t would crawl (then the died term is integrated numerically). */
function seriesIsSlow(params: ParetoNbdParams, x: number, t: number): boolean {
  const { r, alpha, s, beta } = params;
  const z = Math.abs(alpha - beta) / (Math.max(alpha, beta) + t);
  // c − b: r + x when α < β (₂F₁(1, s+1; r+s+x+1)), s when α ≥ β (₂F₁(1, r+x; r+s+x+1)).
  const power = alpha < beta ? r + x : s;
  return z > SLOW_Z && power < SLOW_POWER;
}

/**
 * ln of the died part s ∫_{t_x}^{T} (α+τ)^−(r+x) (β+τ)^−(s+1) dτ: from the two ₂F₁ tails (the tail at
 * T given when the caller has it), or by quadrature where the series would crawl.
 */
function logDied(params: ParetoNbdParams, x: number, tx: number, T: number, fromT?: number): number {
  if (tx >= T) return -Infinity;
  const { r, s } = params;
  if (seriesIsSlow(params, x, tx)) return Math.log(s) + logDiedIntegral(params, x, tx, T);
  const fromTx = logScaledTail(params, x, tx);
  const atT = fromT ?? logScaledTail(params, x, T);
  // s/(r+s+x) · ((r+s+x) I(t_x) − (r+s+x) I(T)), the difference taken as e^a (1 − e^(b−a)).
  return Math.log(s / (r + s + x)) + fromTx + Math.log(-Math.expm1(Math.min(atT - fromTx, 0)));
}

/** ln((r+s+x) I(t)), the ₂F₁ form above; NaN when the series does not settle. */
function logScaledTail(params: ParetoNbdParams, x: number, t: number): number {
  const { r, alpha, s, beta } = params;
  const c = r + s + x + 1;
  try {
    if (alpha >= beta) {
      const z = (alpha - beta) / (alpha + t);
      return -(r + x) * Math.log(alpha + t) - s * Math.log(beta + t) + Math.log(hyp2f1(1, r + x, c, z, { maxTerms: MAX_TERMS }));
    }
    const z = (beta - alpha) / (beta + t);
    return (1 - r - x) * Math.log(alpha + t) - (s + 1) * Math.log(beta + t) + Math.log(hyp2f1(1, s + 1, c, z, { maxTerms: MAX_TERMS }));
  } catch {
    return NaN;
  }
}

/**
 * The two parts of the bracket of L in logs: `alive` = ln[(α+T)^−(r+x)(β+T)^−s] (alive at T) and
 * `died` = ln[s (I(t_x) − I(T))] (died in (t_x, T]); −Infinity when t_x = T.
 */
function bracketParts(params: ParetoNbdParams, x: number, tx: number, T: number): { alive: number; died: number } {
  const { r, alpha, s, beta } = params;
  const alive = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
  return { alive, died: logDied(params, x, tx, T) };
}

function logSumExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  const max = Math.max(a, b);
  return max + Math.log(Math.exp(a - max) + Math.exp(b - max));
}

/** One customer's Pareto/NBD log-likelihood. */
export function paretoNbdCustomerLogLikelihood(params: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = params;
  const { alive, died } = bracketParts(params, x, x === 0 ? 0 : tx, T);
  return lgamma(r + x) - lgamma(r) + r * Math.log(alpha) + s * Math.log(beta) + logSumExp(alive, died);
}

/**
 * Total log-likelihood over the distinct weighted (x, t_x, T) rows of `aggregateBgNbd`: the
 * terms in x alone once per distinct x, the ₂F₁ tail at T once per distinct (x, T).
 */
export function paretoNbdLogLikelihood(params: ParetoNbdParams, data: BgNbdAggregate): number {
  const { r, alpha, s, beta } = params;
  let ll = 0;
  const front = r * Math.log(alpha) + s * Math.log(beta) - lgamma(r);
  for (let k = 0; k < data.xs.length; k++) ll += data.weightOfX[k]! * (lgamma(r + data.xs[k]!) + front);
  const tCount = data.ts.length;
  const tailAtT = new Map<number, number>();
  for (let i = 0; i < data.rows; i++) {
    const x = data.rowX[i]!;
    const T = data.ts[data.rowTIndex[i]!]!;
    const tx = x === 0 ? 0 : data.txs[data.rowTxIndex[i]!]!;
    let fromT: number | undefined;
    if (tx < T && !seriesIsSlow(params, x, tx)) {
      const key = data.rowXIndex[i]! * tCount + data.rowTIndex[i]!;
      fromT = tailAtT.get(key);
      if (fromT === undefined) tailAtT.set(key, (fromT = logScaledTail(params, x, T)));
    }
    const alive = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
    ll += data.rowWeight[i]! * logSumExp(alive, logDied(params, x, tx, T, fromT));
  }
  return ll;
}

/** P(alive at T | x, t_x, T) = alive part / whole bracket (FH 2005, in logs). */
export function paretoNbdProbabilityAlive(params: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { alive, died } = bracketParts(params, x, x === 0 ? 0 : tx, T);
  if (died === -Infinity) return 1;
  return Math.exp(alive - logSumExp(alive, died));
}

/** [1 − (u / (u + t))^(s−1)] / (s − 1), with its limit ln((u + t) / u) at s = 1. */
function dropoutHorizonFactor(s: number, u: number, t: number): number {
  const logRatio = Math.log(u) - Math.log(u + t);
  if (Math.abs(s - 1) < 1e-10) return -logRatio;
  return -Math.expm1((s - 1) * logRatio) / (s - 1);
}

/** Expected purchases of a new customer in (0, t]: E[X(t)] = rβ / (α(s−1)) · [1 − (β/(β+t))^(s−1)]. */
export function paretoNbdExpectedPurchases(params: ParetoNbdParams, t: number): number {
  if (t <= 0) return 0;
  const { r, alpha, s, beta } = params;
  return ((r * beta) / alpha) * dropoutHorizonFactor(s, beta, t);
}

/**
 * Expected purchases in (T, T+t] given (x, t_x, T) (FH 2005):
 * (r+x)(β+T) / ((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)] · P(alive).
 */
export function paretoNbdConditionalExpectedPurchases(params: ParetoNbdParams, t: number, x: number, tx: number, T: number): number {
  if (t <= 0) return 0;
  const { r, alpha, s, beta } = params;
  return (((r + x) * (beta + T)) / (alpha + T)) * dropoutHorizonFactor(s, beta + T, t) * paretoNbdProbabilityAlive(params, x, tx, T);
}

/** A Pareto/NBD fit, in the shape of the BG/NBD one. */
export type ParetoNbdFit = CountingFit<ParetoNbdParams>;

/** Options of `fitParetoNbd`. */
export interface ParetoNbdFitOptions extends LogParameterFitOptions {
  /** Fewer customers with a repeat purchase than this and no fit is attempted (default 20). */
  minRepeatCustomers?: number;
  starts?: ParetoNbdParams[];
}

const toVector = (p: ParetoNbdParams): number[] => [p.r, p.alpha, p.s, p.beta];
const fromVector = (v: readonly number[]): ParetoNbdParams => ({ r: v[0]!, alpha: v[1]!, s: v[2]!, beta: v[3]! });

/** Fits Pareto/NBD to per-customer (x, t_x, T) by maximum likelihood. */
export function fitParetoNbd(data: BgNbdData, options: ParetoNbdFitOptions = {}): ParetoNbdFit {
  const aggregate = aggregateBgNbd(data);
  const { base, tooFew } = fitBase(aggregate, 'Pareto/NBD', options.minRepeatCustomers);
  if (tooFew) return tooFew;
  // α is a time between purchases, β a lifetime: each is searched relative to its own scale.
  const gap = purchaseTimeScale(aggregate.customers, aggregate.totalRepeatPurchases, aggregate.meanT);
  const life = aggregate.meanT > 0 ? aggregate.meanT : 1;
  const starts = options.starts ?? [
    { r: 1, alpha: gap, s: 1, beta: life },
    { r: 0.3, alpha: 0.3 * gap, s: 0.5, beta: 0.5 * life },
    { r: 3, alpha: 3 * gap, s: 2, beta: 3 * life },
  ];
  const fit = fitByLogParameters(
    {
      label: 'Pareto/NBD',
      names: PNBD_PARAMETERS,
      scales: [1, gap, 1, life],
      logLikelihood: (v) => paretoNbdLogLikelihood(fromVector(v), aggregate),
      customers: aggregate.customers,
      starts: starts.map(toVector),
    },
    options,
  );
  return { ...base, params: fromVector(fit.params), logLikelihood: fit.logLikelihood, diagnostics: fit.diagnostics, warnings: fit.warnings };
}
