/** care remind --template win-back: lapsed customers ranked by P(no purchase in the next churn window). */
import { describe, expect, it } from 'vitest';
import { runRemind } from '../../src/commands/remind.js';
import { day } from '../helpers/day.js';
import { fakeIo } from '../helpers/fake-io.js';

async function winBack(file: string, asOf?: string) {
  const io = fakeIo();
  await runRemind(io, file, { template: 'win-back', format: 'json', ...(asOf === undefined ? {} : { asOf: day(asOf) }) });
  return { json: JSON.parse(io.out()) as { due: number; items: { customer: string; pNoPurchase?: number; daysSinceLast: number }[] }, err: io.err() };
}

describe('care remind --template win-back, ranked', () => {
  it('gives every lapsed customer a probability, most likely lost first', async () => {
    const { json, err } = await winBack('fixtures/orders.csv');
    expect(err).toContain('ranked by P(no purchase in the next 90 days), from BG/NBD fitted on');
    expect(json.items).toHaveLength(json.due);
    const p = json.items.map((item) => item.pNoPurchase as number);
    for (const value of p) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
    for (let i = 1; i < p.length; i++) expect(p[i]!).toBeLessThanOrEqual(p[i - 1]!);
  });

  it('keeps the selection order and says why when BG/NBD cannot be fitted (too few repeat customers)', async () => {
    const { json, err } = await winBack('fixtures/remind/orders.csv', '2025-12-16');
    expect(err).toContain('win-back: not ranked by P(no purchase)');
    for (const item of json.items) expect(item).not.toHaveProperty('pNoPurchase');
  });
});
