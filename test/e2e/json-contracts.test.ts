/**
 * Every command's JSON on the bundled fixtures, byte for byte as it was when the goldens were
 * written (fixtures/golden/, made by `UPDATE_GOLDEN=1 npx vitest run test/e2e/json-contracts.test.ts`).
 * A refactoring guard, not a check of the numbers: those are tested against hand-worked values
 * elsewhere. A change to a JSON contract updates the golden in the same commit, on purpose.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/datasets.js';
import { careInProcess } from '../helpers/care-in-process.js';

const RUNS: Record<string, string[]> = {
  'retention-month': ['retention', 'fixtures/orders.csv', '--cohorts', '--revenue'],
  'retention-week': ['retention', 'fixtures/orders.csv', '--period', 'week', '--last', '8'],
  'retention-ru': ['retention', 'fixtures/orders-ru.csv', '--period', 'quarter'],
  'retention-subscriptions': ['retention', '--subscriptions', 'fixtures/subscriptions.csv'],
  report: ['report', 'fixtures/orders.csv', '--survey', 'fixtures/survey/survey.csv', '--complaints', 'fixtures/complaints.csv'],
  'ltv-simple': ['ltv', 'fixtures/orders.csv', '--model', 'simple', '--cac', '1500'],
  'ltv-historical': ['ltv', 'fixtures/orders.csv', '--model', 'historical'],
  'ltv-bgnbd': ['ltv', 'fixtures/orders.csv', '--model', 'bgnbd'],
  nps: ['nps', 'fixtures/survey/survey.csv', '--period', 'month'],
  'nps-orders': ['nps', 'fixtures/survey/survey.csv', '--orders', 'fixtures/survey/orders.csv'],
  classify: ['classify', 'fixtures/complaints.csv'],
  'classify-by-customer': ['classify', 'fixtures/complaints.csv', '--by-customer'],
  'remind-payment': ['remind', 'fixtures/remind/invoices.csv', '--template', 'payment-reminder', '--as-of', '2025-12-16'],
  'remind-reorder': ['remind', 'fixtures/remind/orders.csv', '--template', 'reorder-reminder', '--as-of', '2025-12-16'],
  'remind-win-back': ['remind', 'fixtures/remind/orders.csv', '--template', 'win-back', '--as-of', '2025-12-16'],
  inspect: ['inspect', 'fixtures/orders.csv'],
  'lint-reply': ['lint-reply', 'fixtures/replies/en/after-hours-curt.txt'],
  templates: ['templates', 'list'],
};

const update = process.env['UPDATE_GOLDEN'] === '1';

describe('JSON outputs are byte-identical to the goldens', () => {
  it.each(Object.entries(RUNS))('%s', async (name, args) => {
    const run = await careInProcess([...args, '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const golden = fixture('golden', `${name}.json`);
    if (update || !existsSync(golden)) writeFileSync(golden, run.stdout);
    expect(run.stdout).toBe(readFileSync(golden, 'utf8'));
  });

  it('has a golden for every run (none written by this run)', async () => {
    for (const name of Object.keys(RUNS)) expect(existsSync(path.join(fixture('golden'), `${name}.json`)), name).toBe(true);
  });
});
