/**
 * Reads a CSV whose columns are named by the user (`care email --csv FILE`) through the ingestion
 * layer: each row's cells keyed by header, with the physical line it starts on — the rows the
 * e-mail batch renderer takes (email/batch.ts BatchRow).
 */
import path from 'node:path';
import type { Io } from '../io/types.js';
import { readTable } from './records.js';
import { openSource } from './source.js';
import type { ReadOptions } from './types.js';

/** One row: its cells by header and the line it starts on. */
export interface KeyedRow {
  line: number;
  cells: Record<string, string>;
}

/** Reads a CSV (path or `-`) with sniffing and returns its headers and rows. */
export async function readKeyedRows(io: Io, file: string, options: ReadOptions): Promise<{ headers: string[]; rows: KeyedRow[] }> {
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
