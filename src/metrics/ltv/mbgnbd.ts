/**
 * The MBG/NBD model (Batislam, Denizel & Filiztekin 2007, "Empirical validation and comparison
 * of models for customer base analysis", IJRM 24): BG/NBD in which a customer may also drop out
 * right after the first purchase, so a customer with no repeat purchase is not certainly alive.
 * While alive, purchases arrive at rate λ ~ Gamma(r, α); at time 0 and after each purchase the
 * customer drops out with probability p ~ Beta(a, b).
 *
 * Given λ and p, L = (1−p)^(x+1) λ^x e^(−λT) + p (1−p)^x λ^x e^(−λ t_x) (alive at T, or dropped out
 * right after the x-th purchase, at t_x; for x = 0 at time 0). Mixing over λ and p:
 *   L = Γ(r+x) α^r / Γ(r) · B(a, b+x+1) / B(a, b) · [(α+T)^−(r+x) + a/(b+x) · (α+t_x)^−(r+x)]
 * because E[p(1−p)^x] / E[(1−p)^(x+1)] = B(a+1, b+x) / B(a, b+x+1) = a / (b+x). This is the BG/NBD
 * form with b + 1 in place of b and the second term for every x, so its predictions reuse BG/NBD's
 * (bgnbd-predict.ts): P(alive) = 1 / (1 + a/(b+x) · ((α+T)/(α+t_x))^(r+x)), and the expected
 * purchases are BG/NBD's "if alive" factor with b + 1 times this P(alive).
 */
import { aggregateBgNbd, bgNbdLogLikelihood, type BgNbdAggregate, type BgNbdData } from './bgnbd-likelihood.js';
import { expectedPurchasesIfAlive } from './bgnbd-predict.js';
import { type CountingFit, fitBase, fitByLogParameters, purchaseTimeScale, type LogParameterFitOptions } from './model-fit.js';
import { lbeta, lgamma } from './special.js';
import type { BgNbdParams } from './types.js';

/** MBG/NBD has the parameters of BG/NBD: λ ~ Gamma(r, α), p ~ Beta(a, b). */
export type MbgNbdParams = BgNbdParams;

export const MBGNBD_PARAMETERS = ['r', 'alpha', 'a', 'b'] as const;

/** ln of the odds "dropped out after the last purchase" : "alive at T". */
function logDropoutOdds(params: MbgNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = params;
  return Math.log(a / (b + x)) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
}

/** One customer's MBG/NBD log-likelihood. */
export function mbgNbdCustomerLogLikelihood(params: MbgNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = params;
  const odds = logDropoutOdds(params, x, x === 0 ? 0 : tx, T);
  const log1pExp = odds > 0 ? odds + Math.log1p(Math.exp(-odds)) : Math.log1p(Math.exp(odds));
  return lgamma(r + x) - lgamma(r) + r * Math.log(alpha) + lbeta(a, b + x + 1) - lbeta(a, b) - (r + x) * Math.log(alpha + T) + log1pExp;
}

/**
 * Total log-likelihood over the distinct weighted (x, t_x, T) rows of `aggregateBgNbd`, through
 * BG/NBD's fast likelihood: per customer, MBG/NBD's ln L is BG/NBD's at b + 1 plus
 * ln B(a, b+1) − ln B(a, b) = ln(b / (a+b)), plus, for x = 0 only, the dropout-at-time-0 term
 * ln(1 + a/b · ((α+T)/α)^r) that BG/NBD does not have.
 */
export function mbgNbdLogLikelihood(params: MbgNbdParams, data: BgNbdAggregate): number {
  const { r, alpha, a, b } = params;
  let ll = bgNbdLogLikelihood({ ...params, b: b + 1 }, data) + data.customers * Math.log(b / (a + b));
  const logOdds = Math.log(a / b) - r * Math.log(alpha);
  for (let i = 0; i < data.rows; i++) {
    if (data.rowX[i] !== 0) continue;
    const odds = logOdds + r * Math.log(alpha + data.ts[data.rowTIndex[i]!]!);
    ll += data.rowWeight[i]! * (odds > 0 ? odds + Math.log1p(Math.exp(-odds)) : Math.log1p(Math.exp(odds)));
  }
  return ll;
}

/** P(alive at T | x, t_x, T) = 1 / (1 + a/(b+x) · ((α+T)/(α+t_x))^(r+x)), below 1 even for x = 0. */
export function mbgNbdProbabilityAlive(params: MbgNbdParams, x: number, tx: number, T: number): number {
  const odds = logDropoutOdds(params, x, x === 0 ? 0 : tx, T);
  return odds > 0 ? Math.exp(-odds) / (1 + Math.exp(-odds)) : 1 / (1 + Math.exp(odds));
}

/** Expected purchases of a new customer in (0, t]: b/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b+1; a+b; t/(α+t))]. */
export function mbgNbdExpectedPurchases(params: MbgNbdParams, t: number): number {
  return mbgNbdConditionalExpectedPurchases(params, t, 0, 0, 0);
}

/** Expected purchases in (T, T+t] given (x, t_x, T): BG/NBD's factor with b + 1, times P(alive). */
export function mbgNbdConditionalExpectedPurchases(params: MbgNbdParams, t: number, x: number, tx: number, T: number): number {
  return expectedPurchasesIfAlive({ ...params, b: params.b + 1 }, t, x, T) * mbgNbdProbabilityAlive(params, x, tx, T);
}

/** An MBG/NBD fit, in the shape of the BG/NBD one. */
export type MbgNbdFit = CountingFit<MbgNbdParams>;

/** Options of `fitMbgNbd`. */
export interface MbgNbdFitOptions extends LogParameterFitOptions {
  /** Fewer customers with a repeat purchase than this and no fit is attempted (default 20). */
  minRepeatCustomers?: number;
  starts?: MbgNbdParams[];
}

const toVector = (p: MbgNbdParams): number[] => [p.r, p.alpha, p.a, p.b];
const fromVector = (v: readonly number[]): MbgNbdParams => ({ r: v[0]!, alpha: v[1]!, a: v[2]!, b: v[3]! });

/** Fits MBG/NBD to per-customer (x, t_x, T) by maximum likelihood. */
export function fitMbgNbd(data: BgNbdData, options: MbgNbdFitOptions = {}): MbgNbdFit {
  const aggregate = aggregateBgNbd(data);
  const { base, tooFew } = fitBase(aggregate, 'MBG/NBD', options.minRepeatCustomers);
  if (tooFew) return tooFew;
  const gap = purchaseTimeScale(aggregate.customers, aggregate.totalRepeatPurchases, aggregate.meanT);
  const starts = options.starts ?? [
    { r: 1, alpha: gap, a: 1, b: 1 },
    { r: 0.3, alpha: 0.3 * gap, a: 0.5, b: 3 },
    { r: 3, alpha: 3 * gap, a: 2, b: 10 },
  ];
  const fit = fitByLogParameters(
    {
      label: 'MBG/NBD',
      names: MBGNBD_PARAMETERS,
      scales: [1, gap, 1, 1],
      logLikelihood: (v) => mbgNbdLogLikelihood(fromVector(v), aggregate),
      customers: aggregate.customers,
      starts: starts.map(toVector),
    },
    options,
  );
  return { ...base, params: fromVector(fit.params), logLikelihood: fit.logLikelihood, diagnostics: fit.diagnostics, warnings: fit.warnings };
}
