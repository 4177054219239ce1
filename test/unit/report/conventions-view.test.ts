import { describe, expect, it } from 'vitest';
import { activityFromSpans } from '../../../src/metrics/activity.js';
import { churnConventions, conventionSeries } from '../../../src/metrics/conventions.js';
import { bridgeSentences, conventionSeriesGrid, conventionsGrid, conventionsJson } from '../../../src/report/conventions-view.js';
import { renderTable } from '../../../src/report/render-table.js';
import { parseIsoDay } from '../../../src/time/days.js';

const day = (iso: string) => parseIsoDay(iso)!;

describe('conventions output', () => {
  // Customer 0 is subscribed throughout; customer 1 signs up on Feb 5 and cancels on Feb 20.
  // care and ProfitWell: base 1, churned 0. Stripe: base 1 + 1 new, churned 1 → 50%.
  const activity = activityFromSpans(
    [
      { customer: 0, start: day('2023-11-01'), end: undefined },
      { customer: 1, start: day('2024-02-05'), end: day('2024-02-20') },
    ],
    2,
    day('2024-02-29'),
  );
  const result = churnConventions(activity, day('2024-02-01'), day('2024-02-29'), ['care', 'profitwell', 'stripe']);

  it('the bridge says who counts the customer who signed up and cancelled in the month', () => {
    expect(bridgeSentences(result.bridges)).toEqual([
      'ProfitWell (Paddle): the same customers as care.',
      '1 customer signed up and cancelled in the same window: Stripe Billing +1 churned, +1 in the base against care.',
    ]);
  });

  it('table and JSON', () => {
    const text = renderTable(conventionsGrid(result), { color: false });
    expect(text).toMatch(/stripe .*Stripe Billing .*2024-01-31 – 2024-02-29 .* 2 .* 1 .* 50\.0% .* 50\.0%/);
    const json = conventionsJson(result);
    expect(json.end).toBe('2024-02-29');
    expect(json.conventions[2]).toMatchObject({ convention: 'stripe', from: '2024-01-31', base: 2, churned: 1, churnRate: 0.5 });
  });

  it('one convention month by month', () => {
    // Stripe, as of 2024-02-29: January (Jan 2 – Jan 31): base 1 (customer 0), nothing churned; February as above, 50%.
    const grid = conventionSeriesGrid('stripe', conventionSeries(activity, 'stripe', day('2024-02-29')).slice(-2));
    expect(grid.rows.map((row) => [row['period'], row['days'], row['base'], row['churned'], row['churnRate']])).toEqual([
      ['2024-01', '2024-01-02 – 2024-01-31', 1, 0, 0],
      ['2024-02', '2024-01-31 – 2024-02-29', 2, 1, 0.5],
    ]);
  });
});
