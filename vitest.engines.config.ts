import { defineConfig } from 'vitest/config';
import { ENGINE_TESTS } from './vitest.config.js';

/**
 * npm run test:engines — the engine tests on their own (docs/sql.md): every contract computed by
 * DuckDB, PostgreSQL (a throwaway server on a free port) and ClickHouse checked against the CSV
 * path. An engine that cannot start here skips with a message, unless CARE_DUCKDB=required,
 * CARE_POSTGRES=required or CARE_CLICKHOUSE=required (CI sets them).
 */
export default defineConfig({
  test: {
    include: [...ENGINE_TESTS],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
