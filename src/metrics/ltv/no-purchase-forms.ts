/**
 * P(no purchase in (T, T + t] | x, t_x, T) under each purchase-count model, in closed form
 * (docs/definitions.md, "P(no purchase) in care ltv").
 *
 * The event "x purchases in (0, T] with the last at t_x, and none in (T, T + t]" is exactly the
 * history (x, t_x, T + t), so P(none in t | x, t_x, T) = L(x, t_x, T + t) / L(x, t_x, T), the ratio
 * of the model's individual likelihoods. For BG/NBD (Fader, Hardie & Lee 2005) and MBG/NBD
 * (Batislam, Denizel & Filiztekin 2007) the likelihood is A·(α+T)^−(r+x) + D, with D free of T, so
 * the ratio is 1 − P(alive) + P(alive) · ((α+T)/(α+T+t))^(r+x): a customer alive at T drops out only
 * right after a purchase, so no purchase means dead at T or a quiet Poisson process. Pareto/NBD
 * (Schmittlein, Morrison & Colombo 1987; the x* = 0 case of Fader & Hardie's 2014 note on its
 * conditional PMF) can die between purchases; its ratio is taken from the likelihood itself.
 */
import { bgNbdProbabilityAlive } from './bgnbd-predict.js';
import { mbgNbdProbabilityAlive } from './mbgnbd.js';
import { paretoNbdCustomerLogLikelihood, type ParetoNbdParams } from './pnbd.js';
import type { BgNbdParams } from './types.js';

/** 1 − P(alive) + P(alive) · ((α+T)/(α+T+t))^(r+x), for the models that drop out only after a purchase. */
function deadOrQuiet(alive: number, params: BgNbdParams, t: number, x: number, T: number): number {
  if (t <= 0) return 1;
  const quiet = Math.exp((params.r + x) * (Math.log(params.alpha + T) - Math.log(params.alpha + T + t)));
  return 1 - alive + alive * quiet;
}

/** BG/NBD: P(X(T, T+t) = 0 | x, t_x, T). */
export function bgNbdProbabilityNoPurchase(params: BgNbdParams, t: number, x: number, tx: number, T: number): number {
  return deadOrQuiet(bgNbdProbabilityAlive(params, x, tx, T), params, t, x, T);
}

/** MBG/NBD: the BG/NBD form with MBG/NBD's P(alive) (which is below 1 for x = 0 too). */
export function mbgNbdProbabilityNoPurchase(params: BgNbdParams, t: number, x: number, tx: number, T: number): number {
  return deadOrQuiet(mbgNbdProbabilityAlive(params, x, tx, T), params, t, x, T);
}

/** Pareto/NBD: L(x, t_x, T + t) / L(x, t_x, T), in logs; within [0, 1]. */
export function paretoNbdProbabilityNoPurchase(params: ParetoNbdParams, t: number, x: number, tx: number, T: number): number {
  if (t <= 0) return 1;
  const ratio = Math.exp(paretoNbdCustomerLogLikelihood(params, x, tx, T + t) - paretoNbdCustomerLogLikelihood(params, x, tx, T));
  return Math.min(1, Math.max(0, ratio));
}
