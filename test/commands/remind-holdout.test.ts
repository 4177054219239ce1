/** care remind --holdout: the control group kept unsent and the campaign file care lift reads. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRemind } from '../../src/commands/remind.js';
import { fakeIo } from '../helpers/fake-io.js';

const ORDERS = path.resolve('fixtures/orders.csv');

async function dueJson(options: Record<string, unknown>, cwd: string) {
  const io = fakeIo({ cwd });
  await runRemind(io, ORDERS, { template: 'win-back', format: 'json', ...options });
  return { json: JSON.parse(io.out()) as { due: number; items: { customer: string }[] }, err: io.err() };
}

function campaignRows(file: string) {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  expect(header).toBe('customer,segment,group,template,as_of,seed,holdout');
  return lines.map((line) => line.split(','));
}

describe('care remind --holdout', () => {
  it('holds out round(share × due) customers, lists only the sent ones, and writes who was which', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'care-holdout-'));
    const all = (await dueJson({}, cwd)).json;
    const { json, err } = await dueJson({ holdout: 0.2, seed: 7 }, cwd);
    const rows = campaignRows(path.join(cwd, 'campaign-2026-03-05.csv'));
    const held = rows.filter((row) => row[2] === 'held-out');
    expect(rows).toHaveLength(all.due);
    expect(held).toHaveLength(Math.round(0.2 * all.due));
    expect(json.due).toBe(all.due - held.length);
    const sent = new Set(json.items.map((item) => item.customer));
    for (const row of held) expect(sent.has(row[0] as string)).toBe(false);
    expect(rows.every((row) => row[3] === 'win-back' && row[4] === '2026-03-05' && row[5] === '7' && row[6] === '0.2')).toBe(true);
    expect(err).toContain(`wrote campaign-2026-03-05.csv: ${json.due} sent, ${held.length} held out`);
  });

  it('splits the same way for the same seed, differently for another, and says a clock seed', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'care-holdout-'));
    await dueJson({ holdout: 0.1, seed: 1, campaign: 'a.csv' }, cwd);
    await dueJson({ holdout: 0.1, seed: 1, campaign: 'b.csv' }, cwd);
    await dueJson({ holdout: 0.1, seed: 2, campaign: 'c.csv' }, cwd);
    const read = (name: string) => readFileSync(path.join(cwd, name), 'utf8');
    expect(read('a.csv')).toBe(read('b.csv'));
    expect(read('a.csv')).not.toBe(read('c.csv'));
    const { err } = await dueJson({ holdout: 0.1, campaign: 'd.csv' }, cwd);
    expect(err).toMatch(/--holdout: seed \d+ \(pass --seed \d+ to split the same way again\)/);
  });

  it('is exit 2 for payment reminders: every unpaid invoice gets one', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'care-holdout-'));
    await expect(runRemind(fakeIo({ cwd }), path.resolve('fixtures/remind/invoices.csv'), { template: 'payment-reminder', holdout: 0.1, seed: 1 })).rejects.toMatchObject({ exitCode: 2, code: 'CARE_OPTION_NOT_FOR_RULE' });
  });
});
