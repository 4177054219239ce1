/**
 * The engines' drivers are optional dependencies (docs/sql.md, "Engines and their URLs"): where
 * `pg` cannot be loaded, `--engine postgres://…` is one usage error with the command that installs
 * it, not a stack trace — and the URL's password is not in it.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('pg', () => {
  throw new Error("Cannot find package 'pg'");
});

describe('a missing driver', () => {
  it('postgres:// without pg: exit 2, "npm install pg"', async () => {
    const { openEngine } = await import('../../../src/sql/engine.js');
    const error = await openEngine('postgres://care:s3cret@127.0.0.1:1/shop', 'orders').catch((e: unknown) => e);
    expect(error).toMatchObject({ exitCode: 2, code: 'CARE_NO_DRIVER', message: '--engine postgres: needs the PostgreSQL driver, which is not installed', hint: 'install it with: npm install pg' });
    expect(JSON.stringify(error)).not.toContain('s3cret');
  });
});
