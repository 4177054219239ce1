/**
 * care ltv --subscriptions FILE --model sbg, on a subscriptions export built from the published
 * "regular" cohort of Fader & Hardie (2007), "How to project customer retention", Journal of
 * Interactive Marketing 21(1): 1,000 customers at year 0 and 631, 468, 382, 326, 289, 262, 241
 * still subscribed after years 1–7; the paper's fit is α = 0.704, β = 1.182.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLtv } from '../../src/commands/ltv.js';
import { day } from '../helpers/day.js';
import { fakeIo } from '../helpers/fake-io.js';

const SURVIVORS = [1000, 631, 468, 382, 326, 289, 262, 241];

function regularCohort(): string {
  const lines = ['customer,start,end,amount'];
  let id = 0;
  for (let year = 0; year < SURVIVORS.length; year++) {
    // Those who left during year k end mid-year; the last survivors are still subscribed.
    const leaving = year + 1 < SURVIVORS.length ? SURVIVORS[year]! - SURVIVORS[year + 1]! : SURVIVORS[year]!;
    const end = year + 1 < SURVIVORS.length ? `${2000 + year}-06-30` : '';
    for (let i = 0; i < leaving; i++) lines.push(`c${++id},2000-01-01,${end},10`);
  }
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'care-sbg-')), 'subscriptions.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('care ltv --subscriptions --model sbg', () => {
  it('reads the survivors of each year and reproduces the published sBG fit', async () => {
    const io = fakeIo();
    await runLtv(io, undefined, { subscriptions: regularCohort(), model: 'sbg', period: 'year', asOf: day('2006-12-31'), format: 'json' });
    const json = JSON.parse(io.out());
    expect(json.sbg.cohorts[0].survivors).toEqual(SURVIVORS);
    expect(json.sbg.alpha).toBeCloseTo(0.704, 3);
    expect(json.sbg.beta).toBeCloseTo(1.182, 3);
  });

  it('is exit 2 with an orders file, or sbg without --subscriptions', async () => {
    await expect(runLtv(fakeIo(), 'fixtures/orders.csv', { model: 'sbg' })).rejects.toMatchObject({ exitCode: 2 });
    await expect(runLtv(fakeIo(), 'fixtures/orders.csv', { subscriptions: 'fixtures/subscriptions.csv', model: 'sbg' })).rejects.toMatchObject({ exitCode: 2 });
    await expect(runLtv(fakeIo(), undefined, {})).rejects.toMatchObject({ exitCode: 2, code: 'CARE_NO_INPUT' });
  });
});
