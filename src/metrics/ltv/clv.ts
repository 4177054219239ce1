/**
 * Discounted customer lifetime value from a fitted BG/NBD (how many purchases) and
 * Gamma-Gamma (how much per purchase):
 *   CLV = margin · E[spend] · Σᵢ (E[Y(τᵢ)] − E[Y(τᵢ₋₁)]) · (1 + d)^(−τᵢ in years)
 * over monthly steps τᵢ up to the horizon (the last step may be shorter), with E[Y(τ)] the
 * conditional expected purchases of FHL 2005 eq. 10 and d an annual discount rate — the same
 * construction as the `lifetimes` library's customer_lifetime_value. Multiplying purchases
 * by expected spend relies on Gamma-Gamma's independence assumption.
 */
import { bgNbdConditionalExpectedPurchases, bgNbdExpectedPurchases, bgNbdProbabilityAlive } from './bgnbd-predict.js';
import { bgNbdProbabilityNoPurchase } from './no-purchase-forms.js';
import { gammaGammaExpectedSpend } from './gamma-gamma.js';
import type { RfmTable } from './rfm.js';
import type { BgNbdParams, GammaGammaParams } from './types.js';

const DAYS_PER_YEAR = 365.25;
const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

/** Options of the CLV computation. */
export interface ClvOptions {
  /** Horizon in the fit's time unit. */
  horizon: number;
  /** Days in the fit's time unit (1, 7 or 365.25 / 12; see `unitDays`). */
  unitDays: number;
  /** Share of revenue kept as profit, 0–1 (default 1: CLV in revenue). */
  margin?: number;
  /** Annual discount rate, e.g. 0.1 for 10% a year (default 0). */
  annualDiscountRate?: number;
}

/** A customer's history as the models see it. */
export interface CustomerRfm {
  x: number;
  tx: number;
  T: number;
  /** Mean spend of the repeat purchases (0 or any value when x = 0). */
  monetary: number;
}

/** What the models predict for one customer. */
export interface CustomerPrediction {
  pAlive: number;
  /** Expected purchases within the horizon. */
  expectedPurchases: number;
  /** Expected spend per purchase. */
  expectedSpend: number;
  /** Discounted value over the horizon, after margin. */
  clv: number;
}

/** Step ends (in the fit's unit) and their discount factors: monthly steps up to the horizon. */
export function discountSchedule(options: ClvOptions): { ends: Float64Array; factors: Float64Array } {
  const horizonDays = options.horizon * options.unitDays;
  const rate = options.annualDiscountRate ?? 0;
  if (!(horizonDays >= 0) || !(rate > -1)) throw new RangeError(`CLV needs a horizon ≥ 0 and a discount rate above −100% (got ${options.horizon}, ${rate})`);
  const steps = Math.max(0, Math.ceil(horizonDays / DAYS_PER_MONTH - 1e-9));
  const ends = new Float64Array(steps);
  const factors = new Float64Array(steps);
  for (let i = 0; i < steps; i++) {
    const endDays = Math.min((i + 1) * DAYS_PER_MONTH, horizonDays);
    ends[i] = endDays / options.unitDays;
    factors[i] = Math.pow(1 + rate, -endDays / DAYS_PER_YEAR);
  }
  return { ends, factors };
}

/**
 * What a purchase-count model (BG/NBD, Pareto/NBD, MBG/NBD) says about a customer with history
 * (x, t_x, T): P(alive at T), the expected purchases in (T, T + t], P(no purchase in (T, T + t]);
 * and of a new customer: the expected repeat purchases in (0, t] (the tracking chart's curve).
 */
export interface CountingPredictor {
  probabilityAlive(x: number, tx: number, T: number): number;
  conditionalExpectedPurchases(t: number, x: number, tx: number, T: number): number;
  probabilityNoPurchase(t: number, x: number, tx: number, T: number): number;
  expectedPurchases(t: number): number;
}

/** BG/NBD as a CountingPredictor. */
export function bgNbdPredictor(params: BgNbdParams): CountingPredictor {
  return {
    probabilityAlive: (x, tx, T) => bgNbdProbabilityAlive(params, x, tx, T),
    conditionalExpectedPurchases: (t, x, tx, T) => bgNbdConditionalExpectedPurchases(params, t, x, tx, T),
    probabilityNoPurchase: (t, x, tx, T) => bgNbdProbabilityNoPurchase(params, t, x, tx, T),
    expectedPurchases: (t) => bgNbdExpectedPurchases(params, t),
  };
}

/** Expected purchases within the horizon and their discounted sum Σᵢ (E[Y(τᵢ)] − E[Y(τᵢ₋₁)]) · factorᵢ. */
export function discountedPurchases(
  model: CountingPredictor,
  x: number,
  tx: number,
  T: number,
  schedule: { ends: Float64Array; factors: Float64Array },
): { expectedPurchases: number; discounted: number } {
  let discounted = 0;
  let previous = 0;
  for (let i = 0; i < schedule.ends.length; i++) {
    const cumulative = model.conditionalExpectedPurchases(schedule.ends[i]!, x, tx, T);
    discounted += (cumulative - previous) * schedule.factors[i]!;
    previous = cumulative;
  }
  return { expectedPurchases: previous, discounted };
}

/** P(alive), expected purchases and spend, and discounted CLV of one customer. */
export function predictCustomer(
  bgnbd: BgNbdParams | CountingPredictor,
  gammaGamma: GammaGammaParams,
  customer: CustomerRfm,
  options: ClvOptions,
  schedule = discountSchedule(options),
): CustomerPrediction {
  const model = 'probabilityAlive' in bgnbd ? bgnbd : bgNbdPredictor(bgnbd);
  const { x, tx, T, monetary } = customer;
  const expectedSpend = gammaGammaExpectedSpend(gammaGamma, x, monetary);
  const purchases = discountedPurchases(model, x, tx, T, schedule);
  return {
    pAlive: model.probabilityAlive(x, tx, T),
    expectedPurchases: purchases.expectedPurchases,
    expectedSpend,
    clv: (options.margin ?? 1) * expectedSpend * purchases.discounted,
  };
}

/** Predictions for every row of an RFM table, as columns. */
export function predictCustomers(
  bgnbd: BgNbdParams | CountingPredictor,
  gammaGamma: GammaGammaParams,
  rfm: RfmTable,
  options: Omit<ClvOptions, 'unitDays'>,
): { pAlive: Float64Array; expectedPurchases: Float64Array; expectedSpend: Float64Array; clv: Float64Array } {
  const full = { ...options, unitDays: rfm.unitDays };
  const schedule = discountSchedule(full);
  const n = rfm.customer.length;
  const result = {
    pAlive: new Float64Array(n),
    expectedPurchases: new Float64Array(n),
    expectedSpend: new Float64Array(n),
    clv: new Float64Array(n),
  };
  const model = 'probabilityAlive' in bgnbd ? bgnbd : bgNbdPredictor(bgnbd);
  for (let row = 0; row < n; row++) {
    const monetary = rfm.monetary?.[row] ?? NaN;
    const prediction = predictCustomer(model, gammaGamma, { x: rfm.x[row]!, tx: rfm.tx[row]!, T: rfm.T[row]!, monetary }, full, schedule);
    result.pAlive[row] = prediction.pAlive;
    result.expectedPurchases[row] = prediction.expectedPurchases;
    result.expectedSpend[row] = prediction.expectedSpend;
    result.clv[row] = prediction.clv;
  }
  return result;
}
