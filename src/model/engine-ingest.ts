/**
 * The `ingest` block of a command whose orders an engine read (`--engine`, docs/contracts.md,
 * "Orders read by an engine"): not a CSV's rows-read and skipped counts, which the engine path
 * does not have, but where the rows came from and how many customer-days the engine returned.
 */
export interface EngineIngest {
  /** The engine URL as given, without its password. */
  engine: string;
  /** The table as the user named it; null for a file DuckDB reads itself, or for --query. */
  table: string | null;
  /** Customer-days the engine computed from the orders (every day, before the as-of day cuts them). */
  customerDays: number;
}
