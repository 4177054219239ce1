import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/datasets.js';
import { expectCleanError, expectJsonError, runCare } from '../helpers/run-care.js';

const exports = (name: string) => path.join(repoRoot, 'fixtures', 'exports', name);

describe('care and export profiles', () => {
  it('care inspect names the profile a file was detected as, and why', () => {
    const run = runCare(['inspect', exports('hubspot-deals.csv'), '--format', 'json']);
    expect(run.code).toBe(0);
    const profile = JSON.parse(run.stdout).profile;
    expect(profile).toMatchObject({ name: 'hubspot-deals', how: 'detected', reason: 'headers Record ID, Deal Name, Deal Stage, Close Date matched' });
  });

  it('care inspect --profile none reads with no profile', () => {
    const run = runCare(['inspect', exports('shopify-orders.csv'), '--format', 'json', '--profile', 'none']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).profile).toMatchObject({ name: null, how: 'none', reason: 'detection turned off (--profile none)' });
  });

  it('--profile with an unknown name: exit 2, one line naming close names', () => {
    const run = runCare(['retention', exports('shopify-orders.csv'), '--profile', 'shopify']);
    expect(run.code).toBe(2);
    expect(expectCleanError(run)).toBe('care: --profile shopify: no such profile');
    expect(run.stderr).toContain('did you mean shopify-orders, shopify-customers?');
  });

  it('--profile FILE with mistakes: exit 2, every bad key named by its path', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-profile-e2e-'));
    const file = path.join(dir, 'mine.json');
    writeFileSync(file, JSON.stringify({ name: 'mine', title: 'Mine', kind: 'orders', source: 'us', fingerprint: { all: ['A'] }, map: { client: 'A' }, dateFormat: 'DD.MM.YYYY' }));
    const run = runCare(['inspect', exports('hubspot-deals.csv'), '--profile', file]);
    expect(run.code).toBe(2);
    const line = expectCleanError(run);
    expect(line).toContain(file);
    expect(line).toContain('map.client: not a field of orders exports');
    expect(line).toContain('dateFormat:');
  });

  it('care profiles lists the built-in profiles; care profiles NAME prints one as JSON', () => {
    const list = runCare(['profiles', '--format', 'json']);
    expect(list.code).toBe(0);
    const names = (JSON.parse(list.stdout) as { name: string }[]).map((profile) => profile.name);
    expect(names.length).toBeGreaterThanOrEqual(30);
    expect(names).toContain('bitrix24-deals');
    const one = runCare(['profiles', 'stripe-payments']);
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout)).toMatchObject({ name: 'stripe-payments', kind: 'orders', transaction: 'id', refunds: ['Amount Refunded'] });
  });
});

describe('--include-status and --exclude-status', () => {
  // fixtures/exports/hubspot-deals.expected.json: 8 won deals of 5 contacts kept, 5 excluded (2 lost, 3 open).
  it('--include-status counts an open stage as purchases (exact value, any case): deal 9005 of David Evans, a new contact', () => {
    const run = runCare(['inspect', exports('hubspot-deals.csv'), '--format', 'json', '--include-status', 'contract SENT']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).counts).toMatchObject({ orders: 9, customers: 6, excludedOrders: 4 });
  });

  it('--exclude-status (repeatable) leaves a stage out: without Closed won nothing is a purchase', () => {
    const run = runCare(['inspect', exports('hubspot-deals.csv'), '--format', 'json', '--exclude-status', 'Closed won', '--exclude-status', 'closed lost']);
    expect(run.code).toBe(3);
    expect(expectJsonError(run).message).toContain('none of the 14 rows is a usable order');
  });
});
