/**
 * The export corpus (fixtures/exports/): one small file per system, written from the system's
 * real header line, beside a `<file>.expected.json` whose figures were worked out by hand from
 * the definitions, without care. `checkExport` runs a care binary on a file as a user would (no
 * options beyond what the expected file says a user needs) and lists every figure that differs.
 * Used by test/e2e/exports-corpus.test.ts and by bench/corpus.ts (before/after scores).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fixture, repoRoot } from './datasets.js';

export const corpusDir = fixture('exports');

interface Common {
  system: string;
  kind: 'orders' | 'survey' | 'complaints' | 'invoices' | 'subscriptions' | 'customers';
  options?: string[];
}
interface OrdersExpected extends Common {
  kind: 'orders';
  customers: number;
  orders: number;
  netRevenueMinor: number;
  firstDay: string | null;
  lastDay: string | null;
  excludedOrders: number;
}
interface SurveyExpected extends Common {
  kind: 'survey';
  n: number;
  promoters: number;
  detractors: number;
}
interface ComplaintsExpected extends Common {
  kind: 'complaints';
  records: number;
  customers?: number;
}
interface InvoicesExpected extends Common {
  kind: 'invoices';
  asOf: string;
  invoices?: number;
  due: string[];
}
interface SubscriptionsExpected extends Common {
  kind: 'subscriptions';
  customers: number;
  /** Subscriptions running on `lastStartDay` (the last start date in the file). */
  activeOnLastDay?: number;
  lastStartDay?: string;
}
/** A customer list (one row per customer, no orders): must be refused as an orders export, never read as one. */
interface CustomersExpected extends Common {
  kind: 'customers';
}
export type Expected = OrdersExpected | SurveyExpected | ComplaintsExpected | InvoicesExpected | SubscriptionsExpected | CustomersExpected;

export interface CorpusCase {
  file: string;
  expected: Expected;
}

/** Every corpus file with its expected figures, by file name. */
export function corpusCases(): CorpusCase[] {
  const names = readdirSync(corpusDir);
  return names
    .filter((name) => name.endsWith('.expected.json'))
    .sort()
    .map((name) => {
      // `shopify-orders.expected.json` describes `shopify-orders.csv` (or .tsv, .txt).
      const stem = name.replace(/\.expected\.json$/, '');
      const file = names.find((other) => other !== name && (other === stem || other.startsWith(`${stem}.`)) && !other.endsWith('.json')) ?? stem;
      return { file, expected: JSON.parse(readFileSync(path.join(corpusDir, name), 'utf8')) as Expected };
    });
}

export interface CheckResult {
  /** Figures that differ, as `field: expected X, got Y`; empty when the file was read right. */
  differences: string[];
  /** What care said on stderr (warnings, errors). */
  stderr: string;
  code: number;
}

/** Runs `bin` (default: this checkout's bin/care.js) on one corpus file and compares every figure. */
export function checkExport(entry: CorpusCase, bin = path.join(repoRoot, 'bin', 'care.js')): CheckResult {
  const { expected } = entry;
  const file = path.join(corpusDir, entry.file);
  const extra = expected.options ?? [];
  const run = (args: string[]) => {
    const result = spawnSync(process.execPath, [bin, ...args, ...extra], { cwd: corpusDir, env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' }, encoding: 'utf8', maxBuffer: 64 << 20 });
    return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
  };
  const differences: string[] = [];
  const compare = (field: string, want: unknown, got: unknown) => {
    if (JSON.stringify(want) !== JSON.stringify(got)) differences.push(`${field}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  };
  const json = (result: { code: number; stdout: string; stderr: string }): Record<string, any> | undefined => {
    if (result.code !== 0) {
      differences.push(`exit ${result.code}: ${result.stderr.trim().split('\n')[0]}`);
      return undefined;
    }
    return JSON.parse(result.stdout) as Record<string, any>;
  };

  switch (expected.kind) {
    case 'orders': {
      if (expected.orders === 0) {
        // Nothing in the file is a purchase of a known customer (marketplace reports name no buyer): "no usable rows" is exit 3.
        const result = run(['retention', file, '--format', 'json']);
        if (result.code !== 3) differences.push(`no usable orders, yet exit ${result.code} instead of 3`);
        return { differences, stderr: result.stderr, code: result.code };
      }
      const result = run(['inspect', file, '--format', 'json']);
      const inspect = json(result);
      if (inspect !== undefined) {
        compare('customers', expected.customers, inspect['counts']?.customers);
        compare('orders', expected.orders, inspect['counts']?.orders);
        compare('excludedOrders', expected.excludedOrders, inspect['counts']?.excludedOrders);
        compare('netRevenueMinor', expected.netRevenueMinor, typeof inspect['netRevenue'] === 'number' ? Math.round(inspect['netRevenue'] * 100) : inspect['netRevenue']);
        compare('firstDay', expected.firstDay, inspect['firstDate']);
        compare('lastDay', expected.lastDay, inspect['lastDate']);
      }
      return { differences, stderr: result.stderr, code: result.code };
    }
    case 'survey': {
      const result = run(['nps', file, '--format', 'json']);
      const nps = json(result);
      if (nps !== undefined) {
        compare('n', expected.n, nps['n']);
        compare('promoters', expected.promoters, nps['promoters']);
        compare('detractors', expected.detractors, nps['detractors']);
      }
      return { differences, stderr: result.stderr, code: result.code };
    }
    case 'complaints':
    case 'subscriptions': {
      const result = run(['inspect', file, '--kind', expected.kind, '--format', 'json']);
      const inspect = json(result);
      if (inspect !== undefined) {
        if (expected.kind === 'complaints') compare('records', expected.records, inspect['counts']?.records);
        if (expected.customers !== undefined) compare('customers', expected.customers, inspect['counts']?.customers);
      }
      if (expected.kind === 'subscriptions' && expected.activeOnLastDay !== undefined && expected.lastStartDay !== undefined) {
        // The base "now" of the last (partial) period is who is active on the as-of day.
        const retention = json(run(['retention', '--subscriptions', file, '--as-of', expected.lastStartDay, '--format', 'json']));
        const periods = (retention?.['periods'] ?? []) as { customersAtEnd: number }[];
        if (retention !== undefined) compare('activeOnLastDay', expected.activeOnLastDay, periods.at(-1)?.customersAtEnd);
      }
      return { differences, stderr: result.stderr, code: result.code };
    }
    case 'customers': {
      // A customer list has no orders: refused as an orders export (exit 3), never read as one.
      const result = run(['retention', file, '--format', 'json']);
      if (result.code !== 3) differences.push(`read as an orders export (exit ${result.code}) instead of refused with exit 3`);
      return { differences, stderr: result.stderr, code: result.code };
    }
    case 'invoices': {
      const result = run(['remind', file, '--template', 'payment-reminder', '--as-of', expected.asOf, '--format', 'json']);
      const remind = json(result);
      if (remind !== undefined) {
        const due = (remind['items'] as { invoice: string }[]).map((item) => item.invoice).sort();
        compare('due', [...expected.due].sort(), due);
        if (expected.invoices !== undefined) compare('invoices', expected.invoices, remind['ingest']?.invoices);
      }
      return { differences, stderr: result.stderr, code: result.code };
    }
  }
}
