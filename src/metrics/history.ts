/** Reading a CustomerHistory (src/model/customer-history.ts): a customer's entries, purchase days, net revenue. */
import type { CustomerHistory } from '../model/customer-history.js';
import type { Day } from '../time/days.js';

export type { CustomerHistory };

/** Index range of a customer's entries. */
export function entriesOf(history: CustomerHistory, customer: number): [start: number, end: number] {
  return [history.offsets[customer] ?? 0, history.offsets[customer + 1] ?? 0];
}

/** A customer's qualifying purchase days on or before the as-of day, ascending. */
export function purchaseDaysOf(history: CustomerHistory, customer: number, asOf: Day = Infinity): Day[] {
  const [start, end] = entriesOf(history, customer);
  const days: Day[] = [];
  for (let i = start; i < end; i++) {
    const day = history.days[i]!;
    if (day > asOf) break;
    // Days with only returns or credits are not purchases (docs/definitions.md, "Purchases").
    if (history.orders[i]! > 0) days.push(day);
  }
  return days;
}

/** Net revenue of every kept order on or before `asOf` (returns and credits subtracted), in minor units. */
export function netRevenueOf(history: CustomerHistory, asOf: Day = Infinity): number {
  let total = 0;
  for (let c = 0; c < history.customers.length; c++) {
    for (let i = history.offsets[c]!; i < history.offsets[c + 1]!; i++) {
      if (history.days[i]! > asOf) break;
      total += history.amounts[i]!;
    }
  }
  return total;
}
