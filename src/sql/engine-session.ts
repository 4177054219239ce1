/**
 * What every engine care computes inside (DuckDB, PostgreSQL, ClickHouse; docs/sql.md) offers the
 * metric queries: the orders table resolved, its columns, a way to run SQL and read the rows, and
 * close. Each engine module (engine-duckdb.ts, engine-postgres.ts, engine-clickhouse.ts) opens one.
 */
import type { Dialect } from './dialect.js';

export interface EngineSession {
  /** The SQL dialect the session speaks (src/sql/dialect.ts). */
  dialect: Dialect;
  /** The engine URL as the user gave it, with any password removed (it is printed in messages). */
  display: string;
  /** The table (or view) the orders are read from, as the SQL names it. */
  table: string;
  /** The table's columns, in order. */
  columns: string[];
  /** Each column's type as the engine names it (lower or upper case as it reports). */
  columnTypes: Record<string, string>;
  /** Runs one statement and returns its rows as plain objects keyed by column name. */
  run(sql: string): Promise<Record<string, unknown>[]>;
  close(): void | Promise<void>;
}
