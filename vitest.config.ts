import { defineConfig } from 'vitest/config';

/**
 * The engine tests run on their own (npm run test:engines, vitest.engines.config.ts; .ci/run runs
 * both): each starts a database or reads the fixtures into one. `npm test` keeps the small DuckDB
 * checks (test/unit/sql/engine-duckdb.test.ts, test/commands/engine-commands.test.ts, verify).
 */
export const ENGINE_TESTS = ['test/unit/sql/*-parity.test.ts', 'test/unit/sql/postgres-*.test.ts', 'test/unit/sql/*clickhouse*.test.ts', 'test/engines/**/*.test.ts'] as const;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...ENGINE_TESTS],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
