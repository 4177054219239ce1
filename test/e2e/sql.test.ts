/** care sql through the built binary: the SQL on stdout, or --out; the numbers are checked in DuckDB by test/commands/sql.test.ts. */
import { describe, expect, it } from 'vitest';
import { expectCleanError, runCare } from '../helpers/run-care.js';

const BASE = ['--table', 'shop.orders', '--map', 'customer=customer_id', '--map', 'date=created_at', '--map', 'amount=total', '--as-of', '2026-03-05'];

describe('care sql', () => {
  it('prints the customer-days SQL for PostgreSQL, the definitions as comments, the table quoted part by part', () => {
    const run = runCare(['sql', 'customer-days', '--dialect', 'postgres', ...BASE]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^-- care: /);
    expect(run.stdout).toContain('FROM "shop"."orders"');
  });

  it('retention without --since is exit 2, naming the option', () => {
    const run = runCare(['sql', 'retention', '--dialect', 'duckdb', ...BASE]);
    expect(run.code).toBe(2);
    expect(expectCleanError(run)).toContain('needs --since YYYY-MM-DD');
  });
});
