import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type LiftOptions, runLift } from '../../src/commands/lift.js';
import { formatDay, parseIsoDay } from '../../src/time/days.js';
import { fakeIo } from '../helpers/fake-io.js';

// The history of test/unit/metrics/lift.test.ts ("measureLift on a built history"), as two files;
// day n = 2024-01-01 + n, amounts in EUR. Campaign on day 100, orders read to day 200.
const DAY0 = parseIsoDay('2024-01-01')!;
const date = (n: number) => formatDay(DAY0 + n);
const ORDERS: [string, number, string][] = [
  ['s1', 50, '1.00'], ['s1', 110, '5.00'], ['s2', 50, '1.00'], ['s2', 130, '10.00'], ['s2', 140, '2.00'], ['s3', 50, '1.00'], ['s3', 131, '7.00'],
  ['s4', 50, '1.00'], ['s4', 120, '-1.00'], ['h1', 50, '1.00'], ['h1', 105, '3.00'], ['h2', 50, '1.00'], ['h3', 99, '4.00'], ['p1', 200, '1.00'],
];
const CAMPAIGN: [string, string, number][] = [
  ['s1', 'sent', 100], ['s2', 'sent', 100], ['s3', 'sent', 100], ['s4', 'sent', 100],
  ['h1', 'held-out', 100], ['h2', 'held-out', 100], ['h3', 'held-out', 100], ['p1', 'sent', 180],
];

function files(campaignText?: string): { orders: string; campaign: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'care-lift-'));
  const orders = path.join(dir, 'orders.csv');
  const campaign = path.join(dir, 'campaign.csv');
  writeFileSync(orders, `Order ID,Customer ID,Order Date,Amount,Currency\n${ORDERS.map(([customer, day, amount], i) => `${i + 1},${customer},${date(day)},${amount},EUR`).join('\n')}\n`);
  const rows = CAMPAIGN.map(([customer, group, day]) => `${customer},at-risk,${group},win-back,${date(day)},7,0.4`);
  writeFileSync(campaign, campaignText ?? `customer,segment,group,template,as_of,seed,holdout\n${rows.join('\n')}\n`);
  return { orders, campaign };
}

async function runJson(options: LiftOptions = {}) {
  const { orders, campaign } = files();
  const io = fakeIo();
  await runLift(io, campaign, orders, { ...options, format: 'json' });
  return { json: JSON.parse(io.out()) as Record<string, any>, err: io.err() };
}

describe('care lift', () => {
  it('the two groups, the intervals and the verdict (worked by hand in the unit test)', async () => {
    const { json, err } = await runJson();
    expect(json['campaign']).toEqual({ rows: 8, templates: ['win-back'], firstAsOf: date(100), lastAsOf: date(180), seeds: [7] });
    expect(json['windowDays']).toBe(30);
    expect(json['asOf']).toBe(date(200));
    expect(json['pending']).toBe(1);
    expect(err).toContain('1 of 8 campaign customers left out');
    expect(json['sent']).toEqual({ customers: 4, buyers: 2, purchaseRate: 0.5, revenue: 14, revenuePerCustomer: 3.5, meanDaysToNextPurchase: 20 });
    expect(json['heldOut']).toEqual({ customers: 3, buyers: 1, purchaseRate: 0.333333, revenue: 3, revenuePerCustomer: 1, meanDaysToNextPurchase: 5 });
    expect(json['purchaseRate']).toMatchObject({ low: -0.557656, high: 0.89099 });
    // Revenue per customer: 3.50 − 1.00 = 2.50 EUR, SE 272.336 cents → 2.72 EUR (money to the cent).
    expect(json['revenuePerCustomer']).toMatchObject({ difference: 2.5, standardError: 2.72 });
    expect(json['daysToNextPurchase']).toBeNull();
    expect(json['neededPerGroup']).toBe(8847);
    expect(json['verdict']['code']).toBe('no-evidence');
  });

  it('--window 60: day 131 and day 140 fall inside', async () => {
    // (100, 160]: s3 buys on 131 → 3 of 4 sent bought; s2's 2.00 on day 140 and s3's 7.00 count.
    const { json } = await runJson({ window: 60 });
    expect(json['sent']).toMatchObject({ customers: 4, buyers: 3, purchaseRate: 0.75, revenue: 23 });
  });

  it('--min-lift 10: the group size for a 10-point lift', async () => {
    // From p0 = 1/3 to 0.43333: p̄ = 0.38333; (1.959964 · √0.47278 + 0.841621 · √(0.22222 + 0.24556))² / 0.01
    // = (1.34765 + 0.57562)² / 0.01 = 369.9 → 370.
    const { json } = await runJson({ minLift: 10 });
    expect(json['neededPerGroup']).toBe(370);
    expect(json['minLift']).toBe(0.1);
  });

  it('the table says the verdict in words', async () => {
    const { orders, campaign } = files();
    const io = fakeIo();
    await runLift(io, campaign, orders, {});
    expect(io.out()).toContain('Lift of win-back sent 2024-04-10 … 2024-06-29');
    expect(io.out()).toContain('Verdict: no evidence yet: about 8900 more customers per group are needed to see a 2-point lift');
    expect(io.out()).toContain('16.67 pts');
  });

  it('csv: one row per metric', async () => {
    const { orders, campaign } = files();
    const io = fakeIo();
    await runLift(io, campaign, orders, { format: 'csv' });
    const lines = io.out().trim().split('\n');
    expect(lines[0]).toBe('metric,sent,heldOut,difference,low,high');
    expect(lines.map((line) => line.split(',')[0])).toEqual(['metric', 'customers', 'buyers', 'purchaseRate', 'revenuePerCustomer', 'daysToNextPurchase']);
  });

  it('--fail-if: exit 4 after printing when the verdict is one of those named', async () => {
    const { orders, campaign } = files();
    const io = fakeIo();
    await expect(runLift(io, campaign, orders, { failIf: ['negative', 'no-evidence'] })).rejects.toMatchObject({ code: 'CARE_THRESHOLD_CROSSED', exitCode: 4 });
    expect(io.out()).toContain('Verdict: no evidence yet');
    await expect(runLift(fakeIo(), campaign, orders, { failIf: ['negative'] })).resolves.toBeUndefined();
  });

  it('no finished window: exit 3 with a hint', async () => {
    const { orders, campaign } = files();
    await expect(runLift(fakeIo(), campaign, orders, { window: 150 })).rejects.toMatchObject({ code: 'CARE_LIFT_TOO_EARLY', exitCode: 3 });
  });

  it('a bad campaign row: one error naming the file, line and field (exit 3)', async () => {
    const { orders, campaign } = files('customer,segment,group,template,as_of,seed,holdout\ns1,at-risk,sent,win-back,2024-04-10,7,0.4\ns2,at-risk,sent,win-back,10/04/2024,7,0.4\n');
    await expect(runLift(fakeIo(), campaign, orders, {})).rejects.toMatchObject({ code: 'CARE_BAD_CAMPAIGN_ROW', exitCode: 3, line: 3, field: 'as_of', file: campaign });
  });
});
