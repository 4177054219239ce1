/**
 * What a fitted BG/NBD model says: P(alive), expected purchases of a new and of a known
 * customer, and the distribution of the number of purchases. Formulas from Fader, Hardie &
 * Lee (2005), "Counting your customers the easy way", eqs. 8–10, and Fader, Hardie & Lee
 * (2008), "Computing P(alive) using the BG/NBD model". Times are in the fit's time unit.
 */
import { hyp2f1, lbeta, lgamma } from './special.js';
import type { BgNbdParams } from './types.js';

/**
 * Probability that a customer with history (x, t_x, T) is still alive at T:
 * 1 / (1 + δ(x > 0) · a / (b + x − 1) · ((α + T) / (α + t_x))^(r + x)).
 * A customer with no repeat purchase is alive by the model's definition (dropout can only
 * happen right after a purchase), so P(alive) = 1 when x = 0.
 */
export function bgNbdProbabilityAlive(params: BgNbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  const { r, alpha, a, b } = params;
  const logOdds = Math.log(a / (b + x - 1)) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
  // 1 / (1 + e^logOdds), written to stay exact when logOdds is large either way.
  return logOdds > 0 ? Math.exp(-logOdds) / (1 + Math.exp(-logOdds)) : 1 / (1 + Math.exp(logOdds));
}

/**
 * The factor (a + b + x − 1) / (a − 1) · [1 − ((α+T)/(α+T+t))^(r+x) · 2F1(r+x, b+x; a+b+x−1; t/(α+T+t))]
 * shared by eqs. 9 and 10 (T = 0, x = 0 gives eq. 9). At a = 1 it is 0/0 with a finite
 * limit; near it the value is interpolated from a = 1 ± 1e-4, where both parts are accurate.
 * MBG/NBD's expectation is this factor with b + 1 in place of b (mbgnbd.ts).
 */
export function expectedPurchasesIfAlive(params: BgNbdParams, t: number, x: number, T: number): number {
  if (t <= 0) return 0;
  const near = 1e-4;
  const a = params.a;
  if (Math.abs(a - 1) < near) {
    const below = eq10AliveFactor({ ...params, a: 1 - near }, t, x, T);
    const above = eq10AliveFactor({ ...params, a: 1 + near }, t, x, T);
    return below + ((a - (1 - near)) / (2 * near)) * (above - below);
  }
  return eq10AliveFactor(params, t, x, T);
}

function eq10AliveFactor(params: BgNbdParams, t: number, x: number, T: number): number {
  const { r, alpha, a, b } = params;
  const z = t / (alpha + T + t);
  const logHyp = Math.log(hyp2f1(r + x, b + x, a + b + x - 1, z));
  const logRest = (r + x) * (Math.log(alpha + T) - Math.log(alpha + T + t));
  return ((a + b + x - 1) / (a - 1)) * -Math.expm1(logHyp + logRest);
}

/** Expected number of purchases of a new customer in (0, t]: E[X(t)], FHL 2005 eq. 9. */
export function bgNbdExpectedPurchases(params: BgNbdParams, t: number): number {
  return expectedPurchasesIfAlive(params, t, 0, 0);
}

/**
 * Expected purchases in (T, T + t] of a customer with history (x, t_x, T):
 * E[Y(t) | x, t_x, T], FHL 2005 eq. 10 — P(alive) times the expectation for a live customer.
 */
export function bgNbdConditionalExpectedPurchases(params: BgNbdParams, t: number, x: number, tx: number, T: number): number {
  return expectedPurchasesIfAlive(params, t, x, T) * bgNbdProbabilityAlive(params, x, tx, T);
}

/** Probability that a new customer makes exactly x purchases in (0, t]: P(X(t) = x), FHL 2005 eq. 8. */
export function bgNbdProbabilityOfPurchases(params: BgNbdParams, t: number, x: number): number {
  if (!(Number.isInteger(x) && x >= 0)) return 0;
  const { r, alpha, a, b } = params;
  const logStay = Math.log(alpha) - Math.log(alpha + t); // ln(α / (α + t))
  const logGo = Math.log(t) - Math.log(alpha + t); // ln(t / (α + t))
  const logBetaAB = lbeta(a, b);
  // Alive throughout (0, t] with exactly x purchases: a beta-geometric survival times an NBD term.
  const nbd = (j: number): number => Math.exp(lgamma(r + j) - lgamma(r) - lgamma(j + 1) + r * logStay + (j === 0 ? 0 : j * logGo));
  const first = Math.exp(lbeta(a, b + x) - logBetaAB) * nbd(x);
  if (x === 0) return first;
  // Dropped out right after the x-th purchase, which happened before t: P(NBD count ≥ x).
  let below = 0;
  for (let j = 0; j < x; j++) below += nbd(j);
  return first + Math.exp(lbeta(a + 1, b + x - 1) - logBetaAB) * Math.max(0, 1 - below);
}
