/**
 * Headline numbers of the report, all up to the as-of day:
 * customers = customers with a qualifying purchase; active now = active on the as-of day;
 * repeat-purchase rate = share of customers with two or more qualifying orders;
 * average order value = net revenue / qualifying orders; revenue = net (credits subtracted).
 */
import type { Day } from '../time/days.js';
import { type Activity, countActiveOn } from './activity.js';
import type { CustomerHistory } from './history.js';

export interface Kpis {
  customers: number;
  activeNow: number;
  orders: number;
  repeatCustomers: number;
  repeatPurchaseRate: number | null;
  /** Minor units; null without amounts. */
  revenue: number | null;
  averageOrderValue: number | null;
}

export function computeKpis(history: CustomerHistory, activity: Activity, asOf: Day): Kpis {
  let customers = 0;
  let orders = 0;
  let repeatCustomers = 0;
  let revenue = 0;
  for (let c = 0; c < history.customers.length; c++) {
    let customerOrders = 0;
    for (let i = history.offsets[c]!; i < history.offsets[c + 1]!; i++) {
      if (history.days[i]! > asOf) break;
      customerOrders += history.orders[i]!;
      revenue += history.amounts[i]!;
    }
    orders += customerOrders;
    if (customerOrders > 0) customers++;
    if (customerOrders > 1) repeatCustomers++;
  }
  return {
    customers,
    activeNow: countActiveOn(activity, asOf),
    orders,
    repeatCustomers,
    repeatPurchaseRate: customers === 0 ? null : repeatCustomers / customers,
    revenue: history.hasAmounts ? revenue : null,
    averageOrderValue: history.hasAmounts && orders > 0 ? revenue / orders : null,
  };
}
