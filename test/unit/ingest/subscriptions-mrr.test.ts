/** The subscriptions reader keeps each subscription's billing interval and quantity, so MRR can be monthly (metrics/mrr.ts). */
import { describe, expect, it } from 'vitest';
import { SUBSCRIPTION_FIELDS } from '../../../src/ingest/kinds.js';
import { readRecords } from '../../../src/ingest/records.js';
import { fileSource } from '../../../src/ingest/source.js';
import { billingInterval, monthlyAmount, mrrMovements, mrrSubscriptions } from '../../../src/metrics/mrr.js';
import { parseIsoDay } from '../../../src/time/days.js';
import { fixture } from '../../helpers/datasets.js';
import { csvSource } from '../../helpers/csv-source.js';

describe('subscriptions: interval and quantity', () => {
  it('the Stripe subscriptions export maps Interval and Quantity (the add-on: 2 × 5.00 a month)', async () => {
    const table = await readRecords(fileSource(fixture('exports', 'stripe-subscriptions.csv')), SUBSCRIPTION_FIELDS);
    const addOn = table.records.find((record) => record.line === 5)!;
    expect(addOn.values).toMatchObject({ customer: 'cus_PS1', amount: 500, interval: 'month', quantity: 2 });
    expect(monthlyAmount(addOn.values['amount'] as number, billingInterval(addOn.values['interval'] as string), 1, addOn.values['quantity'] as number)).toBe(1000);
  });

  it('a plain export with a billing interval column: a yearly plan is 1/12 a month', async () => {
    const csv = 'customer,start,amount,billing interval,seats\nA,2024-01-05,1200.00,year,3\n';
    const { records, mapping } = await readRecords(csvSource(csv), SUBSCRIPTION_FIELDS);
    expect(mapping).toMatchObject({ interval: 3, quantity: 4 });
    const { amount, interval, quantity } = records[0]!.values as { amount: number; interval: string; quantity: number };
    expect(monthlyAmount(amount, billingInterval(interval), 1, quantity)).toBe(30000);
  });

  it('MRR movements of the Stripe export, April to June 2024 (as of 2024-06-10), worked by hand', async () => {
    // Mar 31: PS1 19 + add-on 2 × 5, PS2 19, PS3 49, PS4 49 (trialing: the reader keeps it) = 146.
    // Apr: add-on ends Apr 1 (contraction 10); new PS5 19, PS6 19 → 174.
    // May: PS2 ends May 1, PS6 May 20 (churned 38); new PS7 190.00 a year = 15.83; PS8 in and out May 15–16 → 151.83.
    // Jun (partial, to the 10th): PS2 back on 49 (reactivation), new PS9 19 → 219.83.
    const table = await readRecords(fileSource(fixture('exports', 'stripe-subscriptions.csv')), SUBSCRIPTION_FIELDS);
    const ids = new Map<string, number>();
    const spans = table.records.map((record) => {
      const id = record.values['customer'] as string;
      if (!ids.has(id)) ids.set(id, ids.size);
      return { customer: ids.get(id)!, start: record.values['start'] as number, end: record.values['end'] as number | undefined };
    });
    const subscriptions = mrrSubscriptions(
      spans,
      table.records.map((record) => record.values['amount'] as number),
      table.records.map((record) => billingInterval(record.values['interval'] as string)),
      table.records.map((record) => record.values['quantity'] as number),
    );
    const rows = mrrMovements(subscriptions, 'month', parseIsoDay('2024-06-10')!).rows.slice(-3);
    expect(rows.map((row) => [row.period, row.mrrAtStart, row.new, row.reactivation, row.contraction, row.churned, Math.round(row.mrrAtEnd), row.partial])).toEqual([
      ['2024-04', 14600, 3800, 0, 1000, 0, 17400, false],
      ['2024-05', 17400, 19000 / 12, 0, 0, 3800, 15183, false],
      ['2024-06', 17400 - 3800 + 19000 / 12, 1900, 4900, 0, 0, 21983, true],
    ]);
  });
});
