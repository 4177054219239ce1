/**
 * Whether the optional DuckDB driver (@duckdb/node-api) loads here. Without it the DuckDB tests
 * skip with `duckdbSkipReason`; CARE_DUCKDB=required makes them run (and fail) instead.
 */
async function loads(): Promise<boolean> {
  try {
    const name = '@duckdb/node-api';
    await import(name);
    return true;
  } catch {
    return false;
  }
}

export const duckdbAvailable = (await loads()) || process.env['CARE_DUCKDB'] === 'required';
export const duckdbSkipReason = 'skipped: the optional DuckDB driver is not installed (npm install @duckdb/node-api)';
