/**
 * Reads `care email --csv FILE` through the ingestion layer into the rows the batch renderer
 * takes: each row's cells keyed by header, with the physical line it starts on.
 */
import path from 'node:path';
import { openSource, readTable } from '../ingest/table.js';
import type { ReadOptions } from '../ingest/types.js';
import type { Io } from '../io/types.js';
import type { BatchRow } from '../email/batch.js';

/** Reads a CSV (path or `-`) with sniffing and returns its headers and rows. */
export async function readCsvRows(io: Io, file: string, options: ReadOptions): Promise<{ headers: string[]; rows: BatchRow[] }> {
  const table = await readTable(openSource(io, file === '-' ? '-' : path.resolve(io.cwd, file)), options);
  const rows = table.rows.map((row) => {
    const cells: Record<string, string> = {};
    table.headers.forEach((header, index) => {
      cells[header] = row.cells[index] ?? '';
    });
    return { line: row.line, cells };
  });
  return { headers: table.headers, rows };
}
