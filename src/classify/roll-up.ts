/** The per-customer view of a classified log (`--by-customer`): each customer once, by their most severe type. */
import { type ClassifiedItem, type ComplaintSummary, type CustomerRollUp, rollUpByCustomer, summarize } from './summary.js';
import { type Locale, severityRank } from './types.js';

/** Each customer's most severe type, most severe first, then the surest, then by customer. */
export function sortedRollUp(items: readonly ClassifiedItem[], locale: Locale): CustomerRollUp[] {
  return rollUpByCustomer(items, locale).sort(
    (a, b) => severityRank(a.type) - severityRank(b.type) || b.confidence - a.confidence || a.customer.localeCompare(b.customer),
  );
}

/** The breakdown over customers (each counted once, by their most severe type), from the roll-up. */
export function customerSummary(rollUp: readonly CustomerRollUp[]): ComplaintSummary {
  return summarize(rollUp.map(({ customer, type, confidence, evidence, action }) => ({ record: { customer }, result: { type, confidence, evidence, action } })));
}
