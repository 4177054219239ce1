/**
 * The simple LTV of docs/definitions.md ("Lifetime value"):
 *   LTV = AOV × purchases per customer per year × expected lifetime in years × margin,
 * the textbook "average purchase × purchases per year × years retained" with the years
 * retained taken as 1 / annual churn (the mean of a geometric lifetime with that churn rate),
 * and the margin as the share of revenue kept after costs (revenue − costs = revenue × margin,
 * DOMAIN's net form). Money is in whatever unit the inputs are (minor units from a history).
 * Pure: no I/O.
 */
import type { Day } from '../../time/days.js';
import { activityFromHistory } from '../activity.js';
import type { CustomerHistory } from '../history.js';
import { retentionBetween } from '../retention.js';

/** The lifetime used when churn is zero or tiny (docs/definitions.md, `--max-lifetime`). */
export const DEFAULT_MAX_LIFETIME_YEARS = 10;
/** The AOV and frequency window, and the churn span: the 365 days ending at as-of. */
export const LTV_YEAR_DAYS = 365;

/** Inputs of the formula, given directly or measured from a history. */
export interface SimpleLtvInputs {
  /** Average order value (net revenue / qualifying orders); null when there were no orders. */
  averageOrderValue: number | null;
  /** Purchases per customer per year; null when there were no customers. */
  purchasesPerYear: number | null;
  /** Expected lifetime in years; wins over `annualChurnRate` when both are given. */
  lifetimeYears?: number;
  /** Share of the customers lost in a year, 0–1; null when no one could be lost (S = 0). */
  annualChurnRate?: number | null;
  /** Share of revenue kept as profit, 0–1 (default 1). */
  margin?: number;
  /** Customer acquisition cost, in the unit of the AOV. */
  cac?: number;
  /** Cap on the lifetime in years (default 10). */
  maxLifetimeYears?: number;
}

/** The simple LTV and every number it is made of. */
export interface SimpleLtv {
  averageOrderValue: number | null;
  purchasesPerYear: number | null;
  annualChurnRate: number | null;
  /** min(1 / churn, cap), or the given lifetime; null when churn is unknown. */
  expectedLifetimeYears: number | null;
  /** Whether the cap decided the lifetime. */
  lifetimeCapped: boolean;
  margin: number;
  /** AOV × frequency: revenue per customer per year. */
  annualRevenuePerCustomer: number | null;
  /** Revenue over the expected lifetime (before margin). */
  lifetimeRevenue: number | null;
  /** lifetimeRevenue × (1 − margin): the costs the margin stands for. */
  lifetimeCosts: number | null;
  /** lifetimeRevenue × margin = lifetimeRevenue − lifetimeCosts. */
  ltv: number | null;
  cac: number | null;
  ltvMinusCac: number | null;
  /** LTV : CAC as one number (3 means 3 : 1); null without a positive CAC. */
  ltvToCac: number | null;
}

/** Applies the formula to explicit inputs (DOMAIN: 1,000 × 6 × 5 = 30,000). */
export function simpleLtv(inputs: SimpleLtvInputs): SimpleLtv {
  const margin = inputs.margin ?? 1;
  const cap = inputs.maxLifetimeYears ?? DEFAULT_MAX_LIFETIME_YEARS;
  const churn = inputs.annualChurnRate ?? null;
  let lifetime: number | null = null;
  let capped = false;
  if (inputs.lifetimeYears !== undefined) lifetime = inputs.lifetimeYears;
  else if (churn !== null) lifetime = churn > 0 ? 1 / churn : Infinity;
  if (lifetime !== null && lifetime > cap) {
    lifetime = cap;
    capped = true;
  }
  const { averageOrderValue: aov, purchasesPerYear: frequency } = inputs;
  const annual = aov === null || frequency === null ? null : aov * frequency;
  const revenue = annual === null || lifetime === null ? null : annual * lifetime;
  const ltv = revenue === null ? null : revenue * margin;
  const cac = inputs.cac ?? null;
  return {
    averageOrderValue: aov,
    purchasesPerYear: frequency,
    annualChurnRate: churn,
    expectedLifetimeYears: lifetime,
    lifetimeCapped: capped,
    margin,
    annualRevenuePerCustomer: annual,
    lifetimeRevenue: revenue,
    lifetimeCosts: revenue === null ? null : revenue * (1 - margin),
    ltv,
    cac,
    ltvMinusCac: ltv === null || cac === null ? null : ltv - cac,
    ltvToCac: ltv === null || cac === null || !(cac > 0) ? null : ltv / cac,
  };
}

/** What the simple LTV was measured on: the year ending at as-of. */
export interface SimpleLtvBasis {
  /** First day of the AOV / frequency window: as-of − 364 (the window is 365 days, as-of included). */
  windowStart: Day;
  asOf: Day;
  /** The churn start day: as-of − 365 (S = customers active on it). */
  churnFrom: Day;
  churnAfterDays: number;
  /** Net revenue of the window (credits subtracted), minor units. */
  revenue: number;
  /** Qualifying orders in the window. */
  orders: number;
  /** Distinct customers with a qualifying order in the window. */
  customers: number;
  /** S, retained and lost between churnFrom and as-of. */
  customersAtStart: number;
  retained: number;
  lost: number;
}

/** Options of `simpleLtvFromHistory`. */
export interface SimpleLtvOptions {
  /** W of the customer-base definition (`--churn-after`, default 90 in the commands). */
  churnAfterDays: number;
  margin?: number;
  /** In minor units, like the history's amounts. */
  cac?: number;
  maxLifetimeYears?: number;
}

/** Measures AOV, frequency and annual churn over the year ending at as-of. */
export function simpleLtvBasis(history: CustomerHistory, asOf: Day, churnAfterDays: number): SimpleLtvBasis {
  const windowStart = asOf - LTV_YEAR_DAYS + 1;
  let revenue = 0;
  let orders = 0;
  let customers = 0;
  for (let c = 0; c < history.customers.length; c++) {
    let customerOrders = 0;
    for (let i = history.offsets[c]!; i < history.offsets[c + 1]!; i++) {
      const day = history.days[i]!;
      if (day > asOf) break;
      if (day < windowStart) continue;
      customerOrders += history.orders[i]!;
      revenue += history.amounts[i]!;
    }
    orders += customerOrders;
    if (customerOrders > 0) customers++;
  }
  // Annual churn by the customer-base definition (docs/definitions.md): S = active a year before
  // as-of, E = active on as-of, lost = S \ E; churn = lost / S.
  const churnFrom = asOf - LTV_YEAR_DAYS;
  const base = retentionBetween(activityFromHistory(history, churnAfterDays, asOf), churnFrom, asOf);
  return { windowStart, asOf, churnFrom, churnAfterDays, revenue, orders, customers, customersAtStart: base.start, retained: base.retained, lost: base.lost };
}

/** The simple LTV of docs/definitions.md measured on a history (money in minor units). */
export function simpleLtvFromHistory(history: CustomerHistory, asOf: Day, options: SimpleLtvOptions): SimpleLtv & { basis: SimpleLtvBasis } {
  const basis = simpleLtvBasis(history, asOf, options.churnAfterDays);
  const result = simpleLtv({
    averageOrderValue: history.hasAmounts && basis.orders > 0 ? basis.revenue / basis.orders : null,
    purchasesPerYear: basis.customers > 0 ? basis.orders / basis.customers : null,
    annualChurnRate: basis.customersAtStart > 0 ? basis.lost / basis.customersAtStart : null,
    margin: options.margin,
    cac: options.cac,
    maxLifetimeYears: options.maxLifetimeYears,
  });
  return { ...result, basis };
}
