import { describe, expect, it } from 'vitest';
import { activityFromHistory } from '../../../src/metrics/activity.js';
import { computeKpis } from '../../../src/metrics/kpis.js';
import { parseIsoDay } from '../../../src/time/days.js';
import { buildHistory } from '../../helpers/history-builder.js';

const day = (iso: string) => parseIsoDay(iso)!;

describe('headline KPIs of care report', () => {
  // As of 31 March 2024, window 30 days:
  //   A: 100.00 on 5 Jan, 50.00 on 20 Mar            → 2 orders, active (20 Mar is within 2–31 Mar)
  //   B: 80.00 on 10 Feb, a −30.00 return on 25 Mar  → 1 order, not active (the return is no purchase)
  //   C: 40.00 on 31 Mar                             → 1 order, active
  //   D: only a −10.00 credit                        → no customer
  //   E: 70.00 on 1 Apr, after the as-of day         → ignored
  const history = buildHistory([
    ['A', '2024-01-05', 10_000], ['A', '2024-03-20', 5_000],
    ['B', '2024-02-10', 8_000], ['B', '2024-03-25', -3_000],
    ['C', '2024-03-31', 4_000],
    ['D', '2024-02-01', -1_000],
    ['E', '2024-04-01', 7_000],
  ]);
  const asOf = day('2024-03-31');
  const kpis = computeKpis(history, activityFromHistory(history, 30, asOf), asOf);

  it('counts customers, active customers, orders and repeat buyers by the definitions', () => {
    expect(kpis).toMatchObject({ customers: 3, activeNow: 2, orders: 4, repeatCustomers: 1 });
    expect(kpis.repeatPurchaseRate).toBeCloseTo(1 / 3, 12);
  });

  it('revenue is net of returns and credits; AOV = net revenue / qualifying orders', () => {
    // 100 + 50 + 80 − 30 + 40 − 10 = 230.00 over 4 orders → 57.50
    expect(kpis.revenue).toBe(23_000);
    expect(kpis.averageOrderValue).toBe(5_750);
  });
});
