/** The subscriptions reader keeps each subscription's billing interval and quantity, so MRR can be monthly (metrics/mrr.ts). */
import { describe, expect, it } from 'vitest';
import { SUBSCRIPTION_FIELDS } from '../../../src/ingest/kinds.js';
import { readRecords } from '../../../src/ingest/records.js';
import { fileSource } from '../../../src/ingest/source.js';
import { billingInterval, monthlyAmount } from '../../../src/metrics/mrr.js';
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
});
