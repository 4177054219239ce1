/** care ltv --model sbg on the bundled subscriptions fixture, whose churn has no spread across customers: the warning. */
import { describe, expect, it } from 'vitest';
import { careInProcess } from '../helpers/care-in-process.js';

describe('care ltv --model sbg: the no-heterogeneity warning', () => {
  it('care ltv --subscriptions fixtures/subscriptions.csv --model sbg: one line on stderr, and in JSON warnings', async () => {
    const table = await careInProcess(['ltv', '--subscriptions', 'fixtures/subscriptions.csv', '--model', 'sbg']);
    expect(table.code).toBe(0);
    const lines = table.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^care: warning: sBG's α and β ran off to huge values in the pooled fit and \d+ of \d+ cohort fits .*constant churn rate/);
    const json = JSON.parse((await careInProcess(['ltv', '--subscriptions', 'fixtures/subscriptions.csv', '--model', 'sbg', '--format', 'json'])).stdout);
    expect(json.warnings.map((warning: { code: string }) => warning.code)).toEqual(['CARE_LTV_SBG_NO_HETEROGENEITY']);
  });
});
