/**
 * Churn a business reads: the probability that a customer makes no purchase in the next t, from
 * a fitted BG/NBD model (docs/definitions.md, "P(no purchase)"), and the win-back ranking by it.
 *
 * Under BG/NBD a customer who is alive at T cannot drop out without first buying again (dropout
 * happens only right after a purchase), so "no purchase in (T, T + t]" is: dead at T, or alive and
 * the Poisson process gives nothing in t. With λ | x, T ~ Gamma(r + x, α + T) (Fader, Hardie & Lee
 * 2005, eq. 12's posterior), P(no purchase in t | alive) = ((α + T) / (α + T + t))^(r + x), so
 *   P(none in t) = 1 − P(alive) + P(alive) · ((α + T) / (α + T + t))^(r + x).
 */
import type { CustomerHistory } from '../history.js';
import type { Day } from '../../time/days.js';
import { fitBgNbd } from './bgnbd.js';
import { bgNbdProbabilityNoPurchase } from './no-purchase-forms.js';
import { rfmFromHistory } from './rfm.js';

// The closed forms of every model live in no-purchase-forms.ts; BG/NBD's is re-exported here for its callers.
export { bgNbdProbabilityNoPurchase };

/** What the ranking used: the fit's customers, or why there is no ranking. */
export type NoPurchaseModel = { fitted: true; customers: number; repeatCustomers: number; days: number } | { fitted: false; reason: string };

/**
 * P(no purchase in the next `days`) for each named customer of the history, from BG/NBD fitted on
 * the history up to `asOf` (in weeks, as care ltv fits); an empty map with the reason when the
 * model cannot be fitted (too few repeat customers, no convergence).
 */
export function noPurchaseProbabilities(history: CustomerHistory, asOf: Day, days: number, customers: ReadonlySet<string>): { model: NoPurchaseModel; byCustomer: Map<string, number> } {
  const rfm = rfmFromHistory(history, { calibrationEnd: asOf, unit: 'week' });
  const fit = fitBgNbd(rfm);
  const byCustomer = new Map<string, number>();
  if (fit.params === undefined) return { model: { fitted: false, reason: fit.warnings[0]?.message ?? 'BG/NBD could not be fitted' }, byCustomer };
  const t = days / rfm.unitDays;
  for (let row = 0; row < rfm.customer.length; row++) {
    const id = history.customers[rfm.customer[row] as number] as string;
    if (!customers.has(id)) continue;
    byCustomer.set(id, bgNbdProbabilityNoPurchase(fit.params, t, rfm.x[row] as number, rfm.tx[row] as number, rfm.T[row] as number));
  }
  return { model: { fitted: true, customers: fit.customers, repeatCustomers: fit.repeatCustomers, days }, byCustomer };
}
