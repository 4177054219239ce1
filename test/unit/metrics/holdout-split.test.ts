import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCampaign } from '../../../src/ingest/campaign.js';
import { type DueCustomer, UNSCORED, allocate, planHoldout, splitHoldout } from '../../../src/metrics/holdout-split.js';
import { renderCampaignCsv } from '../../../src/report/campaign-file.js';
import { parseIsoDay } from '../../../src/time/days.js';
import { fakeIo } from '../../helpers/fake-io.js';
import { buildHistory } from '../../helpers/history-builder.js';

/** `count` customers of one segment, ids `<prefix>1` … */
const members = (segment: string, count: number, prefix = segment): DueCustomer[] => Array.from({ length: count }, (_, i) => ({ customer: `${prefix}${i + 1}`, segment }));

// 220 due customers: at-risk 37, loyal 120, lost 3, new 1, hibernating 59.
const DUE = [...members('at-risk', 37), ...members('loyal', 120), ...members('lost', 3), ...members('new', 1), ...members('hibernating', 59)];

const heldBySegment = (split: { segment: string; group: string }[]) => {
  const counts: Record<string, number> = {};
  for (const row of split) if (row.group === 'held-out') counts[row.segment] = (counts[row.segment] ?? 0) + 1;
  return counts;
};

describe('the holdout split', () => {
  it('is balanced per segment: 10% of 220 by hand', () => {
    // ⌊0.1 n⌋: at-risk 3, loyal 12, lost 0, new 0, hibernating 5 = 20; round(22) − 20 = 2 more,
    // to the largest remainders: hibernating 0.9, at-risk 0.7 (lost 0.3 and new 0.1 get none).
    for (const seed of [1, 2, 3, 4294967295]) {
      const split = splitHoldout(DUE, { share: 0.1, seed });
      expect(heldBySegment(split)).toEqual({ 'at-risk': 4, loyal: 12, hibernating: 6 });
      expect(split.filter((row) => row.group === 'held-out')).toHaveLength(22);
    }
  });

  it('allocates by largest remainder, ties in a seeded order', () => {
    // Three strata of 5 at 10%: 0.5 each, ⌊⌋ 0, round(1.5) = 2 to hold out: two of the three get one.
    const quotas = allocate([5, 5, 5], 0.1, () => 0.5);
    expect(quotas.reduce((a, b) => a + b, 0)).toBe(2);
    expect(quotas.every((q) => q === 0 || q === 1)).toBe(true);
  });

  it('is reproducible from the seed, whatever the order of the customers', () => {
    const first = splitHoldout(DUE, { share: 0.25, seed: 42 });
    const again = splitHoldout(DUE, { share: 0.25, seed: 42 });
    expect(again).toEqual(first);
    const reversed = splitHoldout([...DUE].reverse(), { share: 0.25, seed: 42 });
    const groupOf = new Map(reversed.map((row) => [row.customer, row.group]));
    expect(first.every((row) => groupOf.get(row.customer) === row.group)).toBe(true);
    const other = splitHoldout(DUE, { share: 0.25, seed: 43 });
    expect(other.map((row) => row.group)).not.toEqual(first.map((row) => row.group));
  });

  it('holds out each customer about as often as the share, over seeds', () => {
    const due = members('loyal', 10);
    const held = new Array(10).fill(0);
    for (let seed = 0; seed < 2000; seed++) splitHoldout(due, { share: 0.3, seed }).forEach((row, i) => (held[i] += row.group === 'held-out' ? 1 : 0));
    // Each customer is held out with probability 3/10: 600 of 2000 expected, sd √(2000 · 0.21) ≈ 20.5.
    for (const count of held) expect(Math.abs(count - 600)).toBeLessThan(100);
  });

  it('refuses a share or a seed out of range', () => {
    expect(() => splitHoldout(DUE, { share: 0, seed: 1 })).toThrow(RangeError);
    expect(() => splitHoldout(DUE, { share: 1, seed: 1 })).toThrow(RangeError);
    expect(() => splitHoldout(DUE, { share: 0.1, seed: -1 })).toThrow(RangeError);
    expect(() => splitHoldout(DUE, { share: 0.1, seed: 1.5 })).toThrow(RangeError);
  });
});

describe('planHoldout and the campaign file', () => {
  const asOf = parseIsoDay('2024-06-30')!;
  const history = buildHistory([['a', asOf - 1, 100], ['b', asOf - 200, 100], ['c', asOf - 300, 100]]);

  it('stratifies by the RFM segment on the as-of day; a customer without purchases is unscored', () => {
    // n = 3, all F 1; R = 1 + ⌊5k/3⌋ with k = customers with more days since:
    // a k 2 → R 4 promising; b k 1 → R 2 hibernating; c k 0 → R 1 lost.
    const rows = planHoldout(history, asOf, [{ customer: 'a' }, { customer: 'b' }, { customer: 'c' }, { customer: 'zz' }], { share: 0.5, seed: 7, template: 'win-back' });
    expect(rows.map((row) => [row.customer, row.segment])).toEqual([['a', 'promising'], ['b', 'hibernating'], ['c', 'lost'], ['zz', UNSCORED]]);
    expect(rows.every((row) => row.template === 'win-back' && row.asOf === asOf && row.seed === 7 && row.holdout === 0.5)).toBe(true);
  });

  it('writes CSV that reads back to the same rows', async () => {
    const rows = planHoldout(history, asOf, [{ customer: 'a' }, { customer: 'b' }, { customer: 'c' }], { share: 0.5, seed: 7, template: 'win-back' });
    const text = renderCampaignCsv(rows);
    expect(text.split('\n')[0]).toBe('customer,segment,group,template,as_of,seed,holdout');
    expect(text.split('\n')[1]).toMatch(/^a,promising,(sent|held-out),win-back,2024-06-30,7,0\.5$/);
    const dir = mkdtempSync(path.join(tmpdir(), 'care-campaign-'));
    const file = path.join(dir, 'campaign.csv');
    writeFileSync(file, text);
    expect(await readCampaign(fakeIo(), file)).toEqual(rows);
  });

  it('a bad row is one error naming the line and field (exit 3)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-campaign-'));
    const file = path.join(dir, 'campaign.csv');
    writeFileSync(file, 'customer,segment,group,template,as_of,seed,holdout\na,new,sent,win-back,2024-06-30,7,0.1\nb,lost,maybe,win-back,2024-06-30,7,0.1\n');
    await expect(readCampaign(fakeIo(), file)).rejects.toMatchObject({ code: 'CARE_BAD_CAMPAIGN_ROW', exitCode: 3, line: 3, field: 'group' });
    writeFileSync(file, 'customer,group\na,sent\n');
    await expect(readCampaign(fakeIo(), file)).rejects.toMatchObject({ code: 'CARE_NOT_A_CAMPAIGN', exitCode: 3 });
  });
});
